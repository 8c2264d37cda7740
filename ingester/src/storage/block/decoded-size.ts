// Estimated memory of a block's decoded files, for the querier's byte-sized block cache (roles/querier/). Not exact (V8 does not
// say how much an object graph takes), but proportional to what is held and on the high side: every object
// counts a header and 8 bytes per field, every plain array element 8 bytes, typed arrays their buffer, every
// string its characters (label strings shared between series are counted per use).
import type { IndexData, SampleData } from '../read/profile-data.ts';
import type { BlockMeta } from './meta.ts';
import type { SymbolTables } from './symbols.ts';

const OBJECT = 16;
const FIELD = 8;
const ARRAY = 32;

const object = (fields: number): number => OBJECT + FIELD * fields;
const string = (s: string): number => OBJECT + s.length;

/** A column: a typed array's buffer, or a plain array of numbers. */
function column(c: ArrayLike<number>): number {
  return ArrayBuffer.isView(c) ? ARRAY + c.byteLength : ARRAY + FIELD * c.length;
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

/** Symbol tables: a version-1 block's, or one partition's of a version-2 block. */
export function symbolsBytes(samples: SymbolTables): number {
  let bytes = ARRAY + FIELD * samples.strings.length;
  for (const s of samples.strings) bytes += string(s);
  bytes += ARRAY + (FIELD + object(6)) * samples.mappings.length;
  bytes += ARRAY + (FIELD + object(4)) * samples.functions.length;
  bytes += ARRAY + FIELD * samples.locations.length;
  for (const l of samples.locations) bytes += object(3) + ARRAY + FIELD * l.lines.length;
  bytes += column(samples.stackParent) + column(samples.stackLocation);
  return bytes;
}

/** An opened block without decoded files: its parsed meta.json. */
export function metaBytes(meta: BlockMeta): number {
  return object(8) + 2 * JSON.stringify(meta).length;
}
