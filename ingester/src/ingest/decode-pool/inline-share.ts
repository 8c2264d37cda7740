// Each tenant's share of the event loop for inline decodes (issue 14, noisy-neighbour isolation).
//
// A push that inflates to at most -push.decode-inline-max-bytes is decoded on the event loop (10–40 ms per MiB),
// outside the workers' fair queues. A tenant sending such pushes back to back would hold the event loop as long
// as it keeps sending, and every other tenant's push and query would wait behind each of its decodes. So each
// tenant gets a token bucket of inflated bytes (-push.decode-inline-tenant-rate per second, a burst of one
// largest inline push or one second, whichever is more): a push that finds its tenant's bucket short is decoded
// on a worker instead, in its tenant's turn like any large push. A tenant sending ordinary pushes never notices;
// a flooding one costs the workers (nice, fair-queued), not the event loop.
//
// The bound is work-conserving: it holds only while another tenant is pushing too (one pushed within the last
// CONTENTION_WINDOW_MS). A tenant alone keeps every push inline: nobody waits behind it, and a worker's decode
// costs the process more CPU (the result's tables are packed, sent back and rebuilt on every push: ~40% of the
// push path's throughput for one tenant at 25 MB/s, bench/ingester.bench.ts). Its tokens are still spent meanwhile,
// so a tenant that floods alone is held to its share as soon as another tenant's push arrives.
// Single-threaded JS: the buckets need no lock.

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Buckets kept before the full ones (tenants quiet for a while) are dropped. */
const PRUNE_AT = 10_000;

/** Another tenant's push within this long makes the share bind. */
export const CONTENTION_WINDOW_MS = 1000;

export class InlineShare {
  private readonly buckets = new Map<string, Bucket>();
  /** The tenant of the latest push, when it came, and when the latest push of any other tenant came. */
  private latestTenant: string | undefined;
  private latestMs = -Infinity;
  private latestOtherMs = -Infinity;

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
    const contended = now - this.othersLatestMs(tenant, now) <= CONTENTION_WINDOW_MS;
    if (bytes > b.tokens) {
      if (contended) return false;
      b.tokens = 0; // alone: inline anyway, with nothing left for when another tenant comes
      return true;
    }
    b.tokens -= bytes;
    return true;
  }

  /** When a tenant other than `tenant` last pushed (O(1): the latest tenant, and the latest before it that differs). */
  private othersLatestMs(tenant: string, now: number): number {
    const others = tenant === this.latestTenant ? this.latestOtherMs : this.latestMs;
    if (tenant !== this.latestTenant) {
      this.latestOtherMs = this.latestMs;
      this.latestTenant = tenant;
    }
    this.latestMs = now;
    return others;
  }

  /** Forgets the buckets that have refilled (a new bucket starts full: nothing is lost). */
  private prune(now: number): void {
    for (const [tenant, b] of this.buckets) {
      if (b.tokens + ((now - b.updatedMs) / 1000) * this.bytesPerSecond >= this.burst) this.buckets.delete(tenant);
    }
  }
}
