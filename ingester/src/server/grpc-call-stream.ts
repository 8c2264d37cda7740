// The ingester's side of ingester.v1.IngesterService/CallStream: the querier's calls to the read methods, many on one
// long-lived HTTP/2 stream (proto/ingester/v1/ingester.proto), instead of one HTTP/2 stream each. A query calls
// every asked ingester at least once; measured with Node 20 on this project's VM (two processes on loopback, 2 kB
// answers), a unary call over node:http2 cost the client ~140 µs and the server ~115 µs of CPU, against ~37 µs
// each per call as messages on one stream.
//
// Each request message is one call, run as the lean unary path runs it (grpc-lean-unary.ts: the same method
// table, decoding, tenant rules, handler, errors and logs, grpc.ts leanHandler) and answered, as soon as it ends,
// by response messages with its id: the encoded answer in parts of at most 64 KiB (call-stream-wire.ts), so that
// calls on a stream run side by side, finish in any order, and a large answer interleaves with the small ones
// behind it. A request with `cancel` set aborts the call's signal, as RST_STREAM CANCEL aborts a unary call's.
// Bounds and shutdown are message-stream.ts's; a call that arrives during shutdown is answered `unprocessed`, and
// the querier sends it again as a unary call.
import { status as GrpcStatus } from '@grpc/grpc-js';
import { Counter, type Registry } from 'prom-client';
import { WireError } from '../pprof/varint.ts';
import { abortAtDeadline } from './call-signal.ts';
import { answerMessages, readCall, unprocessedMessage, type StreamedCall } from './call-stream-wire.ts';
import type { LeanAnswer, LeanMethod } from './grpc-lean-unary.ts';
import { MessageStreamServer, type StreamSession } from './message-stream.ts';
import { LightAbortController } from '../util/light-abort.ts';
import { asBuffer } from '../util/bytes.ts';

export interface CallStreamServerOptions {
  /** Largest request message (grpc.max_receive_message_length). */
  maxReceiveMessageBytes: number;
  /** Largest answer (grpc.max_send_message_length). */
  maxSendMessageBytes: number;
  /** Calls one stream runs at once. */
  maxInFlight: number;
  /** The methods served, by path (/<service>/<method>). */
  methods: ReadonlyMap<string, LeanMethod>;
  registry?: Registry;
}

/** A call running on a stream. */
interface Running {
  controller: LightAbortController;
  /** The client gave it up: no answer is sent. */
  cancelled: boolean;
}

export class CallStreamServer extends MessageStreamServer {
  private readonly notRun: Counter;
  private readonly running = new WeakMap<StreamSession, Map<number, Running>>();

  constructor(private readonly o: CallStreamServerOptions) {
    super({
      name: 'CallStream',
      maxReceiveMessageBytes: o.maxReceiveMessageBytes,
      maxInFlight: o.maxInFlight,
      openGauge: { name: 'ingester_call_streams_open', help: 'Queriers\' CallStreams this ingester serves (about one per querier).' },
      ...(o.registry ? { registry: o.registry } : {}),
    });
    this.notRun = new Counter({
      name: 'ingester_call_stream_not_run_total',
      help: 'Calls on a CallStream answered "not run" because the ingester was shutting down (the querier sends each again as a unary call).',
      registers: o.registry ? [o.registry] : [],
    });
  }

  protected onMessage(message: Buffer, session: StreamSession): void {
    let call: StreamedCall;
    try {
      call = readCall(message);
    } catch (err) {
      // message-stream.ts ends the stream with INTERNAL for a WireError; the generated decoder throws plain Errors.
      throw new WireError(`not a CallStreamRequest: ${(err as Error).message}`);
    }
    this.take(call, session);
  }

  /** The calls running on a stream; the first call of a stream also follows its client's going away. */
  private callsOf(session: StreamSession): Map<number, Running> {
    let calls = this.running.get(session);
    if (!calls) {
      const map = (calls = new Map<number, Running>());
      this.running.set(session, map);
      session.gone.addEventListener('abort', () => {
        for (const r of map.values()) r.controller.abort(session.gone.reason);
      }, { once: true });
    }
    return calls;
  }

  private take(call: StreamedCall, session: StreamSession): void {
    const calls = this.callsOf(session);
    if (call.cancel) {
      const r = calls.get(call.id);
      if (r) {
        r.cancelled = true;
        r.controller.abort(new DOMException('the client cancelled the call', 'AbortError'));
      }
      return;
    }
    if (session.ending) {
      this.notRun.inc();
      session.write(unprocessedMessage(call.id, GrpcStatus.UNAVAILABLE, 'the ingester is shutting down; the call was not run'));
      return;
    }
    const method = this.o.methods.get(call.method);
    // grpc-js's answer to a path it does not serve (server.ts: "The server does not implement the method").
    if (!method) return void session.write(answerMessages(call.id, { code: GrpcStatus.UNIMPLEMENTED, details: `The server does not implement the method ${call.method}` })[0]!);
    session.begin();
    const running: Running = { controller: new LightAbortController(), cancelled: false };
    calls.set(call.id, running);
    const deadline = call.timeoutMs > 0 ? Date.now() + call.timeoutMs : undefined;
    const timer = deadline !== undefined ? abortAtDeadline(running.controller, deadline) : undefined;
    const request = asBuffer(call.request);
    const ended = (): void => {
      clearTimeout(timer);
      calls.delete(call.id);
      session.end();
    };
    void method({ request, tenantHeader: call.tenant === '' ? undefined : call.tenant, deadline, signal: running.controller.signal }).then(
      (answer) => this.answer(call.id, answer, running, session, ended),
      (err: unknown) => this.answer(call.id, { code: GrpcStatus.INTERNAL, details: `internal error: ${(err as Error).message}` }, running, session, ended),
    );
  }

  /**
   * Writes a call's answer, then `ended`. The parts of a large answer go one at a time, each once the stream took the
   * one before, so that the answers of calls that finish meanwhile go between them.
   */
  private answer(id: number, answer: LeanAnswer, running: Running, session: StreamSession, ended: () => void): void {
    if (running.cancelled) return ended();
    if ('message' in answer && answer.message.length > this.o.maxSendMessageBytes) {
      answer = { code: GrpcStatus.RESOURCE_EXHAUSTED, details: `Sent message larger than max (${answer.message.length} vs. ${this.o.maxSendMessageBytes})` };
    }
    const parts = answerMessages(id, answer);
    let next = 0;
    const writeNext = (): void => {
      const part = parts[next++]!;
      const last = next === parts.length;
      if (!session.write(part, last ? undefined : writeNext) || last) ended();
    };
    writeNext();
  }
}
