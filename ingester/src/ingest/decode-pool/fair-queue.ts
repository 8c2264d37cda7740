// Per-tenant fair queueing: each tenant has its own FIFO queue, bounded, and the next job taken is the oldest of
// the tenant whose turn it is, tenants taking turns (round-robin by job). So however long one tenant's backlog
// grows, a job of another tenant waits for at most one job of each tenant ahead of it in the rotation (plus the
// jobs already running), and a tenant's backlog never exceeds its bound: the job past it is refused at once.
// Pure data structure (no timers, no workers): the pool (pool.ts) decides when to take a job.

export class FairQueue<T> {
  private readonly queues = new Map<string, T[]>();
  /** Tenants with queued jobs, in turn order: the first is served next, then goes to the back if it has more. */
  private readonly turns: string[] = [];
  private size = 0;

  constructor(private readonly maxPerTenant: () => number) {}

  /** Queues a job; false (nothing queued) when the tenant already has maxPerTenant jobs waiting. */
  push(tenant: string, job: T): boolean {
    let q = this.queues.get(tenant);
    const max = this.maxPerTenant();
    if (q && max > 0 && q.length >= max) return false;
    if (!q) {
      q = [];
      this.queues.set(tenant, q);
      this.turns.push(tenant);
    }
    q.push(job);
    this.size++;
    return true;
  }

  /** The next job in turn, or undefined when every queue is empty. */
  shift(): { tenant: string; job: T } | undefined {
    const tenant = this.turns.shift();
    if (tenant === undefined) return undefined;
    const q = this.queues.get(tenant)!;
    const job = q.shift()!;
    this.size--;
    if (q.length > 0) this.turns.push(tenant);
    else this.queues.delete(tenant);
    return { tenant, job };
  }

  /** Removes a job still waiting (its client went away); false when it is not queued (taken already). */
  remove(tenant: string, job: T): boolean {
    const q = this.queues.get(tenant);
    const i = q ? q.indexOf(job) : -1;
    if (!q || i < 0) return false;
    q.splice(i, 1);
    this.size--;
    if (q.length === 0) {
      this.queues.delete(tenant);
      this.turns.splice(this.turns.indexOf(tenant), 1);
    }
    return true;
  }

  /** Jobs waiting for one tenant. */
  lengthOf(tenant: string): number {
    return this.queues.get(tenant)?.length ?? 0;
  }

  /** Jobs waiting, all tenants. */
  get length(): number {
    return this.size;
  }

  /** Tenants with jobs waiting and how many each has. */
  lengths(): IterableIterator<[string, number]> {
    return (function* (queues: Map<string, unknown[]>) {
      for (const [tenant, q] of queues) yield [tenant, q.length] as [string, number];
    })(this.queues);
  }

  /** Empties every queue, returning the jobs that were waiting. */
  drain(): T[] {
    const all = [...this.queues.values()].flat();
    this.queues.clear();
    this.turns.length = 0;
    this.size = 0;
    return all;
  }
}
