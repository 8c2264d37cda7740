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
// Bounds: a stream has at most `maxInFlight` pushes running; past that it is not read until one ends, so HTTP/2's
// flow control holds the distributor back instead of this process buffering its pushes. A message larger than
// the largest request (grpc.max_receive_message_length) or not a PushStreamRequest ends the stream with
// RESOURCE_EXHAUSTED or INTERNAL, failing its pushes not yet answered, as a unary call would fail alone.
//
// Shutdown (drain): from then on a push that arrives is answered `unprocessed` without being run (the distributor
// sends it again, as gRPC's transparent retry sends a call refused unprocessed), and each stream ends with
// grpc-status 0 once the pushes it runs are answered: every push the ingester took is answered before its stream
// ends, so one the distributor sees unanswered at the end was never taken. A stream opened while draining is
// refused with UNAVAILABLE.
import http2 from 'node:http2';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { Counter, Gauge, type Registry } from 'prom-client';
import { WireError } from '../pprof/varint.ts';
import { ApiError } from '../util/errors.ts';
import { callSignal } from './call-signal.ts';
import { answerTrailersOnly, percentEncode } from './grpc-lean-unary.ts';
import { MessageSplitter, readStreamedPush, streamAnswerMessage, type StreamedPush } from './push-stream-wire.ts';
import { grpcCodeOf, toApiError } from './status.ts';

const { HTTP2_HEADER_CONTENT_TYPE } = http2.constants;

export interface PushStreamServerOptions {
  /** Largest request message (grpc.max_receive_message_length). */
  maxReceiveMessageBytes: number;
  /** Pushes one stream runs at once. */
  maxInFlight: number;
  /** Runs one push (the encoded PushRequest, the tenant as sent, '' for none); rejects with the error to answer. */
  push(request: Buffer, tenant: string, deadline: number | undefined, signal: AbortSignal): Promise<void>;
  registry?: Registry;
}

interface OpenStream {
  /** Ends the stream with grpc-status 0 once its pushes in flight are answered. */
  drain(): void;
  /** Resolves when the stream has closed. */
  closed: Promise<void>;
}

export class PushStreamServer {
  private readonly open = new Set<OpenStream>();
  private draining = false;
  /** Streams served, for the tests. */
  served = 0;
  private readonly notTaken: Counter;

  constructor(private readonly o: PushStreamServerOptions) {
    const registers = o.registry ? [o.registry] : [];
    const open = this.open;
    new Gauge({
      name: 'ingester_push_streams_open',
      help: 'Distributors\' PushStreams this ingester serves (about one per distributor).',
      registers,
      collect() {
        this.set(open.size);
      },
    });
    this.notTaken = new Counter({
      name: 'ingester_push_stream_not_taken_total',
      help: 'Pushes on a PushStream answered "not taken" because the ingester was shutting down (the distributor sends each once more).',
      registers,
    });
  }

  /** Serves `stream` (a call to PushStream, already routed by its path). */
  serve(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    this.served++;
    // An error event always comes with a close, which is what ends the stream.
    stream.on('error', () => {});
    const contentType = headers[HTTP2_HEADER_CONTENT_TYPE];
    if (contentType !== 'application/grpc' && contentType !== 'application/grpc+proto') return answerTrailersOnly(stream, GrpcStatus.INVALID_ARGUMENT, `content-type ${String(contentType)} is not application/grpc`);
    const encoding = headers['grpc-encoding'];
    if (encoding !== undefined && encoding !== 'identity') return answerTrailersOnly(stream, GrpcStatus.UNIMPLEMENTED, `grpc-encoding ${String(encoding)} is not served on PushStream`);
    if (this.draining) return answerTrailersOnly(stream, GrpcStatus.UNAVAILABLE, 'the ingester is shutting down');
    this.open.add(this.run(stream));
  }

  /** Stops taking pushes (see the top of this file); resolves when every stream has closed, or after `graceMs`. */
  async drain(graceMs: number): Promise<void> {
    this.draining = true;
    const streams = [...this.open];
    for (const s of streams) s.drain();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(streams.map((s) => s.closed)), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }

  private run(stream: http2.ServerHttp2Stream): OpenStream {
    const o = this.o;
    const gone = new AbortController();
    const splitter = new MessageSplitter(o.maxReceiveMessageBytes);
    let inFlight = 0;
    let ending = false;
    let clientEnded = false;
    let paused = false;
    let finished = false;
    const finish = (code: number, details: string): void => {
      if (finished) return;
      finished = true;
      if (stream.destroyed || stream.closed) return;
      stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': String(code), 'grpc-message': percentEncode(details) }));
      stream.end();
    };
    const endWhenIdle = (): void => {
      if (inFlight === 0 && (ending || clientEnded)) finish(GrpcStatus.OK, 'OK');
    };
    const answer = (push: StreamedPush, code: number, message: string, unprocessed = false): void => {
      if (finished || stream.destroyed || stream.closed) return;
      stream.write(streamAnswerMessage({ id: push.id, code, message, unprocessed }));
    };
    const take = (push: StreamedPush): void => {
      if (ending) {
        this.notTaken.inc();
        return answer(push, GrpcStatus.UNAVAILABLE, 'the ingester is shutting down; the push was not taken', true);
      }
      inFlight++;
      if (inFlight >= o.maxInFlight && !paused) {
        paused = true;
        stream.pause();
      }
      const deadline = push.timeoutMs > 0 ? Date.now() + push.timeoutMs : undefined;
      const call = callSignal(gone.signal, deadline);
      void o.push(push.request, push.tenant, deadline, call.signal).then(
        () => answer(push, GrpcStatus.OK, ''),
        (err: unknown) => {
          const apiErr = err instanceof ApiError ? err : toApiError(err);
          answer(push, grpcCodeOf(apiErr.code), apiErr.message);
        },
      ).finally(() => {
        call.release();
        inFlight--;
        if (paused && inFlight < o.maxInFlight) {
          paused = false;
          stream.resume();
        }
        endWhenIdle();
      });
    };

    stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto', 'grpc-encoding': 'identity' }, { waitForTrailers: true });
    stream.on('data', (chunk: Buffer) => {
      if (finished) return;
      let messages: Buffer[];
      try {
        messages = splitter.push(chunk);
        for (const m of messages) take(readStreamedPush(m));
      } catch (err) {
        if (!(err instanceof WireError)) throw err;
        const tooLarge = err.message.startsWith('Received message larger than max');
        finish(tooLarge ? GrpcStatus.RESOURCE_EXHAUSTED : GrpcStatus.INTERNAL, `PushStream: ${err.message}`);
      }
    });
    stream.on('end', () => {
      clientEnded = true;
      if (splitter.pending > 0 && !finished) return finish(GrpcStatus.INTERNAL, `PushStream: the stream ended inside a message (${splitter.pending} bytes of it)`);
      endWhenIdle();
    });
    const closed = new Promise<void>((resolve) =>
      stream.once('close', () => {
        // The distributor went away: what still runs for it is aborted, as a unary call's handler is.
        if (inFlight > 0) gone.abort();
        this.open.delete(open);
        resolve();
      }),
    );
    const open: OpenStream = {
      drain: () => {
        ending = true;
        endWhenIdle();
      },
      closed,
    };
    return open;
  }
}
