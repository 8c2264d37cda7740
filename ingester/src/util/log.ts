// Structured JSON logs. Every logger carries the component and, where known, tenant and instance fields,
// so log lines can be filtered the way operators search them (component="ingester" instance="ingester-2").
// The operator logs through this module too.
import winston from 'winston';

export type Logger = winston.Logger;

export interface LogOptions {
  level?: string;
  /** Fields attached to every line (component, instance, …). */
  fields?: Record<string, string>;
  /** Silences output (unit tests that create many components). */
  silent?: boolean;
  /** Write here instead of stderr (tests that read the lines back). */
  stream?: NodeJS.WritableStream;
}

export function createLogger(component: string, options: LogOptions = {}): Logger {
  return winston.createLogger({
    level: options.level ?? 'info',
    silent: options.silent ?? false,
    defaultMeta: { component, ...options.fields },
    format: winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), errorsAnywhere(), winston.format.json()),
    transports: [options.stream ? new winston.transports.Stream({ stream: options.stream }) : new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'debug'] })],
  });
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return createLogger('test', { silent: true });
}

// ---- errors in log fields ------------------------------------------------------------------------------
//
// JSON.stringify writes an Error as `{}`: its name, message, stack and cause are not own enumerable
// properties. `winston.format.errors` only handles an Error passed as the message. So every Error in the
// fields, at any key and depth (`err`, `error`, `cause`, nested objects), is turned into a plain object
// first: name, message, stack, code, its other own fields (an HTTP client's status or body), its cause
// chain and, for an AggregateError, its errors.

const MAX_DEPTH = 8;
const MAX_FIELD_CHARS = 4096;

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: unknown;
  cause?: unknown;
  errors?: unknown[];
  [field: string]: unknown;
}

/** A plain, JSON-safe copy of `value` in which every Error is a SerializedError; cycles become "[circular]". */
export function serializeErrors(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth > MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) {
    seen.add(value);
    const out: SerializedError = { name: value.name, message: value.message };
    if (value.stack) out.stack = value.stack;
    for (const [key, field] of Object.entries(value)) {
      if (key === 'name' || key === 'message' || key === 'stack' || key === 'cause' || key === 'errors') continue;
      out[key] = typeof field === 'string' && field.length > MAX_FIELD_CHARS ? `${field.slice(0, MAX_FIELD_CHARS)}…` : serializeErrors(field, depth + 1, seen);
    }
    if ('cause' in value && value.cause !== undefined) out.cause = serializeErrors(value.cause, depth + 1, seen);
    if (value instanceof AggregateError) out.errors = value.errors.map((e: unknown) => serializeErrors(e, depth + 1, seen));
    seen.delete(value);
    return out;
  }
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value; // Dates, Buffers…: their own toJSON
  seen.add(value);
  const out: unknown = Array.isArray(value) ? value.map((v) => serializeErrors(v, depth + 1, seen)) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, serializeErrors(v, depth + 1, seen)]));
  seen.delete(value);
  return out;
}

const errorsAnywhere = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (key === 'level' || key === 'message') continue;
    const field = info[key];
    if (field !== null && typeof field === 'object' && containsError(field, 0)) info[key] = serializeErrors(field);
  }
  return info;
});

/** Cheap check so that lines without errors are passed through untouched. */
function containsError(value: object, depth: number): boolean {
  if (value instanceof Error) return true;
  if (depth > MAX_DEPTH) return false;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const v of Object.values(value)) if (v !== null && typeof v === 'object' && containsError(v, depth + 1)) return true;
  return false;
}
