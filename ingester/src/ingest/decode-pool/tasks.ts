// The work a decode worker does, by name, with how its result crosses back to the main thread. The same
// functions run inline (on the caller's thread) for small requests and when the pool has no workers.
import type { push } from '../../gen/index.ts';
import type { NormalizedProfile } from '../../model/profile.ts';
import { validatePush } from '../../roles/distributor/validate-push.ts';
import type { Limits } from '../limits.ts';
import { normalizePush, type CheckedProfile } from '../normalize.ts';
import { transferables, packProfiles, unpackProfiles, type PackedProfiles } from './transfer.ts';

interface Task<Out, Wire> {
  run(tenant: string, request: push.v1.IPushRequest, limits: Limits, receivedAtMs: number): Out;
  /** In the worker: the result as posted, and the buffers to transfer with it. */
  pack(out: Out): { wire: Wire; transfer: ArrayBuffer[] };
  /** On the main thread: the result from what was posted. */
  unpack(wire: Wire): Out;
}

const asIs = <T>(): Pick<Task<T, T>, 'pack' | 'unpack'> => ({ pack: (out) => ({ wire: out, transfer: [] }), unpack: (wire) => wire });

export const TASKS = {
  /** The distributor's check (roles/distributor/validate-push.ts): each profile's time_nanos. */
  validate: { run: validatePush, ...asIs<CheckedProfile[][]>() } satisfies Task<CheckedProfile[][], CheckedProfile[][]>,
  /** The ingester's decode: the profiles for the head. */
  normalize: {
    run: normalizePush,
    pack: (out) => {
      const wire = packProfiles(out);
      return { wire, transfer: transferables(wire) };
    },
    unpack: unpackProfiles,
  } satisfies Task<NormalizedProfile[], PackedProfiles>,
};

export type TaskName = keyof typeof TASKS;
export type TaskOutput<N extends TaskName> = ReturnType<(typeof TASKS)[N]['run']>;
