// The single ingest path: a push.v1 PushRequest (from gRPC, Connect or /ingest) becomes validated
// NormalizedProfiles for the head. Pure and deterministic given its arguments, so the WAL can replay it:
// no clock, no randomness (profile IDs missing from the request are derived from the content).
//
// Per series: labels are validated and completed (service_name defaults to "unspecified" as Pyroscope's
// distributor does; __name__, when absent, follows the sample types as Pyroscope's /ingest does). Per raw
// sample: size limit, bounded gunzip, decode (sample limit), timestamp window, then a split by sample labels
// (see split.ts), each part becoming one NormalizedProfile whose seriesLabels[t] add, for sample type t,
// __profile_type__ = name:sample_type:sample_unit:period_type:period_unit, __type__, __unit__,
// __period_type__ and __period_unit__. Parts without samples are dropped, as Pyroscope drops them.
import { ApiError, invalidArgument, tooLarge } from '../util/errors.ts';
import { LabelNames, sortLabels, type LabelPair } from '../model/labels.ts';
import type { DecodedProfile, NormalizedProfile } from '../model/profile.ts';
import type { push } from '../gen/index.ts';
import { decodeProfile, symbolBudget, type DecodeLimits, type SymbolBudget } from '../pprof/decoder.ts';
import { gzipDeclaredSize, inflateProfile, isGzip } from '../pprof/inflate.ts';
import { ScratchInflater } from '../pprof/scratch-inflate.ts';
import { sharedTableCache } from '../pprof/table-cache.ts';
import type { Limits } from './limits.ts';
import { deterministicProfileId } from './profile-id.ts';
import { requestTooLarge } from './push-decoder.ts';
import { profileNameForSampleTypes } from './profile-name.ts';
import { renameProfileIdLabel, splitBySampleLabels } from './split.ts';
import { validateLabels, validateTenant, validateTimestamp } from './validate.ts';

/** service_name given to series pushed without one (Pyroscope's distributor does the same). */
export const DEFAULT_SERVICE_NAME = 'unspecified';

type PushRequestLike = push.v1.IPushRequest;

/** What the distributor's check keeps of one raw profile (roles/distributor/validate-push.ts): its time_nanos in whole ms (0 when absent). */
export interface CheckedProfile {
  timeMs: number;
}

export function normalizePush(tenant: string, request: PushRequestLike, limits: Limits, receivedAtMs: number): NormalizedProfile[] {
  validateTenant(tenant);
  const series = request.series ?? [];
  let rawCount = 0;
  for (const s of series) rawCount += s.samples?.length ?? 0;
  if (rawCount === 0) throw invalidArgument('no profiles received: the request has no series with samples');

  const out: NormalizedProfile[] = [];
  const budget = requestBudget(limits);
  series.forEach((s, seriesIndex) => {
    const pushed = seriesLabelsOf(s.labels ?? []);
    validateLabels(pushed, limits);
    (s.samples ?? []).forEach((sample, sampleIndex) => {
      const where = `series ${seriesIndex} sample ${sampleIndex}`;
      try {
        // A loop, not push(...parts): a spread of a profile split into ~100k parts (limits off) overflows the stack.
        for (const part of normalizeSample(tenant, pushed, sample, limits, receivedAtMs, budget)) out.push(part);
      } catch (err) {
        if (err instanceof ApiError) throw new ApiError(err.code, `${where}: ${err.message}`, err.httpStatus, { cause: err });
        throw err;
      }
    });
  });
  return out;
}

/**
 * What one push request may make the decoder build, all its profiles together: inflated bytes and symbols
 * (the objects a small, well-compressed profile multiplies). Without it, each profile is bounded but the
 * request is not: a 16 MiB request holds thousands of 4 KB gzip'd profiles.
 */
export interface RequestBudget {
  bytes: { remaining: number; limit: number } | undefined;
  symbols: SymbolBudget | undefined;
}

export const requestBudget = (limits: Limits): RequestBudget => ({
  bytes: limits.maxUncompressedBytesPerRequest > 0 ? { remaining: limits.maxUncompressedBytesPerRequest, limit: limits.maxUncompressedBytesPerRequest } : undefined,
  symbols: symbolBudget(limits.maxSymbolsPerRequest),
});

/** Inflates a raw profile (bounded by the profile size limit) and takes its size from the request's budget. */
export function inflateWithin(raw: Uint8Array, limits: Limits, budget: RequestBudget): Uint8Array {
  const bytes = inflateProfile(raw, limits.maxProfileSizeBytes);
  if (budget.bytes && (budget.bytes.remaining -= bytes.length) < 0) {
    throw requestTooLarge(`the request's profiles inflate past ${budget.bytes.limit} bytes together: limit max-uncompressed-bytes-per-request (${budget.bytes.limit} bytes) exceeded`);
  }
  return bytes;
}

/**
 * This thread's reused inflate output (pprof/scratch-inflate.ts). The decoder copies out everything it
 * keeps (strings, sample columns; the table key is a digest), so a pprof's bytes are dead once decodeProfile returns
 * and the next profile may overwrite them. A new buffer per profile (~90 KB on average over the test profiles) was
 * external memory that V8 counts towards its next full GC.
 */
const scratch = new ScratchInflater();

/**
 * inflateWithin, into this thread's reused buffer when the scratch inflater can tell (else, and for every error,
 * inflateWithin inflates as before and words the refusal). The bytes are valid until the next call on this thread:
 * for readers that keep nothing of them (the decoder, the distributor's check), each done before the next call.
 */
export function inflateReusing(raw: Uint8Array, limits: Limits, budget: RequestBudget): Uint8Array {
  if (!isGzip(raw) || raw.length < 18) return inflateWithin(raw, limits, budget);
  const pprof = scratch.inflate(raw, gzipDeclaredSize(raw), limits.maxProfileSizeBytes);
  // A stream inflating to gzip again is inflated once by inflateWithin, as before (and then refused as a pprof).
  if (pprof === undefined || isGzip(pprof)) return inflateWithin(raw, limits, budget);
  return inflateWithin(pprof, limits, budget); // not gzip: the size limit and the request's budget, as for any pprof
}

function normalizeSample(
  tenant: string, pushed: LabelPair[], sample: push.v1.IRawSample, limits: Limits, receivedAtMs: number, budget: RequestBudget,
): NormalizedProfile[] {
  const raw = sample.rawProfile ?? new Uint8Array(0);
  if (raw.length === 0) throw invalidArgument('raw_profile is empty');
  if (limits.maxCompressedProfileSizeBytes > 0 && raw.length > limits.maxCompressedProfileSizeBytes) {
    throw tooLarge(`profile is ${raw.length} bytes as sent: limit max-profile-size-compressed-bytes (${limits.maxCompressedProfileSizeBytes} bytes) exceeded`);
  }
  // The head's profiles take their tables from the cache when the series pushed the same ones before. The options by
  // Object.assign, not as { ...limits, more }: see query/deadline.ts (boundedContext) for what that costs per object.
  const profile = decodeProfile(inflateReusing(raw, limits, budget), Object.assign(decodeLimitsOf(limits, budget), { tableCache: sharedTableCache, tableScope: tenant }));
  const timestampMs = profileTimestampMs(profile.timeMs, receivedAtMs);
  validateTimestamp(timestampMs, receivedAtMs, limits);
  fixDotnetFunctionIds(profile);
  renameProfileIdLabel(profile);

  const withName = completeLabels(pushed, profile);
  const parts = splitBySampleLabels(profile, withName, limits.maxLabelNamesPerSeries);
  const out: NormalizedProfile[] = [];
  const id = sample.ID || deterministicProfileId(tenant, withName, raw);
  for (const part of parts) {
    if (part.profile.sampleCount === 0) continue;
    if (part.labels.length !== withName.length) validateLabels(part.labels, limits); // sample labels were added
    out.push({ id, timestampMs, seriesLabels: perSampleTypeLabels(part.labels, part.profile), profile: part.profile });
  }
  return out;
}

/** What the pprof decoder enforces while it reads (samples, labels per sample) and truncates (depth, strings). */
export function decodeLimitsOf(limits: Limits, budget: RequestBudget): DecodeLimits {
  return {
    maxSamples: limits.maxProfileStacktraceSamples,
    maxSampleLabels: limits.maxProfileStacktraceSampleLabels,
    maxDepth: limits.maxProfileStacktraceDepth,
    maxSymbolLength: limits.maxProfileSymbolValueLength,
    ...(budget.symbols ? { symbols: budget.symbols } : {}),
  };
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * The profile's time (time_nanos in whole ms, DecodedProfile.timeMs); the receive time when it has none. Like
 * Pyroscope, a time in 1970 counts as none: old py-spy/rbspy/pyroscope-rs agents put microseconds there (testdata
 * pyspy-1.pb.gz).
 */
export function profileTimestampMs(timeMs: number, receivedAtMs: number): number {
  return hasTime(timeMs) ? timeMs : receivedAtMs;
}

/** Whether a profile's time (in whole ms) is one: past 1970. */
export const hasTime = (timeMs: number): boolean => timeMs > YEAR_MS;

/**
 * Series labels as pushed, with dots in names turned into underscores as Pyroscope does (OpenTelemetry-style
 * names such as otel.scope.name, which @pyroscope/nodejs sends with every profile, become otel_scope_name).
 */
function seriesLabelsOf(labels: readonly { name?: string | null; value?: string | null }[]): LabelPair[] {
  return labels.map((l) => ({ name: (l.name ?? '').replaceAll('.', '_'), value: l.value ?? '' }));
}

function completeLabels(pushed: LabelPair[], profile: DecodedProfile): LabelPair[] {
  const labels = pushed.filter((l) => !(l.name === LabelNames.serviceName && l.value === ''));
  if (!labels.some((l) => l.name === LabelNames.serviceName)) labels.push({ name: LabelNames.serviceName, value: DEFAULT_SERVICE_NAME });
  if (!labels.some((l) => l.name === LabelNames.metricName)) {
    labels.push({ name: LabelNames.metricName, value: profileNameForSampleTypes(profile.sampleTypes.map((t) => profile.strings[t.type]!)) });
  }
  return sortLabels(labels);
}

/** The series labels of each sample type t: the part's labels plus the profile type labels. */
export function perSampleTypeLabels(labels: readonly LabelPair[], profile: DecodedProfile): LabelPair[][] {
  const name = labels.find((l) => l.name === LabelNames.metricName)?.value ?? '';
  const str = (i: number | undefined): string => (i === undefined ? '' : profile.strings[i] ?? '');
  const periodType = str(profile.periodType?.type);
  const periodUnit = str(profile.periodType?.unit);
  const derived = new Set<string>([LabelNames.profileType, LabelNames.sampleType, LabelNames.sampleUnit, LabelNames.periodType, LabelNames.periodUnit]);
  const base = labels.filter((l) => !derived.has(l.name));
  return profile.sampleTypes.map((t) => {
    const type = str(t.type);
    const unit = str(t.unit);
    return sortLabels([
      ...base,
      { name: LabelNames.profileType, value: `${name}:${type}:${unit}:${periodType}:${periodUnit}` },
      { name: LabelNames.sampleType, value: type },
      { name: LabelNames.sampleUnit, value: unit },
      { name: LabelNames.periodType, value: periodType },
      { name: LabelNames.periodUnit, value: periodUnit },
    ]);
  });
}

/**
 * .NET agents send every function with ID 0 and one function per location; Pyroscope repairs them by
 * giving function i the ID of location i (which is what their lines refer to). Same here, in place: a
 * function of the tables alone, so a repeat on cached (shared) tables changes nothing.
 */
function fixDotnetFunctionIds(profile: DecodedProfile): void {
  const { functions, locations } = profile;
  if (functions.length === 0 || functions.length !== locations.length) return;
  if (functions.some((f) => f.id !== 0)) return;
  functions.forEach((f, i) => (f.id = locations[i]!.id));
}
