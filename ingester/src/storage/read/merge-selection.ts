// Which profiles of a source's head and local blocks a merge (MergeStacktraces, MergeProfile) covers: all
// selected ones (keep_all), those whose keys are listed (keep), and whole series (keep_series) when what the
// source holds of each still matches the count and digest it answered in SelectSeriesDigests.
//
// A whole series is merged only when it matches: between the querier's two reads a local block may have been
// removed after its upload, or a push may have added a profile, and merging such a series would count
// profiles that another source (the bucket) holds too, or miss some. A series that differs is left out and
// named, and the querier reads it by its keys. A profile present in two sources (a push repeated after a
// head cut) is taken once, from a local block when one holds it (keys-once.ts), as everywhere on the read path.
import type { ingester } from '../../gen/index.ts';
import { profileKey } from '../../query/dedup.ts';
import { SeriesDigestBuilder } from '../../query/series-digest.ts';
import type { Matcher } from '../../query/selector.ts';
import type { ReadSource } from '../store.ts';
import { KeysOnce } from './keys-once.ts';
import { isLocalBlock } from './merge-digests.ts';
import type { IndexData } from './profile-data.ts';
import { forEachProfile, profileKeyOf, selectTypedSeries, type TimeRange } from './select.ts';

export interface SourceProfiles {
  source: ReadSource;
  index: IndexData;
  profiles: number[];
}

export interface MergeSelection {
  parts: SourceProfiles[];
  /** Keys of `keep` that no source holds (a local block removed since the querier's first read). */
  missing: ingester.v1.ProfileKey.$Properties[];
  /** Fingerprints of `keep_series` whose profiles differ from the count and digest sent: left out. */
  missingSeries: string[];
}

export async function selectForMerge(sources: readonly ReadSource[], request: ingester.v1.MergeRequest.$Properties, matchers: readonly Matcher[], range: TimeRange): Promise<MergeSelection> {
  const typeId = request.selector?.profileTypeID ?? '';
  const keepAll = request.keepAll === true;
  const keep = keepAll || (request.keep ?? []).length === 0 ? undefined : new Set((request.keep ?? []).map(profileKey));
  const wanted = new Map<string, ingester.v1.SeriesKeep.$Properties>();
  if (!keepAll) for (const s of request.keepSeries ?? []) wanted.set(s.seriesFingerprint ?? '', s);
  const digests = new Map<string, SeriesDigestBuilder>();
  const found = keep ? new Set<string>() : undefined;
  // Each key once, local blocks first (keys-once.ts); the parts keep the sources' order.
  const byBlock = sources.map((s) => isLocalBlock(s));
  const keys = new KeysOnce(byBlock.filter((b) => !b).length);
  const order = [...sources.keys()].sort((a, b) => Number(byBlock[b]) - Number(byBlock[a]));
  const selected: (SourceProfiles | undefined)[] = new Array(sources.length);
  for (const i of order) {
    const source = sources[i]!;
    const index = await source.index();
    const read = keys.next(index, byBlock[i]!);
    const profiles: number[] = [];
    forEachProfile(index, selectTypedSeries(index, typeId, matchers, range), range, (p, si) => {
      const fingerprint = index.series[si]!.fingerprint;
      const whole = wanted.has(fingerprint);
      let key: string | undefined;
      if (!keepAll && !whole) {
        if (!keep) return;
        key = profileKeyOf(index, p);
        if (!keep.has(key)) return;
      }
      if (!read.firstRead(p, fingerprint)) return;
      if (whole) {
        let d = digests.get(fingerprint);
        if (!d) digests.set(fingerprint, (d = new SeriesDigestBuilder(fingerprint, [])));
        d.addHashed(read.lo[p]!, read.hi[p]!, 0, undefined, false);
      } else if (found && key !== undefined) found.add(key);
      profiles.push(p);
    });
    if (profiles.length > 0) selected[i] = { source, index, profiles };
  }
  const parts = selected.filter((p) => p !== undefined);
  const missingSeries: string[] = [];
  for (const [fingerprint, expected] of wanted) {
    const d = digests.get(fingerprint);
    const matches = d
      ? d.count === Number(expected.count ?? 0) && d.lo === Number(expected.digestLo ?? 0) && d.hi === Number(expected.digestHi ?? 0)
      : Number(expected.count ?? 0) === 0;
    if (!matches) missingSeries.push(fingerprint);
  }
  if (missingSeries.length > 0) {
    const left = new Set(missingSeries);
    for (const part of parts) part.profiles = part.profiles.filter((p) => !left.has(part.index.series[part.index.profileSeries[p]!]!.fingerprint));
  }
  const missing = keep && found!.size < keep.size ? (request.keep ?? []).filter((k) => !found!.has(profileKey(k))) : [];
  return { parts: parts.filter((p) => p.profiles.length > 0), missing, missingSeries };
}
