// An in-process ring store for unit tests: several lifecyclers and rings in one process share one
// instance. Updates are applied synchronously, so CAS never conflicts; watchers are told asynchronously
// (on a microtask), like a real store's watch.
import { cloneRing, emptyRing, ringsEqual, type RingDesc } from '../model.ts';
import { heartbeatUpdate, type RingStore, type RingUpdate, type Unsubscribe } from './store.ts';

export class MemoryRingStore implements RingStore {
  private desc: RingDesc = emptyRing();
  private version = 0;
  private readonly watchers = new Set<(desc: RingDesc) => void>();
  /** Number of successful writes (tests assert on write amplification). */
  writes = 0;

  constructor(initial?: RingDesc) {
    if (initial) this.desc = cloneRing(initial);
  }

  async get(): Promise<{ desc: RingDesc; version: string }> {
    return { desc: cloneRing(this.desc), version: String(this.version) };
  }

  async cas(update: RingUpdate): Promise<RingDesc> {
    const next = update(cloneRing(this.desc));
    if (next !== null && !ringsEqual(next, this.desc)) {
      this.desc = cloneRing(next);
      this.version++;
      this.writes++;
      this.notify();
    }
    return cloneRing(this.desc);
  }

  async heartbeat(id: string, nowMs: number): Promise<void> {
    await this.cas(heartbeatUpdate(id, nowMs));
  }

  watch(onChange: (desc: RingDesc) => void): Unsubscribe {
    this.watchers.add(onChange);
    queueMicrotask(() => this.watchers.has(onChange) && onChange(cloneRing(this.desc)));
    return () => this.watchers.delete(onChange);
  }

  async close(): Promise<void> {
    this.watchers.clear();
  }

  private notify(): void {
    const snapshot = this.desc;
    queueMicrotask(() => {
      for (const w of this.watchers) w(cloneRing(snapshot));
    });
  }
}
