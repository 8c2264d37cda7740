// What every controller of the test cluster shares: the API client, one informer per resource (started
// once, shared by all controllers), metrics on an injected registry, a logger and a clock.
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { Counter, type Registry } from 'prom-client';
import type { Logger } from '../../../ingester/src/util/log.ts';
import type { Clock } from '../../../ingester/src/util/clock.ts';
import type { KubeClient } from './client.ts';
import { Informer } from './informer.ts';

export class SharedInformers {
  private readonly informers = new Map<string, Informer<KubernetesObject>>();
  private started = false;

  constructor(private readonly client: KubeClient, private readonly kubeConfig: KubeConfig, private readonly log: Logger) {}

  /** The informer for a collection path (`/api/v1/pods`); created on first use. */
  for<T extends KubernetesObject>(path: string): Informer<T> {
    let informer = this.informers.get(path);
    if (!informer) {
      if (this.started) throw new Error(`informer for ${path} requested after start`);
      informer = new Informer<KubernetesObject>(this.client, this.kubeConfig, path, this.log);
      this.informers.set(path, informer);
    }
    return informer as unknown as Informer<T>;
  }

  async start(): Promise<void> {
    this.started = true;
    await Promise.all([...this.informers.values()].map((i) => i.start()));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.informers.values()].map((i) => i.stop()));
  }
}

export interface ControllerContext {
  client: KubeClient;
  informers: SharedInformers;
  log: Logger;
  clock: Clock;
  metrics: ControllerMetrics;
}

export interface ControllerMetrics {
  reconciles: Counter<'controller' | 'result'>;
}

export function controllerMetrics(registry: Registry): ControllerMetrics {
  return {
    reconciles: new Counter({ name: 'test_controller_reconciles_total', help: 'Reconciles of the test cluster controllers, by controller and result.', labelNames: ['controller', 'result'], registers: [registry] }),
  };
}

export const PATHS = {
  pods: '/api/v1/pods',
  pvcs: '/api/v1/persistentvolumeclaims',
  services: '/api/v1/services',
  nodes: '/api/v1/nodes',
  namespaces: '/api/v1/namespaces',
  statefulSets: '/apis/apps/v1/statefulsets',
  deployments: '/apis/apps/v1/deployments',
  replicaSets: '/apis/apps/v1/replicasets',
  controllerRevisions: '/apis/apps/v1/controllerrevisions',
  pdbs: '/apis/policy/v1/poddisruptionbudgets',
} as const;

/** The controller owner reference of an object, if any. */
export function controllerOf(obj: KubernetesObject): { kind: string; name: string; uid: string } | undefined {
  const ref = obj.metadata?.ownerReferences?.find((r) => r.controller);
  return ref ? { kind: ref.kind, name: ref.name, uid: ref.uid } : undefined;
}

export function isOwnedBy(obj: KubernetesObject, owner: KubernetesObject): boolean {
  return obj.metadata?.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata?.uid) ?? false;
}

export function ownerReference(owner: KubernetesObject, apiVersion: string, kind: string) {
  return { apiVersion, kind, name: owner.metadata?.name ?? '', uid: owner.metadata?.uid ?? '', controller: true, blockOwnerDeletion: true };
}

/** Label selector matching (matchLabels and matchExpressions). */
export function selectorMatches(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(l, e.key);
    const value = l[e.key];
    switch (e.operator) {
      case 'In':
        if (!has || !(e.values ?? []).includes(value!)) return false;
        break;
      case 'NotIn':
        if (has && (e.values ?? []).includes(value!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
