// Every replica must see the same profile identity (series fingerprint + timestamp + ID). A pprof without
// time_nanos would be stamped with each ingester's own receive time, so the distributor stamps it once:
// it appends a time_nanos field (field 9, varint) to the pprof, which protobuf's "last value wins" rule
// makes the profile's time (a gzip'd profile gets it as a second gzip member). Profiles with a time pass as sent.
import { crc32 } from 'node:zlib';
import { hasTime } from '../../ingest/normalize.ts';
import { isGzip } from '../../pprof/inflate.ts';
import { createReader, millisAsNanos, readNanosAsMillis, readTag, skipField } from '../../pprof/varint.ts';

const TIME_NANOS_FIELD = 9;

/** time_nanos of a (plain) pprof in whole ms, scanning top-level fields only; 0 when absent. */
export function pprofTimeMs(pprof: Uint8Array): number {
  const r = createReader(pprof);
  const end = pprof.length;
  let time = 0;
  while (r.pos < end) {
    const tag = readTag(r, end);
    if (tag >>> 3 === TIME_NANOS_FIELD && (tag & 7) === 0) time = readNanosAsMillis(r, end);
    else skipField(r, tag & 7, end);
  }
  return time;
}

function varint(n: bigint): number[] {
  const out: number[] = [];
  let v = n < 0n ? 0n : n;
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}

/**
 * What to append to the raw profile as sent: nothing (undefined) when it has a time (`timeMs`, read by the
 * check, past 1970), otherwise a time_nanos field set to `nowMs` (exactly: millisAsNanos): as is after a plain
 * pprof, and as a second gzip member after a gzip'd one (RFC 1952 §2.2: a gzip file is a series of members; gunzip
 * yields their concatenation), so the profile is neither inflated nor compressed again here. The distributor sends
 * the two one after the other (encode-push.ts), never copied into one buffer.
 */
export function profileTimeStamp(raw: Uint8Array, timeMs: number, nowMs: number): Uint8Array | undefined {
  if (hasTime(timeMs)) return undefined;
  const field = Buffer.from([(TIME_NANOS_FIELD << 3) | 0, ...varint(millisAsNanos(nowMs))]);
  return isGzip(raw) ? storedGzipMember(field) : field;
}

/**
 * `data` (at most 64 KiB) as one gzip member holding a single stored deflate block, built by hand: zlib.gzipSync made a
 * deflate stream (its state and window allocated, then freed) for the dozen bytes of a time field on every stamped push.
 * RFC 1952 §2.3: header 1f 8b, CM 8 (deflate), no flags, MTIME 0, XFL 0, OS 255 (unknown); then the deflate data;
 * then CRC32 and ISIZE, little-endian. RFC 1951 §3.2.4: a stored block is BFINAL=1 BTYPE=00 (one byte, 0x01),
 * LEN and NLEN (its one's complement), little-endian, then the bytes.
 */
export function storedGzipMember(data: Uint8Array): Buffer {
  if (data.length > 0xffff) throw new RangeError(`a stored deflate block holds at most 65535 bytes, not ${data.length}`);
  const out = Buffer.alloc(10 + 5 + data.length + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255], 0);
  out[10] = 0x01;
  out.writeUInt16LE(data.length, 11);
  out.writeUInt16LE(~data.length & 0xffff, 13);
  out.set(data, 15);
  out.writeUInt32LE(crc32(data), 15 + data.length);
  out.writeUInt32LE(data.length, 19 + data.length);
  return out;
}
