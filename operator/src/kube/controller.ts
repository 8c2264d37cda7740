// The IngesterCluster controller: informers feed keys into the work queue; the queue runs the reconciler.
// Events on owned pods and StatefulSets enqueue their cluster's key (by the instance label every owned object
// carries), so a pod becoming Ready moves a rollout on without waiting for the periodic requeue.
import type { KubeConfig, KubernetesObject, V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import type { Registry } from 'prom-client';
import type { RingStore } from '../../../ingester/src/ring/kv/store.ts';
import { systemClock, type Clock } from '../../../ingester/src/util/clock.ts';
import type { Logger } from '../../../ingester/src/util/log.ts';
import type { Service } from '../../../ingester/src/util/service.ts';
import type { IngesterCluster } from '../gen/types.ts';
import { HTTP_PORT } from '../controller/layout.ts';
import { KubeClient, pathFor } from './client.ts';
import { ApiEventRecorder } from './events.ts';
import { Informer, keyOf } from './informer.ts';
import { HttpIngesterClient, type IngesterClient } from './ingester-client.ts';
import { HttpCompactorClient, type CompactorClient } from './compactor-client.ts';
import { OperatorMetrics } from './metrics.ts';
import { Reconciler } from './reconciler.ts';
import { StoreRingAccess, type RingAccess } from './ring-access.ts';
import { fetchServerVersion, MIN_SUPPORTED, unsupportedVersionNote, type ServerVersion } from './server-version.ts';
import { WorkQueue } from './work-queue.ts';

export interface ControllerOptions {
  kubeConfig: KubeConfig;
  /** Namespace to watch; '' for all. */
  namespace: string;
  /** Opens the ring store of one cluster (the ConfigMap store in a cluster). */
  ringStoreFor: (namespace: string, configMapName: string, heartbeatTimeoutMs: number) => RingStore;
  registry: Registry;
  log: Logger;
  clock?: Clock;
  workers?: number;
  ingesters?: IngesterClient;
  compactors?: CompactorClient;
  busyRequeueMs?: number;
  idleRequeueMs?: number;
}

const OWNED_SELECTOR = 'app.kubernetes.io/name=ingester-cluster';

export class IngesterClusterController implements Service {
  readonly name = 'ingester-cluster-controller';
  readonly metrics: OperatorMetrics;
  private readonly client: KubeClient;
  private readonly clusters: Informer<IngesterCluster & KubernetesObject>;
  private readonly pods: Informer<V1Pod>;
  private readonly statefulSets: Informer<V1StatefulSet>;
  private readonly rings = new Map<string, RingAccess>();
  private readonly queue: WorkQueue;
  private started = false;
  private serverVersion?: ServerVersion;

  constructor(private readonly options: ControllerOptions) {
    const { log } = options;
    this.client = new KubeClient(options.kubeConfig);
    this.metrics = new OperatorMetrics(options.registry);
    this.clusters = new Informer(this.client, pathFor('IngesterCluster', options.namespace), log);
    this.pods = new Informer(this.client, pathFor('Pod', options.namespace), log, OWNED_SELECTOR);
    this.statefulSets = new Informer(this.client, pathFor('StatefulSet', options.namespace), log, OWNED_SELECTOR);
    const reconciler = new Reconciler({
      client: this.client,
      clusters: this.clusters,
      pods: this.pods,
      ringFor: (ns, name, timeoutMs) => this.ringFor(ns, name, timeoutMs),
      releaseRing: (ns, name) => this.releaseRing(ns, name),
      ingesters: options.ingesters ?? new HttpIngesterClient(HTTP_PORT),
      compactors: options.compactors ?? new HttpCompactorClient(HTTP_PORT),
      events: new ApiEventRecorder(this.client, log),
      metrics: this.metrics,
      log,
      clock: options.clock ?? systemClock,
      serverVersion: () => this.serverVersion,
      busyRequeueMs: options.busyRequeueMs,
      idleRequeueMs: options.idleRequeueMs,
    });
    this.queue = new WorkQueue((key) => reconciler.reconcile(key), {
      workers: options.workers ?? 2,
      onResult: (key, { error, durationMs }) => {
        this.metrics.reconciles.inc({ result: error === undefined ? 'success' : 'failed' });
        this.metrics.reconcileDuration.observe(durationMs / 1000);
        if (error === undefined) this.metrics.lastSuccess.setToCurrentTime();
        else log.warn('reconcile failed; retrying with backoff', { cluster: key, err: (error as Error).message });
      },
    });
    this.clusters.on((_event, obj) => this.queue.add(keyOf(obj)));
    const enqueueOwner = (_event: string, obj: KubernetesObject) => {
      const instance = obj.metadata?.labels?.['app.kubernetes.io/instance'];
      if (instance) this.queue.add(`${obj.metadata?.namespace ?? ''}/${instance}`);
    };
    this.pods.on(enqueueOwner);
    this.statefulSets.on(enqueueOwner);
  }

  get hasSynced(): boolean {
    return this.clusters.hasSynced && this.pods.hasSynced && this.statefulSets.hasSynced;
  }

  async start(): Promise<void> {
    await this.checkServerVersion();
    await Promise.all([this.clusters.start(), this.pods.start(), this.statefulSets.start()]);
    this.queue.start();
    this.started = true;
    for (const cluster of this.clusters.list()) this.queue.add(keyOf(cluster));
  }

  async stop(): Promise<void> {
    if (this.started) await this.queue.stop();
    await Promise.all([this.clusters.stop(), this.pods.stop(), this.statefulSets.stop()]);
    for (const ring of this.rings.values()) await ring.close().catch(() => undefined);
    this.rings.clear();
  }

  /** Reads /version once; an unsupported server is logged now and named in every reconcile failure. */
  private async checkServerVersion(): Promise<void> {
    try {
      this.serverVersion = await fetchServerVersion(this.client);
    } catch (err) {
      this.options.log.warn('could not read the API server version', { err });
      return;
    }
    const note = unsupportedVersionNote(this.serverVersion);
    if (note) this.options.log.error(note, { minimum: `${MIN_SUPPORTED.major}.${MIN_SUPPORTED.minor}` });
    else this.options.log.info('API server version', { version: this.serverVersion?.gitVersion });
  }

  private ringFor(namespace: string, name: string, heartbeatTimeoutMs: number): RingAccess {
    const key = `${namespace}/${name}`;
    let ring = this.rings.get(key);
    if (!ring) this.rings.set(key, (ring = new StoreRingAccess(this.options.ringStoreFor(namespace, name, heartbeatTimeoutMs))));
    return ring;
  }

  private async releaseRing(namespace: string, name: string): Promise<void> {
    const key = `${namespace}/${name}`;
    const ring = this.rings.get(key);
    this.rings.delete(key);
    await ring?.close();
  }
}
