// Per-tenant ingestion limits with Pyroscope's defaults (flag names as Pyroscope's). Every limit of 0
// disables that check. All tenants share these values (no per-tenant overrides yet).
import type { FlagSet } from '../util/flags.ts';

export interface Limits {
  /** Largest pprof accepted after gunzip; a gzip bomb is stopped when inflating reaches it (HTTP 413). */
  maxProfileSizeBytes: number;
  /** Largest raw_profile accepted as sent (gzip'd or not) (HTTP 413). */
  maxCompressedProfileSizeBytes: number;
  /** Samples (stack traces) per profile. */
  maxProfileStacktraceSamples: number;
  /** String labels per sample (refused past it, as Pyroscope; checked while the sample is decoded). */
  maxProfileStacktraceSampleLabels: number;
  /** Frames per stack: deeper stacks lose their leaf-most frames (truncated as Pyroscope does, not refused). */
  maxProfileStacktraceDepth: number;
  /** Characters per string of the profile (function names, file names, labels): longer ones keep their end. */
  maxProfileSymbolValueLength: number;
  /** Series entries in one push request (our own: Pyroscope has no such limit; 413 / RESOURCE_EXHAUSTED). */
  maxSeriesPerRequest: number;
  /** Raw profiles in one push request, all series together (our own; 413 / RESOURCE_EXHAUSTED). */
  maxProfilesPerRequest: number;
  /** Bytes of a push request's raw profiles once inflated, all together (our own; 413 / RESOURCE_EXHAUSTED). */
  maxUncompressedBytesPerRequest: number;
  /** Strings, mappings, functions, locations and lines decoded for one push request, all its profiles together (our own; 413). */
  maxSymbolsPerRequest: number;
  /** Label names per series (before the derived __profile_type__/__type__/… labels are added). */
  maxLabelNamesPerSeries: number;
  maxLabelNameLength: number;
  maxLabelValueLength: number;
  /** Profiles older than receive time minus this are rejected. */
  rejectOlderThanMs: number;
  /** Profiles newer than receive time plus this are rejected. */
  creationGracePeriodMs: number;
  /** Token bucket per tenant: refill rate and capacity, in bytes. */
  ingestionRateBytesPerSecond: number;
  ingestionBurstSizeBytes: number;
  /** Active series per tenant on one ingester (0 = none). */
  maxLocalSeriesPerTenant: number;
  /** Active series per tenant across the cluster; each ingester enforces limit / healthy ingesters × RF (0 = none). */
  maxGlobalSeriesPerTenant: number;
}

const MB = 1024 * 1024;

export const defaultLimits: Readonly<Limits> = Object.freeze({
  maxProfileSizeBytes: 4 * MB,
  maxCompressedProfileSizeBytes: 4 * MB,
  maxProfileStacktraceSamples: 16_000,
  maxProfileStacktraceSampleLabels: 100,
  maxProfileStacktraceDepth: 1000,
  maxProfileSymbolValueLength: 65_535,
  maxSeriesPerRequest: 10_000,
  maxProfilesPerRequest: 10_000,
  maxUncompressedBytesPerRequest: 16 * MB,
  maxSymbolsPerRequest: 1_000_000,
  maxLabelNamesPerSeries: 30,
  maxLabelNameLength: 1024,
  maxLabelValueLength: 2048,
  rejectOlderThanMs: 60 * 60_000,
  creationGracePeriodMs: 10 * 60_000,
  ingestionRateBytesPerSecond: 4 * MB,
  ingestionBurstSizeBytes: 2 * MB,
  maxLocalSeriesPerTenant: 0,
  maxGlobalSeriesPerTenant: 5000,
});

/** Builds limits from the defaults with overrides (tests). */
export const limitsWith = (overrides: Partial<Limits> = {}): Limits => ({ ...defaultLimits, ...overrides });

/**
 * The limits a WAL replay applies: nothing is refused (the record was accepted when it was written, and
 * limits may have changed since), but stacks and symbols are truncated as at push time, so the head holds
 * after a restart what it held before.
 */
export function replayLimits(current: Limits): Limits {
  const none: Limits = { ...current };
  for (const key of Object.keys(none) as (keyof Limits)[]) none[key] = 0;
  return { ...none, maxProfileStacktraceDepth: current.maxProfileStacktraceDepth, maxProfileSymbolValueLength: current.maxProfileSymbolValueLength };
}

const nonNegative = (v: number): string | undefined => (v < 0 ? 'must be >= 0' : undefined);

/** Declares the limit flags; the returned getter reads their parsed values. */
export function registerLimitFlags(fs: FlagSet): () => Limits {
  const d = defaultLimits;
  const maxSize = fs.define('validation.max-profile-size-bytes', 'bytes', d.maxProfileSizeBytes, 'Largest profile accepted after decompression, in bytes; inflating stops there (0 = unlimited).', { validate: nonNegative });
  const maxCompressed = fs.define('validation.max-profile-size-compressed-bytes', 'bytes', d.maxCompressedProfileSizeBytes, 'Largest raw profile accepted as sent (gzip or plain), in bytes (0 = unlimited).', { validate: nonNegative });
  const maxSamples = fs.define('validation.max-profile-stacktrace-samples', 'int', d.maxProfileStacktraceSamples, 'Maximum samples (stack traces) in one profile (0 = unlimited).', { validate: nonNegative });
  const maxSampleLabels = fs.define('validation.max-profile-stacktrace-sample-labels', 'int', d.maxProfileStacktraceSampleLabels, 'Maximum number of labels in a profile sample (0 = unlimited).', { validate: nonNegative });
  const maxDepth = fs.define('validation.max-profile-stacktrace-depth', 'int', d.maxProfileStacktraceDepth, 'Maximum depth of a stack trace: deeper stacks are truncated (their leaf-most frames dropped), not refused (0 = unlimited).', { validate: nonNegative });
  const maxSymbol = fs.define('validation.max-profile-symbol-value-length', 'int', d.maxProfileSymbolValueLength, 'Maximum length of a profile string (function and file names, sample labels): longer ones are truncated to their last characters, not refused (0 = unlimited).', { validate: nonNegative });
  const maxSeriesPerRequest = fs.define('validation.max-series-per-request', 'int', d.maxSeriesPerRequest, 'Maximum series entries in one push request, counted while it is decoded (0 = unlimited).', { validate: nonNegative });
  const maxProfilesPerRequest = fs.define('validation.max-profiles-per-request', 'int', d.maxProfilesPerRequest, 'Maximum raw profiles in one push request, all series together, counted while it is decoded (0 = unlimited).', { validate: nonNegative });
  const maxUncompressed = fs.define('validation.max-uncompressed-bytes-per-request', 'bytes', d.maxUncompressedBytesPerRequest, 'Maximum bytes of one push request\'s raw profiles once inflated, all together (0 = unlimited).', { validate: nonNegative });
  const maxSymbols = fs.define('validation.max-symbols-per-request', 'int', d.maxSymbolsPerRequest, 'Maximum strings, mappings, functions, locations and lines decoded for one push request, all its profiles together, counted as they are read (0 = unlimited).', { validate: nonNegative });
  const maxLocalSeries = fs.define('ingester.max-local-series-per-tenant', 'int', d.maxLocalSeriesPerTenant, 'Maximum active series per tenant on each ingester (0 = unlimited).', { validate: nonNegative });
  const maxGlobalSeries = fs.define('ingester.max-global-series-per-tenant', 'int', d.maxGlobalSeriesPerTenant, 'Maximum active series per tenant across the cluster; each ingester allows this / healthy ingesters × replication factor (0 = unlimited).', { validate: nonNegative });
  const maxNames = fs.define('validation.max-label-names-per-series', 'int', d.maxLabelNamesPerSeries, 'Maximum label names per series (0 = unlimited).', { validate: nonNegative });
  const maxNameLen = fs.define('validation.max-length-label-name', 'int', d.maxLabelNameLength, 'Maximum length of a label name, in characters (0 = unlimited).', { validate: nonNegative });
  const maxValueLen = fs.define('validation.max-length-label-value', 'int', d.maxLabelValueLength, 'Maximum length of a label value, in characters (0 = unlimited).', { validate: nonNegative });
  const olderThan = fs.define('validation.reject-older-than', 'duration', d.rejectOlderThanMs, 'Reject profiles whose timestamp is older than this before receipt (0 = accept any age).', { validate: nonNegative });
  const grace = fs.define('validation.creation-grace-period', 'duration', d.creationGracePeriodMs, 'Reject profiles whose timestamp is further than this in the future (0 = no check).', { validate: nonNegative });
  const rate = fs.define('distributor.ingestion-rate-limit-mb', 'float', d.ingestionRateBytesPerSecond / MB, 'Per-tenant ingestion rate limit in MiB/s (0 = unlimited).', { validate: nonNegative });
  const burst = fs.define('distributor.ingestion-burst-size-mb', 'float', d.ingestionBurstSizeBytes / MB, 'Per-tenant ingestion burst size in MiB: the largest request the rate limiter admits.', { validate: nonNegative });
  // Read several times a push: built from nineteen flag lookups each time, they were ~1% of a distributor's CPU.
  return fs.derived((): Limits => ({
    maxProfileSizeBytes: maxSize(),
    maxCompressedProfileSizeBytes: maxCompressed(),
    maxProfileStacktraceSamples: maxSamples(),
    maxProfileStacktraceSampleLabels: maxSampleLabels(),
    maxProfileStacktraceDepth: maxDepth(),
    maxProfileSymbolValueLength: maxSymbol(),
    maxSeriesPerRequest: maxSeriesPerRequest(),
    maxProfilesPerRequest: maxProfilesPerRequest(),
    maxUncompressedBytesPerRequest: maxUncompressed(),
    maxSymbolsPerRequest: maxSymbols(),
    maxLabelNamesPerSeries: maxNames(),
    maxLabelNameLength: maxNameLen(),
    maxLabelValueLength: maxValueLen(),
    rejectOlderThanMs: olderThan(),
    creationGracePeriodMs: grace(),
    ingestionRateBytesPerSecond: Math.round(rate() * MB),
    ingestionBurstSizeBytes: Math.round(burst() * MB),
    maxLocalSeriesPerTenant: maxLocalSeries(),
    maxGlobalSeriesPerTenant: maxGlobalSeries(),
  }));
}
