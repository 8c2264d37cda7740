// The test controllers talk to the API server through the operator's REST client (operator/src/kube/client.ts):
// raw JSON in and out, authenticated by a client-node KubeConfig. Test code may import production code, not the
// reverse, so this file only adds what the test controllers need on top of it.
//
// Why not client-node's generated typed APIs: they deserialize timestamps into Date objects for lists but
// client-node's Watch hands out raw JSON, so an informer cache would hold a mix of both. Everything here
// stays raw JSON (timestamps are strings on the wire); the client-node model types are used for shape only,
// and Date-typed fields are always read through `timeOf()`.
import type { KubeConfig } from '@kubernetes/client-node';
import { KubeApiError, KubeClient as OperatorKubeClient } from '../../../operator/src/kube/client.ts';

export { isConflict, isNotFound, KubeApiError, type KubeStatus, type PatchType } from '../../../operator/src/kube/client.ts';

export const isAlreadyExists = (err: unknown): boolean =>
  err instanceof KubeApiError && err.statusCode === 409 && err.status?.reason === 'AlreadyExists';

/** The operator's client, introducing itself as the test controllers unless told otherwise. */
export class KubeClient extends OperatorKubeClient {
  constructor(kubeConfig: KubeConfig, userAgent = 'test-kube-controllers') {
    super(kubeConfig, userAgent);
  }
}

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

/** `/api/v1/namespaces/ns/pods/name` style paths. */
export function resourcePath(apiVersion: string, plural: string, namespace?: string, name?: string, subresource?: string): string {
  const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  let path = namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${plural}` : `${base}/${plural}`;
  if (name) path += `/${encodeURIComponent(name)}`;
  if (subresource) path += `/${subresource}`;
  return path;
}
