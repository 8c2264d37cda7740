// What the series digests (query/series-digest.ts) need of a head, kept with it and extended as it grows: each
// profile's two key hash lanes (keyHash, keyHashHi), so that a read hashes each profile's (timestamp, id) once, not
// once per query, and per series the count, digest lanes and sum of values of all its profiles, so that a query
// whose range covers a head series whole, in one step, adds it at once as it does a block's (index-digests.ts):
// O(series) rather than O(profiles). That is every replica's read in a SelectSeries the querier has one replica
// render (it asks the others for digests without steps) and the whole read of a single-step one.
//
// A head's profile columns are append-only (storage/head/tenant-head.ts: a push appends, a cut starts a new head),
// so the hashes and sums of its first n profiles stay valid while n grows. Should a head ever be rewritten in place,
// the last counted profile's key is checked on every call and everything is worked out again when it changed.
import { keyHash, keyHashHi } from '../../query/series-digest.ts';
import type { SourceDigestInputs } from './index-digests.ts';
import type { IndexData } from './profile-data.ts';

interface Kept extends SourceDigestInputs {
  /** Profiles counted: 0..n-1. */
  n: number;
  /** The key of profile n-1 when it was counted. */
  lastTime: number;
  lastId: string;
}

const cache = new WeakMap<IndexData, Kept>();

/** Room to grow by half again before the next copy. */
function grown<T extends Uint32Array | Float64Array>(array: T, need: number, make: (size: number) => T): T {
  if (array.length >= need) return array;
  const bigger = make(Math.max(need, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}

/** The digests' inputs for the index's profiles and series as they are now (arrays at least that long). */
export function appendedDigests(index: IndexData): SourceDigestInputs {
  const count = index.profileCount;
  let h = cache.get(index);
  if (h && h.n > 0 && (h.n > count || index.profileTime[h.n - 1] !== h.lastTime || index.profileId[h.n - 1] !== h.lastId)) h = undefined;
  if (!h) {
    const s = index.series.length;
    h = { lo: new Uint32Array(count), hi: new Uint32Array(count), count: new Uint32Array(s), seriesLo: new Uint32Array(s), seriesHi: new Uint32Array(s), seriesSum: new Float64Array(s), n: 0, lastTime: 0, lastId: '' };
    cache.set(index, h);
  }
  if (h.n === count) return h;
  const u32 = (size: number) => new Uint32Array(size);
  h.lo = grown(h.lo, count, u32);
  h.hi = grown(h.hi, count, u32);
  const seriesCount = index.series.length;
  h.count = grown(h.count, seriesCount, u32);
  h.seriesLo = grown(h.seriesLo, seriesCount, u32);
  h.seriesHi = grown(h.seriesHi, seriesCount, u32);
  h.seriesSum = grown(h.seriesSum, seriesCount, (size) => new Float64Array(size));
  for (let p = h.n; p < count; p++) {
    const t = index.profileTime[p]!;
    const id = index.profileId[p]!;
    const lo = keyHash(t, id);
    const hi = keyHashHi(t, id);
    h.lo[p] = lo;
    h.hi[p] = hi;
    const si = index.profileSeries[p]!;
    h.count[si] = h.count[si]! + 1;
    h.seriesLo[si] = (h.seriesLo[si]! + lo) >>> 0;
    h.seriesHi[si] = (h.seriesHi[si]! + hi) >>> 0;
    h.seriesSum[si] = h.seriesSum[si]! + index.profileTotal[p]!;
  }
  h.n = count;
  h.lastTime = index.profileTime[count - 1]!;
  h.lastId = index.profileId[count - 1]!;
  return h;
}
