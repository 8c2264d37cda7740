// What the distributor checks of a push before it forwards the raw profiles: everything a push can be refused for
// that is read without decoding the samples, which each ingester decodes anyway (issue 13: a distributor's CPU
// per push at most a quarter of an ingester's; a full decode cost as much as an ingester's):
// - the tenant, the series labels (names, lengths, count, duplicates) and that there are profiles at all;
// - each raw profile: not empty, its size as sent, its size once inflated (inflating stops at the limit) and the
//   request's inflated bytes together;
// - each pprof's top-level fields, walked without reading inside them: well-formed wire format, the sample count
//   (-validation.max-profile-stacktrace-samples), the request's symbols (strings, mappings, functions and
//   locations; the ingesters also count lines) and time_nanos, checked against the accepted time window.
// What only a decode sees (a malformed sample or location, a value beyond 2^53, too many labels on a sample or on
// a series once sample labels are added) is refused by every ingester with invalid_argument, which the
// distributor answers as 400 with the ingester's message (Distributor.quorumError).
// Returns each profile's time_nanos, which tells the distributor which profiles need its time stamped.
import zlib from 'node:zlib';
import type { push } from '../../gen/index.ts';
import type { Limits } from '../../ingest/limits.ts';
import { inflateWithin, profileTimestampMs, requestBudget, type CheckedProfile, type RequestBudget } from '../../ingest/normalize.ts';
import { validateLabels, validateTenant, validateTimestamp } from '../../ingest/validate.ts';
import { tooManySamples } from '../../pprof/decoder.ts';
import { isGzip } from '../../pprof/inflate.ts';
import { createReader, readDelimitedEnd, readTag, readVarint, skipField, WireError } from '../../pprof/varint.ts';
import { ApiError, invalidArgument, tooLarge } from '../../util/errors.ts';

const SAMPLE = 2;
const TIME_NANOS = 9;
const WIRE_VARINT = 0;
const WIRE_LEN = 2;

export function validatePush(tenant: string, request: push.v1.IPushRequest, limits: Limits, receivedAtMs: number): CheckedProfile[][] {
  validateTenant(tenant);
  const series = request.series ?? [];
  if (!series.some((s) => (s.samples?.length ?? 0) > 0)) throw invalidArgument('no profiles received: the request has no series with samples');
  const budget = requestBudget(limits);
  return series.map((s, seriesIndex) => {
    // As normalizePush reads them: dots in names become underscores (OpenTelemetry-style names).
    validateLabels((s.labels ?? []).map((l) => ({ name: (l.name ?? '').replaceAll('.', '_'), value: l.value ?? '' })), limits);
    return (s.samples ?? []).map((sample, sampleIndex) => {
      try {
        return validateProfile(sample.rawProfile ?? new Uint8Array(0), limits, receivedAtMs, budget);
      } catch (err) {
        if (err instanceof ApiError) throw new ApiError(err.code, `series ${seriesIndex} sample ${sampleIndex}: ${err.message}`, err.httpStatus, { cause: err });
        throw err;
      }
    });
  });
}

function validateProfile(raw: Uint8Array, limits: Limits, receivedAtMs: number, budget: RequestBudget): CheckedProfile {
  if (raw.length === 0) throw invalidArgument('raw_profile is empty');
  if (limits.maxCompressedProfileSizeBytes > 0 && raw.length > limits.maxCompressedProfileSizeBytes) {
    throw tooLarge(`profile is ${raw.length} bytes as sent: limit max-profile-size-compressed-bytes (${limits.maxCompressedProfileSizeBytes} bytes) exceeded`);
  }
  const pprof = inflateInOneChunk(raw, limits, budget);
  const r = createReader(pprof);
  const end = pprof.length;
  let samples = 0;
  let timeNanos = 0;
  const symbols = budget.symbols;
  try {
    while (r.pos < end) {
      const tag = readTag(r, end);
      const field = tag >>> 3;
      if (field === TIME_NANOS) {
        if ((tag & 7) !== WIRE_VARINT) throw new WireError(`field time_nanos has wire type ${tag & 7}, expected ${WIRE_VARINT}`);
        timeNanos = readVarint(r, end);
        continue;
      }
      if (field === SAMPLE) {
        if ((tag & 7) !== WIRE_LEN) throw new WireError(`field sample has wire type ${tag & 7}, expected ${WIRE_LEN}`);
        if (limits.maxProfileStacktraceSamples > 0 && ++samples > limits.maxProfileStacktraceSamples) throw tooManySamples(limits.maxProfileStacktraceSamples);
        r.pos = readDelimitedEnd(r, end);
        continue;
      }
      // mapping, location, function, string_table: one symbol each, as the decoder counts them.
      if (symbols && field >= 3 && field <= 6 && --symbols.remaining < 0) {
        throw new ApiError('resource_exhausted', `the request's profiles have more than ${symbols.limit} strings, mappings, functions, locations and lines: limit max-symbols-per-request (${symbols.limit}) exceeded`, 413);
      }
      skipField(r, tag & 7, end);
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw invalidArgument(`malformed pprof: ${(err as Error).message}`);
  }
  validateTimestamp(profileTimestampMs(timeNanos, receivedAtMs), receivedAtMs, limits);
  return { timeNanos };
}

/** The largest first output chunk sized from a gzip trailer: a lying trailer costs at most this much memory. */
const MAX_SIZED_CHUNK = 8 * 1024 * 1024;

/**
 * inflateWithin, but with zlib's output chunk sized from the gzip trailer's ISIZE (RFC 1952 2.3.1: the input's
 * size modulo 2^32) instead of Node's 16 KiB: one output buffer instead of a list of 16 KiB chunks copied into one
 * (Buffer.concat in zlib's processChunkSync was a tenth of the distributor's CPU in a profile of the bench). ISIZE is
 * the client's word, so it only sizes the first chunk (bounded by the limit and 8 MiB); zlib still enforces the
 * limit while it inflates. Anything zlib refuses is handed to inflateWithin, which words the error as the ingesters do.
 */
function inflateInOneChunk(raw: Uint8Array, limits: Limits, budget: RequestBudget): Uint8Array {
  const n = raw.length;
  if (!isGzip(raw) || n < 18) return inflateWithin(raw, limits, budget);
  const isize = (raw[n - 4]! | (raw[n - 3]! << 8) | (raw[n - 2]! << 16) | (raw[n - 1]! << 24)) >>> 0;
  const limit = limits.maxProfileSizeBytes;
  // One more than the size: a chunk that zlib fills exactly makes it ask for another one.
  const chunkSize = Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(isize + 1, limit > 0 ? limit + 1 : MAX_SIZED_CHUNK, MAX_SIZED_CHUNK));
  let pprof: Buffer;
  try {
    pprof = zlib.gunzipSync(raw, { chunkSize, ...(limit > 0 ? { maxOutputLength: limit } : {}) });
  } catch {
    return inflateWithin(raw, limits, budget);
  }
  // Not a pprof (a pprof cannot start with 1f 8b): let inflateWithin treat the bytes as the ingesters do.
  if (isGzip(pprof)) return inflateWithin(raw, limits, budget);
  return inflateWithin(pprof, limits, budget);
}

