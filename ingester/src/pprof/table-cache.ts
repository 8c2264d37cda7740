// Decoded symbol tables (strings, mappings, functions, locations) kept between pushes, keyed by the bytes they
// were decoded from. An agent pushes each series every 10–15 s, and its profiles often carry the same tables
// byte for byte (same binary, same hot code): a hit skips decoding them and checking their string references,
// and gives the head the same table objects (and a `tableKey`) so that it can reuse its mapping of them too
// (storage/head/tenant-head.ts). A miss costs one SHA-256 of the table bytes (~1.5 GB/s with SHA-NI).
//
// The key is a SHA-256 over a scope (the tenant: one tenant's pushes never hit another's entries, so nothing
// about another tenant's profiles can be learned from timing), the decode option that changes the strings
// (maxSymbolLength), and the table fields' bytes in order, so two keys are equal only for the same tables
// decoded the same way. Entries are shared and must not be modified (fixups that are idempotent functions of
// the tables, as normalize.ts's .NET function IDs, are the exception). Bounded by an estimate of the heap the
// entries hold, least recently used evicted first.
import { createHash } from 'node:crypto';
import type { DecodedFunction, DecodedLocation, DecodedMapping } from '../model/profile.ts';

export interface DecodedTables {
  strings: string[];
  mappings: DecodedMapping[];
  functions: DecodedFunction[];
  locations: DecodedLocation[];
  /** Lines of all locations: each takes one symbol of the request's budget, as each entry above does. */
  lines: number;
  /** Membership of location IDs, built when the samples are first checked against the locations. */
  hasLocation?: LocationMembership;
  /** An estimate of the heap the decoded tables hold. */
  bytes: number;
}

/** Location IDs present: a bitmap while IDs are dense (they usually are 1..n), else a Set. */
export type LocationMembership = { bitmap: Uint8Array; set?: undefined } | { bitmap?: undefined; set: Set<number> };

export interface TableCacheStats {
  hits: number;
  misses: number;
  evictions: number;
  entries: number;
  bytes: number;
}

/** Table fields (mapping, location, function, string_table) held by more than this many ranges are hashed from one copy. */
const MAX_RANGES_HASHED_IN_PLACE = 64;

export class TableCache {
  private readonly entries = new Map<string, DecodedTables>();
  private held = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  /** @param maxBytes the estimated heap all entries may hold; an entry larger than a quarter of it is not kept. */
  constructor(readonly maxBytes: number) {}

  /**
   * The key of the tables in `bytes` at `ranges` ([start, end) pairs of whole table fields, in order), decoded
   * with `maxSymbolLength`, for `scope`.
   */
  keyOf(bytes: Uint8Array, ranges: readonly number[], scope: string, maxSymbolLength: number): string {
    // Length-prefixed: no scope can be read as another scope plus an option.
    const hash = createHash('sha256').update(`${scope.length}:${scope}:${maxSymbolLength}:`);
    if (ranges.length <= 2 * MAX_RANGES_HASHED_IN_PLACE) {
      for (let k = 0; k < ranges.length; k += 2) hash.update(bytes.subarray(ranges[k]!, ranges[k + 1]!));
    } else {
      // Fields interleaved with samples: one copy and one update instead of a native call per field.
      let total = 0;
      for (let k = 0; k < ranges.length; k += 2) total += ranges[k + 1]! - ranges[k]!;
      const joined = new Uint8Array(total);
      let at = 0;
      for (let k = 0; k < ranges.length; k += 2) {
        joined.set(bytes.subarray(ranges[k]!, ranges[k + 1]!), at);
        at += ranges[k + 1]! - ranges[k]!;
      }
      hash.update(joined);
    }
    return hash.digest('base64');
  }

  get(key: string): DecodedTables | undefined {
    const tables = this.entries.get(key);
    if (!tables) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key); // most recently used last
    this.entries.set(key, tables);
    return tables;
  }

  set(key: string, tables: DecodedTables): void {
    if (tables.bytes > this.maxBytes / 4 || this.entries.has(key)) return;
    this.entries.set(key, tables);
    this.held += tables.bytes;
    for (const [oldest, t] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= t.bytes;
      this.evictions++;
    }
  }

  get stats(): TableCacheStats {
    return { hits: this.hits, misses: this.misses, evictions: this.evictions, entries: this.entries.size, bytes: this.held };
  }
}

/** The ingester's cache (per process, or per decode worker thread). */
export const sharedTableCache = new TableCache(64 << 20);
