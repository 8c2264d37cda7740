// Wire-level helpers over protobufjs's Reader for the pprof decoder. protobufjs reads 64-bit varints into a
// LongBits object per call; pprof carries millions of them (location IDs, values), so these read them
// straight into a JS number instead: exact up to 2^53, two's complement for negative int64 (10-byte varints).
import protobuf from 'protobufjs/minimal.js';

export type Reader = protobuf.Reader;
export const createReader = (bytes: Uint8Array): Reader => protobuf.Reader.create(bytes);

/** Protobuf's wire types (protobuf.dev/programming-guides/encoding), for the hand-written readers and writers. */
export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;

/** Thrown for wire-level problems; the decoder turns it into an ApiError ("malformed pprof: …"). */
export class WireError extends Error {}

/**
 * Errors of the hot readers are made by a call, not by a template literal at the throw. V8's optimizing compiler
 * treats a template's number-to-string as pure: equal ones (`${pos}` at several throws of an inlined readVarint)
 * are merged and the merged one placed where their paths meet, before the checks, so it ran for every varint read
 * (perf: Builtins_NumberToString took 15% of a decode). A call that never ran is not inlined, and so runs only
 * when it throws.
 */
const truncatedVarint = (pos: number): WireError => new WireError(`truncated varint at offset ${pos}`);
const tooLongVarint = (pos: number): WireError => new WireError(`varint longer than 10 bytes at offset ${pos}`);
const invalidTag = (pos: number): WireError => new WireError(`invalid tag at offset ${pos}`);
const lengthPastEnd = (len: number, pos: number, end: number): WireError =>
  new WireError(`length ${len} at offset ${pos} runs past the end of its message (${end})`);

const TWO_32 = 4294967296;

/**
 * Reads a varint as a number, advancing reader.pos; never reads past `end`. `unsigned` reads uint64
 * (addresses, IDs); otherwise int64, where a 10-byte varint with the top bit set is negative.
 */
export function readVarint(r: Reader, end: number, unsigned = false): number {
  const buf = r.buf;
  let pos = r.pos;
  let lo = 0;
  let b = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= end) throw truncatedVarint(pos);
    b = buf[pos++]!;
    lo |= (b & 0x7f) << shift;
    if (b < 0x80) {
      r.pos = pos;
      return lo;
    }
  }
  if (pos >= end) throw truncatedVarint(pos);
  b = buf[pos++]!;
  lo = (lo | ((b & 0x0f) << 28)) >>> 0;
  let hi = (b & 0x7f) >> 4;
  if (b >= 0x80) {
    let shift = 3;
    for (;;) {
      if (pos >= end) throw truncatedVarint(pos);
      b = buf[pos++]!;
      hi |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
      if (shift > 31) throw tooLongVarint(pos);
    }
  }
  r.pos = pos;
  if (!unsigned && hi & 0x80000000) {
    // Negative int64: two's complement.
    return -((~hi >>> 0) * TWO_32 + ((~lo >>> 0) + 1));
  }
  return (hi >>> 0) * TWO_32 + lo;
}

/**
 * Reads an int64 varint of nanoseconds (pprof's time_nanos) and returns whole milliseconds, floor(ns / 1e6), exactly.
 * readVarint's double holds a time of 2020s only to the nearest 256 ns (it is past 2^53), so its floor(ns / 1e6) was a
 * millisecond off for times within a few hundred nanoseconds of one: 1 in 8 of the exact ms * 1e6 times agents send.
 * Once per profile, so a BigInt over the varint's bytes.
 */
export function readNanosAsMillis(r: Reader, end: number): number {
  const start = r.pos;
  readVarint(r, end);
  return varintNanosAsMillis(r.buf, start, r.pos);
}

/** readNanosAsMillis of the varint in buf[start, stop), which readVarint has read (and so checked). */
export function varintNanosAsMillis(buf: Uint8Array, start: number, stop: number): number {
  let bits = 0n;
  for (let i = stop - 1; i >= start; i--) bits = (bits << 7n) | BigInt(buf[i]! & 0x7f);
  const nanos = BigInt.asIntN(64, bits);
  const ms = nanos / NANOS_PER_MS; // truncates toward zero: one less for a negative time between two milliseconds
  return Number(nanos < 0n && ms * NANOS_PER_MS !== nanos ? ms - 1n : ms);
}

const NANOS_PER_MS = 1_000_000n;

/** `ms` as nanoseconds, exactly: ms * 1e6 in a double is rounded past 2^53 (every time since 1970-04-15). */
export const millisAsNanos = (ms: number): bigint => BigInt(Math.floor(ms)) * NANOS_PER_MS;

/** Reads a tag; returns it as fieldNumber << 3 | wireType (a uint32). */
export function readTag(r: Reader, end: number): number {
  const buf = r.buf;
  const pos = r.pos;
  if (pos < end) {
    const b = buf[pos]!;
    if (b < 0x80) {
      r.pos = pos + 1;
      return b;
    }
  }
  const v = readVarint(r, end);
  if (v < 0 || v > 0xffffffff) throw invalidTag(pos);
  return v;
}

/** Reads a length prefix and returns the end offset of the delimited bytes, checked against `end`. */
export function readDelimitedEnd(r: Reader, end: number): number {
  const len = readVarint(r, end);
  const stop = r.pos + len;
  if (len < 0 || stop > end) throw lengthPastEnd(len, r.pos, end);
  return stop;
}

/** Skips a field of the given wire type; groups (3/4) are rejected: pprof has none. */
export function skipField(r: Reader, wireType: number, end: number): void {
  switch (wireType) {
    case 0:
      readVarint(r, end);
      return;
    case 1:
      if (r.pos + 8 > end) throw new WireError(`truncated fixed64 at offset ${r.pos}`);
      r.pos += 8;
      return;
    case 2:
      r.pos = readDelimitedEnd(r, end);
      return;
    case 5:
      if (r.pos + 4 > end) throw new WireError(`truncated fixed32 at offset ${r.pos}`);
      r.pos += 4;
      return;
    default:
      throw new WireError(`unsupported wire type ${wireType} at offset ${r.pos}`);
  }
}

export const readUvarint = (r: Reader, end: number): number => readVarint(r, end, true);

/**
 * Reads the packed varints in [r.pos, end) into out[at…] (as uint64, or int64 when `signed`), returning
 * how many were read, at most `max` (-1 when there were more). Small varints (< 2^28, nearly all location
 * IDs and values) are decoded inline on local variables; longer ones go through readVarint.
 */
export function readPackedVarints(r: Reader, end: number, out: Float64Array, at: number, max: number, signed: boolean): number {
  const buf = r.buf;
  let pos = r.pos;
  let n = 0;
  while (pos < end) {
    if (n >= max) return -1;
    let b = buf[pos]!;
    if (b < 0x80) {
      out[at + n++] = b;
      pos += 1;
      continue;
    }
    let v = b & 0x7f;
    if (pos + 1 < end && (b = buf[pos + 1]!) < 0x80) {
      out[at + n++] = v | (b << 7);
      pos += 2;
      continue;
    }
    v |= (b & 0x7f) << 7;
    if (pos + 2 < end && (b = buf[pos + 2]!) < 0x80) {
      out[at + n++] = v | (b << 14);
      pos += 3;
      continue;
    }
    r.pos = pos;
    out[at + n++] = readVarint(r, end, !signed);
    pos = r.pos;
  }
  r.pos = pos;
  return n;
}

/**
 * readPackedVarints for uint32 columns (pprof's location IDs, nearly always small): the same count, or -1 past
 * `max`, or -2 at a value that does not fit 32 bits (the caller then reads the field again into a Float64Array).
 * Its loop repeats readPackedVarints' on purpose: one function storing into both array types would be
 * polymorphic in the decoder's hottest loop (values go to a Float64Array, IDs here).
 */
export function readPackedUint32(r: Reader, end: number, out: Uint32Array, at: number, max: number): number {
  const buf = r.buf;
  let pos = r.pos;
  let n = 0;
  while (pos < end) {
    if (n >= max) return -1;
    let b = buf[pos]!;
    if (b < 0x80) {
      out[at + n++] = b;
      pos += 1;
      continue;
    }
    let v = b & 0x7f;
    if (pos + 1 < end && (b = buf[pos + 1]!) < 0x80) {
      out[at + n++] = v | (b << 7);
      pos += 2;
      continue;
    }
    v |= (b & 0x7f) << 7;
    if (pos + 2 < end && (b = buf[pos + 2]!) < 0x80) {
      out[at + n++] = v | (b << 14);
      pos += 3;
      continue;
    }
    r.pos = pos;
    const id = readVarint(r, end, true);
    if (id > 0xffffffff) return -2;
    out[at + n++] = id;
    pos = r.pos;
  }
  r.pos = pos;
  return n;
}
