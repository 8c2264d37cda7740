// Kubernetes time formats, one place for both programs (the ring's heartbeat Leases, the operator's leader
// Lease and Events).
//
// kube-apiserver parses a MicroTime (Lease acquireTime/renewTime, Event eventTime) with exactly the layout
// `RFC3339Micro = "2006-01-02T15:04:05.000000Z07:00"` (k8s.io/apimachinery/pkg/apis/meta/v1/micro_time.go,
// MicroTime.UnmarshalJSON → time.Parse(RFC3339Micro, …)), so `.334Z` is refused with 400 ("cannot parse
// ".334Z" as ".000000""). A JavaScript `Date` handed to @kubernetes/client-node is sent through
// `Date.toJSON()`, which has 3 fractional digits: never put a Date in a MicroTime field, put microTime(ms).
// A Time (metadata.creationTimestamp, conditions' lastTransitionTime) is RFC 3339 with whole seconds
// (time.go, Time.MarshalJSON → RFC3339); the server parses it with time.RFC3339, which also accepts
// fractions, but writes seconds, so we do too.

/** Kubernetes MicroTime: RFC 3339 in UTC with exactly six fractional digits. */
export function microTime(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`microTime: not a time: ${ms}`);
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ, always 3 digits
  // JavaScript time has millisecond resolution: the three extra digits are zeros.
  return `${iso.slice(0, -1)}000Z`;
}

/** Kubernetes Time: RFC 3339 in UTC with whole seconds. */
export function kubeTime(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`kubeTime: not a time: ${ms}`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** What kube-apiserver accepts as a MicroTime (the layout above, any zone offset). */
export const MICRO_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}(Z|[+-]\d{2}:\d{2})$/;

export function isMicroTime(value: unknown): value is string {
  return typeof value === 'string' && MICRO_TIME_PATTERN.test(value);
}

/**
 * Unix milliseconds of a Time or MicroTime as read from the API (a string; a Date if something
 * deserialized it), NaN when absent or unreadable. Microseconds are truncated.
 */
export function parseKubeTime(value: string | Date | null | undefined): number {
  if (value === null || value === undefined || value === '') return NaN;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}
