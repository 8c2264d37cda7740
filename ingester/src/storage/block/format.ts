// The block file format (docs/block-format.md): three snappy-compressed files beside meta.json.
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
import type { IndexData, SampleData, StoredFunction, StoredLocation, StoredMapping, StoredSeries } from '../read/profile-data.ts';
import { ByteReader, ByteWriter } from './codec.ts';

export const FORMAT_VERSION = 1;
export const INDEX_FILE = 'index.bin';
export const SYMBOLS_FILE = 'symbols.bin';
export const SAMPLES_FILE = 'samples.bin';
export const SPANS_FILE = 'spans.bin';
export const BLOCK_FILES = [INDEX_FILE, SYMBOLS_FILE, SAMPLES_FILE] as const;

export interface EncodedBlock {
  /** Compressed file contents by name. */
  files: Map<string, Buffer>;
  stats: { series: number; profiles: number; samples: number; minTimeMs: number; maxTimeMs: number };
}

/** Encodes one tenant's head (or any index + samples) into the block files. */
export function encodeBlock(index: IndexData, samples: SampleData): EncodedBlock {
  // Profile order in the block: by series, then time.
  const order: number[] = [];
  const seriesOrder = index.series.map((_, i) => i).filter((i) => index.series[i]!.profiles.length > 0);
  for (const si of seriesOrder) {
    const ps = [...index.series[si]!.profiles].sort((a, b) => index.profileTime[a]! - index.profileTime[b]!);
    order.push(...ps);
  }

  const idx = new ByteWriter();
  idx.uvarint(FORMAT_VERSION);
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
    idx.uvarint(s.profiles.length);
  }
  const integerValues = isIntegerColumn(index, samples.sampleValue);
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

  // Sized for the common case (a one- or two-byte stack delta and a value of up to five bytes) so the
  // buffer rarely has to grow and copy.
  let totalSamples = 0;
  for (const p of order) totalSamples += index.profileSampleEnd[p]! - index.profileSampleStart[p]!;
  const smp = new ByteWriter(Math.max(1 << 16, totalSamples * 6));
  // Per profile, samples by ascending stack ID: sorted as one Float64Array of stack·2^21 + position
  // (a numeric typed-array sort, no comparator), so stack deltas are small.
  let keys = new Float64Array(1024);
  const spanHi = samples.sampleSpanHi;
  const spanLo = samples.sampleSpanLo;
  const spn = spanHi && spanLo ? new ByteWriter(Math.max(1 << 12, totalSamples * 2)) : undefined;
  for (const p of order) {
    const start = index.profileSampleStart[p]!;
    const n = index.profileSampleEnd[p]! - start;
    if (n > keys.length) keys = new Float64Array(Math.max(n, keys.length * 2));
    const view = keys.subarray(0, n);
    if (n < POSITION_LIMIT) {
      for (let j = 0; j < n; j++) view[j] = samples.sampleStack[start + j]! * POSITION_LIMIT + j;
      view.sort();
    } else {
      const positions = Array.from({ length: n }, (_, j) => j).sort((a, b) => samples.sampleStack[start + a]! - samples.sampleStack[start + b]!);
      for (let j = 0; j < n; j++) view[j] = positions[j]!;
    }
    let previousStack = 0;
    for (let j = 0; j < n; j++) {
      const i = start + (n < POSITION_LIMIT ? view[j]! % POSITION_LIMIT : view[j]!);
      const stack = samples.sampleStack[i]!;
      smp.uvarint(stack - previousStack);
      previousStack = stack;
      if (integerValues) smp.svarint(samples.sampleValue[i]!);
      else smp.f64(samples.sampleValue[i]!);
      if (spn) {
        spn.uvarint(spanHi![i]!);
        spn.uvarint(spanLo![i]!);
      }
    }
  }

  const sym = new ByteWriter(1 << 18);
  sym.uvarint(samples.strings.length);
  for (const s of samples.strings) sym.string(s);
  sym.uvarint(samples.mappings.length - 1);
  for (let i = 1; i < samples.mappings.length; i++) {
    const m = samples.mappings[i]!;
    sym.number(m.memoryStart);
    sym.number(m.memoryLimit);
    sym.number(m.fileOffset);
    sym.uvarint(m.filename);
    sym.uvarint(m.buildId);
    sym.uvarint(m.flags);
  }
  sym.uvarint(samples.functions.length - 1);
  for (let i = 1; i < samples.functions.length; i++) {
    const f = samples.functions[i]!;
    sym.uvarint(f.name);
    sym.uvarint(f.systemName);
    sym.uvarint(f.filename);
    sym.number(f.startLine);
  }
  sym.uvarint(samples.locations.length - 1);
  for (let i = 1; i < samples.locations.length; i++) {
    const l = samples.locations[i]!;
    sym.uvarint(l.mappingId);
    sym.number(l.address);
    sym.uvarint(l.lines.length / 2);
    for (let j = 0; j < l.lines.length; j += 2) {
      sym.uvarint(l.lines[j]!);
      sym.number(l.lines[j + 1]!);
    }
  }
  sym.uvarint(samples.stackCount - 1);
  for (let n = 1; n < samples.stackCount; n++) {
    // A node's parent always has a smaller ID: store the distance back to it.
    sym.uvarint(n - samples.stackParent[n]!);
    sym.uvarint(samples.stackLocation[n]!);
  }

  const files = new Map<string, Buffer>([
    [INDEX_FILE, compressSync(idx.finish())],
    [SYMBOLS_FILE, compressSync(sym.finish())],
    [SAMPLES_FILE, compressSync(smp.finish())],
  ]);
  if (spn) files.set(SPANS_FILE, compressSync(spn.finish()));
  return { files, stats: { series: seriesOrder.length, profiles: order.length, samples: sampleTotal, minTimeMs, maxTimeMs } };
}

const POSITION_LIMIT = 2 ** 21;

function isIntegerColumn(index: IndexData, values: ArrayLike<number>): boolean {
  for (let p = 0; p < index.profileCount; p++) {
    for (let i = index.profileSampleStart[p]!; i < index.profileSampleEnd[p]!; i++) if (!Number.isSafeInteger(values[i]!)) return false;
  }
  return true;
}

function uncompress(data: Buffer, what: string): Buffer {
  try {
    return uncompressSync(data, { asBuffer: true }) as Buffer;
  } catch (err) {
    throw new Error(`corrupt ${what}: snappy`, { cause: err });
  }
}

export interface DecodedIndex extends IndexData {
  integerValues: boolean;
}

export function decodeIndex(compressed: Buffer): DecodedIndex {
  const r = new ByteReader(uncompress(compressed, INDEX_FILE), INDEX_FILE);
  const version = r.uvarint();
  if (version !== FORMAT_VERSION) throw new Error(`${INDEX_FILE}: unsupported format version ${version} (this program reads ${FORMAT_VERSION})`);
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
  const r = new ByteReader(uncompress(symbolsCompressed, SYMBOLS_FILE), SYMBOLS_FILE);
  const strings: string[] = [];
  for (let i = r.count(); i > 0; i--) strings.push(r.string());
  const mappings: StoredMapping[] = [{ memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }];
  for (let i = r.count(); i > 0; i--) {
    mappings.push({ memoryStart: r.number(), memoryLimit: r.number(), fileOffset: r.number(), filename: r.uvarint(), buildId: r.uvarint(), flags: r.uvarint() });
  }
  const functions: StoredFunction[] = [{ name: 0, systemName: 0, filename: 0, startLine: 0 }];
  for (let i = r.count(); i > 0; i--) functions.push({ name: r.uvarint(), systemName: r.uvarint(), filename: r.uvarint(), startLine: r.number() });
  const locations: StoredLocation[] = [{ mappingId: 0, address: 0, lines: [] }];
  for (let i = r.count(); i > 0; i--) {
    const mappingId = r.uvarint();
    const address = r.number();
    const lines: number[] = [];
    for (let j = r.count(); j > 0; j--) lines.push(r.uvarint(), r.number());
    locations.push({ mappingId, address, lines });
  }
  const stackCount = r.count() + 1;
  const stackParent = new Uint32Array(stackCount);
  const stackLocation = new Uint32Array(stackCount);
  for (let n = 1; n < stackCount; n++) {
    const back = r.uvarint();
    if (back < 1 || back > n) throw new Error(`corrupt ${SYMBOLS_FILE}: stack ${n} has parent distance ${back}`);
    stackParent[n] = n - back;
    stackLocation[n] = r.uvarint();
    if (stackLocation[n]! >= locations.length) throw new Error(`corrupt ${SYMBOLS_FILE}: stack ${n} names location ${stackLocation[n]}`);
  }

  const s = new ByteReader(uncompress(samplesCompressed, SAMPLES_FILE), SAMPLES_FILE);
  const total = index.profileCount > 0 ? index.profileSampleEnd[index.profileCount - 1]! : 0;
  const sampleStack = new Uint32Array(total);
  const sampleValue = new Float64Array(total);
  for (let p = 0; p < index.profileCount; p++) {
    let stack = 0;
    for (let i = index.profileSampleStart[p]!; i < index.profileSampleEnd[p]!; i++) {
      stack += s.uvarint();
      if (stack >= stackCount) throw new Error(`corrupt ${SAMPLES_FILE}: sample names stack ${stack} of ${stackCount}`);
      sampleStack[i] = stack;
      sampleValue[i] = index.integerValues ? s.svarint() : s.f64();
    }
  }
  const decoded: SampleData = { strings, mappings, functions, locations, stackParent, stackLocation, stackCount, sampleStack, sampleValue };
  if (spansCompressed) {
    const r = new ByteReader(uncompress(spansCompressed, SPANS_FILE), SPANS_FILE);
    const hi = new Uint32Array(total);
    const lo = new Uint32Array(total);
    for (let i = 0; i < total; i++) {
      hi[i] = r.uvarint();
      lo[i] = r.uvarint();
    }
    decoded.sampleSpanHi = hi;
    decoded.sampleSpanLo = lo;
  }
  return decoded;
}
