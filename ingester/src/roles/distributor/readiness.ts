// The distributor is ready when a write can reach a quorum of ingesters. A write's replica set does not depend
// on its token: the walk skips instances that cannot take writes (not ACTIVE, read-only, unhealthy) and goes on
// until it holds RF writable instances, or RF distinct zones zone-aware (dskit ring.Get with the write
// operation), so one lookup answers for every series. Readiness turns 503 only when no write can succeed (an
// empty ring, too few writable ingesters): a partial failure is reported per push, not by taking every write
// away from this distributor.
import { writeOperation } from '../../ring/replication.ts';
import type { Ring } from '../../ring/ring.ts';

/** Undefined when a write can reach a quorum; otherwise why not (the ring's own replication error). */
export function writeReadiness(ring: Pick<Ring, 'get' | 'config'>): string | undefined {
  try {
    // The operation pushes use: with zone-aware writes (no extension) a zone that rolls does not make this 503.
    ring.get(0, writeOperation(ring.config), []);
    return undefined;
  } catch (err) {
    return `writes: ${(err as Error).message}`;
  }
}
