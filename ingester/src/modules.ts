// The data-plane program is a set of modules; a -target is a list of them. Each module declares its flags
// (all are declared before parsing, so -help lists every flag), the modules it needs, and builds its
// part of the App: servers, the bucket, a role. Modules are initialised in dependency order and their
// services started in that order and stopped in reverse.
//
// To add a target: add its modules to MODULES and a line to TARGETS; modules shared by several targets
// (server, bucket, ring) are initialised once. -target also takes a comma list (distributor,querier).
import { hostname } from 'node:os';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { registerLimitFlags, replayLimits } from './ingest/limits.ts';
import { normalizePush } from './ingest/normalize.ts';
import { sharedTableCache } from './pprof/table-cache.ts';
import { registerTableCacheMetrics } from './pprof/table-cache-metrics.ts';
import { localRetentionProblem, registerIngesterFlags } from './roles/ingester/config.ts';
import { registerIngesterRoutes } from './roles/ingester/http-routes.ts';
import { IngesterRole, type ReadinessCheck } from './roles/ingester/ingester.ts';
import { decodePushRecord } from './roles/ingester/wal-record.ts';
import { connectNotFound } from './server/connect.ts';
import { GrpcServer } from './server/grpc.ts';
import { HttpServer } from './server/http.ts';
import { registerIngestRoute } from './server/ingest-route.ts';
import { registerServices } from './server/services.ts';
import { registerTenantFlags } from './server/tenant.ts';
import { createBucket, registerBucketFlags } from './storage/bucket-flags.ts';
import type { Bucket } from './storage/objstore/bucket.ts';
import { IngesterStorage } from './storage/store.ts';
import { systemClock, type Clock } from './util/clock.ts';
import type { FlagSet } from './util/flags.ts';
import { createLogger, type Logger } from './util/log.ts';
import type { Service } from './util/service.ts';
import type { Limits } from './ingest/limits.ts';
import { defineQueryFlags, type QueryConfig } from './query/config.ts';
import { defineLifecyclerFlags, defineRingStoreFlags, type LifecyclerConfig, type RingStoreConfig } from './ring/config.ts';
import { FileRingStore } from './ring/kv/file.ts';
import { MemoryRingStore } from './ring/kv/memory.ts';
import type { RingStore } from './ring/kv/store.ts';
import { Ring } from './ring/ring.ts';
import { IngesterClientPool, registerIngesterClientFlags, type IngesterClientConfig } from './roles/distributor/ingester-pool.ts';
import type { Distributor } from './roles/distributor/distributor.ts';
import { registerBatchFlags, type BatchConfig } from './roles/distributor/ingester-batcher.ts';
import { registerPushStreamFlag } from './roles/distributor/push-client.ts';
import { distributorModule } from './roles/distributor/module.ts';
import { wireIngesterRing, type IngesterRing } from './roles/ingester/ring.ts';
import { isLocalClusterTarget, localClusterModule, registerLocalClusterFlags, type LocalClusterConfig } from './roles/local-cluster/module.ts';
import { querierModule } from './roles/querier/module.ts';
import { registerCompactorFlags, type CompactorConfig } from './roles/compactor/config.ts';
import { compactorModule } from './roles/compactor/module.ts';
import { decodePoolModule } from './ingest/decode-pool/module.ts';
import { registerDecodePoolFlags, type DecodePool, type DecodePoolConfig } from './ingest/decode-pool/pool.ts';
import { grpcServerCredentials, httpsOptions, loadServerTls, registerServerTlsFlags, type ServerTlsConfig } from './server/tls.ts';

/** Every flag of every module, read after parsing. */
export interface Flags {
  target: () => string;
  logLevel: () => string;
  instanceId: () => string;
  httpPort: () => number;
  httpAddress: () => string;
  httpReadTimeoutMs: () => number;
  httpReadHeaderTimeoutMs: () => number;
  grpcPort: () => number;
  grpcAddress: () => string;
  multiTenancy: () => boolean;
  limits: () => Limits;
  bucket: ReturnType<typeof registerBucketFlags>;
  ingester: ReturnType<typeof registerIngesterFlags>;
  ringStore: () => RingStoreConfig;
  lifecycler: () => LifecyclerConfig;
  /** Whether -ingester.ring.replication-factor was given (-target=all defaults it to 1 otherwise). */
  replicationFactorSet: () => boolean;
  ingesterClient: () => IngesterClientConfig;
  distributorBatch: () => BatchConfig;
  distributorPushStream: () => boolean;
  query: () => QueryConfig;
  querierBlockCacheSizeBytes: () => number;
  querierBucketIndexRefreshMs: () => number;
  querierBucketIndexMaxStaleMs: () => number;
  serverTls: () => ServerTlsConfig;
  localCluster: () => LocalClusterConfig;
  compactor: () => CompactorConfig;
  decodePool: () => DecodePoolConfig;
}

export function registerFlags(fs: FlagSet): Flags {
  return {
    target: fs.define('target', 'string', 'ingester', `What this process runs: ${Object.keys(TARGETS).join(', ')}, or a comma list of them.`, {
      validate: (v) => {
        const unknown = v.split(',').filter((t) => !TARGETS[t.trim()]);
        return unknown.length === 0 ? undefined : `unknown target "${unknown.join(',')}" (known: ${Object.keys(TARGETS).join(', ')})`;
      },
    }),
    logLevel: fs.define('log.level', 'string', 'info', 'Log level: debug, info, warn or error.', {
      validate: (v) => (['debug', 'info', 'warn', 'error'].includes(v) ? undefined : 'must be debug, info, warn or error'),
    }),
    instanceId: fs.define('ingester.instance-id', 'string', '', 'This instance\'s name in logs and /ingester/status (default: -ingester.ring.instance-id, else the hostname).'),
    httpPort: fs.define('server.http-listen-port', 'int', 4040, 'HTTP port (Connect API, /ingest, /metrics, /ready, /flush, /ingester/status).', { validate: portCheck }),
    httpAddress: fs.define('server.http-listen-address', 'string', '0.0.0.0', 'Address the HTTP server listens on.'),
    // dskit's names and defaults (server.go RegisterFlags): a slow client is cut off with 408 (server/http.ts).
    httpReadTimeoutMs: fs.define('server.http-read-timeout', 'duration', 30_000, 'Time a client has to send its whole request, head and body; slower ones get 408 and are disconnected (0 = none).', {
      validate: (v) => (v >= 0 ? undefined : 'must not be negative'),
    }),
    httpReadHeaderTimeoutMs: fs.define('server.http-read-header-timeout', 'duration', 0, 'Time a client has to send its request head (0 = -server.http-read-timeout).', {
      validate: (v) => (v >= 0 ? undefined : 'must not be negative'),
    }),
    grpcPort: fs.define('server.grpc-listen-port', 'int', 9095, 'gRPC port.', { validate: portCheck }),
    grpcAddress: fs.define('server.grpc-listen-address', 'string', '0.0.0.0', 'Address the gRPC server listens on.'),
    multiTenancy: registerTenantFlags(fs),
    limits: registerLimitFlags(fs),
    bucket: registerBucketFlags(fs),
    ingester: registerIngesterFlags(fs),
    ringStore: defineRingStoreFlags(fs),
    lifecycler: defineLifecyclerFlags(fs),
    replicationFactorSet: () => fs.isSet('ingester.ring.replication-factor'),
    ingesterClient: registerIngesterClientFlags(fs),
    distributorBatch: registerBatchFlags(fs),
    distributorPushStream: registerPushStreamFlag(fs),
    query: defineQueryFlags(fs),
    querierBlockCacheSizeBytes: fs.define('querier.block-cache-size-bytes', 'bytes', 256 * 1024 * 1024,
      'Memory the querier gives to blocks read from the bucket (their meta and decoded files, estimated); the least recently used are dropped beyond it (0 = keep none).', {
        validate: (v) => (v >= 0 ? undefined : 'must be >= 0'),
      }),
    querierBucketIndexMaxStaleMs: fs.define('querier.bucket-index-max-stale-period', 'duration', 30 * 60_000,
      'A bucket index written longer ago than this (its compactor stopped) is not read alone: queries list the tenant\'s blocks instead; must stay below -ingester.local-retention minus -querier.bucket-index-refresh.', {
        validate: (v) => (v > 0 ? undefined : 'must be positive'),
      }),
    querierBucketIndexRefreshMs: fs.define('querier.bucket-index-refresh', 'duration', 60_000,
      'A tenant\'s bucket index (written by the compactor) is fetched again in the background when a query finds it older than this; must stay well below -ingester.local-retention.', {
        validate: (v) => (v > 0 ? undefined : 'must be positive'),
      }),
    serverTls: registerServerTlsFlags(fs),
    localCluster: registerLocalClusterFlags(fs),
    compactor: registerCompactorFlags(fs),
    decodePool: registerDecodePoolFlags(fs),
  };
}

function portCheck(v: number): string | undefined {
  return v >= 0 && v <= 65535 ? undefined : 'must be a port number (0-65535; 0 picks a free one)';
}

/** What modules build and share. */
export interface App {
  flags: Flags;
  registry: Registry;
  logger: Logger;
  /** A logger whose lines carry component=<name> besides the instance and target. */
  loggerFor: (component: string) => Logger;
  clock: Clock;
  instanceId: string;
  /** Readiness is the conjunction of these checks (each returns why it is not ready, or undefined). */
  readiness: ReadinessCheck[];
  /** Started in this order, stopped in reverse. */
  services: Service[];
  http?: HttpServer;
  grpc?: GrpcServer;
  bucket?: Bucket;
  ingester?: IngesterRole;
  /** The ingester's storage (WAL, head, blocks): the lifecycler follows its WAL's writability. */
  ingesterStorage?: IngesterStorage;
  /** The modules this target runs, dependencies included. */
  modules: string[];
  ringStore?: RingStore;
  /** The read side of the ingester ring (distributor, querier). */
  ring?: Ring;
  ingesterRing?: IngesterRing;
  ingesterClients?: IngesterClientPool;
  distributor?: Distributor;
  /** Worker threads that decode pushes off the event loop (distributor and ingester). */
  decodePool?: DecodePool;
  /** Asks the process to stop as on SIGTERM (POST /ingester/shutdown). */
  requestExit: () => void;
}

export interface ModuleDef {
  deps: string[];
  init(app: App): void | Promise<void>;
}

export const MODULES: Record<string, ModuleDef> = {
  server: {
    deps: [],
    init(app) {
      const f = app.flags;
      const tls = loadServerTls(f.serverTls());
      // The local cluster's front listens on loopback unless -local-cluster.listen-address opens it up.
      const front = isLocalClusterTarget(f.target()) ? f.localCluster().listenAddress : undefined;
      app.http = new HttpServer({
        port: f.httpPort(), host: front ?? f.httpAddress(), registry: app.registry, logger: app.loggerFor('http'), notFound: connectNotFound,
        requestTimeoutMs: f.httpReadTimeoutMs(), headersTimeoutMs: f.httpReadHeaderTimeoutMs(),
        ...(tls ? { tls: httpsOptions(tls) } : {}),
        ready: () => {
          const reasons = app.readiness.map((c) => c()).filter((r): r is string => r !== undefined);
          return reasons.length === 0 ? { ok: true } : { ok: false, reason: reasons.join('; ') };
        },
      });
      app.grpc = new GrpcServer({
        port: f.grpcPort(), host: front ?? f.grpcAddress(), logger: app.loggerFor('grpc'), multiTenancy: f.multiTenancy, registry: app.registry,
        ...(tls ? { credentials: grpcServerCredentials(tls) } : {}),
      });
      app.services.push(app.http, app.grpc);
    },
  },
  bucket: {
    deps: [],
    init(app) {
      app.bucket = createBucket(app.flags.bucket(), app.loggerFor('bucket'), app.registry);
      app.logger.info('bucket configured', { bucket: app.bucket.description });
    },
  },
  ingester: {
    deps: ['server', 'bucket', 'decode-pool'],
    init(app) {
      const config = app.flags.ingester();
      const logger = app.loggerFor('ingester');
      // The queriers' flags as this process sees them (pass them to ingesters too for the check to be exact).
      const retentionProblem = localRetentionProblem(config.storage, {
        indexMaxStaleMs: app.flags.querierBucketIndexMaxStaleMs(), indexRefreshMs: app.flags.querierBucketIndexRefreshMs(), queryIngestersWithinMs: app.flags.query().queryIngestersWithinMs,
        rejectOlderThanMs: app.flags.limits().rejectOlderThanMs,
      });
      if (retentionProblem) logger.warn(`uploaded blocks may be missing from query results: ${retentionProblem}`);
      registerTableCacheMetrics(app.registry, sharedTableCache);
      const storage = new IngesterStorage(config.storage, {
        bucket: app.bucket!, logger, registry: app.registry, clock: app.clock,
        decodeRecord: (payload) => {
          const r = decodePushRecord(payload);
          // The record was validated when it was acknowledged: replay must not drop it because limits changed.
          return { tenant: r.tenant, profiles: normalizePush(r.tenant, r.request, replayLimits(app.flags.limits()), r.receivedAtMs) };
        },
      });
      const role = new IngesterRole({
        id: app.instanceId, storage,
        normalize: (tenant, request, limits, receivedAtMs, signal) => app.decodePool!.run('normalize', tenant, request, limits, receivedAtMs, signal),
        limits: app.flags.limits, clock: app.clock, logger, registry: app.registry, tickIntervalMs: config.tickIntervalMs,
      });
      app.ingester = role;
      app.ingesterStorage = storage;
      app.readiness.push(() => role.notReadyReasons()[0]);
      // With a distributor or querier in the same process (-target=all), they serve the public APIs.
      const front = (m: string) => app.modules.includes(m);
      registerServices(
        { http: app.http!, grpc: app.grpc! },
        { ingester: role, ...(front('distributor') ? {} : { pusher: role }), ...(front('querier') ? {} : { querier: role }) },
        { multiTenancy: app.flags.multiTenancy, limits: app.flags.limits },
      );
      if (!front('distributor')) registerIngestRoute(app.http!, { pusher: role, limits: app.flags.limits, multiTenancy: app.flags.multiTenancy, clock: app.clock });
      registerIngesterRoutes(app.http!, role);
      app.services.push({
        name: 'ingester',
        start: () => role.start(),
        // Shutdown: stop writes, cut and upload everything (bounded), then close the WAL.
        async stop() {
          try {
            await role.flushAndStopWrites(AbortSignal.timeout(config.shutdownFlushTimeoutMs));
          } finally {
            await role.stop();
          }
        },
      });
    },
  },
};

MODULES['ring-store'] = {
  deps: [],
  async init(app) {
    const config = app.flags.ringStore();
    const deps = { heartbeatTimeoutMs: app.flags.lifecycler().heartbeatTimeoutMs, logger: app.loggerFor('ring-store'), registry: app.registry, env: process.env };
    // The Kubernetes client takes most of a process's start-up time to load: only the configmap store loads it.
    const store: RingStore =
      config.kind === 'memory' ? new MemoryRingStore()
      : config.kind === 'file' ? new FileRingStore({ filePath: config.filePath, logger: deps.logger, registry: deps.registry })
      : (await import('./ring/kv/factory.ts')).createRingStore(config, deps);
    app.ringStore = store;
    // First in, last out: every ring user stops before the store closes.
    app.services.push({ name: 'ring-store', start: async () => {}, stop: () => store.close() });
  },
};

MODULES['ring'] = {
  deps: ['ring-store'],
  init(app) {
    const lc = ringConfig(app);
    app.ring = new Ring({
      store: app.ringStore!, name: 'ingester', clock: app.clock, logger: app.loggerFor('ring'), registry: app.registry,
      config: { replicationFactor: lc.replicationFactor, heartbeatTimeoutMs: lc.heartbeatTimeoutMs, zoneAwarenessEnabled: lc.zoneAwarenessEnabled },
    });
    app.services.push(app.ring);
  },
};

MODULES['ingester-clients'] = {
  deps: ['ring'],
  init(app) {
    const resent = new Counter({
      name: 'querier_ingester_call_stream_resent_total',
      help: 'Calls to an ingester sent again as unary calls because their CallStream ended before their answer (the ingester restarted, was shutting down, or the stream broke: logged at warn).',
      registers: [app.registry],
    });
    const logger = app.loggerFor('ingester-clients');
    const pool = new IngesterClientPool(app.flags.ingesterClient(), {
      resentAsUnary: (address, calls, failure) => {
        resent.inc(calls);
        // An ingester shutting down ends its streams on purpose; a broken stream is worth a line with its cause.
        if (failure) logger.warn('a CallStream to the ingester broke before its answers: its calls go again as unary calls', { ingester: address, calls, err: failure.message, cause: failure.cause instanceof Error ? failure.cause.message : undefined });
      },
      fellBackToUnary: (address) => logger.info('the ingester does not serve CallStream (an earlier version): calling it with unary calls', { ingester: address }),
    });
    app.ingesterClients = pool;
    const unsubscribe = app.ring!.onChange((desc) => pool.prune(desc));
    app.services.push({ name: 'ingester-clients', start: async () => {}, stop: async () => { unsubscribe(); pool.close(); } });
  },
};

MODULES['ingester-lifecycler'] = {
  deps: ['ingester', 'ring-store'],
  init(app) {
    const config = ringConfig(app);
    // One ID for logs, /ingester/status and the ring: -ingester.ring.instance-id, else -ingester.instance-id.
    if (config.instanceId === hostname()) config.instanceId = app.instanceId;
    const http = app.http!;
    const grpc = app.grpc!;
    app.ingesterRing = wireIngesterRing({
      role: app.ingester!, store: app.ringStore!, config, http, shutdownFlushTimeoutMs: app.flags.ingester().shutdownFlushTimeoutMs,
      boundPorts: () => ({ grpcPort: grpc.port, httpPort: http.port }),
      requestExit: app.requestExit, clock: app.clock, logger: app.loggerFor('lifecycler'), registry: app.registry,
    });
    app.services.push(app.ingesterRing);
    // While the WAL cannot write, out of the write path: read-only in the ring (dskit's ChangeReadOnlyState),
    // still serving reads; writable again once the WAL recovers, unless -ingester.ring.read-only asks otherwise.
    const { lifecycler } = app.ingesterRing;
    app.ingesterStorage!.onWalWritableChange((writable, error) => {
      if (!writable) void lifecycler.setReadOnly(true, `the WAL cannot be written: ${error?.message ?? 'unknown error'}`);
      else if (!config.readOnly) void lifecycler.setReadOnly(false, 'the WAL can be written again');
    });
  },
};

MODULES['distributor'] = distributorModule;
MODULES['querier'] = querierModule;
MODULES['local-cluster'] = localClusterModule;
MODULES['compactor'] = compactorModule;
MODULES['decode-pool'] = decodePoolModule;

/** The lifecycler's config; one process of -target=all is one replica, so its default replication factor is 1. */
function ringConfig(app: App): LifecyclerConfig {
  const config = app.flags.lifecycler();
  if (app.modules.includes('ingester') && app.modules.includes('distributor') && !app.flags.replicationFactorSet()) config.replicationFactor = 1;
  return config;
}

export const TARGETS: Record<string, string[]> = {
  ingester: ['ingester', 'ingester-lifecycler'],
  distributor: ['distributor'],
  querier: ['querier'],
  all: ['ingester', 'ingester-lifecycler', 'distributor', 'querier'],
  'local-cluster': ['distributor', 'querier', 'local-cluster'],
  compactor: ['compactor'],
};

/** The modules of a target with their dependencies, dependencies first. */
export function resolveModules(target: string): string[] {
  const order: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (order.includes(name)) return;
    if (path.includes(name)) throw new Error(`module dependency cycle: ${[...path, name].join(' → ')}`);
    const def = MODULES[name];
    if (!def) throw new Error(`unknown module ${name}`);
    for (const d of def.deps) visit(d, [...path, name]);
    order.push(name);
  };
  for (const t of target.split(',')) for (const m of TARGETS[t.trim()] ?? []) visit(m, []);
  return order;
}

/**
 * How often nodejs_eventloop_lag_* samples the event loop (perf_hooks.monitorEventLoopDelay's resolution). prom-client's
 * default, 10 ms, is a timer that wakes every process 100 times a second whether it has work or not; on a VM a wake-up
 * costs ~70-150 µs of CPU by itself (measured: a no-op timer, /proc/<pid>/schedstat), so an idle distributor spent
 * ~1-2% of a core on it. At 50 ms a block of the loop of 50 ms or more is always seen and its length measured as
 * before; a shorter block is seen when it covers a sample (a 10 ms block one time in five), which the p50/p90/p99 over a
 * scrape interval (hundreds of samples) still show.
 */
const EVENT_LOOP_SAMPLE_MS = 50;

/** Builds the App for the parsed flags: logger, metrics registry, then every module of the target. */
export async function buildApp(flags: Flags, clock: Clock = systemClock): Promise<App> {
  // -ingester.instance-id, else the ring instance ID (-ingester.ring.instance-id, itself defaulting to the hostname).
  const instanceId = flags.instanceId() || flags.lifecycler().instanceId;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  const loggerFor = (component: string) => createLogger(component, { level: flags.logLevel(), fields: { instance: instanceId, target: flags.target() } });
  const app: App = {
    flags, registry, logger: loggerFor('main'), loggerFor, clock, instanceId, readiness: [], services: [], modules: resolveModules(flags.target()),
    requestExit: () => process.kill(process.pid, 'SIGTERM'),
  };
  for (const name of app.modules) await MODULES[name]!.init(app);
  return app;
}
