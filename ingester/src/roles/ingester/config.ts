// The ingester's flags: where it keeps data, when it cuts blocks, how it uploads them.
import type { FlagSet } from '../../util/flags.ts';
import type { StorageConfig } from '../../storage/store.ts';

export interface IngesterConfig {
  storage: StorageConfig;
  /** How often the head's age is checked and uploaded blocks past retention are removed. */
  tickIntervalMs: number;
  /** Longest a shutdown waits for the last uploads before giving up (data stays on disk). */
  shutdownFlushTimeoutMs: number;
}

/** What the queriers' settings ask of -ingester.local-retention (flags named as in modules.ts and the querier's fan-out). */
export interface QuerierReadSettings {
  /** -querier.bucket-index-max-stale-period: an index this old is still read alone. */
  indexMaxStaleMs: number;
  /** -querier.bucket-index-refresh: how long a querier keeps an index before fetching it again. */
  indexRefreshMs: number;
  /** -querier.query-ingesters-within, when this build has it (0: ingesters are asked for every range). */
  queryIngestersWithinMs?: number;
}

/**
 * Whether the ingesters keep uploaded blocks long enough for the queriers: a block uploaded after the bucket
 * index a querier holds is found by nobody but its ingester, for up to max-stale + refresh, so the local copy
 * must outlive that; and blocks newer than -querier.query-ingesters-within are read from the ingesters
 * (issue 11), so they keep them at least that long. Mimir states the same relation between an ingester's
 * -blocks-storage.tsdb.retention-period and the queriers' discovery of new blocks, and asks that
 * -blocks-storage.tsdb.close-idle-tsdb-timeout be at least -querier.query-ingesters-within "to make sure that
 * TSDB is not closed prematurely, which could cause partial query results" (pkg/storage/tsdb/config.go).
 * Returns the problem in words, or undefined.
 */
export function localRetentionProblem(localRetentionMs: number, reads: QuerierReadSettings): string | undefined {
  const fmt = (ms: number) => `${Math.round(ms / 1000)}s`;
  const needed = reads.indexMaxStaleMs + reads.indexRefreshMs;
  if (localRetentionMs <= needed) {
    return `-ingester.local-retention (${fmt(localRetentionMs)}) must exceed -querier.bucket-index-max-stale-period + -querier.bucket-index-refresh (${fmt(needed)}): blocks uploaded after a querier's bucket index would be read by nobody until it is refreshed`;
  }
  const within = reads.queryIngestersWithinMs ?? 0;
  if (within > 0 && localRetentionMs < within) {
    return `-ingester.local-retention (${fmt(localRetentionMs)}) must be at least -querier.query-ingesters-within (${fmt(within)}): the queriers read blocks that recent from the ingesters`;
  }
  return undefined;
}

const positive = (v: number): string | undefined => (v > 0 ? undefined : 'must be > 0');
const nonNegative = (v: number): string | undefined => (v >= 0 ? undefined : 'must be >= 0');

export function registerIngesterFlags(fs: FlagSet): () => IngesterConfig {
  const dataDir = fs.define('ingester.data-dir', 'string', './data/ingester', 'Folder for the WAL and the blocks waiting for upload (a persistent volume in Kubernetes).');
  const maxDuration = fs.define('ingester.max-block-duration', 'duration', 3_600_000, 'Blocks cover windows of this duration, aligned to the Unix epoch by profile time: the head is cut when the window its first profile arrived in ends, one block per window its profiles fall in. Choose a divisor of the compactor\'s smallest block range (-compactor.block-ranges, 1h) so that no block crosses a compaction window.', { validate: positive });
  const maxBytes = fs.define('ingester.max-block-bytes', 'bytes', 512 * 1024 * 1024, 'Cut the head into a block once it holds about this many bytes in memory.', { validate: positive });
  // 1h: with a compactor, queriers find uploaded blocks through a bucket index that can be up to
  // -compactor.compaction-interval + -querier.bucket-index-refresh old (and is trusted for at most
  // -querier.bucket-index-max-stale-period, 30m): until then the ingester that uploaded a block serves it.
  const retention = fs.define('ingester.local-retention', 'duration', 3_600_000, 'Keep uploaded blocks on local disk this long: recent data stays fast to query, and queriers reading a bucket index (-querier.bucket-index-max-stale-period) still find blocks uploaded after it was written.', { validate: nonNegative });
  const segment = fs.define('ingester.wal.segment-size', 'bytes', 64 * 1024 * 1024, 'Start a new WAL segment file after this many bytes.', { validate: positive });
  const walRetryMin = fs.define('ingester.wal.retry-min-backoff', 'duration', 1000, 'While the WAL cannot be written (full disk, I/O error), first wait before probing it again (doubles per attempt).', { validate: positive });
  const walRetryMax = fs.define('ingester.wal.retry-max-backoff', 'duration', 30_000, 'Longest wait between probes of a WAL that cannot be written.', { validate: positive });
  const minBackoff = fs.define('ingester.upload.min-backoff', 'duration', 1000, 'First retry delay after a failed block upload (doubles per attempt, with jitter).', { validate: positive });
  const maxBackoff = fs.define('ingester.upload.max-backoff', 'duration', 60_000, 'Longest delay between block upload retries.', { validate: positive });
  const tick = fs.define('ingester.cut-check-interval', 'duration', 1000, 'How often the head age and local retention are checked.', { validate: positive });
  const shutdownTimeout = fs.define('ingester.shutdown-flush-timeout', 'duration', 300_000, 'On SIGTERM, how long to wait for every block to be uploaded before exiting non-zero (data stays on disk).', { validate: positive });
  return () => ({
    storage: {
      dataDir: dataDir(), maxBlockDurationMs: maxDuration(), maxBlockBytes: maxBytes(), localRetentionMs: retention(), walSegmentBytes: segment(),
      uploadMinBackoffMs: minBackoff(), uploadMaxBackoffMs: Math.max(maxBackoff(), minBackoff()),
      walRetryMinBackoffMs: walRetryMin(), walRetryMaxBackoffMs: Math.max(walRetryMax(), walRetryMin()),
    },
    tickIntervalMs: tick(),
    shutdownFlushTimeoutMs: shutdownTimeout(),
  });
}
