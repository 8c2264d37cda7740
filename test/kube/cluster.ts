// One call for tests: the test API server, the controllers and the kubelet, wired together.
//
//   const cluster = await startTestCluster({ images });
//   … kubectl --kubeconfig cluster.kubeconfigPath …, or new KubeClient(cluster.kubeConfig) …
//   await cluster.stop();   // kills every pod process group, stops controllers and the server
//
// The kubelet and controllers are ordinary API clients of the server (admin kubeconfig). Pod folders, PVC
// folders and logs live under `<dataDir>/kubelet`; a temporary dataDir is removed by stop().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import { createLogger, silentLogger, type Logger } from '../../ingester/src/util/log.ts';
import { startApiServer, type ApiServer } from './apiserver/server.ts';
import { KubeClient } from './controllers/client.ts';
import { ControllerManager } from './controllers/manager.ts';
import { defaultContainerImages, defaultImageTable, ensureLocalImages, mergeImageTables, type ContainerImages, type ImageTable } from './images.ts';
import type { BackoffSettings } from './kubelet/backoff.ts';
import type { PodmanRuntime } from './kubelet/container-runtime.ts';
import { Kubelet } from './kubelet/kubelet.ts';
import { killAllSync } from './kubelet/process-group.ts';

export interface TestClusterOptions {
  /** Fixture images that run as local processes (test/http, …). */
  images?: ImageTable;
  /**
   * Images that run as real containers (repository → local image); default our two images, built on first use
   * by images/build.sh local. Their containers never run as processes.
   */
  containerImages?: ContainerImages;
  /** The container runtime (default podman with runc). */
  containerRuntime?: PodmanRuntime;
  /** Root folder for everything the cluster writes; default a temporary folder removed by stop(). */
  dataDir?: string;
  /** Options for the API server (port 0 and 127.0.0.1 by default). */
  apiServer?: { port?: number; host?: string; persist?: boolean };
  /** Fake node names; default node-a, node-b, node-c. */
  nodes?: string[];
  log?: Logger;
  registry?: Registry;
  /** Restart backoff of crashing containers (default 1 s doubling to 30 s). */
  backoff?: BackoffSettings;
  /** Node heartbeat period (default 2 s) and how long without one makes a node Ready=Unknown (default 20 s). */
  heartbeatMs?: number;
  nodeMonitorGracePeriodMs?: number;
  /** Extra environment for every container. */
  extraEnv?: Record<string, string>;
}

export interface TestCluster {
  api: ApiServer;
  kubeconfigPath: string;
  /** Admin credentials. */
  kubeConfig: KubeConfig;
  client: KubeClient;
  kubelet: Kubelet;
  controllers: ControllerManager;
  dataDir: string;
  registry: Registry;
  stop(): Promise<void>;
}

export async function startTestCluster(options: TestClusterOptions = {}): Promise<TestCluster> {
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'test-cluster-'));
  fs.mkdirSync(dataDir, { recursive: true });
  const log = options.log ?? silentLogger();
  const registry = options.registry ?? new Registry();
  const api = await startApiServer({
    port: options.apiServer?.port ?? 0,
    host: options.apiServer?.host ?? '127.0.0.1',
    ...(options.apiServer?.persist ? { dataDir: path.join(dataDir, 'apiserver') } : {}),
  });
  const stops: (() => Promise<void>)[] = [() => api.stop()];
  const stopAll = async (): Promise<void> => {
    const errors: unknown[] = [];
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (err) {
        errors.push(err);
      }
    }
    stops.length = 0;
    if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
    if (errors.length) throw new AggregateError(errors, 'stopping the test cluster');
  };
  try {
    const kubeconfigPath = path.join(dataDir, 'kubeconfig');
    api.writeKubeconfig(kubeconfigPath);
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(kubeconfigPath);
    const client = new KubeClient(kubeConfig, 'test-cluster');
    const rootDir = path.join(dataDir, 'kubelet');
    fs.mkdirSync(rootDir, { recursive: true });
    const controllers = new ControllerManager({ kubeConfig, registry, log: log.child({ component: 'test-controllers' }), rootDir, nodeMonitorGracePeriodMs: options.nodeMonitorGracePeriodMs ?? 20_000 });
    await controllers.start();
    stops.push(() => controllers.stop());
    const kubelet = new Kubelet({
      client: new KubeClient(kubeConfig, 'test-kubelet'),
      kubeConfig,
      apiServerUrl: api.url,
      rootDir,
      images: mergeImageTables(defaultImageTable(), options.images),
      containerImages: options.containerImages ?? defaultContainerImages(),
      prepareImages: ensureLocalImages,
      runtime: options.containerRuntime,
      nodes: options.nodes,
      registry,
      log: log.child({ component: 'test-kubelet' }),
      backoff: options.backoff,
      heartbeatMs: options.heartbeatMs ?? 2000,
      extraEnv: options.extraEnv,
    });
    stops.push(() => kubelet.stop());
    await kubelet.start();
    // `kubectl logs` → GET pods/<name>/log → the kubelet's log files.
    api.setPodLogReader((namespace, pod, container, opts) => kubelet.readPodLog(namespace, pod, container, opts));
    stops.push(async () => api.setPodLogReader(undefined));
    return { api, kubeconfigPath, kubeConfig, client, kubelet, controllers, dataDir, registry, stop: stopAll };
  } catch (err) {
    killAllSync();
    await stopAll().catch(() => undefined);
    throw err;
  }
}

/** A logger for the cluster when a test wants to see what it does (TEST_CLUSTER_LOG=debug). */
export function clusterLogger(level = process.env.TEST_CLUSTER_LOG): Logger {
  return level ? createLogger('test-cluster', { level }) : silentLogger();
}
