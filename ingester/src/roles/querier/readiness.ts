// The querier is ready when a read can be answered: the ring's read replication set (every ACTIVE and LEAVING
// ingester, dskit's GetReplicationSetForOperation(Read)) has enough healthy instances for a complete answer.
// An empty ring cannot answer (the newest data is only on ingesters), so it is not ready either.
import type { Ring } from '../../ring/ring.ts';

/** Undefined when a read can be answered; otherwise why not (the ring's own replication error). */
export function readReadiness(ring: Pick<Ring, 'replicationSet'>): string | undefined {
  try {
    ring.replicationSet('read');
    return undefined;
  } catch (err) {
    return `reads: ${(err as Error).message}`;
  }
}
