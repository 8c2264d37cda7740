// Opens a block from any BlockSource (a local folder or a bucket prefix) and serves the same columnar data
// as the head, for both format versions. Files are checked against meta.json's sizes and checksums when read
// whole; sections of a version-2 block read by range against the CRC-32s in its index.bin.
//
// - index(): index.bin, whole (label reads, SelectProfiles, SelectSeries need nothing else).
// - samplesFor(profiles) (eachSamplePart: one partition at a time): what a merge of those profiles needs.
//   Version 2: the symbol sections of their partitions and the chunks holding them, by range (adjacent
//   chunks in one request); version 1: the whole symbols.bin, samples.bin and spans.bin.
// - samples(): every sample of the block with one set of symbol tables (the compactor, the ingester's reads
//   of its local blocks).
//
// With a PartCache (the querier's byte-sized cache), what is fetched of a version-2 block (index.bin, symbol
// sections, chunks) is kept there as fetched, compressed, and decoded again by each read that needs it, so a
// query repeated over the same block fetches nothing again. Kept decoded, blocks took ~7 times their bytes
// (objects on the JS heap; the compactor bench's 1,003 blocks: 156 MB against 23 MB): a cache smaller than
// what a query reads was then refilled by every query, and each evicted decoded part was garbage that had
// lived long enough to be promoted to V8's old generation, which grows to several times what is live before
// it is collected: the querier's RSS grew with the blocks a query read, not with the cache. Decoded parts now
// live only while their partition is merged (young-generation garbage).
// Without a cache (the ingester's local blocks, the compactor) the decoded index is held by the reader.
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { decodeSamples, INDEX_FILE, SAMPLES_FILE, SPANS_FILE, SYMBOLS_FILE, type DecodedIndex } from './format.ts';
import {
  assembleSamples, chunkWhat, decodeAnyIndex, decodeChunk, decodePartitionSymbols, FORMAT_VERSION_2, partitionWhat,
  type ChunkColumns, type ChunkEntry, type DecodedIndexV2,
} from './format-v2.ts';
import { checksum, META_FILE, parseMeta, type BlockMeta } from './meta.ts';
import type { BlockSource } from './source.ts';
import type { SymbolTables } from './symbols.ts';
import { crc32 } from 'node:zlib';
import { forEachLimited } from './limited.ts';

/** Where a reader keeps decoded symbol sections and fetched chunks (keys are prefixed with the block's ULID). */
export interface PartCache {
  get(key: string, kind: PartKind): Buffer | undefined;
  set(key: string, value: Buffer, bytes: number, kind: PartKind): void;
}

/** What a PartCache holds of a version-2 block: its index.bin, a partition's symbol section, a sample chunk (all as fetched). */
export type PartKind = 'index' | 'symbols' | 'chunk';

/**
 * index.bin between its fetch and its use (BlockReader.fetchIndex, decodeIndex): compressed, so that a caller
 * reading blocks ahead holds their bytes, not their decoded indexes; or decoded already (held by the reader).
 */
export type FetchedIndex = { compressed: Buffer; cached: boolean } | { decoded: DecodedIndex | DecodedIndexV2 };

/** What a reader fetched: one call per request to the source. */
export type FetchObserver = (part: 'index' | 'symbols' | 'chunks' | 'file', bytes: number) => void;

export interface BlockReaderOptions {
  cache?: PartCache;
  onFetch?: FetchObserver;
}

/** Profiles of a merge with the columns and symbols they need: merge each part alone and combine the results. */
export interface SamplePart {
  index: IndexData;
  samples: SampleData;
  profiles: number[];
  /** The part is the whole block (a version-1 block: its files decoded whole and held by the reader). */
  wholeBlock?: true;
}

/** A cached Buffer's own objects (the Buffer, its ArrayBuffer, the store's bookkeeping), as for typed arrays in decoded-size.ts. */
const CACHED_BUFFER_OVERHEAD = 512;
/** Chunks closer than this are fetched in one range request (the bytes between are read and dropped). */
const MAX_GAP_BYTES = 64 * 1024;
/** …as long as the request stays below this. */
const MAX_REQUEST_BYTES = 32 * 1024 * 1024;
/** Range requests of one block in flight at once. */
const RANGE_CONCURRENCY = 8;

export class BlockReader {
  private indexPromise: Promise<DecodedIndex | DecodedIndexV2> | undefined;
  private samplesPromise: Promise<SampleData> | undefined;
  private readonly symbolsInFlight = new Map<number, Promise<Buffer>>();

  constructor(readonly meta: BlockMeta, private readonly source: BlockSource, private readonly o: BlockReaderOptions = {}) {}

  async index(): Promise<IndexData> {
    return this.o.cache ? this.decodeIndex(await this.fetchIndex()) : this.decodedIndex();
  }

  /** The reader holds its decoded index (a version-1 block's, or without a cache) until release(). */
  get holdsDecodedIndex(): boolean {
    return this.indexPromise !== undefined;
  }

  /** index.bin fetched (or found in the cache), not decoded yet: decodeIndex() it when it is its turn. */
  async fetchIndex(): Promise<FetchedIndex> {
    const cache = this.o.cache;
    if (this.indexPromise || !cache) return { decoded: await this.decodedIndex() };
    const cached = cache.get(this.indexKey, 'index');
    if (cached) return { compressed: cached, cached: true };
    return { compressed: await this.file(INDEX_FILE, 'index'), cached: false };
  }

  /**
   * The decoded index. A version-2 block's index.bin goes to the cache as fetched (decoded again by the next
   * read); a version-1 block's decoded index is held by the reader, as its decoded files are (samples()).
   */
  decodeIndex(fetched: FetchedIndex): DecodedIndex | DecodedIndexV2 {
    if ('decoded' in fetched) return fetched.decoded;
    const index = decodeAnyIndex(fetched.compressed);
    if (!isV2(index) || !this.o.cache) this.indexPromise ??= Promise.resolve(index);
    else if (!fetched.cached) this.o.cache.set(this.indexKey, ownCopy(fetched.compressed), fetched.compressed.length + CACHED_BUFFER_OVERHEAD, 'index');
    return index;
  }

  private get indexKey(): string {
    return `${this.meta.ulid}/index`;
  }

  samples(): Promise<SampleData> {
    return (this.samplesPromise ??= this.loadSamples());
  }

  /** Drops decoded data (it is fetched again on the next read). */
  release(): void {
    this.indexPromise = undefined;
    this.samplesPromise = undefined;
  }

  /** The parts a merge of `profiles` (indexes into `index`, this block's index() when given) reads. */
  async samplesFor(profiles: readonly number[], decoded?: IndexData): Promise<SamplePart[]> {
    const out: SamplePart[] = [];
    for await (const part of this.eachSamplePart(profiles, decoded)) out.push(part);
    return out;
  }

  /**
   * The same, one part (partition) at a time: its symbols and chunks are decoded when it is its turn, so a
   * caller merging each part before taking the next holds one partition's decoded data at a time.
   */
  async *eachSamplePart(profiles: readonly number[], decoded?: IndexData): AsyncGenerator<SamplePart> {
    const index = (decoded ?? (await this.index())) as DecodedIndex | DecodedIndexV2;
    if (!isV2(index)) {
      if (profiles.length) yield { index, samples: await this.samples(), profiles: [...profiles], wholeBlock: true };
      return;
    }
    const byPartition = new Map<number, number[]>();
    for (const p of profiles) {
      const part = index.seriesPartition[index.profileSeries[p]!]!;
      let list = byPartition.get(part);
      if (!list) byPartition.set(part, (list = []));
      list.push(p);
    }
    const chunks = await this.fetchChunks(index, [...new Set(profiles.map((p) => index.profileChunk[p]!))].sort((a, b) => a - b));
    for (const [part, ps] of byPartition) {
      const p = index.partitions[part]!;
      yield partOf(index, ps, decodePartitionSymbols(await this.partitionSection(index, part), partitionWhat(part, p.name)), chunks);
    }
  }

  private decodedIndex(): Promise<DecodedIndex | DecodedIndexV2> {
    return (this.indexPromise ??= this.loadIndex());
  }

  private async loadIndex(): Promise<DecodedIndex | DecodedIndexV2> {
    try {
      const data = await this.file(INDEX_FILE, 'index');
      return decodeAnyIndex(data);
    } catch (err) {
      this.indexPromise = undefined;
      throw err;
    }
  }

  private async loadSamples(): Promise<SampleData> {
    try {
      const index = await this.decodedIndex();
      if (isV2(index)) {
        const [symbols, samples] = await Promise.all([this.file(SYMBOLS_FILE, 'file'), this.file(SAMPLES_FILE, 'file')]);
        const partitions = index.partitions.map((p, i) => decodePartitionSymbols(this.section(symbols, p, partitionWhat(i, p.name)), partitionWhat(i, p.name)));
        const columns = index.chunks.map((c, k) => decodeChunk(index, c, this.section(samples, c, chunkWhat(k)), partitions[c.partition]!.stackCount, chunkWhat(k)));
        return assembleSamples(index, partitions, columns);
      }
      // spans.bin exists only in blocks that hold a sample with a span ID (meta.json lists it then).
      const hasSpans = this.meta.files.some((f) => f.name === SPANS_FILE);
      const [symbols, samples, spans] = await Promise.all([
        this.file(SYMBOLS_FILE, 'file'), this.file(SAMPLES_FILE, 'file'), hasSpans ? this.file(SPANS_FILE, 'file') : undefined,
      ]);
      return decodeSamples(index, symbols, samples, spans);
    } catch (err) {
      this.samplesPromise = undefined;
      throw err;
    }
  }

  /** A partition's symbol section as fetched (checked against its CRC-32): from the cache, else one range read. */
  private partitionSection(index: DecodedIndexV2, part: number): Promise<Buffer> {
    const key = `${this.meta.ulid}/symbols/${part}`;
    const cached = this.o.cache?.get(key, 'symbols');
    if (cached) return Promise.resolve(cached);
    let pending = this.symbolsInFlight.get(part);
    if (!pending) {
      const p = index.partitions[part]!;
      pending = (async () => {
        const data = ownCopy(this.checked(await this.range(SYMBOLS_FILE, p.offset, p.length, 'symbols'), p, partitionWhat(part, p.name)));
        this.o.cache?.set(key, data, data.length + CACHED_BUFFER_OVERHEAD, 'symbols');
        return data;
      })().finally(() => this.symbolsInFlight.delete(part));
      this.symbolsInFlight.set(part, pending);
    }
    return pending;
  }

  /** The compressed bytes of the given chunks (ascending): cached ones, the others in coalesced range requests. */
  private async fetchChunks(index: DecodedIndexV2, wanted: readonly number[]): Promise<Map<number, Buffer>> {
    const out = new Map<number, Buffer>();
    const missing: number[] = [];
    for (const k of wanted) {
      const cached = this.o.cache?.get(`${this.meta.ulid}/chunk/${k}`, 'chunk');
      if (cached) out.set(k, cached);
      else missing.push(k);
    }
    const groups: number[][] = [];
    for (const k of missing) {
      const group = groups[groups.length - 1];
      const first = group ? index.chunks[group[0]!]! : undefined;
      const last = group ? index.chunks[group[group.length - 1]!]! : undefined;
      const c = index.chunks[k]!;
      if (group && first && last && c.offset - (last.offset + last.length) <= MAX_GAP_BYTES && c.offset + c.length - first.offset <= MAX_REQUEST_BYTES) group.push(k);
      else groups.push([k]);
    }
    await forEachLimited(groups, RANGE_CONCURRENCY, async (group) => {
      const first = index.chunks[group[0]!]!;
      const last = index.chunks[group[group.length - 1]!]!;
      const data = await this.range(SAMPLES_FILE, first.offset, last.offset + last.length - first.offset, 'chunks');
      for (const k of group) {
        const c = index.chunks[k]!;
        const bytes = ownCopy(this.checked(data.subarray(c.offset - first.offset, c.offset - first.offset + c.length), c, chunkWhat(k)));
        this.o.cache?.set(`${this.meta.ulid}/chunk/${k}`, bytes, bytes.length + CACHED_BUFFER_OVERHEAD, 'chunk');
        out.set(k, bytes);
      }
    });
    return out;
  }

  private async range(file: string, offset: number, length: number, part: 'symbols' | 'chunks'): Promise<Buffer> {
    const expected = this.meta.files.find((f) => f.name === file);
    if (!expected) throw new Error(`block ${this.meta.ulid} (${this.source.description}): meta.json does not list ${file}`);
    if (offset + length > expected.size) throw new Error(`block ${this.meta.ulid} (${this.source.description}): ${INDEX_FILE} points past the end of ${file} (${offset + length} > ${expected.size})`);
    const data = await this.source.readRange(file, offset, length);
    this.o.onFetch?.(part, data.length);
    if (data.length !== length) throw new Error(`block ${this.meta.ulid} (${this.source.description}): ${file} is shorter than meta.json says (read ${data.length} of ${length} bytes at ${offset})`);
    return data;
  }

  /** A section of a file read whole, located by its index entry and checked against its CRC-32. */
  private section(file: Buffer, entry: { offset: number; length: number; crc32: number }, what: string): Buffer {
    return this.checked(file.subarray(entry.offset, entry.offset + entry.length), entry, what);
  }

  private checked(data: Buffer, entry: { length: number; crc32: number }, what: string): Buffer {
    if (data.length !== entry.length || crc32(data) !== entry.crc32) {
      throw new Error(`block ${this.meta.ulid} (${this.source.description}): ${what} does not match its CRC-32 in ${INDEX_FILE}`);
    }
    return data;
  }

  private async file(name: string, part: 'index' | 'file'): Promise<Buffer> {
    const expected = this.meta.files.find((f) => f.name === name);
    if (!expected) throw new Error(`block ${this.meta.ulid} (${this.source.description}): meta.json does not list ${name}`);
    const data = await this.source.read(name);
    this.o.onFetch?.(part, data.length);
    if (data.length !== expected.size || checksum(data) !== expected.crc32) {
      throw new Error(`block ${this.meta.ulid} (${this.source.description}): ${name} does not match meta.json (size ${data.length}, expected ${expected.size})`);
    }
    return data;
  }
}

/**
 * A copy of exactly these bytes, so that a cached part does not hold the whole request's buffer; and not from
 * Node's shared 8 KiB pool (Buffer.from of a small one is), which a cached part would pin whole.
 */
function ownCopy(data: Buffer): Buffer {
  const bytes = Buffer.allocUnsafeSlow(data.length);
  data.copy(bytes);
  return bytes;
}

const isV2 = (index: DecodedIndex | DecodedIndexV2): index is DecodedIndexV2 => (index as DecodedIndexV2).version === FORMAT_VERSION_2;

/**
 * One partition's part of a merge: its profiles renumbered 0…n−1 over columns holding only the samples of the
 * chunks they are in (concatenated), with the partition's own symbol tables.
 */
function partOf(index: DecodedIndexV2, profiles: readonly number[], symbols: SymbolTables, compressed: Map<number, Buffer>): SamplePart {
  const chunkIds = [...new Set(profiles.map((p) => index.profileChunk[p]!))].sort((a, b) => a - b);
  const decoded = new Map<number, { entry: ChunkEntry; columns: ChunkColumns; base: number }>();
  let total = 0;
  for (const k of chunkIds) {
    const entry = index.chunks[k]!;
    decoded.set(k, { entry, columns: decodeChunk(index, entry, compressed.get(k)!, symbols.stackCount, chunkWhat(k)), base: total });
    total += entry.sampleCount;
  }
  const sampleStack = new Uint32Array(total);
  const sampleValue = new Float64Array(total);
  const anySpans = [...decoded.values()].some((d) => d.columns.spanHi);
  const hi = anySpans ? new Uint32Array(total) : undefined;
  const lo = anySpans ? new Uint32Array(total) : undefined;
  for (const { columns, base } of decoded.values()) {
    sampleStack.set(columns.stack, base);
    sampleValue.set(columns.value, base);
    if (columns.spanHi && hi && lo) {
      hi.set(columns.spanHi, base);
      lo.set(columns.spanLo!, base);
    }
  }
  const n = profiles.length;
  const view = {
    series: index.series, profileCount: n,
    profileSeries: new Uint32Array(n), profileTime: new Float64Array(n), profileId: new Array<string>(n),
    profileSampleStart: new Float64Array(n), profileSampleEnd: new Float64Array(n), profileTotal: new Float64Array(n),
  };
  profiles.forEach((p, j) => {
    const { entry, base } = decoded.get(index.profileChunk[p]!)!;
    view.profileSeries[j] = index.profileSeries[p]!;
    view.profileTime[j] = index.profileTime[p]!;
    view.profileId[j] = index.profileId[p]!;
    view.profileTotal[j] = index.profileTotal[p]!;
    view.profileSampleStart[j] = base + index.profileSampleStart[p]! - entry.firstSample;
    view.profileSampleEnd[j] = base + index.profileSampleEnd[p]! - entry.firstSample;
  });
  const samples: SampleData = { ...symbols, sampleStack, sampleValue, ...(hi && lo ? { sampleSpanHi: hi, sampleSpanLo: lo } : {}) };
  return { index: view, samples, profiles: profiles.map((_, j) => j) };
}

/** Reads meta.json from the source and returns a reader; throws when the block is incomplete or unreadable. */
export async function openBlock(source: BlockSource, o: BlockReaderOptions = {}): Promise<BlockReader> {
  const meta = parseMeta((await source.read(META_FILE)).toString('utf8'), source.description);
  return new BlockReader(meta, source, o);
}
