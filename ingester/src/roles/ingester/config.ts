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

/** The queriers' settings that the ingesters' block settings must fit (flags declared in modules.ts and query/config.ts). */
export interface QuerierReadSettings {
  /** -querier.bucket-index-max-stale-period: an index this old is still read alone. */
  indexMaxStaleMs: number;
  /** -querier.bucket-index-refresh: how long a querier keeps an index before fetching it again. */
  indexRefreshMs: number;
  /** -querier.query-ingesters-within (0: the ingesters are asked for every range). */
  queryIngestersWithinMs: number;
  /** -validation.reject-older-than: how old a profile may be when received (0: any age). */
  rejectOlderThanMs: number;
}

/**
 * Whether the ingesters' blocks reach the queriers in time. Two rules (docs/sre/compactor.md):
 * - a block uploaded after the bucket index a querier reads is found by nobody but its ingester, for up to
 *   max-stale + refresh, so the local copy must outlive that (-ingester.local-retention);
 * - a range ending more than -querier.query-ingesters-within ago is read from the bucket alone (Mimir's
 *   ShouldQueryIngesters), so by then every block holding it must be uploaded and indexed: a profile arrives
 *   up to -validation.reject-older-than after its time, its block is cut at the end of its
 *   -ingester.max-block-duration window and indexed up to max-stale + refresh later (query/config.ts says the
 *   same from the querier's side).
 * Keeping blocks at least query-ingesters-within (the default does, as Mimir's ingesters do) makes recent ranges
 * fast, but is not needed for correct answers: a range ending within it is read from the ingesters and the
 * bucket both (query/querier-engine.ts), so a block an ingester dropped after its local retention is read from
 * the bucket, where the first rule put it in the index.
 * Mimir states the same kind of relation (-blocks-storage.tsdb.close-idle-tsdb-timeout "should be equal or
 * higher than -querier.query-ingesters-within", pkg/storage/tsdb/config.go). Returns the problem, or undefined.
 */
export function localRetentionProblem(storage: Pick<StorageConfig, 'localRetentionMs' | 'maxBlockDurationMs'>, reads: QuerierReadSettings): string | undefined {
  const fmt = (ms: number) => `${Math.round(ms / 1000)}s`;
  const indexLag = reads.indexMaxStaleMs + reads.indexRefreshMs;
  if (storage.localRetentionMs <= indexLag) {
    return `-ingester.local-retention (${fmt(storage.localRetentionMs)}) must exceed -querier.bucket-index-max-stale-period + -querier.bucket-index-refresh (${fmt(indexLag)}): blocks uploaded after a querier's bucket index would be read by nobody until it is refreshed`;
  }
  const within = reads.queryIngestersWithinMs;
  const untilIndexed = reads.rejectOlderThanMs + storage.maxBlockDurationMs + indexLag;
  if (within > 0 && (reads.rejectOlderThanMs === 0 || within <= untilIndexed)) {
    return `-querier.query-ingesters-within (${fmt(within)}) must exceed -validation.reject-older-than + -ingester.max-block-duration + -querier.bucket-index-max-stale-period + -querier.bucket-index-refresh (${reads.rejectOlderThanMs === 0 ? 'unbounded: profiles of any age are accepted' : fmt(untilIndexed)}): older ranges are read from the bucket alone, before their blocks are uploaded and indexed`;
  }
  return undefined;
}

const positive = (v: number): string | undefined => (v > 0 ? undefined : 'must be > 0');
const nonNegative = (v: number): string | undefined => (v >= 0 ? undefined : 'must be >= 0');

export function registerIngesterFlags(fs: FlagSet): () => IngesterConfig {
  const dataDir = fs.define('ingester.data-dir', 'string', './data/ingester', 'Folder for the WAL and the blocks waiting for upload (a persistent volume in Kubernetes).');
  const maxDuration = fs.define('ingester.max-block-duration', 'duration', 3_600_000, 'Blocks cover windows of this duration, aligned to the Unix epoch by profile time: the head is cut when the window its first profile arrived in ends, one block per window its profiles fall in. Choose a divisor of the compactor\'s smallest block range (-compactor.block-ranges, 1h) so that no block crosses a compaction window.', { validate: positive });
  const maxBytes = fs.define('ingester.max-block-bytes', 'bytes', 512 * 1024 * 1024, 'Cut the head into a block once it holds about this many bytes in memory.', { validate: positive });
  // 3h, the querier's -querier.query-ingesters-within: a range that recent asks the ingesters, and they answer it
  // from local disk rather than leaving the older part of it to the bucket (Mimir keeps its ingesters'
  // -blocks-storage.tsdb.retention-period, 13h, at least -querier.query-ingesters-within, 13h). Correctness
  // needs less: longer than the bucket index's lag (localRetentionProblem below).
  const retention = fs.define('ingester.local-retention', 'duration', 3 * 3_600_000, 'Keep uploaded blocks on local disk this long (at least -querier.query-ingesters-within, 3h): ranges the queriers ask the ingesters for are answered from local disk, and queriers reading a bucket index (-querier.bucket-index-max-stale-period) still find blocks uploaded after it was written.', { validate: nonNegative });
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
