// The local blocks each ingester named in its last series digests (SeriesDigestsResponse.blocks), per tenant:
// a query reads the bucket at the same time as the ingesters, skipping the blocks they named last time,
// instead of waiting for their answers to know what to skip (querier-engine.ts readDigests). An ingester
// keeps its uploaded blocks for -ingester.local-retention, so what it named a moment ago it names again; when
// it does not (it is down, or dropped a block), the bucket is read again with what the answers named.
//
// A standby ingester (-querier.minimize-ingester-requests) is not asked: the bucket skips what it named when last
// asked. That list is taken as current for STANDBY_NAMES_MAX_AGE_MS; past that (or never heard) it is asked anyway,
// so that a block it cut since then is not read from the bucket for long.

import { RecentMap } from '../util/recent-map.ts';

/** Tenant × ingester entries kept; the least recently answered are forgotten first (then read as on a first query). */
const MAX_ENTRIES = 10_000;

/** How long what a standby named is taken as the blocks it holds without asking it again. */
export const STANDBY_NAMES_MAX_AGE_MS = 60_000;

interface Named {
  blocks: readonly string[];
  atMs: number;
}

export class NamedBlocks {
  private readonly byTenantSource: RecentMap<string, Named>;

  constructor(maxEntries = MAX_ENTRIES) {
    this.byTenantSource = new RecentMap(maxEntries);
  }

  /**
   * The blocks the given ingesters named last time, or undefined when one of them has not answered this
   * tenant's digests yet (nothing to predict from: the bucket waits for the answers).
   */
  predict(tenant: string, sources: readonly string[]): Set<string> | undefined {
    const out = new Set<string>();
    for (const s of sources) {
      const named = this.byTenantSource.get(key(tenant, s));
      if (!named) return undefined;
      for (const b of named.blocks) out.add(b);
    }
    return out;
  }

  /** The blocks the given ingesters named last time, of those that have answered this tenant's digests. */
  known(tenant: string, sources: readonly string[]): string[] {
    return sources.flatMap((s) => this.byTenantSource.get(key(tenant, s))?.blocks ?? []);
  }

  /** Whether the ingester named its blocks for the tenant at most `maxAgeMs` before `nowMs`. */
  heardWithin(tenant: string, source: string, nowMs: number, maxAgeMs: number): boolean {
    const named = this.byTenantSource.get(key(tenant, source));
    return named !== undefined && nowMs - named.atMs <= maxAgeMs;
  }

  /** What an ingester named in this query's answer (nothing, when it failed or is of an earlier version). */
  remember(tenant: string, source: string, blocks: readonly string[], nowMs = Date.now()): void {
    this.byTenantSource.set(key(tenant, source), { blocks, atMs: nowMs });
  }
}

const key = (tenant: string, source: string): string => `${tenant}\u0000${source}`;
