// Indexes built in memory for the read path's tests: a series per service, profiles in the order given.
import type { ingester } from '../../gen/index.ts';
import { LabelNames } from '../../model/labels.ts';
import { keyHash, keyHashHi, SeriesDigestBuilder } from '../../query/series-digest.ts';
import type { IndexData, StoredSeries } from './profile-data.ts';
import { requestRange } from './select.ts';
import { seededRandom } from '../../util/seeded-random.ts';

export const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';

export interface P {
  service: string;
  t: number;
  id: string;
  total: number;
}

/** An index over the given profiles, as a head or a block holds them (a series per service). */
export function indexOf(profiles: readonly P[]): IndexData {
  const series: StoredSeries[] = [];
  const bySvc = new Map<string, number>();
  const out: IndexData = { series, profileSeries: [], profileTime: [], profileId: [], profileSampleStart: [], profileSampleEnd: [], profileTotal: [], profileCount: 0 };
  const cols = out as unknown as { profileSeries: number[]; profileTime: number[]; profileId: string[]; profileTotal: number[]; profileSampleStart: number[]; profileSampleEnd: number[] };
  for (const p of profiles) {
    let si = bySvc.get(p.service);
    if (si === undefined) {
      si = series.length;
      bySvc.set(p.service, si);
      const labels = [{ name: LabelNames.profileType, value: TYPE }, { name: 'service_name', value: p.service }];
      series.push({ labels, fingerprint: `fp-${p.service}`, minTimeMs: p.t, maxTimeMs: p.t, profiles: [] });
    }
    const s = series[si]!;
    s.minTimeMs = Math.min(s.minTimeMs, p.t);
    s.maxTimeMs = Math.max(s.maxTimeMs, p.t);
    s.profiles.push(out.profileCount);
    cols.profileSeries.push(si);
    cols.profileTime.push(p.t);
    cols.profileId.push(p.id);
    cols.profileTotal.push(p.total);
    cols.profileSampleStart.push(0);
    cols.profileSampleEnd.push(0);
    out.profileCount++;
  }
  return out;
}

/** A small deterministic generator. */
export const random = seededRandom;


/**
 * The reference the hashed reads are checked against: per series, the digest of each profile key in range once,
 * found by a string key, local blocks read first, then the heads. `step` gives the step a value is summed into;
 * `only` keeps those series; `taken` hears which source each key was read from. Sorted by series.
 */
export function digestsByStringKeys<S extends { index: IndexData; block: boolean }>(
  sources: readonly S[],
  start: number,
  end: number,
  step: (t: number) => number | undefined,
  only?: ReadonlySet<string>,
  taken?: (source: S, key: string) => void,
): ingester.v1.SeriesDigest.$Properties[] {
  const range = requestRange(start, end);
  const seen = new Set<string>();
  const builders = new Map<string, SeriesDigestBuilder>();
  for (const source of [...sources.filter((s) => s.block), ...sources.filter((s) => !s.block)]) {
    const index = source.index;
    for (const s of index.series) {
      if (only && !only.has(s.fingerprint)) continue;
      for (const p of s.profiles) {
        const t = index.profileTime[p]!;
        const id = index.profileId[p]!;
        if (t < range.start || t > range.end) continue;
        const key = `${s.fingerprint}/${t}/${id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        taken?.(source, key);
        let b = builders.get(s.fingerprint);
        if (!b) builders.set(s.fingerprint, (b = new SeriesDigestBuilder(s.fingerprint, s.labels)));
        b.addHashed(keyHash(t, id), keyHashHi(t, id), index.profileTotal[p]!, step(t), source.block);
      }
    }
  }
  return [...builders.values()].map((b) => b.toProto()).sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));
}
