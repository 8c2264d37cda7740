// Kubernetes Events about an IngesterCluster: one per rollout step, and a Warning when a wait that matters
// begins or a reconcile fails, so `kubectl describe ic` tells the story.
//
// core/v1 Events with an eventTime are "new" Events to kube-apiserver: eventTime is a MicroTime (exactly six
// fractional digits, or 400 on decoding), and validation then requires reportingComponent, reportingInstance
// and action (pkg/apis/core/validation/events.go legacyValidateEvent, the non-zero EventTime branch).
// firstTimestamp/lastTimestamp are Times: whole seconds, as the server writes them.
import os from 'node:os';
import type { IngesterCluster } from '../gen/types.ts';
import { API_VERSION, KIND } from '../gen/types.ts';
import { kubeTime, microTime } from '../../../ingester/src/util/kube-time.ts';
import type { Clock } from '../../../ingester/src/util/clock.ts';
import { systemClock } from '../../../ingester/src/util/clock.ts';
import { pathFor, type KubeClient } from './client.ts';
import type { Logger } from '../../../ingester/src/util/log.ts';

export interface EventRecorder {
  /** `action` is what was done or attempted (kube's Event.action, at most 128 characters). */
  record(cluster: IngesterCluster, type: 'Normal' | 'Warning', reason: string, message: string, action?: string): Promise<void>;
}

/** Messages are cut at 1 KiB, the limit validation puts on an Event's note (events.go NoteLengthLimit). */
const MAX_MESSAGE = 1024;

export class ApiEventRecorder implements EventRecorder {
  private sequence = 0;
  constructor(
    private readonly client: KubeClient,
    private readonly log: Logger,
    private readonly component = 'ingester-cluster-operator',
    private readonly instance = process.env.POD_NAME || os.hostname(),
    private readonly clock: Clock = systemClock,
  ) {}

  async record(cluster: IngesterCluster, type: 'Normal' | 'Warning', reason: string, message: string, action = 'Reconcile'): Promise<void> {
    const ns = cluster.metadata?.namespace ?? 'default';
    const name = cluster.metadata?.name ?? '';
    const nowMs = this.clock.now();
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.${nowMs.toString(16)}${(this.sequence++).toString(16)}`, namespace: ns },
      involvedObject: { apiVersion: API_VERSION, kind: KIND, name, namespace: ns, uid: cluster.metadata?.uid, resourceVersion: cluster.metadata?.resourceVersion },
      reason,
      message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 3)}...` : message,
      type,
      source: { component: this.component },
      reportingComponent: this.component,
      reportingInstance: this.instance.slice(0, 128),
      action: action.slice(0, 128),
      eventTime: microTime(nowMs),
      firstTimestamp: kubeTime(nowMs),
      lastTimestamp: kubeTime(nowMs),
      count: 1,
    };
    try {
      await this.client.create(pathFor('Event', ns), event);
    } catch (err) {
      // Events are best effort: a failed one must not fail the reconcile.
      this.log.warn('recording an event failed', { reason, err });
    }
  }
}
