// A large profile's way into the head without holding the event loop (issue 14, noisy-neighbour isolation).
//
// Appending one of the largest profiles the limits accept (16,000 samples, 32 frames each) interns half a
// million frames: one synchronous stretch of several milliseconds on a quiet machine and tens of them on a
// busy one, per push, on every ingester the push is replicated to (ten times that when the push's symbol
// tables are new to the head: every stack is then walked through the trie). Another tenant's query that arrived in
// the meantime waited for all of it. Here the costly part (interning the profile's symbols and stacks:
// TenantHead.prepare) runs in slices of SLICE_SAMPLES samples with a turn of the event loop (setImmediate,
// after pending I/O) between them, so queries and small pushes are served between the slices; then the
// ordinary append publishes the profile in one synchronous step (copying its sample columns), so that a
// query sees all of the profile or none of it.
//
// The caller holds the storage lock shared from before its WAL append until after its head append, as for
// any push (storage/store.ts): a cut, which takes the lock exclusively, never runs between the slices, so
// the head prepared is the head appended to. Preparing runs while the WAL record is fsync'd: it needs no
// WAL (nothing it adds is reachable by a query before the append), and the push is still acknowledged only
// once both are done.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { NormalizedProfile } from '../../model/profile.ts';
import type { Head } from './head.ts';

/** Samples interned per turn of the event loop: ~0.2–0.5 ms of work on a quiet machine. */
export const SLICE_SAMPLES = 2048;

/**
 * Interns the symbols and stacks of a tenant's large profiles ahead of head.append, a slice per turn of the
 * event loop. Profiles of at most `sliceSamples` samples are left to the append (one slice anyway). The
 * tenant's part of the head is made if it has none yet (the first push after a cut): should the WAL append
 * then fail, it stays empty, which a cut skips and a query finds nothing in.
 */
export async function prepareAppend(head: Head, tenant: string, profiles: readonly NormalizedProfile[], sliceSamples = SLICE_SAMPLES): Promise<void> {
  if (!profiles.some((p) => p.profile.sampleCount > sliceSamples)) return;
  const tenantHead = head.tenantOrNew(tenant);
  for (const p of profiles) {
    if (p.profile.sampleCount <= sliceSamples) continue;
    for (const _slice of tenantHead.prepare(p, sliceSamples)) await nextTurn();
  }
}
