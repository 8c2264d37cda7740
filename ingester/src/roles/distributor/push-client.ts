// The distributor's gRPC client for pushes to ingesters: one unary call (Push) over a plain node:http2 session,
// without grpc-js. A profile of the distributor under load (issue 13) spent about a third of its CPU in grpc-js's
// client (interceptor chain, resolving/load-balancing calls, metadata objects, per-call filters) to send bytes the
// distributor had already encoded; this sends them as the gRPC wire protocol defines a unary call, and nothing more:
//
//   HEADERS  :method POST, :path /<service>/<method>, content-type application/grpc, te trailers,
//            grpc-timeout (the deadline), x-scope-orgid (the tenant)
//   DATA     one Length-Prefixed-Message: compressed flag 0, 4-byte big-endian length, the message
//   ← HEADERS :status 200 (or a Trailers-Only answer carrying grpc-status), DATA, TRAILERS grpc-status, grpc-message
//
// (grpc/grpc doc/PROTOCOL-HTTP2.md: "Requests", "Responses", "Trailers-Only"; grpc-message is percent-encoded.)
// Errors come back as ApiError with the ingester's code and message, as createGrpcClient's do (server/grpc.ts),
// so the distributor's quorum logic reads them the same way. A session that fails, is closed, or receives GOAWAY is
// dropped and the next call opens a new one; keepalive pings find a dead peer as grpc-js's keepalive does
// (grpc.keepalive_time_ms / grpc.keepalive_timeout_ms: ping every keepaliveTimeMs, close when unanswered after
// keepaliveTimeoutMs).
import http2 from 'node:http2';
import { codeFromGrpc } from '../../server/status.ts';
import type { TlsOptions } from '../../server/grpc.ts';
import { TENANT_HEADER } from '../../server/tenant.ts';
import type { RingDesc } from '../../ring/model.ts';
import { ApiError } from '../../util/errors.ts';

export interface PushClientOptions {
  /** Deadline of a call (ms). */
  timeoutMs: number;
  keepaliveTimeMs: number;
  keepaliveTimeoutMs: number;
  tls?: TlsOptions;
}

const { HTTP2_HEADER_STATUS, NGHTTP2_CANCEL, NGHTTP2_REFUSED_STREAM } = http2.constants;

/** The last stream ID of the GOAWAY a session received: the server processed no stream above it. */
const goawayLastStreamId = new WeakMap<http2.ClientHttp2Session, number>();

/** How one attempt failed: its error, and whether the server provably never processed it (safe to send again). */
interface CallFailure {
  error: ApiError;
  unprocessed: boolean;
}
const GRPC_OK = 0;

/** A unary gRPC method at one address that takes encoded request bytes and whose (empty) answer is not read. */
export class GrpcPushClient {
  private session: http2.ClientHttp2Session | undefined;
  private keepalive: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    readonly address: string,
    /** The method's path, e.g. /ingester.v1.IngesterService/Push. */
    private readonly path: string,
    private readonly o: PushClientOptions,
  ) {}

  /**
   * Sends one request message, given as the parts its encoding is made of (a batch: several encoded requests, which
   * protobuf reads as one), with the tenant; resolves when the server answered grpc-status 0. The parts are
   * written one after the other, never copied into one buffer.
   */
  push(tenant: string, message: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const parts = message instanceof Uint8Array ? [message] : message;
    // A call the server provably never processed is sent once more on a new connection, as grpc-js's
    // transparent retry does (gRFC A6 "Transparent retry": a stream refused with REFUSED_STREAM, which nghttp2
    // also gives the streams above a GOAWAY's last stream ID, or one never sent because its session was going
    // away). An ingester shutting down gracefully sends GOAWAY; a push racing it must not fail its quorum.
    return this.attempt(tenant, parts).catch((failure: CallFailure) => {
      if (!failure.unprocessed || this.closed) throw failure.error;
      return this.attempt(tenant, parts).catch((again: CallFailure) => {
        throw again.error;
      });
    });
  }

  private attempt(tenant: string, parts: readonly Uint8Array[]): Promise<void> {
    const what = `${this.path.slice(1)} at ${this.address}`;
    return new Promise<void>((resolve, rejectFailure) => {
      const reject = (error: ApiError, unprocessed = false): void => rejectFailure({ error, unprocessed } satisfies CallFailure);
      if (this.closed) return reject(new ApiError('unavailable', `${what}: the client is closed`));
      let stream: http2.ClientHttp2Stream;
      let session: http2.ClientHttp2Session;
      try {
        session = this.connect();
        stream = session.request({
          ':method': 'POST',
          ':path': this.path,
          ...(this.o.tls?.serverName ? { ':authority': this.o.tls.serverName } : {}),
          'content-type': 'application/grpc',
          te: 'trailers',
          'grpc-timeout': grpcTimeout(this.o.timeoutMs),
          [TENANT_HEADER]: tenant,
        });
      } catch (err) {
        this.drop();
        return reject(new ApiError('unavailable', `${what}: ${(err as Error).message}`, undefined, { cause: err }), true);
      }
      let settled = false;
      let grpcStatus: number | undefined;
      let grpcMessage = '';
      let httpStatus = 0;
      const timer = setTimeout(() => {
        finish(new ApiError('deadline_exceeded', `${what}: deadline of ${this.o.timeoutMs} ms exceeded`));
        stream.close(NGHTTP2_CANCEL);
      }, this.o.timeoutMs);
      let answered = false;
      const finish = (err?: ApiError, unprocessed = false): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(err, unprocessed);
        else resolve();
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
      stream.on('data', () => {}); // PushResponse is empty: nothing to read, but the stream must be drained
      // 'close' follows 'error' and tells whether the server refused the stream unprocessed.
      let streamError: Error | undefined;
      stream.on('error', (err) => (streamError ??= err));
      stream.on('close', () => {
        if (grpcStatus === GRPC_OK) return finish();
        // RFC 9113 §6.8: a stream above the last stream ID of a GOAWAY was not processed and may be sent again.
        const goawayLast = goawayLastStreamId.get(session);
        const aboveGoaway = goawayLast !== undefined && (stream.id === undefined || stream.id > goawayLast);
        // A stream that never got an ID never sent its HEADERS: the server cannot have seen it.
        const neverSent = stream.id === undefined;
        const refused = !answered && (aboveGoaway || neverSent || stream.rstCode === NGHTTP2_REFUSED_STREAM || (streamError as NodeJS.ErrnoException | undefined)?.code === 'ERR_HTTP2_GOAWAY_SESSION');
        if (streamError && grpcStatus === undefined) return finish(new ApiError('unavailable', `${what}: ${streamError.message}`, undefined, { cause: streamError }), refused);
        if (refused) return finish(new ApiError('unavailable', `${what}: the server refused the call unprocessed (HTTP/2 REFUSED_STREAM)`), true);
        if (grpcStatus !== undefined) return finish(new ApiError(codeFromGrpc(grpcStatus), `${what}: ${grpcMessage || `gRPC status ${grpcStatus}`}`));
        const why = httpStatus && httpStatus !== 200 ? `HTTP status ${httpStatus} without a gRPC status` : `stream closed without a gRPC status (HTTP/2 code ${stream.rstCode})`;
        finish(new ApiError('unavailable', `${what}: ${why}`));
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

  private connect(): http2.ClientHttp2Session {
    if (this.session && !this.session.closed && !this.session.destroyed) return this.session;
    const tls = this.o.tls;
    const session = tls
      ? http2.connect(`https://${this.address}`, { ca: tls.ca, cert: tls.cert, key: tls.key, ...(tls.serverName ? { servername: tls.serverName } : {}) })
      : http2.connect(`http://${this.address}`);
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
   * calls end), and whatever is still open one deadline later is destroyed. An address that leaves the ring
   * while a push to it is in flight must not fail that push: destroying the session did (stream closed, HTTP/2
   * code 0), a replica lost from a 2-of-3 quorum during every zone of a rollout.
   */
  close(): void {
    this.closed = true;
    const session = this.session;
    this.drop();
    if (session && !session.destroyed) setTimeout(() => session.destroy(), this.o.timeoutMs).unref();
  }
}

/** A grpc-timeout header value: at most 8 digits and a unit (PROTOCOL-HTTP2.md, "Timeout"). */
export function grpcTimeout(ms: number): string {
  const millis = Math.max(1, Math.ceil(ms));
  return millis < 1e8 ? `${millis}m` : `${Math.min(99_999_999, Math.ceil(millis / 1000))}S`;
}

function percentDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The distributor's push clients, one per ingester address; a client is closed when its address leaves the ring. */
export class IngesterPushClients {
  private readonly clients = new Map<string, GrpcPushClient>();

  constructor(private readonly path: string, private readonly o: PushClientOptions) {}

  get(addr: string): GrpcPushClient {
    let c = this.clients.get(addr);
    if (!c) this.clients.set(addr, (c = new GrpcPushClient(addr, this.path, this.o)));
    return c;
  }

  /** Closes the clients of addresses no longer in the ring (call on every ring change). */
  prune(desc: RingDesc): void {
    const live = new Set(Object.values(desc.instances).map((i) => i.addr));
    for (const [addr, c] of this.clients) {
      if (live.has(addr)) continue;
      c.close();
      this.clients.delete(addr);
    }
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
