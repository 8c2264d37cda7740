// Estimated memory of a block's decoded files, for the querier's byte-sized block cache (roles/querier/). Not exact (V8 does not
// say how much an object graph takes), but proportional to what is held and on the high side: every object
// counts a header and 8 bytes per field, every plain array element 8 bytes, typed arrays their buffer, every
// string its characters (label strings shared between series are counted per use).
import type { IndexData, SampleData } from '../read/profile-data.ts';
import type { BlockMeta } from './meta.ts';
import type { SymbolTables } from './symbols.ts';

// Node's V8 is built without pointer compression: an object's header is its map, properties and elements
// pointers (24 bytes); a string's is its map, hash and length (16), its characters rounded up to 8.
const OBJECT = 24;
const FIELD = 8;
// An array: its JSArray (map, properties, elements, length) and its store's header (map, length).
const ARRAY = 48;
// A typed array: its object, its ArrayBuffer's and the store's bookkeeping outside the heap (measured: ~480).
const TYPED_ARRAY = 512;

const object = (fields: number): number => OBJECT + FIELD * fields;
const string = (s: string): number => 16 + 8 * Math.ceil(s.length / 8);

/** A column: a typed array's buffer, or a plain array of numbers. */
function column(c: ArrayLike<number>): number {
  return ArrayBuffer.isView(c) ? TYPED_ARRAY + c.byteLength : ARRAY + FIELD * c.length;
}

export function indexBytes(index: IndexData): number {
  let bytes = ARRAY + FIELD * index.series.length;
  for (const s of index.series) {
    bytes += object(5) + string(s.fingerprint) + ARRAY + FIELD * s.labels.length + ARRAY + FIELD * s.profiles.length;
    for (const l of s.labels) bytes += object(2) + string(l.name) + string(l.value);
  }
  bytes += column(index.profileSeries) + column(index.profileTime) + column(index.profileSampleStart) + column(index.profileSampleEnd) + column(index.profileTotal);
  bytes += ARRAY + FIELD * index.profileId.length;
  for (const id of index.profileId) bytes += string(id);
  // A version-2 index also lists its chunks and partitions, with each profile's chunk.
  const v2 = index as Partial<{ chunks: unknown[]; partitions: { name: string }[]; profileChunk: Uint32Array; seriesPartition: Uint32Array }>;
  if (v2.chunks && v2.partitions && v2.profileChunk && v2.seriesPartition) {
    bytes += ARRAY + (FIELD + object(9)) * v2.chunks.length + column(v2.profileChunk) + column(v2.seriesPartition);
    for (const p of v2.partitions) bytes += object(4) + string(p.name);
  }
  return bytes;
}

export function samplesBytes(samples: SampleData): number {
  return symbolsBytes(samples) + column(samples.sampleStack) + column(samples.sampleValue) + (samples.sampleSpanHi ? 2 * column(samples.sampleSpanHi) : 0);
}

/** An array filled by push: V8 grows its store to old + old/2 + 16 slots, so up to half again is spare. */
const grown = (length: number): number => ARRAY + FIELD * Math.ceil(1.5 * length + 16);
/** A number beyond a small integer held in an object's field is boxed (a HeapNumber): addresses, offsets. */
const BOXED_NUMBER = 16;

/** Symbol tables: a version-1 block's, or one partition's of a version-2 block (symbols.ts readSymbols). */
export function symbolsBytes(samples: SymbolTables): number {
  let bytes = grown(samples.strings.length);
  for (const s of samples.strings) bytes += string(s);
  bytes += grown(samples.mappings.length) + (object(6) + 3 * BOXED_NUMBER) * samples.mappings.length;
  bytes += grown(samples.functions.length) + object(4) * samples.functions.length;
  bytes += grown(samples.locations.length);
  // Measured ~137 B for a location of one line (decoded-size.test.ts): its object, a boxed address, its lines.
  for (const l of samples.locations) bytes += object(3) + 2 * BOXED_NUMBER + ARRAY + FIELD * l.lines.length;
  bytes += column(samples.stackParent) + column(samples.stackLocation);
  // The itemized count came within 0.2–1.7% under what V8 really held in some runs of decoded-size.test.ts (the
  // corpus's symbols changed with the push path's decoder; V8's element kinds and allocation vary by run): 5% on
  // top keeps the estimate on the high side, as the cache's bound needs.
  return Math.ceil(bytes * SYMBOLS_HEADROOM);
}

const SYMBOLS_HEADROOM = 1.05;

/** An opened block without decoded files: its parsed meta.json. */
export function metaBytes(meta: BlockMeta): number {
  return object(8) + 2 * JSON.stringify(meta).length;
}
