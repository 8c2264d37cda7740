// Create-or-update that writes only when something differs, so a second reconcile of an unchanged cluster
// makes no API writes (and bumps no resourceVersion, generation or revision).
//
// "Differs" means: some field the operator sets is not what the live object has. The API server adds
// defaults (clusterIP, protocol, terminationMessagePath, …) the operator does not set, so the comparison is
// "desired is a subset of live", field by field; lists compare element by element.
import type { KubernetesObject } from '@kubernetes/client-node';
import { pathFor, type KubeClient } from './client.ts';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when every field set in `desired` has the same value in `live` (recursively). */
export function isSubset(desired: Json, live: Json): boolean {
  if (desired === undefined) return true;
  if (Array.isArray(desired)) {
    if (!Array.isArray(live) || live.length !== desired.length) return false;
    return desired.every((item, i) => isSubset(item, live[i]));
  }
  if (isObj(desired)) {
    if (!isObj(live)) return false;
    return Object.entries(desired).every(([k, v]) => isSubset(v, live[k]));
  }
  // Quantities and ports may come back as numbers or strings ("1" vs 1) depending on the server.
  return desired === live || (desired !== null && live !== null && live !== undefined && String(desired) === String(live) && typeof desired !== 'boolean');
}

/** The fields of each kind that the operator owns and that may change after creation. */
function mutablePart(kind: string, obj: Obj): Obj {
  const meta = (obj.metadata ?? {}) as Obj;
  const spec = (obj.spec ?? {}) as Obj;
  const base: Obj = { metadata: { labels: meta.labels, ownerReferences: meta.ownerReferences } };
  switch (kind) {
    case 'StatefulSet':
      // selector, serviceName, podManagementPolicy and volumeClaimTemplates are immutable.
      return { ...base, spec: { replicas: spec.replicas, template: spec.template, updateStrategy: spec.updateStrategy } };
    case 'Deployment':
      return { ...base, spec: { replicas: spec.replicas, template: spec.template, strategy: spec.strategy } };
    case 'Service':
      return { ...base, spec: { ports: spec.ports, selector: spec.selector, publishNotReadyAddresses: spec.publishNotReadyAddresses } };
    case 'PodDisruptionBudget':
      return { ...base, spec: { maxUnavailable: spec.maxUnavailable, selector: spec.selector } };
    case 'Role':
      return { ...base, rules: obj.rules };
    case 'RoleBinding':
      return { ...base, subjects: obj.subjects };
    default:
      return base;
  }
}

/** The live object with the operator's fields put in: what to PUT. */
export function mergeInto(kind: string, live: Obj, desired: Obj): Obj {
  const merged = structuredClone(live);
  const want = mutablePart(kind, desired);
  const meta = merged.metadata as Obj;
  const wantMeta = want.metadata as Obj;
  meta.labels = { ...((meta.labels as Obj | undefined) ?? {}), ...((wantMeta.labels as Obj | undefined) ?? {}) };
  if (wantMeta.ownerReferences) meta.ownerReferences = wantMeta.ownerReferences;
  for (const [key, value] of Object.entries(want)) {
    if (key === 'metadata') continue;
    if (key === 'spec' && isObj(value)) {
      const spec = { ...((merged.spec as Obj | undefined) ?? {}) };
      for (const [k, v] of Object.entries(value)) if (v !== undefined) spec[k] = v;
      merged.spec = spec;
    } else if (value !== undefined) merged[key] = value;
  }
  return merged;
}

export function needsUpdate(kind: string, live: Obj, desired: Obj): boolean {
  return !isSubset(mutablePart(kind, desired), live);
}

export type ApplyOutcome = 'created' | 'updated' | 'unchanged';

/** Creates the object, or updates the live one when a field the operator owns differs. */
export async function apply(client: KubeClient, desired: KubernetesObject): Promise<{ outcome: ApplyOutcome; object: KubernetesObject }> {
  const kind = desired.kind ?? '';
  const ns = desired.metadata?.namespace;
  const name = desired.metadata?.name ?? '';
  const live = await client.find<Obj>(pathFor(kind, ns, name));
  if (!live) {
    // A concurrent creator makes this a 409, which fails this reconcile; the retry takes the update path.
    return { outcome: 'created', object: await client.create<KubernetesObject>(pathFor(kind, ns), desired) };
  }
  if (!needsUpdate(kind, live, desired as unknown as Obj)) return { outcome: 'unchanged', object: live as KubernetesObject };
  const updated = await client.replace<KubernetesObject>(pathFor(kind, ns, name), mergeInto(kind, live, desired as unknown as Obj));
  return { outcome: 'updated', object: updated };
}
