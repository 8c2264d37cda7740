// A thin JSON REST client for the Kubernetes API, authenticated by a client-node KubeConfig.
//
// Why not client-node's generated typed APIs: they deserialize timestamps into Date objects for lists but
// client-node's Watch hands out raw JSON, so an informer cache would hold a mix of both. Everything here
// stays raw JSON (timestamps are strings on the wire); the client-node model types are used for shape only,
// and Date-typed fields are always read through `timeOf()`.
import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';

export interface KubeStatus {
  kind?: string;
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
}

export class KubeApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly status: KubeStatus | undefined,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path}: ${statusCode} ${status?.reason ?? ''} ${status?.message ?? ''}`.trim());
    this.name = 'KubeApiError';
  }
}

export const isNotFound = (err: unknown): boolean => err instanceof KubeApiError && err.statusCode === 404;
export const isConflict = (err: unknown): boolean => err instanceof KubeApiError && err.statusCode === 409;
export const isAlreadyExists = (err: unknown): boolean =>
  err instanceof KubeApiError && err.statusCode === 409 && err.status?.reason === 'AlreadyExists';

/** Reads a wire timestamp (string, or Date when a caller built the object) as Unix milliseconds. */
export function timeOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const ms = value instanceof Date ? value.getTime() : Date.parse(String(value));
  return Number.isFinite(ms) ? ms : undefined;
}

/** A wire timestamp for `now` (RFC 3339, second precision as the API server stores it), typed as the model's Date. */
export function wireTime(ms: number): Date {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z') as unknown as Date;
}

export type PatchType = 'merge' | 'json' | 'strategic';
const PATCH_CONTENT_TYPES: Record<PatchType, string> = {
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

export class KubeClient {
  private readonly server: URL;

  constructor(readonly kubeConfig: KubeConfig, private readonly userAgent = 'test-kube-controllers') {
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster) throw new Error('kubeconfig has no current cluster');
    this.server = new URL(cluster.server);
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  /** GET that answers undefined for 404. */
  async find<T>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  create<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  replace<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown, type: PatchType = 'merge'): Promise<T> {
    return this.request<T>('PATCH', path, body, PATCH_CONTENT_TYPES[type]);
  }

  delete<T>(path: string, options?: { gracePeriodSeconds?: number; propagationPolicy?: string; preconditions?: { uid?: string } }): Promise<T> {
    const body = options ? { kind: 'DeleteOptions', apiVersion: 'v1', ...options } : undefined;
    return this.request<T>('DELETE', path, body);
  }

  async request<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const options: https.RequestOptions = {};
    await this.kubeConfig.applyToHTTPSOptions(options);
    const url = new URL(path, this.server);
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.userAgent };
    for (const [key, value] of Object.entries(options.headers ?? {})) if (value !== undefined) headers[key] = String(value);
    if (options.auth) headers.Authorization = 'Basic ' + Buffer.from(options.auth).toString('base64');
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    if (payload) {
      headers['Content-Type'] = contentType;
      headers['Content-Length'] = String(payload.length);
    }
    const isHttps = url.protocol === 'https:';
    const requestOptions: https.RequestOptions = {
      method,
      headers,
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
    };
    // client-node builds an https agent (CA, client certs) for https servers; plain http needs none.
    if (isHttps) requestOptions.agent = options.agent as https.Agent;
    const text = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = (isHttps ? https : http).request(requestOptions, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer within 30s`)));
      req.on('error', reject);
      req.end(payload);
    });
    let parsed: unknown;
    try {
      parsed = text.body ? JSON.parse(text.body) : undefined;
    } catch {
      parsed = { message: text.body.slice(0, 200) };
    }
    if (text.status < 200 || text.status >= 300) throw new KubeApiError(text.status, parsed as KubeStatus, method, path);
    return parsed as T;
  }
}

/** `/api/v1/namespaces/ns/pods/name` style paths. */
export function resourcePath(apiVersion: string, plural: string, namespace?: string, name?: string, subresource?: string): string {
  const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  let path = namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${plural}` : `${base}/${plural}`;
  if (name) path += `/${encodeURIComponent(name)}`;
  if (subresource) path += `/${subresource}`;
  return path;
}
