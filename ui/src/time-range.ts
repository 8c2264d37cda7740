// Time ranges as the UI keeps them in the URL: relative ("now-1h" … "now") or absolute Unix milliseconds.

export interface RangeSpec {
  from: string;
  until: string;
}

export const PRESETS: Array<{ label: string; from: string }> = [
  { label: 'Last 15 minutes', from: 'now-15m' },
  { label: 'Last 1 hour', from: 'now-1h' },
  { label: 'Last 24 hours', from: 'now-24h' },
  { label: 'Last 7 days', from: 'now-7d' },
];

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Resolves "now", "now-15m" or a millisecond timestamp; undefined when it is neither. */
export function resolveTime(spec: string, now: number): number | undefined {
  const s = spec.trim();
  if (s === 'now') return now;
  const rel = /^now-(\d+)([smhd])$/.exec(s);
  if (rel) return now - Number(rel[1]) * UNITS[rel[2]!]!;
  if (/^\d{1,16}$/.test(s)) return Number(s);
  return undefined;
}

export function resolveRange(spec: RangeSpec, now = Date.now()): { start: number; end: number } {
  const start = resolveTime(spec.from, now) ?? now - 3_600_000;
  const end = resolveTime(spec.until, now) ?? now;
  return start < end ? { start, end } : { start: end - 3_600_000, end };
}

/** A step (seconds) giving about 100 points over the range, at least 15 s as Pyroscope's UI does. */
export function stepFor(range: { start: number; end: number }): number {
  return Math.max(15, Math.ceil((range.end - range.start) / 1000 / 100));
}

/** Value for an <input type="datetime-local"> in local time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}
