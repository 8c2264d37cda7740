// The StatefulSet controller: keeps ControllerRevisions for the set's templates, creates and deletes pods
// (and the PVCs of volumeClaimTemplates) as statefulset-decide.ts says, and writes the set's status.
import type { V1ControllerRevision, V1PersistentVolumeClaim, V1Pod, V1PodTemplateSpec, V1StatefulSet, V1StatefulSetStatus } from '@kubernetes/client-node';
import { isAlreadyExists, isNotFound, resourcePath } from './client.ts';
import { canonicalJson, templateHash } from './revision.ts';
import { controllerOf, isOwnedBy, ownerReference, PATHS, type ControllerContext } from './context.ts';
import { decideStatefulSet, ordinalOf, POD_INDEX_LABEL, POD_NAME_LABEL, REVISION_LABEL, statefulSetStatus } from './statefulset-decide.ts';
import { WorkQueue, type ReconcileResult } from './work-queue.ts';
import { EventRecorder } from './events.ts';
import { canonicalStatus } from './status-compare.ts';

const KIND = 'StatefulSet';
const API_VERSION = 'apps/v1';

export class StatefulSetController {
  private readonly queue: WorkQueue;
  private readonly sets;
  private readonly pods;
  private readonly revisions;
  private readonly pvcs;
  private readonly events: EventRecorder;

  constructor(private readonly ctx: ControllerContext) {
    this.sets = ctx.informers.for<V1StatefulSet>(PATHS.statefulSets);
    this.pods = ctx.informers.for<V1Pod>(PATHS.pods);
    this.revisions = ctx.informers.for<V1ControllerRevision>(PATHS.controllerRevisions);
    this.pvcs = ctx.informers.for<V1PersistentVolumeClaim>(PATHS.pvcs);
    this.events = new EventRecorder(ctx.client, 'statefulset-controller', ctx.log, ctx.clock);
    this.queue = new WorkQueue((key) => this.reconcile(key), {
      onError: (key, err) => {
        ctx.metrics.reconciles.inc({ controller: 'statefulset', result: 'error' });
        ctx.log.warn('statefulset reconcile failed', { statefulset: key, error: String(err) });
      },
    });
    this.sets.on((_e, set) => this.queue.add(`${set.metadata?.namespace}/${set.metadata?.name}`));
    const byOwner = (_e: string, obj: V1Pod | V1ControllerRevision) => {
      const owner = controllerOf(obj);
      if (owner?.kind === KIND) this.queue.add(`${obj.metadata?.namespace}/${owner.name}`);
    };
    this.pods.on(byOwner);
    this.revisions.on(byOwner);
  }

  stop(): void {
    this.queue.stop();
  }

  private async reconcile(key: string): Promise<ReconcileResult> {
    const [namespace, name] = key.split('/') as [string, string];
    const set = this.sets.get(namespace, name);
    if (!set || set.metadata?.deletionTimestamp) return;
    const pods = this.pods.list(namespace).filter((p) => isOwnedBy(p, set) && ordinalOf(name, p.metadata?.name ?? '') !== undefined);
    const revisions = await this.ensureRevisions(set);
    const decision = decideStatefulSet(set, pods, revisions.update.metadata?.name ?? '');
    for (const action of decision.actions) {
      if (action.kind === 'create') {
        const revision = action.revision === 'current' ? revisions.current : revisions.update;
        await this.createPod(set, action.ordinal, revision);
      } else {
        this.ctx.log.info('statefulset deleting pod', { statefulset: key, pod: action.name, why: action.why });
        this.events.record({ apiVersion: API_VERSION, kind: KIND, ...set }, 'Normal', 'SuccessfulDelete', `delete Pod ${action.name} in StatefulSet ${name} successful`);
        await this.ctx.client.delete(resourcePath('v1', 'pods', namespace, action.name)).catch((err) => {
          if (!isNotFound(err)) throw err;
        });
        if (action.why === 'condemned' && set.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete') {
          for (const tmpl of set.spec?.volumeClaimTemplates ?? []) {
            await this.ctx.client.delete(resourcePath('v1', 'persistentvolumeclaims', namespace, `${tmpl.metadata?.name}-${name}-${action.ordinal}`)).catch((err) => {
              if (!isNotFound(err)) throw err;
            });
          }
        }
      }
    }
    if (decision.waitingFor) this.ctx.log.debug('statefulset waiting', { statefulset: key, for: decision.waitingFor });
    const status = statefulSetStatus(
      set,
      this.pods.list(namespace).filter((p) => isOwnedBy(p, set)),
      { current: revisions.current.metadata?.name ?? '', update: revisions.update.metadata?.name ?? '', collisionCount: revisions.collisionCount },
      this.ctx.clock.now(),
    );
    await this.writeStatus(set, status);
    await this.pruneRevisions(set, status);
    this.ctx.metrics.reconciles.inc({ controller: 'statefulset', result: 'ok' });
    // Availability (minReadySeconds) changes with time alone; look again while it matters.
    return (set.spec?.minReadySeconds ?? 0) > 0 ? { requeueAfterMs: 1000 } : undefined;
  }

  /** Finds or creates the update revision (the current template) and resolves the current one. */
  private async ensureRevisions(set: V1StatefulSet): Promise<{ current: V1ControllerRevision; update: V1ControllerRevision; collisionCount: number }> {
    const namespace = set.metadata?.namespace ?? 'default';
    const setName = set.metadata?.name ?? '';
    const owned = this.revisions.list(namespace).filter((r) => isOwnedBy(r, set));
    const data = revisionData(set.spec!.template);
    const wanted = canonicalJson(data);
    let collisionCount = set.status?.collisionCount ?? 0;
    let update = owned.find((r) => canonicalJson(r.data) === wanted);
    const maxRevision = Math.max(0, ...owned.map((r) => r.revision ?? 0));
    if (!update) {
      for (;;) {
        const hash = templateHash(set.spec!.template, collisionCount);
        const revision: V1ControllerRevision = {
          apiVersion: API_VERSION,
          kind: 'ControllerRevision',
          metadata: {
            name: `${setName}-${hash}`,
            namespace,
            labels: { ...(set.spec?.selector?.matchLabels ?? {}), [REVISION_LABEL]: hash },
            ownerReferences: [ownerReference(set, API_VERSION, KIND)],
          },
          data,
          revision: maxRevision + 1,
        };
        try {
          update = await this.ctx.client.create<V1ControllerRevision>(resourcePath(API_VERSION, 'controllerrevisions', namespace), revision);
          break;
        } catch (err) {
          if (!isAlreadyExists(err)) throw err;
          const existing = await this.ctx.client.find<V1ControllerRevision>(resourcePath(API_VERSION, 'controllerrevisions', namespace, revision.metadata!.name));
          if (existing && canonicalJson(existing.data) === wanted && isOwnedBy(existing, set)) {
            update = existing;
            break;
          }
          collisionCount++;
        }
      }
    } else if ((update.revision ?? 0) < maxRevision) {
      // Rolling back to an earlier template makes that revision the newest again, as Kubernetes does.
      update = await this.ctx.client.patch<V1ControllerRevision>(resourcePath(API_VERSION, 'controllerrevisions', namespace, update.metadata?.name), { revision: maxRevision + 1 });
    }
    const currentName = set.status?.currentRevision;
    const current = (currentName && owned.find((r) => r.metadata?.name === currentName)) || update;
    return { current, update, collisionCount };
  }

  private async createPod(set: V1StatefulSet, ordinal: number, revision: V1ControllerRevision): Promise<void> {
    const namespace = set.metadata?.namespace ?? 'default';
    const setName = set.metadata?.name ?? '';
    const podName = `${setName}-${ordinal}`;
    for (const tmpl of set.spec?.volumeClaimTemplates ?? []) await this.ensureClaim(set, tmpl, ordinal);
    const template = (revision.data as { spec?: { template?: V1PodTemplateSpec } } | undefined)?.spec?.template ?? set.spec!.template;
    const spec = structuredClone(template.spec ?? { containers: [] });
    const claimVolumes = (set.spec?.volumeClaimTemplates ?? []).map((tmpl) => ({
      name: tmpl.metadata?.name ?? '',
      persistentVolumeClaim: { claimName: `${tmpl.metadata?.name}-${setName}-${ordinal}` },
    }));
    spec.volumes = [...(spec.volumes ?? []).filter((v) => !claimVolumes.some((c) => c.name === v.name)), ...claimVolumes];
    spec.hostname = podName;
    if (set.spec?.serviceName) spec.subdomain = set.spec.serviceName;
    const pod: V1Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: podName,
        namespace,
        labels: {
          ...(template.metadata?.labels ?? {}),
          [REVISION_LABEL]: revision.metadata?.name ?? '',
          [POD_NAME_LABEL]: podName,
          [POD_INDEX_LABEL]: String(ordinal),
        },
        annotations: template.metadata?.annotations,
        ownerReferences: [ownerReference(set, API_VERSION, KIND)],
      },
      spec,
    };
    try {
      await this.ctx.client.create(resourcePath('v1', 'pods', namespace), pod);
      this.ctx.log.info('statefulset created pod', { statefulset: `${namespace}/${setName}`, pod: podName, revision: revision.metadata?.name });
      this.events.record({ apiVersion: API_VERSION, kind: KIND, ...set }, 'Normal', 'SuccessfulCreate', `create Pod ${podName} in StatefulSet ${setName} successful`);
    } catch (err) {
      // Our cache has not seen it yet: the name is deterministic, so it already exists and we just wait.
      if (!isAlreadyExists(err)) throw err;
    }
  }

  private async ensureClaim(set: V1StatefulSet, tmpl: V1PersistentVolumeClaim, ordinal: number): Promise<void> {
    const namespace = set.metadata?.namespace ?? 'default';
    const claimName = `${tmpl.metadata?.name}-${set.metadata?.name}-${ordinal}`;
    if (this.pvcs.get(namespace, claimName)) return;
    const deleteWithSet = set.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete';
    const claim: V1PersistentVolumeClaim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: claimName,
        namespace,
        labels: { ...(tmpl.metadata?.labels ?? {}), ...(set.spec?.selector?.matchLabels ?? {}) },
        annotations: tmpl.metadata?.annotations,
        ...(deleteWithSet ? { ownerReferences: [{ ...ownerReference(set, API_VERSION, KIND), controller: true }] } : {}),
      },
      spec: tmpl.spec,
    };
    try {
      await this.ctx.client.create(resourcePath('v1', 'persistentvolumeclaims', namespace), claim);
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
    }
  }

  private async writeStatus(set: V1StatefulSet, status: V1StatefulSetStatus): Promise<void> {
    if (canonicalStatus(set.status) === canonicalStatus(status)) return;
    await this.ctx.client.patch(resourcePath(API_VERSION, 'statefulsets', set.metadata?.namespace, set.metadata?.name, 'status'), { status });
  }

  /** Keeps revisionHistoryLimit (default 10) revisions besides the current and update ones and those pods use. */
  private async pruneRevisions(set: V1StatefulSet, status: V1StatefulSetStatus): Promise<void> {
    const limit = set.spec?.revisionHistoryLimit ?? 10;
    const namespace = set.metadata?.namespace ?? 'default';
    const inUse = new Set([status.currentRevision, status.updateRevision]);
    for (const pod of this.pods.list(namespace)) if (isOwnedBy(pod, set)) inUse.add(pod.metadata?.labels?.[REVISION_LABEL]);
    const history = this.revisions
      .list(namespace)
      .filter((r) => isOwnedBy(r, set) && !inUse.has(r.metadata?.name))
      .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    for (const old of history.slice(0, Math.max(0, history.length - limit))) {
      await this.ctx.client.delete(resourcePath(API_VERSION, 'controllerrevisions', namespace, old.metadata?.name)).catch((err) => {
        if (!isNotFound(err)) throw err;
      });
    }
  }
}

/** What a ControllerRevision stores: the pod template, as a patch of the set's spec. */
function revisionData(template: V1PodTemplateSpec): { spec: { template: V1PodTemplateSpec } } {
  return { spec: { template: { ...template, $patch: 'replace' } as V1PodTemplateSpec } };
}
