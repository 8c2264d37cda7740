// -target=compactor: merges, expires and indexes the blocks in the bucket (compactor.ts). It serves only
// /metrics, /ready, /compactor/status (status.ts) and the flags' -help; it needs the bucket and nothing else (no ring).
import type { ModuleDef } from '../../modules.ts';
import { Compactor } from './compactor.ts';
import { registerCompactorStatusRoute } from './status.ts';

export const compactorModule: ModuleDef = {
  deps: ['server', 'bucket'],
  init(app) {
    const compactor = new Compactor({
      config: app.flags.compactor(), bucket: app.bucket!, instanceId: app.instanceId, clock: app.clock,
      logger: app.loggerFor('compactor'), registry: app.registry,
    });
    app.readiness.push(() => (compactor.started ? undefined : 'the compactor has not started'));
    registerCompactorStatusRoute(app.http!, { compactor, registry: app.registry, clock: app.clock, startedAtMs: app.clock.now() });
    app.services.push(compactor);
  },
};
