// -target=compactor: merges, expires and indexes the blocks in the bucket (compactor.ts). It serves only
// /metrics, /ready and the flags' -help; it needs the bucket and nothing else (no ring).
import type { ModuleDef } from '../../modules.ts';
import { Compactor } from './compactor.ts';

export const compactorModule: ModuleDef = {
  deps: ['server', 'bucket'],
  init(app) {
    const compactor = new Compactor({
      config: app.flags.compactor(), bucket: app.bucket!, instanceId: app.instanceId, clock: app.clock,
      logger: app.loggerFor('compactor'), registry: app.registry,
    });
    app.readiness.push(() => (compactor.started ? undefined : 'the compactor has not started'));
    app.services.push(compactor);
  },
};
