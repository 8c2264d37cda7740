// One reconcile of one IngesterCluster: fetch, decide (controller/*, pure), apply. Level-triggered: it reads
// everything it needs every time (the informer caches, the StatefulSets, the ring, each ingester's status), so
// it can be interrupted anywhere and a restarted operator continues from what it observes.
import type { KubernetesObject, V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import type { IngesterCluster } from '../gen/types.ts';
import type { Clock } from '../../../ingester/src/util/clock.ts';
import type { Logger } from '../../../ingester/src/util/log.ts';
import { withDefaults } from '../controller/defaults.ts';
import { desiredObjects, ringConfigMap } from '../controller/desired.ts';
import { durationMs, ingesterGroups, names, tokenOrdinal } from '../controller/layout.ts';
import type { Observed, ObservedPod, ObservedStatefulSet } from '../controller/observed.ts';
import { nextStep, type Step } from '../controller/rollout.ts';
import { computeStatus } from '../controller/status.ts';
import { ordinalOf, tokensForOrdinal } from '../controller/tokens.ts';
import { apply } from './apply.ts';
import { isNotFound, pathFor, type KubeClient } from './client.ts';
import type { EventRecorder } from './events.ts';
import type { Informer } from './informer.ts';
import type { IngesterClient } from './ingester-client.ts';
import type { OperatorMetrics } from './metrics.ts';
import type { RingAccess } from './ring-access.ts';
import { isSubset } from './apply.ts';
import type { ReconcileResult } from './work-queue.ts';

export const LEAVE_ANNOTATION = 'ingester-cluster.dev/leave-requested-at';
/** A leave request is not repeated within this window (the ingester is on its way to LEAVING). */
const LEAVE_RESEND_MS = 15_000;

export interface ReconcilerDeps {
  client: KubeClient;
  clusters: Informer<IngesterCluster & KubernetesObject>;
  pods: Informer<V1Pod>;
  /** The ring of one cluster (cached by the caller, one store per ring). */
  ringFor: (namespace: string, configMapName: string, heartbeatTimeoutMs: number) => RingAccess;
  /** Called when a cluster is gone, so its ring store can be closed. */
  releaseRing?: (namespace: string, configMapName: string) => Promise<void>;
  ingesters: IngesterClient;
  events: EventRecorder;
  metrics: OperatorMetrics;
  log: Logger;
  clock: Clock;
  /** How often to look again while a rollout is in progress, and when all is quiet. */
  busyRequeueMs?: number;
  idleRequeueMs?: number;
}

export class Reconciler {
  constructor(private readonly deps: ReconcilerDeps) {}

  async reconcile(key: string): Promise<ReconcileResult> {
    const { client, log } = this.deps;
    const [namespace = '', name = ''] = key.split('/');
    // Read fresh rather than from the informer cache: the status written by the previous pass may not have
    // reached the cache yet, and conditions computed from a stale status would move lastTransitionTime.
    const cached = this.deps.clusters.get(namespace, name);
    const raw = cached ? await client.find<IngesterCluster & KubernetesObject>(pathFor('IngesterCluster', namespace, name)) : undefined;
    if (!raw || raw.metadata?.deletionTimestamp) {
      // Owned objects go with the cluster through ownerReferences (garbage collection).
      await this.deps.releaseRing?.(namespace, names(name).ring);
      return;
    }
    const cluster = withDefaults(raw);
    const n = names(name);
    const now = this.deps.clock.now();

    // The ring ConfigMap is created once and never overwritten: it holds the ring's state.
    const ringCm = ringConfigMap(cluster);
    if (!(await client.find(pathFor('ConfigMap', namespace, n.ring)))) {
      try {
        await client.create(pathFor('ConfigMap', namespace), ringCm);
      } catch (err) {
        if (!(err as { statusCode?: number }).statusCode || (err as { statusCode: number }).statusCode !== 409) throw err;
      }
    }
    const ring = this.deps.ringFor(namespace, n.ring, durationMs(cluster.spec.ring.heartbeatTimeout));

    // Tokens before pods: every wanted ordinal whose pod does not exist yet gets its entry, so its ingester
    // adopts these tokens on join. An ordinal whose pod exists is not re-registered: if its entry was
    // forgotten (its node died), the pod rejoins with the same tokens from its tokens file when it returns.
    const groups = ingesterGroups(cluster);
    const zoneCount = cluster.spec.zones?.length ?? 0;
    const existingPods = new Set(this.deps.pods.list().filter((p) => p.metadata?.namespace === namespace).map((p) => p.metadata?.name));
    const registrations = groups.flatMap((group) =>
      Array.from({ length: group.replicas }, (_, ordinal) => ({
        id: `${group.name}-${ordinal}`,
        zone: group.zone,
        tokens: tokensForOrdinal(tokenOrdinal(group, ordinal, zoneCount), cluster.spec.ring.tokensPerInstance),
      })).filter((r) => !existingPods.has(r.id)),
    );
    const added = await ring.register(registrations, now);
    if (added.length) log.info('registered ingester tokens in the ring', { cluster: key, instances: added });

    // Desired objects; a StatefulSet that exists keeps its replicas (scaling is a rollout step).
    const statefulSets = new Map<string, ObservedStatefulSet>();
    for (const desired of desiredObjects(cluster)) {
      if (desired.kind === 'StatefulSet') {
        const live = await client.find<V1StatefulSet>(pathFor('StatefulSet', namespace, desired.metadata?.name));
        if (live?.spec?.replicas !== undefined) (desired as V1StatefulSet).spec!.replicas = live.spec.replicas;
      }
      const { outcome, object } = await apply(client, desired);
      if (outcome !== 'unchanged') log.info(`${outcome} ${desired.kind}`, { cluster: key, name: desired.metadata?.name });
      if (desired.kind === 'StatefulSet') {
        const sts = object as V1StatefulSet;
        statefulSets.set(sts.metadata!.name!, {
          name: sts.metadata!.name!,
          replicas: sts.spec?.replicas ?? 0,
          updateRevision: sts.status?.updateRevision ?? '',
          currentRevision: sts.status?.currentRevision ?? '',
          readyReplicas: sts.status?.readyReplicas ?? 0,
          upToDate: outcome === 'unchanged' && (sts.status?.observedGeneration ?? 0) >= (sts.metadata?.generation ?? 0) && !!sts.status?.updateRevision,
        });
      }
    }

    const observed: Observed = {
      statefulSets,
      pods: await this.observePods(cluster),
      ring: await ring.read(),
      claims: cluster.spec.persistence.deleteOnScaleDown ? await this.listClaims(namespace, groups.map((g) => g.name)) : [],
      now,
    };
    const step = nextStep(cluster, observed);
    const acted = await this.perform(cluster, step, observed, ring);

    const status = computeStatus(cluster, observed, step);
    if (!isSubset(status, raw.status ?? {}) || !isSubset(raw.status ?? {}, status)) {
      try {
        await client.patch(pathFor('IngesterCluster', namespace, name, 'status'), { status });
      } catch (err) {
        if (isNotFound(err)) return;
        throw err;
      }
    }
    this.recordMetrics(cluster, observed, { ...status.ring });
    const busy = step.action !== 'done' || acted;
    return { requeueAfterMs: busy ? (this.deps.busyRequeueMs ?? 1000) : (this.deps.idleRequeueMs ?? 15_000) };
  }

  private async observePods(cluster: IngesterCluster): Promise<ObservedPod[]> {
    const namespace = cluster.metadata?.namespace ?? '';
    const groups = ingesterGroups(cluster);
    const pods = this.deps.pods.list().filter((p) => p.metadata?.namespace === namespace && p.metadata?.labels?.['app.kubernetes.io/instance'] === cluster.metadata?.name && p.metadata?.labels?.['app.kubernetes.io/component'] === 'ingester');
    const observed: ObservedPod[] = [];
    for (const pod of pods) {
      const podName = pod.metadata?.name ?? '';
      const group = [...groups].sort((a, b) => b.name.length - a.name.length).find((g) => ordinalOf(podName, g.name) !== undefined);
      if (!group) continue;
      const leaveAnnotation = pod.metadata?.annotations?.[LEAVE_ANNOTATION];
      observed.push({
        name: podName,
        group: group.name,
        ordinal: ordinalOf(podName, group.name)!,
        revision: pod.metadata?.labels?.['controller-revision-hash'] ?? '',
        ready: pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
        terminating: !!pod.metadata?.deletionTimestamp,
        ip: pod.status?.podIP,
        leaveRequestedAt: leaveAnnotation ? Date.parse(leaveAnnotation) : undefined,
      });
    }
    await Promise.all(observed.map(async (p) => {
      if (p.ip) p.status = await this.deps.ingesters.status(p.ip);
    }));
    return observed;
  }

  private async listClaims(namespace: string, groupNames: string[]): Promise<string[]> {
    const list = await this.deps.client.get<{ items?: KubernetesObject[] }>(pathFor('PersistentVolumeClaim', namespace));
    return (list.items ?? []).map((c) => c.metadata?.name ?? '').filter((claim) => groupNames.some((g) => claim.startsWith(`data-${g}-`)));
  }

  /** Performs a step; true when it changed something. */
  private async perform(cluster: IngesterCluster, step: Step, observed: Observed, ring: RingAccess): Promise<boolean> {
    const { client, events, metrics, log } = this.deps;
    const namespace = cluster.metadata?.namespace ?? '';
    const key = `${namespace}/${cluster.metadata?.name}`;
    const pod = observed.pods.find((p) => p.name === step.target);
    switch (step.action) {
      case 'wait':
      case 'done':
        return false;
      case 'leave': {
        if (!pod?.ip) return false;
        if (pod.leaveRequestedAt !== undefined && observed.now - pod.leaveRequestedAt < LEAVE_RESEND_MS) return false;
        await client.patch(pathFor('Pod', namespace, pod.name), { metadata: { annotations: { [LEAVE_ANNOTATION]: new Date(observed.now).toISOString() } } });
        if (step.forGood) await this.deps.ingesters.prepareShutdown(pod.ip);
        await this.deps.ingesters.leave(pod.ip);
        break;
      }
      case 'delete-pod':
        try {
          await client.delete(pathFor('Pod', namespace, step.target));
        } catch (err) {
          if (!isNotFound(err)) throw err;
        }
        break;
      case 'forget':
        if (!(await ring.forget(step.target))) return false;
        break;
      case 'scale-statefulset':
        await client.patch(pathFor('StatefulSet', namespace, step.target), { spec: { replicas: step.replicas } });
        break;
      case 'delete-pvc':
        try {
          await client.delete(pathFor('PersistentVolumeClaim', namespace, step.target));
        } catch (err) {
          if (!isNotFound(err)) throw err;
        }
        break;
    }
    metrics.steps.inc({ action: step.action, reason: step.reason });
    log.info('rollout step', { cluster: key, action: step.action, target: step.target, reason: step.reason, message: step.message });
    await events.record(cluster, 'Normal', step.reason, step.message);
    return true;
  }

  private recordMetrics(cluster: IngesterCluster, observed: Observed, ring: Record<string, number | undefined>): void {
    const labels = { namespace: cluster.metadata?.namespace ?? '', cluster: cluster.metadata?.name ?? '' };
    const updated = observed.pods.filter((p) => p.revision === observed.statefulSets.get(p.group)?.updateRevision).length;
    this.deps.metrics.ingestersUpdated.set(labels, updated);
    this.deps.metrics.ingestersDesired.set(labels, cluster.spec.replicas);
    for (const state of ['pending', 'joining', 'active', 'leaving', 'unhealthy']) {
      this.deps.metrics.ringInstances.set({ ...labels, state: state.toUpperCase() }, ring[state] ?? 0);
    }
  }
}
