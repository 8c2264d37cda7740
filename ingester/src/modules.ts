// The data-plane program is a set of modules; a -target is a list of them. Each module declares its flags
// (all are declared before parsing, so -help lists every flag), the modules it needs, and builds its
// part of the App: servers, the bucket, a role. Modules are initialised in dependency order and their
// services started in that order and stopped in reverse.
//
// To add a target (distributor, querier, all, local-cluster): add its modules to MODULES and a line to
// TARGETS; modules shared by several targets (server, bucket) are initialised once.
import { hostname } from 'node:os';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { registerLimitFlags } from './ingest/limits.ts';
import { normalizePush } from './ingest/normalize.ts';
import { registerIngesterFlags } from './roles/ingester/config.ts';
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

/** Every flag of every module, read after parsing. */
export interface Flags {
  target: () => string;
  logLevel: () => string;
  instanceId: () => string;
  httpPort: () => number;
  httpAddress: () => string;
  grpcPort: () => number;
  grpcAddress: () => string;
  multiTenancy: () => boolean;
  limits: () => Limits;
  bucket: ReturnType<typeof registerBucketFlags>;
  ingester: ReturnType<typeof registerIngesterFlags>;
}

export function registerFlags(fs: FlagSet): Flags {
  return {
    target: fs.define('target', 'string', 'ingester', `What this process runs: ${Object.keys(TARGETS).join(', ')}.`, {
      validate: (v) => (TARGETS[v] ? undefined : `unknown target "${v}" (known: ${Object.keys(TARGETS).join(', ')})`),
    }),
    logLevel: fs.define('log.level', 'string', 'info', 'Log level: debug, info, warn or error.', {
      validate: (v) => (['debug', 'info', 'warn', 'error'].includes(v) ? undefined : 'must be debug, info, warn or error'),
    }),
    instanceId: fs.define('ingester.instance-id', 'string', '', 'This instance\'s name in logs and /ingester/status (default: the hostname).'),
    httpPort: fs.define('server.http-listen-port', 'int', 4040, 'HTTP port (Connect API, /ingest, /metrics, /ready, /flush, /ingester/status).', { validate: portCheck }),
    httpAddress: fs.define('server.http-listen-address', 'string', '0.0.0.0', 'Address the HTTP server listens on.'),
    grpcPort: fs.define('server.grpc-listen-port', 'int', 9095, 'gRPC port.', { validate: portCheck }),
    grpcAddress: fs.define('server.grpc-listen-address', 'string', '0.0.0.0', 'Address the gRPC server listens on.'),
    multiTenancy: registerTenantFlags(fs),
    limits: registerLimitFlags(fs),
    bucket: registerBucketFlags(fs),
    ingester: registerIngesterFlags(fs),
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
      app.http = new HttpServer({
        port: f.httpPort(), host: f.httpAddress(), registry: app.registry, logger: app.loggerFor('http'), notFound: connectNotFound,
        ready: () => {
          const reasons = app.readiness.map((c) => c()).filter((r): r is string => r !== undefined);
          return reasons.length === 0 ? { ok: true } : { ok: false, reason: reasons.join('; ') };
        },
      });
      app.grpc = new GrpcServer({ port: f.grpcPort(), host: f.grpcAddress(), logger: app.loggerFor('grpc'), multiTenancy: f.multiTenancy });
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
    deps: ['server', 'bucket'],
    init(app) {
      const config = app.flags.ingester();
      const logger = app.loggerFor('ingester');
      const storage = new IngesterStorage(config.storage, {
        bucket: app.bucket!, logger, registry: app.registry, clock: app.clock,
        decodeRecord: (payload) => {
          const r = decodePushRecord(payload);
          // The record was validated when it was acknowledged: replay must not drop it because limits changed.
          return { tenant: r.tenant, profiles: normalizePush(r.tenant, r.request, REPLAY_LIMITS, r.receivedAtMs) };
        },
      });
      const role = new IngesterRole({
        id: app.instanceId, storage, normalize: normalizePush, limits: app.flags.limits, clock: app.clock, logger, registry: app.registry, tickIntervalMs: config.tickIntervalMs,
      });
      app.ingester = role;
      app.readiness.push(() => role.notReadyReasons()[0]);
      registerServices({ http: app.http!, grpc: app.grpc! }, { pusher: role, ingester: role, querier: role }, { multiTenancy: app.flags.multiTenancy });
      registerIngestRoute(app.http!, { pusher: role, limits: app.flags.limits, multiTenancy: app.flags.multiTenancy, clock: app.clock });
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

/** Every check off: a record in the WAL was already validated when it was acknowledged. */
const REPLAY_LIMITS: Limits = {
  maxProfileSizeBytes: 0, maxCompressedProfileSizeBytes: 0, maxProfileStacktraceSamples: 0, maxLabelNamesPerSeries: 0, maxLabelNameLength: 0,
  maxLabelValueLength: 0, rejectOlderThanMs: 0, creationGracePeriodMs: 0, ingestionRateBytesPerSecond: 0, ingestionBurstSizeBytes: 0,
};

export const TARGETS: Record<string, string[]> = {
  ingester: ['ingester'],
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
  for (const m of TARGETS[target] ?? []) visit(m, []);
  return order;
}

/** Builds the App for the parsed flags: logger, metrics registry, then every module of the target. */
export async function buildApp(flags: Flags, clock: Clock = systemClock): Promise<App> {
  const instanceId = flags.instanceId() || hostname();
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const loggerFor = (component: string) => createLogger(component, { level: flags.logLevel(), fields: { instance: instanceId, target: flags.target() } });
  const app: App = { flags, registry, logger: loggerFor('main'), loggerFor, clock, instanceId, readiness: [], services: [] };
  for (const name of resolveModules(flags.target())) await MODULES[name]!.init(app);
  return app;
}
