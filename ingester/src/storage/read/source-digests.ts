// An ingester's series digests (SelectSeriesDigests; query/series-digest.ts) over its sources: local blocks
// first, then the heads, each profile key once (keys-once.ts).
//
// What the digests need of a source is kept with it: worked out once for a local block, which never changes
// (index-digests.ts), extended as a head grows (appended-digests.ts). A series the range covers whole, in one step,
// is added at once when no earlier source can hold one of its keys; otherwise it is read profile by profile,
// skipping the keys read before: a block holding a key an earlier block holds too (two cuts of a profile pushed
// again), a head series within the time span of a block read before, or any series of a second head.
import type { LabelPair } from '../../model/labels.ts';
import { SeriesDigestBuilder } from '../../query/series-digest.ts';
import type { Matcher } from '../../query/selector.ts';
import { checkQueryDeadline } from '../../query/deadline.ts';
import { KeysOnce } from './keys-once.ts';
import type { IndexData } from './profile-data.ts';
import { selectTypedSeries, type TimeRange } from './select.ts';

export interface DigestSource {
  index: IndexData;
  /** A local block: immutable, and its profiles count in the block part. */
  block: boolean;
}

export interface DigestQuery {
  typeId: string;
  matchers: readonly Matcher[];
  range: TimeRange;
  /** The first step's time and the step (query/series-digest.ts stepOf), and the last step ≤ end. */
  start: number;
  stepMs: number;
  lastStep: number;
  /** Only these labels in the digests, when given. */
  only?: ReadonlySet<string>;
}

/** Per series (by fingerprint, in the order first read), the digest of what the sources hold; blocks first. */
export function digestsOfSources(sources: readonly DigestSource[], q: DigestQuery): SeriesDigestBuilder[] {
  const heads = sources.filter((s) => !s.block);
  const ordered = [...sources.filter((s) => s.block), ...heads].map((source) => ({ source, seriesIndexes: selectTypedSeries(source.index, q.typeId, q.matchers, q.range) }));
  // A series has sums in at most as many steps as each source holds profiles of it, or as its time span there
  // crosses: its step arrays are made that long at once (StepSums).
  // Steps by index (query/series-digest.ts stepOf: a profile at t in the first step start + k·step ≥ t), -1 past the
  // last one: a number V8 keeps unboxed, never a time or undefined per profile. stepTime gives the builder its time.
  const stepIndex = (t: number): number => (t <= q.start ? 0 : Math.ceil((t - q.start) / q.stepMs));
  const lastIndex = q.lastStep >= q.start ? stepIndex(q.lastStep) : -1;
  const stepAt = (t: number): number => {
    const k = stepIndex(t);
    return k <= lastIndex ? k : -1;
  };
  const stepTime = (k: number): number | undefined => (k < 0 ? undefined : q.start + k * q.stepMs);
  const expectedSteps = new Map<string, number>();
  if (lastIndex >= 0) {
    for (const { source, seriesIndexes } of ordered) {
      for (const si of seriesIndexes) {
        const series = source.index.series[si]!;
        const from = stepIndex(Math.max(series.minTimeMs, q.range.start));
        const to = Math.min(lastIndex, stepIndex(Math.min(series.maxTimeMs, q.range.end)));
        const here = Math.min(series.profiles.length, Math.max(0, to - from + 1));
        expectedSteps.set(series.fingerprint, Math.min(lastIndex + 1, (expectedSteps.get(series.fingerprint) ?? 0) + here));
      }
    }
  }
  const builders = new Map<string, SeriesDigestBuilder>();
  const builderOf = (fingerprint: string, labels: readonly LabelPair[]): SeriesDigestBuilder => {
    let b = builders.get(fingerprint);
    if (!b) {
      builders.set(fingerprint, (b = new SeriesDigestBuilder(fingerprint, q.only ? labels.filter((l) => q.only!.has(l.name)) : labels, expectedSteps.get(fingerprint) ?? 0)));
    }
    return b;
  };
  const keys = new KeysOnce(heads.length);
  for (const { source, seriesIndexes } of ordered) {
    const index = source.index;
    const read = keys.next(index, source.block);
    // A series the range covers whole, in one step, no earlier source holding any of its keys, is added at once.
    const sums = read.sums;
    for (let k = 0; k < seriesIndexes.length; k++) {
      if ((k & 255) === 255) checkQueryDeadline(q.range.bounds, 'reading profiles');
      const si = seriesIndexes[k]!;
      const series = index.series[si]!;
      const first = stepAt(series.minTimeMs);
      if (sums.count[si]! > 0 && series.minTimeMs >= q.range.start && series.maxTimeMs <= q.range.end && first === stepAt(series.maxTimeMs) && read.alone(series)) {
        builderOf(series.fingerprint, series.labels).addMany(sums.count[si]!, sums.seriesLo[si]!, sums.seriesHi[si]!, sums.seriesSum[si]!, stepTime(first), source.block);
        continue;
      }
      // Profile by profile: each run of profiles in one step (a series' profiles mostly come in time order) is summed
      // here and added to the builder with one call. Over an hour in 15 s steps each step holds one profile of a series,
      // so the calls (and the values they box) stay one per profile: the heap sampler gives 17-50 bytes a profile.
      let builder: SeriesDigestBuilder | undefined;
      let runStep = -1;
      let runCount = 0;
      let runLo = 0;
      let runHi = 0;
      let runSum = 0;
      for (const p of series.profiles) {
        const t = index.profileTime[p]!;
        if (t < q.range.start || t > q.range.end || !read.firstRead(p, series.fingerprint)) continue;
        const at = stepAt(t);
        if (runCount > 0 && at !== runStep) {
          builder ??= builderOf(series.fingerprint, series.labels);
          builder.addMany(runCount, runLo, runHi, runSum, stepTime(runStep), source.block);
          runCount = runLo = runHi = runSum = 0;
        }
        runStep = at;
        runCount++;
        runLo = (runLo + read.lo[p]!) >>> 0;
        runHi = (runHi + read.hi[p]!) >>> 0;
        runSum += index.profileTotal[p]!;
      }
      if (runCount > 0) {
        builder ??= builderOf(series.fingerprint, series.labels);
        builder.addMany(runCount, runLo, runHi, runSum, stepTime(runStep), source.block);
      }
    }
  }
  return [...builders.values()];
}
