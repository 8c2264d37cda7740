// The write-ahead log: numbered segment files of framed records (record.ts) in one folder.
//
// Group commit: append() queues a record; one loop (the only writer of the open segment) takes every
// queued record, writes them with one writev and one fdatasync, then resolves all their promises. Records
// queued while an fsync is in flight form the next batch, so concurrent pushes share fsyncs.
//
// A process never appends to a segment it did not create: on start, writing begins in a fresh segment
// after the highest one found, so a torn tail left by a crash is never extended.
//
// The checkpoint file records the first segment whose records are NOT all in blocks on local disk; replay
// starts there, and segments below the lowest segment still needed (see deleteSegmentsBefore) are removed.
//
// A failed write or fsync (a full disk, EIO) makes the WAL unwritable, not dead: the batch and every append
// meanwhile are refused (nothing that might not be durable is acknowledged), listeners are told (the ingester
// turns read-only in the ring), and a retry with backoff probes the disk: a probe file written and fsync'd.
// When that works, the failed segment is truncated back to what was acknowledged (so a half-written batch
// is never replayed) and writing resumes in a fresh segment; the failed one is never appended to again.
import { mkdir, open, readdir, readFile, rename, rm, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Logger } from '../../util/log.ts';
import { frameRecordParts, scanRecords } from './record.ts';

export interface WalOptions {
  dir: string;
  /** A segment is closed and a new one started once it holds this many bytes. */
  maxSegmentBytes: number;
  logger: Logger;
  registry: Registry;
  /** First wait before probing an unwritable WAL again (default 1 s); doubles up to retryMaxBackoffMs (30 s). */
  retryMinBackoffMs?: number;
  retryMaxBackoffMs?: number;
}

/** Why an append was refused: the WAL cannot be written now (retryable: it keeps probing and recovers). */
export class WalUnwritableError extends Error {
  override name = 'WalUnwritableError';
}

export interface ReplayStats {
  segments: number;
  records: number;
  tornSegments: number;
  corruptSegments: number;
}

interface PendingAppend {
  /** The record's header and payload parts, written in order. */
  framed: Uint8Array[];
  bytes: number;
  resolve: (segment: number) => void;
  reject: (err: Error) => void;
}

interface PendingRotate {
  resolve: (segment: number) => void;
  reject: (err: Error) => void;
}

const SEGMENT_RE = /^(\d{8})\.wal$/;
const CHECKPOINT_FILE = 'checkpoint.json';
const PROBE_FILE = 'write-probe.tmp';
const MIN_PROBE_BYTES = 64 * 1024;

export const segmentFileName = (n: number): string => `${String(n).padStart(8, '0')}.wal`;

export class WriteAheadLog {
  private file: FileHandle | undefined;
  private current = 0;
  private currentBytes = 0;
  private queue: PendingAppend[] = [];
  private rotations: PendingRotate[] = [];
  private looping = false;
  /** Set while the WAL cannot be written; cleared by a successful recovery. */
  private failure: Error | undefined;
  /** Bytes of the batch that failed (the probe writes at least as much). */
  private failedBatchBytes = 0;
  /** The segment a batch failed in and its acknowledged length, to cut it back to when the WAL recovers. */
  private failedSegment: { segment: number; bytes: number } | undefined;
  private recoveryDue = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryBackoffMs = 0;
  private readonly writableListeners = new Set<(writable: boolean, error: Error | undefined) => void>();
  private closed = false;
  private readonly metrics;

  private constructor(private readonly options: WalOptions) {
    const r = options.registry;
    this.metrics = {
      fsyncs: new Counter({ name: 'ingester_wal_fsyncs_total', help: 'fsync calls on WAL segments (one per group commit).', registers: [r] }),
      fsyncDuration: new Histogram({ name: 'ingester_wal_fsync_duration_seconds', help: 'Time to write and fsync one group commit.', buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [r] }),
      bytes: new Counter({ name: 'ingester_wal_bytes_written_total', help: 'Bytes written to WAL segments, framing included.', registers: [r] }),
      records: new Counter({ name: 'ingester_wal_records_written_total', help: 'Records appended to the WAL.', registers: [r] }),
      segments: new Gauge({ name: 'ingester_wal_segments', help: 'WAL segment files on disk.', registers: [r] }),
      replayedRecords: new Counter({ name: 'ingester_wal_replayed_records_total', help: 'Records read back from the WAL at start.', registers: [r] }),
      torn: new Counter({ name: 'ingester_wal_torn_records_total', help: 'Torn records found at the end of a segment at replay (truncated).', registers: [r] }),
      corrupt: new Counter({ name: 'ingester_wal_corrupt_segments_total', help: 'Segments with corruption before their end, moved to corrupt/ at replay.', registers: [r] }),
      replayDuration: new Gauge({ name: 'ingester_wal_replay_duration_seconds', help: 'Duration of the last WAL replay.', registers: [r] }),
      writeFailures: new Counter({ name: 'ingester_wal_write_failures_total', help: 'Failed WAL writes or fsyncs (and failed probes while unwritable).', registers: [r] }),
    };
    const wal = this;
    new Gauge({ name: 'ingester_wal_writable', help: '1 while the WAL can be written, 0 while it cannot (pushes refused, read-only in the ring, retrying).', registers: [r], collect() { this.set(wal.failure ? 0 : 1); } });
  }

  static async open(options: WalOptions): Promise<WriteAheadLog> {
    await mkdir(options.dir, { recursive: true });
    const wal = new WriteAheadLog(options);
    wal.metrics.segments.set((await wal.listSegments()).length);
    return wal;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** The write or fsync error that makes the WAL unwritable now (appends are refused until it recovers). */
  get failed(): Error | undefined {
    return this.failure;
  }

  /** Calls `listener` when the WAL becomes unwritable (with the error) and when it can write again. */
  onWritableChange(listener: (writable: boolean, error: Error | undefined) => void): () => void {
    this.writableListeners.add(listener);
    return () => this.writableListeners.delete(listener);
  }

  /** The segment now being written (0 before startWriting). */
  get currentSegment(): number {
    return this.current;
  }

  async listSegments(): Promise<number[]> {
    const names = await readdir(this.options.dir);
    return names.flatMap((n) => {
      const m = SEGMENT_RE.exec(n);
      return m ? [Number(m[1])] : [];
    }).sort((a, b) => a - b);
  }

  /** Segments below the checkpoint are covered by blocks on local disk; replay starts at the checkpoint. */
  async readCheckpoint(): Promise<number> {
    try {
      const parsed = JSON.parse(await readFile(join(this.options.dir, CHECKPOINT_FILE), 'utf8')) as { segment?: unknown };
      return typeof parsed.segment === 'number' ? parsed.segment : 0;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw new Error(`reading WAL checkpoint in ${this.options.dir}`, { cause: err });
    }
  }

  async writeCheckpoint(segment: number): Promise<void> {
    const tmp = join(this.options.dir, CHECKPOINT_FILE + '.tmp');
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(JSON.stringify({ segment }));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, join(this.options.dir, CHECKPOINT_FILE));
    await syncDir(this.options.dir);
  }

  /**
   * Reads every record of the segments >= fromSegment, in order. A torn last record is truncated away
   * (logged, counted); a segment damaged before its end is replayed up to the damage, then moved to
   * corrupt/ and reported loudly, never silently skipped.
   */
  async replay(fromSegment: number, onRecord: (payload: Buffer, segment: number) => void | Promise<void>): Promise<ReplayStats> {
    if (this.file) throw new Error('replay must run before startWriting');
    const started = performance.now();
    const stats: ReplayStats = { segments: 0, records: 0, tornSegments: 0, corruptSegments: 0 };
    for (const segment of await this.listSegments()) {
      if (segment < fromSegment) continue;
      const path = join(this.options.dir, segmentFileName(segment));
      const data = await readFile(path);
      const scan = scanRecords(data);
      for (const record of scan.records) {
        await onRecord(record, segment);
        stats.records++;
      }
      stats.segments++;
      this.metrics.replayedRecords.inc(scan.records.length);
      if (scan.kind === 'torn') {
        stats.tornSegments++;
        this.metrics.torn.inc();
        this.options.logger.warn('truncating torn record at the end of a WAL segment', { segment, reason: scan.reason, validBytes: scan.validBytes, droppedBytes: data.length - scan.validBytes });
        await truncate(path, scan.validBytes);
      } else if (scan.kind === 'corrupt') {
        stats.corruptSegments++;
        this.metrics.corrupt.inc();
        const aside = join(this.options.dir, 'corrupt');
        await mkdir(aside, { recursive: true });
        await rename(path, join(aside, `${segmentFileName(segment)}.${Date.now()}`));
        this.options.logger.error('WAL segment is corrupt before its end: replayed the records before the damage, moved the segment aside for inspection; records after the damage are NOT in the head', {
          segment, reason: scan.reason, replayedRecords: scan.records.length, unreadBytes: data.length - scan.validBytes, movedTo: aside,
        });
      }
    }
    this.metrics.replayDuration.set((performance.now() - started) / 1000);
    return stats;
  }

  /** Opens a fresh segment after every existing one; appends go there. */
  async startWriting(): Promise<void> {
    const existing = await this.listSegments();
    await this.openSegment((existing.at(-1) ?? 0) + 1);
  }

  /**
   * Resolves with the segment the record is in, once it is on disk and fsync'd. The payload may be given in parts
   * (written as they are, not joined): the record holds their concatenation.
   */
  append(payload: Uint8Array | readonly Uint8Array[]): Promise<number> {
    if (this.failure) return Promise.reject(this.unwritableError());
    if (this.closed || !this.file) return Promise.reject(new Error('WAL is not open for writing'));
    let framed: Uint8Array[];
    try {
      framed = frameRecordParts(payload instanceof Uint8Array ? [payload] : payload);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    let bytes = 0;
    for (const b of framed) bytes += b.length;
    return new Promise((resolve, reject) => {
      this.queue.push({ framed, bytes, resolve, reject });
      this.kick();
    });
  }

  /** Closes the current segment and starts the next; resolves with the new segment's number. Records appended before the call are in earlier segments. */
  rotate(): Promise<number> {
    if (this.closed || !this.file) return Promise.reject(new Error('WAL is not open for writing'));
    return new Promise((resolve, reject) => {
      this.rotations.push({ resolve, reject });
      this.kick();
    });
  }

  /** Deletes every segment numbered below `segment` (their records are in uploaded blocks). */
  async deleteSegmentsBefore(segment: number): Promise<number[]> {
    const deleted: number[] = [];
    for (const n of await this.listSegments()) {
      if (n >= segment || n === this.current) continue;
      await rm(join(this.options.dir, segmentFileName(n)), { force: true });
      deleted.push(n);
    }
    if (deleted.length) this.options.logger.info('deleted WAL segments covered by uploaded blocks', { segments: deleted });
    this.metrics.segments.set((await this.listSegments()).length);
    return deleted;
  }

  /** Waits for queued appends, then closes the segment. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    while (this.looping) await new Promise((r) => setImmediate(r));
    await this.file?.close();
    this.file = undefined;
  }

  private kick(): void {
    if (this.looping) return;
    this.looping = true;
    void this.loop();
  }

  // The only code that writes to or swaps the open segment.
  private async loop(): Promise<void> {
    try {
      while (this.queue.length > 0 || this.rotations.length > 0 || this.recoveryDue) {
        if (this.recoveryDue) {
          this.recoveryDue = false;
          await this.recover();
        } else if (this.queue.length > 0) {
          const batch = this.queue;
          this.queue = [];
          await this.commit(batch);
        } else {
          const rotations = this.rotations;
          this.rotations = [];
          try {
            await this.openSegment(this.current + 1);
            for (const r of rotations) r.resolve(this.current);
          } catch (err) {
            this.fail(err as Error);
            for (const r of rotations) r.reject(err as Error);
          }
        }
      }
    } finally {
      this.looping = false;
    }
  }

  private async commit(batch: PendingAppend[]): Promise<void> {
    if (this.failure) {
      for (const p of batch) p.reject(this.unwritableError());
      return;
    }
    try {
      if (this.currentBytes >= this.options.maxSegmentBytes) await this.openSegment(this.current + 1);
      const started = performance.now();
      const buffers: Uint8Array[] = [];
      let bytes = 0;
      for (const p of batch) {
        for (const b of p.framed) buffers.push(b);
        bytes += p.bytes;
      }
      let written = 0;
      while (written < bytes) {
        const { bytesWritten } = await this.file!.writev(written === 0 ? buffers : [Buffer.concat(buffers).subarray(written)]);
        written += bytesWritten;
      }
      await this.file!.datasync();
      this.currentBytes += bytes;
      this.metrics.fsyncs.inc();
      this.metrics.fsyncDuration.observe((performance.now() - started) / 1000);
      this.metrics.bytes.inc(bytes);
      this.metrics.records.inc(batch.length);
      for (const p of batch) p.resolve(this.current);
    } catch (err) {
      // After a failed write or fsync the segment's state on disk is unknown: refuse every append until a
      // recovery has truncated it back to what was acknowledged and moved on to a fresh segment.
      this.failedBatchBytes = batch.reduce((a, p) => a + p.bytes, 0);
      this.failedSegment ??= { segment: this.current, bytes: this.currentBytes };
      this.fail(err as Error);
      for (const p of batch) p.reject(this.unwritableError());
    }
  }

  private unwritableError(): WalUnwritableError {
    const cause = this.failure!;
    return new WalUnwritableError(`the WAL cannot be written (${cause.message}); the ingester keeps retrying, retry the push`, { cause });
  }

  /** Marks the WAL unwritable (or still unwritable after a failed probe) and schedules the next probe. */
  private fail(err: Error): void {
    this.metrics.writeFailures.inc();
    const first = this.failure === undefined;
    this.failure = err;
    const maxMs = this.options.retryMaxBackoffMs ?? 30_000;
    this.retryBackoffMs = first ? (this.options.retryMinBackoffMs ?? 1_000) : Math.min(maxMs, this.retryBackoffMs * 2);
    if (first) {
      this.options.logger.error('WAL write failed: refusing pushes until it can write again (probing with backoff)', { err, segment: this.current, retryInMs: this.retryBackoffMs });
      this.notify(false);
    }
    if (this.closed) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.recoveryDue = true;
      this.kick();
    }, this.retryBackoffMs);
    this.retryTimer.unref();
  }

  /**
   * Runs in the writer loop: probes the disk with a write and an fsync as large as the batch that failed;
   * then truncates the failed segment to its acknowledged bytes and starts a fresh segment.
   */
  private async recover(): Promise<void> {
    if (!this.failure || this.closed) return;
    try {
      await this.probe(Math.max(MIN_PROBE_BYTES, this.failedBatchBytes));
      if (this.failedSegment) await this.truncateFailedSegment(this.failedSegment);
      await this.openSegment(this.current + 1);
    } catch (err) {
      this.options.logger.warn('WAL still cannot be written; retrying', { err, retryInMs: Math.min(this.options.retryMaxBackoffMs ?? 30_000, this.retryBackoffMs * 2) });
      this.fail(err as Error);
      return;
    }
    const was = this.failure;
    this.failure = undefined;
    this.failedBatchBytes = 0;
    this.failedSegment = undefined;
    this.options.logger.info('WAL can be written again: taking pushes', { segment: this.current, after: was.message });
    this.notify(true);
  }

  /**
   * Cuts the failed segment back to its acknowledged bytes, through its handle or else by path. If neither
   * works, writing still resumes (in a fresh segment): a refused batch may then be replayed at the next start,
   * which repeats a push the client was told to retry, and loses nothing.
   */
  private async truncateFailedSegment({ segment, bytes }: { segment: number; bytes: number }): Promise<void> {
    if (segment === this.current && this.file) {
      try {
        await this.file.truncate(bytes);
        await this.file.datasync();
        return;
      } catch {
        // the handle itself may be what failed: try the path
      }
    }
    try {
      const fh = await open(join(this.options.dir, segmentFileName(segment)), 'r+');
      try {
        await fh.truncate(bytes);
        await fh.datasync();
      } finally {
        await fh.close();
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // deleted meanwhile: its records are in uploaded blocks
      this.options.logger.warn('could not truncate the failed WAL segment to its acknowledged bytes; a refused batch may be replayed at the next start', { segment, bytes, err });
    }
  }

  private async probe(bytes: number): Promise<void> {
    const path = join(this.options.dir, PROBE_FILE);
    try {
      const fh = await open(path, 'w');
      try {
        await fh.writeFile(Buffer.alloc(bytes));
        await fh.datasync();
      } finally {
        await fh.close();
      }
    } finally {
      await rm(path, { force: true });
    }
  }

  private notify(writable: boolean): void {
    for (const l of this.writableListeners) {
      try {
        l(writable, this.failure);
      } catch (err) {
        this.options.logger.error('WAL writability listener failed', { err });
      }
    }
  }

  private async openSegment(n: number): Promise<void> {
    const path = join(this.options.dir, segmentFileName(n));
    const next = await open(path, 'wx');
    try {
      await syncDir(this.options.dir);
    } catch (err) {
      // Not a segment yet: remove it, so that the next attempt can create it again.
      await next.close().catch(() => undefined);
      await rm(path, { force: true }).catch(() => undefined);
      throw err;
    }
    const previous = this.file;
    this.file = next;
    this.current = n;
    this.currentBytes = 0;
    // A handle that cannot even close (its disk failing) is dropped: nothing is written through it again.
    if (previous) await previous.close().catch((err: unknown) => this.options.logger.warn('closing the previous WAL segment failed', { err }));
    this.metrics.segments.inc();
  }
}

/** Makes a file creation, rename or deletion in `dir` durable. */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes a file durably: temporary name, fsync, rename, fsync of the folder. */
export async function writeFileDurably(path: string, data: Uint8Array | string, dir: string): Promise<void> {
  const tmp = path + '.tmp';
  await writeFile(tmp, data);
  const fh = await open(tmp, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  await syncDir(dir);
}
