// The decode pool as a module of the program: one pool per process, shared by the distributor (its check) and
// the ingester (its decode) when one process runs both (-target=all).
import type { ModuleDef } from '../../modules.ts';
import { DecodePool } from './pool.ts';

export const decodePoolModule: ModuleDef = {
  deps: [],
  init(app) {
    app.decodePool = new DecodePool({ config: app.flags.decodePool(), registry: app.registry, logger: app.loggerFor('decode-pool') });
    app.services.push(app.decodePool);
  },
};
