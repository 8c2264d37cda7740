/**
 * A Map of at most `maxEntries` entries that forgets the one set least recently when a new key would exceed it, for
 * what a long-lived process remembers per request (the querier's per-tenant and per-selector memories).
 *
 * A value set again for a key already held replaces it in place, rather than by delete and set (which kept a plain
 * Map in order of use): V8's Map marks a deleted entry as a hole and appends the new one, so a Map that lives in the
 * old generation and is written on every query grows its table until it is rehashed into a new one, every few
 * queries, and each obsolete table links to its successor and keeps its entries. Dead tables in the old generation
 * are the scavenger's roots until the next mark-compact, so everything they reach (the newer tables, the values they
 * held) was copied and then promoted: in the querier bench such Maps made ~150 KB of the ~440 KB promoted per
 * scavenge (`--trace-gc-nvp`), its scavenges then took 2.5-3.5 ms, 1.3-2.8 after. Forgetting scans the entries for the
 * oldest, which happens only when a new key arrives past the bound.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, { value: V; setAt: number }>();
  private clock = 0;

  constructor(private readonly maxEntries: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: K, value: V): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.value = value;
      entry.setAt = ++this.clock;
      return;
    }
    this.entries.set(key, { value, setAt: ++this.clock });
    if (this.entries.size > this.maxEntries) this.forgetOldest();
  }

  get size(): number {
    return this.entries.size;
  }

  private forgetOldest(): void {
    let oldestKey: K | undefined;
    let oldest = Infinity;
    for (const [key, entry] of this.entries) {
      if (entry.setAt < oldest) {
        oldest = entry.setAt;
        oldestKey = key;
      }
    }
    this.entries.delete(oldestKey!);
  }
}
