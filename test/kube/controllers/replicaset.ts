// The ReplicaSet controller: keeps `spec.replicas` live pods (not terminating, not finished) from the
// template, deleting the least useful extras first (unscheduled, then not ready, then the youngest), and
// reports replicas / readyReplicas / availableReplicas. Pod names are generated, so creations in flight are
// remembered ("expectations") until the informer shows them, or the controller would create twice.
import type { V1Pod, V1ReplicaSet, V1ReplicaSetStatus } from '@kubernetes/client-node';
import { isNotFound, resourcePath, timeOf } from './client.ts';
import { controllerOf, isOwnedBy, ownerReference, PATHS, type ControllerContext } from './context.ts';
import { isAvailable, isFinished, isReady, isTerminating } from './statefulset-decide.ts';
import { canonicalStatus } from './status-compare.ts';
import { WorkQueue, type ReconcileResult } from './work-queue.ts';

const EXPECTATION_TTL_MS = 30_000;

export function podsToDelete(pods: V1Pod[], count: number): V1Pod[] {
  const rank = (p: V1Pod): number => (!p.spec?.nodeName ? 0 : p.status?.phase !== 'Running' ? 1 : !isReady(p) ? 2 : 3);
  return [...pods]
    .sort((a, b) => rank(a) - rank(b) || (timeOf(b.metadata?.creationTimestamp) ?? 0) - (timeOf(a.metadata?.creationTimestamp) ?? 0))
    .slice(0, Math.max(0, count));
}

export function replicaSetStatus(rs: V1ReplicaSet, pods: V1Pod[], now: number): V1ReplicaSetStatus {
  const live = pods.filter((p) => !isTerminating(p) && !isFinished(p));
  const matchLabels = rs.spec?.selector?.matchLabels ?? {};
  return {
    observedGeneration: rs.metadata?.generation,
    replicas: live.length,
    fullyLabeledReplicas: live.filter((p) => Object.entries(matchLabels).every(([k, v]) => p.metadata?.labels?.[k] === v)).length,
    readyReplicas: live.filter(isReady).length,
    availableReplicas: live.filter((p) => isAvailable(p, rs.spec?.minReadySeconds ?? 0, now)).length,
  };
}

export class ReplicaSetController {
  private readonly queue: WorkQueue;
  private readonly sets;
  private readonly pods;
  /** Names of pods created but not yet seen, per ReplicaSet key, with when they were created. */
  private readonly expected = new Map<string, Map<string, number>>();

  constructor(private readonly ctx: ControllerContext) {
    this.sets = ctx.informers.for<V1ReplicaSet>(PATHS.replicaSets);
    this.pods = ctx.informers.for<V1Pod>(PATHS.pods);
    this.queue = new WorkQueue((key) => this.reconcile(key), {
      onError: (key, err) => {
        ctx.metrics.reconciles.inc({ controller: 'replicaset', result: 'error' });
        ctx.log.warn('replicaset reconcile failed', { replicaset: key, error: String(err) });
      },
    });
    this.sets.on((_e, rs) => this.queue.add(`${rs.metadata?.namespace}/${rs.metadata?.name}`));
    this.pods.on((_e, pod) => {
      const owner = controllerOf(pod);
      if (owner?.kind === 'ReplicaSet') this.queue.add(`${pod.metadata?.namespace}/${owner.name}`);
    });
  }

  stop(): void {
    this.queue.stop();
  }

  private async reconcile(key: string): Promise<ReconcileResult> {
    const [namespace, name] = key.split('/') as [string, string];
    const rs = this.sets.get(namespace, name);
    if (!rs || rs.metadata?.deletionTimestamp) {
      this.expected.delete(key);
      return;
    }
    const owned = this.pods.list(namespace).filter((p) => isOwnedBy(p, rs));
    const live = owned.filter((p) => !isTerminating(p) && !isFinished(p));
    const now = this.ctx.clock.now();
    const expected = this.expected.get(key) ?? new Map<string, number>();
    for (const [podName, at] of expected) if (owned.some((p) => p.metadata?.name === podName) || now - at > EXPECTATION_TTL_MS) expected.delete(podName);
    this.expected.set(key, expected);
    const want = rs.spec?.replicas ?? 1;
    const have = live.length + expected.size;
    for (let i = have; i < want; i++) {
      const created = await this.ctx.client.create<V1Pod>(resourcePath('v1', 'pods', namespace), this.podFor(rs));
      expected.set(created.metadata?.name ?? '', now);
    }
    if (have > want && expected.size === 0) {
      for (const pod of podsToDelete(live, have - want)) {
        await this.ctx.client.delete(resourcePath('v1', 'pods', namespace, pod.metadata?.name)).catch((err) => {
          if (!isNotFound(err)) throw err;
        });
      }
    }
    for (const pod of owned.filter((p) => isFinished(p) && !isTerminating(p))) {
      await this.ctx.client.delete(resourcePath('v1', 'pods', namespace, pod.metadata?.name)).catch((err) => {
        if (!isNotFound(err)) throw err;
      });
    }
    const status = replicaSetStatus(rs, this.pods.list(namespace).filter((p) => isOwnedBy(p, rs)), now);
    if (canonicalStatus(rs.status) !== canonicalStatus(status)) {
      await this.ctx.client.patch(resourcePath('apps/v1', 'replicasets', namespace, name, 'status'), { status });
    }
    this.ctx.metrics.reconciles.inc({ controller: 'replicaset', result: 'ok' });
    if (expected.size > 0) return { requeueAfterMs: 1000 };
    return (rs.spec?.minReadySeconds ?? 0) > 0 ? { requeueAfterMs: 1000 } : undefined;
  }

  private podFor(rs: V1ReplicaSet): V1Pod {
    const template = rs.spec?.template;
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${rs.metadata?.name}-`,
        namespace: rs.metadata?.namespace,
        labels: template?.metadata?.labels,
        annotations: template?.metadata?.annotations,
        ownerReferences: [ownerReference(rs, 'apps/v1', 'ReplicaSet')],
      },
      spec: structuredClone(template?.spec ?? { containers: [] }),
    };
  }
}
