// A Kubernetes API server for tests, faithful enough that the real kubectl and @kubernetes/client-node
// cannot tell it from kube-apiserver for what this project uses. See README.md beside this file.
//
//   const api = await startApiServer();
//   api.writeKubeconfig('/tmp/kc');            // admin; kubectl --kubeconfig /tmp/kc get ns
//   const token = api.issueServiceAccountToken('default', 'operator');
//   api.faults.add({ method: 'PUT', path: '/configmaps/', status: 500, count: 2 });
//   await api.stop();
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { stringify as toYaml } from 'yaml';
import { createLogger, type Logger } from '../../../ingester/src/util/log.ts';
import { AuditLog } from './audit.ts';
import { bootstrapRbac, checkEscalation, RbacAuthorizer, TokenAuthenticator } from './auth.ts';
import { admitPodSecurity } from './pod-security.ts';
import { forbidden } from './status.ts';
import { ServerControllers } from './controllers.ts';
import { seededRandom } from '../../../ingester/src/util/seeded-random.ts';
import { FaultInjector } from './faults.ts';
import { createHandler, type PodLogReader } from './handler.ts';
import { ApiRegistry } from './registry.ts';
import { Rest } from './rest.ts';
import { ObjectStore } from './store.ts';
import { servingCert } from './tls.ts';
import { WatchRegistry } from './watch.ts';
import { resourceKey, type KubeObject } from './types.ts';

export type { FaultRule, FaultHandle } from './faults.ts';
export type { AuditEvent, AuditLog } from './audit.ts';
export { FaultInjector } from './faults.ts';
export type { KubeObject } from './types.ts';
export type { PodLogReader, PodLogOptions } from './handler.ts';

export interface ApiServerOptions {
  /** Port to listen on (0, the default, picks a free one). */
  port?: number;
  /** Address to listen on; 127.0.0.1 by default. */
  host?: string;
  /** Keep state (objects, tokens, CA) here across restarts; in memory only when absent. */
  dataDir?: string;
  /** Metrics registry (a fresh one when absent; never the global default). */
  registry?: Registry;
  logger?: Logger;
  /** Events kept per resource type for watches resuming from a resourceVersion (default 1000). */
  watchHistorySize?: number;
  /** How often watches with allowWatchBookmarks get a BOOKMARK (default 1000 ms; kube-apiserver: ~1 min). */
  bookmarkIntervalMs?: number;
  /** Admin bearer token (random when absent). */
  adminToken?: string;
  /** Seed for fault rules with a `share`, so the same requests fail on every run (Math.random when absent). */
  faultSeed?: number;
  /** What GET /version answers (1.32 when absent), to test how clients treat an older server. */
  version?: { major: string; minor: string; gitVersion: string };
}

/** Read-only view of the server's objects for test assertions. */
export interface StoreView {
  /** The newest resourceVersion. */
  readonly resourceVersion: number;
  get(group: string, plural: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(group: string, plural: string, namespace?: string): KubeObject[];
  /** Number of stored objects. */
  count(): number;
  /** Open watch streams. */
  watchers(): number;
}

export interface ApiServer {
  url: string;
  port: number;
  /** Bearer token with full rights (group system:masters). */
  adminToken: string;
  /** PEM of the CA that signed the serving certificate. */
  caPem: string;
  /** Writes a kubeconfig for the admin (or for `token`), with the CA and `namespace` as default. */
  writeKubeconfig(path: string, opts?: { token?: string; user?: string; namespace?: string }): void;
  /**
   * A bearer token for system:serviceaccount:<namespace>:<name>. When the ServiceAccount exists the token is
   * bound to it (deleting it makes the token fail with 401, as in kube-apiserver); otherwise it is unbound.
   */
  issueServiceAccountToken(namespace: string, name: string): string;
  faults: FaultInjector;
  /** Serves `kubectl logs` (GET pods/<name>/log) from this reader; until set, logs answer 404. */
  setPodLogReader(reader: PodLogReader | undefined): void;
  /** The audit log (kube-apiserver's Event shape, level Metadata): `audit.start()`, then `audit.events()`. */
  audit: AuditLog;
  store: StoreView;
  metrics: Registry;
  stop(): Promise<void>;
}

interface SavedState { resourceVersion: number; adminToken: string; objects: Record<string, KubeObject[]>; tokens: ReturnType<TokenAuthenticator['entries']> }

export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.logger ?? createLogger('test-apiserver', { level: process.env.TEST_APISERVER_LOG_LEVEL ?? 'warn' });
  const promRegistry = options.registry ?? new Registry();
  const statePath = options.dataDir ? join(options.dataDir, 'state.json') : undefined;
  const saved: SavedState | undefined = statePath && existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as SavedState) : undefined;

  const store = new ObjectStore({ historySize: options.watchHistorySize });
  const registry = new ApiRegistry();
  const rest = new Rest(store, registry);
  const authn = new TokenAuthenticator(options.adminToken ?? saved?.adminToken);
  authn.serviceAccountUid = (namespace, name) => store.get(resourceKey('', 'serviceaccounts'), namespace, name)?.metadata.uid;
  const authz = new RbacAuthorizer(store);
  const faults = new FaultInjector(options.faultSeed === undefined ? Math.random : seededRandom(options.faultSeed));
  const watchRegistry = new WatchRegistry();
  const controllers = new ServerControllers(rest, registry, store, log, (key) => watchRegistry.closeAll(key));
  rest.hooks = {
    afterWrite: (t, obj, old) => controllers.afterWrite(t, obj, old),
    admit: (t, obj, old, ctx) => {
      if (!ctx.user) return;
      if (t.group === 'rbac.authorization.k8s.io') {
        const message = checkEscalation(authz, store, ctx.user, t.kind, obj);
        if (message) throw forbidden(t.group, t.plural, obj.metadata.name, message);
        return;
      }
      if (t.crd || !obj.metadata.namespace) return;
      const namespace = store.get(resourceKey('', 'namespaces'), undefined, obj.metadata.namespace);
      const decision = admitPodSecurity(t.kind, t.group, obj, old === undefined, namespace);
      if (decision.forbidden) throw forbidden(t.group, t.plural, obj.metadata.name, decision.forbidden);
      ctx.warnings.push(...decision.warnings);
    },
  };

  if (saved) {
    // CRDs first, so their resources are served before their objects are restored.
    const crdKey = resourceKey('apiextensions.k8s.io', 'customresourcedefinitions');
    for (const crd of saved.objects[crdKey] ?? []) {
      store.restore(crdKey, crd);
      registry.setCrd(crd.metadata.name!, crd);
    }
    for (const [key, objects] of Object.entries(saved.objects)) if (key !== crdKey) for (const o of objects) store.restore(key, o);
    store.setResourceVersion(saved.resourceVersion);
    // The event history did not survive the restart: watches from before it must relist (410), as after a
    // kube-apiserver restart.
    store.startHistoryAt(saved.resourceVersion);
    authn.restore(saved.tokens);
  } else {
    const ctx = { fieldManager: 'kube-apiserver', dryRun: false, fieldValidation: 'Ignore' as const, warnings: [] };
    const nsType = registry.find('', 'v1', 'namespaces')!;
    for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) rest.create(nsType, undefined, { metadata: { name } }, ctx);
    for (const b of bootstrapRbac()) rest.create(registry.find('rbac.authorization.k8s.io', 'v1', b.plural)!, undefined, b.object, ctx);
  }
  controllers.start();
  controllers.schedule();

  const requests = new Counter({ name: 'apiserver_request_total', help: 'Requests by verb, resource and HTTP code.', labelNames: ['verb', 'resource', 'code'], registers: [promRegistry] });
  const duration = new Histogram({ name: 'apiserver_request_duration_seconds', help: 'Request handling time (watches: until the stream opens).', labelNames: ['verb'], buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5], registers: [promRegistry] });
  const watches = new Gauge({ name: 'apiserver_registered_watchers', help: 'Open watch streams.', registers: [promRegistry] });
  new Gauge({ name: 'apiserver_storage_objects', help: 'Stored objects.', registers: [promRegistry], collect() { this.set(store.count()); } });

  let saveTimer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (!statePath) return;
    const objects: Record<string, KubeObject[]> = {};
    for (const key of store.resourceKeys()) objects[key] = store.list(key);
    const state: SavedState = { resourceVersion: store.resourceVersion, adminToken: authn.adminToken, objects, tokens: authn.entries() };
    mkdirSync(dirname(statePath), { recursive: true });
    writeFileSync(`${statePath}.tmp`, JSON.stringify(state));
    renameSync(`${statePath}.tmp`, statePath);
  };
  const unsubscribeSave = statePath
    ? store.subscribe(undefined, () => {
        saveTimer ??= setTimeout(() => {
          saveTimer = undefined;
          save();
        }, 200);
      })
    : () => {};

  const cert = servingCert(options.dataDir);
  const podLogs: { reader?: PodLogReader } = {};
  const audit = new AuditLog();
  let address = '';
  const handler = createHandler({
    rest,
    registry,
    authn,
    authz,
    faults,
    log,
    metrics: { requests, duration, watches },
    promRegistry,
    serverAddress: () => address,
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 1000,
    maxBodyBytes: 3 * 1024 * 1024,
    podLogs,
    watches: watchRegistry,
    audit,
    version: options.version,
  });
  const server: Server = createServer({ cert: cert.certPem, key: cert.keyPem }, handler);
  server.keepAliveTimeout = 30_000;
  const sockets = new Set<Socket>();
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  address = `${host}:${port}`;
  const url = `https://${address}`;
  log.info('test apiserver listening', { url });

  const caData = Buffer.from(cert.caPem).toString('base64');
  let stopped = false;
  return {
    url,
    port,
    adminToken: authn.adminToken,
    caPem: cert.caPem,
    faults,
    audit,
    metrics: promRegistry,
    writeKubeconfig(path, opts = {}) {
      const user = opts.user ?? (opts.token ? 'user' : 'admin');
      const config = {
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'test-apiserver', cluster: { server: url, 'certificate-authority-data': caData } }],
        users: [{ name: user, user: { token: opts.token ?? authn.adminToken } }],
        contexts: [{ name: 'test', context: { cluster: 'test-apiserver', user, namespace: opts.namespace ?? 'default' } }],
        'current-context': 'test',
        preferences: {},
      };
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, toYaml(config), { mode: 0o600 });
    },
    setPodLogReader(reader) {
      podLogs.reader = reader;
    },
    issueServiceAccountToken(namespace, name) {
      const sa = store.get(resourceKey('', 'serviceaccounts'), namespace, name);
      return authn.issueServiceAccountToken(namespace, name, sa?.metadata.uid).token;
    },
    store: {
      get resourceVersion() {
        return store.resourceVersion;
      },
      get: (group, plural, namespace, name) => store.get(resourceKey(group, plural), namespace, name),
      list: (group, plural, namespace) => store.list(resourceKey(group, plural), namespace),
      count: () => store.count(),
      watchers: () => store.watcherCount(),
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      controllers.stop();
      unsubscribeSave();
      if (saveTimer) clearTimeout(saveTimer);
      save();
      faults.clear();
      faults.closeWatches();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
