// GET /compactor/status: what the operator reads from each compactor pod to report the compaction lag on the
// IngesterCluster (status.compactor and the CompactionBehind condition), as it reads /ingester/status from
// ingesters. Times are RFC 3339 so the operator can copy them into its status as they are; the per-tenant
// lag comes from the compactor's last pass over each tenant, the pass counts from its own metrics.
import type { Registry } from 'prom-client';
import type { HttpServer } from '../../server/http.ts';
import type { Clock } from '../../util/clock.ts';
import type { Compactor } from './compactor.ts';

export const COMPACTOR_STATUS_PATH = '/compactor/status';

export interface TenantLag {
  tenant: string;
  /** The oldest profile time (RFC 3339) in an ingester block still unmerged though its window has ended. */
  oldestUncompactedBlockTime: string;
  lagSeconds: number;
}

export interface CompactorStatus {
  /** When this compactor started (RFC 3339): until its first pass succeeds, lateness counts from here. */
  startedAt: string;
  /** When a pass over every tenant last succeeded (RFC 3339), or null before the first. */
  lastSuccessfulPassAt: string | null;
  passes: { success: number; failure: number };
  /** The largest lag of any tenant (0 when every ended window is merged). */
  lagSeconds: number;
  /** Tenants with a lag, largest first. */
  tenants: TenantLag[];
}

/** The parts of a running compactor the status reads. */
export interface CompactorStatusSource {
  compactor: Pick<Compactor, 'oldestUncompacted'>;
  registry: Registry;
  clock: Clock;
  startedAtMs: number;
}

export async function compactorStatus(source: CompactorStatusSource): Promise<CompactorStatus> {
  const now = source.clock.now();
  const tenants = [...source.compactor.oldestUncompacted()]
    .map(([tenant, oldest]) => ({ tenant, oldestUncompactedBlockTime: new Date(oldest).toISOString(), lagSeconds: Math.max(0, Math.floor((now - oldest) / 1000)) }))
    .sort((a, b) => b.lagSeconds - a.lagSeconds || (a.tenant < b.tenant ? -1 : 1));
  const lastSuccess = await metricValue(source.registry, 'compactor_last_successful_run_timestamp_seconds');
  return {
    startedAt: new Date(source.startedAtMs).toISOString(),
    lastSuccessfulPassAt: lastSuccess > 0 ? new Date(lastSuccess * 1000).toISOString() : null,
    passes: {
      success: await metricValue(source.registry, 'compactor_runs_total', { result: 'success' }),
      failure: await metricValue(source.registry, 'compactor_runs_total', { result: 'failure' }),
    },
    lagSeconds: tenants[0]?.lagSeconds ?? 0,
    tenants,
  };
}

export function registerCompactorStatusRoute(http: HttpServer, source: CompactorStatusSource): void {
  http.route('GET', COMPACTOR_STATUS_PATH, async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(await compactorStatus(source)));
  });
}

/** The value of a metric the compactor registered (the sample with these labels), 0 when absent. */
async function metricValue(registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  const sample = values.find((v) => Object.entries(labels).every(([k, want]) => v.labels[k] === want));
  return sample?.value ?? 0;
}
