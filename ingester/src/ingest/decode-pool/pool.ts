// The CPU-heavy part of a push (inflating and reading the pprof: the distributor's check, the ingester's decode)
// off the event loop: a pool of worker threads (node:worker_threads) fed through per-tenant fair queues.
//
// Why: one accepted 16,000-sample profile cost 240–900 ms of synchronous decode on the event loop, while its
// sender stayed within its rate limit; every other tenant's push, query and /ready waited behind it (issue 14,
// noisy-neighbour isolation). Here:
// - a request whose profiles inflate to at most -push.decode-inline-max-bytes is decoded inline, on the caller's
//   thread (a few ms at most; posting it to a worker would cost more than it saves). Inflated, not as sent: a
//   small gzip can inflate a thousandfold (fitsInline);
// - any larger one is queued under its tenant (fair-queue.ts) and run by the next idle worker, tenants taking
//   turns: another tenant's backlog delays a job by at most one job per tenant ahead of it, plus the jobs
//   already running. A tenant with -push.decode-queue-per-tenant jobs waiting gets 429 for the next one;
// - a job whose client went away while it waited is dropped from the queue;
// - a tenant that used up its share of inline decoding (-push.decode-inline-tenant-rate inflated bytes per
//   second, inline-share.ts) has its next small pushes decoded on a worker too, in its turn: a flood of pushes
//   just under the inline bound does not hold the event loop.
// A worker that dies fails its job (500) and is replaced. -push.decode-workers=0 decodes everything inline.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { push } from '../../gen/index.ts';
import { gzipDeclaredSize, isGzip } from '../../pprof/inflate.ts';
import { ApiError } from '../../util/errors.ts';
import type { FlagSet } from '../../util/flags.ts';
import type { Logger } from '../../util/log.ts';
import type { Service } from '../../util/service.ts';
import type { Limits } from '../limits.ts';
import { FairQueue } from './fair-queue.ts';
import { InlineShare } from './inline-share.ts';
import type { JobMessage, ResultMessage, WorkerMessage } from './messages.ts';
import { TASKS, type TaskName, type TaskOutput } from './tasks.ts';
import { packRequest, type PackedRequest } from './transfer.ts';
import type { AbortSignalLike } from '../../util/light-abort.ts';

export interface DecodePoolConfig {
  /** Worker threads; 0 = every job inline. */
  workers: number;
  /** Jobs one tenant may have waiting for a worker; the next is refused with 429 (0 = unbounded). */
  queuePerTenant: number;
  /** A request whose profiles inflate to at most this many bytes is decoded on the caller's thread. */
  inlineMaxBytes: number;
  /** Linux nice value of the worker threads (0–19): above 0, the event loop runs first when the cores are full. */
  workerNice: number;
  /** Inflated bytes per second one tenant may decode inline; past it, its pushes go to workers (0 or absent = no bound). */
  inlineTenantRate?: number;
}

export function registerDecodePoolFlags(fs: FlagSet): () => DecodePoolConfig {
  const nonNegative = (v: number) => (v >= 0 ? undefined : 'must be >= 0');
  const workers = fs.define('push.decode-workers', 'int', os.availableParallelism(), 'Worker threads that inflate and read pushed profiles off the event loop (the distributor\'s check, the ingester\'s decode); 0 = on the event loop. Default: the number of cores.', { validate: nonNegative });
  const queue = fs.define('push.decode-queue-per-tenant', 'int', 16, 'Pushes one tenant may have waiting for a decode worker; the next is refused with 429 (0 = unbounded).', { validate: nonNegative });
  // 1 MiB: a decode of ~10–40 ms on the event loop at most. A worker costs more CPU per push than an inline decode:
  // copying, and above all its tables (locations, functions) sent across and rebuilt, where an inline decode of a
  // profile seen before reuses the decoder's cached tables. At 512 KiB one test profile in 25 (38% of the bytes)
  // went through workers and the ingester's MB per CPU-second fell ~30%; at 1 MiB none does.
  const inline = fs.define('push.decode-inline-max-bytes', 'bytes', 1024 * 1024, 'A push whose profiles inflate to at most this many bytes is decoded on the event loop, without a worker (cheaper for small pushes).', { validate: nonNegative });
  // 4 MiB/s: at most ~40–160 ms of the event loop per second for one tenant's inline decodes (10–40 ms per MiB).
  const share = fs.define('push.decode-inline-tenant-rate', 'bytes', 4 * 1024 * 1024, 'Inflated bytes per second one tenant may decode on the event loop (pushes within -push.decode-inline-max-bytes); past it, while another tenant pushes too, that tenant\'s pushes are decoded by the workers in its turn, so a flood of small pushes does not hold the event loop for other tenants; a tenant alone is not bound (0 = no bound).', { validate: nonNegative });
  const nice = fs.define('push.decode-worker-nice', 'int', 10, 'Nice value of the decode worker threads (0-19, Linux): above 0, the threads that answer requests run before decoding when every core is busy.', { validate: (v) => (v >= 0 && v <= 19 ? undefined : 'must be 0-19') });
  return () => ({ workers: workers(), queuePerTenant: queue(), inlineMaxBytes: inline(), workerNice: nice(), inlineTenantRate: share() });
}

export interface DecodePoolOptions {
  config: DecodePoolConfig;
  registry: Registry;
  logger: Logger;
}

interface Job {
  id: number;
  task: TaskName;
  tenant: string;
  request: PackedRequest;
  transfer: ArrayBuffer[];
  limits: Limits;
  receivedAtMs: number;
  queuedAt: number;
  resolve: (wire: unknown) => void;
  reject: (err: Error) => void;
  /** Removes the abort listener once the job left the queue. */
  release: () => void;
}

interface Slot {
  worker: Worker;
  /** Resolves when the worker has loaded its modules; rejects if it fails first. */
  ready: Promise<void>;
  job: Job | undefined;
  startedAt: number;
}

const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

export class DecodePool implements Service {
  readonly name = 'decode-pool';
  private readonly slots: Slot[] = [];
  private readonly queue: FairQueue<Job>;
  private readonly inlineShare: InlineShare;
  private nextId = 1;
  private stopping = false;
  private readonly metrics;

  constructor(private readonly o: DecodePoolOptions) {
    this.queue = new FairQueue<Job>(() => o.config.queuePerTenant);
    this.inlineShare = new InlineShare(o.config.inlineTenantRate ?? 0, o.config.inlineMaxBytes);
    const registers = [o.registry];
    const self = this;
    this.metrics = {
      jobs: new Counter({ name: 'push_decode_jobs_total', help: 'Push decodes by task (validate: the distributor\'s check; normalize: the ingester\'s decode) and where they ran (inline on the event loop, or worker).', labelNames: ['task', 'where'] as const, registers }),
      overShare: new Counter({ name: 'push_decode_inline_share_exceeded_total', help: 'Small pushes decoded on a worker instead of inline because their tenant used up -push.decode-inline-tenant-rate.', labelNames: ['tenant'] as const, registers }),
      refused: new Counter({ name: 'push_decode_queue_refused_total', help: 'Pushes refused with 429 because their tenant already had -push.decode-queue-per-tenant pushes waiting for a decode worker.', labelNames: ['tenant'] as const, registers }),
      wait: new Histogram({
        name: 'push_decode_queue_wait_seconds', help: 'Time a push waited for a decode worker, by tenant.', labelNames: ['tenant'] as const,
        buckets: [0.001, 0.005, 0.025, 0.1, 0.25, 1, 2.5, 10], registers,
      }),
      busy: new Counter({ name: 'push_decode_worker_busy_seconds_total', help: 'Time decode workers spent on jobs; divided by push_decode_workers, the pool\'s utilization.', registers }),
    };
    new Gauge({
      name: 'push_decode_queue_length', help: 'Pushes waiting for a decode worker, by tenant (tenants with none are not listed).', labelNames: ['tenant'] as const, registers,
      collect() {
        this.reset();
        for (const [tenant, n] of self.queue.lengths()) this.set({ tenant }, n);
      },
    });
    new Gauge({ name: 'push_decode_workers', help: 'Decode worker threads (-push.decode-workers).', registers, collect() { this.set(self.slots.length); } });
    new Gauge({ name: 'push_decode_workers_busy', help: 'Decode workers running a job now.', registers, collect() { this.set(self.slots.filter((s) => s.job).length); } });
  }

  async start(): Promise<void> {
    for (let i = 0; i < this.o.config.workers; i++) this.slots.push(this.spawn());
    // A worker is usable once it loaded its modules (it says so); wait, so the first pushes do not pay for that.
    await Promise.all(this.slots.map((s) => s.ready));
    this.o.logger.info('decode pool started', { workers: this.slots.length, queuePerTenant: this.o.config.queuePerTenant, inlineMaxBytes: this.o.config.inlineMaxBytes });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const job of this.queue.drain()) job.reject(new ApiError('unavailable', 'the server is shutting down: the push was not decoded'));
    await Promise.all(this.slots.map(async (s) => {
      s.job?.reject(new ApiError('unavailable', 'the server is shutting down: the push was not decoded'));
      s.job = undefined;
      await s.worker.terminate();
    }));
    this.slots.length = 0;
  }

  /**
   * Runs a task over a push: inline when it is small or there are no workers, else on a worker in the tenant's
   * turn. Rejects with the task's ApiError, 429 when the tenant's queue is full, or `canceled` when `signal`
   * aborts while the job waits.
   */
  run<N extends TaskName>(task: N, tenant: string, request: push.v1.IPushRequest, limits: Limits, receivedAtMs: number, signal?: AbortSignalLike): Promise<TaskOutput<N>> {
    const t = TASKS[task] as (typeof TASKS)[TaskName];
    if (this.slots.length === 0 || this.inlineFor(tenant, request)) {
      this.metrics.jobs.inc({ task, where: 'inline' });
      try {
        return Promise.resolve(t.run(tenant, request, limits, receivedAtMs) as TaskOutput<N>);
      } catch (err) {
        return Promise.reject(err as Error);
      }
    }
    if (signal?.aborted) return Promise.reject(canceled());
    this.metrics.jobs.inc({ task, where: 'worker' });
    return new Promise<unknown>((resolve, reject) => {
      const job: Job = { id: this.nextId++, task, tenant, request: { series: [], raw: new Uint8Array(0) }, transfer: [], limits, receivedAtMs, queuedAt: performance.now(), resolve, reject, release: () => {} };
      if (!this.queue.push(tenant, job)) {
        this.metrics.refused.inc({ tenant });
        const max = this.o.config.queuePerTenant;
        reject(new ApiError('resource_exhausted', `tenant ${tenant} already has ${max} pushes waiting to be decoded: limit -push.decode-queue-per-tenant (${max}) exceeded; retry later`, 429));
        return;
      }
      // Copied for the worker only once queued: a refused push costs no copy.
      ({ packed: job.request, transfer: job.transfer } = packRequest(request));
      if (signal) {
        const onAbort = (): void => {
          if (this.queue.remove(tenant, job)) reject(canceled());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        job.release = () => signal.removeEventListener('abort', onAbort);
      }
      this.pump();
    }).then((wire) => (t.unpack as (w: unknown) => TaskOutput<N>)(wire));
  }

  /** Whether a push is decoded inline: small once inflated, and its tenant still has inline share left. */
  private inlineFor(tenant: string, request: push.v1.IPushRequest): boolean {
    const size = inlineSize(request, this.o.config.inlineMaxBytes);
    if (size === undefined) return false;
    if (this.inlineShare.take(tenant, size)) return true;
    this.metrics.overShare.inc({ tenant });
    return false;
  }

  /** Gives queued jobs to idle workers. */
  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const next = this.queue.shift();
      if (!next) return;
      this.dispatch(slot, next.job);
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    job.release();
    slot.job = job;
    slot.startedAt = performance.now();
    this.metrics.wait.observe({ tenant: job.tenant }, (slot.startedAt - job.queuedAt) / 1000);
    const message: JobMessage = { id: job.id, task: job.task, tenant: job.tenant, request: job.request, limits: job.limits, receivedAtMs: job.receivedAtMs };
    slot.worker.postMessage(message, job.transfer);
  }

  private spawn(): Slot {
    // Under tsx (tests, `make run`) the worker is TypeScript too, started through tsx-worker.mjs. No node flags
    // are passed on: a worker would otherwise run the process's --import preloads (the local cluster's child
    // hook) before anything else, and --cpu-prof and the like are the process's own.
    const worker = WORKER_URL.pathname.endsWith('.ts')
      ? new Worker(new URL('./tsx-worker.mjs', import.meta.url), { workerData: { tsxEntry: WORKER_URL.href, nice: this.o.config.workerNice }, execArgv: [] })
      : new Worker(WORKER_URL, { workerData: { nice: this.o.config.workerNice }, execArgv: [] });
    let loaded!: () => void;
    let failed!: (err: Error) => void;
    const ready = new Promise<void>((resolve, reject) => ((loaded = resolve), (failed = reject)));
    ready.catch(() => {}); // lose() handles the failure; start() reports it
    const slot: Slot = { worker, ready, job: undefined, startedAt: 0 };
    worker.on('message', (m: WorkerMessage) => ('ready' in m ? loaded() : this.finish(slot, m)));
    worker.once('error', failed);
    worker.on('error', (err) => this.lose(slot, err));
    worker.on('exit', (code) => this.lose(slot, new Error(`exited with code ${code}`)));
    return slot;
  }

  private finish(slot: Slot, m: ResultMessage): void {
    const job = slot.job;
    slot.job = undefined;
    this.metrics.busy.inc((performance.now() - slot.startedAt) / 1000);
    if (job && job.id === m.id) {
      if (m.ok) job.resolve(m.result);
      else if (m.error.code) job.reject(new ApiError(m.error.code, m.error.message, m.error.httpStatus));
      else {
        this.o.logger.error('decoding a push failed in a worker', { tenant: job.tenant, err: m.error.message, stack: m.error.stack });
        job.reject(new ApiError('internal', `decoding the push failed: ${m.error.message}`));
      }
    }
    this.pump();
  }

  /** A worker that errored or exited: its job fails, and another takes its place. */
  private lose(slot: Slot, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const job = slot.job;
    slot.job = undefined;
    if (job) job.reject(new ApiError('internal', `the decode worker running this push died: ${err.message}`));
    if (this.stopping) return;
    this.o.logger.error('decode worker died; starting another', { err }); // the whole Error: util/log.ts keeps its stack and cause
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    this.pump();
  }
}

const canceled = (): ApiError => new ApiError('canceled', 'the client went away while the push waited to be decoded', 499);

/**
 * Whether a request's profiles inflate to at most `max` bytes together. A gzip'd profile's size is its ISIZE
 * trailer (RFC 1952 §2.3.1: the member's size mod 2^32) when that is at least its size as sent, as for any
 * single gzip member of a profile; a gzip member whose trailer lies fails its length check when it is inflated,
 * before anything is decoded. A smaller ISIZE means several members (the distributor appends a tiny one to a
 * profile it stamps) or a false trailer: that profile is inflated here, stopped at what is left of `max`, to
 * know. A corrupt one counts as its size as sent (the task refuses it at once). Known gap: a sender can build
 * several members whose last claims enough; then one profile (at most -validation.max-profile-size-bytes) is
 * decoded inline. Inflating every profile here instead cost a second inflate per push (~10% of an ingester's CPU).
 */
export function fitsInline(request: push.v1.IPushRequest, max: number): boolean {
  return inlineSize(request, max) !== undefined;
}

/** The bytes a request's profiles inflate to when that is at most `max` (as fitsInline tells), else undefined. */
export function inlineSize(request: push.v1.IPushRequest, max: number): number | undefined {
  let left = max;
  for (const s of request.series ?? []) {
    for (const x of s.samples ?? []) {
      const raw = x.rawProfile ?? new Uint8Array(0);
      if (raw.length > left) return undefined;
      if (!isGzip(raw)) {
        left -= raw.length;
        continue;
      }
      const isize = gzipDeclaredSize(raw);
      if (isize >= raw.length) left -= isize;
      else {
        try {
          left -= zlib.gunzipSync(raw, { maxOutputLength: Math.max(1, left) }).length;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return undefined;
          left -= raw.length;
        }
      }
      if (left < 0) return undefined;
    }
  }
  return max - left;
}
