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
}

const MB = 1024 * 1024;

export const defaultLimits: Readonly<Limits> = Object.freeze({
  maxProfileSizeBytes: 4 * MB,
  maxCompressedProfileSizeBytes: 4 * MB,
  maxProfileStacktraceSamples: 16_000,
  maxLabelNamesPerSeries: 30,
  maxLabelNameLength: 1024,
  maxLabelValueLength: 2048,
  rejectOlderThanMs: 60 * 60_000,
  creationGracePeriodMs: 10 * 60_000,
  ingestionRateBytesPerSecond: 4 * MB,
  ingestionBurstSizeBytes: 2 * MB,
});

/** Builds limits from the defaults with overrides (tests). */
export const limitsWith = (overrides: Partial<Limits> = {}): Limits => ({ ...defaultLimits, ...overrides });

const nonNegative = (v: number): string | undefined => (v < 0 ? 'must be >= 0' : undefined);

/** Declares the limit flags; the returned getter reads their parsed values. */
export function registerLimitFlags(fs: FlagSet): () => Limits {
  const d = defaultLimits;
  const maxSize = fs.define('validation.max-profile-size-bytes', 'bytes', d.maxProfileSizeBytes, 'Largest profile accepted after decompression, in bytes; inflating stops there (0 = unlimited).', { validate: nonNegative });
  const maxCompressed = fs.define('validation.max-profile-size-compressed-bytes', 'bytes', d.maxCompressedProfileSizeBytes, 'Largest raw profile accepted as sent (gzip or plain), in bytes (0 = unlimited).', { validate: nonNegative });
  const maxSamples = fs.define('validation.max-profile-stacktrace-samples', 'int', d.maxProfileStacktraceSamples, 'Maximum samples (stack traces) in one profile (0 = unlimited).', { validate: nonNegative });
  const maxNames = fs.define('validation.max-label-names-per-series', 'int', d.maxLabelNamesPerSeries, 'Maximum label names per series (0 = unlimited).', { validate: nonNegative });
  const maxNameLen = fs.define('validation.max-length-label-name', 'int', d.maxLabelNameLength, 'Maximum length of a label name, in characters (0 = unlimited).', { validate: nonNegative });
  const maxValueLen = fs.define('validation.max-length-label-value', 'int', d.maxLabelValueLength, 'Maximum length of a label value, in characters (0 = unlimited).', { validate: nonNegative });
  const olderThan = fs.define('validation.reject-older-than', 'duration', d.rejectOlderThanMs, 'Reject profiles whose timestamp is older than this before receipt (0 = accept any age).', { validate: nonNegative });
  const grace = fs.define('validation.creation-grace-period', 'duration', d.creationGracePeriodMs, 'Reject profiles whose timestamp is further than this in the future (0 = no check).', { validate: nonNegative });
  const rate = fs.define('distributor.ingestion-rate-limit-mb', 'float', d.ingestionRateBytesPerSecond / MB, 'Per-tenant ingestion rate limit in MiB/s (0 = unlimited).', { validate: nonNegative });
  const burst = fs.define('distributor.ingestion-burst-size-mb', 'float', d.ingestionBurstSizeBytes / MB, 'Per-tenant ingestion burst size in MiB: the largest request the rate limiter admits.', { validate: nonNegative });
  return () => ({
    maxProfileSizeBytes: maxSize(),
    maxCompressedProfileSizeBytes: maxCompressed(),
    maxProfileStacktraceSamples: maxSamples(),
    maxLabelNamesPerSeries: maxNames(),
    maxLabelNameLength: maxNameLen(),
    maxLabelValueLength: maxValueLen(),
    rejectOlderThanMs: olderThan(),
    creationGracePeriodMs: grace(),
    ingestionRateBytesPerSecond: Math.round(rate() * MB),
    ingestionBurstSizeBytes: Math.round(burst() * MB),
  });
}
