// Each tenant's share of the event loop for inline decodes (issue 14, noisy-neighbour isolation).
//
// A push that inflates to at most -push.decode-inline-max-bytes is decoded on the event loop (10–40 ms per MiB),
// outside the workers' fair queues. A tenant sending such pushes back to back would hold the event loop as long
// as it keeps sending, and every other tenant's push and query would wait behind each of its decodes. So each
// tenant gets a token bucket of inflated bytes (-push.decode-inline-tenant-rate per second, a burst of one
// largest inline push or one second, whichever is more): a push that finds its tenant's bucket short is decoded
// on a worker instead, in its tenant's turn like any large push. A tenant sending ordinary pushes never notices;
// a flooding one costs the workers (nice, fair-queued), not the event loop.
// Single-threaded JS: the buckets need no lock.

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Buckets kept before the full ones (tenants quiet for a while) are dropped. */
const PRUNE_AT = 10_000;

export class InlineShare {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * @param bytesPerSecond inflated bytes a tenant may decode inline per second; 0 = no bound.
   * @param maxInlineBytes the largest inline push (-push.decode-inline-max-bytes): the burst is at least that.
   */
  constructor(
    private readonly bytesPerSecond: number,
    private readonly maxInlineBytes: number,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  private get burst(): number {
    return Math.max(this.maxInlineBytes, this.bytesPerSecond);
  }

  /** Takes `bytes` from the tenant's share if it has them: whether the push may be decoded inline. */
  take(tenant: string, bytes: number): boolean {
    if (this.bytesPerSecond <= 0) return true;
    const now = this.nowMs();
    let b = this.buckets.get(tenant);
    if (!b) {
      if (this.buckets.size >= PRUNE_AT) this.prune(now);
      this.buckets.set(tenant, (b = { tokens: this.burst, updatedMs: now }));
    }
    b.tokens = Math.min(this.burst, b.tokens + (Math.max(0, now - b.updatedMs) / 1000) * this.bytesPerSecond);
    b.updatedMs = now;
    if (bytes > b.tokens) return false;
    b.tokens -= bytes;
    return true;
  }

  /** Forgets the buckets that have refilled (a new bucket starts full: nothing is lost). */
  private prune(now: number): void {
    for (const [tenant, b] of this.buckets) {
      if (b.tokens + ((now - b.updatedMs) / 1000) * this.bytesPerSecond >= this.burst) this.buckets.delete(tenant);
    }
  }
}
