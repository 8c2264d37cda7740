// The series digests of what a merge took (MergeRequest.with_digests): per series, the count and digests of the
// profiles merged, as SelectSeriesDigests gives them for the same profiles (query/series-digest.ts), so that the
// querier can compare them with the other replicas' digests and keep the merge when they agree.
//
// A profile held by a block and by the head too (pushed again after the cut) was taken from the block by the
// selection (merge-selection.ts, keys-once.ts), as SelectSeriesDigests takes it, and counts in the block part.
import type { ingester } from '../../gen/index.ts';
import { SeriesDigestBuilder } from '../../query/series-digest.ts';
import { keyHashes } from './keys-once.ts';
import type { SourceProfiles } from './merge-selection.ts';
import type { ReadSource } from '../store.ts';

/** A source of an ingester's local blocks (storage/store.ts names them block-<ULID>). */
export const isLocalBlock = (source: Pick<ReadSource, 'name'>): boolean => source.name.startsWith('block-');

/** The ULIDs of the local blocks among the sources (SeriesDigestsResponse.blocks). */
export function localBlockIds(sources: readonly Pick<ReadSource, 'name'>[]): string[] {
  return sources.filter(isLocalBlock).map((s) => s.name.slice('block-'.length));
}

/** Per series, the digests of the merged profiles (each once in `parts`, already de-duplicated), without steps. */
export function digestsOfMerge(parts: readonly SourceProfiles[]): ingester.v1.SeriesDigest.$Properties[] {
  const builders = new Map<string, SeriesDigestBuilder>();
  for (const { source, index, profiles } of parts) {
    const inBlock = isLocalBlock(source);
    // The key hashes the selection compared the keys by (keys-once.ts), not worked out again.
    const { lo, hi } = keyHashes(index, inBlock);
    for (const p of profiles) {
      const series = index.series[index.profileSeries[p]!]!;
      let b = builders.get(series.fingerprint);
      if (!b) builders.set(series.fingerprint, (b = new SeriesDigestBuilder(series.fingerprint, series.labels)));
      b.addHashed(lo[p]!, hi[p]!, index.profileTotal[p]!, undefined, inBlock);
    }
  }
  return [...builders.values()].map((b) => b.toProto());
}
