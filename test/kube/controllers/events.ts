// Kubernetes Events (core/v1) for what the kubelet and controllers do, so `kubectl describe` and
// `kubectl get events` show the story (Scheduled, Started, Killing, BackOff, SuccessfulCreate, …).
// Fire and forget: a failed event write is logged at debug level and never fails the work it describes.
import { randomBytes } from 'node:crypto';
import type { KubernetesObject } from '@kubernetes/client-node';
import type { Logger } from '../../../ingester/src/util/log.ts';
import type { Clock } from '../../../ingester/src/util/clock.ts';
import { resourcePath, wireTime, type KubeClient } from './client.ts';

export type EventType = 'Normal' | 'Warning';

export class EventRecorder {
  constructor(
    private readonly client: KubeClient,
    private readonly component: string,
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  record(object: KubernetesObject, type: EventType, reason: string, message: string, host?: string): void {
    const namespace = object.metadata?.namespace ?? 'default';
    const now = wireTime(this.clock.now());
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${object.metadata?.name}.${randomBytes(8).toString('hex')}`, namespace },
      involvedObject: { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata?.name, namespace, uid: object.metadata?.uid, resourceVersion: object.metadata?.resourceVersion },
      type,
      reason,
      message,
      source: { component: this.component, ...(host ? { host } : {}) },
      reportingComponent: this.component,
      reportingInstance: host ?? this.component,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    };
    this.client.create(resourcePath('v1', 'events', namespace), event).catch((err: unknown) => this.log.debug('event not recorded', { reason, error: String(err) }));
  }
}
