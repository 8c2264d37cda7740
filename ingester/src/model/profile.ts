// The decoded form of a pprof profile: only what the head stores, in columns, so that decoding a push does
// not allocate an object per sample. Produced by pprof/decoder.ts, consumed by the head and the WAL replay.
//
// All string fields (names, units, filenames, label keys and values) are indexes into `strings`, exactly
// as in pprof; index 0 is "".
import type { LabelPair } from './labels.ts';

export interface ValueTypeRef {
  type: number;
  unit: number;
}

export interface LocationLine {
  functionId: number;
  line: number;
}

export interface DecodedLocation {
  id: number;
  mappingId: number;
  address: number;
  /** Innermost (inlined) function first, as in pprof. */
  lines: LocationLine[];
  isFolded: boolean;
}

export interface DecodedFunction {
  id: number;
  name: number;
  systemName: number;
  filename: number;
  startLine: number;
}

export interface DecodedMapping {
  id: number;
  memoryStart: number;
  memoryLimit: number;
  fileOffset: number;
  filename: number;
  buildId: number;
  hasFunctions: boolean;
  hasFilenames: boolean;
  hasLineNumbers: boolean;
  hasInlineFrames: boolean;
}

export type LocationIdColumn = Uint32Array | Float64Array;

export interface DecodedProfile {
  strings: string[];
  sampleTypes: ValueTypeRef[];
  periodType: ValueTypeRef | undefined;
  period: number;
  /** time_nanos as a double: past 2^53 ns (April 1970) no longer exact; from 2006 to 2043 a multiple of 256 ns. */
  timeNanos: number;
  /** floor(time_nanos / 1e6), exact (pprof/varint.ts readNanosAsMillis): the profile's time as stored. */
  timeMs: number;
  durationNanos: number;
  defaultSampleType: number;
  /** Number of samples. */
  sampleCount: number;
  /**
   * Sample i's location IDs (leaf first) are locationIds[locationOffsets[i] .. locationOffsets[i+1]). A
   * Uint32Array when every ID fits 32 bits (nearly always), else a Float64Array (IDs are uint64 in pprof).
   */
  locationOffsets: Uint32Array;
  locationIds: LocationIdColumn;
  /** Sample i's value for sample type t is values[i * sampleTypes.length + t]. */
  values: Float64Array;
  /**
   * Sample i's string labels are (labelKeys[j], labelValues[j]) for j in labelOffsets[i] .. labelOffsets[i+1]).
   * Numeric labels (num/num_unit) are not kept: nothing we serve reads them.
   */
  labelOffsets: Uint32Array;
  labelKeys: Uint32Array;
  labelValues: Uint32Array;
  locations: DecodedLocation[];
  functions: DecodedFunction[];
  mappings: DecodedMapping[];
  /**
   * Set when the tables (strings, mappings, functions, locations) came from or went into the decoder's table
   * cache (pprof/table-cache.ts): equal keys mean equal tables, so the head can reuse what it derived from
   * them. The tables are then shared between profiles and must not be modified.
   */
  tableKey?: string;
}

/**
 * One validated profile of one series, ready for the head. A pushed pprof with N sample types becomes one
 * NormalizedProfile whose `seriesLabels[t]` are the labels of the series of sample type t; a pprof whose
 * samples carry labels that split series (Pyroscope moves sample labels other than span/profile IDs into
 * the series) becomes several NormalizedProfiles that share the same tables and differ in their samples.
 */
export interface NormalizedProfile {
  /** The profile ID given at push time (RawSample.ID); replicas of one push share it. */
  id: string;
  /** Unix milliseconds: the pprof's time_nanos, or the receive time when the pprof has none. */
  timestampMs: number;
  /** Per sample type t: the series labels, sorted by name, including __name__, __profile_type__, service_name. */
  seriesLabels: LabelPair[][];
  profile: DecodedProfile;
}
