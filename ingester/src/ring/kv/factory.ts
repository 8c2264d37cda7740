// Builds the ring store the flags ask for (-ingester.ring.store=file|configmap|memory).
import * as k8s from '@kubernetes/client-node';
import { existsSync, readFileSync } from 'node:fs';
import type { Registry } from 'prom-client';
import type { Logger } from '../../util/log.ts';
import type { RingStoreConfig } from '../config.ts';
import { ConfigMapRingStore } from './configmap.ts';
import { FileRingStore } from './file.ts';
import { MemoryRingStore } from './memory.ts';
import type { RingStore } from './store.ts';

const SERVICE_ACCOUNT_NAMESPACE = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';

export interface RingStoreDeps {
  logger?: Logger;
  registry?: Registry;
  /** Heartbeat timeout of the ring: the configmap store aggregates heartbeats every third of it. */
  heartbeatTimeoutMs: number;
  /** The memory store to share between components of one process (-target=all with -ingester.ring.store=memory). */
  memory?: MemoryRingStore;
  /** Environment, for in-cluster detection (passed in: never read at module load). */
  env?: NodeJS.ProcessEnv;
}

export function loadKubeConfig(kubeconfigPath: string, env: NodeJS.ProcessEnv = {}): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  if (kubeconfigPath) kc.loadFromFile(kubeconfigPath);
  // $KUBECONFIG wins over the fixed in-cluster paths (client-node's loadFromDefault order): the test
  // cluster's kubelet hands pods their credentials that way; a real pod sets no KUBECONFIG.
  else if (env.KUBERNETES_SERVICE_HOST && !env.KUBECONFIG) kc.loadFromCluster();
  else kc.loadFromDefault();
  return kc;
}

/** The namespace: the flag, else the pod's service-account namespace, else the kubeconfig context's, else "default". */
export function resolveNamespace(flag: string, kc: k8s.KubeConfig, env: NodeJS.ProcessEnv = {}): string {
  if (flag) return flag;
  if (env.POD_NAMESPACE) return env.POD_NAMESPACE;
  if (existsSync(SERVICE_ACCOUNT_NAMESPACE)) return readFileSync(SERVICE_ACCOUNT_NAMESPACE, 'utf8').trim();
  const context = kc.getContextObject(kc.getCurrentContext());
  return context?.namespace || 'default';
}

export function createRingStore(config: RingStoreConfig, deps: RingStoreDeps): RingStore {
  switch (config.kind) {
    case 'memory':
      return deps.memory ?? new MemoryRingStore();
    case 'file':
      return new FileRingStore({ filePath: config.filePath, logger: deps.logger, registry: deps.registry });
    case 'configmap': {
      const kubeConfig = loadKubeConfig(config.kubeconfigPath, deps.env);
      return new ConfigMapRingStore({
        kubeConfig,
        namespace: resolveNamespace(config.namespace, kubeConfig, deps.env),
        name: config.configMapName,
        heartbeatRefreshMs: Math.max(1000, Math.floor(deps.heartbeatTimeoutMs / 3)),
        logger: deps.logger,
        registry: deps.registry,
      });
    }
  }
}
