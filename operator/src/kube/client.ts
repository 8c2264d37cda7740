// A thin JSON REST client for the Kubernetes API, authenticated by a client-node KubeConfig (which handles
// tokens, client certificates and CAs for in-cluster and kubeconfig credentials). Objects stay raw JSON, as
// they come off the wire and out of watches, so the informer caches and the reconciler see one shape.
import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';

export interface KubeStatus {
  kind?: string;
  message?: string;
  reason?: string;
  code?: number;
}

export class KubeApiError extends Error {
  constructor(readonly statusCode: number, readonly status: KubeStatus | undefined, readonly method: string, readonly path: string) {
    super(`${method} ${path}: ${statusCode} ${status?.reason ?? ''} ${status?.message ?? ''}`.trim());
    this.name = 'KubeApiError';
  }
}

export const isNotFound = (err: unknown): boolean => err instanceof KubeApiError && err.statusCode === 404;
export const isConflict = (err: unknown): boolean => err instanceof KubeApiError && err.statusCode === 409;
export const isGone = (err: unknown): boolean => err instanceof KubeApiError && err.statusCode === 410;

export type PatchType = 'merge' | 'json' | 'strategic';
const PATCH_TYPES: Record<PatchType, string> = {
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

/** Where each kind the operator touches lives in the API (no discovery round-trips needed). */
export const RESOURCES: Record<string, { apiVersion: string; plural: string; namespaced: boolean }> = {
  ConfigMap: { apiVersion: 'v1', plural: 'configmaps', namespaced: true },
  Service: { apiVersion: 'v1', plural: 'services', namespaced: true },
  ServiceAccount: { apiVersion: 'v1', plural: 'serviceaccounts', namespaced: true },
  Pod: { apiVersion: 'v1', plural: 'pods', namespaced: true },
  PersistentVolumeClaim: { apiVersion: 'v1', plural: 'persistentvolumeclaims', namespaced: true },
  Event: { apiVersion: 'v1', plural: 'events', namespaced: true },
  StatefulSet: { apiVersion: 'apps/v1', plural: 'statefulsets', namespaced: true },
  Deployment: { apiVersion: 'apps/v1', plural: 'deployments', namespaced: true },
  PodDisruptionBudget: { apiVersion: 'policy/v1', plural: 'poddisruptionbudgets', namespaced: true },
  Role: { apiVersion: 'rbac.authorization.k8s.io/v1', plural: 'roles', namespaced: true },
  RoleBinding: { apiVersion: 'rbac.authorization.k8s.io/v1', plural: 'rolebindings', namespaced: true },
  Lease: { apiVersion: 'coordination.k8s.io/v1', plural: 'leases', namespaced: true },
  IngesterCluster: { apiVersion: 'ingester-cluster.dev/v1alpha1', plural: 'ingesterclusters', namespaced: true },
};

/** `/api/v1/namespaces/ns/pods/name/status` style paths. */
export function pathFor(kind: string, namespace?: string, name?: string, subresource?: string): string {
  const r = RESOURCES[kind];
  if (!r) throw new Error(`unknown kind ${kind}`);
  const base = r.apiVersion.includes('/') ? `/apis/${r.apiVersion}` : `/api/${r.apiVersion}`;
  let path = namespace && r.namespaced ? `${base}/namespaces/${encodeURIComponent(namespace)}/${r.plural}` : `${base}/${r.plural}`;
  if (name) path += `/${encodeURIComponent(name)}`;
  if (subresource) path += `/${subresource}`;
  return path;
}

/** Per-request bounds: a signal (a caller's deadline) and a timeout (30 s when absent). */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export class KubeClient {
  private readonly server: URL;

  constructor(readonly kubeConfig: KubeConfig, private readonly userAgent = 'ingester-cluster-operator') {
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster) throw new Error('kubeconfig has no current cluster');
    this.server = new URL(cluster.server);
  }

  get<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.request<T>('GET', path, undefined, undefined, options);
  }

  async find<T>(path: string, options?: RequestOptions): Promise<T | undefined> {
    try {
      return await this.get<T>(path, options);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  create<T>(path: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('POST', path, body, undefined, options);
  }

  replace<T>(path: string, body: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('PUT', path, body, undefined, options);
  }

  patch<T>(path: string, body: unknown, type: PatchType = 'merge'): Promise<T> {
    return this.request<T>('PATCH', path, body, PATCH_TYPES[type]);
  }

  delete<T>(path: string, options?: { gracePeriodSeconds?: number; propagationPolicy?: string; preconditions?: { uid?: string } }): Promise<T> {
    return this.request<T>('DELETE', path, options ? { kind: 'DeleteOptions', apiVersion: 'v1', ...options } : undefined);
  }

  /** Options for a raw request (used by the watch stream). */
  async requestOptions(method: string, path: string): Promise<{ module: typeof http | typeof https; options: https.RequestOptions }> {
    const options: https.RequestOptions = {};
    await this.kubeConfig.applyToHTTPSOptions(options);
    const url = new URL(path, this.server);
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.userAgent };
    for (const [key, value] of Object.entries(options.headers ?? {})) if (value !== undefined) headers[key] = String(value);
    if (options.auth) headers.Authorization = 'Basic ' + Buffer.from(options.auth).toString('base64');
    const isHttps = url.protocol === 'https:';
    const requestOptions: https.RequestOptions = { method, headers, hostname: url.hostname, port: url.port, path: url.pathname + url.search };
    if (isHttps) requestOptions.agent = options.agent as https.Agent;
    return { module: isHttps ? https : http, options: requestOptions };
  }

  async request<T>(method: string, path: string, body?: unknown, contentType = 'application/json', bounds: RequestOptions = {}): Promise<T> {
    const { module, options } = await this.requestOptions(method, path);
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    if (payload) {
      (options.headers as Record<string, string>)['Content-Type'] = contentType;
      (options.headers as Record<string, string>)['Content-Length'] = String(payload.length);
    }
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = module.request(options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      const timeoutMs = bounds.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs / 1000}s`)));
      // A caller's deadline (the leader's renew deadline) cuts the request short, however long it would wait.
      const signal = bounds.signal;
      const onAbort = () => req.destroy(new Error(`${method} ${path}: abandoned: ${signal?.reason instanceof Error ? signal.reason.message : 'deadline passed'}`, { cause: signal?.reason }));
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('close', () => signal?.removeEventListener('abort', onAbort));
      req.on('error', reject);
      req.end(payload);
    });
    let parsed: unknown;
    try {
      parsed = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      parsed = { message: response.body.slice(0, 300) };
    }
    if (response.status < 200 || response.status >= 300) throw new KubeApiError(response.status, parsed as KubeStatus, method, path);
    return parsed as T;
  }
}
