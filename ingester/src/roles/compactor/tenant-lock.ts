// One compactor per tenant at a time: a lock object `<tenant>/compactor-lock.json` ({owner, expires_at})
// with a lease. A compactor takes a tenant whose lock is absent, expired or its own: it writes the lock,
// waits -compactor.tenant-lock-settle, and reads it back; of two compactors that wrote at about the same
// time only the last writer reads its own name and proceeds (GCS reads are strongly consistent after a
// write). Several compactor replicas thus split the tenants among them, each taking the tenants nobody holds.
//
// Why a lock object rather than the ring: the compactor needs no ring of its own, and the bucket is the one
// thing every compactor already shares. The lock is not a perfect mutex (a write slower than the settle time
// can still race), and nothing depends on it being one: merges write new blocks and only mark their sources,
// a block superseded by another is skipped by readers (storage/compact/compaction-meta.ts), and every read
// de-duplicates profiles by identity, so two compactors on one tenant waste work but never lose or double a
// profile. The lock keeps that waste away.
import { ObjectNotFoundError, type Bucket } from '../../storage/objstore/bucket.ts';
import type { Clock } from '../../util/clock.ts';
import { sleep } from '../../util/clock.ts';

export const lockName = (tenant: string): string => `${tenant}/compactor-lock.json`;

interface LockBody {
  owner: string;
  /** Unix ms. */
  expires_at: number;
}

export class TenantLocks {
  constructor(private readonly o: { bucket: Bucket; owner: string; leaseMs: number; settleMs: number; clock: Clock }) {}

  private async read(tenant: string): Promise<LockBody | undefined> {
    try {
      return JSON.parse((await this.o.bucket.get(lockName(tenant))).toString('utf8')) as LockBody;
    } catch (err) {
      if (err instanceof ObjectNotFoundError) return undefined;
      if (err instanceof SyntaxError) return undefined; // a torn or foreign object: treat as free
      throw err;
    }
  }

  private write(tenant: string): Promise<void> {
    const body: LockBody = { owner: this.o.owner, expires_at: this.o.clock.now() + this.o.leaseMs };
    return this.o.bucket.upload(lockName(tenant), Buffer.from(JSON.stringify(body)));
  }

  /** Whether this compactor now holds the tenant; undefined owner when free. Returns the holder otherwise. */
  async acquire(tenant: string): Promise<{ held: true } | { held: false; owner: string }> {
    const current = await this.read(tenant);
    if (current && current.owner !== this.o.owner && current.expires_at > this.o.clock.now()) return { held: false, owner: current.owner };
    await this.write(tenant);
    if (this.o.settleMs > 0) await sleep(this.o.settleMs);
    const after = await this.read(tenant);
    if (after?.owner === this.o.owner) return { held: true };
    return { held: false, owner: after?.owner ?? '(nobody)' };
  }

  /** Extends the lease; false when another compactor took the tenant meanwhile (the lease had expired). */
  async renew(tenant: string): Promise<boolean> {
    const current = await this.read(tenant);
    if (current && current.owner !== this.o.owner) return false;
    await this.write(tenant);
    return true;
  }

  async release(tenant: string): Promise<void> {
    const current = await this.read(tenant);
    if (current?.owner === this.o.owner) await this.o.bucket.delete(lockName(tenant));
  }
}
