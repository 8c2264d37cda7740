// Block format version 2 (docs/block-format.md): built so that a query fetches only what it needs.
//
//   index.bin    series labels and profile columns as in version 1, plus each series' partition, the
//                partitions' symbol sections and the sample chunks (lengths and CRC-32s): read whole
//   symbols.bin  one snappy-compressed section per partition (its own strings … stack trie), back to back
//   samples.bin  one snappy-compressed chunk per run of profiles (samples, then span IDs when the chunk has
//                any), back to back, in profile order: a row group of one partition's series, closed once it
//                holds DEFAULT_CHUNK_SAMPLES samples, so a long series spans several chunks and short ones share
//                one (which keeps snappy's 64 KiB window as useful as in version 1's single file)
//
// A partition is the series of one service (the service_name label), whose profiles share binaries and so
// symbols; Pyroscope partitions its symbols the same way (pkg/model: StacktracePartitionFromProfile keys a
// partition by the main binary, falling back to service_name). A merge for one service reads index.bin, that
// service's symbol section, and the chunks of the selected series that hold a selected profile: byte ranges
// found from index.bin, each checked against its CRC-32 there (index.bin itself is checked against meta.json).
import { compressSync } from 'snappy';
import { crc32 } from 'node:zlib';
import { LabelNames } from '../../model/labels.ts';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { ByteReader, ByteWriter } from './codec.ts';
import { decodeIndexBytes, INDEX_FILE, profileOrder, readSeriesAndProfiles, SAMPLES_FILE, SYMBOLS_FILE, uncompress, writeSeriesAndProfiles, type DecodedIndex, type EncodedBlock } from './format.ts';
import { isIntegerColumn, readSamples, readSpans, SampleEncoder } from './sample-codec.ts';
import { concatSymbols, encodeSymbols, readSymbols, SymbolSubsets, type SymbolTables } from './symbols.ts';

export const FORMAT_VERSION_2 = 2;
/** A chunk is closed once it holds this many samples (or its series ends): ~100–200 KB before compression. */
export const DEFAULT_CHUNK_SAMPLES = 32_768;

export interface PartitionEntry {
  /** The service_name of its series ("" for series without one). */
  name: string;
  /** Byte range of its section in symbols.bin. */
  offset: number;
  length: number;
  crc32: number;
}

export interface ChunkEntry {
  /** The profiles [firstProfile, firstProfile + profileCount) (block order) it holds, all of one partition. */
  firstProfile: number;
  profileCount: number;
  /** Their samples, in the block's sample numbering. */
  firstSample: number;
  sampleCount: number;
  /** Byte range in samples.bin. */
  offset: number;
  length: number;
  crc32: number;
  /** The chunk stores a span ID per sample after its samples. */
  spans: boolean;
  partition: number;
}

export interface DecodedIndexV2 extends DecodedIndex {
  version: 2;
  seriesPartition: Uint32Array;
  partitions: PartitionEntry[];
  chunks: ChunkEntry[];
  /** Per profile, the chunk holding its samples. */
  profileChunk: Uint32Array;
}

const CHUNK_HAS_SPANS = 1;

/** Encodes an index + samples (a head, or a merge) as version-2 block files. */
export function encodeBlockV2(index: IndexData, samples: SampleData, o: { chunkSamples?: number } = {}): EncodedBlock {
  const chunkSamples = o.chunkSamples ?? DEFAULT_CHUNK_SAMPLES;
  const partitionOf = (si: number): string => index.series[si]!.labels.find((l) => l.name === LabelNames.serviceName)?.value ?? '';
  const withProfiles = index.series.map((_, i) => i).filter((i) => index.series[i]!.profiles.length > 0);
  const names = [...new Set(withProfiles.map(partitionOf))].sort();
  const partitionIndex = new Map(names.map((n, i) => [n, i]));
  // Series grouped by partition (a stable sort keeps the given order within one), so that the chunks of a
  // service are contiguous in samples.bin and a query over it reads one range.
  const seriesPart = new Int32Array(index.series.length).fill(-1);
  for (const si of withProfiles) seriesPart[si] = partitionIndex.get(partitionOf(si))!;
  const seriesOrder = [...withProfiles].sort((a, b) => seriesPart[a]! - seriesPart[b]!);
  const order = profileOrder(index, seriesOrder);
  const integerValues = isIntegerColumn(index, samples.sampleValue);

  const idx = new ByteWriter();
  idx.uvarint(FORMAT_VERSION_2);
  const stats = writeSeriesAndProfiles(idx, index, seriesOrder, order, integerValues, (si) => idx.uvarint(seriesPart[si]!));

  const subsets = new SymbolSubsets(samples);
  const encoder = new SampleEncoder(samples, integerValues);
  const hasSpanColumns = samples.sampleSpanHi !== undefined && samples.sampleSpanLo !== undefined;
  const symbolSections: Buffer[] = [];
  const chunkBuffers: Buffer[] = [];
  const chunkTable = new ByteWriter(1 << 12);
  let chunkCount = 0;
  let at = 0; // position in `order`
  for (let part = 0; part < names.length; part++) {
    // This partition's profiles are order[at, end).
    let end = at;
    while (end < order.length && seriesPart[index.profileSeries[order[end]!]!] === part) end++;
    const { tables, stackId } = subsets.subset((use) => {
      for (let k = at; k < end; k++) {
        const p = order[k]!;
        for (let i = index.profileSampleStart[p]!; i < index.profileSampleEnd[p]!; i++) use(samples.sampleStack[i]!);
      }
    });
    symbolSections.push(compressSync(encodeSymbols(tables)));
    // Chunks: runs of the partition's profiles, closed at chunkSamples samples.
    for (let k = at; k < end; ) {
      let n = 0;
      let sampleCount = 0;
      let spans = false;
      while (k + n < end && (n === 0 || sampleCount < chunkSamples)) {
        const p = order[k + n]!;
        if (hasSpanColumns && !spans) {
          for (let i = index.profileSampleStart[p]!; i < index.profileSampleEnd[p]!; i++) if (samples.sampleSpanHi![i] || samples.sampleSpanLo![i]) spans = true;
        }
        sampleCount += index.profileSampleEnd[p]! - index.profileSampleStart[p]!;
        n++;
      }
      const smp = new ByteWriter(Math.max(1 << 10, sampleCount * 6));
      const spn = spans ? new ByteWriter(Math.max(1 << 10, sampleCount * 2)) : undefined;
      for (let j = k; j < k + n; j++) {
        const p = order[j]!;
        encoder.write(smp, spn, index.profileSampleStart[p]!, index.profileSampleEnd[p]! - index.profileSampleStart[p]!, stackId);
      }
      const chunk = compressSync(spn ? Buffer.concat([smp.finish(), spn.finish()]) : smp.finish());
      chunkBuffers.push(chunk);
      chunkTable.uvarint(n);
      chunkTable.uvarint(chunk.length);
      chunkTable.uvarint(crc32(chunk));
      chunkTable.uvarint(spans ? CHUNK_HAS_SPANS : 0);
      chunkCount++;
      k += n;
    }
    at = end;
  }
  idx.uvarint(names.length);
  names.forEach((name, i) => {
    idx.string(name);
    idx.uvarint(symbolSections[i]!.length);
    idx.uvarint(crc32(symbolSections[i]!));
  });
  idx.uvarint(chunkCount);
  idx.bytes(chunkTable.finish());

  const files = new Map<string, Buffer>([
    [INDEX_FILE, compressSync(idx.finish())],
    [SYMBOLS_FILE, Buffer.concat(symbolSections)],
    [SAMPLES_FILE, Buffer.concat(chunkBuffers)],
  ]);
  return { files, stats: { series: seriesOrder.length, profiles: order.length, samples: stats.sampleTotal, minTimeMs: stats.minTimeMs, maxTimeMs: stats.maxTimeMs } };
}

/**
 * Decodes an index.bin of either version, by the version it starts with (not meta.json's: a bucket index
 * written by a compactor older than version 2 records none for its blocks).
 */
export function decodeAnyIndex(compressed: Buffer): DecodedIndex | DecodedIndexV2 {
  const data = uncompress(compressed, INDEX_FILE);
  return new ByteReader(data, INDEX_FILE).uvarint() === FORMAT_VERSION_2 ? decodeIndexV2Bytes(data) : decodeIndexBytes(data);
}

/** Decodes a version-2 index.bin and checks that its partitions and chunks fit its profiles. */
export function decodeIndexV2(compressed: Buffer): DecodedIndexV2 {
  return decodeIndexV2Bytes(uncompress(compressed, INDEX_FILE));
}

function decodeIndexV2Bytes(data: Buffer): DecodedIndexV2 {
  const r = new ByteReader(data, INDEX_FILE);
  const version = r.uvarint();
  if (version !== FORMAT_VERSION_2) throw new Error(`${INDEX_FILE}: format version ${version} is not ${FORMAT_VERSION_2}`);
  const seriesPartitionList: number[] = [];
  const base = readSeriesAndProfiles(r, () => seriesPartitionList.push(r.uvarint()));
  const fail = (why: string): never => {
    throw new Error(`corrupt ${INDEX_FILE}: ${why}`);
  };
  const partitions: PartitionEntry[] = [];
  let offset = 0;
  for (let i = r.count(); i > 0; i--) {
    const name = r.string();
    const length = r.uvarint();
    partitions.push({ name, offset, length, crc32: r.uvarint() });
    offset += length;
  }
  const seriesPartition = Uint32Array.from(seriesPartitionList);
  for (const p of seriesPartition) if (p >= partitions.length) fail(`series names partition ${p} of ${partitions.length}`);
  const chunks: ChunkEntry[] = [];
  const profileChunk = new Uint32Array(base.profileCount);
  let firstProfile = 0;
  offset = 0;
  for (let i = r.count(); i > 0; i--) {
    const profileCount = r.uvarint();
    const length = r.uvarint();
    const crc = r.uvarint();
    const flags = r.uvarint();
    const last = firstProfile + profileCount - 1;
    if (profileCount === 0 || last >= base.profileCount) fail(`chunk ${chunks.length} covers profiles past the ${base.profileCount} listed`);
    const partition = seriesPartition[base.profileSeries[firstProfile]!]!;
    for (let p = firstProfile; p <= last; p++) if (seriesPartition[base.profileSeries[p]!] !== partition) fail(`chunk ${chunks.length} spans two partitions`);
    const firstSample = base.profileSampleStart[firstProfile]!;
    profileChunk.fill(chunks.length, firstProfile, last + 1);
    chunks.push({ firstProfile, profileCount, firstSample, sampleCount: base.profileSampleEnd[last]! - firstSample, offset, length, crc32: crc, spans: (flags & CHUNK_HAS_SPANS) !== 0, partition });
    firstProfile += profileCount;
    offset += length;
  }
  if (firstProfile !== base.profileCount) fail(`chunks cover ${firstProfile} of ${base.profileCount} profiles`);
  if (!r.done) fail('bytes after the chunk table');
  return { ...base, version: 2, seriesPartition, partitions, chunks, profileChunk };
}

/** A partition's symbol section (its bytes from symbols.bin). */
export function decodePartitionSymbols(compressed: Buffer, what: string): SymbolTables {
  const r = new ByteReader(uncompress(compressed, what), what);
  const tables = readSymbols(r, what);
  if (!r.done) throw new Error(`corrupt ${what}: bytes after the stack trie`);
  return tables;
}

/** The decoded samples (and span IDs) of one chunk, stack IDs those of its partition. */
export interface ChunkColumns {
  stack: Uint32Array;
  value: Float64Array;
  spanHi?: Uint32Array;
  spanLo?: Uint32Array;
}

/** Decodes a chunk (its bytes from samples.bin); stack IDs are checked against its partition's `stackCount`. */
export function decodeChunk(index: DecodedIndexV2, c: ChunkEntry, compressed: Buffer, stackCount: number, what: string): ChunkColumns {
  const r = new ByteReader(uncompress(compressed, what), what);
  const columns: ChunkColumns = { stack: new Uint32Array(c.sampleCount), value: new Float64Array(c.sampleCount) };
  const ends = new Float64Array(c.profileCount);
  for (let k = 0; k < c.profileCount; k++) ends[k] = index.profileSampleEnd[c.firstProfile + k]! - c.firstSample;
  readSamples(r, what, index.integerValues, stackCount, columns, 0, ends);
  if (c.spans) {
    const spans = { hi: new Uint32Array(c.sampleCount), lo: new Uint32Array(c.sampleCount) };
    readSpans(r, spans, 0, c.sampleCount);
    columns.spanHi = spans.hi;
    columns.spanLo = spans.lo;
  }
  if (!r.done) throw new Error(`corrupt ${what}: bytes after its samples`);
  return columns;
}

/** The whole block's samples from every partition's symbols and every chunk (compaction, local reads). */
export function assembleSamples(index: DecodedIndexV2, partitions: readonly SymbolTables[], chunks: readonly ChunkColumns[]): SampleData {
  const { tables, stackOffset } = concatSymbols(partitions);
  const total = index.profileCount > 0 ? index.profileSampleEnd[index.profileCount - 1]! : 0;
  const sampleStack = new Uint32Array(total);
  const sampleValue = new Float64Array(total);
  const anySpans = index.chunks.some((c) => c.spans);
  const hi = anySpans ? new Uint32Array(total) : undefined;
  const lo = anySpans ? new Uint32Array(total) : undefined;
  index.chunks.forEach((c, k) => {
    const cols = chunks[k]!;
    const offset = stackOffset[c.partition]!;
    for (let j = 0; j < c.sampleCount; j++) {
      const s = cols.stack[j]!;
      sampleStack[c.firstSample + j] = s === 0 ? 0 : s + offset;
      sampleValue[c.firstSample + j] = cols.value[j]!;
    }
    if (cols.spanHi && hi && lo) {
      hi.set(cols.spanHi, c.firstSample);
      lo.set(cols.spanLo!, c.firstSample);
    }
  });
  return { ...tables, sampleStack, sampleValue, ...(hi && lo ? { sampleSpanHi: hi, sampleSpanLo: lo } : {}) };
}

/** Names for errors: which section of which file. */
export const partitionWhat = (i: number, name: string): string => `${SYMBOLS_FILE} section ${i} (service ${JSON.stringify(name)})`;
export const chunkWhat = (k: number): string => `${SAMPLES_FILE} chunk ${k}`;
