// The querier's side of ingester.v1.IngesterService/CallStream (grpc-call-stream.ts): its unary calls to one
// ingester's read methods as messages on one long-lived HTTP/2 stream, instead of an HTTP/2 stream, headers and
// trailers each (measured with Node 20 on this project's VM: ~140 µs of the client's CPU per unary call against
// ~37 µs per call on one stream).
//
// Each call gets an id; the ingester answers each with its id, in the order they finish, a large answer in parts.
// A call is settled by its answer, by its deadline or its caller's signal (as a unary call's: the ingester is told
// with a cancel message, as RST_STREAM CANCEL tells it of a unary call), or by the end of its stream. Reads change
// nothing, so a call whose stream ended before its answer (the ingester restarted, the connection failed, the
// ingester was shutting down and did not run it) is sent once more as a unary call, whose answer or error is the
// call's. An ingester that does not serve CallStream (UNIMPLEMENTED: a version before it, met during a rolling
// upgrade) gets unary calls from then on.
import http2 from 'node:http2';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ApiError } from '../util/errors.ts';
import { callRequestMessage, readAnswerPart } from './call-stream-wire.ts';
import { callStatusError, percentDecode, type GrpcChannel, type UnaryCallOptions } from './grpc-channel.ts';
import { MessageSplitter } from './push-stream-wire.ts';
import { CALL_STREAM_PATH } from './service-table.ts';
import { LongLivedStreamClient } from './stream-client.ts';
import { asBuffer } from '../util/bytes.ts';

const { NGHTTP2_CANCEL } = http2.constants;

/** What a client reports, for the querier's metrics and logs. */
export interface CallStreamEvents {
  /** The ingester does not serve CallStream: its calls go as unary calls from now on. */
  fellBackToUnary?(address: string): void;
  /**
   * Calls whose stream ended before their answers are sent again as unary calls; `failure` says why the stream ended
   * when it broke (a connection error, an answer that is not a CallStreamResponse, an error status), undefined when
   * the ingester ended it on purpose (shutting down, or its side of the stream ended cleanly).
   */
  resentAsUnary?(address: string, calls: number, failure: Error | undefined): void;
}

interface PendingCall {
  id: number;
  path: string;
  request: Uint8Array;
  options: UnaryCallOptions;
  /** Epoch ms; undefined: none. */
  deadline: number | undefined;
  timer: NodeJS.Timeout | undefined;
  onAbort: (() => void) | undefined;
  on: OpenStream | undefined;
  parts: Buffer[];
  received: number;
  settled: boolean;
  resolve(answer: Buffer): void;
  reject(err: ApiError): void;
}

interface OpenStream {
  stream: http2.ClientHttp2Stream;
  pending: Map<number, PendingCall>;
  /** The gRPC status the ingester ended the stream with (in its trailers, or a Trailers-Only answer), and its message. */
  status: number | undefined;
  statusMessage: string;
  /** Response messages read. */
  answered: number;
  /** What broke the stream on this side: an HTTP/2 error, or an answer that could not be read. */
  error: Error | undefined;
}

export class CallStreamClient extends LongLivedStreamClient<OpenStream> {
  private nextId = 1;
  private unsupported = false;

  constructor(
    private readonly channel: GrpcChannel,
    /** Largest answer accepted (grpc.max_receive_message_length). */
    private readonly maxReceiveMessageBytes: number,
    private readonly events: CallStreamEvents = {},
  ) {
    super();
  }

  /** Whether the ingester turned out not to serve CallStream (its calls go as unary calls). */
  get fellBackToUnary(): boolean {
    return this.unsupported;
  }

  /** As GrpcChannel.unary: resolves with the answer's message bytes; rejects with the ApiError a unary call gives. */
  call(path: string, request: Uint8Array, options: UnaryCallOptions = {}): Promise<Buffer> {
    const deadline = options.deadlineMs && options.deadlineMs > 0 ? Date.now() + options.deadlineMs : undefined;
    // What fails before it is sent (a cancelled caller, a closed channel) fails as a unary call does.
    if (this.unsupported || options.signal?.aborted) return this.channel.unary(path, request, options);
    return new Promise<Buffer>((resolve, reject) => {
      const c: PendingCall = {
        id: this.nextId++, path, request, options, deadline, timer: undefined, onAbort: undefined, on: undefined,
        parts: [], received: 0, settled: false, resolve, reject,
      };
      if (deadline !== undefined) c.timer = setTimeout(() => this.deadlinePassed(c), options.deadlineMs);
      if (options.signal) {
        c.onAbort = () => this.giveUp(c, GrpcStatus.CANCELLED, 'Cancelled on client');
        options.signal.addEventListener('abort', c.onAbort, { once: true });
      }
      this.send(c);
    });
  }

  private send(c: PendingCall): void {
    let s: OpenStream;
    try {
      s = this.current ?? (this.current = this.open());
    } catch {
      return this.sendUnary(c);
    }
    c.on = s;
    s.pending.set(c.id, c);
    const timeoutMs = c.deadline === undefined ? 0 : Math.max(1, c.deadline - Date.now());
    s.stream.write(callRequestMessage({ id: c.id, method: c.path, tenant: c.options.tenant ?? '', timeoutMs, request: c.request }));
  }

  /** The call as a unary call, within what is left of its deadline, for its caller's signal. */
  private sendUnary(c: PendingCall): void {
    if (c.settled) return;
    const { deadlineMs: _, ...rest } = c.options;
    const remaining = c.deadline === undefined ? undefined : c.deadline - Date.now();
    if (remaining !== undefined && remaining <= 0) return this.deadlinePassed(c);
    this.channel.unary(c.path, c.request, remaining === undefined ? rest : { ...rest, deadlineMs: remaining }).then(
      (answer) => this.settle(c, answer),
      (err: unknown) => this.settle(c, err instanceof ApiError ? err : new ApiError('unavailable', `${this.what(c)}: ${(err as Error).message}`, undefined, { cause: err })),
    );
  }

  private open(): OpenStream {
    const stream = this.channel.openStream(CALL_STREAM_PATH);
    const s: OpenStream = { stream, pending: new Map(), status: undefined, statusMessage: '', answered: 0, error: undefined };
    const splitter = new MessageSplitter(this.maxReceiveMessageBytes);
    const readStatus = (headers: http2.IncomingHttpHeaders): void => {
      if (headers['grpc-status'] === undefined) return;
      s.status = Number(headers['grpc-status']);
      s.statusMessage = percentDecode(String(headers['grpc-message'] ?? ''));
      // The ingester ended its side: so does this one, and the next call opens a new stream.
      this.retire(s);
    };
    stream.on('response', readStatus); // a Trailers-Only answer (a refused stream)
    stream.on('trailers', readStatus);
    stream.on('data', (chunk: Buffer) => {
      try {
        for (const message of splitter.push(chunk)) {
          s.answered++;
          this.read(s, readAnswerPart(message));
        }
      } catch (err) {
        // Not CallStreamResponses (a WireError from the splitter, or the decoder's error): the stream is dropped,
        // and its calls go as unary calls.
        s.error ??= new Error(`an answer is not a CallStreamResponse: ${(err as Error).message}`, { cause: err });
        if (this.current === s) this.current = undefined;
        stream.close(NGHTTP2_CANCEL);
      }
    });
    // 'close' follows 'error': its calls go as unary calls, and the error says why.
    stream.on('error', (err) => (s.error ??= err));
    stream.on('close', () => {
      if (this.current === s) this.current = undefined;
      const left = [...s.pending.values()];
      s.pending.clear();
      if (s.status === GrpcStatus.UNIMPLEMENTED && s.answered === 0 && !this.unsupported) {
        this.unsupported = true;
        this.events.fellBackToUnary?.(this.channel.address);
      }
      const resent = left.filter((c) => !c.settled);
      if (resent.length > 0 && !this.unsupported) this.events.resentAsUnary?.(this.channel.address, resent.length, this.failureOf(s));
      for (const c of resent) this.sendUnary(c);
    });
    return s;
  }

  private read(s: OpenStream, part: ReturnType<typeof readAnswerPart>): void {
    const c = s.pending.get(part.id);
    if (!c) return; // given up already
    if (part.unprocessed) {
      // The ingester is shutting down: nothing more goes on this stream, and the call goes as a unary call.
      s.pending.delete(part.id);
      this.retire(s);
      this.events.resentAsUnary?.(this.channel.address, 1, undefined);
      return this.sendUnary(c);
    }
    if (part.response.length > 0) {
      c.received += part.response.length;
      if (c.received > this.maxReceiveMessageBytes) return this.giveUp(c, GrpcStatus.RESOURCE_EXHAUSTED, `Received message larger than max (${c.received} vs. ${this.maxReceiveMessageBytes})`);
      // A view of the chunk it came in: the chunk stays alive until the answer is settled.
      c.parts.push(asBuffer(part.response));
    }
    if (part.more) return;
    s.pending.delete(part.id);
    if (part.code !== GrpcStatus.OK) return this.fail(c, part.code, part.message || `gRPC status ${part.code}`);
    this.settle(c, c.parts.length === 1 ? c.parts[0]! : Buffer.concat(c.parts, c.received));
  }

  /** Why stream `s` ended, when it broke; undefined when the ingester ended it cleanly or while shutting down. */
  private failureOf(s: OpenStream): Error | undefined {
    if (s.error) return s.error;
    if (s.status === GrpcStatus.OK || s.status === GrpcStatus.UNAVAILABLE) return undefined;
    if (s.status !== undefined) return new Error(`the ingester ended the stream with gRPC status ${s.status}${s.statusMessage ? `: ${s.statusMessage}` : ''}`);
    return new Error(`the stream closed without a gRPC status (HTTP/2 code ${s.stream.rstCode})`);
  }

  private deadlinePassed(c: PendingCall): void {
    this.giveUp(c, GrpcStatus.DEADLINE_EXCEEDED, `Deadline of ${Math.ceil(c.options.deadlineMs!)} ms exceeded`);
  }

  /** Settles the call with an error of its own and tells the ingester to stop its work. */
  private giveUp(c: PendingCall, grpcCode: number, details: string): void {
    if (c.settled) return;
    const s = c.on;
    this.fail(c, grpcCode, details);
    if (s && s.pending.delete(c.id) && !s.stream.closed && !s.stream.writableEnded) s.stream.write(callRequestMessage({ id: c.id, cancel: true }));
  }

  private what(c: PendingCall): string {
    return `${c.path.slice(1)} at ${this.channel.address}`;
  }

  /** The error a unary call gives for a gRPC status. */
  private fail(c: PendingCall, grpcCode: number, details: string): void {
    this.settle(c, callStatusError(this.what(c), grpcCode, details));
  }

  private settle(c: PendingCall, outcome: Buffer | ApiError): void {
    if (c.settled) return;
    c.settled = true;
    clearTimeout(c.timer);
    if (c.onAbort) c.options.signal?.removeEventListener('abort', c.onAbort);
    c.parts = [];
    if (outcome instanceof ApiError) c.reject(outcome);
    else c.resolve(outcome);
  }
}
