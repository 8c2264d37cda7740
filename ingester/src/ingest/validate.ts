// Validation of what a client sends: tenant IDs, series labels, profile timestamps. Each failure is an
// ApiError invalid_argument (HTTP 400) whose message names the limit and the offending value.
import { invalidArgument } from '../util/errors.ts';
import type { LabelPair } from '../model/labels.ts';
import type { Limits } from './limits.ts';

export const MAX_TENANT_ID_LENGTH = 150;
const TENANT_ID = /^[0-9a-zA-Z!\-_.*'()]+$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** Throws unless `tenant` is a valid tenant ID (dskit's rules: ≤150 of [0-9a-zA-Z!-_.*'()], not "." or ".."). */
export function validateTenant(tenant: string): void {
  if (tenant.length === 0) throw invalidArgument('tenant ID is empty');
  if (tenant.length > MAX_TENANT_ID_LENGTH) throw invalidArgument(`tenant ID is ${tenant.length} characters long: limit max-tenant-id-length (${MAX_TENANT_ID_LENGTH}) exceeded`);
  if (!TENANT_ID.test(tenant)) throw invalidArgument(`tenant ID ${quote(tenant)} has characters outside [0-9a-zA-Z!-_.*'()]`);
  if (tenant === '.' || tenant === '..') throw invalidArgument(`tenant ID ${quote(tenant)} is not allowed`);
}

/** Throws unless the labels respect the limits, have valid unique names and well-formed UTF-8 values. */
export function validateLabels(labels: readonly LabelPair[], limits: Limits): void {
  if (limits.maxLabelNamesPerSeries > 0 && labels.length > limits.maxLabelNamesPerSeries) {
    throw invalidArgument(`series has ${labels.length} label names: limit max-label-names-per-series (${limits.maxLabelNamesPerSeries}) exceeded; series ${describe(labels)}`);
  }
  const seen = new Set<string>();
  for (const { name, value } of labels) {
    if (limits.maxLabelNameLength > 0 && name.length > limits.maxLabelNameLength) {
      throw invalidArgument(`label name ${quote(name)} is ${name.length} characters long: limit max-length-label-name (${limits.maxLabelNameLength}) exceeded`);
    }
    if (!LABEL_NAME.test(name)) throw invalidArgument(`label name ${quote(name)} is invalid: must match [a-zA-Z_][a-zA-Z0-9_]*`);
    if (limits.maxLabelValueLength > 0 && value.length > limits.maxLabelValueLength) {
      throw invalidArgument(`label ${name} has a value ${value.length} characters long: limit max-length-label-value (${limits.maxLabelValueLength}) exceeded; value ${quote(value)}`);
    }
    if (name === '__name__' && !METRIC_NAME.test(value)) throw invalidArgument(`profile name (__name__) ${quote(value)} is invalid: must match [a-zA-Z_:][a-zA-Z0-9_:]*`);
    if (!isWellFormed(value)) throw invalidArgument(`label ${name} has a value that is not valid UTF-8: ${quote(value)}`);
    if (seen.has(name)) throw invalidArgument(`label name ${quote(name)} appears twice in series ${describe(labels)}`);
    seen.add(name);
  }
}

/** Throws when a profile's timestamp is outside [received - rejectOlderThan, received + creationGracePeriod]. */
export function validateTimestamp(timestampMs: number, receivedAtMs: number, limits: Limits): void {
  if (limits.rejectOlderThanMs > 0 && timestampMs < receivedAtMs - limits.rejectOlderThanMs) {
    throw invalidArgument(`profile timestamp ${iso(timestampMs)} is too old: limit reject-older-than (${limits.rejectOlderThanMs / 1000}s before ${iso(receivedAtMs)}) exceeded`);
  }
  if (limits.creationGracePeriodMs > 0 && timestampMs > receivedAtMs + limits.creationGracePeriodMs) {
    throw invalidArgument(`profile timestamp ${iso(timestampMs)} is too far in the future: limit creation-grace-period (${limits.creationGracePeriodMs / 1000}s after ${iso(receivedAtMs)}) exceeded`);
  }
}

const iso = (ms: number): string => (Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : String(ms));

/** Quotes a value for an error message, cut to a readable length. */
export function quote(value: string, max = 120): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

function describe(labels: readonly LabelPair[]): string {
  const shown = labels.slice(0, 8).map((l) => `${l.name}=${quote(l.value, 40)}`);
  return `{${shown.join(', ')}${labels.length > 8 ? ', …' : ''}}`;
}

// A string from protobuf decoding is well-formed UTF-16 unless the sender's UTF-8 was broken into lone
// surrogates; String.prototype.isWellFormed (Node 20) is not in our TypeScript lib target.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
