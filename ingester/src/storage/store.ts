// The ingester's storage engine: WAL + head + local blocks + shipper, and the rules that tie them:
//
// - append: the record is fsync'd in the WAL (group commit) before its profiles enter the head; the
//   caller acknowledges after append resolves.
// - cut (at the edge of a -ingester.max-block-duration window, by age, size, flush or shutdown; one block
//   per tenant and window of profile time: head/window-split.ts): under the exclusive lock, rotate the WAL to segment S and swap
//   the head for an empty one. The old head stays readable until each tenant's part is a block on local
//   disk; then the WAL checkpoint moves to S (replay starts there) and the blocks are queued for upload.
// - after each confirmed upload: WAL segments below min(checkpoint, oldest pending block's first segment)
//   are deleted. Nothing is deleted that a crash would still need.
// - open (recovery): delete half-written block folders and blocks of a cut that did not reach its
//   checkpoint, replay the WAL from the checkpoint into the head, queue blocks not yet uploaded.
import { join } from 'node:path';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { NormalizedProfile } from '../model/profile.ts';
import type { Clock } from '../util/clock.ts';
import type { Logger } from '../util/log.ts';
import { LocalBlocks, type LocalBlock } from './block/local-blocks.ts';
import type { BlockMeta } from './block/meta.ts';
import { writeBlock } from './block/writer.ts';
import { Head } from './head/head.ts';
import { prepareAppend } from './head/staged-append.ts';
import { splitByWindow } from './head/window-split.ts';
import type { Bucket } from './objstore/bucket.ts';
import type { IndexData, SampleData } from './read/profile-data.ts';
import { RwLock } from './rwlock.ts';
import { Shipper, type ShipperStatus } from './shipper.ts';
import { WriteAheadLog, type ReplayStats } from './wal/wal.ts';
import { rm } from 'node:fs/promises';
import type { AbortSignalLike } from '../util/light-abort.ts';

export interface StorageConfig {
  dataDir: string;
  maxBlockDurationMs: number;
  maxBlockBytes: number;
  localRetentionMs: number;
  walSegmentBytes: number;
  uploadMinBackoffMs: number;
  uploadMaxBackoffMs: number;
  /** Probing a WAL that cannot be written: first wait, doubling up to the max (defaults 1 s, 30 s). */
  walRetryMinBackoffMs?: number;
  walRetryMaxBackoffMs?: number;
}

export interface DecodedRecord {
  tenant: string;
  profiles: NormalizedProfile[];
}

export interface StorageDeps {
  bucket: Bucket;
  logger: Logger;
  registry: Registry;
  clock: Clock;
  /** Turns a WAL record back into profiles at replay (the ingester re-runs normalizePush). */
  decodeRecord: (payload: Buffer) => DecodedRecord;
}

/** One place a read looks at: the head (or a head being cut) or a block. */
export interface ReadSource {
  name: string;
  minTimeMs: number;
  maxTimeMs: number;
  index(): Promise<IndexData>;
  samples(): Promise<SampleData>;
}

export interface RecoveryReport {
  replay: ReplayStats;
  replayedProfiles: number;
  undecodableRecords: number;
  removedBlocks: string[];
  pendingBlocks: number;
}

interface CuttingHead {
  head: Head;
  walFrom: number;
  walTo: number;
  /** Per tenant, the blocks (one per window) written already (a failed cut resumes with the rest). */
  written: Map<string, BlockMeta[]>;
}

export class IngesterStorage {
  private wal!: WriteAheadLog;
  private head: Head;
  private headWalFrom = 0;
  private headFirstAppendMs: number | undefined;
  private readonly cutting: CuttingHead[] = [];
  private readonly lock = new RwLock();
  private cutChain: Promise<unknown> = Promise.resolve();
  private checkpoint = 0;
  readonly blocks: LocalBlocks;
  readonly shipper: Shipper;
  private readonly metrics;
  private readonly walListeners = new Set<(writable: boolean, error: Error | undefined) => void>();

  constructor(private readonly config: StorageConfig, private readonly deps: StorageDeps) {
    this.head = new Head(deps.clock.now());
    this.blocks = new LocalBlocks(join(config.dataDir, 'blocks'), deps.logger);
    this.shipper = new Shipper({
      bucket: deps.bucket, blocks: this.blocks, logger: deps.logger, registry: deps.registry, clock: deps.clock,
      minBackoffMs: config.uploadMinBackoffMs, maxBackoffMs: config.uploadMaxBackoffMs,
      onUploaded: () => this.dropCoveredSegments(),
    });
    const r = deps.registry;
    const self = this;
    this.metrics = {
      headBytes: new Gauge({ name: 'ingester_head_size_bytes', help: 'Estimated memory held by the head (every tenant).', registers: [r], collect() { this.set(self.head.sizeBytes); } }),
      headSeries: new Gauge({ name: 'ingester_head_series', help: 'Series in the head.', registers: [r], collect() { this.set(self.head.seriesCount); } }),
      headProfiles: new Gauge({ name: 'ingester_head_profiles', help: 'Profiles in the head.', registers: [r], collect() { this.set(self.head.profileCount); } }),
      cuts: new Counter({ name: 'ingester_head_cuts_total', help: 'Head cuts by reason.', labelNames: ['reason'] as const, registers: [r] }),
      cutFailures: new Counter({ name: 'ingester_head_cut_failures_total', help: 'Cuts that failed to write their blocks (retried at the next cut).', registers: [r] }),
      blocksWritten: new Counter({ name: 'ingester_blocks_written_total', help: 'Blocks written to local disk.', registers: [r] }),
      localBlocks: new Gauge({ name: 'ingester_local_blocks', help: 'Blocks on local disk (pending or retained).', registers: [r], collect() { this.set(self.blocks.all().length); } }),
    };
  }

  async open(): Promise<RecoveryReport> {
    const { logger } = this.deps;
    const { removed } = await this.blocks.load();
    this.wal = await WriteAheadLog.open({
      dir: join(this.config.dataDir, 'wal'), maxSegmentBytes: this.config.walSegmentBytes, logger, registry: this.deps.registry,
      retryMinBackoffMs: this.config.walRetryMinBackoffMs, retryMaxBackoffMs: this.config.walRetryMaxBackoffMs,
    });
    this.wal.onWritableChange((writable, error) => {
      for (const l of this.walListeners) l(writable, error);
    });
    this.checkpoint = await this.wal.readCheckpoint();
    // Blocks of a cut that crashed before its checkpoint: the WAL still has their records.
    for (const b of this.blocks.all()) {
      if (b.meta.wal && b.meta.wal.toSegment > this.checkpoint && b.uploadedAt === undefined) {
        logger.warn('deleting a block whose cut did not complete; its profiles are replayed from the WAL', { block: b.meta.ulid, tenant: b.meta.tenant });
        await rm(b.dir, { recursive: true, force: true });
        removed.push(b.meta.ulid);
      }
    }
    if (removed.length) await this.blocks.load();
    let replayedProfiles = 0;
    let undecodable = 0;
    const replay = await this.wal.replay(this.checkpoint, (payload, segment) => {
      let record: DecodedRecord;
      try {
        record = this.deps.decodeRecord(payload);
      } catch (err) {
        undecodable++;
        logger.error('WAL record could not be turned back into profiles; skipped', { segment, err });
        return;
      }
      replayedProfiles += this.head.append(record.tenant, record.profiles);
    });
    await this.wal.startWriting();
    this.headWalFrom = this.checkpoint;
    if (!this.head.isEmpty) this.headFirstAppendMs = this.deps.clock.now();
    const pending = this.blocks.pending();
    for (const b of pending) this.shipper.enqueue(b);
    await this.dropCoveredSegments();
    const report = { replay, replayedProfiles, undecodableRecords: undecodable, removedBlocks: removed, pendingBlocks: pending.length };
    logger.info('storage recovered', { ...report.replay, replayedProfiles, undecodable, removedBlocks: removed.length, pendingBlocks: pending.length, checkpoint: this.checkpoint });
    return report;
  }

  /** Durably logs the record, then adds its profiles to the head. Resolves once both are done. */
  async append(tenant: string, payload: Uint8Array | readonly Uint8Array[], profiles: readonly NormalizedProfile[]): Promise<number> {
    const added = await this.lock.shared(async () => {
      // A large profile's symbols and stacks are interned in slices while the record is fsync'd, so that
      // another tenant's query is not held behind it (head/staged-append.ts); the append below publishes it.
      // Awaited even when the WAL append fails: no slice may run once the lock is released (a cut may follow).
      const logged = this.wal.append(payload);
      const prepared = prepareAppend(this.head, tenant, profiles);
      try {
        await logged;
      } finally {
        await prepared;
      }
      if (this.headFirstAppendMs === undefined) this.headFirstAppendMs = this.deps.clock.now();
      return this.head.append(tenant, profiles);
    });
    if (this.head.sizeBytes >= this.config.maxBlockBytes) this.cutInBackground('size');
    return added;
  }

  /** Cuts when the head's window has ended; called periodically. */
  tick(): void {
    const now = this.deps.clock.now();
    const first = this.headFirstAppendMs;
    const window = this.config.maxBlockDurationMs;
    // At the end of the -ingester.max-block-duration window (aligned to the epoch) the head's first profile
    // arrived in, as Pyroscope's ingester flushes a head once its fixed range has passed: the blocks then
    // match the compactor's windows (head/window-split.ts splits whatever else the head holds).
    // (A head is thus never older than the duration: no separate age trigger is needed.)
    if (!this.head.isEmpty && first !== undefined && Math.floor(now / window) > Math.floor(first / window)) this.cutInBackground('window-edge');
    else if (this.cutting.length > 0) this.cutInBackground('retry');
  }

  async sweep(): Promise<void> {
    await this.blocks.sweep(this.deps.clock.now(), this.config.localRetentionMs);
  }

  private cutInBackground(reason: string): void {
    this.cut(reason).catch((err: Error) => this.deps.logger.error('head cut failed; the head stays readable and in the WAL, retrying at the next tick', { reason, err: err.message, cause: (err.cause as Error | undefined)?.message }));
  }

  /** Cuts the head into blocks on local disk and queues them for upload; resolves with their metas. */
  cut(reason: string): Promise<BlockMeta[]> {
    const run = this.cutChain.then(() => this.cutNow(reason));
    this.cutChain = run.catch(() => undefined);
    return run;
  }

  private async cutNow(reason: string): Promise<BlockMeta[]> {
    if (!this.head.isEmpty) {
      await this.lock.exclusive(async () => {
        const walTo = await this.wal.rotate();
        this.cutting.push({ head: this.head, walFrom: this.headWalFrom, walTo, written: new Map() });
        this.head = new Head(this.deps.clock.now());
        this.headWalFrom = walTo;
        this.headFirstAppendMs = undefined;
      });
      this.metrics.cuts.inc({ reason });
    }
    const metas: BlockMeta[] = [];
    while (this.cutting.length > 0) {
      const entry = this.cutting[0]!;
      try {
        const window = this.config.maxBlockDurationMs;
        for (const [tenant, tenantHead] of entry.head.tenants) {
          if (tenantHead.profileCount === 0) continue;
          // One block per window of profile time, so that no block crosses a compactor window's edge; a
          // cut that failed part-way resumes with the windows not written yet.
          let written = entry.written.get(tenant);
          if (!written) entry.written.set(tenant, (written = []));
          const done = new Set(written.map((m) => Math.floor(m.minTime / window) * window));
          for (const part of await splitByWindow(tenantHead, tenantHead, window)) {
            if (done.has(part.windowStart)) continue;
            written.push(await writeBlock(part.index, part.samples, {
              blocksDir: this.blocks.dir, tenant, nowMs: this.deps.clock.now(), wal: { fromSegment: entry.walFrom, toSegment: entry.walTo },
            }));
            this.metrics.blocksWritten.inc();
          }
        }
        await this.wal.writeCheckpoint(entry.walTo);
      } catch (err) {
        this.metrics.cutFailures.inc();
        throw new Error(`cutting the head (${reason})`, { cause: err });
      }
      this.checkpoint = entry.walTo;
      // Swap from the head being cut to its blocks in one synchronous step, so reads see one or the other.
      const written = [...entry.written.values()].flat();
      const added: LocalBlock[] = written.map((m) => this.blocks.add(m));
      this.cutting.shift();
      for (const b of added) this.shipper.enqueue(b);
      metas.push(...written);
      this.deps.logger.info('cut head into blocks', { reason, blocks: written.map((m) => ({ ulid: m.ulid, tenant: m.tenant, profiles: m.stats.profiles, minTime: m.minTime, maxTime: m.maxTime })) });
    }
    return metas;
  }

  /** Cuts, then waits until every block (including older pending ones) is uploaded. Returns the ULIDs cut now. */
  async flush(signal?: AbortSignalLike): Promise<string[]> {
    const metas = await this.cut('flush');
    await this.shipper.waitIdle(signal);
    return metas.map((m) => m.ulid);
  }

  private async dropCoveredSegments(): Promise<void> {
    let bound = this.checkpoint;
    for (const b of this.blocks.pending()) if (b.meta.wal) bound = Math.min(bound, b.meta.wal.fromSegment);
    if (bound > 0) await this.wal.deleteSegmentsBefore(bound);
  }

  /** The sources a read of this tenant covers: the head, heads being cut, and local blocks. */
  sources(tenant: string): ReadSource[] {
    const out: ReadSource[] = [];
    const heads = [this.head, ...this.cutting.map((c) => c.head)];
    heads.forEach((h, i) => {
      const t = h.tenant(tenant);
      if (t && t.profileCount > 0) out.push({ name: i === 0 ? 'head' : `head-being-cut-${i}`, minTimeMs: t.minTimeMs, maxTimeMs: t.maxTimeMs, index: async () => t, samples: async () => t });
    });
    for (const b of this.blocks.forTenant(tenant)) {
      out.push({ name: `block-${b.meta.ulid}`, minTimeMs: b.meta.minTime, maxTimeMs: b.meta.maxTime, index: () => b.reader.index(), samples: () => b.reader.samples() });
    }
    return out;
  }

  get headBytes(): number {
    return this.head.sizeBytes + this.cutting.reduce((a, c) => a + c.head.sizeBytes, 0);
  }

  /** True when the head holds nothing and no block waits for upload. */
  get flushed(): boolean {
    return this.head.isEmpty && this.cutting.length === 0 && this.shipper.status().pending === 0 && this.blocks.pending().length === 0;
  }

  /** Set while the WAL cannot be written (disk full, I/O error): pushes are refused until it recovers. */
  get walError(): Error | undefined {
    return this.wal?.failed;
  }

  /** Calls `listener` when the WAL becomes unwritable and when it can write again (the ingester's ring state follows). */
  onWalWritableChange(listener: (writable: boolean, error: Error | undefined) => void): () => void {
    this.walListeners.add(listener);
    return () => this.walListeners.delete(listener);
  }

  shipperStatus(): ShipperStatus {
    return this.shipper.status();
  }

  async close(): Promise<void> {
    await this.cutChain;
    await this.shipper.stop();
    await this.wal?.close();
  }
}
