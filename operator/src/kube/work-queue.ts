// A work queue keyed by namespace/name, as controller-runtime's: adding a key that is already waiting
// coalesces; a key is never processed by two workers at once (an add while it runs marks it dirty and it runs
// again after); failures retry with per-key exponential backoff; a handler may ask to run again after a delay.
import type { Clock } from '../../../ingester/src/util/clock.ts';

export type ReconcileResult = { requeueAfterMs?: number } | void;
export type ReconcileHandler = (key: string) => Promise<ReconcileResult>;

export interface WorkQueueOptions {
  workers?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Called after every run with its outcome, for metrics and logs. */
  onResult?: (key: string, outcome: { error?: unknown; durationMs: number }) => void;
  clock?: Clock;
}

export class WorkQueue {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly running = new Set<string>();
  private readonly dirty = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private readonly wakeups: (() => void)[] = [];
  private stopped = false;
  private workers: Promise<void>[] = [];
  private readonly baseBackoffMs: number;
  private readonly maxBackoffMs: number;

  constructor(private readonly handler: ReconcileHandler, private readonly options: WorkQueueOptions = {}) {
    this.baseBackoffMs = options.baseBackoffMs ?? 200;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
  }

  start(): void {
    const n = this.options.workers ?? 2;
    for (let i = 0; i < n; i++) this.workers.push(this.work());
  }

  /** Stops taking work; resolves when the runs in progress have finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const wake of this.wakeups.splice(0)) wake();
    await Promise.all(this.workers);
  }

  add(key: string): void {
    if (this.stopped) return;
    if (this.running.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(key);
    this.wakeups.shift()?.();
  }

  /** Adds the key after a delay; an earlier pending delay for the same key wins. */
  addAfter(key: string, delayMs: number): void {
    if (this.stopped) return;
    const now = Date.now();
    const existing = this.timers.get(key);
    if (existing && existing.at <= now + delayMs) return;
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.add(key);
    }, delayMs);
    timer.unref();
    this.timers.set(key, { at: now + delayMs, timer });
  }

  get length(): number {
    return this.queue.length;
  }

  /** The delay before retry number `failures` (1-based). */
  backoffMs(failures: number): number {
    return Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** Math.max(0, failures - 1));
  }

  private async next(): Promise<string | undefined> {
    while (!this.stopped) {
      const key = this.queue.shift();
      if (key !== undefined) {
        // Marked running here, synchronously: an add() in the gap before the worker resumes must see it.
        this.queued.delete(key);
        this.running.add(key);
        return key;
      }
      await new Promise<void>((resolve) => this.wakeups.push(resolve));
    }
    return undefined;
  }

  private async work(): Promise<void> {
    for (let key = await this.next(); key !== undefined; key = await this.next()) {
      const started = performance.now();
      let result: ReconcileResult = undefined;
      let error: unknown;
      try {
        result = await this.handler(key);
      } catch (err) {
        error = err;
      }
      this.running.delete(key);
      this.options.onResult?.(key, { error, durationMs: performance.now() - started });
      if (error !== undefined) {
        const failures = (this.failures.get(key) ?? 0) + 1;
        this.failures.set(key, failures);
        this.addAfter(key, this.backoffMs(failures));
      } else {
        this.failures.delete(key);
        if (result && result.requeueAfterMs !== undefined) this.addAfter(key, result.requeueAfterMs);
      }
      if (this.dirty.delete(key)) this.add(key);
    }
  }
}
