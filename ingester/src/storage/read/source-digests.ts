// An ingester's series digests (SelectSeriesDigests; query/series-digest.ts) over its sources: local blocks
// first, then the heads, each profile key once (a profile in a block and in the head too, pushed again after a
// cut, is the block's, so that the block part is all that the blocks hold: what the bucket may have of it). The
// heads' key hashes are kept with them as they grow (appended-hashes.ts).
//
// A local block never changes: what the digests need of it is worked out once (index-digests.ts), and a series
// the range covers whole, in one step, is added at once. A block holding a key an earlier block holds too (two
// cuts of a profile pushed again) is read profile by profile, skipping those keys. The heads change with every
// push: read profile by profile, skipping what a block holds (looked up in the block's digests) and, with
// several heads (one being cut), what an earlier head holds.
import type { LabelPair } from '../../model/labels.ts';
import { SeenKeys } from '../../query/seen-keys.ts';
import { SeriesDigestBuilder, stepOf } from '../../query/series-digest.ts';
import { appendedHashes } from './appended-hashes.ts';
import type { Matcher } from '../../query/selector.ts';
import { holdsKey, indexDigests, shareKeys, type IndexDigests } from './index-digests.ts';
import type { IndexData } from './profile-data.ts';
import { forEachProfile, selectTypedSeries, type TimeRange } from './select.ts';

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
  const builders = new Map<string, SeriesDigestBuilder>();
  const builderOf = (fingerprint: string, labels: readonly LabelPair[]): SeriesDigestBuilder => {
    let b = builders.get(fingerprint);
    if (!b) builders.set(fingerprint, (b = new SeriesDigestBuilder(fingerprint, q.only ? labels.filter((l) => q.only!.has(l.name)) : labels)));
    return b;
  };
  const step = (t: number): number | undefined => stepOf(t, q.start, q.stepMs, q.lastStep);
  const blocksRead: { index: IndexData; digests: IndexDigests }[] = [];
  const heads = sources.filter((s) => !s.block).length;
  const seenInHeads = heads > 1 ? new SeenKeys() : undefined;
  for (const source of [...sources.filter((s) => s.block), ...sources.filter((s) => !s.block)]) {
    const index = source.index;
    const seriesIndexes = selectTypedSeries(index, q.typeId, q.matchers, q.range);
    if (source.block) {
      const digests = indexDigests(index);
      const earlier = blocksRead.filter((b) => shareKeys(index, b.index));
      blocksRead.push({ index, digests });
      const heldEarlier = (p: number, fingerprint: string): boolean =>
        earlier.some((b) => holdsKey(b.index, b.digests, digests.lo[p]!, fingerprint, index.profileTime[p]!, index.profileId[p]!));
      const perProfile: number[] = [];
      for (const si of seriesIndexes) {
        const series = index.series[si]!;
        const first = step(series.minTimeMs);
        const whole = earlier.length === 0 && series.minTimeMs >= q.range.start && series.maxTimeMs <= q.range.end && first === step(series.maxTimeMs);
        if (whole) builderOf(series.fingerprint, series.labels).addMany(digests.count[si]!, digests.seriesLo[si]!, digests.seriesHi[si]!, digests.seriesSum[si]!, first, true);
        else perProfile.push(si);
      }
      forEachProfile(index, perProfile, q.range, (p, si) => {
        const series = index.series[si]!;
        if (earlier.length > 0 && heldEarlier(p, series.fingerprint)) return;
        builderOf(series.fingerprint, series.labels).addHashed(digests.lo[p]!, digests.hi[p]!, index.profileTotal[p]!, step(index.profileTime[p]!), true);
      });
      continue;
    }
    const hashes = appendedHashes(index);
    forEachProfile(index, seriesIndexes, q.range, (p, si) => {
      const series = index.series[si]!;
      const t = index.profileTime[p]!;
      const id = index.profileId[p]!;
      const lo = hashes.lo[p]!;
      for (const b of blocksRead) if (holdsKey(b.index, b.digests, lo, series.fingerprint, t, id)) return;
      if (seenInHeads && !seenInHeads.firstTime(lo, series.fingerprint, t, id)) return;
      builderOf(series.fingerprint, series.labels).addHashed(lo, hashes.hi[p]!, index.profileTotal[p]!, step(t), false);
    });
  }
  return [...builders.values()];
}
