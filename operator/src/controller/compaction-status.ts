// status.compactor and the CompactionBehind condition, as a pure function of the compactor pods and what each
// Ready one answered on GET /compactor/status. CompactionBehind is True (abnormal, like Degraded) when the
// oldest ingester block still unmerged though its window has ended is older than spec.compactor.maxLag, or
// when no pass has succeeded for that long (a compactor failing every pass may report no lag at all).
//
// The lag is kept to the minute and the block's time as reported, so the status changes at most once a minute
// while the compactor is behind and not at all while it keeps up: every status write is a watch event that
// queues another reconcile.
import type { IngesterCluster, IngesterClusterStatusCompactor, IngesterClusterStatusConditionsItem as Condition } from '../gen/types.ts';
import type { CompactorStatus } from '../../../ingester/src/roles/compactor/status.ts';
import { durationMs } from './layout.ts';

export interface ObservedCompactor {
  /** Compactor pods that exist and are not terminating. */
  pods: number;
  ready: number;
  /** GET /compactor/status of each Ready pod that answered. */
  reports: CompactorStatus[];
}

export const COMPACTION_BEHIND = 'CompactionBehind';

export function compactionStatus(
  cluster: IngesterCluster, observed: ObservedCompactor | undefined, now: number,
): { status: IngesterClusterStatusCompactor; condition: Omit<Condition, 'lastTransitionTime' | 'observedGeneration'> } {
  const spec = cluster.spec.compactor;
  const counts = { replicas: observed?.pods ?? 0, readyReplicas: observed?.ready ?? 0 };
  const condition = (status: Condition['status'], reason: string, message: string) => ({ type: COMPACTION_BEHIND, status, reason, message });
  if (!spec.enabled) {
    return { status: counts, condition: condition('False', 'CompactorDisabled', 'spec.compactor.enabled is false: blocks are not merged, expired or indexed') };
  }
  const reports = observed?.reports ?? [];
  if (reports.length === 0) {
    const why = counts.readyReplicas === 0 ? `no compactor pod is Ready (${counts.replicas} of ${spec.replicas} exist)` : 'no Ready compactor pod answered GET /compactor/status';
    return { status: counts, condition: condition('Unknown', 'CompactorUnavailable', why) };
  }

  // Several compactors split the tenants: the oldest block any of them reports, the latest pass any finished.
  const lagging = reports.flatMap((r) => r.tenants).sort((a, b) => Date.parse(a.oldestUncompactedBlockTime) - Date.parse(b.oldestUncompactedBlockTime))[0];
  const lastSuccess = latest(reports.map((r) => r.lastSuccessfulPassAt));
  const startedAt = earliest(reports.map((r) => r.startedAt));
  const lagMs = lagging ? Math.max(0, now - Date.parse(lagging.oldestUncompactedBlockTime)) : 0;
  const status: IngesterClusterStatusCompactor = {
    ...counts,
    lag: formatLag(lagMs),
    ...(lagging ? { oldestUncompactedBlockTime: lagging.oldestUncompactedBlockTime, laggingTenant: lagging.tenant } : {}),
    ...(lastSuccess ? { lastSuccessfulPassTime: lastSuccess } : {}),
  };

  const maxLagMs = durationMs(spec.maxLag);
  if (lagging && lagMs > maxLagMs) {
    return { status, condition: condition('True', 'LagAboveMax', `tenant ${lagging.tenant} has an unmerged ingester block from ${lagging.oldestUncompactedBlockTime}, ${formatLag(lagMs)} old: over spec.compactor.maxLag (${spec.maxLag})`) };
  }
  const since = lastSuccess ?? startedAt;
  if (since && now - Date.parse(since) > maxLagMs) {
    const what = lastSuccess ? `the last successful pass was at ${lastSuccess}` : `none since the compactors started at ${startedAt}`;
    return { status, condition: condition('True', 'NoSuccessfulPass', `no compaction pass succeeded for over spec.compactor.maxLag (${spec.maxLag}): ${what} (the compactor logs name the failing tenant)`) };
  }
  return { status, condition: condition('False', 'WithinMaxLag', `compaction lag ${formatLag(lagMs)}, within spec.compactor.maxLag (${spec.maxLag})`) };
}

/** A lag rounded down to the minute, as kubectl shows durations: 0s, 42m, 3h5m. */
export function formatLag(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 0) return '0s';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
}

const latest = (times: (string | null)[]): string | undefined =>
  times.filter((t): t is string => t !== null).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
const earliest = (times: (string | null)[]): string | undefined =>
  times.filter((t): t is string => t !== null).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
