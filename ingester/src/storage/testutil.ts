// Test fixtures for storage tests: NormalizedProfiles built from the real pprof corpus with plain series
// labels (service_name, __name__, __profile_type__), and the totals a pprof holds per sample type,
// computed independently of our decoder with the `pprof-format` package.
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { LabelNames, type LabelPair } from '../model/labels.ts';
import { limitsWith } from '../ingest/limits.ts';
import { normalizePush } from '../ingest/normalize.ts';
import type { NormalizedProfile } from '../model/profile.ts';
import { decodeProfile } from '../pprof/decoder.ts';
import { isGzip } from '../pprof/inflate.ts';
import { eventually as pollUntil } from '../util/eventually.ts';

export function profileTypeIds(raw: Uint8Array, name = 'process_cpu'): string[] {
  const p = decodeProfile(isGzip(raw) ? gunzipSync(raw) : raw);
  const s = (i: number | undefined) => (i === undefined ? '' : p.strings[i] ?? '');
  return p.sampleTypes.map((t) => `${name}:${s(t.type)}:${s(t.unit)}:${s(p.periodType?.type)}:${s(p.periodType?.unit)}`);
}

const ANY_TIME = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });

/**
 * The profiles normalizePush makes of a raw pprof pushed with service_name, __name__ and the extras, at
 * the given time (the pprof's own time_nanos is replaced, so tests choose timestamps).
 */
export function normalizedFromPprof(raw: Uint8Array, options: { id: string; timestampMs: number; service: string; extra?: LabelPair[]; name?: string }): NormalizedProfile[] {
  const labels = [
    { name: LabelNames.serviceName, value: options.service },
    { name: LabelNames.metricName, value: options.name ?? 'process_cpu' },
    ...(options.extra ?? []),
  ];
  return normalizePush('test', { series: [{ labels, samples: [{ rawProfile: raw, ID: options.id }] }] }, ANY_TIME, options.timestampMs).map((p) => ({ ...p, timestampMs: options.timestampMs }));
}

const decoded = new WeakMap<Uint8Array, Profile>();
function decodeWithPprofFormat(raw: Uint8Array): Profile {
  let p = decoded.get(raw);
  if (!p) decoded.set(raw, (p = Profile.decode(isGzip(raw) ? gunzipSync(raw) : raw)));
  return p;
}

/** Per sample type: the sum of the values, straight from pprof-format. */
export function pprofTotals(raw: Uint8Array): number[] {
  const p = decodeWithPprofFormat(raw);
  const totals = p.sampleType.map(() => 0);
  for (const s of p.sample) s.value.forEach((v, i) => (totals[i]! += Number(v)));
  return totals;
}

/** Per sample type: the set of function names used by samples with a non-zero value, via pprof-format. */
export function pprofFunctionNames(raw: Uint8Array, typeIndex: number): Set<string> {
  const p = decodeWithPprofFormat(raw);
  const strings = p.stringTable.strings;
  const fnName = new Map<string, string>();
  // .NET agents send every function with ID 0, one per location; like Pyroscope, function i takes the ID of location i.
  const dotnet = p.function.length > 0 && p.function.length === p.location.length && p.function.every((f) => Number(f.id) === 0);
  p.function.forEach((f, i) => fnName.set(String(dotnet ? p.location[i]!.id : f.id), strings[Number(f.name)] ?? ''));
  const locFns = new Map<string, string[]>();
  for (const l of p.location) locFns.set(String(l.id), l.line.map((ln) => fnName.get(String(ln.functionId)) ?? ''));
  const names = new Set<string>();
  for (const s of p.sample) {
    if (Number(s.value[typeIndex] ?? 0) === 0) continue;
    for (const id of s.locationId) for (const n of locFns.get(String(id)) ?? []) if (n) names.add(n);
  }
  return names;
}

/** Polls until `check` returns a truthy value or the deadline passes (argument order kept for this file's callers). */
export function eventually<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  return pollUntil<T>(what, check, { timeoutMs, intervalMs });
}
