// Times taken on this process's clock, from when it saw a value change, never from another process's clock.
//
// A heartbeat's renewTime is stamped by the ingester's clock, the summary's time by its aggregator's, the
// election Lease's renewTime by its holder's. Comparing them with our clock makes one fast clock (stamps in
// the future) keep a dead instance healthy, and one slow clock make a live one UNHEALTHY. client-go's leader
// election has the answer (tools/leaderelection/leaderelection.go tryAcquireOrRenew): remember the record
// and the local time it was last seen to change (observedRecord, observedTime), and judge expiry as
// observedTime + leaseDuration on the local clock. Here the same for every remote time the ring reads.
//
// First sight differs from client-go for heartbeats (`firstSightMs`): a reader that just started takes a
// stamp in the past at its word, so that an instance dead for an hour does not look alive for one more
// timeout; a stamp in the future is never kept (it is "now"). client-go's own rule (first sight = now) is
// kept for the election.

export class ObservedTimes<K> {
  private readonly seen = new Map<K, { value: string | number; atMs: number }>();

  /**
   * When, on our clock, `key` took its current `value`: `nowMs` if it changed since we last looked,
   * the same time as before if not, and `firstSightMs` (capped at now) the first time.
   */
  observe(key: K, value: string | number, nowMs: number, firstSightMs = nowMs): number {
    const prev = this.seen.get(key);
    if (prev && prev.value === value) return prev.atMs;
    const atMs = prev ? nowMs : Math.min(nowMs, Number.isFinite(firstSightMs) ? firstSightMs : nowMs);
    this.seen.set(key, { value, atMs });
    return atMs;
  }

  /** The last observation of `key`, if any. */
  get(key: K): number | undefined {
    return this.seen.get(key)?.atMs;
  }

  forget(key: K): void {
    this.seen.delete(key);
  }

  /** Forgets every key not in `keep`. */
  retain(keep: ReadonlySet<K>): void {
    for (const key of this.seen.keys()) if (!keep.has(key)) this.seen.delete(key);
  }
}
