// A lean pprof decoder: reads a google.v1.Profile straight into the columnar DecodedProfile the head stores,
// without an object per sample. The first pass reads the scalars and sample types and records where the
// symbol tables (strings, mappings, functions, locations) and each sample lie; the tables are then read, or
// taken from a TableCache when the same bytes were read before (table-cache.ts); the last pass fills the
// typed-array sample columns, whose sizes are then known.
//
// Decisions (documented for callers):
// - Malformed input (truncated varints, lengths past the end, wrong wire types, indexes outside the string
//   table, samples whose value count differs from the sample types, samples naming unknown locations)
//   throws ApiError invalid_argument "malformed pprof: …". Nothing partial is returned.
// - Invalid UTF-8 in strings is repaired: each invalid sequence becomes U+FFFD (as Node's and the WHATWG
//   decoder do), so names stay printable and the profile is kept (testdata invalid_utf8.pb.gz).
// - Numeric sample labels (num / num_unit) are skipped: nothing we serve reads them. Labels with an empty
//   string value (str = 0) are skipped with them, as Pyroscope does when it moves labels into series.
// - Limits are applied while reading (Pyroscope's, pkg/validation/validate.go ValidateProfile, applied there
//   after a full decode): more samples than maxSamples or more labels on one sample than maxSampleLabels is
//   refused as soon as the one too many is read; a stack deeper than maxDepth keeps its maxDepth root-most
//   frames (the leaf-most are dropped, as Pyroscope truncates); a string longer than maxSymbolLength keeps
//   its last maxSymbolLength characters (Pyroscope keeps the last bytes; we count UTF-16 code units).
// - Values are int64 in pprof and JS numbers here, exact only up to 2^53 - 1. A value (or a sample type's
//   total over the profile) beyond that is refused (invalid_argument) rather than stored rounded: every
//   stored value and every per-profile total is then an exact integer. Reads that add many profiles carry
//   their sums beyond 2^53 themselves.
// - `cpu_go_truncated_1.pb.gz` (testdata) is a complete message: the gzip stream is intact and every
//   reference resolves; "truncated" refers to its stack traces (114 of its 647 samples stop at exactly 64
//   frames, the Go runtime's depth limit). It is accepted and decodes like any other profile.
import { ApiError, invalidArgument } from '../util/errors.ts';
import type { DecodedFunction, DecodedLocation, DecodedMapping, DecodedProfile, LocationIdColumn, LocationLine, ValueTypeRef } from '../model/profile.ts';
import type { DecodedTables, LocationMembership, TableCache } from './table-cache.ts';
import * as wire from './varint.ts';
import { varintNanosAsMillis, WireError, type Reader } from './varint.ts';
import { asBuffer } from '../util/bytes.ts';

// Local bindings: calls through an imported module binding cost a property lookup (a getter under tsx's
// transform) per call, which dominated the profile of this hot loop.
const createReader = wire.createReader;
const readDelimitedEnd = wire.readDelimitedEnd;
const readTag = wire.readTag;
const readUvarint = wire.readUvarint;
const readVarint = wire.readVarint;
const skipField = wire.skipField;
const readPackedVarints = wire.readPackedVarints;
const readPackedUint32 = wire.readPackedUint32;

export interface DecodeLimits {
  /** Reject profiles with more samples than this before allocating their columns (0 or absent: no limit). */
  maxSamples?: number;
  /** Reject a sample with more labels than this, counted as they are read (0 or absent: no limit). */
  maxSampleLabels?: number;
  /** Keep at most this many root-most frames of each stack (0 or absent: no limit). */
  maxDepth?: number;
  /** Keep at most the last this many characters of each string (0 or absent: no limit). */
  maxSymbolLength?: number;
  /**
   * Shared by the profiles of one request: each string, mapping, function, location and line read takes one;
   * past the limit the profile is refused (413). These are objects on the heap, up to ~100 bytes each for a
   * few bytes of input, so they are what a small, well-compressed pprof could multiply (2 million empty
   * locations in a 4 KB gzip'd profile decoded to 225 MB).
   */
  symbols?: SymbolBudget;
  /**
   * Tables decoded before from the same bytes are taken from here (and new ones added), shared between the
   * profiles that hit them: callers must not modify them. The result then carries
   * `tableKey`.
   */
  tableCache?: TableCache;
  /** The cache's scope (the tenant): entries are only shared within one scope. */
  tableScope?: string;
}

export interface SymbolBudget {
  remaining: number;
  limit: number;
}

export const symbolBudget = (limit: number): SymbolBudget | undefined => (limit > 0 ? { remaining: limit, limit } : undefined);

function tooManySymbols(limit: number): ApiError {
  return new ApiError('resource_exhausted', `the request's profiles have more than ${limit} strings, mappings, functions, locations and lines: limit max-symbols-per-request (${limit}) exceeded`, 413);
}

const WIRE_VARINT = 0;
const WIRE_LEN = 2;

/** Decodes an uncompressed pprof Profile message. Throws ApiError invalid_argument on malformed input. */
export function decodeProfile(bytes: Uint8Array, limits: DecodeLimits = {}): DecodedProfile {
  try {
    return decode(bytes, limits);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (err instanceof WireError || err instanceof RangeError || err instanceof Error) {
      throw new ApiError('invalid_argument', `malformed pprof: ${err.message}`, undefined, { cause: err });
    }
    throw invalidArgument(`malformed pprof: ${String(err)}`);
  }
}

class Malformed extends WireError {}

// decode is three functions, not one: V8 optimizes each on its own, so a branch first taken late (a field or a
// label kind the earlier profiles did not have) deoptimizes and recompiles a small function, not the whole
// decoder (recompiling the one large function, 11 times over the bench's first pushes, was a visible share of
// the process's CPU, on V8's compiler threads).
function decode(bytes: Uint8Array, limits: DecodeLimits): DecodedProfile {
  const r = createReader(bytes);
  const text = asBuffer(bytes) as unknown as SliceBuffer;
  const top = readTopLevel(r, bytes.length, limits);

  // The tables: from the cache when these bytes were decoded before (their lines still count against the
  // budget), else read now.
  const budget = limits.symbols;
  const cache = limits.tableCache;
  const tableKey = cache?.keyOf(bytes, top.tableRanges, limits.tableScope ?? '', limits.maxSymbolLength ?? 0);
  let tables: DecodedTables | undefined = tableKey === undefined ? undefined : cache!.get(tableKey);
  const cached = tables !== undefined;
  if (tables) {
    if (budget && (budget.remaining -= tables.lines) < 0) throw tooManySymbols(budget.limit);
  } else {
    tables = readTables(bytes, text, top.tableRanges, limits);
  }
  const { strings, mappings } = tables;
  if (strings.length === 0) strings.push('');
  if (strings[0] !== '') throw new Malformed(`string_table[0] must be "" (found ${JSON.stringify(strings[0]!.slice(0, 40))})`);

  // Location IDs in 4 bytes each (half the bytes written, held and read by the head, and half the external memory
  // whose growth drives V8's full GCs), read again into 8 when one does not fit 32 bits (IDs are uint64 in pprof).
  const samples = readSamples(r, top, strings.length, limits, false) ?? readSamples(r, top, strings.length, limits, true)!;

  // Cached tables were checked when they were first decoded: only what the samples name is checked again.
  checkReferences(strings.length, top.sampleTypes, top.periodType, top.defaultSampleType, tables, !cached, samples.locationIds);
  if (tableKey !== undefined && !cached) cache!.set(tableKey, tables);
  const locationIds = samples.locationIds.slice(); // out of the scratch column, exactly what was read

  // One literal (no spread), then the key: every profile of the push path (which has a cache) takes the same shape.
  const profile: DecodedProfile = {
    strings, sampleTypes: top.sampleTypes, periodType: top.periodType, period: top.period, timeNanos: top.timeNanos, timeMs: top.timeMs, durationNanos: top.durationNanos,
    defaultSampleType: top.defaultSampleType, sampleCount: top.sampleCount, locationOffsets: samples.locationOffsets, locationIds,
    values: samples.values, labelOffsets: samples.labelOffsets, labelKeys: samples.labelKeys, labelValues: samples.labelValues,
    locations: tables.locations, functions: tables.functions, mappings,
  };
  if (tableKey !== undefined) profile.tableKey = tableKey;
  return profile;
}

/** The sample columns of a profile: what a part split from it by sample labels has of its own (ingest/split.ts). */
export type ProfileColumns = Pick<DecodedProfile, 'sampleCount' | 'locationOffsets' | 'locationIds' | 'values' | 'labelOffsets' | 'labelKeys' | 'labelValues'>;

/**
 * `p` with other sample columns, built as decode builds a profile (one literal with its fields in the same order,
 * then the key): every profile of the push path then has the decoder's one shape (hidden class). Spreads made
 * three more (parts split by sample labels, span labels kept), which the head's append, remapTables and remapStacks
 * met one at a time after V8 had optimized them for the first: each new one deoptimized them, and they were
 * compiled again (~50 ms of compiler time each for append, the bench's pushes took it 7 times).
 */
export function withSampleColumns(p: DecodedProfile, c: ProfileColumns): DecodedProfile {
  const profile: DecodedProfile = {
    strings: p.strings, sampleTypes: p.sampleTypes, periodType: p.periodType, period: p.period, timeNanos: p.timeNanos, timeMs: p.timeMs, durationNanos: p.durationNanos,
    defaultSampleType: p.defaultSampleType, sampleCount: c.sampleCount, locationOffsets: c.locationOffsets, locationIds: c.locationIds,
    values: c.values, labelOffsets: c.labelOffsets, labelKeys: c.labelKeys, labelValues: c.labelValues,
    locations: p.locations, functions: p.functions, mappings: p.mappings,
  };
  if ('tableKey' in p) profile.tableKey = p.tableKey;
  return profile;
}

/** What the first pass finds: the scalars, the sample types, and where the tables and the samples lie. */
interface TopLevel {
  sampleTypes: ValueTypeRef[];
  /**
   * The table fields (mapping, location, function, string_table) are read after this pass, from these
   * [start, end) ranges of whole fields (adjacent fields share one range), once the cache has been asked.
   */
  tableRanges: number[];
  /** Sample i lies in bytes [sampleBounds[2i], sampleBounds[2i+1]) (a scratch array: valid until the next decode). */
  sampleBounds: Uint32Array;
  sampleCount: number;
  sampleBytes: number;
  periodType: ValueTypeRef | undefined;
  period: number;
  timeNanos: number;
  timeMs: number;
  durationNanos: number;
  defaultSampleType: number;
}

/** Sample bounds kept between decodes (decoding is synchronous), grown by doubling; a huge one is not kept. */
let boundsScratch: Uint32Array = new Uint32Array(4096);

function readTopLevel(r: Reader, end: number, limits: DecodeLimits): TopLevel {
  const top: TopLevel = {
    sampleTypes: [], tableRanges: [], sampleBounds: boundsScratch, sampleCount: 0, sampleBytes: 0,
    periodType: undefined, period: 0, timeNanos: 0, timeMs: 0, durationNanos: 0, defaultSampleType: 0,
  };
  const tableRanges = top.tableRanges;
  let bounds = boundsScratch;
  let boundsUsed = 0;
  let sampleBytes = 0;
  const maxSamples = limits.maxSamples ?? 0;
  const budget = limits.symbols;
  while (r.pos < end) {
    const at = r.pos;
    const tag = readTag(r, end);
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 2) {
      expectWire(wire, WIRE_LEN, 'sample');
      const stop = readDelimitedEnd(r, end);
      if (maxSamples && (boundsUsed >>> 1) >= maxSamples) throw tooManySamples(maxSamples);
      if (boundsUsed === bounds.length) bounds = growBounds(bounds);
      bounds[boundsUsed++] = r.pos;
      bounds[boundsUsed++] = stop;
      sampleBytes += stop - r.pos;
      r.pos = stop;
    } else if (field >= 3 && field <= 6) {
      if (budget && --budget.remaining < 0) throw tooManySymbols(budget.limit);
      expectWire(wire, WIRE_LEN, TABLE_FIELDS[field]!);
      const stop = readDelimitedEnd(r, end);
      const last = tableRanges.length - 1;
      if (last > 0 && tableRanges[last] === at) tableRanges[last] = stop;
      else tableRanges.push(at, stop);
      r.pos = stop;
    } else {
      readScalarField(r, end, field, wire, top);
    }
  }
  top.sampleBounds = bounds;
  top.sampleCount = boundsUsed >>> 1;
  top.sampleBytes = sampleBytes;
  return top;
}

function growBounds(bounds: Uint32Array): Uint32Array {
  const grown = new Uint32Array(bounds.length * 2);
  grown.set(bounds);
  if (grown.length <= MAX_RETAINED_BOUNDS) boundsScratch = grown;
  return grown;
}
const MAX_RETAINED_BOUNDS = 1 << 18;

/** The top-level fields other than samples and tables (once each per profile: not on the hot path). */
function readScalarField(r: Reader, end: number, field: number, wire: number, top: TopLevel): void {
  switch (field) {
    case 1:
      expectWire(wire, WIRE_LEN, 'sample_type');
      top.sampleTypes.push(decodeValueType(r, readDelimitedEnd(r, end)));
      break;
    case 9:
      expectWire(wire, WIRE_VARINT, 'time_nanos');
      {
        const at = r.pos;
        top.timeNanos = readVarint(r, end);
        top.timeMs = varintNanosAsMillis(r.buf, at, r.pos);
      }
      break;
    case 10:
      expectWire(wire, WIRE_VARINT, 'duration_nanos');
      top.durationNanos = readVarint(r, end);
      break;
    case 11:
      expectWire(wire, WIRE_LEN, 'period_type');
      top.periodType = decodeValueType(r, readDelimitedEnd(r, end));
      break;
    case 12:
      expectWire(wire, WIRE_VARINT, 'period');
      top.period = readVarint(r, end);
      break;
    case 14:
      expectWire(wire, WIRE_VARINT, 'default_sample_type');
      top.defaultSampleType = readVarint(r, end);
      break;
    default:
      // drop_frames, keep_frames, comment, doc_url and unknown fields: not stored.
      skipField(r, wire, end);
  }
}

/** The sample columns; locationIds is a view of the scratch column (valid until the next decode), copied out by decode. */
type SampleColumns = Pick<DecodedProfile, 'locationOffsets' | 'locationIds' | 'values' | 'labelOffsets' | 'labelKeys' | 'labelValues'>;

/**
 * The last pass: every sample into typed-array columns, sized from the first pass. Location IDs go into a
 * Uint32Array unless `wide` (a Float64Array); undefined when not `wide` and an ID does not fit 32 bits.
 */
function readSamples(r: Reader, top: TopLevel, stringCount: number, limits: DecodeLimits, wide: boolean): SampleColumns | undefined {
  const { sampleCount, sampleBounds } = top;
  const typeCount = top.sampleTypes.length;
  const values = new Float64Array(sampleCount * typeCount);
  const locationOffsets = new Uint32Array(sampleCount + 1);
  const labelOffsets = new Uint32Array(sampleCount + 1);
  // Each location ID takes at least one byte and each label at least two: sampleBytes bounds both counts.
  // Decode into reusable scratch columns and copy out exactly what was read (decoding is synchronous).
  const scratch = scratchFor(top.sampleBytes);
  const locScratch: LocationIdColumn = wide ? new Float64Array(top.sampleBytes) : scratch.locationIds;
  const keyScratch = scratch.labelKeys;
  const valueScratch = scratch.labelValues;
  let locCount = 0;
  let labelCount = 0;

  const maxLabels = limits.maxSampleLabels ?? 0;
  const maxDepth = limits.maxDepth ?? 0;
  const totals = new Float64Array(typeCount);
  for (let i = 0; i < sampleCount; i++) {
    r.pos = sampleBounds[2 * i]!;
    const stop = sampleBounds[2 * i + 1]!;
    let valueCount = 0;
    const valueBase = i * typeCount;
    const locStart = locCount;
    let labelsRead = 0;
    while (r.pos < stop) {
      const tag = readTag(r, stop);
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field === 1) {
        if (wire === WIRE_LEN) {
          const e = readDelimitedEnd(r, stop);
          const n = wide
            ? readPackedVarints(r, e, locScratch as Float64Array, locCount, locScratch.length - locCount, false)
            : readPackedUint32(r, e, locScratch as Uint32Array, locCount, locScratch.length - locCount);
          if (n === -2) return undefined;
          if (n < 0) throw tooManyLocationIds(i);
          locCount += n;
        } else {
          expectWire(wire, WIRE_VARINT, 'sample.location_id');
          const id = readUvarint(r, stop);
          if (!wide && id > 0xffffffff) return undefined;
          locScratch[locCount++] = id;
        }
      } else if (field === 2) {
        if (wire === WIRE_LEN) {
          const e = readDelimitedEnd(r, stop);
          const n = readPackedVarints(r, e, values, valueBase + valueCount, typeCount - valueCount, true);
          if (n < 0) throw valueCountMismatch(i, typeCount + 1, typeCount);
          valueCount += n;
        } else {
          expectWire(wire, WIRE_VARINT, 'sample.value');
          if (valueCount >= typeCount) throw valueCountMismatch(i, valueCount + 1, typeCount);
          values[valueBase + valueCount++] = readVarint(r, stop);
        }
      } else if (field === 3) {
        expectWire(wire, WIRE_LEN, 'sample.label');
        if (maxLabels > 0 && ++labelsRead > maxLabels) throw tooManySampleLabels(i, maxLabels);
        if (readLabel(r, readDelimitedEnd(r, stop), i, stringCount, keyScratch, valueScratch, labelCount)) labelCount++;
      } else {
        skipField(r, wire, stop);
      }
    }
    if (valueCount !== typeCount) throw valueCountMismatch(i, valueCount, typeCount);
    for (let t = 0; t < typeCount; t++) {
      const v = values[valueBase + t]!;
      if (!Number.isSafeInteger(v)) throw valueOutOfRange(i, t, v);
      totals[t]! += Math.abs(v);
      if (totals[t]! > Number.MAX_SAFE_INTEGER) throw totalOutOfRange(t);
    }
    if (maxDepth > 0 && locCount - locStart > maxDepth) {
      // Leaf first: the root-most maxDepth frames are the last ones.
      locScratch.copyWithin(locStart, locCount - maxDepth, locCount);
      locCount = locStart + maxDepth;
    }
    locationOffsets[i + 1] = locCount;
    labelOffsets[i + 1] = labelCount;
  }
  return {
    locationOffsets,
    locationIds: locScratch.subarray(0, locCount),
    values,
    labelOffsets,
    labelKeys: keyScratch.slice(0, labelCount),
    labelValues: valueScratch.slice(0, labelCount),
  };
}

/**
 * Reads one sample label in [r.pos, end) into keys/values[at] when it has a string value (numeric labels, and
 * labels whose value is the empty string 0, are skipped); returns whether it was kept.
 */
function readLabel(r: Reader, end: number, sample: number, stringCount: number, keys: Uint32Array, values: Uint32Array, at: number): boolean {
  let key = 0;
  let str = 0;
  while (r.pos < end) {
    const t = readTag(r, end);
    const f = t >>> 3;
    if (f === 1) key = readVarintField(r, t, end, 'label.key');
    else if (f === 2) str = readVarintField(r, t, end, 'label.str');
    else skipField(r, t & 7, end);
  }
  if (key < 0 || key >= stringCount || str < 0 || str >= stringCount) {
    throw labelOutsideStrings(sample, key >= stringCount || key < 0 ? key : str, stringCount);
  }
  if (str === 0) return false;
  keys[at] = key;
  values[at] = str;
  return true;
}

const TABLE_FIELDS: Record<number, string> = { 3: 'mapping', 4: 'location', 5: 'function', 6: 'string_table' };


/**
 * Reads the table fields at `ranges` (whole fields, as recorded by the first pass: tags and wire types are
 * known good). Each line takes one symbol of the budget (the entries themselves were taken by the first pass).
 */
function readTables(bytes: Uint8Array, text: SliceBuffer, ranges: readonly number[], limits: DecodeLimits): DecodedTables {
  const budget = limits.symbols;
  const maxSymbolLength = limits.maxSymbolLength ?? 0;
  // hasLocation set now (checkReferences fills it): tables of one shape (hidden class) whether checked yet or not.
  const t: DecodedTables = { strings: [], mappings: [], functions: [], locations: [], lines: 0, hasLocation: undefined, bytes: 0 };
  let entries = 0;
  const r = createReader(bytes);
  for (let k = 0; k < ranges.length; k += 2) {
    r.pos = ranges[k]!;
    const end = ranges[k + 1]!;
    while (r.pos < end) {
      const field = readTag(r, end) >>> 3;
      const stop = readDelimitedEnd(r, end);
      entries++;
      switch (field) {
        case 3:
          t.mappings.push(decodeMapping(r, stop));
          break;
        case 4: {
          const loc = decodeLocation(r, stop, budget);
          t.lines += loc.lines.length;
          t.locations.push(loc);
          break;
        }
        case 5:
          t.functions.push(decodeFunction(r, stop));
          break;
        default: { // 6
          const str = readString(bytes, text, r.pos, stop);
          t.strings.push(maxSymbolLength && str.length > maxSymbolLength ? str.slice(str.length - maxSymbolLength) : str);
          r.pos = stop;
        }
      }
    }
    t.bytes += 3 * (end - ranges[k]!);
  }
  t.bytes += 64 * (entries + t.lines);
  return t;
}

interface Scratch {
  locationIds: Uint32Array;
  labelKeys: Uint32Array;
  labelValues: Uint32Array;
}

/** Scratch columns kept between decodes, up to this many sample bytes (larger profiles get their own). */
const MAX_RETAINED_SCRATCH = 1 << 20;
let retained: Scratch = { locationIds: new Uint32Array(0), labelKeys: new Uint32Array(0), labelValues: new Uint32Array(0) };

function scratchFor(sampleBytes: number): Scratch {
  if (retained.locationIds.length >= sampleBytes) return retained;
  const fresh = { locationIds: new Uint32Array(sampleBytes), labelKeys: new Uint32Array(sampleBytes >>> 1), labelValues: new Uint32Array(sampleBytes >>> 1) };
  if (sampleBytes <= MAX_RETAINED_SCRATCH) retained = fresh;
  return fresh;
}

export function tooManySamples(limit: number): ApiError {
  return invalidArgument(`profile has more than ${limit} samples: limit max-profile-stacktrace-samples (${limit}) exceeded`);
}

function tooManySampleLabels(sample: number, limit: number): ApiError {
  return invalidArgument(`sample ${sample} has more than ${limit} labels: limit max-profile-stacktrace-sample-labels (${limit}) exceeded`);
}

const INT53 = '2^53-1 (9007199254740991)';

function valueOutOfRange(sample: number, type: number, v: number): ApiError {
  return invalidArgument(`sample ${sample} has value ${v} for sample type ${type}, beyond ±${INT53}: values that large cannot be stored exactly`);
}

function totalOutOfRange(type: number): ApiError {
  return invalidArgument(`the values of sample type ${type} add up beyond ${INT53}: totals that large cannot be stored exactly`);
}

function valueCountMismatch(sample: number, got: number, want: number): Malformed {
  return new Malformed(`sample ${sample} has ${got} values but the profile declares ${want} sample types`);
}

function expectWire(wire: number, want: number, field: string): void {
  if (wire !== want) throw wrongWire(field, wire, want);
}

function tooManyLocationIds(sample: number): Malformed {
  return new Malformed(`sample ${sample} has more location IDs than its bytes can hold`);
}

function labelOutsideStrings(sample: number, string: number, stringCount: number): Malformed {
  return new Malformed(`sample ${sample} has a label referring to string ${string}, outside the string table (${stringCount} strings)`);
}

/** Made by a call, not at the throw: see varint.ts truncatedVarint (a template here ran for every field read). */
function wrongWire(field: string, wire: number, want: number): Malformed {
  return new Malformed(`field ${field} has wire type ${wire}, expected ${want}`);
}

function readVarintField(r: Reader, tag: number, end: number, field: string, unsigned = false): number {
  expectWire(tag & 7, WIRE_VARINT, field);
  return readVarint(r, end, unsigned);
}

// Node's Buffer slicing primitives (what buffer.toString('utf8', a, b) calls, minus its argument checks).
interface SliceBuffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

function readString(bytes: Uint8Array, text: SliceBuffer, start: number, stop: number): string {
  // Short ASCII strings (most symbol names) are cheaper to build by hand than through a UTF-8 slice.
  const n = stop - start;
  if (n === 0) return '';
  if (n <= 16) {
    let ascii = true;
    for (let i = start; i < stop; i++) if (bytes[i]! >= 0x80) { ascii = false; break; }
    if (ascii) return text.latin1Slice(start, stop);
  }
  return text.utf8Slice(start, stop); // invalid sequences become U+FFFD
}

function decodeValueType(r: Reader, end: number): ValueTypeRef {
  const vt: ValueTypeRef = { type: 0, unit: 0 };
  while (r.pos < end) {
    const tag = readTag(r, end);
    const f = tag >>> 3;
    if (f === 1) vt.type = readVarintField(r, tag, end, 'value_type.type');
    else if (f === 2) vt.unit = readVarintField(r, tag, end, 'value_type.unit');
    else skipField(r, tag & 7, end);
  }
  return vt;
}

/** Names for errors, made once (not a template per field read). */
const MAPPING_FIELDS = Array.from({ length: 11 }, (_, f) => `mapping field ${f}`);

function decodeMapping(r: Reader, end: number): DecodedMapping {
  const m: DecodedMapping = {
    id: 0, memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0,
    hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false,
  };
  while (r.pos < end) {
    const tag = readTag(r, end);
    const f = tag >>> 3;
    if (f >= 1 && f <= 10) {
      const v = readVarintField(r, tag, end, MAPPING_FIELDS[f]!, f <= 4);
      switch (f) {
        case 1: m.id = v; break;
        case 2: m.memoryStart = v; break;
        case 3: m.memoryLimit = v; break;
        case 4: m.fileOffset = v; break;
        case 5: m.filename = v; break;
        case 6: m.buildId = v; break;
        case 7: m.hasFunctions = v !== 0; break;
        case 8: m.hasFilenames = v !== 0; break;
        case 9: m.hasLineNumbers = v !== 0; break;
        case 10: m.hasInlineFrames = v !== 0; break;
      }
    } else skipField(r, tag & 7, end);
  }
  return m;
}

function decodeLocation(r: Reader, end: number, budget: SymbolBudget | undefined): DecodedLocation {
  const loc: DecodedLocation = { id: 0, mappingId: 0, address: 0, lines: [], isFolded: false };
  while (r.pos < end) {
    const tag = readTag(r, end);
    const f = tag >>> 3;
    if (f === 1) loc.id = readVarintField(r, tag, end, 'location.id', true);
    else if (f === 2) loc.mappingId = readVarintField(r, tag, end, 'location.mapping_id', true);
    else if (f === 3) loc.address = readVarintField(r, tag, end, 'location.address', true);
    else if (f === 4) {
      expectWire(tag & 7, WIRE_LEN, 'location.line');
      if (budget && --budget.remaining < 0) throw tooManySymbols(budget.limit);
      const e = readDelimitedEnd(r, end);
      const line: LocationLine = { functionId: 0, line: 0 };
      while (r.pos < e) {
        const t = readTag(r, e);
        const lf = t >>> 3;
        if (lf === 1) line.functionId = readVarintField(r, t, e, 'line.function_id', true);
        else if (lf === 2) line.line = readVarintField(r, t, e, 'line.line');
        else skipField(r, t & 7, e);
      }
      loc.lines.push(line);
    } else if (f === 5) loc.isFolded = readVarintField(r, tag, end, 'location.is_folded') !== 0;
    else skipField(r, tag & 7, end);
  }
  return loc;
}

function decodeFunction(r: Reader, end: number): DecodedFunction {
  const fn: DecodedFunction = { id: 0, name: 0, systemName: 0, filename: 0, startLine: 0 };
  while (r.pos < end) {
    const tag = readTag(r, end);
    const f = tag >>> 3;
    if (f === 1) fn.id = readVarintField(r, tag, end, 'function.id', true);
    else if (f === 2) fn.name = readVarintField(r, tag, end, 'function.name');
    else if (f === 3) fn.systemName = readVarintField(r, tag, end, 'function.system_name');
    else if (f === 4) fn.filename = readVarintField(r, tag, end, 'function.filename');
    else if (f === 5) fn.startLine = readVarintField(r, tag, end, 'function.start_line');
    else skipField(r, tag & 7, end);
  }
  return fn;
}

/**
 * Every string index in range and every sample location present. Location → function and → mapping
 * references are not enforced: real profiles break them (.NET agents send every function with ID 0, see
 * testdata dotnet-pprof-3.pb.gz) and Pyroscope accepts them; consumers treat an unknown ID as absent.
 * The tables' own references (mappings' and functions' strings) only when `checkTables` (not yet checked).
 */
function checkReferences(
  stringCount: number,
  sampleTypes: ValueTypeRef[],
  periodType: ValueTypeRef | undefined,
  defaultSampleType: number,
  tables: DecodedTables,
  checkTables: boolean,
  locationIds: LocationIdColumn,
): void {
  // The field's name is built only for the error (a template per function and mapping checked was most of this check).
  const str = (i: number, what: () => string): void => {
    if (!(i >= 0 && i < stringCount)) throw new Malformed(`${what()} refers to string ${i}, outside the string table (${stringCount} strings)`);
  };
  sampleTypes.forEach((t, i) => {
    str(t.type, () => `sample_type[${i}].type`);
    str(t.unit, () => `sample_type[${i}].unit`);
  });
  if (periodType) {
    str(periodType.type, () => 'period_type.type');
    str(periodType.unit, () => 'period_type.unit');
  }
  str(defaultSampleType, () => 'default_sample_type');
  if (checkTables) {
    const inStrings = (i: number): boolean => i >= 0 && i < stringCount;
    for (const m of tables.mappings) {
      if (inStrings(m.filename) && inStrings(m.buildId)) continue;
      str(m.filename, () => `mapping ${m.id} filename`);
      str(m.buildId, () => `mapping ${m.id} build_id`);
    }
    for (const f of tables.functions) {
      if (inStrings(f.name) && inStrings(f.systemName) && inStrings(f.filename)) continue;
      str(f.name, () => `function ${f.id} name`);
      str(f.systemName, () => `function ${f.id} system_name`);
      str(f.filename, () => `function ${f.id} filename`);
    }
  }
  const { bitmap, set } = (tables.hasLocation ??= locationMembership(tables.locations));
  const n = locationIds.length;
  let i = 0;
  if (bitmap) {
    const size = bitmap.length;
    for (; i < n; i++) {
      const id = locationIds[i]!;
      if (!(id < size && bitmap[id] === 1)) break;
    }
  } else {
    while (i < n && set!.has(locationIds[i]!)) i++;
  }
  if (i < n) throw new Malformed(`a sample refers to unknown location ${locationIds[i]}`);
}

/** Which location IDs exist. Location IDs are usually dense (1..n): a bitmap is much cheaper than a Set; sparse IDs fall back to a Set. */
function locationMembership(locations: readonly DecodedLocation[]): LocationMembership {
  let maxId = 0;
  for (const loc of locations) if (loc.id > maxId) maxId = loc.id;
  if (maxId <= 4 * locations.length + 1024) {
    const bitmap = new Uint8Array(maxId + 1);
    for (const loc of locations) bitmap[loc.id] = 1;
    return { bitmap };
  }
  return { set: new Set(locations.map((l) => l.id)) };
}

