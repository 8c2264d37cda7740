// -target=querier: querier.v1.QuerierService (Connect JSON/proto and gRPC) over the ring's ingesters and
// the bucket's blocks.
import type { ModuleDef } from '../../modules.ts';
import { registerServices } from '../../server/services.ts';
import { registerUi } from '../../server/ui.ts';
import { createQuerier } from './querier.ts';
import { readReadiness } from './readiness.ts';

export const querierModule: ModuleDef = {
  deps: ['server', 'bucket', 'ring', 'ingester-clients'],
  init(app) {
    const querier = createQuerier({
      ring: app.ring!,
      pool: app.ingesterClients!,
      bucket: app.bucket!,
      query: app.flags.query(),
      blockCacheSizeBytes: app.flags.querierBlockCacheSizeBytes(),
      bucketIndexRefreshMs: app.flags.querierBucketIndexRefreshMs(),
      bucketIndexMaxStaleMs: app.flags.querierBucketIndexMaxStaleMs(),
      logger: app.loggerFor('querier'),
      registry: app.registry,
    });
    const ring = app.ring!;
    app.readiness.push(() => readReadiness(ring));
    registerServices({ http: app.http!, grpc: app.grpc! }, { querier }, { multiTenancy: app.flags.multiTenancy });
    // The profiles UI (ui/) on the same port as the API it calls, so it needs no CORS.
    registerUi(app.http!, app.loggerFor('ui'));
  },
};
