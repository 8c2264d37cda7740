// Unary gRPC calls to one address over a plain node:http2 session, without grpc-js: the querier's calls to
// ingesters (several per query). bench/querier's profile (issue 13) spent about a third of the querier's CPU per
// SelectSeries in grpc-js's client (interceptor chain, resolving/load-balancing call objects, Metadata objects,
// per-call filters) for calls whose messages are a few kB; the distributor's push client (roles/distributor/
// push-client.ts) had found the same for pushes. A unary call is, on the wire (grpc/grpc
// doc/PROTOCOL-HTTP2.md, "Requests", "Responses", "Trailers-Only"):
//
//   HEADERS  :method POST, :path /<service>/<method>, content-type application/grpc, te trailers,
//            grpc-timeout (the deadline), x-scope-orgid (the tenant)
//   DATA     one Length-Prefixed-Message: compressed flag 0, 4-byte big-endian length, the message
//   ← HEADERS :status 200 (or a Trailers-Only answer carrying grpc-status), DATA, TRAILERS grpc-status, grpc-message
//
// What grpc-js's channel gave and this keeps: the deadline (sent as grpc-timeout, and the call ends locally
// with DEADLINE_EXCEEDED when it passes, resetting the stream with CANCEL), cancellation (an aborted signal
// resets the stream with CANCEL, so the server's handler sees its call cancelled), TLS (CA, client
// certificate, server name), keepalive pings (grpc.keepalive_time_ms / grpc.keepalive_timeout_ms), the
// largest answer accepted (grpc.max_receive_message_length: RESOURCE_EXHAUSTED past it), a transparent retry
// of a call the server provably never processed (gRFC A6), and a gentle close that lets calls in flight end.
// No request is compressed and no grpc-accept-encoding is sent, so a server answers uncompressed.
import http2 from 'node:http2';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ApiError } from '../util/errors.ts';
import type { TlsOptions } from './grpc.ts';
import { codeFromGrpc } from './status.ts';
import { TENANT_HEADER } from './tenant.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

export interface GrpcChannelOptions {
  keepaliveTimeMs: number;
  keepaliveTimeoutMs: number;
  /** Largest answer message accepted (grpc.max_receive_message_length). */
  maxReceiveMessageBytes: number;
  tls?: TlsOptions;
}

export interface UnaryCallOptions {
  tenant?: string;
  /** The call's deadline, ms from now; 0 or absent: none. */
  deadlineMs?: number;
  signal?: AbortSignalLike;
}

/** The error of a call that ended with a gRPC status: its code and details, as grpc-js's ServiceError has them. */
export class GrpcStatusError extends Error {
  constructor(readonly code: number, readonly details: string) {
    super(`${code} ${details}`);
  }
}

/**
 * The ApiError of a call (`what`: "<service>/<method> at <address>") that ended with a gRPC status: its code read
 * by status.ts, its message after the call's name, the status as the cause. Unary calls, PushStream's pushes and
 * CallStream's calls all fail so.
 */
export function callStatusError(what: string, grpcCode: number, details: string): ApiError {
  return new ApiError(codeFromGrpc(grpcCode), `${what}: ${details}`, undefined, { cause: new GrpcStatusError(grpcCode, details) });
}

const { HTTP2_HEADER_STATUS, NGHTTP2_CANCEL, NGHTTP2_REFUSED_STREAM } = http2.constants;

/** How one attempt failed: its error, and whether the server provably never processed it (safe to send again). */
interface CallFailure {
  error: ApiError;
  unprocessed: boolean;
}

/**
 * HTTP/2 flow-control windows of the answers (RFC 9113 §6.9): the default 64 KiB makes an ingester stop after
 * 64 KiB of an answer until the querier's event loop reads it and sends WINDOW_UPDATE; a flame graph's merged
 * tree is ~170 KB in bench/querier (3 turns of a querier busy merging the bucket's blocks). With these an answer
 * arrives in one go; the querier reads every answer whole anyway (up to the 64 MiB message limit). grpc-js offers
 * the same as grpc-node.flow_control_window (transport.js: initialWindowSize and setLocalWindowSize).
 */
const STREAM_WINDOW_BYTES = 4 * 1024 * 1024;
const CONNECTION_WINDOW_BYTES = 16 * 1024 * 1024;

/** The last stream ID of the GOAWAY a session received: the server processed no stream above it. */
const goawayLastStreamId = new WeakMap<http2.ClientHttp2Session, number>();

export class GrpcChannel {
  private session: http2.ClientHttp2Session | undefined;
  private keepalive: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    readonly address: string,
    private readonly o: GrpcChannelOptions,
  ) {}

  /**
   * Sends one request message (given as the parts its encoding is made of, written one after the other) to the
   * method at `path` (e.g. /ingester.v1.IngesterService/SelectSeriesDigests) and resolves with the answer's
   * message bytes when the server answered grpc-status 0. Errors are ApiErrors with the server's code and
   * message, their cause a GrpcStatusError.
   */
  unary(path: string, message: Uint8Array | readonly Uint8Array[], options: UnaryCallOptions = {}): Promise<Buffer> {
    const parts = message instanceof Uint8Array ? [message] : message;
    const deadline = options.deadlineMs && options.deadlineMs > 0 ? Date.now() + options.deadlineMs : undefined;
    // A call the server provably never processed is sent once more on a new connection, as grpc-js's
    // transparent retry does (gRFC A6 "Transparent retry": a stream refused with REFUSED_STREAM, which nghttp2
    // also gives the streams above a GOAWAY's last stream ID, or one never sent because its session was going
    // away). An ingester shutting down gracefully sends GOAWAY; a call racing it must not fail.
    return this.attempt(path, parts, options, deadline).catch((failure: CallFailure) => {
      if (!failure.unprocessed || this.closed || options.signal?.aborted || (deadline !== undefined && Date.now() >= deadline)) throw failure.error;
      return this.attempt(path, parts, options, deadline).catch((again: CallFailure) => {
        throw again.error;
      });
    });
  }

  private attempt(path: string, parts: readonly Uint8Array[], options: UnaryCallOptions, deadline: number | undefined): Promise<Buffer> {
    const what = `${path.slice(1)} at ${this.address}`;
    const fail = (grpcCode: number, details: string): ApiError => callStatusError(what, grpcCode, details);
    return new Promise<Buffer>((resolve, rejectFailure) => {
      const reject = (error: ApiError, unprocessed = false): void => rejectFailure({ error, unprocessed } satisfies CallFailure);
      if (this.closed) return reject(fail(GrpcStatus.UNAVAILABLE, 'the client is closed'));
      if (options.signal?.aborted) return reject(fail(GrpcStatus.CANCELLED, 'Cancelled on client'));
      const remainingMs = deadline === undefined ? undefined : deadline - Date.now();
      if (remainingMs !== undefined && remainingMs <= 0) return reject(fail(GrpcStatus.DEADLINE_EXCEEDED, 'Deadline exceeded before the call was sent'));
      let stream: http2.ClientHttp2Stream;
      let session: http2.ClientHttp2Session;
      try {
        session = this.connect();
        const headers = this.callHeaders(path);
        if (remainingMs !== undefined) headers['grpc-timeout'] = grpcTimeout(remainingMs);
        if (options.tenant) headers[TENANT_HEADER] = options.tenant;
        stream = session.request(headers);
      } catch (err) {
        this.drop();
        return reject(new ApiError('unavailable', `${what}: ${(err as Error).message}`, undefined, { cause: err }), true);
      }
      let settled = false;
      let grpcStatus: number | undefined;
      let grpcMessage = '';
      let httpStatus = 0;
      let answered = false;
      const chunks: Buffer[] = [];
      let received = 0;
      const cancel = (grpcCode: number, details: string): void => {
        finish(fail(grpcCode, details));
        if (!stream.closed) stream.close(NGHTTP2_CANCEL);
      };
      const onAbort = (): void => cancel(GrpcStatus.CANCELLED, 'Cancelled on client');
      const timer = remainingMs === undefined ? undefined : setTimeout(() => cancel(GrpcStatus.DEADLINE_EXCEEDED, `Deadline of ${Math.ceil(remainingMs)} ms exceeded`), remainingMs);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const finish = (err?: ApiError, unprocessed = false): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        if (err) return reject(err, unprocessed);
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
        const answer = readMessage(body);
        if (typeof answer === 'string') return reject(fail(GrpcStatus.INTERNAL, answer));
        resolve(answer);
      };
      const readStatus = (headers: http2.IncomingHttpHeaders): void => {
        const s = headers['grpc-status'];
        if (s !== undefined) {
          grpcStatus = Number(s);
          grpcMessage = percentDecode(String(headers['grpc-message'] ?? ''));
        }
      };
      stream.on('response', (headers) => {
        answered = true;
        httpStatus = Number(headers[HTTP2_HEADER_STATUS]);
        readStatus(headers); // Trailers-Only
      });
      stream.on('trailers', readStatus);
      stream.on('data', (chunk: Buffer) => {
        received += chunk.length;
        // The 5-byte prefix, then at most the largest message (grpc-js: "Received message larger than max").
        if (received > this.o.maxReceiveMessageBytes + 5) return cancel(GrpcStatus.RESOURCE_EXHAUSTED, `Received message larger than max (${received - 5} vs. ${this.o.maxReceiveMessageBytes})`);
        chunks.push(chunk);
      });
      // 'close' follows 'error' and tells whether the server refused the stream unprocessed.
      let streamError: Error | undefined;
      stream.on('error', (err) => (streamError ??= err));
      stream.on('close', () => {
        if (settled) return;
        if (grpcStatus === GrpcStatus.OK) return finish();
        // RFC 9113 §6.8: a stream above the last stream ID of a GOAWAY was not processed and may be sent again.
        const goawayLast = goawayLastStreamId.get(session);
        const aboveGoaway = goawayLast !== undefined && (stream.id === undefined || stream.id > goawayLast);
        // A stream that never got an ID never sent its HEADERS: the server cannot have seen it.
        const neverSent = stream.id === undefined;
        const refused = !answered && (aboveGoaway || neverSent || stream.rstCode === NGHTTP2_REFUSED_STREAM || (streamError as NodeJS.ErrnoException | undefined)?.code === 'ERR_HTTP2_GOAWAY_SESSION');
        if (streamError && grpcStatus === undefined) return finish(new ApiError('unavailable', `${what}: ${streamError.message}`, undefined, { cause: streamError }), refused);
        if (refused) return finish(fail(GrpcStatus.UNAVAILABLE, 'the server refused the call unprocessed (HTTP/2 REFUSED_STREAM)'), true);
        if (grpcStatus !== undefined) return finish(fail(grpcStatus, grpcMessage || `gRPC status ${grpcStatus}`));
        const why = httpStatus && httpStatus !== 200 ? `HTTP status ${httpStatus} without a gRPC status` : `stream closed without a gRPC status (HTTP/2 code ${stream.rstCode})`;
        finish(fail(GrpcStatus.UNAVAILABLE, why));
      });
      let length = 0;
      for (const p of parts) length += p.length;
      const prefix = Buffer.allocUnsafe(5);
      prefix[0] = 0; // not compressed
      prefix.writeUInt32BE(length, 1);
      stream.cork();
      stream.write(prefix);
      for (const p of parts) stream.write(p);
      stream.end();
      stream.uncork();
    });
  }

  /**
   * Opens a streaming call to the method at `path` on the channel's session (connecting when it has none): the
   * caller writes Length-Prefixed-Messages and reads the answers (roles/distributor/push-stream.ts). Throws when
   * the channel is closed or the session cannot take a stream.
   */
  openStream(path: string): http2.ClientHttp2Stream {
    if (this.closed) throw new Error('the client is closed');
    try {
      return this.connect().request(this.callHeaders(path));
    } catch (err) {
      this.drop();
      throw err;
    }
  }

  /** The HEADERS every call to `path` starts with (PROTOCOL-HTTP2.md, "Requests"). */
  private callHeaders(path: string): http2.OutgoingHttpHeaders {
    const headers: http2.OutgoingHttpHeaders = { ':method': 'POST', ':path': path, 'content-type': 'application/grpc', te: 'trailers' };
    if (this.o.tls?.serverName) headers[':authority'] = this.o.tls.serverName;
    return headers;
  }

  private connect(): http2.ClientHttp2Session {
    if (this.session && !this.session.closed && !this.session.destroyed) return this.session;
    const tls = this.o.tls;
    const settings = { settings: { initialWindowSize: STREAM_WINDOW_BYTES } };
    const session = tls
      ? http2.connect(`https://${this.address}`, { ...settings, ca: tls.ca, cert: tls.cert, key: tls.key, ...(tls.serverName ? { servername: tls.serverName } : {}) })
      : http2.connect(`http://${this.address}`, settings);
    session.once('connect', () => {
      if (!session.destroyed) session.setLocalWindowSize(CONNECTION_WINDOW_BYTES);
    });
    // A session's failure is every open stream's failure (each stream reports it); the session is only dropped.
    session.on('error', () => this.drop(session));
    session.on('goaway', (_code: number, lastStreamID: number) => {
      goawayLastStreamId.set(session, lastStreamID);
      this.drop(session);
    });
    session.on('close', () => this.drop(session));
    this.session = session;
    clearInterval(this.keepalive);
    this.keepalive = setInterval(() => {
      const unanswered = setTimeout(() => session.destroy(new Error(`keepalive ping not answered within ${this.o.keepaliveTimeoutMs} ms`)), this.o.keepaliveTimeoutMs);
      unanswered.unref();
      const sent = session.ping((err) => {
        clearTimeout(unanswered);
        if (err && !session.destroyed) session.destroy(err);
      });
      if (!sent) clearTimeout(unanswered);
    }, this.o.keepaliveTimeMs);
    this.keepalive.unref();
    return session;
  }

  /** Forgets the session (when it is the current one); the next call connects again. */
  private drop(session = this.session): void {
    if (!session || session !== this.session) return;
    this.session = undefined;
    clearInterval(this.keepalive);
    this.keepalive = undefined;
    if (!session.closed) session.close();
  }

  /**
   * Takes no more calls; the calls in flight finish (the session closes gently, as grpc-js lets a channel's
   * calls end), and whatever is still open `graceMs` later is destroyed.
   */
  close(graceMs = 10_000): void {
    this.closed = true;
    const session = this.session;
    this.drop();
    if (session && !session.destroyed) setTimeout(() => session.destroy(), graceMs).unref();
  }
}

/**
 * The message of an answer's DATA: one Length-Prefixed-Message, or a reason it is not one. An empty body is
 * an empty message, as grpc-js reads a unary answer without DATA when its status is OK.
 */
function readMessage(body: Buffer): Buffer | string {
  if (body.length === 0) return body;
  if (body.length < 5) return `answer of ${body.length} bytes is shorter than a gRPC message prefix`;
  if (body[0] !== 0) return 'answer is compressed, but no compression was offered';
  const length = body.readUInt32BE(1);
  if (body.length !== 5 + length) return `answer holds ${body.length - 5} bytes after its prefix, which declares ${length} (a unary call answers one message)`;
  return body.subarray(5);
}

/** A grpc-timeout header value: at most 8 digits and a unit (PROTOCOL-HTTP2.md, "Timeout"). */
export function grpcTimeout(ms: number): string {
  const millis = Math.max(1, Math.ceil(ms));
  return millis < 1e8 ? `${millis}m` : `${Math.min(99_999_999, Math.ceil(millis / 1000))}S`;
}

/** grpc-message's percent-encoding undone (PROTOCOL-HTTP2.md: "Status-Message"); a malformed one as it is. */
export function percentDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
