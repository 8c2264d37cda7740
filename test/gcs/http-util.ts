// Request/response plumbing for the GCS test server: bodies read and written under the bandwidth cap,
// GCS-shaped error bodies, range and multipart parsing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const DEFAULT_REASONS: Record<number, [string, string]> = {
  400: ['invalid', 'Invalid argument.'],
  401: ['required', 'Anonymous caller does not have storage.objects.get access.'],
  403: ['forbidden', 'Access denied.'],
  404: ['notFound', 'Not Found'],
  408: ['requestTimeout', 'Request timeout.'],
  409: ['conflict', 'Conflict.'],
  412: ['conditionNotMet', 'At least one of the pre-conditions you specified did not hold.'],
  416: ['requestedRangeNotSatisfiable', 'The requested range cannot be satisfied.'],
  429: ['rateLimitExceeded', 'The rate of change requests to the object is too high. Please slow down.'],
  500: ['backendError', 'We encountered an internal error. Please try again.'],
  502: ['backendError', 'Bad gateway.'],
  503: ['backendError', 'We encountered an internal error. Please try again.'],
  504: ['backendError', 'Gateway timeout.'],
};

/** An error as GCS's JSON API reports it, with the usual reason and message for the status. */
export function httpError(status: number, message?: string, reason?: string): HttpError {
  const [defaultReason, defaultMessage] = DEFAULT_REASONS[status] ?? ['unknown', `HTTP ${status}`];
  return new HttpError(status, message ?? defaultMessage, reason ?? defaultReason);
}

export function errorBody(error: HttpError): Buffer {
  return Buffer.from(
    JSON.stringify({ error: { code: error.status, message: error.message, errors: [{ message: error.message, domain: 'global', reason: error.reason }] } }),
  );
}

/** Throttles a stream of chunks to a byte rate: waits until `bytes` would have been allowed by now. */
export class Throttle {
  private bytes = 0;
  private readonly started = Date.now();
  constructor(private readonly bytesPerSecond: number | undefined) {}
  async take(n: number): Promise<void> {
    if (!this.bytesPerSecond) return;
    this.bytes += n;
    const due = this.started + (this.bytes / this.bytesPerSecond) * 1000;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
  }
}

export async function readBody(req: IncomingMessage, bytesPerSecond: number | undefined): Promise<Buffer> {
  const throttle = new Throttle(bytesPerSecond);
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    await throttle.take(buffer.length);
  }
  return Buffer.concat(chunks);
}

/** Reads at most about `limit` bytes of the body (or all of a shorter one), for cutting a request midway. */
export async function readSomeOfBody(req: IncomingMessage, limit: number): Promise<void> {
  let seen = 0;
  for await (const chunk of req) {
    seen += (chunk as Buffer).length;
    if (seen >= limit) return;
  }
}

export interface Reply {
  status: number;
  headers?: Record<string, string | number>;
  body?: Buffer;
}

/**
 * Writes a reply under the bandwidth cap. With `dropMidway` the headers and half the body go out and
 * then the socket is destroyed, as a connection lost in the middle of a response.
 */
export async function sendReply(res: ServerResponse, reply: Reply, options: { bytesPerSecond?: number; dropMidway?: boolean }): Promise<void> {
  const body = reply.body ?? Buffer.alloc(0);
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': body.length });
  if (options.dropMidway) {
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    // Give the half body a chance to reach the client before the connection is cut.
    await new Promise<void>((resolve) => res.socket ? res.socket.write('', () => resolve()) : resolve());
    res.socket?.destroy();
    return;
  }
  if (!options.bytesPerSecond) {
    res.end(body);
    return;
  }
  const throttle = new Throttle(options.bytesPerSecond);
  const slice = 64 * 1024;
  for (let offset = 0; offset < body.length; offset += slice) {
    const part = body.subarray(offset, offset + slice);
    if (!res.write(part)) await new Promise((resolve) => res.once('drain', resolve));
    await throttle.take(part.length);
    if (res.destroyed) return;
  }
  res.end();
}

export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

/**
 * Parses a Range header for an object of `size` bytes (`bytes=a-b`, `bytes=a-`, `bytes=-n`), as GCS serves
 * downloads (https://cloud.google.com/storage/docs/downloads: a GET with an optional Range header; JSON API
 * status codes, https://cloud.google.com/storage/docs/json_api/v1/status-codes: 416 Requested Range Not
 * Satisfiable). An end past the object is cut to its last byte (206 with what exists).
 * Returns undefined for no (or an unparsable) header, which GCS answers with the whole object.
 * Throws 416 when the range starts at or beyond the end, with `Content-Range: bytes *\/<size>` as RFC 9110
 * §15.5.17 asks of a 416 to a byte-range request (the client can learn the size from it).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) throw unsatisfiable(size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) throw unsatisfiable(size);
  return { start, end };
}

function unsatisfiable(size: number): HttpError {
  const [reason, message] = DEFAULT_REASONS[416]!;
  return new HttpError(416, message, reason, { 'Content-Range': `bytes */${size}` });
}

export interface ContentRange {
  /** Undefined for a status query (a star instead of the first and last byte). */
  start?: number;
  /** Inclusive; undefined when given as `*` (the rest of the object is in this request). */
  end?: number;
  total?: number;
}

// Parses a resumable upload's Content-Range: `bytes a-b/N`, `bytes a-b/*`, `bytes a-*/N`, `bytes */N`, `bytes */*`.
export function parseContentRange(header: string | undefined): ContentRange | undefined {
  if (header === undefined) return undefined;
  const m = /^bytes (?:(\*)|(\d+)-(\d+|\*))\/(\d+|\*)$/.exec(header.trim());
  if (!m) throw httpError(400, `Failed to parse Content-Range header: ${header}`);
  const total = m[4] === '*' ? undefined : Number(m[4]);
  if (m[1] === '*') return { total };
  return { start: Number(m[2]), end: m[3] === '*' ? undefined : Number(m[3]), total };
}

export interface MultipartPart {
  headers: Record<string, string>;
  body: Buffer;
}

/** Splits a multipart/related body (RFC 2387) into its parts. */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw httpError(400, 'Missing boundary in multipart body.');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw httpError(400, 'Malformed multipart body.');
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, position);
    if (next < 0) throw httpError(400, 'Malformed multipart body: missing closing boundary.');
    // The part is CRLF headers CRLF CRLF body CRLF, then the next delimiter.
    const raw = body.subarray(position, next);
    const headerEnd = raw.indexOf('\r\n\r\n');
    if (headerEnd < 0) throw httpError(400, 'Malformed multipart body: part without headers.');
    const headers: Record<string, string> = {};
    for (const line of raw.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    let end = raw.length;
    if (raw[end - 2] === 0x0d && raw[end - 1] === 0x0a) end -= 2;
    parts.push({ headers, body: raw.subarray(headerEnd + 4, end) });
    position = next;
  }
  return parts;
}
