// A small HTTP/1.1 server for every role: exact-path routing, bounded request bodies (413 as soon as the
// declared or received size passes the limit, never buffering the rest: it is drained and discarded, within
// bounds, so that a client still sending reads the 413), slow clients cut off with 408 (the head and the
// whole request each have a time limit: dskit's -server.http-read-header-timeout and -server.http-read-timeout,
// pkg/server/server.go, 30 s), GET /metrics from an injected prom-client Registry, GET /ready from an
// injected readiness function, and JSON error logging.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Counter, Histogram, type Registry } from 'prom-client';
import { ApiError, tooLarge } from '../util/errors.ts';
import type { Logger } from '../util/log.ts';
import type { Service } from '../util/service.ts';
import { httpStatusOf, isServerError, toApiError } from './status.ts';
import { type AbortSignalLike, LightAbortController } from '../util/light-abort.ts';

export type Readiness = { ok: true } | { ok: false; reason: string };

export interface HttpContext {
  /** The request target, parsed on first use. */
  readonly url: URL;
  /** Its path (URL parsing's), which the route matched. */
  readonly pathname: string;
  /** Aborted when the client goes away before the response is sent. */
  signal: AbortSignalLike;
}

/**
 * A request's HttpContext. A class, with `url` a getter of its prototype: an object literal with a getter of its own,
 * made per request, cost each young-generation GC about as much as Node 20's AbortSignals (util/light-abort.ts): a
 * loop making 1,000 of them per ms had every scavenge promote ~3-4 MB and pause 12-15 ms, against nothing promoted
 * and 0.1 ms for this class (Node 20.20, --trace-gc-nvp).
 */
class HttpRequestContext implements HttpContext {
  private parsed: URL | undefined;

  constructor(
    private readonly target: string,
    readonly pathname: string,
    readonly signal: AbortSignalLike,
  ) {}

  get url(): URL {
    return (this.parsed ??= new URL(this.target, 'http://localhost'));
  }
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse, ctx: HttpContext) => Promise<void> | void;

export interface HttpServerOptions {
  port: number;
  host?: string;
  registry: Registry;
  logger: Logger;
  ready?: () => Readiness | Promise<Readiness>;
  /** Default body limit for readBody callers that give none. */
  maxBodyBytes?: number;
  /** Largest request head (URL + headers); SDK names with many labels need more than Node's 16 KiB. */
  maxHeaderBytes?: number;
  /** Answers requests no route matches (Connect uses it to answer unknown methods in its error shape). */
  notFound?: HttpHandler;
  /** When set, the server speaks HTTPS only (server/tls.ts builds these from the -server.tls-* flags). */
  tls?: https.ServerOptions;
  /** After a 413, at most this much of the rest of the body is read and discarded before closing (default 64 MiB). */
  drainMaxBytes?: number;
  /** ...and for at most this long (default 30 s). */
  drainMaxMs?: number;
  /**
   * Time a client has to send its whole request, head and body (-server.http-read-timeout, default 30 s as
   * dskit's server): a client dripping its body is answered 408 and disconnected when it passes. Node's
   * requestTimeout. 0 = none.
   */
  requestTimeoutMs?: number;
  /** Time a client has to send its request head (-server.http-read-header-timeout; 0, the default, = requestTimeoutMs, as in dskit). Node's headersTimeout. */
  headersTimeoutMs?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
export const DEFAULT_DRAIN_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_DRAIN_MAX_MS = 30_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Per response: the drain bounds of the server that took the request, and how to cut a drain short on stop. */
interface DrainControl {
  maxBytes: number;
  maxMs: number;
  cut?: () => void;
}
// A property of the response rather than a WeakMap entry: a WeakMap set per request cost ~2 µs and left the GC an
// ephemeron to process for every response.
const DRAIN = Symbol('drain control');
type WithDrainControl = ServerResponse & { [DRAIN]?: DrainControl };
const drainControlOf = (res: ServerResponse): DrainControl | undefined => (res as WithDrainControl)[DRAIN];

export class HttpServer implements Service {
  readonly name = 'http-server';
  private readonly routes = new Map<string, HttpHandler>();
  private readonly server: http.Server | https.Server;
  private readonly duration: Histogram<'method' | 'route' | 'status'>;
  private readonly paths = new PathnameCache();
  private readonly timeouts: Counter<'phase'>;
  /** Responses not yet closed: stop() cuts their body drains short instead of waiting them out. */
  private readonly inFlight = new Set<ServerResponse>();
  /**
   * Connections already answered for a malformed or oversized request, with their bytesRead at that moment:
   * the parser reports the same error again for every read that follows, which is where the drain's byte
   * bound is enforced.
   */
  private readonly answeredClientErrors = new WeakMap<Duplex, number>();
  /** Those connections while they are still being drained: stop() closes them. */
  private readonly drainingSockets = new Set<Duplex>();
  private readonly maxHeaderSize: number;
  private boundPort = 0;

  constructor(private readonly options: HttpServerOptions) {
    const handler = (req: IncomingMessage, res: ServerResponse): void => void this.dispatch(req, res);
    const maxHeaderSize = options.maxHeaderBytes ?? 1024 * 1024;
    this.maxHeaderSize = maxHeaderSize;
    // Slow clients: Node answers 408 when the head (headersTimeout) or the whole request (requestTimeout) is
    // not in within its time, checking every connectionsCheckingInterval; the check runs often enough for
    // the timeouts to hold within a fraction of themselves.
    const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const requested = options.headersTimeoutMs ?? 0;
    // dskit: 0 means the read timeout; Node refuses a headersTimeout above requestTimeout.
    const headersTimeout = requested <= 0 ? requestTimeout : requestTimeout > 0 ? Math.min(requested, requestTimeout) : requested;
    const positive = [requestTimeout, headersTimeout].filter((t) => t > 0);
    const connectionsCheckingInterval = Math.max(100, Math.min(30_000, ...positive.map((t) => Math.floor(t / 4))));
    const timing = { maxHeaderSize, requestTimeout, headersTimeout, connectionsCheckingInterval };
    this.server = options.tls ? https.createServer({ ...options.tls, ...timing }, handler) : http.createServer(timing, handler);
    this.server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => this.answerClientError(err, socket));
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by route and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [options.registry],
    });
    this.timeouts = new Counter({
      name: 'http_server_request_timeouts_total',
      help: 'Connections cut off because the client did not send its request in time: phase="headers" (the head, -server.http-read-header-timeout) or phase="body" (the whole request, -server.http-read-timeout).',
      labelNames: ['phase'],
      registers: [options.registry],
    });
    this.timeouts.inc({ phase: 'headers' }, 0);
    this.timeouts.inc({ phase: 'body' }, 0);
    this.route('GET', '/metrics', async (_req, res) => {
      res.writeHead(200, { 'content-type': options.registry.contentType });
      res.end(await options.registry.metrics());
    });
    this.route('GET', '/ready', async (_req, res) => {
      const state = options.ready ? await options.ready() : { ok: true as const };
      res.writeHead(state.ok ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(state.ok ? 'ready\n' : `not ready: ${state.reason}\n`);
    });
  }

  /** Registers a handler for an exact method and path (a later registration replaces an earlier one). */
  route(method: string, path: string, handler: HttpHandler): void {
    this.routes.set(`${method.toUpperCase()} ${path}`, handler);
  }

  get port(): number {
    return this.boundPort;
  }

  get address(): string {
    return `${this.options.tls ? 'https' : 'http'}://${this.options.host ?? '127.0.0.1'}:${this.boundPort}`;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host ?? '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.boundPort = (this.server.address() as AddressInfo).port;
    this.options.logger.info('http server listening', { address: this.address });
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    for (const res of this.inFlight) drainControlOf(res)?.cut?.();
    for (const socket of this.drainingSockets) socket.destroy();
    const timer = setTimeout(() => this.server.closeAllConnections(), 5000);
    await closed;
    clearTimeout(timer);
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const target = req.url ?? '/';
    const pathname = this.paths.pathname(target);
    const handler = this.routes.get(`${req.method ?? 'GET'} ${pathname}`);
    const controller = new LightAbortController();
    this.inFlight.add(res);
    (res as WithDrainControl)[DRAIN] = { maxBytes: this.options.drainMaxBytes ?? DEFAULT_DRAIN_MAX_BYTES, maxMs: this.options.drainMaxMs ?? DEFAULT_DRAIN_MAX_MS };
    res.once('close', () => {
      this.inFlight.delete(res);
      if (!res.writableFinished) controller.abort();
    });
    const routeLabel = handler ? pathname : 'unmatched';
    // The handler's context: the URL is parsed only for a handler that reads it (the query string of /ingest).
    const ctx: HttpContext = new HttpRequestContext(target, pathname, controller.signal);
    try {
      if (handler) await handler(req, res, ctx);
      else if (this.options.notFound) await this.options.notFound(req, res, ctx);
      else sendError(res, new ApiError('not_found', `no route for ${req.method} ${pathname}`));
    } catch (err) {
      const apiErr = toApiError(err);
      this.logError(apiErr, req, pathname);
      if (!res.headersSent) sendError(res, apiErr);
      else res.destroy();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.duration.observe({ method: req.method ?? '', route: routeLabel, status: String(res.statusCode) }, seconds);
    }
  }

  /**
   * Requests Node refuses before any route runs (a request head past maxHeaderSize, a malformed request):
   * Node's default answer has no body, so say which limit or rule was broken, log it once at warn, and keep
   * reading (and discarding) what the client still sends, within the drain bounds, so that it reads the answer.
   */
  private answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      this.cutOffSlowClient(socket);
      return;
    }
    const bytesRead = (socket as Duplex & { bytesRead?: number }).bytesRead ?? 0;
    const answeredAt = this.answeredClientErrors.get(socket);
    if (answeredAt !== undefined) {
      if (bytesRead - answeredAt > (this.options.drainMaxBytes ?? DEFAULT_DRAIN_MAX_BYTES)) socket.destroy();
      return;
    }
    this.answeredClientErrors.set(socket, bytesRead);
    // A response already under way on this connection cannot be followed by another (as Node's own handler).
    const current = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || current?.headersSent) {
      socket.destroy();
      return;
    }
    let status: number;
    let message: string;
    if (err.code === 'HPE_HEADER_OVERFLOW') {
      status = 431;
      message = `request head (request line and headers) exceeds ${this.maxHeaderSize} bytes: limit maxHeaderSize (${this.maxHeaderSize} bytes) exceeded`;
    } else if (err.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') {
      status = 413;
      message = 'chunk extensions of the request body are too large (Node allows 16 KiB)';
    } else {
      status = 400;
      message = `malformed HTTP request (${err.code ?? 'unknown'}): ${err.message}`;
    }
    this.options.logger.warn('request rejected', { code: err.code, status, err: message, remote: (socket as Duplex & { remoteAddress?: string }).remoteAddress });
    const body = Buffer.from(`${message}\n`);
    socket.end(Buffer.concat([
      Buffer.from(`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`),
      body,
    ]));
    // The socket stays readable (HTTP servers allow half-open connections): what the client still sends is
    // discarded until it closes its side or the drain time bound passes.
    const timer = setTimeout(() => socket.destroy(), this.options.drainMaxMs ?? DEFAULT_DRAIN_MAX_MS);
    timer.unref();
    this.drainingSockets.add(socket);
    socket.once('close', () => {
      clearTimeout(timer);
      this.drainingSockets.delete(socket);
    });
    socket.once('end', () => socket.destroy());
  }

  /**
   * A client too slow to send its request (Node's headersTimeout or requestTimeout passed): answer 408 when
   * no answer has started, then close the connection at once. Unlike other client errors, the rest of the
   * request is not drained: waiting for a slow client is what the timeout ends.
   */
  private cutOffSlowClient(socket: Duplex): void {
    const current = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
    // A request being handled means its head arrived: the body was too slow.
    const phase = current ? 'body' : 'headers';
    this.timeouts.inc({ phase });
    const limit = phase === 'body' ? `-server.http-read-timeout (${this.server.requestTimeout} ms)` : `-server.http-read-header-timeout (${this.server.headersTimeout} ms)`;
    this.options.logger.warn('slow client cut off', { phase, limit, remote: (socket as Duplex & { remoteAddress?: string }).remoteAddress });
    if (socket.writable && !current?.headersSent) {
      const body = Buffer.from(`the request ${phase === 'body' ? 'body' : 'head'} was not received in time: limit ${limit} exceeded\n`);
      socket.write(
        Buffer.concat([
          Buffer.from(`HTTP/1.1 408 ${http.STATUS_CODES[408]}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`),
          body,
        ]),
      );
    }
    // Let the answer leave, then close whatever the client still sends.
    socket.end();
    setTimeout(() => socket.destroy(), 200).unref();
  }

  logError(err: ApiError, req: IncomingMessage, path: string): void {
    const fields = { method: req.method, path, code: err.code, status: httpStatusOf(err), err: err.message, cause: err.cause instanceof Error ? err.cause.stack : undefined };
    if (isServerError(err)) this.options.logger.error('request failed', fields);
    else this.options.logger.warn('request rejected', fields);
  }

  get defaultMaxBodyBytes(): number {
    return this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  }
}

/**
 * The path of each request target as WHATWG URL parsing gives it (new URL(target, base).pathname: dot segments
 * resolved, "//host/x" read as an authority, percent-escapes kept), remembered for the targets without a query
 * string, which repeat (Connect methods; the SDKs' /ingest always has one and is parsed): parsing a URL per
 * request was about 2% of a distributor's CPU per push and of a querier's per SelectSeries. Bounded: when it holds
 * MAX targets (a client sending ever new paths) it starts again empty.
 */
export class PathnameCache {
  static readonly MAX = 256;
  private readonly known = new Map<string, string>();

  get size(): number {
    return this.known.size;
  }

  pathname(target: string): string {
    const known = this.known.get(target);
    if (known !== undefined) return known;
    const pathname = new URL(target, 'http://localhost').pathname;
    if (!target.includes('?')) {
      if (this.known.size >= PathnameCache.MAX) this.known.clear();
      this.known.set(target, pathname);
    }
    return pathname;
  }
}

/** Writes an error as plain text with its HTTP status. */
export function sendError(res: ServerResponse, err: ApiError): void {
  const status = httpStatusOf(err);
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
  if (status === 413) headers['connection'] = 'close';
  sendComplete(res, status, headers, `${err.message}\n`);
}

/**
 * Sends a whole response (with its Content-Length). When it closes the connection while the request body
 * is still arriving (a 413), the answer goes out at once but the socket stays open while the rest of the
 * body is read and discarded, so a client that writes its whole body before reading (fetch, the SDKs) reads
 * the answer instead of failing with EPIPE/ECONNRESET. The drain is bounded in bytes and time (the server's
 * drainMaxBytes/drainMaxMs); a declared Content-Length past the byte bound is not drained at all.
 */
export function sendComplete(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'content-length': String(payload.length) });
  const req = res.req as IncomingMessage | undefined;
  const control = drainControlOf(res) ?? { maxBytes: DEFAULT_DRAIN_MAX_BYTES, maxMs: DEFAULT_DRAIN_MAX_MS };
  const closes = /\bclose\b/i.test(headers['connection'] ?? '');
  const declared = Number(req?.headers['content-length'] ?? NaN);
  if (!closes || !req || req.complete || req.destroyed || (Number.isFinite(declared) && declared > control.maxBytes)) {
    res.end(payload);
    return;
  }
  res.write(payload);
  drainThenEnd(req, res, control);
}

function drainThenEnd(req: IncomingMessage, res: ServerResponse, control: DrainControl): void {
  let drained = 0;
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    req.off('data', discard);
    delete control.cut;
    // Ending a response with Connection: close makes Node close the socket once the answer is flushed.
    if (!res.writableEnded && !res.destroyed) res.end();
  };
  const discard = (chunk: Buffer): void => {
    drained += chunk.length;
    if (drained > control.maxBytes) finish();
  };
  const timer = setTimeout(finish, control.maxMs);
  timer.unref();
  control.cut = finish;
  req.on('data', discard);
  req.once('end', finish);
  req.once('error', finish);
  res.once('close', finish);
  req.resume();
}

/**
 * Reads a request body of at most `limit` bytes. A Content-Length above the limit is refused before any
 * of the body is read; a body that grows past it is refused as soon as it does. Either way the rest of the
 * body is never buffered: sendError/sendComplete drain it (bounded) behind the 413, then close.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(tooLarge(`request body is ${declared} bytes: limit max-request-body-size (${limit} bytes) exceeded`));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(tooLarge(`request body exceeds ${limit} bytes: limit max-request-body-size (${limit} bytes) exceeded`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    // A body that came in one read is that read's own buffer (the socket allocates one per read): no copy.
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once('error', (err) => reject(new ApiError('invalid_argument', `reading request body: ${err.message}`, undefined, { cause: err })));
    req.once('aborted', () => reject(new ApiError('invalid_argument', 'request aborted by the client while sending its body')));
  });
}
