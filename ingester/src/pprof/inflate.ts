// Gunzip with a hard ceiling. The ceiling is enforced by zlib while it inflates (maxOutputLength), so a
// gzip bomb costs at most `maxDecompressedBytes` of memory before it is refused: it is never inflated whole.
import zlib from 'node:zlib';
import { ApiError, invalidArgument, tooLarge } from '../util/errors.ts';

export const isGzip = (raw: Uint8Array): boolean => raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;

/**
 * The size a gzip stream's trailer declares for its (last) member: ISIZE, RFC 1952 §2.3.1, the input's size mod 2^32,
 * little-endian in the last 4 bytes; 0 for fewer than 18 bytes (a header and a trailer). The client's word: a size
 * hint, never a bound.
 */
export function gzipDeclaredSize(raw: Uint8Array): number {
  const n = raw.length;
  return n >= 18 ? (raw[n - 4]! | (raw[n - 3]! << 8) | (raw[n - 2]! << 16) | (raw[n - 1]! << 24)) >>> 0 : 0;
}

/**
 * Returns the pprof bytes: gunzipped when `raw` starts with the gzip magic (1f 8b), else `raw` itself.
 * Throws ApiError 413 naming the limit when the inflated size would exceed `maxDecompressedBytes`, and
 * invalid_argument for a corrupt or truncated gzip stream.
 */
export function inflateProfile(raw: Uint8Array, maxDecompressedBytes: number): Uint8Array {
  if (!isGzip(raw)) {
    if (maxDecompressedBytes > 0 && raw.length > maxDecompressedBytes) throw decompressedTooLarge(maxDecompressedBytes, raw.length);
    return raw;
  }
  try {
    const chunkSize = outputSizeHint(raw, maxDecompressedBytes);
    return zlib.gunzipSync(raw, maxDecompressedBytes > 0 ? { maxOutputLength: maxDecompressedBytes, chunkSize } : { chunkSize });
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw decompressedTooLarge(maxDecompressedBytes);
    throw invalidArgument(`malformed gzip: ${e.message}`);
  }
}

/**
 * zlib's output chunk size: the size the gzip trailer declares (ISIZE, RFC 1952 §2.3.1: the input's size mod
 * 2^32) plus a little, so that an honest profile inflates into one buffer instead of 16 KiB chunks joined after
 * (~25% of gunzip's time over the test profiles). zlib checks ISIZE at the end of the stream and refuses a
 * wrong one ("incorrect length check"); a size it cannot say (a second gzip member, as the distributor appends,
 * or past 4 GiB) costs more chunks, never a wrong result, and maxOutputLength still bounds the output. Capped
 * where no honest stream reaches, so a lying trailer cannot make it allocate more than a real inflate could
 * before it is refused: at the size limit, and at deflate's largest ratio (1032:1, zlib's technical details)
 * times the input.
 */
const MAX_SIZED_CHUNK = 64 << 20;

function outputSizeHint(raw: Uint8Array, maxDecompressedBytes: number): number {
  let hint = gzipDeclaredSize(raw) + 64;
  if (maxDecompressedBytes > 0) hint = Math.min(hint, maxDecompressedBytes + 64);
  hint = Math.min(hint, raw.length * 1032 + 64);
  // Past any profile size the limits allow (they may be off): zlib's default chunks, not one huge allocation.
  if (hint > MAX_SIZED_CHUNK) return zlib.constants.Z_DEFAULT_CHUNK;
  return Math.max(zlib.constants.Z_MIN_CHUNK, hint);
}

function decompressedTooLarge(limit: number, size?: number): ApiError {
  const got = size === undefined ? `inflates past ${limit} bytes` : `is ${size} bytes`;
  return tooLarge(`uncompressed profile ${got}: limit max-profile-size-bytes (${limit} bytes) exceeded`);
}
