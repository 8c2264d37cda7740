// The distributor's side of ingester.v1.IngesterService/PushStream (server/grpc-push-stream.ts): its pushes to one
// ingester as messages on one long-lived HTTP/2 stream instead of one unary call each, which cost the distributor
// an HTTP/2 stream, headers, trailers and their events per call (260-530 µs of CPU against 115-200 µs per message
// on one stream, measured with Node 20 on this project's VM).
//
// Each push gets an id; the ingester answers each with its id, in the order they finish. A push is settled by its
// answer, by its deadline (the call's -ingester.client.timeout, as a unary call's: the ingester may still store it,
// as it may a unary call whose deadline passed), or by the end of its stream:
//   - the ingester answers `unprocessed` (it is shutting down), or ends the stream with grpc-status 0 without
//     answering it (it answers every push it took before it ends a stream), or refuses a new stream with
//     UNAVAILABLE: the push was never taken, and is sent once more on a new stream, as gRPC's transparent retry
//     sends a call refused unprocessed (gRFC A6);
//   - the ingester does not serve PushStream (UNIMPLEMENTED: a version before it, met during a rolling upgrade):
//     this push and every later one to that ingester go as unary Push calls;
//   - any other end (the connection failed, the ingester's error): the push fails with it, as a unary call
//     would have, and the next push opens a new stream.
import http2 from 'node:http2';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { WireError } from '../../pprof/varint.ts';
import { callStatusError, percentDecode, type GrpcChannel } from '../../server/grpc-channel.ts';
import { MessageSplitter, readStreamAnswer, streamRequestHead } from '../../server/push-stream-wire.ts';
import { LongLivedStreamClient } from '../../server/stream-client.ts';
import { ApiError } from '../../util/errors.ts';

const { NGHTTP2_CANCEL } = http2.constants;

/** An answer is a few bytes; a larger one is refused. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * A push larger than this goes as a unary call. The stream carries every tenant's pushes to the ingester as one byte
 * sequence, so a message holds back every push written after it for its whole transfer (a 16 MiB push: ~16 ms on
 * loopback, ~130 ms at 1 Gbit/s); a unary call is an HTTP/2 stream of its own, whose DATA frames the session
 * interleaves with the PushStream's. Agents' pushes are tens to hundreds of KiB: the few above this pay a unary
 * call's extra CPU, and no push waits behind them.
 */
export const STREAM_MAX_PUSH_BYTES = 1024 * 1024;

/** Sends a push as a unary call instead (to an ingester without PushStream), within `remainingMs`. */
export type UnaryPush = (tenant: string, parts: readonly Uint8Array[], remainingMs: number) => Promise<void>;

/** What a client reports, for the distributor's metrics and logs. */
export interface PushStreamEvents {
  /** A push the ingester had not taken is sent again on a new stream. */
  resent?(address: string): void;
  /** The ingester does not serve PushStream: its pushes go as unary calls from now on. */
  fellBackToUnary?(address: string): void;
}

interface PendingPush {
  id: number;
  tenant: string;
  parts: readonly Uint8Array[];
  bytes: number;
  /** Epoch ms; undefined: none. */
  deadline: number | undefined;
  timer: NodeJS.Timeout | undefined;
  on: OpenStream | undefined;
  /** Sent a second time already, after its first stream never took it. */
  resent: boolean;
  settled: boolean;
  resolve(): void;
  reject(err: ApiError): void;
}

interface OpenStream {
  stream: http2.ClientHttp2Stream;
  pending: Map<number, PendingPush>;
  /** The gRPC status the ingester ended the stream with (in its trailers, or a Trailers-Only answer). */
  status: number | undefined;
  statusMessage: string;
  answered: number;
  error: Error | undefined;
}

export class PushStreamClient extends LongLivedStreamClient<OpenStream> {
  private nextId = 1;
  private unsupported = false;
  private readonly what: string;

  constructor(
    private readonly channel: GrpcChannel,
    private readonly path: string,
    /** Deadline of a push (ms); 0: none. */
    private readonly timeoutMs: number,
    private readonly unary: UnaryPush,
    private readonly events: PushStreamEvents = {},
  ) {
    super();
    this.what = `${path.slice(1)} at ${channel.address}`;
  }

  /** Whether the ingester turned out not to serve PushStream (its pushes go as unary calls). */
  get fellBackToUnary(): boolean {
    return this.unsupported;
  }

  /**
   * Resolves when the ingester stored the push (`parts`: an encoded PushRequest); rejects with its ApiError. One above
   * STREAM_MAX_PUSH_BYTES goes as a unary call.
   */
  push(tenant: string, parts: readonly Uint8Array[]): Promise<void> {
    let bytes = 0;
    for (const part of parts) bytes += part.length;
    if (this.unsupported || bytes > STREAM_MAX_PUSH_BYTES) return this.unary(tenant, parts, this.timeoutMs);
    return new Promise<void>((resolve, reject) => {
      const p: PendingPush = {
        id: 0, tenant, parts, bytes, deadline: this.timeoutMs > 0 ? Date.now() + this.timeoutMs : undefined, timer: undefined, on: undefined,
        resent: false, settled: false, resolve, reject,
      };
      if (p.deadline !== undefined) p.timer = setTimeout(() => this.fail(p, GrpcStatus.DEADLINE_EXCEEDED, `Deadline of ${this.timeoutMs} ms exceeded`), this.timeoutMs);
      this.send(p);
    });
  }

  private send(p: PendingPush): void {
    if (p.settled) return;
    if (this.unsupported) return this.sendUnary(p);
    let s: OpenStream;
    try {
      s = this.current ?? (this.current = this.open());
    } catch (err) {
      return this.settle(p, new ApiError('unavailable', `${this.what}: ${(err as Error).message}`, undefined, { cause: err }));
    }
    p.id = this.nextId++;
    p.on = s;
    s.pending.set(p.id, p);
    const remaining = p.deadline === undefined ? 0 : Math.max(1, p.deadline - Date.now());
    const stream = s.stream;
    stream.cork();
    stream.write(streamRequestHead(p.id, p.tenant, remaining, p.bytes));
    for (const part of p.parts) stream.write(part);
    stream.uncork();
  }

  private sendUnary(p: PendingPush): void {
    const remaining = p.deadline === undefined ? 0 : p.deadline - Date.now();
    if (p.deadline !== undefined && remaining <= 0) return this.fail(p, GrpcStatus.DEADLINE_EXCEEDED, `Deadline of ${this.timeoutMs} ms exceeded`);
    this.unary(p.tenant, p.parts, remaining).then(
      () => this.settle(p),
      (err: unknown) => this.settle(p, err instanceof ApiError ? err : new ApiError('unavailable', `${this.what}: ${(err as Error).message}`, undefined, { cause: err })),
    );
  }

  private open(): OpenStream {
    const stream = this.channel.openStream(this.path);
    const s: OpenStream = { stream, pending: new Map(), status: undefined, statusMessage: '', answered: 0, error: undefined };
    const splitter = new MessageSplitter(MAX_ANSWER_BYTES);
    const readStatus = (headers: http2.IncomingHttpHeaders): void => {
      const status = headers['grpc-status'];
      if (status === undefined) return;
      s.status = Number(status);
      s.statusMessage = percentDecode(String(headers['grpc-message'] ?? ''));
      // The ingester ended its side: so does this one, and the next push opens a new stream.
      this.retire(s);
    };
    stream.on('response', readStatus); // a Trailers-Only answer (a refused stream)
    stream.on('trailers', readStatus);
    stream.on('data', (chunk: Buffer) => {
      try {
        for (const message of splitter.push(chunk)) {
          const answer = readStreamAnswer(message);
          const p = s.pending.get(answer.id);
          if (!p) continue; // past its deadline already
          s.pending.delete(answer.id);
          s.answered++;
          if (answer.code === GrpcStatus.OK) this.settle(p);
          else if (answer.unprocessed) {
            // The ingester is shutting down: nothing more goes on this stream.
            this.retire(s);
            this.sendAgain(p, answer.message);
          } else this.fail(p, answer.code, answer.message);
        }
      } catch (err) {
        s.error ??= err instanceof WireError ? new Error(`an answer is not a PushStreamResponse: ${err.message}`) : (err as Error);
        if (this.current === s) this.current = undefined;
        stream.close(NGHTTP2_CANCEL);
      }
    });
    // 'close' follows 'error'.
    stream.on('error', (err) => (s.error ??= err));
    stream.on('close', () => {
      if (this.current === s) this.current = undefined;
      const left = [...s.pending.values()];
      s.pending.clear();
      if (s.status === GrpcStatus.UNIMPLEMENTED && s.answered === 0) {
        this.unsupported = true;
        this.events.fellBackToUnary?.(this.channel.address);
        for (const p of left) this.sendUnary(p);
        return;
      }
      // Ended cleanly, or refused before the ingester read anything: what it never answered, it never took.
      const neverTaken = s.status === GrpcStatus.OK || (s.status === GrpcStatus.UNAVAILABLE && s.answered === 0);
      for (const p of left) {
        if (neverTaken) this.sendAgain(p, s.statusMessage || 'the stream ended without an answer');
        else if (s.status !== undefined && s.status !== GrpcStatus.OK) this.fail(p, s.status, s.statusMessage || `gRPC status ${s.status}`);
        else this.fail(p, GrpcStatus.UNAVAILABLE, s.error ? s.error.message : `stream closed without a gRPC status (HTTP/2 code ${stream.rstCode})`);
      }
    });
    return s;
  }

  /** Sends a push its stream never took once more, on a new stream; the second time it fails. */
  private sendAgain(p: PendingPush, why: string): void {
    if (p.resent) return this.fail(p, GrpcStatus.UNAVAILABLE, `not taken: ${why}`);
    p.resent = true;
    this.events.resent?.(this.channel.address);
    this.send(p);
  }

  private fail(p: PendingPush, grpcCode: number, details: string): void {
    this.settle(p, callStatusError(this.what, grpcCode, details));
  }

  private settle(p: PendingPush, err?: ApiError): void {
    if (p.settled) return;
    p.settled = true;
    clearTimeout(p.timer);
    p.on?.pending.delete(p.id);
    if (err) p.reject(err);
    else p.resolve();
  }
}
