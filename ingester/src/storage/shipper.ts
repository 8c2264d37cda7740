// Uploads local blocks to the bucket as `<tenant>/blocks/<ULID>/<file>`, data files first and meta.json
// last, so a reader of the bucket never sees a half block. One block at a time, oldest first; a failed
// upload is retried (exponential backoff with full jitter) until it succeeds or the shipper stops. Blocks
// are immutable and named by the ULID they got when written to local disk, so uploading one again after a
// crash replaces the same objects: the block is in the bucket once.
//
// Failures are loud: a counter, an error log per failed attempt, and status() (read by /ingester/status)
// says whether uploads are failing and why.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Clock } from '../util/clock.ts';
import type { Logger } from '../util/log.ts';
import type { LocalBlock, LocalBlocks } from './block/local-blocks.ts';
import { META_FILE } from './block/meta.ts';
import { blockPrefix } from './block/source.ts';
import type { Bucket } from './objstore/bucket.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

export interface ShipperOptions {
  bucket: Bucket;
  blocks: LocalBlocks;
  logger: Logger;
  registry: Registry;
  clock: Clock;
  minBackoffMs: number;
  maxBackoffMs: number;
  /** Called after a block's meta.json is in the bucket and the local marker is written. */
  onUploaded: (block: LocalBlock) => Promise<void>;
}

export interface ShipperStatus {
  pending: number;
  uploadFailing: boolean;
  lastUploadError: string | null;
  lastUploadAt: number | null;
}

export class Shipper {
  private readonly queue: LocalBlock[] = [];
  private running = false;
  private stopped = false;
  private wake: (() => void) | undefined;
  private idleWaiters: (() => void)[] = [];
  private failing = false;
  private lastError: string | null = null;
  private lastUploadAt: number | null = null;
  private readonly metrics;

  constructor(private readonly options: ShipperOptions) {
    const r = options.registry;
    this.metrics = {
      uploads: new Counter({ name: 'ingester_block_uploads_total', help: 'Block upload attempts by result.', labelNames: ['result'] as const, registers: [r] }),
      uploadedBytes: new Counter({ name: 'ingester_block_uploaded_bytes_total', help: 'Bytes of block files uploaded.', registers: [r] }),
      objects: new Counter({ name: 'ingester_bucket_objects_written_total', help: 'Objects written to the bucket.', registers: [r] }),
      duration: new Histogram({ name: 'ingester_block_upload_duration_seconds', help: 'Time to upload one block.', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [r] }),
      pending: new Gauge({ name: 'ingester_blocks_pending_upload', help: 'Blocks on local disk waiting for upload.', registers: [r] }),
      failing: new Gauge({ name: 'ingester_block_upload_failing', help: '1 while the last upload attempt failed.', registers: [r] }),
      lastSuccess: new Gauge({ name: 'ingester_block_last_upload_success_timestamp_seconds', help: 'When a block upload last succeeded.', registers: [r] }),
    };
    this.metrics.uploads.inc({ result: 'success' }, 0);
    this.metrics.uploads.inc({ result: 'failure' }, 0);
  }

  enqueue(block: LocalBlock): void {
    if (this.queue.some((b) => b.meta.ulid === block.meta.ulid)) return;
    this.queue.push(block);
    this.queue.sort((a, b) => (a.meta.ulid < b.meta.ulid ? -1 : 1));
    this.metrics.pending.set(this.queue.length);
    this.kick();
  }

  status(): ShipperStatus {
    return { pending: this.queue.length, uploadFailing: this.failing, lastUploadError: this.lastError, lastUploadAt: this.lastUploadAt };
  }

  /** Resolves when nothing is queued (every block handed in so far is uploaded). */
  waitIdle(signal?: AbortSignalLike): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => resolve();
      this.idleWaiters.push(done);
      signal?.addEventListener('abort', () => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted while waiting for uploads'));
      }, { once: true });
    });
  }

  /** Stops retrying; what is still queued stays on disk and is queued again at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    while (this.running) await new Promise((r) => setTimeout(r, 5));
  }

  private kick(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.loop().finally(() => {
      this.running = false;
    });
  }

  private async loop(): Promise<void> {
    let attempt = 0;
    while (!this.stopped && this.queue.length > 0) {
      const block = this.queue[0]!;
      const started = performance.now();
      try {
        await this.upload(block);
        this.queue.shift();
        attempt = 0;
        this.failing = false;
        this.lastUploadAt = this.options.clock.now();
        this.metrics.uploads.inc({ result: 'success' });
        this.metrics.duration.observe((performance.now() - started) / 1000);
        this.metrics.failing.set(0);
        this.metrics.pending.set(this.queue.length);
        this.metrics.lastSuccess.set(this.lastUploadAt / 1000);
        this.options.logger.info('uploaded block', { block: block.meta.ulid, tenant: block.meta.tenant, profiles: block.meta.stats.profiles, bucket: this.options.bucket.description });
        if (this.queue.length === 0) this.notifyIdle();
      } catch (err) {
        attempt++;
        this.failing = true;
        this.lastError = `block ${block.meta.ulid}: ${describe(err)}`;
        this.metrics.uploads.inc({ result: 'failure' });
        this.metrics.failing.set(1);
        const delay = backoff(attempt, this.options.minBackoffMs, this.options.maxBackoffMs);
        this.options.logger.error('block upload failed; will retry', { block: block.meta.ulid, tenant: block.meta.tenant, attempt, retryInMs: Math.round(delay), err: describe(err) });
        await this.sleep(delay);
      }
    }
  }

  private async upload(block: LocalBlock): Promise<void> {
    const prefix = blockPrefix(block.meta.tenant, block.meta.ulid);
    for (const f of block.meta.files) {
      const data = await readFile(join(block.dir, f.name));
      await this.options.bucket.upload(prefix + f.name, data);
      this.metrics.objects.inc();
      this.metrics.uploadedBytes.inc(data.length);
    }
    const meta = await readFile(join(block.dir, META_FILE));
    await this.options.bucket.upload(prefix + META_FILE, meta);
    this.metrics.objects.inc();
    this.metrics.uploadedBytes.inc(meta.length);
    await this.options.blocks.markUploaded(block.meta.ulid, this.options.clock.now());
    await this.options.onUploaded(block);
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      this.wake = done;
    });
  }
}

/** Exponential backoff with full jitter: uniform in [min/2, min(max, min·2^(attempt-1))]. */
export function backoff(attempt: number, minMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt - 1));
  return minMs / 2 + random() * Math.max(0, ceiling - minMs / 2);
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return err.message + cause;
  }
  return String(err);
}
