// Protobuf written into one buffer sized beforehand, for answers whose generated encoders were a query's hot spot
// (query/series-digest-wire.ts, query/series-answer-wire.ts): the caller adds up the sizes (varintSize, stringSize, …),
// allocates once, and writes; protobufjs's Writer instead keeps an operation per field and a state object per
// nested message, and writes each int64 through a LongBits object. The bytes are the generated encoder's for the same
// values (proto3: zero scalars and empty fields left out, repeated scalars packed).
import protobuf from 'protobufjs/minimal.js';
import { WIRE_FIXED64, WIRE_LEN, WIRE_VARINT } from '../pprof/varint.ts';

export interface Out {
  buf: Buffer;
  /** The same bytes, for doubles (DataView's setFloat64 is compiled inline, a Buffer's writeDoubleLE is a call). */
  view: DataView;
  pos: number;
}

const utf8 = protobuf.util.utf8;
const TWO_32 = 4294967296;

/** A buffer of exactly `size` bytes to write into; finish() checks that they were all written. */
export function sizedOut(size: number): Out {
  const buf = Buffer.allocUnsafe(size);
  return { buf, view: new DataView(buf.buffer, buf.byteOffset, buf.length), pos: 0 };
}

export function finish(w: Out, what: string): Buffer {
  if (w.pos !== w.buf.length) throw new Error(`${what}: wrote ${w.pos} bytes of ${w.buf.length}`);
  return w.buf;
}

/** Repeated LabelPair entries as `field` (name = 1, value = 2). */
export function writeLabelPairs(w: Out, field: number, pairs: readonly LabelPairProps[]): void {
  for (const p of pairs) {
    writeByte(w, (field << 3) | WIRE_LEN);
    writeVarint(w, pairSize(p));
    if (p.name) {
      writeByte(w, (1 << 3) | WIRE_LEN);
      writeString(w, p.name);
    }
    if (p.value) {
      writeByte(w, (2 << 3) | WIRE_LEN);
      writeString(w, p.value);
    }
  }
}

/** A double as `field` (wire type 1), left out when 0 as proto3 does. */
export function writeDouble(w: Out, field: number, value: number): void {
  if (Object.is(value, 0)) return;
  writeByte(w, (field << 3) | WIRE_FIXED64);
  w.view.setFloat64(w.pos, value, true);
  w.pos += 8;
}

export type LabelPairProps = { name?: string | null; value?: string | null };
const pairSize = (p: LabelPairProps): number => (p.name ? 1 + stringSize(p.name) : 0) + (p.value ? 1 + stringSize(p.value) : 0);

/** The bytes of repeated LabelPair entries (each a tag, a length and the pair), as writeLabelPairs writes them. */
export function labelPairsSize(pairs: readonly LabelPairProps[]): number {
  let size = 0;
  for (const p of pairs) {
    const s = pairSize(p);
    size += 1 + varintSize(s) + s;
  }
  return size;
}

export function stringSize(s: string): number {
  const n = utf8.length(s);
  return varintSize(n) + n;
}

export type Int64s = readonly number[] | null | undefined;

/** The bytes of the values as varints, without a tag or length (what writePackedVarints is given). */
export function varintsBytes(values: Int64s): number {
  let n = 0;
  if (values) for (let i = 0; i < values.length; i++) n += varintSize(values[i]!);
  return n;
}

/** The bytes of a packed field whose values take `bytes` (varintsBytes); none when it has no values. */
export const packedFieldSize = (bytes: number): number => (bytes === 0 ? 0 : 1 + varintSize(bytes) + bytes);

/**
 * The values as one packed field, `bytes` being their varintsBytes. Values in [0, 2^53) (step times are 41 bits) are
 * written here as writeVarint writes them, repeated on purpose on local variables without a call each: a double passed
 * to a call that is not inlined is boxed, a heap object per value.
 */
export function writePackedVarints(w: Out, field: number, values: Int64s, bytes: number): void {
  if (!values || bytes === 0) return;
  writeByte(w, (field << 3) | WIRE_LEN);
  writeVarint(w, bytes);
  const buf = w.buf;
  let pos = w.pos;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v >= 0 && v <= Number.MAX_SAFE_INTEGER) {
      let lo = v >>> 0;
      let hi = ((v - lo) / TWO_32) >>> 0;
      while (hi > 0 || lo >= 0x80) {
        buf[pos++] = (lo & 0x7f) | 0x80;
        lo = ((lo >>> 7) | (hi << 25)) >>> 0;
        hi >>>= 7;
      }
      buf[pos++] = lo;
    } else {
      w.pos = pos;
      writeVarint(w, v);
      pos = w.pos;
    }
  }
  w.pos = pos;
}

export function writeScalar(w: Out, field: number, value: number): void {
  if (value === 0) return;
  writeByte(w, (field << 3) | WIRE_VARINT);
  writeVarint(w, value);
}

export function writeByte(w: Out, b: number): void {
  w.buf[w.pos++] = b;
}

export function writeString(w: Out, s: string): void {
  writeVarint(w, utf8.length(s));
  w.pos += utf8.write(s, w.buf, w.pos);
}

/** The bytes of `v` as an int64/uint32 varint: a negative integer takes 10 (two's complement, as protobufjs). */
export function varintSize(v: number): number {
  if (v < 0) return 10;
  // Comparisons only: step times (Unix ms, 41 bits) are most of what is written.
  if (v < 0x10000000) return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : 4;
  return v < 2 ** 35 ? 5 : v < 2 ** 42 ? 6 : v < 2 ** 49 ? 7 : v < 2 ** 56 ? 8 : v < 2 ** 63 ? 9 : 10;
}

export function writeVarint(w: Out, v: number): void {
  const buf = w.buf;
  if (v >= 0 && v < 0x10000000) {
    while (v >= 0x80) {
      buf[w.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[w.pos++] = v;
    return;
  }
  if (v >= 0 && v <= Number.MAX_SAFE_INTEGER) {
    // As two 32-bit halves (`>>> 0` is the value modulo 2^32, exact below 2^53).
    let lo = v >>> 0;
    let hi = ((v - lo) / TWO_32) >>> 0;
    while (hi > 0 || lo >= 0x80) {
      buf[w.pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    buf[w.pos++] = lo;
    return;
  }
  // A negative value as its 64-bit two's complement (LongBits.fromNumber); past 2^53, as protobufjs writes it.
  const magnitude = v < 0 ? -Math.trunc(v) : Math.trunc(v);
  let lo = magnitude >>> 0;
  let hi = ((magnitude - lo) / TWO_32) >>> 0;
  if (v < 0) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > 0xffffffff) {
      lo = 0;
      hi = (hi + 1) >>> 0;
    }
  }
  while (hi > 0 || lo >= 0x80) {
    buf[w.pos++] = (lo & 0x7f) | 0x80;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  buf[w.pos++] = lo;
}

