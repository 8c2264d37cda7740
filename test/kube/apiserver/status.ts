// kube-apiserver style metav1.Status errors. Every failure the server answers is one of these, shaped
// exactly as kube-apiserver shapes them, because clients (kubectl, client-go, client-node) parse them:
// `reason` drives retries and messages, `details.causes[].field` is what kubectl prints for 422.

export interface StatusCause { reason?: string; message?: string; field?: string }
export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}
export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** A failure that the HTTP edge turns into a Status response with `code`. */
export class StatusError extends Error {
  constructor(readonly code: number, readonly reason: string, message: string, readonly details?: StatusDetails, readonly headers: Record<string, string> = {}) {
    super(message);
    this.name = 'StatusError';
  }

  toBody(): StatusBody {
    const body: StatusBody = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: this.message, reason: this.reason, code: this.code };
    if (this.details) body.details = pruneEmpty(this.details);
    if (!this.reason) delete body.reason;
    return body;
  }
}

/** The group-qualified resource as kube-apiserver prints it: `configmaps`, `deployments.apps`. */
export function qualifiedResource(group: string, resource: string): string {
  return group ? `${resource}.${group}` : resource;
}

/** The group-qualified kind: `ConfigMap`, `IngesterCluster.example.com`. */
export function qualifiedKind(group: string, kind: string): string {
  return group ? `${kind}.${group}` : kind;
}

function gr(group: string, resource: string, name?: string): StatusDetails {
  const d: StatusDetails = { kind: resource };
  if (name !== undefined) d.name = name;
  if (group) d.group = group;
  return d;
}

export const notFound = (group: string, resource: string, name: string): StatusError =>
  new StatusError(404, 'NotFound', `${qualifiedResource(group, resource)} "${name}" not found`, gr(group, resource, name));

export const alreadyExists = (group: string, resource: string, name: string): StatusError =>
  new StatusError(409, 'AlreadyExists', `${qualifiedResource(group, resource)} "${name}" already exists`, gr(group, resource, name));

export const conflict = (group: string, resource: string, name: string, why = 'the object has been modified; please apply your changes to the latest version and try again'): StatusError =>
  new StatusError(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedResource(group, resource)} "${name}": ${why}`, gr(group, resource, name));

export const badRequest = (message: string): StatusError => new StatusError(400, 'BadRequest', message);

export const methodNotAllowed = (method: string): StatusError =>
  new StatusError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`, undefined, { Allow: method });

export const unsupportedMediaType = (contentType: string, accepted: string[]): StatusError =>
  new StatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`, { causes: [{ reason: 'UnexpectedServerResponse', message: contentType }] });

export const unauthorized = (): StatusError => new StatusError(401, 'Unauthorized', 'Unauthorized');

export const resourceExpired = (message: string): StatusError => new StatusError(410, 'Expired', message);

export const internalError = (message: string): StatusError =>
  new StatusError(500, 'InternalError', `Internal error occurred: ${message}`, { causes: [{ message }] });

export const tooManyRequests = (message: string, retryAfterSeconds = 1, causes?: StatusCause[]): StatusError =>
  new StatusError(429, 'TooManyRequests', message, pruneEmpty({ retryAfterSeconds, causes }), { 'Retry-After': String(retryAfterSeconds) });

export const notFoundPath = (): StatusError => new StatusError(404, 'NotFound', 'the server could not find the requested resource', { causes: [] });

/** One field error as k8s.io/apimachinery/pkg/util/validation/field renders it. */
export interface FieldError { type: 'FieldValueInvalid' | 'FieldValueRequired' | 'FieldValueNotSupported' | 'FieldValueForbidden' | 'FieldValueTooLong' | 'FieldValueTooMany' | 'FieldValueDuplicate'; field: string; value?: unknown; detail?: string; supported?: string[] }

/**
 * A Go map[string]interface{} as a field error's bad value (listtype's Duplicate of a list-map key), which
 * field.Error's ErrorBody prints with %#v: `map[string]interface {}{"port":80, "protocol":"TCP"}`, keys sorted.
 */
export class GoInterfaceMap {
  constructor(readonly entries: Record<string, unknown>) {}

  toString(): string {
    return `map[string]interface {}{${Object.keys(this.entries).sort().map((k) => `${JSON.stringify(k)}:${goSyntax(this.entries[k])}`).join(', ')}}`;
  }
}

/** %#v of a value decoded from JSON into interface{}: strings quoted, numbers and booleans bare. */
function goSyntax(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
  return new GoInterfaceMap(v as Record<string, unknown>).toString();
}

/** Formats a value the way field.Error does: strings quoted, numbers and booleans bare, the rest by type. */
export function formatFieldValue(value: unknown): string {
  if (value instanceof GoInterfaceMap) return value.toString();
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '"array"';
  // Go prints maps of strings as map[string]string{"k":"v"}; other objects by type.
  if (Object.values(value as object).every((v) => typeof v === 'string')) return `map[string]string{${Object.entries(value as Record<string, string>).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(', ')}}`;
  return '"object"';
}

/** The body of a field error (without the field path), e.g. `Invalid value: 1: must be at least 3`. */
export function fieldErrorBody(e: FieldError): string {
  switch (e.type) {
    case 'FieldValueRequired':
      return e.detail ? `Required value: ${e.detail}` : 'Required value';
    case 'FieldValueForbidden':
      return e.detail ? `Forbidden: ${e.detail}` : 'Forbidden';
    case 'FieldValueNotSupported':
      return `Unsupported value: ${formatFieldValue(e.value)}` + (e.supported?.length ? `: supported values: ${e.supported.map((s) => JSON.stringify(s)).join(', ')}` : '');
    case 'FieldValueTooLong':
      return `Too long: ${e.detail ?? ''}`;
    case 'FieldValueTooMany':
      return `Too many: ${e.detail ?? ''}`;
    case 'FieldValueDuplicate':
      return `Duplicate value: ${formatFieldValue(e.value)}`;
    default:
      return `Invalid value: ${formatFieldValue(e.value)}` + (e.detail ? `: ${e.detail}` : '');
  }
}

/** 422 Invalid, as kube-apiserver answers a failed validation: `Kind.group "name" is invalid: field: body`. */
export function invalid(group: string, kind: string, name: string, errors: FieldError[]): StatusError {
  const parts = errors.map((e) => `${e.field}: ${fieldErrorBody(e)}`);
  const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  const details: StatusDetails = { name, kind, causes: errors.map((e) => ({ reason: e.type, message: fieldErrorBody(e), field: e.field })) };
  if (group) details.group = group;
  return new StatusError(422, 'Invalid', `${qualifiedKind(group, kind)} "${name}" is invalid: ${summary}`, details);
}

export function forbidden(group: string, resource: string, name: string | undefined, message: string): StatusError {
  const prefix = name ? `${qualifiedResource(group, resource)} "${name}"` : qualifiedResource(group, resource);
  return new StatusError(403, 'Forbidden', `${prefix} is forbidden: ${message}`, gr(group, resource, name));
}

export function successStatus(details?: StatusDetails, code = 200): StatusBody {
  const body: StatusBody = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code };
  if (details) body.details = pruneEmpty(details);
  return body;
}

function pruneEmpty<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') out[k] = v;
  return out as T;
}
