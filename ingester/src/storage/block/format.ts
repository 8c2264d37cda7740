// Block format version 1 (docs/block-format.md): three snappy-compressed files beside meta.json, each read
// whole. Version 2 (format-v2.ts) is what the writers write; version 1 is still read, and written only by
// tests (to prove that it stays readable and is compacted into version 2).
//
//   index.bin    series labels and profile columns (what label reads and SelectProfiles need)
//   symbols.bin  strings, mappings, functions, locations and the stack trie
//   samples.bin  per profile, its (stack ID, value) pairs, stack IDs ascending and delta-coded
//   spans.bin    (only when a sample has a span ID) per sample of samples.bin, in its order, the span ID's
//                high and low 32-bit words as uvarints, 0 0 for none (read/span-filter.ts)
//
// Profiles are written grouped by series and sorted by time within a series, so a series' profiles are a
// contiguous range and timestamps delta-code well.
import { compressSync, uncompressSync } from 'snappy';
import type { IndexData, SampleData, StoredSeries } from '../read/profile-data.ts';
import { ByteReader, ByteWriter } from './codec.ts';
import { isIntegerColumn, readSamples, readSpans, SampleEncoder } from './sample-codec.ts';
import { readSymbols, writeSymbols } from './symbols.ts';

export const FORMAT_VERSION_1 = 1;
export const INDEX_FILE = 'index.bin';
export const SYMBOLS_FILE = 'symbols.bin';
export const SAMPLES_FILE = 'samples.bin';
export const SPANS_FILE = 'spans.bin';

export interface EncodedBlock {
  /** Compressed file contents by name. */
  files: Map<string, Buffer>;
  stats: { series: number; profiles: number; samples: number; minTimeMs: number; maxTimeMs: number };
}

/** Encodes one tenant's head (or any index + samples) into version-1 block files. */
export function encodeBlockV1(index: IndexData, samples: SampleData): EncodedBlock {
  const seriesOrder = index.series.map((_, i) => i).filter((i) => index.series[i]!.profiles.length > 0);
  const order = profileOrder(index, seriesOrder);

  const idx = new ByteWriter();
  idx.uvarint(FORMAT_VERSION_1);
  const integerValues = isIntegerColumn(index, samples.sampleValue);
  const { sampleTotal, minTimeMs, maxTimeMs } = writeSeriesAndProfiles(idx, index, seriesOrder, order, integerValues);

  // Sized for the common case (a one- or two-byte stack delta and a value of up to five bytes) so the
  // buffer rarely has to grow and copy.
  const smp = new ByteWriter(Math.max(1 << 16, sampleTotal * 6));
  const spn = samples.sampleSpanHi && samples.sampleSpanLo ? new ByteWriter(Math.max(1 << 12, sampleTotal * 2)) : undefined;
  const encoder = new SampleEncoder(samples, integerValues);
  for (const p of order) encoder.write(smp, spn, index.profileSampleStart[p]!, index.profileSampleEnd[p]! - index.profileSampleStart[p]!);

  const sym = new ByteWriter(1 << 18);
  writeSymbols(sym, samples);

  const files = new Map<string, Buffer>([
    [INDEX_FILE, compressSync(idx.finish())],
    [SYMBOLS_FILE, compressSync(sym.finish())],
    [SAMPLES_FILE, compressSync(smp.finish())],
  ]);
  if (spn) files.set(SPANS_FILE, compressSync(spn.finish()));
  return { files, stats: { series: seriesOrder.length, profiles: order.length, samples: sampleTotal, minTimeMs, maxTimeMs } };
}

/** Profile order in a block: by series (in the order given), then by time. */
export function profileOrder(index: IndexData, seriesOrder: readonly number[]): number[] {
  const order: number[] = [];
  for (const si of seriesOrder) {
    const ps = [...index.series[si]!.profiles].sort((a, b) => index.profileTime[a]! - index.profileTime[b]!);
    order.push(...ps);
  }
  return order;
}

/**
 * index.bin's label table, series and profile columns (the same in versions 1 and 2); `perSeries` appends a
 * version's own fields to each series entry.
 */
export function writeSeriesAndProfiles(
  idx: ByteWriter, index: IndexData, seriesOrder: readonly number[], order: readonly number[], integerValues: boolean, perSeries?: (si: number) => void,
): { sampleTotal: number; minTimeMs: number; maxTimeMs: number } {
  // Label names and values go through one table, so each distinct string is written once.
  const labelStrings = new Map<string, number>();
  for (const si of seriesOrder) for (const l of index.series[si]!.labels) for (const s of [l.name, l.value]) if (!labelStrings.has(s)) labelStrings.set(s, labelStrings.size);
  idx.uvarint(labelStrings.size);
  for (const s of labelStrings.keys()) idx.string(s);
  idx.uvarint(seriesOrder.length);
  for (const si of seriesOrder) {
    const s = index.series[si]!;
    idx.string(s.fingerprint);
    idx.uvarint(s.labels.length);
    for (const l of s.labels) {
      idx.uvarint(labelStrings.get(l.name)!);
      idx.uvarint(labelStrings.get(l.value)!);
    }
    perSeries?.(si);
    idx.uvarint(s.profiles.length);
  }
  idx.uvarint(integerValues ? 1 : 0);
  let previousTime = 0;
  let sampleTotal = 0;
  let minTimeMs = Infinity;
  let maxTimeMs = -Infinity;
  for (const p of order) {
    const t = index.profileTime[p]!;
    idx.svarint(t - previousTime);
    previousTime = t;
    minTimeMs = Math.min(minTimeMs, t);
    maxTimeMs = Math.max(maxTimeMs, t);
    idx.string(index.profileId[p]!);
    const n = index.profileSampleEnd[p]! - index.profileSampleStart[p]!;
    idx.uvarint(n);
    sampleTotal += n;
    if (integerValues) idx.svarint(index.profileTotal[p]!);
    else idx.f64(index.profileTotal[p]!);
  }
  return { sampleTotal, minTimeMs, maxTimeMs };
}

export function uncompress(data: Buffer, what: string): Buffer {
  try {
    return uncompressSync(data, { asBuffer: true, copyOutputData: true }) as Buffer;
  } catch (err) {
    throw new Error(`corrupt ${what}: snappy`, { cause: err });
  }
}

export interface DecodedIndex extends IndexData {
  integerValues: boolean;
}

export function decodeIndex(compressed: Buffer): DecodedIndex {
  return decodeIndexBytes(uncompress(compressed, INDEX_FILE));
}

/** A version-1 index.bin, uncompressed. */
export function decodeIndexBytes(data: Buffer): DecodedIndex {
  const r = new ByteReader(data, INDEX_FILE);
  const version = r.uvarint();
  if (version !== FORMAT_VERSION_1) throw new Error(`${INDEX_FILE}: format version ${version} is not ${FORMAT_VERSION_1}`);
  const index = readSeriesAndProfiles(r);
  if (!r.done) throw new Error(`corrupt ${INDEX_FILE}: bytes after the profile columns`);
  return index;
}

/** Reads what writeSeriesAndProfiles wrote; `perSeries` reads a version's own fields of series `si`. */
export function readSeriesAndProfiles(r: ByteReader, perSeries?: (si: number) => void): DecodedIndex {
  const strings: string[] = [];
  for (let i = r.count(); i > 0; i--) strings.push(r.string());
  const str = (i: number): string => {
    const s = strings[i];
    if (s === undefined) throw new Error(`corrupt ${INDEX_FILE}: label string ${i} out of range`);
    return s;
  };
  const series: StoredSeries[] = [];
  const seriesSizes: number[] = [];
  for (let i = r.count(); i > 0; i--) {
    const fingerprint = r.string();
    const labels = [];
    for (let j = r.count(); j > 0; j--) labels.push({ name: str(r.uvarint()), value: str(r.uvarint()) });
    perSeries?.(series.length);
    series.push({ labels, fingerprint, minTimeMs: Infinity, maxTimeMs: -Infinity, profiles: [] });
    seriesSizes.push(r.uvarint());
  }
  const integerValues = r.uvarint() === 1;
  const profileCount = seriesSizes.reduce((a, b) => a + b, 0);
  const profileSeries = new Uint32Array(profileCount);
  const profileTime = new Float64Array(profileCount);
  const profileId: string[] = new Array<string>(profileCount);
  const profileSampleStart = new Float64Array(profileCount);
  const profileSampleEnd = new Float64Array(profileCount);
  const profileTotal = new Float64Array(profileCount);
  let p = 0;
  let time = 0;
  let sampleOffset = 0;
  for (let si = 0; si < series.length; si++) {
    const s = series[si]!;
    for (let k = 0; k < seriesSizes[si]!; k++, p++) {
      time += r.svarint();
      profileSeries[p] = si;
      profileTime[p] = time;
      profileId[p] = r.string();
      const n = r.uvarint();
      profileSampleStart[p] = sampleOffset;
      sampleOffset += n;
      profileSampleEnd[p] = sampleOffset;
      profileTotal[p] = integerValues ? r.svarint() : r.f64();
      s.profiles.push(p);
      if (time < s.minTimeMs) s.minTimeMs = time;
      if (time > s.maxTimeMs) s.maxTimeMs = time;
    }
  }
  return { series, profileSeries, profileTime, profileId, profileSampleStart, profileSampleEnd, profileTotal, profileCount, integerValues };
}

export function decodeSamples(index: DecodedIndex, symbolsCompressed: Buffer, samplesCompressed: Buffer, spansCompressed?: Buffer): SampleData {
  const symbols = readSymbols(new ByteReader(uncompress(symbolsCompressed, SYMBOLS_FILE), SYMBOLS_FILE), SYMBOLS_FILE);
  const total = index.profileCount > 0 ? index.profileSampleEnd[index.profileCount - 1]! : 0;
  const columns = { stack: new Uint32Array(total), value: new Float64Array(total) };
  readSamples(new ByteReader(uncompress(samplesCompressed, SAMPLES_FILE), SAMPLES_FILE), SAMPLES_FILE, index.integerValues, symbols.stackCount, columns, 0, index.profileSampleEnd);
  const decoded: SampleData = { ...symbols, sampleStack: columns.stack, sampleValue: columns.value };
  if (spansCompressed) {
    const spans = { hi: new Uint32Array(total), lo: new Uint32Array(total) };
    readSpans(new ByteReader(uncompress(spansCompressed, SPANS_FILE), SPANS_FILE), spans, 0, total);
    decoded.sampleSpanHi = spans.hi;
    decoded.sampleSpanLo = spans.lo;
  }
  return decoded;
}
