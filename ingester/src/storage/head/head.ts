// The head: one TenantHead per tenant, for the profiles received since the last cut. The ingester swaps it
// for an empty one when it cuts (storage/block/writer.ts turns each tenant's part into a block).
import type { NormalizedProfile } from '../../model/profile.ts';
import { TenantHead } from './tenant-head.ts';

export class Head {
  readonly tenants = new Map<string, TenantHead>();

  /** @param createdAtMs when the head started (the age that cuts it is measured from here). */
  constructor(readonly createdAtMs: number) {}

  /** Adds profiles; returns how many (series, profile) entries were new. */
  append(tenant: string, profiles: readonly NormalizedProfile[]): number {
    const head = this.tenantOrNew(tenant);
    let added = 0;
    for (const p of profiles) added += head.append(p);
    return added;
  }

  /** The tenant's part of the head, made (empty: a cut skips it, a query finds nothing in it) if there is none. */
  tenantOrNew(tenant: string): TenantHead {
    let head = this.tenants.get(tenant);
    if (!head) this.tenants.set(tenant, (head = new TenantHead(tenant)));
    return head;
  }

  tenant(tenant: string): TenantHead | undefined {
    return this.tenants.get(tenant);
  }

  get sizeBytes(): number {
    let total = 0;
    for (const t of this.tenants.values()) total += t.sizeBytes;
    return total;
  }

  get profileCount(): number {
    let total = 0;
    for (const t of this.tenants.values()) total += t.profileCount;
    return total;
  }

  get seriesCount(): number {
    let total = 0;
    for (const t of this.tenants.values()) total += t.series.length;
    return total;
  }

  get isEmpty(): boolean {
    return this.profileCount === 0;
  }
}
