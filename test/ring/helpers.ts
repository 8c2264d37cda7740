// Shared helpers of the ring's integration tests and bench: a test API server with a kubeconfig, and
// polling for eventual state with a deadline.
import * as k8s from '@kubernetes/client-node';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApiServer, type ApiServer, type ApiServerOptions } from '../kube/apiserver/server.ts';
import { definedNotFalse, eventually } from '../../ingester/src/util/eventually.ts';

export interface KubeFixture {
  api: ApiServer;
  kubeconfigPath: string;
  kubeConfig(): k8s.KubeConfig;
  stop(): Promise<void>;
}

export async function startKube(options: Omit<ApiServerOptions, 'logger'> = {}): Promise<KubeFixture> {
  const { createLogger } = await import('../../ingester/src/util/log.ts');
  const api = await startApiServer({ logger: createLogger('test-apiserver', { silent: true }), ...options });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ring-kube-'));
  const kubeconfigPath = path.join(dir, 'kubeconfig');
  api.writeKubeconfig(kubeconfigPath);
  return {
    api,
    kubeconfigPath,
    kubeConfig() {
      const kc = new k8s.KubeConfig();
      kc.loadFromFile(kubeconfigPath);
      return kc;
    },
    async stop() {
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` until it answers neither undefined nor false; an error from the probe ends the wait at once. */
export function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  return eventually(what, probe, { timeoutMs, intervalMs: 25, done: definedNotFalse, retryErrors: false });
}
