// A GCS JSON-API test server: the subset of Google Cloud Storage that @google-cloud/storage uses, with
// GCS's status codes, error bodies, headers and upload protocols (media, multipart, resumable with 308
// and Range), plus fault injection and request counters for tests and benchmarks.
//
// Paths served (with or without the /storage/v1 prefix, because the client drops it when
// STORAGE_EMULATOR_HOST is set):
//   GET/POST /b, GET/DELETE /b/{bucket}, GET /b/{bucket}/o, GET/PATCH/DELETE /b/{bucket}/o/{object},
//   POST/PUT/DELETE /upload/storage/v1/b/{bucket}/o, GET /download/storage/v1/b/{bucket}/o/{object}.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Faults, type RequestKind } from './faults.ts';
import { crc32cBase64, crc32cUpdate } from './crc32c.ts';
import { errorBody, httpError, HttpError, parseContentRange, parseMultipart, parseRange, readBody, readSomeOfBody, sendReply, type Reply } from './http-util.ts';
import { newSessionId, ObjectStore, preconditionsHold, type Preconditions, type StoredObject, type UploadSession } from './store.ts';
import { filterFields } from './fields.ts';

export interface GcsServerOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Buckets that exist from the start. */
  buckets?: string[];
  /** Seed for the share-based faults. */
  seed?: number;
  /** Receives one line per request (method, path, kind, status): how to see what a client really sends. */
  log?: (line: string) => void;
}

export interface GcsServerStats {
  requests: Partial<Record<RequestKind, number>>;
  /** Objects created or replaced (completed uploads). */
  objectsWritten: number;
  bytesWritten: number;
  bytesRead: number;
  /** Downloads answered 206 with part of the object (a Range request). */
  rangedDownloads: number;
}

export interface GcsServer {
  /** e.g. http://127.0.0.1:40123 — usable as STORAGE_EMULATOR_HOST or as apiEndpoint. */
  url: string;
  host: string;
  port: number;
  faults: Faults;
  /** The stored buckets and objects, for inspection and seeding. */
  objects: ObjectStore;
  stats(): GcsServerStats;
  resetStats(): void;
  stop(): Promise<void>;
}

/** Non-final chunks of a resumable upload are persisted in multiples of this, as GCS does. */
const RESUMABLE_QUANTUM = 256 * 1024;
const MAX_OBJECT_NAME_BYTES = 1024;
const BUCKET_NAME = /^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/;

interface Route {
  kind: RequestKind;
  bucket?: string;
  object?: string;
}

interface Context {
  req: IncomingMessage;
  query: URLSearchParams;
  route: Route;
  baseUrl: string;
  body(): Promise<Buffer>;
}

export async function startGcsServer(options: GcsServerOptions = {}): Promise<GcsServer> {
  const store = new ObjectStore();
  for (const name of options.buckets ?? []) store.createBucket(name);
  const faults = new Faults(options.seed);
  const sessions = new Map<string, UploadSession & { cancelled?: boolean }>();
  let stats = emptyStats();
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.log?.(`internal error: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    let route: Route;
    let unroutable: HttpError | undefined;
    try {
      route = classify(method, url, req);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      route = { kind: 'unknown' };
      unroutable = err;
    }
    stats.requests[route.kind] = (stats.requests[route.kind] ?? 0) + 1;
    const decision = faults.decide({ method, path: url.pathname, kind: route.kind });
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    const action = decision.action;
    if (action?.type === 'drop' && action.phase === 'request') {
      options.log?.(`${method} ${url.pathname}${url.search} [${route.kind}] -> connection dropped mid-request`);
      const socket = req.socket; // captured first: reading part of the body and stopping detaches it from req
      const length = Number(req.headers['content-length'] ?? 'NaN');
      if (req.headers['transfer-encoding'] || length > 0) await readSomeOfBody(req, Number.isFinite(length) ? Math.max(1, Math.floor(length / 2)) : 1);
      socket.destroy();
      return;
    }
    let reply: Reply;
    if (action?.type === 'status') {
      await readBody(req, undefined); // an error answer still consumes the request, so the connection stays usable
      reply = errorReply(httpError(action.status));
    } else {
      const baseUrl = `http://${req.headers.host ?? 'localhost'}`;
      let bodyPromise: Promise<Buffer> | undefined;
      const ctx: Context = { req, query: url.searchParams, route, baseUrl, body: () => (bodyPromise ??= readBody(req, faults.bandwidthBytesPerSecond)) };
      try {
        if (unroutable) throw unroutable;
        reply = await dispatch(method, url, ctx);
        const fields = url.searchParams.get('fields');
        if (fields && reply.status < 300 && reply.headers?.['Content-Type'] === JSON_TYPE && reply.body) {
          reply = { ...reply, body: Buffer.from(JSON.stringify(filterFields(JSON.parse(reply.body.toString('utf8')) as unknown, fields))) };
        }
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        reply = errorReply(err);
      }
      if (!req.complete) await ctx.body(); // never answer before the request has been read
    }
    const drop = action?.type === 'drop' && action.phase === 'response';
    options.log?.(`${method} ${url.pathname}${url.search} [${route.kind}] -> ${reply.status}${drop ? ' (connection dropped mid-response)' : ''}`);
    await sendReply(res, reply, { bytesPerSecond: faults.bandwidthBytesPerSecond, dropMidway: drop });
  }

  function classify(method: string, url: URL, req: IncomingMessage): Route {
    const path = url.pathname;
    if (path.startsWith('/upload/storage/v1/b/')) {
      const [bucket, o] = segments(path.slice('/upload/storage/v1/b/'.length));
      if (!bucket || o !== 'o') throw httpError(404);
      const uploadType = url.searchParams.get('uploadType');
      if (method === 'POST') {
        if (uploadType === 'multipart') return { kind: 'upload.multipart', bucket };
        if (uploadType === 'resumable') return { kind: 'upload.resumable.start', bucket };
        return { kind: 'upload.media', bucket };
      }
      if (method === 'PUT') {
        const range = req.headers['content-range'];
        return { kind: typeof range === 'string' && range.trim().startsWith('bytes */') ? 'upload.resumable.status' : 'upload.resumable.chunk', bucket };
      }
      if (method === 'DELETE') return { kind: 'upload.resumable.cancel', bucket };
      throw httpError(405);
    }
    if (path.startsWith('/download/storage/v1/b/')) {
      const [bucket, o, ...rest] = segments(path.slice('/download/storage/v1/b/'.length));
      if (!bucket || o !== 'o' || rest.length === 0) throw httpError(404);
      return { kind: 'object.download', bucket, object: rest.join('/') };
    }
    const jsonPath = path.startsWith('/storage/v1/') ? path.slice('/storage/v1'.length) : path;
    const [empty, b, bucket, o, ...rest] = segments(jsonPath);
    if (empty !== '' || b !== 'b') throw httpError(404);
    if (bucket === undefined || bucket === '') return { kind: method === 'POST' ? 'bucket.insert' : 'bucket.list' };
    if (o === undefined) return { kind: method === 'DELETE' ? 'bucket.delete' : 'bucket.get', bucket };
    if (o !== 'o') throw httpError(404);
    if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) return { kind: 'object.list', bucket };
    const object = rest.join('/');
    if (method === 'DELETE') return { kind: 'object.delete', bucket, object };
    if (method === 'PATCH') return { kind: 'object.patch', bucket, object };
    return { kind: url.searchParams.get('alt') === 'media' ? 'object.download' : 'object.get', bucket, object };
  }

  async function dispatch(method: string, url: URL, ctx: Context): Promise<Reply> {
    const { kind } = ctx.route;
    switch (kind) {
      case 'bucket.list':
        if (method !== 'GET') throw httpError(405);
        return json(200, { kind: 'storage#buckets', items: [...store.buckets.values()].map((b) => bucketResource(b.name, ctx.baseUrl)) });
      case 'bucket.insert':
        return insertBucket(ctx);
      case 'bucket.get':
        if (method !== 'GET') throw httpError(405);
        requireBucket(ctx.route.bucket!);
        return json(200, bucketResource(ctx.route.bucket!, ctx.baseUrl));
      case 'bucket.delete': {
        const bucket = requireBucket(ctx.route.bucket!);
        if (bucket.objects.size > 0) throw httpError(409, 'The bucket you tried to delete is not empty.');
        store.buckets.delete(bucket.name);
        return { status: 204 };
      }
      case 'object.list':
        if (method !== 'GET') throw httpError(405);
        return listObjects(ctx);
      case 'object.get':
        if (method !== 'GET') throw httpError(405);
        return json(200, objectResource(readableObject(ctx), ctx.baseUrl));
      case 'object.download':
        return download(ctx);
      case 'object.delete': {
        const object = readableObject(ctx);
        store.delete(object.bucket, object.name);
        return { status: 204 };
      }
      case 'object.patch':
        return patchObject(ctx);
      case 'upload.media':
      case 'upload.multipart':
        return simpleUpload(ctx);
      case 'upload.resumable.start':
        return startResumable(ctx);
      case 'upload.resumable.chunk':
      case 'upload.resumable.status':
        return continueResumable(ctx);
      case 'upload.resumable.cancel': {
        const session = sessions.get(ctx.query.get('upload_id') ?? '');
        if (!session) throw httpError(404, 'No such upload session.');
        session.cancelled = true;
        return { status: 499 };
      }
      case 'unknown':
        throw httpError(404);
    }
  }

  async function insertBucket(ctx: Context): Promise<Reply> {
    const body = await ctx.body();
    let resource: { name?: unknown };
    try {
      resource = JSON.parse(body.toString('utf8') || '{}') as { name?: unknown };
    } catch {
      throw httpError(400, 'Parse Error', 'parseError');
    }
    const name = typeof resource.name === 'string' ? resource.name : ctx.query.get('name');
    if (!name) throw httpError(400, 'Required', 'required');
    if (!BUCKET_NAME.test(name)) throw httpError(400, 'Invalid bucket name: ' + JSON.stringify(name));
    if (store.bucket(name)) throw httpError(409, 'Your previous request to create the named bucket succeeded and you already own it.');
    store.createBucket(name);
    return json(200, bucketResource(name, ctx.baseUrl));
  }

  function listObjects(ctx: Context): Reply {
    requireBucket(ctx.route.bucket!);
    const q = ctx.query;
    const maxResults = q.has('maxResults') ? Number(q.get('maxResults')) : 1000;
    if (!Number.isInteger(maxResults) || maxResults < 0) throw httpError(400, `Invalid value for maxResults: ${q.get('maxResults')}`);
    const page = store.list(ctx.route.bucket!, {
      prefix: q.get('prefix') ?? undefined,
      delimiter: q.get('delimiter') ?? undefined,
      maxResults: Math.min(maxResults || 1000, 1000),
      pageToken: q.get('pageToken') ?? undefined,
      startOffset: q.get('startOffset') ?? undefined,
      endOffset: q.get('endOffset') ?? undefined,
      includeTrailingDelimiter: q.get('includeTrailingDelimiter') === 'true',
    });
    const body: Record<string, unknown> = { kind: 'storage#objects' };
    if (page.nextPageToken) body.nextPageToken = page.nextPageToken;
    if (page.prefixes.length) body.prefixes = page.prefixes;
    if (page.items.length) body.items = page.items.map((o) => objectResource(o, ctx.baseUrl));
    return json(200, body);
  }

  function download(ctx: Context): Reply {
    const object = readableObject(ctx);
    const headers: Record<string, string | number> = {
      'Content-Type': object.contentType,
      'X-Goog-Hash': `crc32c=${object.crc32c},md5=${object.md5Hash}`,
      'X-Goog-Generation': String(object.generation),
      'X-Goog-Metageneration': String(object.metageneration),
      'X-Goog-Stored-Content-Encoding': 'identity',
      'X-Goog-Stored-Content-Length': object.data.length,
      'X-Goog-Storage-Class': 'STANDARD',
      ETag: `"${etag(object)}"`,
      'Last-Modified': new Date(object.updated).toUTCString(),
      'Accept-Ranges': 'bytes',
    };
    const range = parseRange(header(ctx.req, 'range'), object.data.length);
    stats.bytesRead += range ? range.end - range.start + 1 : object.data.length;
    if (!range) return { status: 200, headers, body: object.data };
    stats.rangedDownloads++;
    return {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${object.data.length}` },
      body: object.data.subarray(range.start, range.end + 1),
    };
  }

  async function patchObject(ctx: Context): Promise<Reply> {
    const object = readableObject(ctx);
    let patch: { contentType?: unknown; metadata?: unknown };
    try {
      patch = JSON.parse((await ctx.body()).toString('utf8') || '{}') as typeof patch;
    } catch {
      throw httpError(400, 'Parse Error', 'parseError');
    }
    if (typeof patch.contentType === 'string') object.contentType = patch.contentType;
    if (patch.metadata && typeof patch.metadata === 'object') {
      for (const [key, value] of Object.entries(patch.metadata as Record<string, unknown>)) {
        if (value === null) delete object.metadata[key];
        else object.metadata[key] = String(value);
      }
    }
    object.metageneration++;
    object.updated = new Date().toISOString();
    return json(200, objectResource(object, ctx.baseUrl));
  }

  async function simpleUpload(ctx: Context): Promise<Reply> {
    const bucket = ctx.route.bucket!;
    requireBucket(bucket);
    const preconditions = readPreconditions(ctx.query);
    const body = await ctx.body();
    let name = ctx.query.get('name') ?? undefined;
    let contentType = header(ctx.req, 'content-type') ?? 'application/octet-stream';
    let data = body;
    let metadata: Record<string, string> = {};
    let expected: { crc32c?: string; md5Hash?: string } = {};
    if (ctx.route.kind === 'upload.multipart') {
      const parts = parseMultipart(body, contentType);
      if (parts.length !== 2) throw httpError(400, `Multipart upload needs 2 parts (metadata, media), got ${parts.length}.`);
      let resource: { name?: unknown; contentType?: unknown; metadata?: unknown; crc32c?: unknown; md5Hash?: unknown };
      try {
        resource = JSON.parse(parts[0]!.body.toString('utf8') || '{}') as typeof resource;
      } catch {
        throw httpError(400, 'Parse Error', 'parseError');
      }
      if (typeof resource.name === 'string' && resource.name) name = resource.name;
      contentType = typeof resource.contentType === 'string' ? resource.contentType : (parts[1]!.headers['content-type'] ?? 'application/octet-stream');
      metadata = stringRecord(resource.metadata);
      expected = { crc32c: optionalString(resource.crc32c), md5Hash: optionalString(resource.md5Hash) };
      data = parts[1]!.body;
    }
    validateObjectName(name);
    return json(200, objectResource(commit(bucket, name!, data, { contentType, metadata, preconditions, expected: { ...expected, ...hashHeader(ctx.req) } }), ctx.baseUrl));
  }

  async function startResumable(ctx: Context): Promise<Reply> {
    const bucket = ctx.route.bucket!;
    requireBucket(bucket);
    const body = await ctx.body();
    let resource: { name?: unknown; contentType?: unknown; metadata?: unknown };
    try {
      resource = JSON.parse(body.toString('utf8') || '{}') as typeof resource;
    } catch {
      throw httpError(400, 'Parse Error', 'parseError');
    }
    const name = ctx.query.get('name') ?? (typeof resource.name === 'string' ? resource.name : undefined);
    validateObjectName(name);
    const preconditions = readPreconditions(ctx.query);
    if (!preconditionsHold(preconditions, store.get(bucket, name!))) throw httpError(412);
    const declared = header(ctx.req, 'x-upload-content-length');
    const session: UploadSession = {
      id: newSessionId(),
      bucket,
      name: name!,
      contentType: header(ctx.req, 'x-upload-content-type') ?? optionalString(resource.contentType) ?? 'application/octet-stream',
      metadata: stringRecord(resource.metadata),
      preconditions,
      chunks: [],
      received: 0,
      total: declared !== undefined ? Number(declared) : undefined,
    };
    sessions.set(session.id, session);
    const location = `${ctx.baseUrl}/upload/storage/v1/b/${encodeURIComponent(bucket)}/o?uploadType=resumable&name=${encodeURIComponent(name!)}&upload_id=${session.id}`;
    return { status: 200, headers: { Location: location, 'X-GUploader-UploadID': session.id, 'Content-Type': 'text/plain; charset=utf-8' } };
  }

  async function continueResumable(ctx: Context): Promise<Reply> {
    const session = sessions.get(ctx.query.get('upload_id') ?? '');
    if (!session) throw httpError(404, 'No such upload session.');
    const body = await ctx.body();
    if (session.cancelled) return { status: 499 };
    if (session.result) return json(200, objectResource(session.result, ctx.baseUrl));
    const range = parseContentRange(header(ctx.req, 'content-range')) ?? { start: 0, end: undefined, total: body.length };
    if (range.total !== undefined) {
      if (session.total !== undefined && session.total !== range.total) throw httpError(400, `Content-Range total ${range.total} differs from the declared upload length ${session.total}.`);
      session.total = range.total;
    }
    let final: boolean;
    if (range.start === undefined) {
      if (body.length > 0) throw httpError(400, 'A status query (Content-Range: bytes */…) must have an empty body.');
      final = session.total !== undefined && session.total === session.received;
    } else {
      if (range.end !== undefined && range.end - range.start + 1 !== body.length) {
        throw httpError(400, `Content-Range ${header(ctx.req, 'content-range')} does not match the ${body.length} bytes sent.`);
      }
      if (range.start > session.received) {
        throw httpError(400, `Invalid request: the chunk starts at byte ${range.start}, but only ${session.received} bytes have been persisted.`);
      }
      let fresh = body.subarray(session.received - range.start); // bytes already persisted are skipped
      const after = session.received + fresh.length;
      if (session.total !== undefined && after > session.total) throw httpError(400, `Upload exceeds the declared length ${session.total}.`);
      final = range.end === undefined || (session.total !== undefined && after === session.total);
      if (!final) fresh = fresh.subarray(0, Math.floor(after / RESUMABLE_QUANTUM) * RESUMABLE_QUANTUM - session.received);
      if (fresh.length > 0) session.chunks.push(Buffer.from(fresh));
      session.received += fresh.length;
    }
    if (!final) {
      const headers: Record<string, string> = {};
      if (session.received > 0) headers.Range = `bytes=0-${session.received - 1}`;
      return { status: 308, headers };
    }
    const data = Buffer.concat(session.chunks);
    session.chunks = [data];
    const object = commit(session.bucket, session.name, data, {
      contentType: session.contentType,
      metadata: session.metadata,
      preconditions: session.preconditions,
      expected: hashHeader(ctx.req),
    });
    session.result = object;
    session.chunks = [];
    return json(200, objectResource(object, ctx.baseUrl));
  }

  /** Stores a completed upload after checking checksums the client sent and the preconditions. */
  function commit(
    bucket: string,
    name: string,
    data: Buffer,
    options: { contentType: string; metadata: Record<string, string>; preconditions: Preconditions; expected: { crc32c?: string; md5Hash?: string } },
  ): StoredObject {
    requireBucket(bucket);
    const crc32c = crc32cBase64(crc32cUpdate(0, data));
    if (options.expected.crc32c !== undefined && options.expected.crc32c !== crc32c) {
      throw httpError(400, `Provided CRC32C "${options.expected.crc32c}" doesn't match calculated CRC32C "${crc32c}".`);
    }
    const md5 = createHash('md5').update(data).digest('base64');
    if (options.expected.md5Hash !== undefined && options.expected.md5Hash !== md5) {
      throw httpError(400, `Provided MD5 hash "${options.expected.md5Hash}" doesn't match calculated MD5 hash "${md5}".`);
    }
    if (!preconditionsHold(options.preconditions, store.get(bucket, name))) throw httpError(412);
    stats.objectsWritten++;
    stats.bytesWritten += data.length;
    return store.put(bucket, name, data, { contentType: options.contentType, metadata: options.metadata });
  }

  function requireBucket(name: string) {
    const bucket = store.bucket(name);
    if (!bucket) throw httpError(404, 'The specified bucket does not exist.');
    return bucket;
  }

  /** The object a GET/DELETE/PATCH addresses, after the generation selector and preconditions. */
  function readableObject(ctx: Context): StoredObject {
    const { bucket, object: name } = ctx.route;
    requireBucket(bucket!);
    const object = store.get(bucket!, name!);
    const generation = ctx.query.get('generation');
    if (!object || (generation !== null && Number(generation) !== object.generation)) throw httpError(404, `No such object: ${bucket}/${name}`);
    const p = readPreconditions(ctx.query);
    if (!preconditionsHold(p, object)) {
      // For reads, a failed "not match" condition means "you have it already", as in HTTP.
      const readOnly = ctx.route.kind === 'object.get' || ctx.route.kind === 'object.download';
      const notMatchFailed = (p.ifGenerationNotMatch !== undefined && p.ifGenerationNotMatch === object.generation) || (p.ifMetagenerationNotMatch !== undefined && p.ifMetagenerationNotMatch === object.metageneration);
      if (readOnly && notMatchFailed) throw new HttpError(304, 'Not Modified', 'notModified');
      throw httpError(412);
    }
    return object;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.address;
  return {
    url: `http://${host}:${address.port}`,
    host,
    port: address.port,
    faults,
    objects: store,
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = emptyStats();
    },
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

const JSON_TYPE = 'application/json; charset=UTF-8';

function json(status: number, body: unknown): Reply {
  return { status, headers: { 'Content-Type': JSON_TYPE }, body: Buffer.from(JSON.stringify(body)) };
}

function errorReply(error: HttpError): Reply {
  if (error.status === 304) return { status: 304 };
  return { status: error.status, headers: { 'Content-Type': JSON_TYPE, ...error.headers }, body: errorBody(error) };
}

function emptyStats(): GcsServerStats {
  return { requests: {}, objectsWritten: 0, bytesWritten: 0, bytesRead: 0, rangedDownloads: 0 };
}

/** Splits a path into decoded segments; an object name's "/" may arrive raw or as %2F. */
function segments(path: string): string[] {
  try {
    return path.split('/').map((s) => decodeURIComponent(s));
  } catch {
    throw httpError(400, 'Invalid percent-encoding in the request path.');
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function hashHeader(req: IncomingMessage): { crc32c?: string; md5Hash?: string } {
  const result: { crc32c?: string; md5Hash?: string } = {};
  for (const pair of (header(req, 'x-goog-hash') ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (key === 'crc32c') result.crc32c = value;
    if (key === 'md5') result.md5Hash = value;
  }
  return result;
}

function readPreconditions(q: URLSearchParams): Preconditions {
  const read = (key: string): number | undefined => {
    const raw = q.get(key);
    if (raw === null) return undefined;
    if (!/^-?\d+$/.test(raw)) throw httpError(400, `Invalid value for ${key}: ${raw}`);
    return Number(raw);
  };
  return {
    ifGenerationMatch: read('ifGenerationMatch'),
    ifGenerationNotMatch: read('ifGenerationNotMatch'),
    ifMetagenerationMatch: read('ifMetagenerationMatch'),
    ifMetagenerationNotMatch: read('ifMetagenerationNotMatch'),
  };
}

function validateObjectName(name: string | undefined): void {
  if (!name) throw httpError(400, 'Required', 'required');
  if (Buffer.byteLength(name) > MAX_OBJECT_NAME_BYTES) throw httpError(400, 'The maximum object length is 1024 characters, but got a name with ' + Buffer.byteLength(name) + ' characters.');
  if (/[\r\n]/.test(name)) throw httpError(400, 'Object names must not contain carriage return or line feed characters.');
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null).map(([k, v]) => [k, String(v)]));
}

function etag(object: StoredObject): string {
  return Buffer.from(`${object.generation}/${object.metageneration}`).toString('base64');
}

function objectResource(object: StoredObject, baseUrl: string): Record<string, unknown> {
  const encoded = encodeURIComponent(object.name);
  const resource: Record<string, unknown> = {
    kind: 'storage#object',
    id: `${object.bucket}/${object.name}/${object.generation}`,
    selfLink: `${baseUrl}/storage/v1/b/${object.bucket}/o/${encoded}`,
    mediaLink: `${baseUrl}/download/storage/v1/b/${object.bucket}/o/${encoded}?generation=${object.generation}&alt=media`,
    name: object.name,
    bucket: object.bucket,
    generation: String(object.generation),
    metageneration: String(object.metageneration),
    contentType: object.contentType,
    storageClass: 'STANDARD',
    size: String(object.data.length),
    md5Hash: object.md5Hash,
    crc32c: object.crc32c,
    etag: etag(object),
    timeCreated: object.timeCreated,
    updated: object.updated,
    timeStorageClassUpdated: object.timeCreated,
  };
  if (Object.keys(object.metadata).length > 0) resource.metadata = object.metadata;
  return resource;
}

function bucketResource(name: string, baseUrl: string): Record<string, unknown> {
  return {
    kind: 'storage#bucket',
    id: name,
    selfLink: `${baseUrl}/storage/v1/b/${name}`,
    projectNumber: '0',
    name,
    metageneration: '1',
    location: 'US',
    storageClass: 'STANDARD',
    etag: 'CAE=',
    locationType: 'multi-region',
  };
}
