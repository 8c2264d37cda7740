// The uniqueness of x-kubernetes-list-type "set" items and "map" keys, as kube-apiserver checks them after the
// OpenAPI validation of a custom resource: apiextensions-apiserver pkg/apiserver/schema/listtype/validation.go
// (ValidateListSetsAndMaps, called from pkg/registry/customresource/strategy.go Validate).
import { GoInterfaceMap, type FieldError } from './status.ts';
import type { JSONSchemaProps } from './schema.ts';

type Obj = Record<string, unknown>;
const isMap = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Appends a Duplicate error for each repeated set item or map key under `v` (the value at `path`). */
export function validateListSetsAndMaps(s: JSONSchemaProps, v: unknown, path: string, errors: FieldError[]): void {
  if (Array.isArray(v)) {
    const listType = s['x-kubernetes-list-type'];
    if (listType === 'set') for (const i of repeatedIndices(v)) errors.push({ type: 'FieldValueDuplicate', field: `${path}[${i}]`, value: v[i] });
    if (listType === 'map') validateListMap(s['x-kubernetes-list-map-keys'] ?? [], v, path, errors);
    if (s.items) v.forEach((x, i) => validateListSetsAndMaps(s.items!, x, `${path}[${i}]`, errors));
    return;
  }
  if (!isMap(v)) return;
  for (const [k, x] of Object.entries(v)) {
    if (isMap(s.additionalProperties)) validateListSetsAndMaps(s.additionalProperties, x, `${path}.${k}`, errors);
    const sub = s.properties?.[k];
    if (sub) validateListSetsAndMaps(sub, x, `${path}.${k}`, errors);
  }
}

function validateListMap(keyFields: string[], items: unknown[], path: string, errors: FieldError[]): void {
  const notObject = items.findIndex((x) => x !== null && !isMap(x));
  if (notObject >= 0) {
    errors.push({ type: 'FieldValueInvalid', field: `${path}[${notObject}]`, value: items[notObject], detail: 'must be an object for an array of list-type map' });
    return;
  }
  // An item without a key field (or a null item) has the "unspecified" key, which is equal to itself.
  const keys = items.map((x) => {
    const key: Obj = {};
    for (const f of keyFields) if (isMap(x) && x[f] !== undefined) key[f] = x[f];
    return key;
  });
  for (const i of repeatedIndices(keys)) errors.push({ type: 'FieldValueDuplicate', field: `${path}[${i}]`, value: new GoInterfaceMap(keys[i] as Obj) });
}

/** The index of each value's second appearance (validateListSet: later repeats are not reported again). */
function repeatedIndices(values: unknown[]): number[] {
  const seen = new Map<string, number>();
  const repeated: number[] = [];
  values.forEach((x, i) => {
    const key = canonicalJson(x);
    const times = seen.get(key) ?? 0;
    if (times === 1) repeated.push(i);
    seen.set(key, times + 1);
  });
  return repeated;
}

/** JSON with object keys sorted, as Go's json.Marshal writes a map, so that key order does not matter. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isMap(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}
