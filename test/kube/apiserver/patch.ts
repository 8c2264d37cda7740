// The three patch formats kube-apiserver accepts besides apply: JSON merge patch (RFC 7386), JSON patch
// (RFC 6902) and strategic merge patch for the built-in kinds (lists merged by their patchMergeKey,
// `$patch`, `$retainKeys`, `$setElementOrder/…` and `$deleteFromPrimitiveList/…` directives).
import { StatusError } from './status.ts';

type Json = unknown;
type JsonMap = Record<string, Json>;

const isMap = (v: Json): v is JsonMap => typeof v === 'object' && v !== null && !Array.isArray(v);

export function jsonMergePatch(target: Json, patch: Json): Json {
  if (!isMap(patch)) return structuredClone(patch);
  const out: JsonMap = isMap(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = jsonMergePatch(out[k], v);
  }
  return out;
}

interface JsonPatchOp { op: string; path: string; value?: Json; from?: string }

const patchError = (message: string): StatusError => new StatusError(422, 'Invalid', message);

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw patchError(`invalid JSON pointer "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function jsonPatch(doc: Json, ops: unknown): Json {
  if (!Array.isArray(ops)) throw new StatusError(400, 'BadRequest', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let root: Json = structuredClone(doc);
  const get = (path: string[]): Json => {
    let cur: Json = root;
    for (const p of path) {
      if (Array.isArray(cur)) cur = cur[Number(p)];
      else if (isMap(cur)) cur = cur[p];
      else return undefined;
    }
    return cur;
  };
  const parentOf = (path: string[], op: string): { parent: JsonMap | Json[]; key: string } => {
    const parent = get(path.slice(0, -1));
    if (!isMap(parent) && !Array.isArray(parent)) throw patchError(`doc is missing path: "/${path.join('/')}": missing value`);
    if (path.length === 0) throw patchError(`${op} on the root is not supported`);
    return { parent, key: path[path.length - 1]! };
  };
  const add = (path: string[], value: Json): void => {
    if (path.length === 0) {
      root = value;
      return;
    }
    const { parent, key } = parentOf(path, 'add');
    if (Array.isArray(parent)) {
      const idx = key === '-' ? parent.length : Number(key);
      if (!Number.isInteger(idx) || idx < 0 || idx > parent.length) throw patchError(`Unable to access invalid index: ${key}`);
      parent.splice(idx, 0, value);
    } else parent[key] = value;
  };
  const remove = (path: string[]): Json => {
    const { parent, key } = parentOf(path, 'remove');
    if (Array.isArray(parent)) {
      const idx = Number(key);
      if (!(idx >= 0 && idx < parent.length)) throw patchError(`Unable to remove nonexistent key: ${key}: missing value`);
      return parent.splice(idx, 1)[0];
    }
    if (!(key in parent)) throw patchError(`Unable to remove nonexistent key: ${key}: missing value`);
    const v = parent[key];
    delete parent[key];
    return v;
  };
  for (const raw of ops as JsonPatchOp[]) {
    const path = parsePointer(raw.path);
    switch (raw.op) {
      case 'add':
        add(path, structuredClone(raw.value));
        break;
      case 'remove':
        remove(path);
        break;
      case 'replace':
        if (get(path) === undefined) throw patchError(`doc is missing key: /${path.join('/')}: missing value`);
        if (path.length === 0) root = structuredClone(raw.value);
        else {
          remove(path);
          add(path, structuredClone(raw.value));
        }
        break;
      case 'move': {
        const v = remove(parsePointer(raw.from ?? ''));
        add(path, v);
        break;
      }
      case 'copy':
        add(path, structuredClone(get(parsePointer(raw.from ?? ''))));
        break;
      case 'test':
        if (JSON.stringify(get(path)) !== JSON.stringify(raw.value)) throw patchError(`testing value /${path.join('/')} failed: test failed`);
        break;
      default:
        throw patchError(`Unexpected kind: ${raw.op}`);
    }
  }
  return root;
}

/** patchMergeKey of the built-in list fields (from the Go struct tags); `primitive` lists merge as sets. */
interface ListStrategy { mergeKey?: string; primitive?: boolean }

function listStrategy(kind: string, path: string[], field: string): ListStrategy | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'volumeClaimTemplates':
      return field === 'volumeClaimTemplates' ? undefined : { mergeKey: 'name' };
    case 'volumeMounts':
      return { mergeKey: 'mountPath' };
    case 'volumeDevices':
      return { mergeKey: 'devicePath' };
    case 'ports':
      // ServiceSpec.ports merge by port; container ports by containerPort.
      return kind === 'Service' && path.length === 1 && path[0] === 'spec' ? { mergeKey: 'port' } : { mergeKey: 'containerPort' };
    case 'conditions':
      return { mergeKey: 'type' };
    case 'ownerReferences':
      return { mergeKey: 'uid' };
    case 'hostAliases':
      return { mergeKey: 'ip' };
    case 'topologySpreadConstraints':
      return { mergeKey: 'topologyKey' };
    case 'finalizers':
      return path.length === 1 && path[0] === 'metadata' ? { primitive: true } : undefined;
    default:
      return undefined;
  }
}

export function strategicMergePatch(kind: string, original: Json, patch: Json): Json {
  return smpMap(kind, [], isMap(original) ? original : {}, patch);
}

function smpMap(kind: string, path: string[], original: JsonMap, patch: Json): Json {
  if (!isMap(patch)) return structuredClone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _drop, ...rest } = patch;
    return stripDirectives(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const out: JsonMap = { ...original };
  const orders = new Map<string, Json[]>();
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys') continue;
    if (k.startsWith('$setElementOrder/')) {
      if (Array.isArray(v)) orders.set(k.slice('$setElementOrder/'.length), v);
      continue;
    }
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const cur = out[field];
      if (Array.isArray(cur) && Array.isArray(v)) out[field] = cur.filter((x) => !v.some((d) => JSON.stringify(d) === JSON.stringify(x)));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    const cur = out[k];
    if (Array.isArray(v)) {
      const strat = listStrategy(kind, path, k);
      if (strat?.mergeKey) out[k] = smpList(kind, [...path, k], Array.isArray(cur) ? cur : [], v, strat.mergeKey);
      else if (strat?.primitive) {
        const base = Array.isArray(cur) ? [...cur] : [];
        for (const x of v) if (!base.some((b) => JSON.stringify(b) === JSON.stringify(x))) base.push(x);
        out[k] = base;
      } else out[k] = stripDirectives(v);
    } else if (isMap(v)) {
      const merged = smpMap(kind, [...path, k], isMap(cur) ? cur : {}, v);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else out[k] = v;
  }
  for (const [field, order] of orders) {
    const strat = listStrategy(kind, path, field);
    const list = out[field];
    if (!Array.isArray(list)) continue;
    const keyOf = (x: Json): string => JSON.stringify(strat?.mergeKey && isMap(x) ? x[strat.mergeKey] : x);
    const rank = new Map(order.map((o, i) => [keyOf(o), i]));
    out[field] = list
      .map((x, i) => ({ x, i }))
      .sort((a, b) => (rank.get(keyOf(a.x)) ?? order.length + a.i) - (rank.get(keyOf(b.x)) ?? order.length + b.i))
      .map((e) => e.x);
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
  }
  return out;
}

function smpList(kind: string, path: string[], original: Json[], patch: Json[], mergeKey: string): Json[] {
  if (patch.some((p) => isMap(p) && p.$patch === 'replace')) return stripDirectives(patch.filter((p) => !(isMap(p) && p.$patch === 'replace'))) as Json[];
  const out = [...original];
  for (const item of patch) {
    if (!isMap(item)) {
      out.push(item);
      continue;
    }
    const key = JSON.stringify(item[mergeKey]);
    const idx = out.findIndex((o) => isMap(o) && JSON.stringify(o[mergeKey]) === key);
    if (item.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (idx >= 0) out[idx] = smpMap(kind, path, out[idx] as JsonMap, item);
    else out.push(stripDirectives(item));
  }
  return out;
}

function stripDirectives(v: Json): Json {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isMap(v)) return v;
  const out: JsonMap = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = stripDirectives(x);
  return out;
}
