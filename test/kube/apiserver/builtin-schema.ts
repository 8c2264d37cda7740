// Decoding a built-in kind's JSON the way kube-apiserver does (k8s.io/apiserver's json serializer over
// sigs.k8s.io/json: case-sensitive, unknown fields dropped and reported for fieldValidation=Strict|Warn, type
// errors and the special types' UnmarshalJSON errors fatal).
//
// The field schema is not written by hand: it is @kubernetes/client-node's generated models (each V1* class's
// attributeTypeMap, generated from kube's OpenAPI), which carry field names, Go scalar formats (int32, int64,
// date-time, date-time-micro, int-or-string, byte) and nested types. The generator maps resource.Quantity to a
// plain string, so the Quantity fields are listed below from k8s.io/api (types.go: ResourceList and every
// `resource.Quantity` field).
import * as models from '@kubernetes/client-node';
import { decodeInteger, decodeIntOrString, decodeQuantity, decodeTime, GoTypeError, jsonKind, type DecodeFailure } from './wire-formats.ts';

interface Attribute { name: string; baseName: string; type: string; format: string }
type Model = { attributeTypeMap: Attribute[] };
const MODELS = models as unknown as Record<string, Model | undefined>;

/** `Model.field` pairs whose Go type is resource.Quantity or ResourceList (map of Quantity). */
const QUANTITY_FIELDS = new Set([
  'V1ResourceRequirements.limits', 'V1ResourceRequirements.requests',
  'V1VolumeResourceRequirements.limits', 'V1VolumeResourceRequirements.requests',
  'V1EmptyDirVolumeSource.sizeLimit', 'V1ResourceFieldSelector.divisor',
  'V1PodSpec.overhead', 'V1Overhead.podFixed', 'V1ContainerStatus.allocatedResources',
  'V1PersistentVolumeSpec.capacity', 'V1PersistentVolumeClaimStatus.capacity', 'V1PersistentVolumeClaimStatus.allocatedResources',
  'V1NodeStatus.capacity', 'V1NodeStatus.allocatable',
  'V1ResourceQuotaSpec.hard', 'V1ResourceQuotaStatus.hard', 'V1ResourceQuotaStatus.used',
  'V1LimitRangeItem.default', 'V1LimitRangeItem.defaultRequest', 'V1LimitRangeItem.max', 'V1LimitRangeItem.min', 'V1LimitRangeItem.maxLimitRequestRatio',
  'V1CSIStorageCapacity.capacity', 'V1CSIStorageCapacity.maximumVolumeSize',
  'V2MetricTarget.averageValue', 'V2MetricTarget.value', 'V2MetricValueStatus.averageValue', 'V2MetricValueStatus.value',
]);

/** The generated model of a served kind: V1Pod, V2HorizontalPodAutoscaler; the two Events have prefixed names. */
export function modelName(group: string, version: string, kind: string): string | undefined {
  let name = `${version[0]!.toUpperCase()}${version.slice(1)}${kind}`;
  if (kind === 'Event') name = group === 'events.k8s.io' ? 'EventsV1Event' : 'CoreV1Event';
  return MODELS[name]?.attributeTypeMap ? name : undefined;
}

/** The Go package-qualified type of a model (v1.PodSpec) and its bare struct name (PodSpec). */
function goStruct(model: string): { qualified: string; bare: string } {
  const m = /^(?:Core|Events|Rbac|Storage|Authentication|Discovery|Apiextensions|Admissionregistration|Flowcontrol|Resource|Apiregistration)?(V\d+(?:alpha\d+|beta\d+)?)(.+)$/.exec(model);
  if (!m) return { qualified: model, bare: model };
  return { qualified: `${m[1]!.toLowerCase()}.${m[2]}`, bare: m[2]! };
}

function goType(type: string, format: string, quantity: boolean): string {
  if (quantity) return type.startsWith('{') ? 'v1.ResourceList' : 'resource.Quantity';
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) return `[]${goType(arr[1]!, '', false)}`;
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return `map[string]${format === 'byte' ? '[]uint8' : goType(map[1]!, '', false)}`;
  switch (type) {
    case 'string':
      return format === 'byte' ? '[]uint8' : 'string';
    case 'number':
      return format === 'int32' || format === 'int64' ? format : 'float64';
    case 'boolean':
      return 'bool';
    case 'Date':
      return 'v1.Time';
    case 'V1MicroTime':
      return 'v1.MicroTime';
    case 'IntOrString':
      return 'intstr.IntOrString';
    case 'any':
      return 'interface {}';
    default:
      return goStruct(type).qualified;
  }
}

export interface DecodeResult {
  /** The fatal decoding error (Go's text), when the body cannot be decoded into the type. */
  error?: string;
  /** Unknown fields, as sigs.k8s.io/json's strict mode names them: `spec.foo`, `spec.containers[0].bar`. */
  unknownFields: string[];
  /** The object with unknown fields dropped, as the decoded Go struct would hold it. */
  decoded: Record<string, unknown>;
}

/** Base64 (Go's StdEncoding, padded): CorruptInputError's byte offset, or undefined. */
function base64Error(s: string): string | undefined {
  const bad = s.search(/[^A-Za-z0-9+/=]/);
  const pad = s.indexOf('=');
  if (bad >= 0 && (pad < 0 || bad < pad)) return `illegal base64 data at input byte ${bad}`;
  if (s.length % 4 !== 0) return `illegal base64 data at input byte ${s.length - (s.length % 4)}`;
  if (pad >= 0 && !/^={1,2}$/.test(s.slice(pad))) return `illegal base64 data at input byte ${pad}`;
  return undefined;
}

class Abort {
  constructor(readonly message: string) {}
}

/**
 * Decodes `body` as the built-in `kind`. Returns undefined when there is no schema for it (custom resources and
 * kinds the models do not know are stored as sent).
 */
export function decodeBuiltin(group: string, version: string, kind: string, body: Record<string, unknown>): DecodeResult | undefined {
  const root = modelName(group, version, kind);
  if (!root) return undefined;
  const unknownFields: string[] = [];
  let saved: string | undefined;
  const failure = (f: DecodeFailure, struct: string, path: string): void => {
    // A type's UnmarshalJSON error aborts decoding (encoding/json's literalStore returns it); a type error in a plain
    // field is saved and decoding goes on (saveError keeps the first).
    if (typeof f === 'string') throw new Abort(f);
    throw new Abort(f.message({ struct, path }));
  };
  const typeError = (v: unknown, type: string, struct: string, path: string): void => {
    saved ??= new GoTypeError(jsonKind(v), type).message({ struct, path });
  };

  const walkModel = (model: string, v: Record<string, unknown>, jsonPath: string, goPath: string): Record<string, unknown> => {
    const attrs = MODELS[model]?.attributeTypeMap ?? [];
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) {
      const attr = attrs.find((a) => a.baseName === key);
      const path = jsonPath ? `${jsonPath}.${key}` : key;
      if (!attr) {
        unknownFields.push(path);
        continue;
      }
      const fieldGoPath = goPath ? `${goPath}.${key}` : key;
      out[key] = walkValue(attr.type, attr.format, QUANTITY_FIELDS.has(`${model}.${key}`), value, path, fieldGoPath, goStruct(model).bare);
    }
    return out;
  };

  const walkValue = (type: string, format: string, quantity: boolean, v: unknown, path: string, goPath: string, struct: string): unknown => {
    if (type === 'any') return v;
    if (type === 'Date' || type === 'V1MicroTime') {
      const f = decodeTime(v, type === 'V1MicroTime');
      if (f) failure(f, struct, goPath);
      return v;
    }
    if (type === 'IntOrString') {
      const f = decodeIntOrString(v);
      if (f) failure(f, struct, goPath);
      return v;
    }
    if (quantity && !type.startsWith('{')) {
      const f = decodeQuantity(v);
      if (f) failure(f, struct, goPath);
      return v;
    }
    if (v === null) return v;
    const arr = /^Array<(.+)>$/.exec(type);
    if (arr) {
      if (!Array.isArray(v)) {
        typeError(v, goType(type, format, quantity), struct, goPath);
        return v;
      }
      return v.map((x, i) => walkValue(arr[1]!, '', false, x, `${path}[${i}]`, goPath, struct));
    }
    const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
    if (map) {
      if (jsonKind(v) !== 'object') {
        typeError(v, goType(type, format, quantity), struct, goPath);
        return v;
      }
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (quantity) {
          const f = decodeQuantity(x);
          if (f) failure(f, struct, goPath);
          out[k] = x;
        } else if (format === 'byte' && typeof x === 'string') {
          const e = base64Error(x);
          if (e) saved ??= e;
          out[k] = x;
        } else out[k] = walkValue(map[1]!, '', false, x, `${path}.${k}`, goPath, struct);
      }
      return out;
    }
    switch (type) {
      case 'string':
        if (typeof v !== 'string') typeError(v, 'string', struct, goPath);
        else if (format === 'byte') {
          const e = base64Error(v);
          if (e) saved ??= e;
        }
        return v;
      case 'boolean':
        if (typeof v !== 'boolean') typeError(v, 'bool', struct, goPath);
        return v;
      case 'number':
        if (format === 'int32' || format === 'int64') {
          const e = decodeInteger(v, format);
          if (e) saved ??= e.message({ struct, path: goPath });
        } else if (typeof v !== 'number') typeError(v, 'float64', struct, goPath);
        return v;
      default:
        if (!MODELS[type]?.attributeTypeMap) return v;
        if (jsonKind(v) !== 'object') {
          typeError(v, goType(type, format, quantity), struct, goPath);
          return v;
        }
        return walkModel(type, v as Record<string, unknown>, path, goPath);
    }
  };

  try {
    const decoded = walkModel(root, body, '', '');
    return { error: saved, unknownFields, decoded };
  } catch (err) {
    if (err instanceof Abort) return { error: err.message, unknownFields, decoded: body };
    throw err;
  }
}

/** Go's %+v of a decoded JSON value (what kube-apiserver quotes for a strategic merge patch): map[a:1 b:[x y]]. */
export function goFormat(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goFormat).join(' ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${entries.map(([k, x]) => `${k}:${goFormat(x)}`).join(' ')}]`;
  }
  return String(v);
}

export type BodySource = { kind: 'body' } | { kind: 'patch'; patchType: 'merge' | 'json' | 'strategic'; patch: unknown };

export interface DecodeContext { fieldValidation: 'Strict' | 'Warn' | 'Ignore'; warnings: string[] }

/**
 * Decodes a request's object for a built-in kind, or throws kube-apiserver's error:
 * - a body (create, update): 400 `<Kind> in version "<v>" cannot be handled as a <Kind>: <error>`
 *   (handlers/create.go and update.go, transformDecodeError), unknown fields included under Strict;
 * - a patch: 422 ` "" is invalid: patch: Invalid value: "<patched object>": <error>` (handlers/patch.go,
 *   jsonPatcher.applyPatchToCurrentObject and applyPatchToObject: the strategic merge patch quotes the patch
 *   map with %+v, the JSON patches the patched JSON).
 * Under Warn each unknown field becomes a warning (`unknown field "spec.foo"`); the returned object has them
 * dropped, whatever the directive.
 */
export function decodeOrRefuse<T extends Record<string, unknown>>(group: string, version: string, kind: string, obj: T, ctx: DecodeContext, source: BodySource, errors: {
  badRequest: (message: string) => Error;
  invalidPatch: (value: string, detail: string) => Error;
}): T {
  const r = decodeBuiltin(group, version, kind, obj);
  if (!r) return obj;
  const strict = r.unknownFields.length && ctx.fieldValidation === 'Strict' ? `strict decoding error: ${r.unknownFields.map((f) => `unknown field ${JSON.stringify(f)}`).join(', ')}` : undefined;
  const message = r.error ?? strict;
  if (message) {
    if (source.kind === 'body') throw errors.badRequest(`${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: ${message}`);
    throw errors.invalidPatch(source.patchType === 'strategic' ? goFormat(source.patch) : JSON.stringify(obj), message);
  }
  if (ctx.fieldValidation === 'Warn') for (const f of r.unknownFields) ctx.warnings.push(`unknown field ${JSON.stringify(f)}`);
  return r.decoded as T;
}
