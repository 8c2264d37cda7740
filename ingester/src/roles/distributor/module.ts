// -target=distributor: the write API (gRPC and Connect push.v1, /ingest) in front of the ingesters of the
// ring, and the /ring page.
import { Counter } from 'prom-client';
import { IngestionRateLimiter } from '../../ingest/rate-limiter.ts';
import type { ModuleDef } from '../../modules.ts';
import { createRingHandler } from '../../ring/http.ts';
import { registerIngestRoute } from '../../server/ingest-route.ts';
import { INGESTER_SERVICE, methodPath } from '../../server/service-table.ts';
import { registerServices } from '../../server/services.ts';
import { Distributor } from './distributor.ts';
import { IngesterBatcher } from './ingester-batcher.ts';
import { clientTlsOptions } from './ingester-pool.ts';
import { IngesterPushClients } from './push-client.ts';
import { writeReadiness } from './readiness.ts';

export const distributorModule: ModuleDef = {
  deps: ['server', 'ring', 'decode-pool'],
  init(app) {
    const logger = app.loggerFor('distributor');
    const ring = app.ring!;
    // Pushes go through the distributor's own lean gRPC client (push-client.ts), not grpc-js: same flags.
    const clientConfig = app.flags.ingesterClient();
    const tls = clientTlsOptions(clientConfig);
    const resent = new Counter({
      name: 'distributor_ingester_push_stream_resent_total',
      help: 'Pushes sent again on a new PushStream because the ingester had not taken them (it was shutting down).',
      registers: [app.registry],
    });
    const pushClients = new IngesterPushClients(methodPath({ service: INGESTER_SERVICE, method: 'Push' }), {
      timeoutMs: clientConfig.timeoutMs, keepaliveTimeMs: clientConfig.keepaliveTimeMs, keepaliveTimeoutMs: clientConfig.keepaliveTimeoutMs, stream: app.flags.distributorPushStream(), ...(tls ? { tls } : {}),
      streamEvents: {
        resent: () => resent.inc(),
        fellBackToUnary: (address) => logger.info('the ingester does not serve PushStream (an earlier version): pushing to it with unary Push calls', { ingester: address }),
      },
    });
    const batcher = new IngesterBatcher({ send: (inst, tenant, parts) => pushClients.get(inst.addr).push(tenant, parts), config: app.flags.distributorBatch, registry: app.registry });
    const unsubscribe = ring.onChange((desc) => pushClients.prune(desc));
    app.services.push({ name: 'ingester-push-clients', start: async () => {}, stop: async () => { unsubscribe(); pushClients.close(); } });
    const rateLimiter = new IngestionRateLimiter(
      () => {
        const l = app.flags.limits();
        return { bytesPerSecond: l.ingestionRateBytesPerSecond, burstBytes: l.ingestionBurstSizeBytes };
      },
      app.clock,
      app.registry,
    );
    const distributor = new Distributor({
      ring,
      pushToIngester: (inst, tenant, sub) => batcher.push(inst, tenant, sub.encoded()),
      validate: (tenant, request, limits, receivedAtMs, signal) => app.decodePool!.run('validate', tenant, request, limits, receivedAtMs, signal),
      limits: app.flags.limits,
      rateLimiter,
      clock: app.clock,
      logger,
      registry: app.registry,
    });
    app.distributor = distributor;
    app.readiness.push(() => writeReadiness(ring));
    registerServices({ http: app.http!, grpc: app.grpc! }, { pusher: distributor }, { multiTenancy: app.flags.multiTenancy, limits: app.flags.limits });
    registerIngestRoute(app.http!, { pusher: distributor, limits: app.flags.limits, multiTenancy: app.flags.multiTenancy, clock: app.clock });
    const ringPage = createRingHandler({ store: app.ringStore!, heartbeatTimeoutMs: ring.config.heartbeatTimeoutMs, clock: app.clock, logger, ringName: 'ingester', forgetEnabled: app.flags.lifecycler().forgetEnabled, uiHref: app.modules.includes('querier') ? '/' : undefined });
    app.http!.route('GET', '/ring', ringPage);
    app.http!.route('POST', '/ring', ringPage);
  },
};
