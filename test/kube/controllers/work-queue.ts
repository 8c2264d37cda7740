// A keyed work queue as controllers use it: adding a key that is already waiting coalesces; a key is never
// processed by two workers at once (an add during processing re-runs it afterwards); failures retry with
// exponential backoff per key; a reconcile may ask to be requeued after a delay.
export type ReconcileResult = { requeueAfterMs?: number } | void;
export type Reconciler = (key: string) => Promise<ReconcileResult>;

export interface WorkQueueOptions {
  baseDelayMs?: number;
  maxDelayMs?: number;
  onError?: (key: string, err: unknown) => void;
}

export class WorkQueue {
  private readonly waiting = new Set<string>();
  private readonly processing = new Set<string>();
  private readonly dirtyWhileProcessing = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly failures = new Map<string, number>();
  private stopped = false;
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly reconcile: Reconciler, private readonly options: WorkQueueOptions = {}) {}

  add(key: string): void {
    if (this.stopped) return;
    if (this.processing.has(key)) {
      this.dirtyWhileProcessing.add(key);
      return;
    }
    this.waiting.add(key);
    this.schedule();
  }

  addAfter(key: string, delayMs: number): void {
    if (this.stopped) return;
    const existing = this.timers.get(key);
    if (existing) clearTimeout(existing);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.add(key);
      }, delayMs),
    );
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.waiting.clear();
  }

  /** Resolves when nothing is waiting or processing (timers excluded). For tests and orderly shutdown. */
  idle(): Promise<void> {
    if (this.waiting.size === 0 && this.processing.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      for (const key of [...this.waiting]) {
        this.waiting.delete(key);
        void this.process(key);
      }
    });
  }

  private async process(key: string): Promise<void> {
    this.processing.add(key);
    try {
      const result = await this.reconcile(key);
      this.failures.delete(key);
      if (result?.requeueAfterMs !== undefined) this.addAfter(key, result.requeueAfterMs);
    } catch (err) {
      const failures = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, failures);
      this.options.onError?.(key, err);
      const base = this.options.baseDelayMs ?? 50;
      this.addAfter(key, Math.min(this.options.maxDelayMs ?? 5000, base * 2 ** Math.min(failures - 1, 10)));
    } finally {
      this.processing.delete(key);
      if (this.dirtyWhileProcessing.delete(key)) this.add(key);
      if (this.waiting.size === 0 && this.processing.size === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const w of waiters) w();
      }
    }
  }
}
