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
import type { push } from '../../gen/index.ts';
import type { Limits } from '../../ingest/limits.ts';
import { inflateReusing, profileTimestampMs, requestBudget, type CheckedProfile, type RequestBudget } from '../../ingest/normalize.ts';
import { validateLabels, validateTenant, validateTimestamp } from '../../ingest/validate.ts';
import { tooManySamples } from '../../pprof/decoder.ts';
import { createReader, readDelimitedEnd, readNanosAsMillis, readTag, skipField, WireError } from '../../pprof/varint.ts';
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
  const pprof = inflateReusing(raw, limits, budget);
  const timeMs = walkQuickly(pprof, limits, budget) ?? walkExactly(pprof, limits, budget);
  validateTimestamp(profileTimestampMs(timeMs, receivedAtMs), receivedAtMs, limits);
  return { timeMs };
}

/**
 * The top-level walk of a well-formed pprof within the limits, in one loop over local variables (the walk was most of
 * the check's JavaScript time): its time_nanos, or undefined when anything is unusual (a tag or length of several
 * bytes past what pprof uses, a wrong wire type, bytes past the end, a limit reached), which walkExactly then reads
 * again, field by field, to refuse it with the same error at the same field as before. The time is in whole ms
 * (readNanosAsMillis).
 */
function walkQuickly(pprof: Uint8Array, limits: Limits, budget: RequestBudget): number | undefined {
  const end = pprof.length;
  let pos = 0;
  let samples = 0;
  let symbols = 0;
  let timeMs = 0;
  while (pos < end) {
    const tag = pprof[pos++]!;
    // Fields 1-15 (pprof's top level has 14) fit a one-byte tag.
    if (tag >= 0x80) return undefined;
    const field = tag >>> 3;
    const wireType = tag & 7;
    if (field >= 3 && field <= 6) symbols++;
    if (wireType === WIRE_LEN) {
      if (field === TIME_NANOS) return undefined;
      // A length below 2^28 (four bytes at most): a profile is far smaller.
      let len = 0;
      let b = 0x80;
      for (let shift = 0; b >= 0x80; shift += 7) {
        if (shift === 28 || pos >= end) return undefined;
        b = pprof[pos++]!;
        len |= (b & 0x7f) << shift;
      }
      pos += len;
      if (field === SAMPLE) samples++;
    } else if (wireType === WIRE_VARINT) {
      if (field === SAMPLE) return undefined;
      if (field === TIME_NANOS) {
        const r = createReader(pprof);
        r.pos = pos;
        try {
          timeMs = readNanosAsMillis(r, end);
        } catch {
          return undefined;
        }
        pos = r.pos;
        continue;
      }
      let n = 0;
      while (pos < end && pprof[pos]! >= 0x80) {
        pos++;
        if (++n === 10) return undefined;
      }
      pos++;
    } else if (wireType === 1 || wireType === 5) {
      if (field === SAMPLE || field === TIME_NANOS) return undefined;
      pos += wireType === 1 ? 8 : 4;
    } else {
      return undefined;
    }
  }
  if (pos !== end) return undefined;
  if (limits.maxProfileStacktraceSamples > 0 && samples > limits.maxProfileStacktraceSamples) return undefined;
  const budgetSymbols = budget.symbols;
  if (budgetSymbols) {
    if (symbols > budgetSymbols.remaining) return undefined;
    budgetSymbols.remaining -= symbols;
  }
  return timeMs;
}

/** The top-level walk field by field: what walkQuickly leaves, refused with the error naming its field and offset. */
function walkExactly(pprof: Uint8Array, limits: Limits, budget: RequestBudget): number {
  const r = createReader(pprof);
  const end = pprof.length;
  let samples = 0;
  let timeMs = 0;
  const symbols = budget.symbols;
  try {
    while (r.pos < end) {
      const tag = readTag(r, end);
      const field = tag >>> 3;
      if (field === TIME_NANOS) {
        if ((tag & 7) !== WIRE_VARINT) throw new WireError(`field time_nanos has wire type ${tag & 7}, expected ${WIRE_VARINT}`);
        timeMs = readNanosAsMillis(r, end);
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
  return timeMs;
}

