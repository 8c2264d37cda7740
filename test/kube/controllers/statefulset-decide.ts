// The StatefulSet controller's decisions as pure functions of (set, its pods, its revisions): which pods
// to create, delete or wait for, and the status to report. The reconciler (statefulset.ts) fetches and
// applies. Rules, as the Kubernetes StatefulSet controller has them:
// - Pods are `<set>-<ordinal>` for ordinals [start, start+replicas); others are condemned.
// - OrderedReady: create one missing pod at a time, lowest ordinal first, and only when every lower one is
//   Running and Ready; delete condemned pods one at a time, highest first, only when all others are healthy.
//   Parallel: create and delete all at once.
// - Failed or Succeeded pods are deleted (and so recreated).
// - RollingUpdate: from the highest ordinal down to the partition, delete the first pod not at the update
//   revision, one at a time, waiting for each to be Running and Ready again. OnDelete: pods are only
//   recreated (at the update revision) when something else deletes them.
// - New pods below the partition get the current revision; all others the update revision.
import type { V1Pod, V1StatefulSet, V1StatefulSetStatus } from '@kubernetes/client-node';
import { timeOf } from './client.ts';

export const REVISION_LABEL = 'controller-revision-hash';
export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

export type SetAction =
  | { kind: 'create'; ordinal: number; revision: 'current' | 'update' }
  | { kind: 'delete'; name: string; ordinal: number; why: 'condemned' | 'failed' | 'update' };

export interface SetDecision {
  actions: SetAction[];
  /** Why nothing more happens now (for logs and tests), when the decision stopped early. */
  waitingFor?: string;
}

export function ordinalOf(setName: string, podName: string): number | undefined {
  if (!podName.startsWith(setName + '-')) return undefined;
  const rest = podName.slice(setName.length + 1);
  return /^(0|[1-9]\d*)$/.test(rest) ? Number(rest) : undefined;
}

export const isTerminating = (pod: V1Pod): boolean => Boolean(pod.metadata?.deletionTimestamp);
export const isFinished = (pod: V1Pod): boolean => pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded';

export function isReady(pod: V1Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Running, Ready and not terminating: what OrderedReady waits for. */
export const isHealthy = (pod: V1Pod): boolean => pod.status?.phase === 'Running' && isReady(pod) && !isTerminating(pod);

/** Ready for at least minReadySeconds. */
export function isAvailable(pod: V1Pod, minReadySeconds: number, now: number): boolean {
  if (!isReady(pod) || isTerminating(pod)) return false;
  if (minReadySeconds <= 0) return true;
  const since = timeOf(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime);
  return since !== undefined && now - since >= minReadySeconds * 1000;
}

export const podRevision = (pod: V1Pod): string | undefined => pod.metadata?.labels?.[REVISION_LABEL];

export function decideStatefulSet(set: V1StatefulSet, pods: V1Pod[], updateRevision: string): SetDecision {
  const setName = set.metadata?.name ?? '';
  const replicas = set.spec?.replicas ?? 1;
  const start = set.spec?.ordinals?.start ?? 0;
  const parallel = set.spec?.podManagementPolicy === 'Parallel';
  const byOrdinal = new Map<number, V1Pod>();
  for (const pod of pods) {
    const ordinal = ordinalOf(setName, pod.metadata?.name ?? '');
    if (ordinal !== undefined) byOrdinal.set(ordinal, pod);
  }
  const inRange = (o: number): boolean => o >= start && o < start + replicas;
  const condemned = [...byOrdinal.keys()].filter((o) => !inRange(o)).sort((a, b) => b - a);
  const strategy = set.spec?.updateStrategy?.type ?? 'RollingUpdate';
  const partition = strategy === 'RollingUpdate' ? (set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0) : 0;
  const actions: SetAction[] = [];

  // 1. Replicas in range, lowest ordinal first.
  for (let ordinal = start; ordinal < start + replicas; ordinal++) {
    const pod = byOrdinal.get(ordinal);
    if (pod && isFinished(pod) && !isTerminating(pod)) {
      actions.push({ kind: 'delete', name: pod.metadata?.name ?? '', ordinal, why: 'failed' });
      if (!parallel) return { actions, waitingFor: `${pod.metadata?.name} to be recreated after it ${pod.status?.phase}` };
      continue;
    }
    if (!pod) {
      const revision = strategy === 'RollingUpdate' && ordinal - start < partition ? 'current' : 'update';
      actions.push({ kind: 'create', ordinal, revision });
      if (!parallel) return { actions, waitingFor: `${setName}-${ordinal} to be Running and Ready` };
      continue;
    }
    if (!parallel && isTerminating(pod)) return { actions, waitingFor: `${pod.metadata?.name} to terminate` };
    if (!parallel && !isHealthy(pod)) return { actions, waitingFor: `${pod.metadata?.name} to be Running and Ready` };
  }

  // 2. Condemned pods, highest ordinal first.
  if (condemned.length > 0) {
    if (parallel) {
      for (const o of condemned) {
        const pod = byOrdinal.get(o)!;
        if (!isTerminating(pod)) actions.push({ kind: 'delete', name: pod.metadata?.name ?? '', ordinal: o, why: 'condemned' });
      }
    } else {
      const target = byOrdinal.get(condemned[0]!)!;
      if (isTerminating(target)) return { actions, waitingFor: `${target.metadata?.name} to terminate` };
      const unhealthy = [...byOrdinal.entries()].filter(([o, p]) => o !== condemned[0] && !isHealthy(p)).sort(([a], [b]) => a - b)[0];
      if (unhealthy) return { actions, waitingFor: `${unhealthy[1].metadata?.name} to be Running and Ready before scaling down` };
      actions.push({ kind: 'delete', name: target.metadata?.name ?? '', ordinal: condemned[0]!, why: 'condemned' });
      return { actions, waitingFor: `${target.metadata?.name} to terminate` };
    }
  }

  // 3. Rolling update, highest ordinal first down to the partition, one pod at a time.
  if (strategy === 'RollingUpdate') {
    for (let ordinal = start + replicas - 1; ordinal >= start + partition; ordinal--) {
      const pod = byOrdinal.get(ordinal);
      if (!pod) continue;
      if (podRevision(pod) !== updateRevision && !isTerminating(pod)) {
        if (actions.length > 0) return { actions, waitingFor: 'creations before updating' };
        actions.push({ kind: 'delete', name: pod.metadata?.name ?? '', ordinal, why: 'update' });
        return { actions, waitingFor: `${pod.metadata?.name} to come back at revision ${updateRevision}` };
      }
      if (!isHealthy(pod)) return { actions, waitingFor: `${pod.metadata?.name} to be Running and Ready at revision ${updateRevision}` };
    }
  }
  return { actions };
}

/** The status the controller reports, given the pods as they are (after this round's actions are issued). */
export function statefulSetStatus(
  set: V1StatefulSet,
  pods: V1Pod[],
  revisions: { current: string; update: string; collisionCount: number },
  now: number,
): V1StatefulSetStatus {
  const minReadySeconds = set.spec?.minReadySeconds ?? 0;
  const replicas = set.spec?.replicas ?? 1;
  const live = pods.filter((p) => !isFinished(p));
  const status: V1StatefulSetStatus = {
    observedGeneration: set.metadata?.generation,
    replicas: live.length,
    readyReplicas: live.filter(isReady).filter((p) => !isTerminating(p)).length,
    availableReplicas: live.filter((p) => isAvailable(p, minReadySeconds, now)).length,
    currentReplicas: live.filter((p) => podRevision(p) === revisions.current).length,
    updatedReplicas: live.filter((p) => podRevision(p) === revisions.update).length,
    currentRevision: revisions.current,
    updateRevision: revisions.update,
    collisionCount: revisions.collisionCount,
  };
  // Once every replica runs the update revision and is ready, it becomes the current one. Kubernetes long
  // did this only for RollingUpdate (kubernetes#73492; fixed upstream by kubernetes#136833); we follow the
  // fixed behaviour, so OnDelete sets report it too.
  if (status.updatedReplicas === replicas && status.readyReplicas === replicas && status.replicas === replicas) {
    status.currentRevision = revisions.update;
    status.currentReplicas = status.updatedReplicas;
  }
  return status;
}
