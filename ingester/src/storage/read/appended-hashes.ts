// The two key hash lanes (query/series-digest.ts keyHash, keyHashHi) of a head's profiles, kept with the head and
// extended as it grows, so that a read hashes each profile's (timestamp, id) once, not once per query.
//
// A head's profile columns are append-only (storage/head/tenant-head.ts: a push appends, a cut starts a new head),
// so the hashes of its first n profiles stay valid while n grows. Should a head ever be rewritten in place, the
// last hashed profile's key is checked on every call and the hashes are worked out again when it changed.
import { keyHash, keyHashHi } from '../../query/series-digest.ts';
import type { IndexData } from './profile-data.ts';

interface Hashes {
  lo: Uint32Array;
  hi: Uint32Array;
  /** Profiles hashed: 0..n-1. */
  n: number;
  /** The key of profile n-1 when it was hashed. */
  lastTime: number;
  lastId: string;
}

const cache = new WeakMap<IndexData, Hashes>();

/** keyHash and keyHashHi of each of the index's profiles (arrays at least profileCount long). */
export function appendedHashes(index: IndexData): { lo: Uint32Array; hi: Uint32Array } {
  const count = index.profileCount;
  let h = cache.get(index);
  if (h && h.n > 0 && (h.n > count || index.profileTime[h.n - 1] !== h.lastTime || index.profileId[h.n - 1] !== h.lastId)) h = undefined;
  if (!h) cache.set(index, (h = { lo: new Uint32Array(count), hi: new Uint32Array(count), n: 0, lastTime: 0, lastId: '' }));
  if (h.n === count) return h;
  if (h.lo.length < count) {
    // Room for the head to grow by half again before the next copy.
    const size = Math.max(count, Math.ceil(h.lo.length * 1.5));
    const lo = new Uint32Array(size);
    const hi = new Uint32Array(size);
    lo.set(h.lo.subarray(0, h.n));
    hi.set(h.hi.subarray(0, h.n));
    h.lo = lo;
    h.hi = hi;
  }
  for (let p = h.n; p < count; p++) {
    const t = index.profileTime[p]!;
    const id = index.profileId[p]!;
    h.lo[p] = keyHash(t, id);
    h.hi[p] = keyHashHi(t, id);
  }
  h.n = count;
  h.lastTime = index.profileTime[count - 1]!;
  h.lastId = index.profileId[count - 1]!;
  return h;
}
