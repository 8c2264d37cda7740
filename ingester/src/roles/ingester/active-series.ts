// Per-tenant active series on one ingester, and the limit on them (Pyroscope's ingester limiter,
// pkg/ingester/limiter.go, which follows Cortex/Mimir):
// - a series is active from its first push until it has not been pushed to for ACTIVE_SERIES_TIMEOUT_MS
//   (10 minutes, Pyroscope's activeSeriesTimeout); purge() (the ingester's tick) drops the inactive ones,
//   so the count shrinks when series stop being written, whether or not their data was flushed;
// - the limit an ingester enforces is the smaller non-zero of -ingester.max-local-series-per-tenant and
//   -ingester.max-global-series-per-tenant / healthy ingesters × replication factor (each series lives on
//   RF ingesters, so a tenant at the global limit holds global × RF / N series on each); 0 disables both.
// Unlike Pyroscope, which refuses the one profile that would add a series past the limit, a push is
// admitted or refused whole: a refused push changes nothing (no partial writes to explain to the client).
import { ApiError } from '../../util/errors.ts';
import type { Limits } from '../../ingest/limits.ts';

export const ACTIVE_SERIES_TIMEOUT_MS = 10 * 60_000;

/** What the global limit is divided by: healthy ingesters in the ring and the replication factor. */
export interface RingShape {
  healthyInstances: number;
  replicationFactor: number;
}

export interface SeriesLimit {
  /** 0 when there is none. */
  value: number;
  /** How the value was reached, for the refusal message. */
  describe: string;
}

/** The per-ingester limit for a tenant from the flags and the ring's shape (no ring: one ingester, RF 1). */
export function localSeriesLimit(limits: Pick<Limits, 'maxLocalSeriesPerTenant' | 'maxGlobalSeriesPerTenant'>, ring: RingShape | undefined): SeriesLimit {
  const local = limits.maxLocalSeriesPerTenant;
  const global = limits.maxGlobalSeriesPerTenant;
  const { healthyInstances, replicationFactor } = ring ?? { healthyInstances: 1, replicationFactor: 1 };
  // No healthy ingester seen yet (the ring is updated asynchronously): the global limit is ignored meanwhile, as in Pyroscope.
  const fromGlobal = global > 0 && healthyInstances > 0 ? Math.floor((global / healthyInstances) * replicationFactor) : 0;
  if (fromGlobal > 0 && (local === 0 || fromGlobal < local)) {
    return { value: fromGlobal, describe: `max-global-series-per-tenant (${global} across the cluster = ${fromGlobal} on this ingester: ${global} / ${healthyInstances} healthy ingesters × replication factor ${replicationFactor})` };
  }
  if (local > 0) return { value: local, describe: `max-local-series-per-tenant (${local} on each ingester)` };
  return { value: 0, describe: 'none' };
}

export class ActiveSeries {
  /** tenant → series key → when it was last pushed to (ms). */
  private readonly tenants = new Map<string, Map<string, number>>();

  constructor(private readonly timeoutMs = ACTIVE_SERIES_TIMEOUT_MS) {}

  /**
   * Marks `keys` active at `nowMs`, unless the series among them that are not active yet would take the
   * tenant past `limit`: then nothing changes and ApiError resource_exhausted (HTTP 429) naming the limit
   * is thrown.
   */
  admit(tenant: string, keys: ReadonlySet<string>, nowMs: number, limit: SeriesLimit, instance: string): void {
    let active = this.tenants.get(tenant);
    if (limit.value > 0) {
      let fresh = 0;
      for (const k of keys) if (!active?.has(k)) fresh++;
      const current = active?.size ?? 0;
      if (fresh > 0 && current + fresh > limit.value) {
        throw new ApiError(
          'resource_exhausted',
          `tenant ${tenant} has ${current} active series on ${instance} and this push adds ${fresh} more: limit ${limit.describe} exceeded; ` +
            'reduce the number of series (fewer labels or label values) or raise the limit',
          429,
        );
      }
    }
    if (!active) this.tenants.set(tenant, (active = new Map()));
    for (const k of keys) active.set(k, nowMs);
  }

  /** Forgets series not pushed to for the timeout. */
  purge(nowMs: number): void {
    for (const [tenant, active] of this.tenants) {
      for (const [key, last] of active) if (nowMs - last > this.timeoutMs) active.delete(key);
      if (active.size === 0) this.tenants.delete(tenant);
    }
  }

  count(tenant: string): number {
    return this.tenants.get(tenant)?.size ?? 0;
  }

  /** Active series per tenant. */
  counts(): Map<string, number> {
    return new Map([...this.tenants].map(([t, m]) => [t, m.size]));
  }
}
