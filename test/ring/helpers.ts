// Shared helpers of the ring's integration tests and bench: a test API server with a kubeconfig, ConfigMap
// ring stores on it per test, and polling for eventual state with a deadline.
import * as k8s from '@kubernetes/client-node';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { ConfigMapRingStore, type ConfigMapRingStoreOptions } from '../../ingester/src/ring/kv/configmap.ts';
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

/**
 * A test API server for a describe block and a fresh ring ConfigMap name for each test, with the ConfigMap ring
 * stores a test opens closed after it. Call inside `describe`: it registers the mocha hooks.
 */
export interface RingStoreFixture {
  readonly kube: KubeFixture;
  /** The running test's ring ConfigMap. */
  readonly name: string;
  /** Moves the running test to a fresh ring ConfigMap (later stores use it). */
  nextName(): string;
  /** A store on the running test's ring, closed after the test; `defaults` then `overrides` apply. */
  store(overrides?: Partial<ConfigMapRingStoreOptions>): ConfigMapRingStore;
}

export function ringStoreFixture(o: { namePrefix: string; kube?: Omit<ApiServerOptions, 'logger'>; defaults: Partial<ConfigMapRingStoreOptions> }): RingStoreFixture {
  let kube: KubeFixture | undefined;
  let n = 0;
  let name = '';
  const stores: ConfigMapRingStore[] = [];
  before(async () => {
    kube = await startKube(o.kube);
  });
  after(async () => kube?.stop());
  beforeEach(() => {
    name = `${o.namePrefix}-${++n}`;
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });
  const fixture: RingStoreFixture = {
    get kube() {
      if (!kube) throw new Error('the ring store fixture is used outside a test');
      return kube;
    },
    get name() {
      return name;
    },
    nextName: () => (name = `${o.namePrefix}-${++n}`),
    store(overrides = {}) {
      const s = new ConfigMapRingStore({ kubeConfig: fixture.kube.kubeConfig(), namespace: 'default', name, registry: new Registry(), ...o.defaults, ...overrides });
      stores.push(s);
      return s;
    },
  };
  return fixture;
}
