// The operator's controller against the test API server, without pods or ingesters: an API server (options
// for its version), the CRD applied with kubectl, a ring in memory the test can read and change, and the
// controller reconciling every IngesterCluster. Shared by the tests of reconcile failures, pausing and
// scale-down decisions made through the API.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import { MemoryRingStore } from '../../ingester/src/ring/kv/memory.ts';
import { silentLogger } from '../../ingester/src/util/log.ts';
import { startApiServer, type ApiServer, type ApiServerOptions } from '../kube/apiserver/server.ts';
import { IngesterClusterController } from '../../operator/src/kube/controller.ts';
import { KubeClient, pathFor } from '../../operator/src/kube/client.ts';
import type { IngesterClient } from '../../operator/src/kube/ingester-client.ts';
import type { IngesterClusterStatus } from '../../operator/src/gen/types.ts';
import { crdFile, eventually, kubectl } from './helpers.ts';

export interface KubeEvent {
  type: string;
  reason: string;
  message: string;
  eventTime?: string;
  involvedObject: { kind: string; name: string };
}

/** Ingesters that never answer: pods in these tests have no IP, as pods not started yet. */
export const silentIngesters: IngesterClient = {
  status: async () => undefined,
  leave: async () => undefined,
  prepareShutdown: async () => undefined,
  preparedForShutdown: async () => undefined,
  cancelPrepareShutdown: async () => undefined,
};

export class OperatorHarness {
  readonly ring = new MemoryRingStore();
  api!: ApiServer;
  client!: KubeClient;
  kubeconfig = '';
  private controller?: IngesterClusterController;
  private dir = '';

  async start(options: { apiServer?: ApiServerOptions } = {}): Promise<this> {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'operator-harness-'));
    this.api = await startApiServer(options.apiServer ?? {});
    this.kubeconfig = path.join(this.dir, 'kubeconfig');
    this.api.writeKubeconfig(this.kubeconfig);
    expect((await kubectl(this.kubeconfig, ['apply', '-f', crdFile])).code).to.equal(0);
    await eventually('the CRD to be served', async () => (await kubectl(this.kubeconfig, ['get', 'ic'])).code === 0);
    const kc = new KubeConfig();
    kc.loadFromFile(this.kubeconfig);
    this.client = new KubeClient(kc);
    const ring = this.ring;
    this.controller = new IngesterClusterController({
      kubeConfig: kc,
      namespace: '',
      // The test keeps the store; the controller's close() must not clear it.
      ringStoreFor: () => ({ get: () => ring.get(), cas: (u) => ring.cas(u), watch: (f) => ring.watch(f), heartbeat: (id, ms) => ring.heartbeat(id, ms), close: async () => undefined }),
      registry: new Registry(),
      log: silentLogger(),
      ingesters: silentIngesters,
      busyRequeueMs: 200,
      idleRequeueMs: 200,
    });
    await this.controller.start();
    return this;
  }

  async stop(): Promise<void> {
    await this.controller?.stop();
    await this.api?.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  /** kubectl apply of a manifest given as YAML text. */
  async apply(manifest: string): Promise<void> {
    const result = await kubectl(this.kubeconfig, ['apply', '-f', '-'], manifest);
    expect(result.code, result.stderr).to.equal(0);
  }

  async status(namespace: string, name: string): Promise<IngesterClusterStatus | undefined> {
    return (await this.client.find<{ status?: IngesterClusterStatus }>(pathFor('IngesterCluster', namespace, name)))?.status;
  }

  /** Waits until the cluster's condition of this type satisfies `check`; returns the whole status. */
  condition(namespace: string, name: string, type: string, check: (c: { status: string; reason: string; message: string }) => boolean, timeoutMs = 30_000): Promise<IngesterClusterStatus> {
    return eventually(`${namespace}/${name} condition ${type}`, async () => {
      const status = await this.status(namespace, name);
      const condition = status?.conditions?.find((c) => c.type === type);
      return condition && check(condition as { status: string; reason: string; message: string }) ? status : undefined;
    }, timeoutMs);
  }

  async events(namespace: string, name: string): Promise<KubeEvent[]> {
    const list = await this.client.get<{ items: KubeEvent[] }>(pathFor('Event', namespace));
    return list.items.filter((e) => e.involvedObject.kind === 'IngesterCluster' && e.involvedObject.name === name);
  }
}

export const clusterManifest = (namespace: string, name: string, spec: string): string =>
  `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${namespace}}\n---\napiVersion: ingester-cluster.dev/v1alpha1\nkind: IngesterCluster\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec: {image: "ingester-cluster/ingester:1", ring: {tokensPerInstance: 16}, ${spec}}\n`;
