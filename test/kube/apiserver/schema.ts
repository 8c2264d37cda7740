// Custom resources through their CRD's openAPIV3Schema, the way kube-apiserver treats them: unknown fields
// pruned (reported for fieldValidation=Strict/Warn) unless x-kubernetes-preserve-unknown-fields, `default`s
// applied, then validated with kube's field error messages, list-type set/map uniqueness (listtype.ts), then
// x-kubernetes-validations (CEL subset).
import { CelError, compile, evaluate, usesOldSelf } from './cel.ts';
import { validateListSetsAndMaps } from './listtype.ts';
import type { FieldError } from './status.ts';
import type { KubeObject, ResourceType } from './types.ts';

export interface JSONSchemaProps {
  type?: string;
  properties?: Record<string, JSONSchemaProps>;
  additionalProperties?: JSONSchemaProps | boolean;
  items?: JSONSchemaProps;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  minProperties?: number;
  maxProperties?: number;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-validations'?: { rule: string; message?: string; fieldPath?: string; reason?: string }[];
}

type Obj = Record<string, unknown>;
const isMap = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SchemaResult { errors: FieldError[]; unknownFields: string[] }

/** Prunes, defaults (both in place on `obj`) and validates a custom resource. */
export function validateCustomResource(t: ResourceType, obj: KubeObject, old: KubeObject | undefined): SchemaResult {
  const apiVersion = obj.apiVersion ?? '';
  const version = apiVersion.split('/')[1] ?? t.version;
  const schema = t.crd?.schemas.get(version) ?? t.crd?.schemas.get(t.version);
  const result: SchemaResult = { errors: [], unknownFields: [] };
  if (!schema) return result;
  const s = schema as JSONSchemaProps;
  for (const key of Object.keys(obj)) {
    if (key === 'apiVersion' || key === 'kind' || key === 'metadata') continue;
    const sub = s.properties?.[key];
    if (!sub && !s['x-kubernetes-preserve-unknown-fields']) {
      result.unknownFields.push(key);
      delete obj[key];
      continue;
    }
    if (sub) {
      obj[key] = prune(sub, obj[key], key, result.unknownFields);
      obj[key] = applyDefaults(sub, obj[key]);
    }
  }
  for (const [key, sub] of Object.entries(s.properties ?? {})) if (obj[key] === undefined && sub.default !== undefined && key !== 'metadata') obj[key] = structuredClone(sub.default);
  for (const [key, sub] of Object.entries(s.properties ?? {})) {
    if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
    validate(sub, obj[key], key, old?.[key], old !== undefined, result.errors);
  }
  for (const r of s.required ?? []) if (obj[r] === undefined) result.errors.push({ type: 'FieldValueRequired', field: r });
  // After the OpenAPI checks, as customresource strategy.go Validate orders them; a Duplicate does not stop CEL.
  for (const [key, sub] of Object.entries(s.properties ?? {})) if (key !== 'metadata') validateListSetsAndMaps(sub, obj[key], key, result.errors);
  runRules(s, obj, '', old, old !== undefined, result.errors, true);
  return result;
}

function prune(s: JSONSchemaProps, v: unknown, path: string, unknown: string[]): unknown {
  if (s['x-kubernetes-preserve-unknown-fields'] && !s.properties) return v;
  if (isMap(v)) {
    if (s.properties) {
      const out: Obj = {};
      for (const [k, x] of Object.entries(v)) {
        const sub = s.properties[k];
        if (sub) out[k] = prune(sub, x, `${path}.${k}`, unknown);
        else if (s['x-kubernetes-preserve-unknown-fields']) out[k] = x;
        else unknown.push(`${path}.${k}`);
      }
      return out;
    }
    if (isMap(s.additionalProperties)) {
      const sub = s.additionalProperties;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, prune(sub, x, `${path}.${k}`, unknown)]));
    }
    if (s.additionalProperties === true) return v;
    if (s.type === 'object' && !s['x-kubernetes-embedded-resource']) {
      for (const k of Object.keys(v)) unknown.push(`${path}.${k}`);
      return {};
    }
    return v;
  }
  if (Array.isArray(v) && s.items) return v.map((x, i) => prune(s.items!, x, `${path}[${i}]`, unknown));
  return v;
}

function applyDefaults(s: JSONSchemaProps, v: unknown): unknown {
  if (isMap(v)) {
    const out: Obj = { ...v };
    for (const [k, sub] of Object.entries(s.properties ?? {})) {
      if ((out[k] === undefined || (out[k] === null && !sub.nullable)) && sub.default !== undefined) out[k] = structuredClone(sub.default);
      if (out[k] !== undefined) out[k] = applyDefaults(sub, out[k]);
    }
    if (isMap(s.additionalProperties)) for (const k of Object.keys(out)) if (!s.properties?.[k]) out[k] = applyDefaults(s.additionalProperties, out[k]);
    return out;
  }
  if (Array.isArray(v) && s.items) return v.map((x) => applyDefaults(s.items!, x));
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(s: JSONSchemaProps, v: unknown): boolean {
  if (s['x-kubernetes-int-or-string']) return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
  switch (s.type) {
    case 'object':
      return isMap(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    default:
      return true;
  }
}

function validate(s: JSONSchemaProps, v: unknown, path: string, old: unknown, isUpdate: boolean, errors: FieldError[]): void {
  if (v === undefined) return;
  if (v === null) {
    if (!s.nullable && s.type) errors.push({ type: 'FieldValueInvalid', field: path, value: 'null', detail: `${path} in body must be of type ${s.type}: "null"` });
    return;
  }
  if (!typeMatches(s, v)) {
    const t = typeName(v);
    errors.push({ type: 'FieldValueInvalid', field: path, value: t, detail: `${path} in body must be of type ${s.type}: "${t}"` });
    return;
  }
  const before = errors.length;
  if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) errors.push({ type: 'FieldValueNotSupported', field: path, value: v, supported: s.enum.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))) });
  if (typeof v === 'number') {
    if (s.minimum !== undefined && (s.exclusiveMinimum ? v <= s.minimum : v < s.minimum))
      errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should be greater than ${s.exclusiveMinimum ? '' : 'or equal to '}${s.minimum}` });
    if (s.maximum !== undefined && (s.exclusiveMaximum ? v >= s.maximum : v > s.maximum))
      errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should be less than ${s.exclusiveMaximum ? '' : 'or equal to '}${s.maximum}` });
    if (s.multipleOf !== undefined && v % s.multipleOf !== 0) errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should be a multiple of ${s.multipleOf}` });
  }
  if (typeof v === 'string') {
    const len = [...v].length;
    if (s.minLength !== undefined && len < s.minLength) errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should be at least ${s.minLength} chars long` });
    if (s.maxLength !== undefined && len > s.maxLength) errors.push({ type: 'FieldValueTooLong', field: path, value: v, detail: `may not be more than ${s.maxLength} bytes` });
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v)) errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should match '${s.pattern}'` });
  }
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should have at least ${s.minItems} items` });
    if (s.maxItems !== undefined && v.length > s.maxItems) errors.push({ type: 'FieldValueTooMany', field: path, value: v, detail: `${v.length}: must have at most ${s.maxItems} items` });
    if (s.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push({ type: 'FieldValueDuplicate', field: path, value: v });
    if (s.items) v.forEach((x, i) => validate(s.items!, x, `${path}[${i}]`, Array.isArray(old) ? old[i] : undefined, isUpdate, errors));
  }
  if (isMap(v)) {
    const n = Object.keys(v).length;
    if (s.minProperties !== undefined && n < s.minProperties) errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should have at least ${s.minProperties} properties` });
    if (s.maxProperties !== undefined && n > s.maxProperties) errors.push({ type: 'FieldValueInvalid', field: path, value: v, detail: `${path} in body should have at most ${s.maxProperties} properties` });
    for (const r of s.required ?? []) if (v[r] === undefined) errors.push({ type: 'FieldValueRequired', field: `${path}.${r}` });
    for (const [k, x] of Object.entries(v)) {
      const sub = s.properties?.[k] ?? (isMap(s.additionalProperties) ? s.additionalProperties : undefined);
      if (sub) validate(sub, x, `${path}.${k}`, isMap(old) ? old[k] : undefined, isUpdate, errors);
    }
  }
  // CEL rules run only on values that passed the structural checks, as in kube-apiserver.
  if (errors.length === before) runRules(s, v, path, old, isUpdate, errors, false);
}

function runRules(s: JSONSchemaProps, v: unknown, path: string, old: unknown, isUpdate: boolean, errors: FieldError[], root: boolean): void {
  for (const rule of s['x-kubernetes-validations'] ?? []) {
    const transition = usesOldSelf(rule.rule);
    if (transition && (!isUpdate || old === undefined)) continue;
    const field = rule.fieldPath ? `${path}${rule.fieldPath}`.replace(/^\./, '') : path;
    const shown = root ? (isMap(v) ? 'object' : v) : isMap(v) ? 'object' : Array.isArray(v) ? 'array' : v;
    const type = (rule.reason ?? 'FieldValueInvalid') as FieldError['type'];
    try {
      const ok = evaluate(compile(rule.rule), { self: v, oldSelf: old });
      if (ok !== true) {
        const detail = rule.message ?? `failed rule: ${rule.rule}`;
        errors.push(type === 'FieldValueInvalid' ? { type, field: field || '<nil>', value: shown, detail } : { type, field: field || '<nil>', detail });
      }
    } catch (err) {
      if (!(err instanceof CelError)) throw err;
      errors.push({ type: 'FieldValueInvalid', field: field || '<nil>', value: shown, detail: `${err.message} evaluating rule: ${rule.rule}` });
    }
  }
}
