// Server-side apply with managedFields, simplified from structured-merge-diff: each manager owns a set of
// leaf fields (maps by key, lists with a merge key by item key, other lists as one atomic leaf). An apply
// that changes a field another manager owns is a 409 conflict unless forced; fields a manager applied
// before and no longer applies are removed when nobody else owns them. Every other write (update, patch)
// records the fields it changed as owned by its manager, taking them from the others, as kube does.
import { StatusError } from './status.ts';
import type { KubeObject, ManagedFieldsEntry, ResourceType } from './types.ts';

type Json = unknown;
type JsonMap = Record<string, Json>;
const isMap = (v: Json): v is JsonMap => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field path: `f:name` for map keys, `k:{"name":"x"}` for list items keyed by merge key. */
type Path = string[];

const UNTRACKED_TOP = new Set(['apiVersion', 'kind']);
const UNTRACKED_META = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink']);

function mergeKeyOf(kind: string, path: Path, field: string, list: Json[]): string | undefined {
  const known: Record<string, string> = {
    containers: 'name', initContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'mountPath', conditions: 'type', ownerReferences: 'uid', imagePullSecrets: 'name',
  };
  let key = known[field];
  if (field === 'ports') key = kind === 'Service' && path.length === 1 ? 'port' : 'containerPort';
  if (!key) return undefined;
  return list.every((x) => isMap(x) && x[key!] !== undefined) ? key : undefined;
}

/** The leaf paths of an object, as kube's fieldsV1 would list them. */
export function leafPaths(kind: string, obj: Json): Path[] {
  const out: Path[] = [];
  const walk = (v: Json, path: Path, fieldNames: string[]): void => {
    if (isMap(v)) {
      const entries = Object.entries(v).filter(([k]) => {
        if (path.length === 0) return !UNTRACKED_TOP.has(k);
        if (path.length === 1 && path[0] === 'f:metadata') return !UNTRACKED_META.has(k);
        return true;
      });
      const isMeta = path.length === 1 && path[0] === 'f:metadata';
      if (entries.length === 0 && path.length > 0 && !isMeta) out.push(path);
      for (const [k, x] of entries) walk(x, [...path, `f:${k}`], [...fieldNames, k]);
      return;
    }
    if (Array.isArray(v)) {
      const field = fieldNames[fieldNames.length - 1] ?? '';
      const mk = mergeKeyOf(kind, fieldNames.slice(0, -1), field, v);
      if (mk) {
        for (const item of v as JsonMap[]) {
          const itemPath = [...path, `k:${JSON.stringify({ [mk]: item[mk] })}`];
          out.push([...itemPath, '.']);
          for (const [k, x] of Object.entries(item)) walk(x, [...itemPath, `f:${k}`], [...fieldNames, k]);
        }
        return;
      }
    }
    out.push(path);
  };
  walk(obj, [], []);
  return out;
}

function valueAt(obj: Json, path: Path): Json {
  let cur = obj;
  for (const seg of path) {
    if (seg === '.') return cur;
    if (seg.startsWith('f:')) {
      if (!isMap(cur)) return undefined;
      cur = cur[seg.slice(2)];
    } else if (seg.startsWith('k:')) {
      if (!Array.isArray(cur)) return undefined;
      const key = JSON.parse(seg.slice(2)) as JsonMap;
      cur = cur.find((x) => isMap(x) && Object.entries(key).every(([k, v]) => JSON.stringify(x[k]) === JSON.stringify(v)));
    }
  }
  return cur;
}

function deleteAt(obj: Json, path: Path): void {
  if (path.length === 0) return;
  const parent = valueAt(obj, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (last === '.') {
    deleteAt(obj, path.slice(0, -1));
    return;
  }
  if (last.startsWith('f:') && isMap(parent)) delete parent[last.slice(2)];
  else if (last.startsWith('k:') && Array.isArray(parent)) {
    const item = valueAt(parent, [last]);
    const i = parent.indexOf(item);
    if (i >= 0) parent.splice(i, 1);
  }
}

const pathKey = (p: Path): string => JSON.stringify(p);

function toFieldsV1(paths: Path[]): JsonMap {
  const root: JsonMap = {};
  for (const p of paths) {
    let cur = root;
    for (const seg of p) cur = (cur[seg] ??= {}) as JsonMap;
  }
  return root;
}

function fromFieldsV1(f: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (!isMap(f)) return out;
  const keys = Object.keys(f);
  if (keys.length === 0 && prefix.length) out.push(prefix);
  for (const k of keys) {
    if (k === '.') out.push([...prefix, '.']);
    else fromFieldsV1(f[k], [...prefix, k], out);
  }
  return out;
}

interface Owned { entry: ManagedFieldsEntry; paths: Map<string, Path> }

function ownership(obj: KubeObject | undefined): Owned[] {
  return (obj?.metadata.managedFields ?? []).map((entry) => ({ entry, paths: new Map(fromFieldsV1(entry.fieldsV1).map((p) => [pathKey(p), p])) }));
}

function render(owned: Owned[]): ManagedFieldsEntry[] {
  return owned.filter((o) => o.paths.size > 0).map((o) => ({ ...o.entry, fieldsV1: toFieldsV1([...o.paths.values()]) }));
}

/** Merges an applied configuration into the live object (maps deep, keyed lists by key, the rest replaced). */
function mergeApplied(kind: string, live: Json, applied: Json, fieldNames: string[] = []): Json {
  if (isMap(applied)) {
    const out: JsonMap = isMap(live) ? { ...live } : {};
    for (const [k, v] of Object.entries(applied)) out[k] = mergeApplied(kind, out[k], v, [...fieldNames, k]);
    return out;
  }
  if (Array.isArray(applied) && Array.isArray(live)) {
    const field = fieldNames[fieldNames.length - 1] ?? '';
    const mk = mergeKeyOf(kind, fieldNames.slice(0, -1), field, applied);
    if (mk && mergeKeyOf(kind, fieldNames.slice(0, -1), field, live) === mk) {
      const out = [...live];
      for (const item of applied as JsonMap[]) {
        const i = out.findIndex((x) => isMap(x) && JSON.stringify(x[mk]) === JSON.stringify(item[mk]));
        if (i >= 0) out[i] = mergeApplied(kind, out[i], item, fieldNames);
        else out.push(structuredClone(item));
      }
      return out;
    }
  }
  return structuredClone(applied);
}

/** Server-side apply: the object to write, with managedFields updated; throws 409 on conflicts unless forced. */
export function applyConfiguration(t: ResourceType, live: KubeObject | undefined, applied: KubeObject, manager: string, force: boolean, apiVersion: string, now: string, subresource?: string): KubeObject {
  if (!manager) throw new StatusError(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch');
  const cleaned: KubeObject = structuredClone(applied);
  delete cleaned.metadata.managedFields;
  delete cleaned.metadata.resourceVersion;
  if (subresource === 'status') for (const k of Object.keys(cleaned)) if (!['apiVersion', 'kind', 'metadata', 'status'].includes(k)) delete cleaned[k];
  const appliedPaths = leafPaths(t.kind, cleaned).filter((p) => (subresource === 'status' ? p[0] === 'f:status' : t.status ? p[0] !== 'f:status' : true));
  const owned = ownership(live);
  const conflicts: { manager: string; apiVersion: string; path: Path }[] = [];
  if (live) {
    for (const p of appliedPaths) {
      const key = pathKey(p);
      for (const o of owned) {
        if (o.entry.manager === manager && o.entry.operation === 'Apply') continue;
        if (!o.paths.has(key)) continue;
        if (JSON.stringify(valueAt(live, p)) === JSON.stringify(valueAt(cleaned, p))) continue;
        conflicts.push({ manager: o.entry.manager, apiVersion: o.entry.apiVersion, path: p });
      }
    }
  }
  if (conflicts.length && !force) throw conflictError(t, applied.metadata.name ?? '', conflicts);
  const appliedKeys = new Set(appliedPaths.map(pathKey));
  // Forced: the applier takes the fields over.
  for (const o of owned) if (!(o.entry.manager === manager && o.entry.operation === 'Apply')) for (const k of appliedKeys) if (conflicts.some((c) => pathKey(c.path) === k)) o.paths.delete(k);
  let result: KubeObject = live ? structuredClone(live) : { apiVersion, kind: t.kind, metadata: {} };
  const mine = owned.find((o) => o.entry.manager === manager && o.entry.operation === 'Apply' && (o.entry.subresource ?? '') === (subresource ?? ''));
  if (mine) {
    for (const [k, p] of mine.paths) {
      if (appliedKeys.has(k)) continue;
      if (owned.some((o) => o !== mine && o.paths.has(k))) continue;
      deleteAt(result, p);
    }
  }
  result = mergeApplied(t.kind, result, cleaned) as KubeObject;
  const entry: ManagedFieldsEntry = { manager, operation: 'Apply', apiVersion, time: now, fieldsType: 'FieldsV1', fieldsV1: {} };
  if (subresource) entry.subresource = subresource;
  const others = owned.filter((o) => o !== mine);
  result.metadata.managedFields = render([...others, { entry, paths: new Map(appliedPaths.map((p) => [pathKey(p), p])) }]);
  return result;
}

function conflictError(t: ResourceType, name: string, conflicts: { manager: string; apiVersion: string; path: Path }[]): StatusError {
  const fieldText = (p: Path): string => p.filter((s) => s !== '.').map((s) => (s.startsWith('f:') ? `.${s.slice(2)}` : `[${s.slice(2).replace(/^\{|\}$/g, '').replace(/"/g, '').replace(':', '=')}]`)).join('');
  const byManager = new Map<string, { apiVersion: string; fields: string[] }>();
  for (const c of conflicts) {
    const m = byManager.get(c.manager) ?? { apiVersion: c.apiVersion, fields: [] };
    m.fields.push(fieldText(c.path));
    byManager.set(c.manager, m);
  }
  const n = conflicts.length;
  let message = `Apply failed with ${n} conflict${n === 1 ? '' : 's'}: `;
  const parts: string[] = [];
  for (const [mgr, m] of byManager) {
    if (m.fields.length === 1) parts.push(`conflict with "${mgr}" using ${m.apiVersion}: ${m.fields[0]}`);
    else parts.push(`conflicts with "${mgr}" using ${m.apiVersion}:\n${m.fields.map((f) => `- ${f}`).join('\n')}`);
  }
  message += parts.join('\n');
  const details = { name, kind: t.plural, group: t.group || undefined, causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with "${c.manager}" using ${c.apiVersion}`, field: fieldText(c.path) })) };
  return new StatusError(409, 'Conflict', message, details);
}

/** Records the fields a non-apply write changed as owned by `manager` (operation Update). */
export function recordUpdate(next: KubeObject, old: KubeObject | undefined, manager: string, apiVersion: string, subresource: string | undefined, now: string): void {
  const owned = ownership(old ?? next);
  const oldLeaves = old ? new Map(leafPaths(next.kind ?? '', old).map((p) => [pathKey(p), p])) : new Map<string, Path>();
  const changed: Path[] = [];
  for (const p of leafPaths(next.kind ?? '', next)) {
    const k = pathKey(p);
    if (!old || !oldLeaves.has(k) || JSON.stringify(valueAt(old, p)) !== JSON.stringify(valueAt(next, p))) changed.push(p);
  }
  if (changed.length === 0 && old) {
    next.metadata.managedFields = old.metadata.managedFields;
    if (!next.metadata.managedFields) delete next.metadata.managedFields;
    return;
  }
  const changedKeys = new Set(changed.map(pathKey));
  let mine = owned.find((o) => o.entry.manager === manager && o.entry.operation === 'Update' && (o.entry.subresource ?? '') === (subresource ?? ''));
  for (const o of owned) if (o !== mine) for (const k of changedKeys) o.paths.delete(k);
  if (!mine) {
    const entry: ManagedFieldsEntry = { manager, operation: 'Update', apiVersion, time: now, fieldsType: 'FieldsV1', fieldsV1: {} };
    if (subresource) entry.subresource = subresource;
    owned.push((mine = { entry, paths: new Map() }));
  }
  mine.entry = { ...mine.entry, time: now };
  for (const p of changed) mine.paths.set(pathKey(p), p);
  // Drop ownership of fields that no longer exist.
  const live = new Set(leafPaths(next.kind ?? '', next).map(pathKey));
  for (const o of owned) for (const k of [...o.paths.keys()]) if (!live.has(k)) o.paths.delete(k);
  next.metadata.managedFields = render(owned);
}
