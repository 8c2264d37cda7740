// Small controllers a real cluster has and our programs rely on:
// - PersistentVolumeClaim binder: every claim is bound at once to a "volume" that is a folder on this
//   machine (`<root>/pvc/<ns>/<claim>`, created by the kubelet on first use); deleting the claim deletes
//   the folder (reclaim policy Delete).
// - Node lifecycle: a node whose kubelet stopped posting status for the grace period becomes Ready=Unknown,
//   and the pods of a node that is not Ready are marked Ready=False (they stay Running).
// - Endpoints: for each Service with a selector, the ready (and not-ready) pod IPs and target ports.
import fs from 'node:fs';
import type { V1Endpoints, V1Node, V1PersistentVolumeClaim, V1Pod, V1Service } from '@kubernetes/client-node';
import { isAlreadyExists, isNotFound, resourcePath, timeOf, wireTime } from './client.ts';
import { PATHS, selectorMatches, type ControllerContext } from './context.ts';
import { isReady, isTerminating } from './statefulset-decide.ts';
import { canonicalStatus } from './status-compare.ts';
import { WorkQueue } from './work-queue.ts';
import { pvcFolder } from '../kubelet/volumes.ts';

export class PvcBinder {
  private readonly queue: WorkQueue;
  private readonly claims;

  constructor(private readonly ctx: ControllerContext, private readonly rootDir: string) {
    this.claims = ctx.informers.for<V1PersistentVolumeClaim>(PATHS.pvcs);
    this.queue = new WorkQueue((key) => this.reconcile(key), { onError: (key, err) => ctx.log.warn('pvc bind failed', { pvc: key, error: String(err) }) });
    this.claims.on((event, claim) => {
      if (event === 'delete') {
        fs.rmSync(pvcFolder(rootDir, claim.metadata?.namespace ?? 'default', claim.metadata?.name ?? ''), { recursive: true, force: true });
        return;
      }
      this.queue.add(`${claim.metadata?.namespace}/${claim.metadata?.name}`);
    });
  }

  stop(): void {
    this.queue.stop();
  }

  private async reconcile(key: string): Promise<void> {
    const [namespace, name] = key.split('/') as [string, string];
    const claim = this.claims.get(namespace, name);
    if (!claim || claim.metadata?.deletionTimestamp || claim.status?.phase === 'Bound') return;
    const path = resourcePath('v1', 'persistentvolumeclaims', namespace, name);
    if (!claim.spec?.volumeName) await this.ctx.client.patch(path, { spec: { volumeName: `pvc-${claim.metadata?.uid}` } });
    const storage = claim.spec?.resources?.requests?.storage ?? '1Gi';
    await this.ctx.client.patch(`${path}/status`, { status: { phase: 'Bound', accessModes: claim.spec?.accessModes ?? ['ReadWriteOnce'], capacity: { storage } } });
    this.ctx.log.debug('pvc bound', { pvc: key, folder: pvcFolder(this.rootDir, namespace, name) });
  }
}

export class NodeLifecycle {
  private timer: NodeJS.Timeout | undefined;
  private readonly nodes;
  private readonly pods;
  private running = false;

  constructor(private readonly ctx: ControllerContext, private readonly gracePeriodMs: number, private readonly periodMs = 1000) {
    this.nodes = ctx.informers.for<V1Node>(PATHS.nodes);
    this.pods = ctx.informers.for<V1Pod>(PATHS.pods);
  }

  start(): void {
    this.timer = setInterval(() => void this.check(), this.periodMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const now = this.ctx.clock.now();
      for (const node of this.nodes.list()) {
        const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
        if (!ready) continue;
        const heartbeat = timeOf(ready.lastHeartbeatTime) ?? 0;
        if (ready.status === 'True' && now - heartbeat > this.gracePeriodMs) {
          const conditions = (node.status?.conditions ?? []).map((c) =>
            c.type === 'Ready' ? { ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: wireTime(now) } : c,
          );
          await this.ctx.client.patch(resourcePath('v1', 'nodes', undefined, node.metadata?.name, 'status'), { status: { conditions } });
          this.ctx.log.info('node not ready', { node: node.metadata?.name, lastHeartbeat: String(ready.lastHeartbeatTime) });
          continue;
        }
        if (ready.status === 'True') continue;
        for (const pod of this.pods.list()) {
          if (pod.spec?.nodeName !== node.metadata?.name || !isReady(pod) || pod.metadata?.deletionTimestamp) continue;
          const conditions = (pod.status?.conditions ?? []).map((c) => (c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: wireTime(now) } : c));
          await this.ctx.client.patch(resourcePath('v1', 'pods', pod.metadata?.namespace, pod.metadata?.name, 'status'), { status: { conditions } }).catch((err) => {
            if (!isNotFound(err)) throw err;
          });
        }
      }
    } catch (err) {
      this.ctx.log.warn('node lifecycle check failed', { error: String(err) });
    } finally {
      this.running = false;
    }
  }
}

export function endpointsFor(service: V1Service, pods: V1Pod[]): V1Endpoints['subsets'] {
  const matching = pods.filter((p) => selectorMatches({ matchLabels: service.spec?.selector }, p.metadata?.labels) && p.status?.podIP && !isTerminating(p));
  if (matching.length === 0) return [];
  const publishNotReady = service.spec?.publishNotReadyAddresses === true;
  const ports = (service.spec?.ports ?? []).map((sp) => {
    let port = typeof sp.targetPort === 'number' ? sp.targetPort : sp.targetPort && /^\d+$/.test(sp.targetPort) ? Number(sp.targetPort) : sp.port;
    if (typeof sp.targetPort === 'string' && !/^\d+$/.test(sp.targetPort)) {
      for (const pod of matching) {
        const named = pod.spec?.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === sp.targetPort);
        if (named) {
          port = named.containerPort;
          break;
        }
      }
    }
    return { ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP' };
  });
  const address = (p: V1Pod) => ({
    ip: p.status!.podIP!,
    ...(p.spec?.hostname ? { hostname: p.spec.hostname } : {}),
    ...(p.spec?.nodeName ? { nodeName: p.spec.nodeName } : {}),
    targetRef: { kind: 'Pod', name: p.metadata?.name, namespace: p.metadata?.namespace, uid: p.metadata?.uid },
  });
  const sorted = [...matching].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  const ready = sorted.filter((p) => publishNotReady || isReady(p)).map(address);
  const notReady = sorted.filter((p) => !publishNotReady && !isReady(p)).map(address);
  return [{ ...(ready.length ? { addresses: ready } : {}), ...(notReady.length ? { notReadyAddresses: notReady } : {}), ports }];
}

export class EndpointsController {
  private readonly queue: WorkQueue;
  private readonly services;
  private readonly pods;

  constructor(private readonly ctx: ControllerContext) {
    this.services = ctx.informers.for<V1Service>(PATHS.services);
    this.pods = ctx.informers.for<V1Pod>(PATHS.pods);
    this.queue = new WorkQueue((key) => this.reconcile(key), { onError: (key, err) => ctx.log.warn('endpoints reconcile failed', { service: key, error: String(err) }) });
    this.services.on((_e, svc) => this.queue.add(`${svc.metadata?.namespace}/${svc.metadata?.name}`));
    this.pods.on((_e, pod) => {
      for (const svc of this.services.list(pod.metadata?.namespace)) {
        if (svc.spec?.selector && selectorMatches({ matchLabels: svc.spec.selector }, pod.metadata?.labels)) this.queue.add(`${svc.metadata?.namespace}/${svc.metadata?.name}`);
      }
    });
  }

  stop(): void {
    this.queue.stop();
  }

  private async reconcile(key: string): Promise<void> {
    const [namespace, name] = key.split('/') as [string, string];
    const service = this.services.get(namespace, name);
    if (!service || !service.spec?.selector || Object.keys(service.spec.selector).length === 0) return;
    const subsets = endpointsFor(service, this.pods.list(namespace));
    const path = resourcePath('v1', 'endpoints', namespace, name);
    const current = await this.ctx.client.find<V1Endpoints>(path);
    if (!current) {
      try {
        await this.ctx.client.create(resourcePath('v1', 'endpoints', namespace), { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace, labels: service.metadata?.labels }, subsets });
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
        this.queue.add(key);
      }
      return;
    }
    if (canonicalStatus(current.subsets ?? []) === canonicalStatus(subsets)) return;
    await this.ctx.client.patch(path, { subsets });
  }
}
