// Gunzip with a hard ceiling. The ceiling is enforced by zlib while it inflates (maxOutputLength), so a
// gzip bomb costs at most `maxDecompressedBytes` of memory before it is refused: it is never inflated whole.
import zlib from 'node:zlib';
import { ApiError, invalidArgument, tooLarge } from '../util/errors.ts';

export const isGzip = (raw: Uint8Array): boolean => raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;

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
    return zlib.gunzipSync(raw, maxDecompressedBytes > 0 ? { maxOutputLength: maxDecompressedBytes } : {});
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw decompressedTooLarge(maxDecompressedBytes);
    throw invalidArgument(`malformed gzip: ${e.message}`);
  }
}

function decompressedTooLarge(limit: number, size?: number): ApiError {
  const got = size === undefined ? `inflates past ${limit} bytes` : `is ${size} bytes`;
  return tooLarge(`uncompressed profile ${got}: limit max-profile-size-bytes (${limit} bytes) exceeded`);
}
