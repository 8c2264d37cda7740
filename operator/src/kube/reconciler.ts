// One reconcile of one IngesterCluster: fetch, decide (controller/*, pure), apply. Level-triggered: it reads
// everything it needs every time (the informer caches, the StatefulSets, the ring, each ingester's status), so
// it can be interrupted anywhere and a restarted operator continues from what it observes.
import type { KubernetesObject, V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import type { IngesterCluster, IngesterClusterStatus } from '../gen/types.ts';
import type { Clock } from '../../../ingester/src/util/clock.ts';
import type { Logger } from '../../../ingester/src/util/log.ts';
import { withDefaults } from '../controller/defaults.ts';
import { desiredObjects, ringConfigMap } from '../controller/desired.ts';
import { durationMs, ingesterGroups, names, tokenOrdinal, type Component } from '../controller/layout.ts';
import type { Observed, ObservedClaim, ObservedPod, ObservedStatefulSet } from '../controller/observed.ts';
import { nextStep, type Step } from '../controller/rollout.ts';
import { computeStatus, setCondition } from '../controller/status.ts';
import { warningsFor } from '../controller/warnings.ts';
import { ordinalOf, tokensForOrdinal } from '../controller/tokens.ts';
import { apply } from './apply.ts';
import { isConflict, isNotFound, KubeApiError, pathFor, type KubeClient } from './client.ts';
import type { EventRecorder } from './events.ts';
import type { Informer } from './informer.ts';
import type { IngesterClient } from './ingester-client.ts';
import type { CompactorClient } from './compactor-client.ts';
import type { ObservedCompactor } from '../controller/compaction-status.ts';
import type { OperatorMetrics } from './metrics.ts';
import type { RingAccess } from './ring-access.ts';
import { unsupportedVersionNote, type ServerVersion } from './server-version.ts';
import { isSubset } from './apply.ts';
import type { ReconcileResult } from './work-queue.ts';

export const LEAVE_ANNOTATION = 'ingester-cluster.dev/leave-requested-at';
/** On a data claim: its ingester reported flushed before the StatefulSet shrank past it (RFC 3339). */
export const FLUSHED_ANNOTATION = 'ingester-cluster.dev/flushed-at';
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
  /** GET /compactor/status on compactor pods; without it the compaction lag is not observed. */
  compactors?: CompactorClient;
  events: EventRecorder;
  metrics: OperatorMetrics;
  log: Logger;
  clock: Clock;
  /** The API server's version, when known (read at start): named in failures when it is unsupported. */
  serverVersion?: () => ServerVersion | undefined;
  /** How often to look again while a rollout is in progress, and when all is quiet. */
  busyRequeueMs?: number;
  idleRequeueMs?: number;
}

export class Reconciler {
  constructor(private readonly deps: ReconcilerDeps) {}

  async reconcile(key: string): Promise<ReconcileResult> {
    const { client } = this.deps;
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
    const now = this.deps.clock.now();
    const paused = cluster.spec.paused === true;
    // Failures of single writes (an object refused, an API the cluster does not serve, an ingester that does
    // not answer) are collected: the rest of the reconcile still runs and the status still reports them.
    const failures: Error[] = [];

    let observed: Observed;
    let ring: RingAccess;
    try {
      ring = await this.prepareRing(cluster, now, paused, failures);
      const statefulSets = paused ? await this.readStatefulSets(cluster) : await this.applyDesired(cluster, failures);
      observed = {
        statefulSets,
        pods: await this.observePods(cluster),
        ring: await ring.read(),
        claims: cluster.spec.persistence.deleteOnScaleDown ? await this.listClaims(namespace, ingesterGroups(cluster).map((g) => g.name)) : [],
        compactor: await this.observeCompactor(cluster),
        now,
      };
    } catch (err) {
      // Nothing to decide on (the ring, the StatefulSets or the claims could not be read): the status keeps
      // what it had and says why; the work queue retries with backoff.
      await this.reportFailure(cluster, raw, this.describeFailures([...failures, asError(err)]));
      throw err;
    }

    const step = nextStep(cluster, observed);
    let acted = false;
    if (!paused) {
      try {
        acted = await this.perform(cluster, step, observed, ring);
      } catch (err) {
        failures.push(new Error(`${step.action} ${step.target} (${step.reason}) failed: ${messageOf(err)}`, { cause: err }));
      }
    }
    // The status is written whatever failed, so a refused write or a missing API shows on the resource.
    const reconcileError = this.describeFailures(failures);
    const status = computeStatus(cluster, observed, step, { acted, paused, reconcileError });
    if (!(await this.writeStatus(cluster, raw, status))) return;
    await this.recordWarnings(cluster, raw.status, status, step);
    this.recordMetrics(cluster, observed, { ...status.ring });
    if (reconcileError) throw new Error(reconcileError, { cause: failures[0] });
    const busy = step.action !== 'done' || acted;
    return { requeueAfterMs: busy ? (this.deps.busyRequeueMs ?? 1000) : (this.deps.idleRequeueMs ?? 15_000) };
  }

  /** Creates the ring ConfigMap once, and registers each wanted ordinal whose pod does not exist yet. */
  private async prepareRing(cluster: IngesterCluster, now: number, paused: boolean, failures: Error[]): Promise<RingAccess> {
    const { client, log } = this.deps;
    const namespace = cluster.metadata?.namespace ?? '';
    const key = `${namespace}/${cluster.metadata?.name}`;
    const n = names(cluster.metadata?.name ?? '');
    const ring = this.deps.ringFor(namespace, n.ring, durationMs(cluster.spec.ring.heartbeatTimeout));
    if (paused) return ring;
    // The ring ConfigMap is created once and never overwritten: it holds the ring's state.
    try {
      if (!(await client.find(pathFor('ConfigMap', namespace, n.ring)))) {
        try {
          await client.create(pathFor('ConfigMap', namespace), ringConfigMap(cluster));
        } catch (err) {
          if (!isConflict(err)) throw err;
        }
      }
    } catch (err) {
      failures.push(new Error(`creating the ring ConfigMap ${n.ring}: ${messageOf(err)}`, { cause: err }));
      return ring;
    }

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
    try {
      const added = await ring.register(registrations, now);
      if (added.length) log.info('registered ingester tokens in the ring', { cluster: key, instances: added });
    } catch (err) {
      failures.push(new Error(`registering ingester tokens in the ring ${n.ring}: ${messageOf(err)}`, { cause: err }));
    }
    return ring;
  }

  /** Creates or updates every owned object; a StatefulSet that exists keeps its replicas (scaling is a rollout step). */
  private async applyDesired(cluster: IngesterCluster, failures: Error[]): Promise<Map<string, ObservedStatefulSet>> {
    const { client, log } = this.deps;
    const namespace = cluster.metadata?.namespace ?? '';
    const key = `${namespace}/${cluster.metadata?.name}`;
    const statefulSets = new Map<string, ObservedStatefulSet>();
    for (const desired of desiredObjects(cluster)) {
      try {
        let live: V1StatefulSet | undefined;
        if (desired.kind === 'StatefulSet') {
          live = await client.find<V1StatefulSet>(pathFor('StatefulSet', namespace, desired.metadata?.name));
          if (live?.spec?.replicas !== undefined) (desired as V1StatefulSet).spec!.replicas = live.spec.replicas;
        }
        const { outcome, object } = await apply(client, desired);
        if (outcome !== 'unchanged') log.info(`${outcome} ${desired.kind}`, { cluster: key, name: desired.metadata?.name });
        if (desired.kind === 'StatefulSet') statefulSets.set(desired.metadata!.name!, observeStatefulSet(object as V1StatefulSet, outcome === 'unchanged'));
      } catch (err) {
        failures.push(new Error(`applying ${desired.kind} ${desired.metadata?.name}: ${messageOf(err)}${apiNotServed(err)}`, { cause: err }));
      }
    }
    return statefulSets;
  }

  /** While paused nothing is written: the StatefulSets are only read, for the status. */
  private async readStatefulSets(cluster: IngesterCluster): Promise<Map<string, ObservedStatefulSet>> {
    const namespace = cluster.metadata?.namespace ?? '';
    const statefulSets = new Map<string, ObservedStatefulSet>();
    for (const group of ingesterGroups(cluster)) {
      const live = await this.deps.client.find<V1StatefulSet>(pathFor('StatefulSet', namespace, group.name));
      if (live) statefulSets.set(group.name, observeStatefulSet(live, true));
    }
    return statefulSets;
  }

  /** The failures as one message for the Degraded condition, naming an unsupported server version. */
  private describeFailures(failures: Error[]): string | undefined {
    if (!failures.length) return undefined;
    const note = unsupportedVersionNote(this.deps.serverVersion?.());
    return [...failures.map((f) => f.message), ...(note ? [note] : [])].join('; ');
  }

  /** Patches /status when it differs from what is stored; false when the cluster is gone. */
  private async writeStatus(cluster: IngesterCluster, raw: IngesterCluster, status: IngesterClusterStatus): Promise<boolean> {
    if (isSubset(status, raw.status ?? {}) && isSubset(raw.status ?? {}, status)) return true;
    try {
      await this.deps.client.patch(pathFor('IngesterCluster', cluster.metadata?.namespace ?? '', cluster.metadata?.name ?? '', 'status'), { status });
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  /** When nothing could be observed: Degraded=True ReconcileFailed on the stored status, and its Warning. */
  private async reportFailure(cluster: IngesterCluster, raw: IngesterCluster, message = 'reconcile failed'): Promise<void> {
    const nowIso = new Date(this.deps.clock.now()).toISOString();
    const conditions = setCondition(raw.status?.conditions ?? [], { type: 'Degraded', status: 'True', reason: 'ReconcileFailed', message, observedGeneration: raw.metadata?.generation }, nowIso);
    const status: IngesterClusterStatus = { ...(raw.status ?? {}), phase: 'Degraded', conditions };
    try {
      await this.writeStatus(cluster, raw, status);
    } catch (err) {
      this.deps.log.warn('could not report the reconcile failure on the status', { cluster: `${cluster.metadata?.namespace}/${cluster.metadata?.name}`, err: messageOf(err) });
    }
    await this.recordWarnings(cluster, raw.status, status, undefined);
  }

  private async recordWarnings(cluster: IngesterCluster, previous: IngesterClusterStatus | undefined, next: IngesterClusterStatus, step: Step | undefined): Promise<void> {
    const stepNow = step ?? { action: 'wait', target: '', reason: 'UpToDate', message: '' };
    for (const warning of warningsFor(previous, next, stepNow)) await this.deps.events.record(cluster, 'Warning', warning.reason, warning.message, step?.action ?? 'Reconcile');
  }

  private async observePods(cluster: IngesterCluster): Promise<ObservedPod[]> {
    const groups = ingesterGroups(cluster);
    const pods = this.componentPods(cluster, 'ingester');
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
      if (!p.ip) return;
      p.status = await this.deps.ingesters.status(p.ip);
      // Only a pod the operator asked to leave can have been prepared for shutdown by it.
      if (p.status && p.leaveRequestedAt !== undefined) p.status.prepareShutdown = await this.deps.ingesters.preparedForShutdown(p.ip);
    }));
    return observed;
  }

  /** The cluster's pods of one component, from the pod informer (by the labels every owned pod carries). */
  private componentPods(cluster: IngesterCluster, component: Component): V1Pod[] {
    const namespace = cluster.metadata?.namespace ?? '';
    return this.deps.pods.list().filter((p) => p.metadata?.namespace === namespace && p.metadata?.labels?.['app.kubernetes.io/instance'] === cluster.metadata?.name && p.metadata?.labels?.['app.kubernetes.io/component'] === component);
  }

  /** The compactor pods (from the pod informer) and the status of each Ready one; they are not asked while disabled. */
  private async observeCompactor(cluster: IngesterCluster): Promise<ObservedCompactor> {
    const pods = this.componentPods(cluster, 'compactor').filter((p) => !p.metadata?.deletionTimestamp);
    const ready = pods.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
    const client = this.deps.compactors;
    const asked = client && cluster.spec.compactor.enabled ? await Promise.all(ready.map((p) => (p.status?.podIP ? client.status(p.status.podIP) : undefined))) : [];
    return { pods: pods.length, ready: ready.length, reports: asked.filter((r) => r !== undefined) };
  }

  private async listClaims(namespace: string, groupNames: string[]): Promise<ObservedClaim[]> {
    const list = await this.deps.client.get<{ items?: KubernetesObject[] }>(pathFor('PersistentVolumeClaim', namespace));
    return (list.items ?? [])
      .filter((c) => groupNames.some((g) => (c.metadata?.name ?? '').startsWith(`data-${g}-`)))
      .map((c) => {
        const flushedAt = Date.parse(c.metadata?.annotations?.[FLUSHED_ANNOTATION] ?? '');
        return { name: c.metadata?.name ?? '', ...(Number.isNaN(flushedAt) ? {} : { flushedAt }) };
      });
  }

  /** Sets (or with null removes) the flushed mark on a claim; a claim that does not exist needs none. */
  private async markClaim(namespace: string, claim: string, value: string | null): Promise<void> {
    try {
      await this.deps.client.patch(pathFor('PersistentVolumeClaim', namespace, claim), { metadata: { annotations: { [FLUSHED_ANNOTATION]: value } } });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
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
        // Shrinking past an ingester that reported flushed: mark its claim first, the only licence
        // deleteOnScaleDown has to delete it later (after a restart the report itself is gone with the pod).
        if (step.reason === 'ScaleDown' && cluster.spec.persistence.deleteOnScaleDown) await this.markClaim(namespace, `data-${step.target}-${step.replicas}`, new Date(observed.now).toISOString());
        await client.patch(pathFor('StatefulSet', namespace, step.target), { spec: { replicas: step.replicas } });
        break;
      case 'unmark-claim':
        await this.markClaim(namespace, step.target, null);
        break;
      case 'cancel-shutdown':
        if (!pod?.ip) return false;
        await this.deps.ingesters.cancelPrepareShutdown(pod.ip);
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
    await events.record(cluster, 'Normal', step.reason, step.message, step.action);
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

function observeStatefulSet(sts: V1StatefulSet, unchanged: boolean): ObservedStatefulSet {
  return {
    name: sts.metadata!.name!,
    replicas: sts.spec?.replicas ?? 0,
    updateRevision: sts.status?.updateRevision ?? '',
    currentRevision: sts.status?.currentRevision ?? '',
    readyReplicas: sts.status?.readyReplicas ?? 0,
    upToDate: unchanged && (sts.status?.observedGeneration ?? 0) >= (sts.metadata?.generation ?? 0) && !!sts.status?.updateRevision,
  };
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/**
 * A 404 on a create is not a missing object but a missing API: the cluster does not serve that group-version
 * (policy/v1 on Kubernetes 1.20 answers 404 to /apis/policy/v1/...).
 */
function apiNotServed(err: unknown): string {
  if (!(err instanceof KubeApiError) || err.statusCode !== 404 || err.method !== 'POST') return '';
  const groupVersion = /^\/apis?\/(.+?)\/namespaces\//.exec(err.path)?.[1] ?? err.path;
  return ` (this API server does not serve ${groupVersion})`;
}
