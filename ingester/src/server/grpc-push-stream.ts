// The ingester's side of ingester.v1.IngesterService/PushStream: the distributor's pushes, many on one long-lived
// HTTP/2 stream (proto/ingester/v1/ingester.proto). A unary Push costs each side an HTTP/2 stream, its headers,
// trailers and their events: measured with Node 20 on this project's VM, a client spent 260-530 µs of CPU per unary
// call against 115-200 µs per message on one stream, and the distributor makes ~1.5 calls per client push.
//
// Each request message is one push, run as a unary Push is (the same bounded decoder, tenant rules, handler, errors
// and logs: grpc.ts) and answered by one response message with its id, as soon as it is stored or refused, so
// pushes on a stream run side by side and finish in any order. The stream is answered like any gRPC call:
// HEADERS :status 200 at once, the responses as DATA, and TRAILERS grpc-status when it ends.
//
// Bounds and shutdown are message-stream.ts's: at most `maxInFlight` pushes run per stream, and on shutdown a push
// that arrives is answered `unprocessed` without being run (the distributor sends it again); every push the
// ingester took is answered before its stream ends, so one the distributor sees unanswered at the end was never
// taken.
import { status as GrpcStatus } from '@grpc/grpc-js';
import { Counter, type Registry } from 'prom-client';
import { ApiError } from '../util/errors.ts';
import { callSignal } from './call-signal.ts';
import { MessageStreamServer, type StreamSession } from './message-stream.ts';
import { readStreamedPush, streamAnswerMessage, type StreamedPush } from './push-stream-wire.ts';
import { grpcCodeOf, toApiError } from './status.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

export interface PushStreamServerOptions {
  /** Largest request message (grpc.max_receive_message_length). */
  maxReceiveMessageBytes: number;
  /** Pushes one stream runs at once. */
  maxInFlight: number;
  /** Runs one push (the encoded PushRequest, the tenant as sent, '' for none); rejects with the error to answer. */
  push(request: Buffer, tenant: string, deadline: number | undefined, signal: AbortSignalLike): Promise<void>;
  registry?: Registry;
}

export class PushStreamServer extends MessageStreamServer {
  private readonly notTaken: Counter;

  constructor(private readonly o: PushStreamServerOptions) {
    super({
      name: 'PushStream',
      maxReceiveMessageBytes: o.maxReceiveMessageBytes,
      maxInFlight: o.maxInFlight,
      openGauge: { name: 'ingester_push_streams_open', help: 'Distributors\' PushStreams this ingester serves (about one per distributor).' },
      ...(o.registry ? { registry: o.registry } : {}),
    });
    this.notTaken = new Counter({
      name: 'ingester_push_stream_not_taken_total',
      help: 'Pushes on a PushStream answered "not taken" because the ingester was shutting down (the distributor sends each once more).',
      registers: o.registry ? [o.registry] : [],
    });
  }

  protected onMessage(message: Buffer, session: StreamSession): void {
    this.take(readStreamedPush(message), session);
  }

  private take(push: StreamedPush, session: StreamSession): void {
    const answer = (code: number, message: string, unprocessed = false): void => {
      session.write(streamAnswerMessage({ id: push.id, code, message, unprocessed }));
    };
    if (session.ending) {
      this.notTaken.inc();
      return answer(GrpcStatus.UNAVAILABLE, 'the ingester is shutting down; the push was not taken', true);
    }
    session.begin();
    const deadline = push.timeoutMs > 0 ? Date.now() + push.timeoutMs : undefined;
    const call = callSignal(session.gone, deadline);
    void this.o.push(push.request, push.tenant, deadline, call.signal).then(
      () => answer(GrpcStatus.OK, ''),
      (err: unknown) => {
        const apiErr = err instanceof ApiError ? err : toApiError(err);
        answer(grpcCodeOf(apiErr.code), apiErr.message);
      },
    ).finally(() => {
      call.release();
      session.end();
    });
  }
}
