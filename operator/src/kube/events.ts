// Kubernetes Events about an IngesterCluster: one per rollout step, so `kubectl describe ic` tells the story.
import type { IngesterCluster } from '../gen/types.ts';
import { API_VERSION, KIND } from '../gen/types.ts';
import { pathFor, type KubeClient } from './client.ts';
import type { Logger } from '../../../ingester/src/util/log.ts';

export interface EventRecorder {
  record(cluster: IngesterCluster, type: 'Normal' | 'Warning', reason: string, message: string): Promise<void>;
}

export class ApiEventRecorder implements EventRecorder {
  private sequence = 0;
  constructor(private readonly client: KubeClient, private readonly log: Logger, private readonly component = 'ingester-cluster-operator') {}

  async record(cluster: IngesterCluster, type: 'Normal' | 'Warning', reason: string, message: string): Promise<void> {
    const ns = cluster.metadata?.namespace ?? 'default';
    const name = cluster.metadata?.name ?? '';
    const now = new Date().toISOString();
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.${Date.now().toString(16)}${(this.sequence++).toString(16)}`, namespace: ns },
      involvedObject: { apiVersion: API_VERSION, kind: KIND, name, namespace: ns, uid: cluster.metadata?.uid, resourceVersion: cluster.metadata?.resourceVersion },
      reason,
      message,
      type,
      source: { component: this.component },
      reportingComponent: this.component,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    };
    try {
      await this.client.create(pathFor('Event', ns), event);
    } catch (err) {
      // Events are best effort: a failed one must not fail the reconcile.
      this.log.warn('recording an event failed', { reason, err: (err as Error).message });
    }
  }
}
