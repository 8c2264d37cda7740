// The wire form of ingester.v1.SeriesDigestsResponse (SelectSeriesDigests), written and read here instead of by the
// generated protobufjs code. A SelectSeries over an hour in 15 s steps sends 240 steps per series from every
// source, each a time and a count (int64) and a sum (double): protobufjs reads each int64 through a LongBits
// object and writes it through one, so those reads were ~40% of what a querier allocated per SelectSeries and 13%
// of its CPU, and the ingester's encode 15% of its own (bench/querier, --cpu-prof and the heap sampler, 2026-12-07).
// Here int64 fields are read and written as numbers (exact below 2^53, as the generated code with --force-number
// gives them), the answer is sized once and written into one buffer (util/sized-writer.ts), and a digest's step
// columns are decoded only when read (DecodedSeriesDigest). The bytes are the generated encoder's (packed repeated
// fields, proto3 defaults left out), and the decoder reads whatever a protobuf encoder may send for this message:
// repeated scalars packed or not, fields in any order, unknown fields skipped.
import protobuf from 'protobufjs/minimal.js';
import { ingester } from '../gen/index.ts';
import { createReader, readDelimitedEnd, readTag, readVarint, skipField, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, WireError, type Reader } from '../pprof/varint.ts';
import type { MessageType } from '../server/service-table.ts';
import { finish, labelPairsSize, packedFieldSize, sizedOut, stringSize, varintsBytes, varintSize, writeByte, writeLabelPairs, writePackedVarints, writeScalar, writeString, writeVarint, type Out } from '../util/sized-writer.ts';

type DigestProps = ingester.v1.SeriesDigest.$Properties;
type ResponseProps = ingester.v1.SeriesDigestsResponse.$Properties;

/**
 * A decoded SeriesDigest: every field present, int64 fields as numbers. Its step columns are read from the answer's
 * bytes when first asked for: a querier takes each series' steps from one source (series-pick.ts), so the other
 * sources' columns, most of an answer's bytes, are never read. Their wire form is checked as the digest is decoded, so
 * reading them cannot fail.
 */
export class DecodedSeriesDigest {
  seriesFingerprint = '';
  count = 0;
  digestLo = 0;
  digestHi = 0;
  blockCount = 0;
  blockDigestLo = 0;
  blockDigestHi = 0;
  /** The step columns once read; read at once (empty) when the digest has none. */
  columns: StepColumns | undefined;
  /** Where the labels field's content is in `bytes` (start, end; -1: none), until they are read. */
  labelsFrom = -1;
  labelsTo = -1;
  /** Further labels fields (start, end, …): protobuf merges a message field sent twice, its repeated pairs appended. */
  moreLabels: number[] | undefined;
  private decodedLabels: { labels: { name: string; value: string }[] } | undefined;

  constructor(
    /** The answer's bytes, and where this digest is in them (from its first field to its end). */
    private readonly bytes: Uint8Array,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /**
   * The series' labels, read from the answer's bytes when first asked for: a querier that judges the sources' digests
   * by fingerprint and forwards a rendered answer never reads them, and decoding every series' label strings from
   * every source was a third of what it allocated per SelectSeries (the heap sampler, bench/querier). Their wire form
   * is checked as the digest is decoded, so reading them cannot fail.
   */
  get labels(): { labels: { name: string; value: string }[] } {
    if (!this.decodedLabels) {
      this.decodedLabels = { labels: [] };
      const ranges = this.labelsFrom >= 0 ? [this.labelsFrom, this.labelsTo, ...(this.moreLabels ?? [])] : [];
      const r = createReader(this.bytes);
      for (let k = 0; k < ranges.length; k += 2) {
        r.pos = ranges[k]!;
        readLabels(r, ranges[k + 1]!, this.decodedLabels.labels);
      }
    }
    return this.decodedLabels;
  }

  get stepTime(): number[] {
    return (this.columns ??= readSteps(this.bytes, this.from, this.to)).time;
  }

  get stepSum(): number[] {
    return (this.columns ??= readSteps(this.bytes, this.from, this.to)).sum;
  }

  get stepCount(): number[] {
    return (this.columns ??= readSteps(this.bytes, this.from, this.to)).count;
  }
}

export interface DecodedSeriesDigestsResponse {
  series: DecodedSeriesDigest[];
  blocks: string[];
  mergesWithDigests: boolean;
  renderedSeries: Uint8Array;
  renderedSeriesGzip: boolean;
  rendersSeries: boolean;
}

const utf8 = protobuf.util.utf8;
const EMPTY = new Uint8Array(0);

// ---- decoding ----

export function decodeSeriesDigestsResponse(bytes: Uint8Array): DecodedSeriesDigestsResponse {
  const r = createReader(bytes);
  const end = bytes.length;
  const out: DecodedSeriesDigestsResponse = { series: [], blocks: [], mergesWithDigests: false, renderedSeries: EMPTY, renderedSeriesGzip: false, rendersSeries: false };
  while (r.pos < end) {
    const tag = readTag(r, end);
    const field = tag >>> 3;
    const wireType = tag & 7;
    if (field === 1 && wireType === WIRE_LEN) out.series.push(readDigest(r, readDelimitedEnd(r, end)));
    else if (field === 2 && wireType === WIRE_LEN) out.blocks.push(readString(r, end));
    else if (field === 3 && wireType === WIRE_VARINT) out.mergesWithDigests = readVarint(r, end, true) !== 0;
    else if (field === 4 && wireType === WIRE_LEN) {
      // A view of the answer's bytes: the querier sends it on as it is.
      const stop = readDelimitedEnd(r, end);
      out.renderedSeries = bytes.subarray(r.pos, stop);
      r.pos = stop;
    } else if (field === 5 && wireType === WIRE_VARINT) out.renderedSeriesGzip = readVarint(r, end, true) !== 0;
    else if (field === 6 && wireType === WIRE_VARINT) out.rendersSeries = readVarint(r, end, true) !== 0;
    else skipField(r, wireType, end);
  }
  return out;
}

const STEP_TIME = 9;
const STEP_SUM = 10;
const STEP_COUNT = 11;

/** A SeriesDigest's fields but its step columns, whose wire form is checked and skipped (DecodedSeriesDigest). */
function readDigest(r: Reader, end: number): DecodedSeriesDigest {
  let hasSteps = false;
  const d = new DecodedSeriesDigest(r.buf, r.pos, end);
  while (r.pos < end) {
    const tag = readTag(r, end);
    const field = tag >>> 3;
    const wireType = tag & 7;
    if (field >= STEP_TIME && field <= STEP_COUNT) {
      hasSteps = true;
      skipStepField(r, field, wireType, end);
      continue;
    }
    switch (wireType === WIRE_VARINT ? field : wireType === WIRE_LEN ? -field : 0) {
      case -1:
        d.seriesFingerprint = readString(r, end);
        break;
      case -2: {
        // Checked now (readLabels without strings), decoded when read (DecodedSeriesDigest.labels).
        const stop = readDelimitedEnd(r, end);
        if (d.labelsFrom < 0) {
          d.labelsFrom = r.pos;
          d.labelsTo = stop;
        } else {
          (d.moreLabels ??= []).push(r.pos, stop);
        }
        readLabels(r, stop);
        break;
      }
      case 3:
        d.count = readVarint(r, end);
        break;
      case 4:
        d.digestLo = readUint32(r, end);
        break;
      case 5:
        d.digestHi = readUint32(r, end);
        break;
      case 6:
        d.blockCount = readVarint(r, end);
        break;
      case 7:
        d.blockDigestLo = readUint32(r, end);
        break;
      case 8:
        d.blockDigestHi = readUint32(r, end);
        break;
      default:
        skipField(r, wireType, end);
    }
  }
  if (!hasSteps) d.columns = { time: [], sum: [], count: [] };
  return d;
}

interface StepColumns {
  time: number[];
  sum: number[];
  count: number[];
}

/** Checks a step column's field and moves past it (readSteps reads it). */
function skipStepField(r: Reader, field: number, wireType: number, end: number): void {
  if (wireType === WIRE_LEN) {
    const stop = readDelimitedEnd(r, end);
    if (field === STEP_SUM) {
      if ((stop - r.pos) % 8 !== 0) throw new WireError(`packed step_sum of ${stop - r.pos} bytes at offset ${r.pos} is not whole doubles`);
    } else {
      // Packed varints: each ends within the field, none past 10 bytes.
      let run = 0;
      for (let pos = r.pos; pos < stop; pos++) {
        if (r.buf[pos]! < 0x80) run = 0;
        else if (++run === 10) throw new WireError(`varint longer than 10 bytes at offset ${pos - 9}`);
      }
      if (run > 0) throw new WireError(`truncated varint at offset ${stop}`);
    }
    r.pos = stop;
  } else {
    // One value unpacked (checked as it is skipped), or a wire type the column does not have (skipped, by readSteps too).
    skipField(r, wireType, end);
  }
}

/** The step columns of the digest in bytes[from, to), whose wire form readDigest has checked. */
function readSteps(bytes: Uint8Array, from: number, to: number): StepColumns {
  const r = createReader(bytes);
  r.pos = from;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const time = new Column();
  const sum = new Column();
  const count = new Column();
  while (r.pos < to) {
    const tag = readTag(r, to);
    const field = tag >>> 3;
    const wireType = tag & 7;
    if (field === STEP_TIME || field === STEP_COUNT) {
      const column = field === STEP_TIME ? time : count;
      if (wireType === WIRE_LEN) column.readPacked(r, readDelimitedEnd(r, to));
      else if (wireType === WIRE_VARINT) column.push(readVarint(r, to));
      else skipField(r, wireType, to);
    } else if (field === STEP_SUM && wireType === WIRE_LEN) {
      const stop = readDelimitedEnd(r, to);
      for (let pos = r.pos; pos < stop; pos += 8) sum.push(view.getFloat64(pos, true));
      r.pos = stop;
    } else if (field === STEP_SUM && wireType === WIRE_FIXED64) {
      sum.push(view.getFloat64(r.pos, true));
      r.pos += 8;
    } else {
      skipField(r, wireType, to);
    }
  }
  return { time: time.values, sum: sum.values, count: count.values };
}
/**
 * A step column as it is read. A JS array, not a Float64Array: a typed array past 64 bytes gets an ArrayBuffer of its
 * own outside the heap, and V8 starts a full GC by the ArrayBuffer bytes allocated since the last one (60 columns
 * per query made the querier's mark-compacts half as frequent again).
 */
class Column {
  readonly values: number[] = [];

  push(value: number): void {
    this.values.push(value);
  }

  /**
   * Packed int64s. A step time (Unix ms) is a 6-byte varint, past readVarint's inline 4 bytes: those up to 7 bytes (below
   * 2^49) are summed here in doubles, exactly; longer or negative ones go through readVarint.
   */
  readPacked(r: Reader, end: number): void {
    const buf = r.buf;
    const values = this.values;
    let pos = r.pos;
    while (pos < end) {
      const start = pos;
      let b = buf[pos++]!;
      let value = b & 0x7f;
      let scale = 0x80;
      while (b >= 0x80 && pos < end && scale < 2 ** 49) {
        b = buf[pos++]!;
        value += (b & 0x7f) * scale;
        scale *= 0x80;
      }
      if (b >= 0x80) {
        r.pos = start;
        values.push(readVarint(r, end));
        pos = r.pos;
      } else {
        values.push(value);
      }
    }
    r.pos = pos;
  }
}

/**
 * types.v1.Labels: repeated LabelPair labels = 1 (name = 1, value = 2), appended to `into`. Without `into` the labels
 * are walked and checked, no strings made (readDigest: a malformed field throws as the answer is decoded, not when the
 * labels are read).
 */
function readLabels(r: Reader, end: number, into?: { name: string; value: string }[]): void {
  while (r.pos < end) {
    const tag = readTag(r, end);
    if (tag !== ((1 << 3) | WIRE_LEN)) {
      skipField(r, tag & 7, end);
      continue;
    }
    const stop = readDelimitedEnd(r, end);
    const pair = into ? { name: '', value: '' } : undefined;
    while (r.pos < stop) {
      const t = readTag(r, stop);
      if (pair && t === ((1 << 3) | WIRE_LEN)) pair.name = readString(r, stop);
      else if (pair && t === ((2 << 3) | WIRE_LEN)) pair.value = readString(r, stop);
      else skipField(r, t & 7, stop);
    }
    if (pair) into!.push(pair);
  }
}

function readString(r: Reader, end: number): string {
  const stop = readDelimitedEnd(r, end);
  const s = utf8.read(r.buf, r.pos, stop);
  r.pos = stop;
  return s;
}

/** A uint32 field: the varint's low 32 bits, as protobufjs reads it (a longer varint is not refused). */
function readUint32(r: Reader, end: number): number {
  const buf = r.buf;
  let pos = r.pos;
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    if (pos >= end) throw new WireError(`truncated varint at offset ${pos}`);
    const b = buf[pos++]!;
    if (shift < 32) value |= (b & 0x7f) << shift;
    if (b < 0x80) break;
    if (shift === 63) throw new WireError(`varint longer than 10 bytes at offset ${pos}`);
  }
  r.pos = pos;
  return value >>> 0;
}

// ---- encoding ----

/** The protobuf encoding of a SeriesDigestsResponse, as ingester.v1.SeriesDigestsResponse.encode writes it. */
export function encodeSeriesDigestsResponse(message: ResponseProps): Uint8Array {
  const series = message.series ?? [];
  const blocks = message.blocks ?? [];
  // Each digest's size and its varint columns' are needed twice (in its length prefix and the total, then as it is
  // written): worked out once.
  const sizes = new Array<number>(series.length);
  const timeBytes = new Array<number>(series.length);
  const countBytes = new Array<number>(series.length);
  let total = 0;
  for (let i = 0; i < series.length; i++) {
    const d = series[i]!;
    timeBytes[i] = varintsBytes(d.stepTime);
    countBytes[i] = varintsBytes(d.stepCount);
    const size = digestSize(d, timeBytes[i]!, countBytes[i]!);
    sizes[i] = size;
    total += 1 + varintSize(size) + size;
  }
  for (const b of blocks) total += 1 + stringSize(b);
  if (message.mergesWithDigests) total += 2;
  const rendered = message.renderedSeries ?? EMPTY;
  if (rendered.length > 0) total += 1 + varintSize(rendered.length) + rendered.length;
  if (message.renderedSeriesGzip) total += 2;
  if (message.rendersSeries) total += 2;

  const w = sizedOut(total);
  for (let i = 0; i < series.length; i++) {
    writeByte(w, (1 << 3) | WIRE_LEN);
    writeVarint(w, sizes[i]!);
    writeDigest(w, series[i]!, timeBytes[i]!, countBytes[i]!);
  }
  for (const b of blocks) {
    writeByte(w, (2 << 3) | WIRE_LEN);
    writeString(w, b);
  }
  if (message.mergesWithDigests) {
    writeByte(w, (3 << 3) | WIRE_VARINT);
    writeByte(w, 1);
  }
  if (rendered.length > 0) {
    writeByte(w, (4 << 3) | WIRE_LEN);
    writeVarint(w, rendered.length);
    w.buf.set(rendered, w.pos);
    w.pos += rendered.length;
  }
  if (message.renderedSeriesGzip) {
    writeByte(w, (5 << 3) | WIRE_VARINT);
    writeByte(w, 1);
  }
  if (message.rendersSeries) {
    writeByte(w, (6 << 3) | WIRE_VARINT);
    writeByte(w, 1);
  }
  return finish(w, 'SeriesDigestsResponse');
}

function digestSize(d: DigestProps, timeBytes: number, countBytes: number): number {
  let size = 0;
  if (d.seriesFingerprint) size += 1 + stringSize(d.seriesFingerprint);
  if (d.labels) {
    const labels = labelPairsSize(d.labels.labels ?? []);
    size += 1 + varintSize(labels) + labels;
  }
  const count = d.count ?? 0;
  const blockCount = d.blockCount ?? 0;
  if (count !== 0) size += 1 + varintSize(count);
  if (d.digestLo) size += 1 + varintSize(d.digestLo);
  if (d.digestHi) size += 1 + varintSize(d.digestHi);
  if (blockCount !== 0) size += 1 + varintSize(blockCount);
  if (d.blockDigestLo) size += 1 + varintSize(d.blockDigestLo);
  if (d.blockDigestHi) size += 1 + varintSize(d.blockDigestHi);
  size += packedFieldSize(timeBytes);
  const sums = d.stepSum?.length ?? 0;
  if (sums > 0) size += 1 + varintSize(sums * 8) + sums * 8;
  size += packedFieldSize(countBytes);
  return size;
}

function writeDigest(w: Out, d: DigestProps, timeBytes: number, countBytes: number): void {
  if (d.seriesFingerprint) {
    writeByte(w, (1 << 3) | WIRE_LEN);
    writeString(w, d.seriesFingerprint);
  }
  if (d.labels) {
    // types.v1.Labels: its pairs as field 1.
    const pairs = d.labels.labels ?? [];
    writeByte(w, (2 << 3) | WIRE_LEN);
    writeVarint(w, labelPairsSize(pairs));
    writeLabelPairs(w, 1, pairs);
  }
  writeScalar(w, 3, d.count ?? 0);
  writeScalar(w, 4, d.digestLo ?? 0);
  writeScalar(w, 5, d.digestHi ?? 0);
  writeScalar(w, 6, d.blockCount ?? 0);
  writeScalar(w, 7, d.blockDigestLo ?? 0);
  writeScalar(w, 8, d.blockDigestHi ?? 0);
  writePackedVarints(w, 9, d.stepTime, timeBytes);
  const sums = d.stepSum ?? [];
  if (sums.length > 0) {
    writeByte(w, (10 << 3) | WIRE_LEN);
    writeVarint(w, sums.length * 8);
    for (let i = 0; i < sums.length; i++) {
      w.view.setFloat64(w.pos, sums[i]!, true);
      w.pos += 8;
    }
  }
  writePackedVarints(w, 11, d.stepCount, countBytes);
}

/** SelectSeriesDigests' answer type for the service table: these encode and decode, the generated code for JSON. */
export const seriesDigestsResponseType: MessageType = {
  encode: (message) => {
    const bytes = encodeSeriesDigestsResponse(message as ResponseProps);
    return { finish: () => bytes };
  },
  decode: (bytes) => decodeSeriesDigestsResponse(bytes),
  fromObject: (object) => ingester.v1.SeriesDigestsResponse.fromObject(object),
  toObject: (message, options) => ingester.v1.SeriesDigestsResponse.toObject(message as ingester.v1.SeriesDigestsResponse, options),
};
