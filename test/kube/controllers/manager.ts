// Starts every controller of the test cluster on shared informers, and stops them together.
import type { KubeConfig } from '@kubernetes/client-node';
import type { Registry } from 'prom-client';
import type { Logger } from '../../../ingester/src/util/log.ts';
import { systemClock, type Clock } from '../../../ingester/src/util/clock.ts';
import { KubeClient } from './client.ts';
import { controllerMetrics, SharedInformers, type ControllerContext } from './context.ts';
import { DeploymentController } from './deployment.ts';
import { EndpointsController, NodeLifecycle, PvcBinder } from './housekeeping.ts';
import { PdbController } from './pdb.ts';
import { ReplicaSetController } from './replicaset.ts';
import { StatefulSetController } from './statefulset.ts';

export interface ControllerManagerOptions {
  kubeConfig: KubeConfig;
  registry: Registry;
  log: Logger;
  /** Root folder of pod and PVC folders (the kubelet's). */
  rootDir: string;
  clock?: Clock;
  /** A node that posted no status for this long becomes Ready=Unknown (Kubernetes: 40 s). */
  nodeMonitorGracePeriodMs?: number;
}

export class ControllerManager {
  private readonly informers: SharedInformers;
  private readonly stoppers: { stop(): void }[] = [];
  private readonly nodeLifecycle: NodeLifecycle;

  constructor(options: ControllerManagerOptions) {
    const client = new KubeClient(options.kubeConfig, 'test-kube-controller-manager');
    this.informers = new SharedInformers(client, options.kubeConfig, options.log);
    const ctx: ControllerContext = { client, informers: this.informers, log: options.log, clock: options.clock ?? systemClock, metrics: controllerMetrics(options.registry) };
    this.stoppers.push(new StatefulSetController(ctx), new ReplicaSetController(ctx), new DeploymentController(ctx), new PdbController(ctx), new PvcBinder(ctx, options.rootDir), new EndpointsController(ctx));
    this.nodeLifecycle = new NodeLifecycle(ctx, options.nodeMonitorGracePeriodMs ?? 40_000);
  }

  async start(): Promise<void> {
    await this.informers.start();
    this.nodeLifecycle.start();
  }

  async stop(): Promise<void> {
    this.nodeLifecycle.stop();
    for (const s of this.stoppers) s.stop();
    await this.informers.stop();
  }
}
