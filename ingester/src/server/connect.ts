// The Connect unary protocol over our HTTP server: POST /<package.Service>/<Method> with application/proto
// or application/json (proto3 JSON: camelCase or original field names in, camelCase out, int64 as strings,
// enums as names, bytes as base64; an int64 is read exactly or refused: json-int64.ts), optional gzip
// request/response bodies, Connect-Protocol-Version 1, and
// Connect's error shape {"code","message"} with the matching HTTP status. Unknown methods: 404 unimplemented.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, invalidArgument, tooLarge } from '../util/errors.ts';
import { inflateProfile } from '../pprof/inflate.ts';
import { countJsonObjects, requestTooLarge } from '../ingest/push-decoder.ts';
import { callSignal } from './call-signal.ts';
import { readBody, sendComplete, type HttpContext, type HttpServer } from './http.ts';
import { methodPath, type BoundMethod } from './service-table.ts';
import { withExactInt64 } from './json-int64.ts';
import { httpStatusOf, toApiError } from './status.ts';
import { resolveTenant, TENANT_HEADER } from './tenant.ts';
import { asBuffer } from '../util/bytes.ts';
import { gzippedWireBytesOf } from '../query/encoded-answer.ts';
import { COMPRESS_MIN_BYTES, gzipAnswer } from './answer-gzip.ts';

export interface ConnectOptions {
  /** Whether X-Scope-OrgID is required. */
  multiTenancy: () => boolean;
  /** Largest request body, compressed and after gunzip (default: the HTTP server's). */
  maxBodyBytes?: number;
}

const JSON_OUT = { longs: String, enums: String, bytes: String, json: true } as const;

export function registerConnectMethod(http: HttpServer, method: BoundMethod, options: ConnectOptions): void {
  http.route('POST', methodPath(method), async (req, res, ctx) => {
    try {
      await handleUnary(method, req, res, ctx, options, options.maxBodyBytes ?? http.defaultMaxBodyBytes);
    } catch (err) {
      const apiErr = toApiError(err);
      http.logError(apiErr, req, ctx.pathname);
      sendConnectError(res, apiErr);
    }
  });
}

/** For HttpServerOptions.notFound: answers unknown POST /pkg.Service/Method in Connect's error shape. */
export function connectNotFound(req: IncomingMessage, res: ServerResponse, ctx: HttpContext): void {
  const looksLikeRpc = req.method === 'POST' && /^\/[\w.]+\/\w+$/.test(ctx.pathname);
  const err = new ApiError(looksLikeRpc ? 'unimplemented' : 'not_found', looksLikeRpc ? `${ctx.pathname.slice(1)} is not implemented here` : `no route for ${req.method} ${ctx.pathname}`, 404);
  req.resume();
  sendConnectError(res, err);
}

async function handleUnary(method: BoundMethod, req: IncomingMessage, res: ServerResponse, ctx: HttpContext, options: ConnectOptions, limit: number): Promise<void> {
  const version = req.headers['connect-protocol-version'];
  if (version !== undefined && version !== '1') throw invalidArgument(`unsupported Connect-Protocol-Version ${JSON.stringify(version)} (want "1")`);
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const isJson = mediaType === 'application/json';
  if (!isJson && mediaType !== 'application/proto') {
    req.resume();
    throw new ApiError('invalid_argument', `content type ${JSON.stringify(req.headers['content-type'] ?? '')} is not supported: send application/proto or application/json`, 415);
  }
  const tenant = resolveTenant(req.headers[TENANT_HEADER], options.multiTenancy());
  let body: Uint8Array = await readBody(req, limit);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'gzip') {
    if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) throw invalidArgument('Content-Encoding gzip but the body is not gzip');
    body = gunzipRequestBody(body, limit);
  } else if (encoding !== 'identity') {
    throw new ApiError('unimplemented', `Content-Encoding ${JSON.stringify(encoding)} is not supported (gzip, identity)`);
  }

  const request = isJson ? decodeJson(method, body) : decodeProto(method, body);

  const timeoutMs = Number(req.headers['connect-timeout-ms'] ?? NaN);
  const deadline = Number.isFinite(timeoutMs) && timeoutMs > 0 ? Date.now() + timeoutMs : undefined;
  const call = callSignal(ctx.signal, deadline);
  const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
  let response: object;
  try {
    // answerMayBeGzipped: a protobuf answer that comes gzip'd (a flame graph an ingester rendered) is sent as it came.
    response = await method.handler({ tenant, signal: call.signal, ...(deadline !== undefined ? { deadline } : {}), ...(acceptsGzip && !isJson ? { answerMayBeGzipped: true } : {}) }, request);
  } finally {
    call.release();
  }

  const headers: Record<string, string> = { 'content-type': isJson ? 'application/json' : 'application/proto' };
  const gzipped = acceptsGzip && !isJson ? gzippedWireBytesOf(response) : undefined;
  if (gzipped) {
    headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(gzipped);
    return;
  }
  const payload: Buffer = isJson
    ? Buffer.from(JSON.stringify(method.responseType.toObject(response, JSON_OUT)))
    : asBuffer(method.responseType.encode(response).finish());
  if (acceptsGzip && payload.length >= COMPRESS_MIN_BYTES) {
    headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(gzipAnswer(payload));
  } else {
    res.writeHead(200, headers);
    res.end(payload);
  }
}

/** The request from protobuf bytes: the method's own decoder when it has one (push: bounded), else the generated one. */
function decodeProto(method: BoundMethod, body: Uint8Array): object {
  try {
    return method.decodeRequest ? method.decodeRequest(body) : method.requestType.decode(body);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw invalidArgument(`cannot decode ${method.service}/${method.method} request as protobuf: ${(err as Error).message}`);
  }
}

/** The request from proto3 JSON, its size bounded before JSON.parse and its shape checked before fromObject. */
function decodeJson(method: BoundMethod, body: Uint8Array): object {
  const maxObjects = method.maxJsonObjects?.() ?? Infinity;
  if (Number.isFinite(maxObjects)) {
    const objects = countJsonObjects(body);
    if (objects > maxObjects) {
      throw requestTooLarge(`${method.service}/${method.method} JSON request has ${objects} objects, more than a request within the limits can hold (${maxObjects}; see max-series-per-request, max-profiles-per-request, max-label-names-per-series)`);
    }
  }
  let parsed: unknown;
  try {
    parsed = camelCaseKeys(JSON.parse(Buffer.from(body).toString('utf8') || '{}'));
  } catch (err) {
    throw invalidArgument(`cannot decode ${method.service}/${method.method} request as JSON: ${(err as Error).message}`);
  }
  method.checkJson?.(parsed);
  try {
    return withExactInt64(() => method.requestType.fromObject(parsed as Record<string, unknown>));
  } catch (err) {
    throw invalidArgument(`cannot decode ${method.service}/${method.method} request as JSON: ${(err as Error).message}`);
  }
}

/**
 * Inflates a Content-Encoding: gzip request body, bounded by the request body limit (the inflated message is
 * what the limit protects). inflateProfile's own 413 names the profile limit, which does not apply here.
 */
function gunzipRequestBody(body: Uint8Array, limit: number): Uint8Array {
  try {
    return inflateProfile(body, limit);
  } catch (err) {
    if (err instanceof ApiError && httpStatusOf(err) === 413) {
      throw tooLarge(`request body (Content-Encoding: gzip) inflates past ${limit} bytes: limit max-request-body-size (${limit} bytes) exceeded`);
    }
    throw err;
  }
}

export function sendConnectError(res: ServerResponse, err: ApiError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status = httpStatusOf(err);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (status === 413) headers['connection'] = 'close';
  sendComplete(res, status, headers, JSON.stringify({ code: err.code, message: err.message }));
}

/** proto3 JSON accepts original (snake_case) field names too; the generated classes know camelCase. */
function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k.includes('_') ? k.replace(/_([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase()) : k] = camelCaseKeys(v);
  return out;
}
