// Flags of -target=compactor. Names follow Mimir's compactor where it has the setting
// (pkg/compactor/compactor.go Config.RegisterFlags: -compactor.block-ranges, -compactor.compaction-interval,
// -compactor.deletion-delay, -compactor.first-level-compaction-wait-period; -compactor.blocks-retention-period and -compactor.partial-block-deletion-delay are
// Mimir's per-tenant limits of those names, pkg/util/validation/limits.go).
import { FlagError, parseDuration, type FlagSet } from '../../util/flags.ts';

export interface CompactorConfig {
  /** Block ranges (ms), smallest first: the smallest merges replicas (vertical), larger ones merge adjacent windows. */
  blockRanges: number[];
  intervalMs: number;
  deletionDelayMs: number;
  /** Partial blocks (no meta.json) older than this (by ULID) and unchanged for a pass are deleted; 0 = never. */
  partialBlockDeletionDelayMs: number;
  /** 0 = keep blocks forever. */
  retentionMs: number;
  /** Per-tenant retention overriding retentionMs. */
  retentionOverrides: Map<string, number>;
  /** How long a tenant lock holds without renewal. */
  lockLeaseMs: number;
  /** Wait between writing a lock and reading it back, to see a competing write. */
  lockSettleMs: number;
  /** A merge of ingesters' blocks waits until every block in it was written at least this long ago; absent or 0 = no wait. */
  firstLevelCompactionWaitMs?: number;
}

const nonNegative = (v: number): string | undefined => (v >= 0 ? undefined : 'must not be negative');
const positive = (v: number): string | undefined => (v > 0 ? undefined : 'must be positive');

export function parseBlockRanges(items: readonly string[]): number[] {
  const ranges = items.map((s) => parseDuration(s));
  if (ranges.length === 0 || ranges.some((r) => !(r > 0))) throw new FlagError('-compactor.block-ranges: give positive durations, e.g. 1h,12h,24h');
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]! % ranges[i - 1]! !== 0) throw new FlagError(`-compactor.block-ranges: each range must be a multiple of the previous one (${items[i]} is not a multiple of ${items[i - 1]})`);
  }
  return ranges;
}

/** "tenant=duration,…" → map; throws naming the bad entry. */
export function parseRetentionOverrides(items: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new FlagError(`-compactor.blocks-retention-period-overrides: "${item}" is not tenant=duration`);
    out.set(item.slice(0, eq).trim(), parseDuration(item.slice(eq + 1)));
  }
  return out;
}

export function registerCompactorFlags(fs: FlagSet): () => CompactorConfig {
  const ranges = fs.define('compactor.block-ranges', 'list', ['1h', '12h', '24h'], 'Block ranges, smallest first, each a multiple of the previous: blocks of the same window of the smallest are merged into one (replicas de-duplicated), then windows of each larger range.');
  const interval = fs.define('compactor.compaction-interval', 'duration', 600_000, 'How often the compactor passes over every tenant.', { validate: positive });
  const delay = fs.define('compactor.deletion-delay', 'duration', 12 * 3_600_000, 'Time between marking a block for deletion and deleting it; queriers stop reading a marked block once their bucket index shows the mark, so this must exceed -querier.bucket-index-refresh plus the longest query.', { validate: nonNegative });
  const partialDelay = fs.define('compactor.partial-block-deletion-delay', 'duration', 24 * 3_600_000, 'A block folder without meta.json (an abandoned upload: a compactor or ingester killed mid-upload) is deleted once its ULID is older than this and no file appeared in it for a compaction interval (0 = never). Keep it far longer than any upload, an ingester\'s retries during a bucket outage included.', { validate: nonNegative });
  const retention = fs.define('compactor.blocks-retention-period', 'duration', 0, 'Blocks whose newest profile is older than this are marked for deletion (0 = keep forever); per tenant: -compactor.blocks-retention-period-overrides.', { validate: nonNegative });
  const overrides = fs.define('compactor.blocks-retention-period-overrides', 'list', [], 'Per-tenant retention, as tenant=duration pairs separated by commas (0 = keep that tenant\'s blocks forever).');
  // Mimir's flag and default (pkg/compactor/compactor.go: 25m, "the reduction of cases where the compactor
  // begins to compact blocks before all ingesters have uploaded their blocks"); storage/compact/plan.ts.
  const wait = fs.define('compactor.first-level-compaction-wait-period', 'duration', 25 * 60_000, 'How long a merge of blocks the ingesters uploaded waits after the newest of them was written, so that the merge of a window takes every ingester\'s block rather than rewriting it for each straggler (0 = merge as soon as the window ends).', { validate: nonNegative });
  const lease = fs.define('compactor.tenant-lock-lease', 'duration', 300_000, 'A compactor working on a tenant holds its lock object (<tenant>/compactor-lock.json) for this long, renewed between merges; another compactor takes a tenant whose lock has expired.', { validate: positive });
  const settle = fs.define('compactor.tenant-lock-settle', 'duration', 2000, 'After writing a tenant lock, wait this long and read it back before working, so that of two compactors taking the lock at once only the last writer proceeds.', { validate: nonNegative });
  return () => ({
    blockRanges: parseBlockRanges(ranges()),
    intervalMs: interval(),
    deletionDelayMs: delay(),
    partialBlockDeletionDelayMs: partialDelay(),
    retentionMs: retention(),
    retentionOverrides: parseRetentionOverrides(overrides()),
    lockLeaseMs: lease(),
    lockSettleMs: settle(),
    firstLevelCompactionWaitMs: wait(),
  });
}
