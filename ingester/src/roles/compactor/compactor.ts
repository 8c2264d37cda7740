// The compactor (-target=compactor): every -compactor.compaction-interval, for each tenant in the bucket it
// holds the lock of (tenant-lock.ts):
//   1. deletes the blocks whose deletion mark is older than -compactor.deletion-delay (meta.json first, the
//      mark last, as Thanos's block.Delete: a block is never left looking complete with files missing), and
//      partial blocks (files without meta.json) abandoned for -compactor.partial-block-deletion-delay
//      (partial-blocks.ts);
//   2. marks blocks superseded by a compacted block (what a compactor killed after writing a block but
//      before marking its sources left behind), and blocks past the tenant's retention;
//   3. merges blocks as storage/compact/plan.ts says (a merge of ingesters' blocks waits until every block in
//      it is -compactor.first-level-compaction-wait-period old), one merge at a time: the new block is written whole
//      (meta.json last) before its sources are marked, so at any moment every profile is in a readable
//      block, and readers skip the sources once the new block is visible;
//   4. writes the tenant's bucket index (storage/bucket-index/), which queriers read instead of listing.
// Each step is idempotent: a compactor killed anywhere resumes from what the bucket holds.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { BlockReader } from '../../storage/block/reader.ts';
import { META_FILE } from '../../storage/block/meta.ts';
import { BucketBlockSource, blockPrefix } from '../../storage/block/source.ts';
import { BUCKET_INDEX_VERSION, indexedBlock, writeBucketIndex } from '../../storage/bucket-index/bucket-index.ts';
import { DELETION_MARK_FILE, markForDeletion } from '../../storage/bucket-index/deletion-mark.ts';
import { TenantBlockLister, type TenantBlocks } from '../../storage/bucket-index/tenant-blocks.ts';
import { compactionOf, rangeOf, supersededBlocks, type CompactedMeta } from '../../storage/compact/compaction-meta.ts';
import { mergeBlocks } from '../../storage/compact/merge.ts';
import { planMerge, waitingMerges, windowOf } from '../../storage/compact/plan.ts';
import { writeBucketBlock } from '../../storage/compact/write-bucket-block.ts';
import type { Bucket } from '../../storage/objstore/bucket.ts';
import type { Clock } from '../../util/clock.ts';
import type { Logger } from '../../util/log.ts';
import type { Service } from '../../util/service.ts';
import type { CompactorConfig } from './config.ts';
import { deletePartialBlock, PartialBlockTracker, partialBlocks } from './partial-blocks.ts';
import { TenantLocks } from './tenant-lock.ts';

export interface CompactorOptions {
  config: CompactorConfig;
  bucket: Bucket;
  /** This compactor's name in tenant locks and logs. */
  instanceId: string;
  clock: Clock;
  logger: Logger;
  registry: Registry;
}

export interface TenantPassResult {
  tenant: string;
  skipped?: string;
  merges: number;
  marked: number;
  deleted: number;
  /** Partial blocks (files without meta.json) deleted. */
  partialDeleted: number;
}

/** A gauge of a per-tenant count kept from each tenant's last pass, summed over the tenants when scraped. */
function sumOverTenants(perTenant: ReadonlyMap<string, number>, registers: Registry[], name: string, help: string): Gauge {
  return new Gauge({
    name, help, registers,
    collect(this: Gauge): void {
      this.set([...perTenant.values()].reduce((a, n) => a + n, 0));
    },
  });
}

export class Compactor implements Service {
  readonly name = 'compactor';
  private readonly lister: TenantBlockLister;
  private readonly locks: TenantLocks;
  private readonly metrics;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  /** Oldest minTime of an ingester block still unmerged in a window that has ended, per tenant. */
  private readonly lag = new Map<string, number>();
  /** Partial blocks found at the last pass, per tenant. */
  private readonly partials = new Map<string, number>();
  /** Merges left for the first-level compaction wait at the last pass, per tenant. */
  private readonly waiting = new Map<string, number>();
  private readonly partialTracker = new PartialBlockTracker();
  started = false;

  constructor(private readonly o: CompactorOptions) {
    this.lister = new TenantBlockLister(o.bucket);
    this.locks = new TenantLocks({ bucket: o.bucket, owner: o.instanceId, leaseMs: o.config.lockLeaseMs, settleMs: o.config.lockSettleMs, clock: o.clock });
    const registers = [o.registry];
    this.metrics = {
      runs: new Counter({ name: 'compactor_runs_total', help: 'Passes over every tenant, by result (failure: at least one tenant failed).', labelNames: ['result'] as const, registers }),
      tenantFailures: new Counter({ name: 'compactor_tenant_failures_total', help: 'Passes over a tenant that failed (bucket errors, unreadable blocks); retried at the next pass.', registers }),
      tenantsSkipped: new Counter({ name: 'compactor_tenants_skipped_total', help: 'Tenants skipped because another compactor holds their lock.', registers }),
      merges: new Counter({ name: 'compactor_merges_total', help: 'Blocks written by merging others.', registers }),
      blocksCompacted: new Counter({ name: 'compactor_blocks_compacted_total', help: 'Source blocks merged into a new block.', registers }),
      bytesRead: new Counter({ name: 'compactor_source_bytes_total', help: 'Bytes of source block files merged.', registers }),
      bytesWritten: new Counter({ name: 'compactor_written_bytes_total', help: 'Bytes of block files written by merges.', registers }),
      duplicates: new Counter({ name: 'compactor_duplicate_profiles_total', help: 'Profile replicas dropped by merges (the same series, timestamp and profile ID in several sources).', registers }),
      marked: new Counter({ name: 'compactor_blocks_marked_for_deletion_total', help: 'Deletion marks written, by reason (compacted, superseded, retention).', labelNames: ['reason'] as const, registers }),
      deleted: new Counter({ name: 'compactor_blocks_deleted_total', help: 'Blocks deleted after -compactor.deletion-delay.', registers }),
      partialDeleted: new Counter({ name: 'compactor_partial_blocks_deleted_total', help: 'Partial blocks (files without meta.json, an abandoned upload) deleted after -compactor.partial-block-deletion-delay.', registers }),
      partialBlocks: sumOverTenants(this.partials, registers, 'compactor_partial_blocks', 'Block folders without meta.json seen at the last pass over each tenant (uploads in progress or abandoned), every tenant together.'),
      waitingMerges: sumOverTenants(this.waiting, registers, 'compactor_merges_waiting_for_uploads', 'Merges of ingesters\' blocks that were due at the last pass over each tenant but wait until every block in them is -compactor.first-level-compaction-wait-period old, every tenant together.'),
      duration: new Histogram({ name: 'compactor_run_duration_seconds', help: 'Time of one pass over every tenant.', buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600], registers }),
      lastSuccess: new Gauge({ name: 'compactor_last_successful_run_timestamp_seconds', help: 'When a pass over every tenant last succeeded.', registers }),
      indexWrites: new Counter({ name: 'compactor_bucket_index_writes_total', help: 'Bucket indexes written (one per tenant per pass).', registers }),
      lagSeconds: new Gauge({
        name: 'compactor_oldest_uncompacted_block_age_seconds',
        help: 'Age of the oldest profile in a block an ingester wrote that is still unmerged though its window has ended (0 when none): the compaction lag.',
        registers,
        collect: () => {
          const oldest = Math.min(...this.lag.values());
          this.metrics.lagSeconds.set(Number.isFinite(oldest) ? Math.max(0, (this.o.clock.now() - oldest) / 1000) : 0);
        },
      }),
    };
    for (const result of ['success', 'failure']) this.metrics.runs.inc({ result }, 0);
    for (const reason of ['compacted', 'superseded', 'retention']) this.metrics.marked.inc({ reason }, 0);
  }

  /** Per tenant this compactor passed over, the oldest minTime (Unix ms) of an ingester block still unmerged though its window has ended (read by status.ts). */
  oldestUncompacted(): ReadonlyMap<string, number> {
    return this.lag;
  }

  async start(): Promise<void> {
    this.started = true;
    this.loop = this.runLoop();
  }

  /** Stops at the next safe point (between merges) and waits for it: what is written stays consistent either way. */
  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.loop;
  }

  private async runLoop(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      await this.runOnce().catch(() => undefined); // counted and logged inside
      if (this.stopping.signal.aborted) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, this.o.config.intervalMs);
      });
    }
  }

  /** One pass over every tenant; throws when a tenant failed (after trying the others). */
  async runOnce(): Promise<TenantPassResult[]> {
    const end = this.metrics.duration.startTimer();
    const log = this.o.logger;
    try {
      const tenants = await this.tenants();
      const results: TenantPassResult[] = [];
      const failed: string[] = [];
      for (const tenant of tenants) {
        if (this.stopping.signal.aborted) break;
        try {
          results.push(await this.compactTenant(tenant));
        } catch (err) {
          failed.push(tenant);
          this.metrics.tenantFailures.inc();
          log.error('compacting tenant failed; retried at the next pass', { tenant, err: describe(err) });
        }
      }
      if (failed.length > 0) throw new Error(`compacting tenants ${failed.join(', ')} failed`);
      this.metrics.runs.inc({ result: 'success' });
      this.metrics.lastSuccess.set(this.o.clock.now() / 1000);
      return results;
    } catch (err) {
      this.metrics.runs.inc({ result: 'failure' });
      log.error('compaction pass failed', { err: describe(err) });
      throw err;
    } finally {
      end();
    }
  }

  private async tenants(): Promise<string[]> {
    const listing = await this.o.bucket.list('', { delimiter: '/' });
    return listing.prefixes.map((p) => p.replace(/\/$/, '')).filter((t) => t !== '').sort();
  }

  async compactTenant(tenant: string): Promise<TenantPassResult> {
    const log = this.o.logger;
    const lock = await this.locks.acquire(tenant);
    if (!lock.held) {
      this.metrics.tenantsSkipped.inc();
      // The holder reports this tenant's lag now; a value kept from an earlier pass would only age here and
      // make the oldest lag across replicas (what the operator and alerts read) claim a lag nobody has.
      this.lag.delete(tenant);
      this.waiting.delete(tenant);
      log.debug('tenant held by another compactor', { tenant, owner: lock.owner });
      return { tenant, skipped: `held by ${lock.owner}`, merges: 0, marked: 0, deleted: 0, partialDeleted: 0 };
    }
    const result: TenantPassResult = { tenant, merges: 0, marked: 0, deleted: 0, partialDeleted: 0 };
    // A merge can outlast the lease (a large window, a slow bucket): renew it meanwhile, not only between merges.
    let renewing: Promise<unknown> = Promise.resolve();
    const keepAlive = setInterval(() => (renewing = this.locks.renew(tenant).catch(() => undefined)), Math.max(1000, this.o.config.lockLeaseMs / 3));
    try {
      const now = this.o.clock.now();
      const state = await this.lister.list(tenant);

      for (const [ulid, mark] of state.marks) {
        if (mark.deletion_time * 1000 + this.o.config.deletionDelayMs > now) continue;
        await this.deleteBlock(tenant, ulid, state.objects.get(ulid) ?? []);
        result.deleted++;
      }
      result.partialDeleted = await this.cleanPartialBlocks(tenant, state, now);

      let live = [...state.metas.values()].filter((m) => !state.marks.has(m.ulid));
      const mark = async (blocks: CompactedMeta[], reason: string) => {
        for (const b of blocks) {
          await markForDeletion(this.o.bucket, tenant, b.ulid, reason, this.o.clock.now());
          this.metrics.marked.inc({ reason });
          result.marked++;
        }
        const gone = new Set(blocks.map((b) => b.ulid));
        live = live.filter((m) => !gone.has(m.ulid));
      };
      const superseded = supersededBlocks(live);
      if (superseded.size > 0) await mark(live.filter((m) => superseded.has(m.ulid)), 'superseded');

      const retention = this.o.config.retentionOverrides.get(tenant) ?? this.o.config.retentionMs;
      if (retention > 0) {
        const expired = live.filter((m) => m.maxTime < now - retention);
        if (expired.length > 0) {
          log.info('marking blocks past retention', { tenant, blocks: expired.map((m) => m.ulid), retention: `${retention}ms` });
          await mark(expired, 'retention');
        }
      }

      const { blockRanges, firstLevelCompactionWaitMs: wait = 0 } = this.o.config;
      for (let plan = planMerge(live, blockRanges, now, wait); plan && !this.stopping.signal.aborted; plan = planMerge(live, blockRanges, now, wait)) {
        if (!(await this.locks.renew(tenant))) throw new Error(`lost the lock of tenant ${tenant} to another compactor (lease ${this.o.config.lockLeaseMs}ms expired)`);
        const started = Date.now();
        const readers = plan.blocks.map((m) => new BlockReader(m, new BucketBlockSource(this.o.bucket, blockPrefix(tenant, m.ulid))));
        const merged = await mergeBlocks(readers);
        const sourceBytes = plan.blocks.reduce((a, m) => a + m.files.reduce((s, f) => s + f.size, 0), 0);
        if (merged.index.profileCount > 0) {
          const { meta, bytes } = await writeBucketBlock(this.o.bucket, merged, { tenant, nowMs: this.o.clock.now(), compaction: compactionOf(plan.blocks, plan.range) });
          live.push(meta);
          this.metrics.bytesWritten.inc(bytes);
          log.info('merged blocks', {
            tenant, block: meta.ulid, range: `${plan.range}ms`, windowStart: new Date(plan.windowStart).toISOString(), sources: plan.blocks.map((m) => m.ulid),
            profiles: meta.stats.profiles, duplicates: merged.stats.duplicates, sourceBytes, bytes, ms: Date.now() - started,
          });
        }
        // Only now, with the new block complete in the bucket, may the sources go.
        await mark(plan.blocks, 'compacted');
        result.merges++;
        this.metrics.merges.inc();
        this.metrics.blocksCompacted.inc(plan.blocks.length);
        this.metrics.bytesRead.inc(sourceBytes);
        this.metrics.duplicates.inc(merged.stats.duplicates);
      }
      this.updateLag(tenant, live, now);
      const waiting = waitingMerges(live, blockRanges, now, wait);
      this.waiting.set(tenant, waiting.length);
      if (waiting.length > 0) {
        log.info('merges wait until their newest block is older than the first-level compaction wait', {
          tenant, wait: `${wait}ms`, windows: waiting.map((m) => `${new Date(m.windowStart).toISOString()}/${m.range}ms`),
        });
      }
      await this.writeIndex(tenant);
      return result;
    } finally {
      clearInterval(keepAlive);
      await renewing; // so that no renewal lands after the release
      await this.locks.release(tenant).catch((err: unknown) => log.warn('releasing tenant lock failed; it expires with its lease', { tenant, err: describe(err) }));
    }
  }

  /** Deletes the partial blocks abandoned long enough (partial-blocks.ts); returns how many. */
  private async cleanPartialBlocks(tenant: string, state: TenantBlocks, now: number): Promise<number> {
    const partials = partialBlocks(tenant, state);
    this.partials.set(tenant, partials.length);
    const delay = this.o.config.partialBlockDeletionDelayMs;
    if (delay <= 0) return 0;
    let deleted = 0;
    for (const p of this.partialTracker.due(tenant, partials, now, delay, this.o.config.intervalMs)) {
      await deletePartialBlock(this.o.bucket, p);
      this.partialTracker.forget(tenant, p.ulid);
      this.partials.set(tenant, (this.partials.get(tenant) ?? 1) - 1);
      this.metrics.partialDeleted.inc();
      deleted++;
      this.o.logger.info('deleted partial block (files without meta.json, an abandoned upload)', {
        tenant, block: p.ulid, files: p.objects.length, createdAt: new Date(p.createdMs).toISOString(), delay: `${delay}ms`,
      });
    }
    return deleted;
  }

  private updateLag(tenant: string, live: CompactedMeta[], now: number): void {
    // An ingester's block waits once the window that holds it (plan.ts: a block crossing an edge waits for a larger one) has ended.
    const waiting = live.filter((m) => {
      const w = rangeOf(m) === 0 ? windowOf(m, this.o.config.blockRanges) : undefined;
      return w !== undefined && w.start + w.range <= now;
    });
    if (waiting.length === 0) this.lag.delete(tenant);
    else this.lag.set(tenant, Math.min(...waiting.map((m) => m.minTime)));
  }

  /** Thanos's order (pkg/block/block.go Delete): meta.json first, so no reader sees the block as complete, the mark last. */
  private async deleteBlock(tenant: string, ulid: string, objects: string[]): Promise<void> {
    const prefix = blockPrefix(tenant, ulid);
    await this.o.bucket.delete(prefix + META_FILE);
    for (const name of objects) if (name !== prefix + META_FILE && name !== prefix + DELETION_MARK_FILE) await this.o.bucket.delete(name);
    await this.o.bucket.delete(prefix + DELETION_MARK_FILE);
    this.metrics.deleted.inc();
    this.o.logger.info('deleted block', { tenant, block: ulid });
  }

  /** Writes the tenant's bucket index from a listing (each pass ends with it; the bench indexes blocks with it too). */
  async writeIndex(tenant: string): Promise<void> {
    const state = await this.lister.list(tenant);
    const blocks = [...state.metas.values()].sort((a, b) => (a.ulid < b.ulid ? -1 : 1)).map(indexedBlock);
    const bytes = await writeBucketIndex(this.o.bucket, {
      version: BUCKET_INDEX_VERSION, tenant, updated_at: Math.floor(this.o.clock.now() / 1000), blocks, block_deletion_marks: [...state.marks.values()],
    });
    this.metrics.indexWrites.inc();
    this.o.logger.debug('wrote bucket index', { tenant, blocks: blocks.length, marks: state.marks.size, bytes });
  }
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause ? `${err.message}: ${describe(err.cause)}` : err.message;
}
