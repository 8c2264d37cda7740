// The Deployment controller: one ReplicaSet per pod template (`<deployment>-<pod-template-hash>`),
// RollingUpdate (maxSurge / maxUnavailable) or Recreate between them, and the status and conditions
// `kubectl rollout status deployment/x` reads.
import type { V1Deployment, V1DeploymentCondition, V1DeploymentStatus, V1ReplicaSet } from '@kubernetes/client-node';
import { isAlreadyExists, isNotFound, resourcePath, wireTime } from './client.ts';
import { controllerOf, isOwnedBy, ownerReference, PATHS, type ControllerContext } from './context.ts';
import { rollingUpdateStep, surgeAndUnavailable, type RsCounts } from './deployment-decide.ts';
import { templateHash } from './revision.ts';
import { canonicalStatus } from './status-compare.ts';
import { WorkQueue, type ReconcileResult } from './work-queue.ts';
import { EventRecorder } from './events.ts';

export const TEMPLATE_HASH_LABEL = 'pod-template-hash';
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

export class DeploymentController {
  private readonly queue: WorkQueue;
  private readonly deployments;
  private readonly replicaSets;
  private readonly events: EventRecorder;

  constructor(private readonly ctx: ControllerContext) {
    this.deployments = ctx.informers.for<V1Deployment>(PATHS.deployments);
    this.replicaSets = ctx.informers.for<V1ReplicaSet>(PATHS.replicaSets);
    this.events = new EventRecorder(ctx.client, 'deployment-controller', ctx.log, ctx.clock);
    this.queue = new WorkQueue((key) => this.reconcile(key), {
      onError: (key, err) => {
        ctx.metrics.reconciles.inc({ controller: 'deployment', result: 'error' });
        ctx.log.warn('deployment reconcile failed', { deployment: key, error: String(err) });
      },
    });
    this.deployments.on((_e, d) => this.queue.add(`${d.metadata?.namespace}/${d.metadata?.name}`));
    this.replicaSets.on((_e, rs) => {
      const owner = controllerOf(rs);
      if (owner?.kind === 'Deployment') this.queue.add(`${rs.metadata?.namespace}/${owner.name}`);
    });
  }

  stop(): void {
    this.queue.stop();
  }

  private async reconcile(key: string): Promise<ReconcileResult> {
    const [namespace, name] = key.split('/') as [string, string];
    const deployment = this.deployments.get(namespace, name);
    if (!deployment || deployment.metadata?.deletionTimestamp) return;
    const owned = this.replicaSets.list(namespace).filter((rs) => isOwnedBy(rs, deployment));
    const collisionCount = deployment.status?.collisionCount ?? 0;
    const hash = templateHash(deployment.spec?.template, collisionCount);
    let newRs = owned.find((rs) => rs.metadata?.labels?.[TEMPLATE_HASH_LABEL] === hash);
    const olds = owned
      .filter((rs) => rs !== newRs)
      .sort((a, b) => Number(a.metadata?.annotations?.[REVISION_ANNOTATION] ?? 0) - Number(b.metadata?.annotations?.[REVISION_ANNOTATION] ?? 0));
    const replicas = deployment.spec?.replicas ?? 1;
    const { surge, unavailable } = surgeAndUnavailable(replicas, deployment.spec?.strategy?.rollingUpdate?.maxSurge, deployment.spec?.strategy?.rollingUpdate?.maxUnavailable);
    const recreate = deployment.spec?.strategy?.type === 'Recreate';
    if (!newRs) {
      const maxRevision = Math.max(0, ...owned.map((rs) => Number(rs.metadata?.annotations?.[REVISION_ANNOTATION] ?? 0)));
      const oldTotal = olds.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0);
      const initial = recreate ? (oldTotal > 0 ? 0 : replicas) : Math.max(0, Math.min(replicas, replicas + surge - oldTotal));
      newRs = await this.createReplicaSet(deployment, hash, maxRevision + 1, olds.length === 0 ? replicas : initial);
    }
    if (!deployment.spec?.paused) {
      if (recreate) {
        const oldPods = olds.reduce((n, rs) => n + (rs.status?.replicas ?? 0) + (rs.spec?.replicas ?? 0), 0);
        for (const rs of olds) if ((rs.spec?.replicas ?? 0) > 0) await this.scale(rs, 0, deployment);
        if (oldPods === 0 && (newRs.spec?.replicas ?? 0) !== replicas) await this.scale(newRs, replicas, deployment);
      } else {
        const counts = (rs: V1ReplicaSet): RsCounts => ({ name: rs.metadata?.name ?? '', replicas: rs.spec?.replicas ?? 0, available: rs.status?.availableReplicas ?? 0 });
        const step = rollingUpdateStep(replicas, surge, unavailable, counts(newRs), olds.map(counts));
        if (step.newReplicas !== (newRs.spec?.replicas ?? 0)) await this.scale(newRs, step.newReplicas, deployment);
        for (const rs of olds) {
          const target = step.oldReplicas.get(rs.metadata?.name ?? '');
          if (target !== undefined && target !== rs.spec?.replicas) await this.scale(rs, target, deployment);
        }
      }
    }
    await this.pruneHistory(deployment, olds);
    await this.writeStatus(deployment, newRs, olds, unavailable, collisionCount);
    this.ctx.metrics.reconciles.inc({ controller: 'deployment', result: 'ok' });
    return undefined;
  }

  private async createReplicaSet(deployment: V1Deployment, hash: string, revision: number, replicas: number): Promise<V1ReplicaSet> {
    const namespace = deployment.metadata?.namespace ?? 'default';
    const template = structuredClone(deployment.spec!.template);
    template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [TEMPLATE_HASH_LABEL]: hash } };
    const rs: V1ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${deployment.metadata?.name}-${hash}`,
        namespace,
        labels: template.metadata.labels,
        annotations: { [REVISION_ANNOTATION]: String(revision), 'deployment.kubernetes.io/desired-replicas': String(deployment.spec?.replicas ?? 1) },
        ownerReferences: [ownerReference(deployment, 'apps/v1', 'Deployment')],
      },
      spec: {
        replicas,
        minReadySeconds: deployment.spec?.minReadySeconds,
        selector: {
          ...(deployment.spec?.selector ?? {}),
          matchLabels: { ...(deployment.spec?.selector?.matchLabels ?? {}), [TEMPLATE_HASH_LABEL]: hash },
        },
        template,
      },
    };
    try {
      const created = await this.ctx.client.create<V1ReplicaSet>(resourcePath('apps/v1', 'replicasets', namespace), rs);
      this.ctx.log.info('deployment created replicaset', { deployment: `${namespace}/${deployment.metadata?.name}`, replicaset: rs.metadata?.name, replicas });
      this.events.record({ apiVersion: 'apps/v1', kind: 'Deployment', ...deployment }, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${rs.metadata?.name} from 0 to ${replicas}`);
      return created;
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
      const existing = await this.ctx.client.get<V1ReplicaSet>(resourcePath('apps/v1', 'replicasets', namespace, rs.metadata?.name));
      if (isOwnedBy(existing, deployment)) return existing;
      // A ReplicaSet of that name belongs to someone else: a hash collision. Count it; the next round uses a new hash.
      await this.ctx.client.patch(resourcePath('apps/v1', 'deployments', namespace, deployment.metadata?.name, 'status'), { status: { collisionCount: (deployment.status?.collisionCount ?? 0) + 1 } });
      throw new Error(`replicaset ${rs.metadata?.name} exists and is not owned by deployment ${deployment.metadata?.name}`, { cause: err });
    }
  }

  private async scale(rs: V1ReplicaSet, replicas: number, deployment: V1Deployment): Promise<void> {
    this.ctx.log.info('deployment scaling replicaset', { replicaset: `${rs.metadata?.namespace}/${rs.metadata?.name}`, from: rs.spec?.replicas, to: replicas });
    const direction = replicas > (rs.spec?.replicas ?? 0) ? 'up' : 'down';
    this.events.record({ apiVersion: 'apps/v1', kind: 'Deployment', ...deployment }, 'Normal', 'ScalingReplicaSet', `Scaled ${direction} replica set ${rs.metadata?.name} from ${rs.spec?.replicas ?? 0} to ${replicas}`);
    await this.ctx.client.patch(resourcePath('apps/v1', 'replicasets', rs.metadata?.namespace, rs.metadata?.name), { spec: { replicas } });
  }

  private async pruneHistory(deployment: V1Deployment, olds: V1ReplicaSet[]): Promise<void> {
    const limit = deployment.spec?.revisionHistoryLimit ?? 10;
    const idle = olds.filter((rs) => (rs.spec?.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0);
    for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) {
      await this.ctx.client.delete(resourcePath('apps/v1', 'replicasets', rs.metadata?.namespace, rs.metadata?.name)).catch((err) => {
        if (!isNotFound(err)) throw err;
      });
    }
  }

  private async writeStatus(deployment: V1Deployment, newRs: V1ReplicaSet, olds: V1ReplicaSet[], unavailable: number, collisionCount: number): Promise<void> {
    const all = [newRs, ...olds];
    const sum = (f: (rs: V1ReplicaSet) => number | undefined): number => all.reduce((n, rs) => n + (f(rs) ?? 0), 0);
    const replicas = deployment.spec?.replicas ?? 1;
    const status: V1DeploymentStatus = {
      observedGeneration: deployment.metadata?.generation,
      replicas: sum((rs) => rs.status?.replicas),
      updatedReplicas: newRs.status?.replicas ?? 0,
      readyReplicas: sum((rs) => rs.status?.readyReplicas),
      availableReplicas: sum((rs) => rs.status?.availableReplicas),
      unavailableReplicas: Math.max(0, sum((rs) => rs.spec?.replicas) - sum((rs) => rs.status?.availableReplicas)),
      ...(collisionCount ? { collisionCount } : {}),
    };
    const complete =
      status.updatedReplicas === replicas && status.replicas === replicas && status.availableReplicas === replicas && (newRs.status?.observedGeneration ?? 0) >= (newRs.metadata?.generation ?? 0);
    const rsName = newRs.metadata?.name ?? '';
    const now = this.ctx.clock.now();
    status.conditions = [
      this.condition(deployment, 'Available', (status.availableReplicas ?? 0) >= replicas - unavailable, now, ['MinimumReplicasAvailable', 'Deployment has minimum availability.'], ['MinimumReplicasUnavailable', 'Deployment does not have minimum availability.']),
      this.condition(deployment, 'Progressing', true, now, complete ? ['NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`] : ['ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`], ['', '']),
    ];
    if (canonicalStatus(deployment.status) === canonicalStatus(status)) return;
    await this.ctx.client.patch(resourcePath('apps/v1', 'deployments', deployment.metadata?.namespace, deployment.metadata?.name, 'status'), { status });
  }

  private condition(deployment: V1Deployment, type: string, ok: boolean, now: number, whenTrue: [string, string], whenFalse: [string, string]): V1DeploymentCondition {
    const [reason, message] = ok ? whenTrue : whenFalse;
    const status = ok ? 'True' : 'False';
    const before = deployment.status?.conditions?.find((c) => c.type === type);
    const same = before && before.status === status;
    return {
      type,
      status,
      reason,
      message,
      lastTransitionTime: same && before.lastTransitionTime ? before.lastTransitionTime : wireTime(now),
      lastUpdateTime: same && before.reason === reason && before.lastUpdateTime ? before.lastUpdateTime : wireTime(now),
    };
  }
}
