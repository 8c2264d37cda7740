// Merges several blocks of one tenant into the columns of one new block (the compactor's core).
//
// Replicas are de-duplicated by the identity every read uses (query/dedup.ts profileKey: series
// fingerprint, timestamp, profile ID): the first block (in the order given) that holds a profile gives it,
// the others' copies are skipped. Strings, mappings, functions, locations and stack trie nodes are
// re-interned into one set of tables, keyed by content as the head interns them (docs/block-format.md,
// symbols.bin), so symbols shared by the sources are stored once. Span IDs (spans.bin) are kept per sample.
//
// Memory: the indexes of all sources are held at once (small), the samples of one source at a time.
import type { IndexData, SampleData, StoredFunction, StoredLocation, StoredMapping, StoredSeries } from '../read/profile-data.ts';
import { profileKeyOf } from '../read/select.ts';

/** What the merge reads of a block: BlockReader satisfies it. */
export interface MergeSource {
  index(): Promise<IndexData>;
  samples(): Promise<SampleData>;
  /** Drops the decoded files once the merge has copied them. */
  release?(): void;
}

export interface MergedBlock {
  index: IndexData;
  samples: SampleData;
  /** Profiles read in the sources, and those skipped as replicas of one already taken. */
  stats: { sourceProfiles: number; duplicates: number };
}

export async function mergeBlocks(sources: readonly MergeSource[]): Promise<MergedBlock> {
  const indexes = await Promise.all(sources.map((s) => s.index()));
  const out = new MergedColumns();
  const seen = new Set<string>();
  let sourceProfiles = 0;
  let duplicates = 0;
  for (let b = 0; b < sources.length; b++) {
    const index = indexes[b]!;
    const taken: number[] = [];
    for (let p = 0; p < index.profileCount; p++) {
      sourceProfiles++;
      const key = profileKeyOf(index, p);
      if (seen.has(key)) {
        duplicates++;
        continue;
      }
      seen.add(key);
      taken.push(p);
    }
    // A block whose every profile is a replica of one already taken adds nothing: its samples are not read.
    if (taken.length === 0) continue;
    const samples = await sources[b]!.samples();
    out.addProfiles(index, samples, taken);
    sources[b]!.release?.();
  }
  return { ...out.finish(), stats: { sourceProfiles, duplicates } };
}

/** The growing columns of the merged block, with the interning tables of its symbols. */
class MergedColumns {
  private readonly series: StoredSeries[] = [];
  private readonly seriesByFingerprint = new Map<string, number>();
  private readonly profileSeries: number[] = [];
  private readonly profileTime: number[] = [];
  private readonly profileId: string[] = [];
  private readonly profileSampleStart: number[] = [];
  private readonly profileSampleEnd: number[] = [];
  private readonly profileTotal: number[] = [];

  private readonly strings: string[] = [''];
  private readonly stringIds = new Map<string, number>([['', 0]]);
  private readonly mappings: StoredMapping[] = [{ memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }];
  private readonly mappingIds = new Map<string, number>();
  private readonly functions: StoredFunction[] = [{ name: 0, systemName: 0, filename: 0, startLine: 0 }];
  private readonly functionIds = new Map<string, number>();
  private readonly locations: StoredLocation[] = [{ mappingId: 0, address: 0, lines: [] }];
  private readonly locationIds = new Map<string, number>();
  private readonly stackParent: number[] = [0];
  private readonly stackLocation: number[] = [0];
  private readonly stackIds = new Map<string, number>();

  private readonly sampleStack: number[] = [];
  private readonly sampleValue: number[] = [];
  private readonly sampleSpanHi: number[] = [];
  private readonly sampleSpanLo: number[] = [];
  private anySpan = false;

  addProfiles(index: IndexData, samples: SampleData, profiles: readonly number[]): void {
    const symbols = new SymbolRemap(this, samples);
    const hi = samples.sampleSpanHi;
    const lo = samples.sampleSpanLo;
    for (const p of profiles) {
      const start = this.sampleStack.length;
      for (let i = index.profileSampleStart[p]!; i < index.profileSampleEnd[p]!; i++) {
        this.sampleStack.push(symbols.stack(samples.sampleStack[i]!));
        this.sampleValue.push(samples.sampleValue[i]!);
        const h = hi?.[i] ?? 0;
        const l = lo?.[i] ?? 0;
        if (h !== 0 || l !== 0) this.anySpan = true;
        this.sampleSpanHi.push(h);
        this.sampleSpanLo.push(l);
      }
      const source = index.series[index.profileSeries[p]!]!;
      const si = this.seriesFor(source);
      const q = this.profileTime.length;
      const s = this.series[si]!;
      s.profiles.push(q);
      s.minTimeMs = Math.min(s.minTimeMs, index.profileTime[p]!);
      s.maxTimeMs = Math.max(s.maxTimeMs, index.profileTime[p]!);
      this.profileSeries.push(si);
      this.profileTime.push(index.profileTime[p]!);
      this.profileId.push(index.profileId[p]!);
      this.profileSampleStart.push(start);
      this.profileSampleEnd.push(this.sampleStack.length);
      this.profileTotal.push(index.profileTotal[p]!);
    }
  }

  private seriesFor(source: StoredSeries): number {
    let si = this.seriesByFingerprint.get(source.fingerprint);
    if (si === undefined) {
      si = this.series.length;
      this.seriesByFingerprint.set(source.fingerprint, si);
      this.series.push({ labels: source.labels.map((l) => ({ name: l.name, value: l.value })), fingerprint: source.fingerprint, minTimeMs: Infinity, maxTimeMs: -Infinity, profiles: [] });
    }
    return si;
  }

  internString(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  internMapping(m: StoredMapping): number {
    const key = `${m.memoryStart},${m.memoryLimit},${m.fileOffset},${m.filename},${m.buildId},${m.flags}`;
    return intern(this.mappingIds, this.mappings, key, m);
  }

  internFunction(f: StoredFunction): number {
    return intern(this.functionIds, this.functions, `${f.name},${f.systemName},${f.filename},${f.startLine}`, f);
  }

  /** Keyed as the head keys locations: by mapping and lines when it has lines, else by mapping and address. */
  internLocation(l: StoredLocation): number {
    const key = l.lines.length > 0 ? `${l.mappingId}|${l.lines.join(',')}` : `${l.mappingId}@${l.address}`;
    return intern(this.locationIds, this.locations, key, l);
  }

  internStackNode(parent: number, location: number): number {
    const key = `${parent},${location}`;
    let id = this.stackIds.get(key);
    if (id === undefined) {
      id = this.stackParent.length;
      this.stackParent.push(parent);
      this.stackLocation.push(location);
      this.stackIds.set(key, id);
    }
    return id;
  }

  finish(): { index: IndexData; samples: SampleData } {
    const index: IndexData = {
      series: this.series,
      profileSeries: Uint32Array.from(this.profileSeries),
      profileTime: Float64Array.from(this.profileTime),
      profileId: this.profileId,
      profileSampleStart: Float64Array.from(this.profileSampleStart),
      profileSampleEnd: Float64Array.from(this.profileSampleEnd),
      profileTotal: Float64Array.from(this.profileTotal),
      profileCount: this.profileTime.length,
    };
    const samples: SampleData = {
      strings: this.strings, mappings: this.mappings, functions: this.functions, locations: this.locations,
      stackParent: Uint32Array.from(this.stackParent), stackLocation: Uint32Array.from(this.stackLocation), stackCount: this.stackParent.length,
      sampleStack: Uint32Array.from(this.sampleStack), sampleValue: Float64Array.from(this.sampleValue),
      // spans.bin is written only when a sample has a span ID, as the head does.
      ...(this.anySpan ? { sampleSpanHi: Uint32Array.from(this.sampleSpanHi), sampleSpanLo: Uint32Array.from(this.sampleSpanLo) } : {}),
    };
    return { index, samples };
  }
}

function intern<T>(ids: Map<string, number>, table: T[], key: string, value: T): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = table.length;
    table.push(value);
    ids.set(key, id);
  }
  return id;
}

/** One source block's symbol IDs translated to the merged tables, lazily (only what its taken samples use). */
class SymbolRemap {
  private readonly stringMap: Int32Array;
  private readonly mappingMap: Int32Array;
  private readonly functionMap: Int32Array;
  private readonly locationMap: Int32Array;
  private readonly stackMap: Int32Array;
  private readonly walk: number[] = [];

  constructor(private readonly out: MergedColumns, private readonly src: SampleData) {
    this.stringMap = new Int32Array(src.strings.length).fill(-1);
    this.mappingMap = new Int32Array(src.mappings.length).fill(-1);
    this.functionMap = new Int32Array(src.functions.length).fill(-1);
    this.locationMap = new Int32Array(src.locations.length).fill(-1);
    this.stackMap = new Int32Array(src.stackCount).fill(-1);
    this.stackMap[0] = 0;
    this.mappingMap[0] = 0;
    this.functionMap[0] = 0;
    this.locationMap[0] = 0;
  }

  private string(i: number): number {
    let id = this.stringMap[i]!;
    if (id < 0) this.stringMap[i] = id = this.out.internString(this.src.strings[i] ?? '');
    return id;
  }

  private mapping(i: number): number {
    let id = this.mappingMap[i]!;
    if (id < 0) {
      const m = this.src.mappings[i]!;
      this.mappingMap[i] = id = this.out.internMapping({ ...m, filename: this.string(m.filename), buildId: this.string(m.buildId) });
    }
    return id;
  }

  private function(i: number): number {
    let id = this.functionMap[i]!;
    if (id < 0) {
      const f = this.src.functions[i]!;
      this.functionMap[i] = id = this.out.internFunction({ name: this.string(f.name), systemName: this.string(f.systemName), filename: this.string(f.filename), startLine: f.startLine });
    }
    return id;
  }

  private location(i: number): number {
    let id = this.locationMap[i]!;
    if (id < 0) {
      const l = this.src.locations[i]!;
      const lines: number[] = [];
      for (let j = 0; j < l.lines.length; j += 2) lines.push(this.function(l.lines[j]!), l.lines[j + 1]!);
      this.locationMap[i] = id = this.out.internLocation({ mappingId: this.mapping(l.mappingId), address: l.address, lines });
    }
    return id;
  }

  /** The merged trie node of source node n: its unmapped ancestors are mapped first, root side first. */
  stack(n: number): number {
    if (this.stackMap[n]! >= 0) return this.stackMap[n]!;
    const walk = this.walk;
    walk.length = 0;
    let k = n;
    while (this.stackMap[k]! < 0) {
      walk.push(k);
      k = this.src.stackParent[k]!;
    }
    let parent = this.stackMap[k]!;
    for (let j = walk.length - 1; j >= 0; j--) {
      const node = walk[j]!;
      parent = this.out.internStackNode(parent, this.location(this.src.stackLocation[node]!));
      this.stackMap[node] = parent;
    }
    return parent;
  }
}
