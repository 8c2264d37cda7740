// A least-recently-used cache sized in bytes, for the blocks the querier reads from the bucket. Counting blocks
// was not enough: with 1-minute blocks the front grew 10 MB a minute, and 64 decoded 1-hour blocks can be
// gigabytes. Each entry says how many bytes it holds (its size may change as more of it is decoded); beyond
// the capacity the least recently used entries are evicted (and told so), and an entry larger than the whole
// cache is not kept at all. A pass (one query: beginPass) never evicts what it used itself: a query reading
// more than the cache holds would otherwise evict, block after block, what it read first, and the next query
// would find nothing (least-recently-used is the worst policy for a repeated scan); each entry it evicted
// would also be garbage to collect. Instead what does not fit without such an eviction is passed through
// (used by the read, not kept): the first part of a large query stays cached for the next one.
// Least recently used as the second-chance (CLOCK) algorithm approximates it: a hit only marks its entry used, and
// eviction sends a used entry at the front to the back (its use spent) rather than evicting it. Moving every hit to
// the back (a Map delete and set, each query's dozen lookups) kept the long-lived Map's table growing and rehashed
// every few queries, and each obsolete table, dead in the old generation, kept its successors alive through the
// scavenges that followed (util/recent-map.ts).
// Metrics querier_bucket_block_cache_{bytes,items,capacity_bytes,hits_total,misses_total,evictions_total}
// (one cache per process: the querier's); lookups are counted by kind (block: an opened block, with a
// version-1 block's decoded index and files; index, symbols, chunk: a version-2 block's index.bin, a
// partition's symbol section, a sample chunk, each as fetched).
import { Counter, Gauge, type Registry } from 'prom-client';

export const CACHE_KINDS = ['block', 'index', 'symbols', 'chunk'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

export interface ByteLruOptions<V> {
  capacityBytes: number;
  /** Called for every entry that leaves the cache (evicted, or replaced by another value). */
  onRemove?: (key: string, value: V) => void;
  /** Where the cache's metrics (querier_bucket_block_cache_…) are registered. */
  registry?: Registry;
}

interface Entry<V> {
  value: V;
  bytes: number;
  /** The pass that last used it. */
  pass: number;
  /** Used since it was placed at the back (a second chance at the next eviction that reaches it). */
  used: boolean;
}

export class ByteLruCache<V> {
  /** Least recently placed first (a Map keeps insertion order; an eviction that finds an entry used places it again). */
  private readonly entries = new Map<string, Entry<V>>();
  private total = 0;
  /** The current pass; 0 until beginPass is first called (then entries of the current pass are not evicted for others). */
  private pass = 0;
  private readonly metrics;

  constructor(private readonly o: ByteLruOptions<V>) {
    const registers = o.registry ? [o.registry] : [];
    this.metrics = {
      hits: new Counter({ name: 'querier_bucket_block_cache_hits_total', help: 'Lookups found in the block cache, by kind (block, index, symbols, chunk).', labelNames: ['kind'] as const, registers }),
      misses: new Counter({ name: 'querier_bucket_block_cache_misses_total', help: 'Lookups not in the block cache (then read from the bucket), by kind (block, index, symbols, chunk).', labelNames: ['kind'] as const, registers }),
      evictions: new Counter({ name: 'querier_bucket_block_cache_evictions_total', help: 'Entries evicted from the block cache to stay within its size, or never kept (larger than the whole cache, or not fitting without evicting what the same query used).', registers }),
    };
    for (const kind of CACHE_KINDS) {
      this.metrics.hits.inc({ kind }, 0);
      this.metrics.misses.inc({ kind }, 0);
    }
    // Read at scrape time, so they always match the cache.
    const cache = this;
    new Gauge({ name: 'querier_bucket_block_cache_bytes', help: 'Bytes held by the block cache (opened blocks\' meta; version-2 index.bin, symbol sections and sample chunks as fetched; version-1 index and files decoded, estimated).', registers, collect() { this.set(cache.total); } });
    new Gauge({ name: 'querier_bucket_block_cache_items', help: 'Entries held by the block cache (opened blocks, index.bin files, symbol sections, chunks).', registers, collect() { this.set(cache.entries.size); } });
    new Gauge({ name: 'querier_bucket_block_cache_capacity_bytes', help: 'Size of the block cache (-querier.block-cache-size-bytes).', registers, collect() { this.set(cache.o.capacityBytes); } });
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Starts a pass (a query): from now on, what it uses is not evicted to make room for what it reads next. */
  beginPass(): void {
    this.pass++;
  }

  /** The value, marked most recently used; counts a hit or a miss of its kind. */
  get(key: string, kind: CacheKind = 'block'): V | undefined {
    const e = this.entries.get(key);
    if (!e) {
      this.metrics.misses.inc({ kind });
      return undefined;
    }
    this.metrics.hits.inc({ kind });
    e.used = true;
    e.pass = this.pass;
    return e.value;
  }

  /** The value without counting a lookup or changing its place. */
  peek(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  /**
   * Inserts or replaces `key` (most recently used) with its size, or updates the size of the value already
   * there, then evicts the least recently used entries until the cache is within its capacity.
   */
  set(key: string, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.total -= old.bytes;
      if (old.value !== value) this.o.onRemove?.(key, old.value);
    }
    this.entries.set(key, { value, bytes, pass: this.pass, used: false });
    this.total += bytes;
    this.evict(key);
  }

  /** Evicts the least recently used until within the capacity; `added` itself rather than an entry of the current pass. */
  private evict(added: string): void {
    while (this.total > this.o.capacityBytes && this.entries.size > 0) {
      let [key, e] = this.entries.entries().next().value as [string, Entry<V>];
      if (e.used) {
        e.used = false;
        this.entries.delete(key);
        this.entries.set(key, e);
        continue;
      }
      const incoming = this.entries.get(added);
      if (this.pass > 0 && e.pass === this.pass && incoming && key !== added) [key, e] = [added, incoming];
      this.remove(key, e);
    }
  }

  private remove(key: string, e: Entry<V>): void {
    this.entries.delete(key);
    this.total -= e.bytes;
    this.metrics.evictions.inc();
    this.o.onRemove?.(key, e.value);
  }
}
