// One tenant's head: the profiles received since the last cut, in the columnar form of read/profile-data.ts.
//
// Symbols (strings, mappings, functions, locations) are de-duplicated by content across every profile of
// the tenant, and stacks are interned in a trie of location IDs, so a profile costs little more than its
// samples: one (stack ID, value) pair per non-zero sample. A profile pushed twice with the same identity
// (series fingerprint, timestamp, ID) is stored once.
//
// Not thread-safe by design: JavaScript runs appends and reads on one thread, and no method awaits.
import type { LabelPair } from '../../model/labels.ts';
import type { DecodedProfile, LocationIdColumn, NormalizedProfile } from '../../model/profile.ts';
import type { IndexData, SampleData, StoredFunction, StoredLocation, StoredMapping, StoredSeries } from '../read/profile-data.ts';
import { SPAN_ID_LABEL } from '../../ingest/split.ts';
import { parseSpanId } from '../read/span-filter.ts';
import { fingerprintOfKey, labelsKey, sameLabels } from './fingerprint.ts';
import { hashStart, mixWord, TupleIndex } from './tuple-index.ts';


/**
 * How one pprof's tables map to this head's IDs. The profiles split from one pprof (by sample labels) share
 * its tables, so the tables are interned once per pprof, not once per part: with one part per sample that
 * would be samples × table size.
 */
interface TableRemap {
  /** The string table the remap was made for. */
  strings: readonly string[];
  /** pprof location ID → head location ID (0 when absent). */
  location: IdMap;
  /** Stacks (pprof location IDs) already interned with this remap → their head stack ID. */
  stacks: StackMemo;
  /**
   * When kept by table key: its bytes as counted in keyedRemapBytes (the stack memo grows after); NOT_KEPT otherwise.
   * Always a number, set from the start: a field added later (or set to undefined) gave remaps two shapes (hidden
   * classes), and remapStacks, optimized for one, was deoptimized and compiled again when it met the other.
   */
  counted: number;
}

/** TableRemap.counted of a remap not kept by table key. */
const NOT_KEPT = -1;

/** Per sample of one part's sample columns: its head stack ID (made with `tables`) and its span ID words. */
interface StackRemap {
  tables: TableRemap;
  sampleStacks: Uint32Array;
  /** Absent when no sample of the pprof carries a span_id. */
  spans?: { hi: Uint32Array; lo: Uint32Array };
}

/** Sample capacity from which the head's sample columns grow 4× at a time instead of 2× (reserveSamples). */
const LARGE_COLUMNS = 1 << 20;

export class TenantHead implements IndexData, SampleData {
  readonly strings: string[] = [''];
  readonly mappings: StoredMapping[] = [{ memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }];
  readonly functions: StoredFunction[] = [{ name: 0, systemName: 0, filename: 0, startLine: 0 }];
  readonly locations: StoredLocation[] = [{ mappingId: 0, address: 0, lines: [] }];
  /** Stack trie columns, with spare capacity beyond stackCount; node 0 is the root. */
  stackParent = new Uint32Array(1024);
  stackLocation = new Uint32Array(1024);
  private stacksUsed = 1;
  /** Open addressing over stack nodes keyed by (parent, location): slot → node ID (0 = empty; the root is never a child). */
  private stackSlots = new Int32Array(2048);
  readonly series: StoredSeries[] = [];
  readonly profileSeries: number[] = [];
  readonly profileTime: number[] = [];
  readonly profileId: string[] = [];
  readonly profileSampleStart: number[] = [];
  readonly profileSampleEnd: number[] = [];
  readonly profileTotal: number[] = [];
  /** Sample columns, with spare capacity beyond sampleCount (grown by doubling). */
  sampleStack = new Uint32Array(1024);
  sampleValue = new Float64Array(1024);
  /** Span ID words per sample (read/span-filter.ts), allocated when the first sample with a span arrives. */
  sampleSpanHi: Uint32Array | undefined;
  sampleSpanLo: Uint32Array | undefined;
  /** [start, end) runs of the samples appended with span columns, adjacent runs joined: what a growth copies of them. */
  private readonly spanRuns: number[] = [];
  private samplesUsed = 0;

  private readonly stringIds = new Map<string, number>([['', 0]]);
  // Table entry i + 1 is tuple i of each index (entry 0 is the placeholder / the stack root).
  private readonly mappingIds = new TupleIndex();
  private readonly functionIds = new TupleIndex();
  private readonly locationIds = new TupleIndex();
  private readonly scratch: number[] = [];
  /** remapStacks' trie node per depth of the previous sample. */
  private pathScratch = new Uint32Array(256);
  /** Series index by fingerprint; the rare series whose fingerprint another already has, by labels key. */
  private readonly seriesIds = new Map<string, number>();
  private readonly collidedSeries = new Map<string, number>();
  private readonly identities = new Set<string>();
  /** One (frozen) object per distinct label pair held by the series. */
  private readonly labelPairs = new Map<string, LabelPair>();
  /** Keyed by the pprof's locations array (shared by its parts). */
  private readonly tableRemaps = new WeakMap<object, TableRemap>();
  /**
   * Keyed by the decoder's tableKey (equal keys: equal tables), for the profiles of later pushes with the
   * same tables; least recently used first, bounded by TABLE_REMAP_BYTES. Not counted in sizeBytes: a cache,
   * not head data (nothing of it goes into the block).
   */
  private readonly keyedRemaps = new Map<string, TableRemap>();
  private keyedRemapBytes = 0;
  /** Keyed by a part's locationIds column (shared by its sample types). */
  private readonly stackRemaps = new WeakMap<object, StackRemap>();
  private bytes = 0;
  minTimeMs = Infinity;
  maxTimeMs = -Infinity;

  private readonly fingerprintOf: (labelsKey: string) => string;
  private readonly remapBudget: number;

  /**
   * @param options.fingerprintOf a series' fingerprint from its labels key; tests pass one that collides
   *   (SHA-256 prefixes cannot be made to) to reach collidedSeries.
   * @param options.remapCacheBytes the bound on the remaps kept by table key (default TABLE_REMAP_BYTES).
   */
  constructor(
    readonly tenant: string,
    options: { fingerprintOf?: (labelsKey: string) => string; remapCacheBytes?: number } = {},
  ) {
    this.fingerprintOf = options.fingerprintOf ?? fingerprintOfKey;
    this.remapBudget = options.remapCacheBytes ?? TABLE_REMAP_BYTES;
  }

  /** The remaps kept by table key: how many, the bytes counted against the bound, and what they hold now. */
  get remapCache(): { entries: number; countedBytes: number; heldBytes: number } {
    let held = 0;
    for (const t of this.keyedRemaps.values()) held += remapBytes(t);
    return { entries: this.keyedRemaps.size, countedBytes: this.keyedRemapBytes, heldBytes: held };
  }

  get profileCount(): number {
    return this.profileTime.length;
  }

  get stackCount(): number {
    return this.stacksUsed;
  }

  get sampleCount(): number {
    return this.samplesUsed;
  }

  private reserveSamples(n: number): void {
    if (this.samplesUsed + n <= this.sampleStack.length) return;
    // Doubling while the columns are small (most tenants' heads: their reserved capacity stays within 2× what
    // they hold); past LARGE_COLUMNS samples, 4× per growth. Each growth copies every sample so far into new
    // arrays, whose pages are then touched for the first time, and a first-touched page is what growth costs
    // (a page fault each 4 KiB: on the bench's VM ~13 µs of CPU a page, against ~0.3 µs to copy it). Growing a
    // head's four columns to 3.7 million samples took 39,000 faults and ~0.5-0.7 CPU-s by doubling, 29,000 and
    // ~0.4 CPU-s this way. Capacity beyond what is written is never touched: address space, not resident memory.
    const factor = this.sampleStack.length < LARGE_COLUMNS ? 2 : 4;
    let size = this.sampleStack.length * factor;
    while (size < this.samplesUsed + n) size *= factor;
    const stacks = new Uint32Array(size);
    stacks.set(this.sampleStack.subarray(0, this.samplesUsed));
    this.sampleStack = stacks;
    const values = new Float64Array(size);
    values.set(this.sampleValue.subarray(0, this.samplesUsed));
    this.sampleValue = values;
    if (this.sampleSpanHi && this.sampleSpanLo) {
      this.sampleSpanHi = this.grownSpanColumn(this.sampleSpanHi, size);
      this.sampleSpanLo = this.grownSpanColumn(this.sampleSpanLo, size);
    }
  }

  /**
   * A span column at `size`, with the runs of samples appended with spans copied; every other sample's span is
   * the new column's zero. Copied whole, the span columns were two of the four columns' growth copies, and most
   * of their pages had never been touched (no span): each read of one, and each write of its copy, a page fault
   * (~13 µs of CPU on the bench's VM) for zeros.
   */
  private grownSpanColumn(column: Uint32Array, size: number): Uint32Array {
    const grown = new Uint32Array(size);
    const runs = this.spanRuns;
    for (let k = 0; k < runs.length; k += 2) grown.set(column.subarray(runs[k]!, runs[k + 1]!), runs[k]!);
    return grown;
  }

  /** Notes that samples [start, end) were written with spans (joined to the previous run when adjacent). */
  private noteSpanRun(start: number, end: number): void {
    const runs = this.spanRuns;
    if (runs.length > 0 && runs[runs.length - 1] === start) runs[runs.length - 1] = end;
    else {
      runs.push(start, end);
      this.bytes += 16;
    }
  }

  /** Allocates the span columns (zeros: no span for every earlier sample) at the sample columns' capacity. */
  private ensureSpanColumns(): { hi: Uint32Array; lo: Uint32Array } {
    if (!this.sampleSpanHi || !this.sampleSpanLo) {
      this.sampleSpanHi = new Uint32Array(this.sampleStack.length);
      this.sampleSpanLo = new Uint32Array(this.sampleStack.length);
      this.bytes += this.sampleStack.length * 8;
    }
    return { hi: this.sampleSpanHi, lo: this.sampleSpanLo };
  }

  /** An estimate of the memory held, for cutting by size and for the head-size metric. */
  get sizeBytes(): number {
    return this.bytes;
  }

  /**
   * Adds one normalized profile (one series per sample type). Returns how many (series, profile) entries
   * were added: duplicates of stored identities and sample types without any non-zero value add none.
   */
  append(p: NormalizedProfile): number {
    const prof = p.profile;
    const tables = this.tablesFor(prof);
    // Profiles that share their sample columns (one pprof's sample types) share one stack remap.
    let remap = this.stackRemaps.get(prof.locationIds);
    if (!remap || remap.tables !== tables) {
      remap = { tables, sampleStacks: this.remapStacks(prof, tables), spans: sampleSpans(prof) };
      this.stackRemaps.set(prof.locationIds, remap);
      if (tables.counted !== NOT_KEPT && prof.tableKey !== undefined) this.keepRemap(prof.tableKey, tables);
    }
    const types = prof.sampleTypes.length;
    let added = 0;
    for (let t = 0; t < types; t++) {
      const labels = p.seriesLabels[t];
      if (!labels) continue;
      const seriesIndex = this.seriesFor(labels);
      const series = this.series[seriesIndex]!;
      // Joined, not a template: a template of this length is a rope the Set would keep (~150 bytes a profile).
      const identity = [seriesIndex, p.timestampMs, p.id].join('\x00');
      if (this.identities.has(identity)) continue;
      this.reserveSamples(prof.sampleCount);
      const start = this.samplesUsed;
      const stacks = this.sampleStack;
      const sampleValues = this.sampleValue;
      const values = prof.values;
      const sampleStacks = remap.sampleStacks;
      const spans = remap.spans;
      const spanColumns = spans ? this.ensureSpanColumns() : undefined;
      let end = start;
      let total = 0;
      for (let i = 0; i < prof.sampleCount; i++) {
        const v = values[i * types + t]!;
        if (v === 0) continue;
        stacks[end] = sampleStacks[i]!;
        sampleValues[end] = v;
        if (spans && spanColumns) {
          spanColumns.hi[end] = spans.hi[i]!;
          spanColumns.lo[end] = spans.lo[i]!;
        }
        end++;
        total += v;
      }
      if (end === start) continue;
      if (spanColumns) this.noteSpanRun(start, end);
      this.samplesUsed = end;
      this.identities.add(identity);
      const index = this.profileTime.length;
      this.profileSeries.push(seriesIndex);
      this.profileTime.push(p.timestampMs);
      this.profileId.push(p.id);
      this.profileSampleStart.push(start);
      this.profileSampleEnd.push(end);
      this.profileTotal.push(total);
      series.profiles.push(index);
      if (p.timestampMs < series.minTimeMs) series.minTimeMs = p.timestampMs;
      if (p.timestampMs > series.maxTimeMs) series.maxTimeMs = p.timestampMs;
      if (p.timestampMs < this.minTimeMs) this.minTimeMs = p.timestampMs;
      if (p.timestampMs > this.maxTimeMs) this.maxTimeMs = p.timestampMs;
      this.bytes += 64 + p.id.length * 2 + (end - start) * 16;
      added++;
    }
    return added;
  }

  /**
   * The costly part of append(p) done ahead, in slices of `sliceSamples` samples: the profile's symbols and stacks
   * interned, kept as the remap append(p) then finds, so that append(p) only copies sample columns. The generator
   * yields between slices, so a caller can let other work (another tenant's query) run in between
   * (staged-append.ts). Nothing a query reads changes: symbols and trie nodes are only reachable through samples,
   * which append(p) adds in one synchronous step; a profile is seen whole or not at all. Safe to interleave with
   * other appends and prepares (each slice starts its walk from the root), but not across a cut of the head: the
   * caller holds the storage lock that a cut takes exclusively.
   */
  *prepare(p: NormalizedProfile, sliceSamples: number): Generator<void, void, void> {
    const prof = p.profile;
    const tables = this.tablesFor(prof);
    const known = this.stackRemaps.get(prof.locationIds);
    if (known && known.tables === tables) return;
    const sampleStacks = new Uint32Array(prof.sampleCount);
    for (let from = 0; from < prof.sampleCount; from += sliceSamples) {
      if (from > 0) yield;
      this.remapStacks(prof, tables, sampleStacks, from, Math.min(prof.sampleCount, from + sliceSamples));
    }
    this.stackRemaps.set(prof.locationIds, { tables, sampleStacks, spans: sampleSpans(prof) });
    if (tables.counted !== NOT_KEPT && prof.tableKey !== undefined) this.keepRemap(prof.tableKey, tables);
  }

  /** The remap of the profile's tables: made once per pprof (its parts share it), and once per table key. */
  private tablesFor(prof: DecodedProfile): TableRemap {
    let tables = this.tableRemaps.get(prof.locations);
    if (tables && tables.strings === prof.strings) return tables;
    const key = prof.tableKey;
    tables = key === undefined ? undefined : this.keyedRemaps.get(key);
    if (tables && key !== undefined) {
      this.keyedRemaps.delete(key); // most recently used last
      this.keyedRemaps.set(key, tables);
    } else {
      tables = this.remapTables(prof);
      if (key !== undefined) this.keepRemap(key, tables);
    }
    this.tableRemaps.set(prof.locations, tables);
    return tables;
  }

  /** Keeps (or recounts, once its stack memo grew) a remap by table key, evicting the least recently used past the bound. */
  private keepRemap(key: string, tables: TableRemap): void {
    if (!this.keyedRemaps.has(key)) this.keyedRemaps.set(key, tables);
    const bytes = remapBytes(tables);
    this.keyedRemapBytes += bytes - (tables.counted === NOT_KEPT ? 0 : tables.counted);
    tables.counted = bytes;
    for (const [oldest, t] of this.keyedRemaps) {
      if (this.keyedRemapBytes <= this.remapBudget || oldest === key) break;
      this.keyedRemaps.delete(oldest);
      if (t.counted !== NOT_KEPT) this.keyedRemapBytes -= t.counted;
      t.counted = NOT_KEPT;
    }
  }

  private seriesFor(labels: LabelPair[]): number {
    const key = labelsKey(labels);
    // Keyed by the 64-bit fingerprint the series keeps anyway, not by the labels' key string (~25 bytes a
    // label): the key is built per push but not held. The querier already takes a fingerprint as a series'
    // identity; a collision is still told apart by the labels and kept in collidedSeries.
    const fingerprint = this.fingerprintOf(key);
    const found = this.seriesIds.get(fingerprint);
    if (found !== undefined) {
      if (sameLabels(this.series[found]!.labels, labels)) return found;
      const collided = this.collidedSeries.get(key);
      if (collided !== undefined) return collided;
    }
    const index = this.series.length;
    // Most label pairs repeat across series (__name__, __profile_type__, env…): one frozen pair object each.
    const copy = labels.map((l) => this.labelPair(l));
    this.series.push({ labels: copy, fingerprint, minTimeMs: Infinity, maxTimeMs: -Infinity, profiles: [] });
    if (found === undefined) this.seriesIds.set(fingerprint, index);
    else this.collidedSeries.set(key, index);
    this.bytes += 200 + key.length * 2;
    return index;
  }

  private labelPair(l: LabelPair): LabelPair {
    const key = [l.name, l.value].join('\xfe'); // flat, not a rope: the map keeps it
    let pair = this.labelPairs.get(key);
    if (!pair) {
      pair = Object.freeze({ name: l.name, value: l.value });
      this.labelPairs.set(key, pair);
    }
    return pair;
  }

  private internString(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
      this.bytes += 48 + s.length * 2;
    }
    return id;
  }

  private remapTables(prof: DecodedProfile): TableRemap {
    const str = new Int32Array(prof.strings.length).fill(-1);
    const s = (i: number): number => {
      if (i <= 0 || i >= prof.strings.length) return 0;
      let id = str[i]!;
      if (id < 0) str[i] = id = this.internString(prof.strings[i]!);
      return id;
    };
    const key = this.scratch;
    const mapping = new Map<number, number>();
    for (const m of prof.mappings) {
      const flags = (m.hasFunctions ? 1 : 0) | (m.hasFilenames ? 2 : 0) | (m.hasLineNumbers ? 4 : 0) | (m.hasInlineFrames ? 8 : 0);
      const filename = s(m.filename);
      const buildId = s(m.buildId);
      key.length = 0;
      key.push(m.memoryStart, m.memoryLimit, m.fileOffset, filename, buildId, flags);
      const id = this.mappingIds.intern(key);
      const added = this.mappingIds.lastAdded;
      if (added) {
        this.mappings.push({ memoryStart: m.memoryStart, memoryLimit: m.memoryLimit, fileOffset: m.fileOffset, filename, buildId, flags });
        this.bytes += 120;
      }
      mapping.set(m.id, id + 1);
    }
    const fn = new Map<number, number>();
    for (const f of prof.functions) {
      const name = s(f.name);
      const systemName = s(f.systemName);
      const filename = s(f.filename);
      key.length = 0;
      key.push(name, systemName, filename, f.startLine);
      const id = this.functionIds.intern(key);
      const added = this.functionIds.lastAdded;
      if (added) {
        this.functions.push({ name, systemName, filename, startLine: f.startLine });
        this.bytes += 100;
      }
      fn.set(f.id, id + 1);
    }
    const location = new IdMap(prof.locations.length);
    for (const loc of prof.locations) {
      const mappingId = mapping.get(loc.mappingId) ?? 0;
      // Symbolized locations are identified by their frames (an odd-length key); unsymbolized ones by
      // mapping and address (length 2).
      key.length = 0;
      key.push(mappingId);
      if (loc.lines.length > 0) for (const line of loc.lines) key.push(fn.get(line.functionId) ?? 0, line.line);
      else key.push(loc.address);
      const id = this.locationIds.intern(key);
      const added = this.locationIds.lastAdded;
      if (added) {
        this.locations.push({ mappingId, address: loc.address, lines: loc.lines.length > 0 ? key.slice(1) : [] });
        this.bytes += 100 + loc.lines.length * 16;
      }
      location.set(loc.id, id + 1);
    }
    return { strings: prof.strings, location, stacks: new StackMemo(), counted: NOT_KEPT };
  }

  /**
   * Each sample's stack, interned in the trie (root first). A stack seen before with the same tables (an
   * earlier push of the series, most of the time) is found in the remap's memo: one hash of its location IDs
   * and one comparison, instead of a trie lookup per frame. Otherwise, consecutive samples usually share
   * their root-most frames, so the walk starts below the part this sample shares with the previous walked
   * one (compared by pprof location ID, with that sample's trie nodes kept per depth).
   */
  private remapStacks(prof: DecodedProfile, tables: TableRemap, sampleStacks = new Uint32Array(prof.sampleCount), from = 0, to = prof.sampleCount): Uint32Array {
    const ids = prof.locationIds;
    const offsets = prof.locationOffsets;
    const location = tables.location;
    const memo = tables.stacks;
    let path = this.pathScratch;
    let prevEnd = 0;
    let prevDepth = 0; // a slice (prepare) shares nothing with what ran before it
    for (let i = from; i < to; i++) {
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      const depth = end - start;
      const hash = memo.hash(ids, start, end);
      const known = memo.find(hash, ids, start, end);
      if (known >= 0) {
        sampleStacks[i] = known;
        prevDepth = 0; // path holds no nodes for this sample
        continue;
      }
      if (depth > path.length) path = this.pathScratch = growPath(path, depth);
      let node = 0;
      let d = 0;
      // pprof lists a sample's locations leaf first; the trie goes root first: depth d is ids[end - 1 - d].
      const shared = depth < prevDepth ? depth : prevDepth;
      while (d < shared && ids[end - 1 - d] === ids[prevEnd - 1 - d]) node = path[d++]!;
      for (; d < depth; d++) {
        const loc = location.get(ids[end - 1 - d]!);
        if (loc !== 0) node = this.stackChild(node, loc);
        path[d] = node;
      }
      sampleStacks[i] = node;
      memo.add(hash, ids, start, end, node);
      prevEnd = end;
      prevDepth = depth;
    }
    return sampleStacks;
  }

  private stackChild(parent: number, location: number): number {
    const slots = this.stackSlots;
    const mask = slots.length - 1;
    let slot = stackHash(parent, location) & mask;
    for (;;) {
      const id = slots[slot]!;
      if (id === 0) break;
      if (this.stackParent[id] === parent && this.stackLocation[id] === location) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.newStackNode(parent, location);
    if (this.stacksUsed * 2 > slots.length) this.rehashStacks();
    else slots[slot] = id;
    return id;
  }

  private rehashStacks(): void {
    const size = this.stackSlots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 1; id < this.stacksUsed; id++) {
      let slot = stackHash(this.stackParent[id]!, this.stackLocation[id]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.stackSlots = slots;
  }

  private newStackNode(parent: number, location: number): number {
    if (this.stacksUsed === this.stackParent.length) {
      const parents = new Uint32Array(this.stackParent.length * 2);
      parents.set(this.stackParent);
      this.stackParent = parents;
      const locations = new Uint32Array(this.stackLocation.length * 2);
      locations.set(this.stackLocation);
      this.stackLocation = locations;
    }
    const id = this.stacksUsed++;
    this.stackParent[id] = parent;
    this.stackLocation[id] = location;
    this.bytes += 24;
    return id;
  }
}


/** Bytes a remap holds (its location map and stack memo), for the bound on keyedRemaps. */
const remapBytes = (t: TableRemap): number => t.location.bytes + t.stacks.bytes;

/** What the remaps kept by table key may hold per tenant head. */
const TABLE_REMAP_BYTES = 16 << 20;

/**
 * Stacks (sequences of pprof location IDs, leaf first) → head stack ID, for one table remap. Open addressing
 * over a seeded hash with a bounded probe: a stack that does not fit within MEMO_PROBES slots is not kept
 * (and is interned through the trie every time), so stacks crafted to collide cost at most that many
 * comparisons each. Holds at most MEMO_MAX_IDS location IDs.
 */
class StackMemo {
  private slots = new Int32Array(256);
  private entryStart = new Int32Array(64);
  private entryLength = new Int32Array(64);
  private entryHash = new Int32Array(64);
  private entryNode = new Uint32Array(64);
  private ids = new Float64Array(1024);
  private count = 0;
  private idsUsed = 0;

  get bytes(): number {
    return this.slots.byteLength + 4 * this.entryStart.byteLength + this.ids.byteLength;
  }

  /**
   * FNV-1a over the IDs' low words from a seeded start, finished by a seeded mix: two operations per frame
   * (a full mix per frame cost as much as the trie walk it saves). Collisions only cost comparisons, bounded
   * by MEMO_PROBES.
   */
  hash(ids: LocationIdColumn, start: number, end: number): number {
    let h = MEMO_HASH_START ^ (end - start);
    for (let j = start; j < end; j++) h = Math.imul(h ^ (ids[j]! | 0), 0x01000193);
    return mixWord(h, end - start);
  }

  /** The head stack ID of the stack ids[start, end), or -1. */
  find(hash: number, ids: LocationIdColumn, start: number, end: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let probe = 0, slot = hash & mask; probe < MEMO_PROBES; probe++, slot = (slot + 1) & mask) {
      const e = this.slots[slot]! - 1;
      if (e < 0) return -1;
      if (this.entryHash[e] !== hash || this.entryLength[e] !== length) continue;
      const at = this.entryStart[e]! - start;
      let j = start;
      while (j < end && this.ids[at + j] === ids[j]) j++;
      if (j === end) return this.entryNode[e]!;
    }
    return -1;
  }

  add(hash: number, ids: LocationIdColumn, start: number, end: number, node: number): void {
    const length = end - start;
    if (this.idsUsed + length > MEMO_MAX_IDS) return;
    if ((this.count + 1) * 2 > this.slots.length) this.growSlots();
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    let probe = 0;
    while (this.slots[slot] !== 0) {
      if (++probe >= MEMO_PROBES) return;
      slot = (slot + 1) & mask;
    }
    if (this.count === this.entryStart.length) this.growEntries();
    if (this.idsUsed + length > this.ids.length) {
      let size = this.ids.length * 2;
      while (size < this.idsUsed + length) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.ids.subarray(0, this.idsUsed));
      this.ids = grown;
    }
    const e = this.count++;
    this.entryStart[e] = this.idsUsed;
    this.entryLength[e] = length;
    this.entryHash[e] = hash;
    this.entryNode[e] = node;
    this.ids.set(ids.subarray(start, end), this.idsUsed);
    this.idsUsed += length;
    this.slots[slot] = e + 1;
  }

  private growEntries(): void {
    const size = this.entryStart.length * 2;
    const grow = <T extends Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.entryStart = grow(this.entryStart, (n) => new Int32Array(n));
    this.entryLength = grow(this.entryLength, (n) => new Int32Array(n));
    this.entryHash = grow(this.entryHash, (n) => new Int32Array(n));
    this.entryNode = grow(this.entryNode, (n) => new Uint32Array(n));
  }

  /** Doubles the slots and re-inserts every entry (an entry whose probe run is full is dropped: it is a cache). */
  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let slot = this.entryHash[e]! & mask;
      for (let probe = 0; probe < MEMO_PROBES && slots[slot] !== 0; probe++) slot = (slot + 1) & mask;
      if (slots[slot] === 0) slots[slot] = e + 1;
    }
    this.slots = slots;
  }
}
const MEMO_PROBES = 8;
const MEMO_HASH_START = hashStart(3);
const MEMO_MAX_IDS = 1 << 20;

/** pprof IDs → head IDs: a typed array while IDs are small (they usually are 1..n), else a Map. */
class IdMap {
  private dense: Int32Array;

  get bytes(): number {
    return this.dense.byteLength + (this.sparse?.size ?? 0) * 40;
  }
  private sparse: Map<number, number> | undefined;

  constructor(count: number) {
    this.dense = new Int32Array(count * 2 + 2);
  }

  set(key: number, value: number): void {
    if (Number.isInteger(key) && key >= 0 && key < this.dense.length) this.dense[key] = value;
    else (this.sparse ??= new Map()).set(key, value);
  }

  /** 0 when absent. */
  get(key: number): number {
    if (key >= 0 && key < this.dense.length && Number.isInteger(key)) return this.dense[key]!;
    return this.sparse?.get(key) ?? 0;
  }
}

function growPath(path: Uint32Array, depth: number): Uint32Array<ArrayBuffer> {
  let size = path.length * 2;
  while (size < depth) size *= 2;
  const grown = new Uint32Array(size);
  grown.set(path); // the previous sample's nodes: the next one may share its prefix
  return grown;
}

/** Seeded (tuple-index.ts): a client cannot pick stacks whose trie nodes all land in one slot. */
function stackHash(parent: number, location: number): number {
  return mixWord(mixWord(STACK_HASH_START, parent), location) >>> 0;
}
const STACK_HASH_START = hashStart(2);

/** Each pprof sample's span_id label as words (0/0 when it has none or it is not a span ID), or undefined when no sample has one. */
function sampleSpans(prof: DecodedProfile): { hi: Uint32Array; lo: Uint32Array } | undefined {
  const key = prof.strings.indexOf(SPAN_ID_LABEL);
  if (key <= 0) return undefined;
  let hi: Uint32Array | undefined;
  let lo: Uint32Array | undefined;
  for (let i = 0; i < prof.sampleCount; i++) {
    for (let j = prof.labelOffsets[i]!; j < prof.labelOffsets[i + 1]!; j++) {
      if (prof.labelKeys[j] !== key) continue;
      const id = parseSpanId(prof.strings[prof.labelValues[j]!] ?? '');
      if (!id) break;
      hi ??= new Uint32Array(prof.sampleCount);
      lo ??= new Uint32Array(prof.sampleCount);
      hi[i] = id[0];
      lo[i] = id[1];
      break;
    }
  }
  return hi && lo ? { hi, lo } : undefined;
}
