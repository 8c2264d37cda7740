// Which of an ingester's sources a profile is read from when several hold its key (series, timestamp, id): a
// profile pushed again after a cut is in a local block and in the head, or in two blocks. Local blocks are read
// first, then the heads, and each key once, so that the block part of a digest is all that the blocks hold (what
// the bucket may have of it).
//
// Keys are compared by their cached hash lanes (query/series-digest.ts keyHash, keyHashHi), never as strings: a
// block's with its index (index-digests.ts), a head's kept as it grows (appended-digests.ts). A string key per
// profile cost its building, hashing and garbage on every read, O(profiles) where the rest is O(series).
import { SeenKeys } from '../../query/seen-keys.ts';
import { appendedDigests } from './appended-digests.ts';
import { holdsKey, indexDigests, shareKeys, type IndexDigests, type SourceDigestInputs } from './index-digests.ts';
import type { IndexData, StoredSeries } from './profile-data.ts';

/** The two key hash lanes of each profile of an index: a local block's are worked out once, a head's as it grows. */
export function keyHashes(index: IndexData, block: boolean): { lo: Uint32Array; hi: Uint32Array } {
  return block ? indexDigests(index) : appendedDigests(index);
}

export interface SourceKeys {
  /** keyHash and keyHashHi of each profile of the source. */
  lo: Uint32Array;
  hi: Uint32Array;
  /** Per series (index order): its profiles, the sums of their hash lanes and of their values. */
  sums: SourceDigestInputs;
  /**
   * No earlier source can hold a key of this series: a block read before any other that shares a key with it, or
   * the only head, where no block read before holds a profile within the series' time span.
   */
  alone(series: StoredSeries): boolean;
  /** True unless an earlier source holds the profile's key (or, for a head, an earlier head gave it). Once per profile. */
  firstRead(p: number, fingerprint: string): boolean;
}

/** Reads sources' profiles each key once: give it every local block, then every head (`heads` of them). */
export class KeysOnce {
  private readonly blocksRead: { index: IndexData; digests: IndexDigests }[] = [];
  private readonly seenInHeads: SeenKeys | undefined;
  private headsBegun = false;

  constructor(heads: number) {
    // One head holds each key once (a push of a key it holds is not appended again).
    this.seenInHeads = heads > 1 ? new SeenKeys() : undefined;
  }

  next(index: IndexData, block: boolean): SourceKeys {
    if (block) {
      if (this.headsBegun) throw new Error('KeysOnce: a local block after a head; blocks are read first');
      const digests = indexDigests(index);
      const earlier = this.blocksRead.filter((b) => shareKeys(index, b.index));
      this.blocksRead.push({ index, digests });
      return {
        lo: digests.lo,
        hi: digests.hi,
        sums: digests,
        alone: () => earlier.length === 0,
        firstRead: (p, fingerprint) => earlier.length === 0 || !earlier.some((b) => holdsKey(b.index, b.digests, digests.lo[p]!, fingerprint, index.profileTime[p]!, index.profileId[p]!)),
      };
    }
    this.headsBegun = true;
    const hashes = appendedDigests(index);
    const blocks = this.blocksRead;
    const seen = this.seenInHeads;
    return {
      lo: hashes.lo,
      hi: hashes.hi,
      sums: hashes,
      // A profile pushed again after a cut has the time it had in the block (holdsKey looks no further either).
      alone: (series) => !seen && blocks.every((b) => series.maxTimeMs < b.digests.minTime || series.minTimeMs > b.digests.maxTime),
      firstRead: (p, fingerprint) => {
        const t = index.profileTime[p]!;
        const id = index.profileId[p]!;
        const lo = hashes.lo[p]!;
        for (const b of blocks) if (holdsKey(b.index, b.digests, lo, fingerprint, t, id)) return false;
        return !seen || seen.firstTime(lo, fingerprint, t, id);
      },
    };
  }
}
