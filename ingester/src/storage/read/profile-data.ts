// The columnar shape shared by the head (mutable, in memory) and blocks (immutable, decoded from files):
// every read (read/*.ts) is written once against these interfaces.
//
// Split in two so that a block read from a bucket fetches only what a read needs: label reads and
// SelectProfiles need the index (series + profiles); merges also need the samples and symbols.
import type { LabelPair } from '../../model/labels.ts';

export interface StoredSeries {
  /** Sorted by name; include __name__, __profile_type__ and service_name. */
  labels: LabelPair[];
  /** Hex fingerprint of the labels (seriesFingerprint), tenant-independent. */
  fingerprint: string;
  minTimeMs: number;
  maxTimeMs: number;
  /** Indexes of this series' profiles, in the profile columns. */
  profiles: number[];
}

export interface IndexData {
  series: readonly StoredSeries[];
  /** Per profile: index into series, timestamp (Unix ms), ID, sample range, total of the values. */
  profileSeries: ArrayLike<number>;
  profileTime: ArrayLike<number>;
  profileId: readonly string[];
  profileSampleStart: ArrayLike<number>;
  profileSampleEnd: ArrayLike<number>;
  profileTotal: ArrayLike<number>;
  profileCount: number;
}

export interface StoredMapping {
  memoryStart: number;
  memoryLimit: number;
  fileOffset: number;
  filename: number;
  buildId: number;
  /** Bit 0 hasFunctions, 1 hasFilenames, 2 hasLineNumbers, 3 hasInlineFrames. */
  flags: number;
}

export interface StoredFunction {
  name: number;
  systemName: number;
  filename: number;
  startLine: number;
}

export interface StoredLocation {
  /** 0 when none. */
  mappingId: number;
  address: number;
  /** Flattened (functionId, line) pairs, innermost (inlined) function first, as in pprof. */
  lines: number[];
}

/**
 * Symbols are de-duplicated by content. Index 0 of mappings, functions and locations is a placeholder
 * (pprof's "no such id"), so an ID is its index. Stacks are a trie: node 0 is the root; node n's frame is
 * location stackLocation[n] and its caller is node stackParent[n]. A sample's stack ID is its leaf node.
 */
export interface SampleData {
  strings: readonly string[];
  mappings: readonly StoredMapping[];
  functions: readonly StoredFunction[];
  locations: readonly StoredLocation[];
  stackParent: ArrayLike<number>;
  stackLocation: ArrayLike<number>;
  stackCount: number;
  sampleStack: ArrayLike<number>;
  sampleValue: ArrayLike<number>;
  /**
   * Each sample's span ID (read/span-filter.ts) as its high and low 32-bit words, 0/0 for none; absent
   * when no sample of the source has one.
   */
  sampleSpanHi?: ArrayLike<number>;
  sampleSpanLo?: ArrayLike<number>;
}
