// The profile keys (series fingerprint, timestamp, id) an ingester has counted in one read, so that a profile
// held by two of its sources (a local block and the head, when pushed again after a cut) is counted once.
// Looked up by the key's 32-bit hash (series-digest.ts keyHash, which the digest computes anyway) and
// confirmed on the key itself: a string key per profile cost its building and hashing on every query.

interface Key {
  fp: string;
  t: number;
  id: string;
}

export class SeenKeys {
  /** By hash: the key, or the keys when several share it. */
  private readonly byHash = new Map<number, Key | Key[]>();

  /** True the first time this key is given (with its hash), false after. */
  firstTime(hash: number, fp: string, t: number, id: string): boolean {
    const h = hash | 0; // a small integer key where the platform has them
    const held = this.byHash.get(h);
    if (held === undefined) {
      this.byHash.set(h, { fp, t, id });
      return true;
    }
    const same = (k: Key): boolean => k.t === t && k.id === id && k.fp === fp;
    if (Array.isArray(held)) {
      if (held.some(same)) return false;
      held.push({ fp, t, id });
      return true;
    }
    if (same(held)) return false;
    this.byHash.set(h, [held, { fp, t, id }]);
    return true;
  }
}
