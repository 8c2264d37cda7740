// What the operator does to the ring, over the ring's own store (ring/kv): read instances with their
// heartbeats, pre-register each wanted ordinal with its tokens (PENDING) before its pod exists, and forget
// instances. Every write is a compare-and-swap through the store, so it never clobbers what ingesters wrote.
import type { RingDesc } from '../../../ingester/src/ring/model.ts';
import type { RingStore } from '../../../ingester/src/ring/kv/store.ts';
import type { RingInstance } from '../controller/observed.ts';

export interface Registration {
  id: string;
  zone: string;
  tokens: number[];
}

export interface RingAccess {
  read(): Promise<RingInstance[]>;
  /** Adds a PENDING entry for each registration whose ID is not in the ring; returns the IDs added. */
  register(entries: Registration[], nowMs: number): Promise<string[]>;
  /** Removes the instance; true when it was there. */
  forget(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export function toInstances(desc: RingDesc): RingInstance[] {
  return Object.values(desc.instances).map((i) => ({ id: i.id, state: i.state, zone: i.zone, tokens: i.tokens, heartbeatMs: i.heartbeatMs, ...(i.readOnly ? { readOnly: true } : {}) }));
}

export class StoreRingAccess implements RingAccess {
  constructor(private readonly store: RingStore) {}

  async read(): Promise<RingInstance[]> {
    return toInstances((await this.store.get()).desc);
  }

  async register(entries: Registration[], nowMs: number): Promise<string[]> {
    let added: string[] = [];
    await this.store.cas((desc) => {
      added = [];
      for (const entry of entries) {
        if (desc.instances[entry.id]) continue;
        desc.instances[entry.id] = { id: entry.id, addr: '', zone: entry.zone, state: 'PENDING', tokens: [...entry.tokens], heartbeatMs: nowMs, registeredAtMs: nowMs };
        added.push(entry.id);
      }
      return added.length ? desc : null;
    });
    return added;
  }

  async forget(id: string): Promise<boolean> {
    let removed = false;
    await this.store.cas((desc) => {
      removed = id in desc.instances;
      if (!removed) return null;
      delete desc.instances[id];
      return desc;
    });
    return removed;
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
