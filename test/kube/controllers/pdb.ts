// PodDisruptionBudget status: how many matching pods are expected (from their controllers' replicas),
// how many are healthy (Ready, not terminating, not just evicted), how many must stay healthy, and so how
// many disruptions are allowed now. The API server's eviction endpoint reads `disruptionsAllowed`.
import type { V1Pod, V1PodDisruptionBudget, V1PodDisruptionBudgetStatus, V1ReplicaSet, V1StatefulSet } from '@kubernetes/client-node';
import { resourcePath, timeOf, wireTime } from './client.ts';
import { controllerOf, PATHS, selectorMatches, type ControllerContext } from './context.ts';
import { resolveIntOrPercent } from './deployment-decide.ts';
import { isReady, isTerminating } from './statefulset-decide.ts';
import { canonicalStatus } from './status-compare.ts';
import { WorkQueue, type ReconcileResult } from './work-queue.ts';

/** Evictions recorded in status.disruptedPods count as disruptions for this long (as in Kubernetes). */
const DISRUPTED_POD_TTL_MS = 2 * 60_000;

export interface PdbInputs {
  pdb: V1PodDisruptionBudget;
  pods: V1Pod[];
  /** spec.replicas of a pod's controller, by `Kind/name`. */
  controllerReplicas: (kind: string, name: string) => number | undefined;
  now: number;
}

export function pdbStatus({ pdb, pods, controllerReplicas, now }: PdbInputs): V1PodDisruptionBudgetStatus {
  const matching = pods.filter((p) => selectorMatches(pdb.spec?.selector, p.metadata?.labels));
  // Expected pods: the replicas of each distinct controller; pods without a controller count themselves.
  let expectedPods = 0;
  const seen = new Set<string>();
  for (const pod of matching) {
    const owner = controllerOf(pod);
    if (!owner) {
      expectedPods++;
      continue;
    }
    const id = `${owner.kind}/${owner.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    expectedPods += controllerReplicas(owner.kind, owner.name) ?? matching.filter((p) => controllerOf(p)?.uid === owner.uid).length;
  }
  const disrupted: Record<string, Date> = {};
  for (const [name, at] of Object.entries(pdb.status?.disruptedPods ?? {})) {
    const when = timeOf(at);
    if (when !== undefined && now - when < DISRUPTED_POD_TTL_MS && matching.some((p) => p.metadata?.name === name && !isTerminating(p))) disrupted[name] = at;
  }
  const currentHealthy = matching.filter((p) => isReady(p) && !isTerminating(p) && !disrupted[p.metadata?.name ?? '']).length;
  let desiredHealthy = 0;
  if (pdb.spec?.minAvailable !== undefined) {
    desiredHealthy = resolveIntOrPercent(pdb.spec.minAvailable as number | string, expectedPods, '0', true);
  } else if (pdb.spec?.maxUnavailable !== undefined) {
    desiredHealthy = Math.max(0, expectedPods - resolveIntOrPercent(pdb.spec.maxUnavailable as number | string, expectedPods, '0', true));
  }
  const disruptionsAllowed = Math.max(0, currentHealthy - desiredHealthy);
  const allowed = disruptionsAllowed > 0;
  const before = pdb.status?.conditions?.find((c) => c.type === 'DisruptionAllowed');
  const status = allowed ? 'True' : 'False';
  return {
    observedGeneration: pdb.metadata?.generation,
    disruptedPods: Object.keys(disrupted).length ? disrupted : undefined,
    disruptionsAllowed,
    currentHealthy,
    desiredHealthy,
    expectedPods,
    conditions: [
      {
        type: 'DisruptionAllowed',
        status,
        reason: allowed ? 'SufficientPods' : 'InsufficientPods',
        message: '',
        observedGeneration: pdb.metadata?.generation,
        lastTransitionTime: before && before.status === status && before.lastTransitionTime ? before.lastTransitionTime : wireTime(now),
      },
    ],
  };
}

export class PdbController {
  private readonly queue: WorkQueue;
  private readonly pdbs;
  private readonly pods;
  private readonly statefulSets;
  private readonly replicaSets;

  constructor(private readonly ctx: ControllerContext) {
    this.pdbs = ctx.informers.for<V1PodDisruptionBudget>(PATHS.pdbs);
    this.pods = ctx.informers.for<V1Pod>(PATHS.pods);
    this.statefulSets = ctx.informers.for<V1StatefulSet>(PATHS.statefulSets);
    this.replicaSets = ctx.informers.for<V1ReplicaSet>(PATHS.replicaSets);
    this.queue = new WorkQueue((key) => this.reconcile(key), {
      onError: (key, err) => {
        ctx.metrics.reconciles.inc({ controller: 'pdb', result: 'error' });
        ctx.log.warn('pdb reconcile failed', { pdb: key, error: String(err) });
      },
    });
    this.pdbs.on((_e, pdb) => this.queue.add(`${pdb.metadata?.namespace}/${pdb.metadata?.name}`));
    const byNamespace = (_e: string, obj: { metadata?: { namespace?: string } }) => {
      for (const pdb of this.pdbs.list(obj.metadata?.namespace)) this.queue.add(`${pdb.metadata?.namespace}/${pdb.metadata?.name}`);
    };
    this.pods.on(byNamespace);
    this.statefulSets.on(byNamespace);
    this.replicaSets.on(byNamespace);
  }

  stop(): void {
    this.queue.stop();
  }

  private async reconcile(key: string): Promise<ReconcileResult> {
    const [namespace, name] = key.split('/') as [string, string];
    const pdb = this.pdbs.get(namespace, name);
    if (!pdb || pdb.metadata?.deletionTimestamp) return;
    const status = pdbStatus({
      pdb,
      pods: this.pods.list(namespace),
      controllerReplicas: (kind, ownerName) => {
        if (kind === 'StatefulSet') return this.statefulSets.get(namespace, ownerName)?.spec?.replicas;
        if (kind === 'ReplicaSet') return this.replicaSets.get(namespace, ownerName)?.spec?.replicas;
        return undefined;
      },
      now: this.ctx.clock.now(),
    });
    if (canonicalStatus(pdb.status) !== canonicalStatus(status)) {
      await this.ctx.client.patch(resourcePath('policy/v1', 'poddisruptionbudgets', namespace, name, 'status'), { status: { ...status, disruptedPods: status.disruptedPods ?? null } });
    }
    this.ctx.metrics.reconciles.inc({ controller: 'pdb', result: 'ok' });
    // Recorded evictions expire with time alone.
    return status.disruptedPods ? { requeueAfterMs: 5000 } : undefined;
  }
}
