// What the series digests (query/series-digest.ts) need of an immutable index (a local block's), worked out once
// per index instead of once per query: each profile's two key hash lanes, per series the count, digest lanes and
// sum of values of all its profiles, and the profiles by key hash (to tell whether the block holds a key).
//
// A query whose range covers a series of the block whole, with all of its profiles in one step (or in none: a
// flame graph's digests have no steps), adds the series' digest at once, O(series) rather than O(profiles). Its
// key lookup replaces the keys of the block that a read used to insert into a seen-set per query, so that a
// profile held by the block and by the head too (pushed again after a cut) is still counted once. Kept per
// block: 12 bytes a profile (two hash lanes and the lookup order) and 20 a series, for as long as its index.
import { keyHash, keyHashHi } from '../../query/series-digest.ts';
import type { IndexData } from './profile-data.ts';

/** What the digests need of any source (a block's, worked out once; a head's, as it grows: appended-digests.ts). */
export interface SourceDigestInputs {
  /** Per profile, keyHash and keyHashHi of (timestamp, id). */
  lo: Uint32Array;
  hi: Uint32Array;
  /** Per series: profiles, the sums (mod 2^32) of their hash lanes, and the sum of their values, in series order. */
  count: Uint32Array;
  seriesLo: Uint32Array;
  seriesHi: Uint32Array;
  seriesSum: Float64Array;
}

export interface IndexDigests extends SourceDigestInputs {
  /** The profiles in ascending order of `lo`: a key is looked up by binary search (12 bytes a profile in all). */
  byLo: Uint32Array;
  /** The earliest and latest profile time: a key outside them is not looked up (a head's profiles mostly follow a block's). */
  minTime: number;
  maxTime: number;
}

const cache = new WeakMap<IndexData, IndexDigests>();

/** The digests of an index that never changes (a block's): computed on the first call, then kept with it. */
export function indexDigests(index: IndexData): IndexDigests {
  let d = cache.get(index);
  if (!d) cache.set(index, (d = computeDigests(index)));
  return d;
}

function computeDigests(index: IndexData): IndexDigests {
  const n = index.profileCount;
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  const byLo = new Uint32Array(n);
  let minTime = Infinity;
  let maxTime = -Infinity;
  for (let p = 0; p < n; p++) {
    const t = index.profileTime[p]!;
    if (t < minTime) minTime = t;
    if (t > maxTime) maxTime = t;
    const id = index.profileId[p]!;
    lo[p] = keyHash(t, id);
    hi[p] = keyHashHi(t, id);
    byLo[p] = p;
  }
  byLo.sort((a, b) => lo[a]! - lo[b]!);
  const s = index.series.length;
  const count = new Uint32Array(s);
  const seriesLo = new Uint32Array(s);
  const seriesHi = new Uint32Array(s);
  const seriesSum = new Float64Array(s);
  for (let si = 0; si < s; si++) {
    let l = 0;
    let h = 0;
    let sum = 0;
    for (const p of index.series[si]!.profiles) {
      l = (l + lo[p]!) >>> 0;
      h = (h + hi[p]!) >>> 0;
      sum += index.profileTotal[p]!;
    }
    count[si] = index.series[si]!.profiles.length;
    seriesLo[si] = l;
    seriesHi[si] = h;
    seriesSum[si] = sum;
  }
  return { lo, hi, count, seriesLo, seriesHi, seriesSum, byLo, minTime, maxTime };
}

/** Whether the index holds the profile (fingerprint, t, id), whose keyHash is `hash`. */
export function holdsKey(index: IndexData, digests: IndexDigests, hash: number, fingerprint: string, t: number, id: string): boolean {
  if (t < digests.minTime || t > digests.maxTime) return false;
  const { lo, byLo } = digests;
  // The first profile whose hash is not below `hash`, then every one with that hash, confirmed on the key.
  let from = 0;
  let to = byLo.length;
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (lo[byLo[mid]!]! < hash) from = mid + 1;
    else to = mid;
  }
  for (let i = from; i < byLo.length && lo[byLo[i]!] === hash; i++) {
    const p = byLo[i]!;
    if (index.profileTime[p] === t && index.profileId[p] === id && index.series[index.profileSeries[p]!]!.fingerprint === fingerprint) return true;
  }
  return false;
}

const sharing = new WeakMap<IndexData, WeakMap<IndexData, boolean>>();

/** Whether two immutable indexes hold a profile in common (worked out once per pair). */
export function shareKeys(a: IndexData, b: IndexData): boolean {
  let byB = sharing.get(a);
  if (!byB) sharing.set(a, (byB = new WeakMap()));
  let shared = byB.get(b);
  if (shared === undefined) {
    const da = indexDigests(a);
    const db = indexDigests(b);
    shared = false;
    for (let p = 0; p < a.profileCount && !shared; p++) {
      shared = holdsKey(b, db, da.lo[p]!, a.series[a.profileSeries[p]!]!.fingerprint, a.profileTime[p]!, a.profileId[p]!);
    }
    byB.set(b, shared);
  }
  return shared;
}
