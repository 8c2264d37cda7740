// Helpers for the acceptance tests: the write protocols as a client speaks them (gRPC, Connect proto and
// JSON, the SDK's /ingest raw and multipart), raw HTTP answers (status + body, never thrown), and the
// expected profile names of /ingest uploads, written down from the documented rule rather than imported
// from the code under test.
import { gunzipSync, gzipSync } from 'node:zlib';
import { push } from '../../ingester/src/gen/index.ts';
import { createGrpcClient, type GrpcClient } from '../../ingester/src/server/grpc.ts';
import { isGzip } from '../../ingester/src/pprof/inflate.ts';
import type { IngesterProcess } from '../ingester/harness.ts';
import { eventually as pollUntil } from '../../ingester/src/util/eventually.ts';

export interface HttpAnswer {
  status: number;
  body: string;
  contentType: string;
}

/** The gRPC address the ingester logged in its "started" line. */
export function grpcAddressOf(ing: IngesterProcess): string {
  for (const line of ing.logs) {
    try {
      const entry = JSON.parse(line) as { message?: string; grpc?: string };
      if (entry.message === 'started' && entry.grpc) return entry.grpc;
    } catch {
      // not JSON
    }
  }
  throw new Error('the ingester never logged its gRPC address');
}

export const pusherClient = (ing: IngesterProcess): GrpcClient => createGrpcClient('push.v1.PusherService', grpcAddressOf(ing), { defaultDeadlineMs: 30_000 });

export type Labels = Record<string, string>;

export function pushRequest(raw: Uint8Array, labels: Labels, id: string): push.v1.PushRequest {
  return push.v1.PushRequest.create({
    series: [{ labels: Object.entries(labels).map(([name, value]) => ({ name, value })), samples: [{ rawProfile: raw, ID: id }] }],
  });
}

/** The same request in proto3 JSON: camelCase field names, bytes as base64. */
export function pushRequestJson(raw: Uint8Array, labels: Labels, id: string): string {
  return JSON.stringify({
    series: [{ labels: Object.entries(labels).map(([name, value]) => ({ name, value })), samples: [{ rawProfile: Buffer.from(raw).toString('base64'), ID: id }] }],
  });
}

export async function post(url: string, body: Uint8Array | string, headers: Record<string, string>): Promise<HttpAnswer> {
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type') ?? '' };
}

export const connectPushProto = (base: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<HttpAnswer> =>
  post(`${base}/push.v1.PusherService/Push`, body, { 'content-type': 'application/proto', 'connect-protocol-version': '1', ...headers });

export const connectPushJson = (base: string, body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> =>
  post(`${base}/push.v1.PusherService/Push`, body, { 'content-type': 'application/json', 'connect-protocol-version': '1', ...headers });

export interface IngestQuery {
  name: string;
  spyName?: string;
  from?: number;
  until?: number;
  format?: string;
}

export function ingestUrl(base: string, q: IngestQuery): string {
  const now = Math.floor(Date.now() / 1000);
  const params = new URLSearchParams({ name: q.name, from: String(q.from ?? now), until: String(q.until ?? now), format: q.format ?? 'pprof', spyName: q.spyName ?? 'gospy' });
  return `${base}/ingest?${params.toString()}`;
}

/** POST /ingest with the pprof as the raw body, as @pyroscope/nodejs sends it. */
export const ingestRaw = (base: string, q: IngestQuery, body: Uint8Array | string, contentType = 'application/octet-stream'): Promise<HttpAnswer> =>
  post(ingestUrl(base, q), body, { 'content-type': contentType });

/** A multipart/form-data body with the given parts (file parts when a filename is given). */
export function multipartBody(parts: Array<{ name: string; data: Uint8Array; filename?: string }>): { body: Buffer; contentType: string } {
  const boundary = `----acceptance${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POST /ingest with the pprof as the multipart part "profile", as the Go and other SDKs send it. */
export function ingestMultipart(base: string, q: IngestQuery, profile: Uint8Array): Promise<HttpAnswer> {
  const { body, contentType } = multipartBody([{ name: 'profile', filename: 'profile.pprof', data: profile }]);
  return post(ingestUrl(base, q), body, { 'content-type': contentType });
}

export const gzipped = (raw: Uint8Array): Buffer => (isGzip(raw) ? Buffer.from(raw) : gzipSync(raw));
export const plain = (raw: Uint8Array): Buffer => (isGzip(raw) ? gunzipSync(raw) : Buffer.from(raw));

/**
 * The __name__ /ingest gives a pprof upload, by its sample type names (Pyroscope's rule, as documented in
 * ingest/profile-name.ts): "wall" anywhere wins; otherwise the first type that contains "cpu" →
 * process_cpu, alloc_/inuse_ or exactly space/objects → memory, mutex_ → mutex, block_ → block,
 * goroutines → goroutines; none of these → the last sample type's own name.
 */
export function expectedIngestName(sampleTypes: readonly string[]): string {
  if (sampleTypes.includes('wall')) return 'wall';
  for (const t of sampleTypes) {
    if (t.includes('cpu')) return 'process_cpu';
    if (t.includes('alloc_') || t.includes('inuse_') || t === 'space' || t === 'objects') return 'memory';
    if (t.includes('mutex_')) return 'mutex';
    if (t.includes('block_')) return 'block';
    if (t.includes('goroutines')) return 'goroutines';
  }
  return sampleTypes[sampleTypes.length - 1] ?? 'unknown';
}

/** Polls until `check` returns a truthy value; the last failure is the cause of the timeout error. */
export function eventually<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs: number, intervalMs = 250): Promise<T> {
  return pollUntil(what, check, { timeoutMs, intervalMs });
}

/** A Prometheus text-format gauge or counter value from /metrics (first series of that name). */
export async function metricValue(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  if (!line) throw new Error(`metric ${name} not found in /metrics`);
  return Number(line.slice(line.lastIndexOf(' ') + 1));
}

export const encodePushRequest = (r: push.v1.PushRequest): Uint8Array => push.v1.PushRequest.encode(r).finish();
