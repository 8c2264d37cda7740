// -target=querier: querier.v1.QuerierService (Connect JSON/proto and gRPC) over the ring's ingesters and
// the bucket's blocks.
import { setFlagsFromString } from 'node:v8';
import type { ModuleDef } from '../../modules.ts';
import { registerServices } from '../../server/services.ts';
import { registerUi } from '../../server/ui.ts';
import { createQuerier } from './querier.ts';
import { readReadiness } from './readiness.ts';

export const querierModule: ModuleDef = {
  deps: ['server', 'bucket', 'ring', 'ingester-clients'],
  init(app) {
    // No allocation-site pretenuring in a querier's process. V8 allocates a site's objects straight in the old
    // generation once most of them survived a scavenge; a query's objects die within milliseconds, but once their site
    // was pretenured they died in the old generation, where their remembered-set slots kept the young objects they
    // pointed to alive through scavenges until the next mark-compact, and those were promoted. bench/querier,
    // SelectSeries over the hour, the querier's last 50 scavenges under --trace-gc-nvp: ~375 KB promoted and 2.1 ms
    // each by default, ~78 KB and 1.3 ms without pretenuring. Not for the other roles: the distributor's CPU per push
    // was not lower without it (3 paired runs), and an ingester's scavenges promote ~3 KB (a process that is also an
    // ingester, -target=all, gets it with the querier). Set before the querier's code first runs, as main.ts sets
    // --no-flush-bytecode.
    setFlagsFromString('--no-allocation-site-pretenuring');
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
