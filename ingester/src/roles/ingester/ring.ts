// The ingester in the ring: a lifecycler registers it (PENDING → JOINING → ACTIVE), heartbeats, and on
// leave turns it LEAVING, flushes and uploads everything while it keeps answering reads.
//
//   GET  /ingester/status                 adds the ring state (from the lifecycler)
//   POST /ingester/leave                  LEAVING in the ring, then flush & upload in the background (202)
//   GET|POST|DELETE /ingester/prepare-shutdown   read / set / unset "leave the ring for good on the next stop"
//   POST /ingester/shutdown               LEAVING → flush & upload → removed from the ring → the process exits
//   GET|POST /ring                        the ring page (HTML or JSON, Forget action)
//
// Shutdown (SIGTERM) goes through `stop()` of the service returned here: LEAVING, flush and upload (bounded
// by -ingester.shutdown-flush-timeout), then unregister or keep the entry, per the lifecycler's rules.
import type { Registry } from 'prom-client';
import type { LifecyclerConfig } from '../../ring/config.ts';
import { createRingHandler } from '../../ring/http.ts';
import type { RingStore } from '../../ring/kv/store.ts';
import { Lifecycler } from '../../ring/lifecycler.ts';
import { isHealthy, type RingDesc } from '../../ring/model.ts';
import type { HttpServer } from '../../server/http.ts';
import type { Clock } from '../../util/clock.ts';
import type { Logger } from '../../util/log.ts';
import type { Service } from '../../util/service.ts';
import type { IngesterRole } from './ingester.ts';

export interface IngesterRingOptions {
  role: IngesterRole;
  store: RingStore;
  /** Mutable: the gRPC port (and HTTP address) are filled in at start, once the servers are bound. */
  config: LifecyclerConfig;
  http: HttpServer;
  /** The bound gRPC and HTTP ports, known only after the servers started. */
  boundPorts: () => { grpcPort: number; httpPort: number };
  shutdownFlushTimeoutMs: number;
  /** Ends the process after POST /ingester/shutdown (main: a SIGTERM to itself). */
  requestExit: () => void;
  clock: Clock;
  logger: Logger;
  registry: Registry;
}

export interface IngesterRing extends Service {
  lifecycler: Lifecycler;
}

export function wireIngesterRing(o: IngesterRingOptions): IngesterRing {
  const { role, config, http, logger } = o;
  let stopping = false;
  const lifecycler = new Lifecycler({
    config,
    store: o.store,
    clock: o.clock,
    logger,
    registry: o.registry,
    delegate: {
      // Writes stop at once; the flush is bounded only when the process is stopping (a /ingester/leave
      // retries its uploads for as long as it takes, the instance serving reads meanwhile).
      onLeaving: async () => {
        await role.flushAndStopWrites(stopping ? AbortSignal.timeout(o.shutdownFlushTimeoutMs) : undefined);
      },
    },
  });
  role.setStateProvider(() => lifecycler.getState());
  // The series limit divides -ingester.max-global-series-per-tenant by the healthy ingesters (any state with
  // a fresh heartbeat, as dskit's lifecycler counts HealthyInstancesCount) times the replication factor.
  let seen: RingDesc | undefined;
  const unwatch = o.store.watch((desc) => (seen = desc));
  role.setRingShapeProvider(() => {
    const now = o.clock.now();
    const healthy = seen ? Object.values(seen.instances).filter((i) => isHealthy(i, now, config.heartbeatTimeoutMs)).length : 0;
    return { healthyInstances: healthy, replicationFactor: config.replicationFactor };
  });
  role.addReadinessCheck(() => {
    const r = lifecycler.checkReady();
    return r.ready ? undefined : r.reason;
  });

  let stopPromise: Promise<void> | undefined;
  const stopLifecycler = (): Promise<void> => {
    stopping = true;
    stopPromise ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`leaving the ring did not finish within ${o.shutdownFlushTimeoutMs}ms`)), o.shutdownFlushTimeoutMs);
      });
      try {
        await Promise.race([lifecycler.stop(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    })();
    return stopPromise;
  };

  http.route('POST', '/ingester/leave', (_req, res) => {
    lifecycler.leave().catch((err: Error) => logger.error('leaving the ring failed', { err: err.message }));
    res.writeHead(202, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...role.status(), state: 'LEAVING' }));
  });
  http.route('GET', '/ingester/prepare-shutdown', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(lifecycler.getPrepareShutdown() ? 'set\n' : 'unset\n');
  });
  http.route('POST', '/ingester/prepare-shutdown', (_req, res) => {
    lifecycler.setPrepareShutdown(true);
    res.writeHead(204);
    res.end();
  });
  http.route('DELETE', '/ingester/prepare-shutdown', (_req, res) => {
    lifecycler.setPrepareShutdown(false);
    res.writeHead(204);
    res.end();
  });
  http.route('POST', '/ingester/shutdown', async (_req, res) => {
    // Leave for good: unregister whatever -unregister-on-shutdown says, keep the tokens file (a plain
    // shutdown is not a scale-down; prepare-shutdown deletes it).
    config.unregisterOnShutdown = true;
    await stopLifecycler();
    res.writeHead(204);
    res.end();
    logger.info('shutdown requested over HTTP: flushed and left the ring, exiting');
    setImmediate(o.requestExit);
  });
  const ringPage = createRingHandler({ store: o.store, heartbeatTimeoutMs: config.heartbeatTimeoutMs, clock: o.clock, logger, ringName: 'ingester', forgetEnabled: config.forgetEnabled });
  http.route('GET', '/ring', ringPage);
  http.route('POST', '/ring', ringPage);

  return {
    name: 'ingester-lifecycler',
    lifecycler,
    async start() {
      const bound = o.boundPorts();
      if (config.instancePort === 0) config.instancePort = bound.grpcPort;
      // Where others reach this instance's HTTP endpoints (shown on /ring): the advertised address.
      if (!config.instanceHttpAddr) config.instanceHttpAddr = `${config.instanceAddr}:${bound.httpPort}`;
      await lifecycler.start();
    },
    async stop() {
      unwatch();
      await stopLifecycler();
    },
  };
}
