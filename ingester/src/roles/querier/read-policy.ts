// Which failed sources a read can do without, decided from the ring's read replication set: the bucket
// never (no replica holds its data); ingesters up to the set's maxErrors (with RF=3: one), or, zone-aware,
// whole zones up to maxUnavailableZones. Otherwise the read fails naming the missing instances.
import { ApiError } from '../../util/errors.ts';
import type { FailurePolicy, QuerySource, SourceFailure } from '../../query/querier-engine.ts';
import type { ReplicationSet } from '../../ring/replication.ts';

export const BUCKET_SOURCE = 'bucket';

/**
 * The ingesters of a read set that a read by series digests asks only when an asked one fails
 * (-querier.minimize-ingester-requests; dskit's DoUntilQuorum with MinimizeRequests, ring/replication_set.go): as
 * many as the set can do without, chosen at random so that reads spread over all of them. Zone-aware, whole zones
 * (maxUnavailableZones of them); otherwise maxErrors instances, at most `maxFailedSources`. What the others hold is
 * every acknowledged profile: each was written to a quorum of its series' replicas, and at most maxErrors
 * instances (or maxUnavailableZones zones) are left out, so at least one replica holding it is asked, in its head
 * or its local blocks, or its blocks are in the bucket. The querier draws them from the query's affinity
 * (seededRandom), so that one query reads the same replicas each time and different queries spread over all.
 */
export function standbyInstances(set: ReplicationSet, maxFailedSources: number, random: () => number = Math.random): Set<string> {
  const pick = <T>(from: readonly T[], n: number): T[] => {
    const pool = [...from];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return out;
  };
  if (set.maxUnavailableZones > 0) {
    const zones = [...new Set(set.instances.map((i) => i.zone))];
    if (zones.length <= set.maxUnavailableZones) return new Set();
    const standbyZones = new Set(pick(zones, set.maxUnavailableZones));
    return new Set(set.instances.filter((i) => standbyZones.has(i.zone)).map((i) => i.id));
  }
  const n = Math.min(set.maxErrors, maxFailedSources, set.instances.length - 1);
  return new Set(pick(set.instances, Math.max(0, n)).map((i) => i.id));
}

/** Remembers the replication set each source list was built from, for the policy to judge failures. */
export class ReadSetRegistry {
  private readonly sets = new WeakMap<readonly QuerySource[], ReplicationSet>();

  remember(sources: readonly QuerySource[], set: ReplicationSet): readonly QuerySource[] {
    this.sets.set(sources, set);
    return sources;
  }

  /** `maxFailedSources` (-querier.max-failed-sources) can only lower what the replication set tolerates. */
  policy(maxFailedSources = Infinity): FailurePolicy {
    return (failures, sources) => {
      if (failures.length === 0) return;
      const set = this.sets.get(sources);
      const bucket = failures.filter((f) => f.source === BUCKET_SOURCE);
      if (bucket.length > 0) throw readFailed(`the bucket could not be read`, failures);
      if (!set) throw readFailed('sources failed', failures);
      // Zone-aware sets tolerate whole zones (maxErrors is then 0); the others a number of instances.
      if (set.maxUnavailableZones > 0) {
        const zones = new Set(failures.map((f) => set.instances.find((i) => i.id === f.source)?.zone ?? f.source));
        if (zones.size <= set.maxUnavailableZones) return;
        throw readFailed(`ingesters in ${zones.size} zones are missing, at most ${set.maxUnavailableZones} zone may be`, failures);
      }
      const tolerated = Math.min(set.maxErrors, maxFailedSources);
      if (failures.length <= tolerated) return;
      throw readFailed(
        `at least ${set.instances.length - tolerated} of ${set.instances.length} ingesters must answer for every series to be complete, ${set.instances.length - failures.length} did`,
        failures,
      );
    };
  }
}

function readFailed(what: string, failures: readonly SourceFailure[]): ApiError {
  const detail = failures.map((f) => `${f.source} (${f.error instanceof Error ? f.error.message : String(f.error)})`).join('; ');
  return new ApiError('unavailable', `read failed: ${what} - missing: ${detail}`, undefined, { cause: failures[0]?.error });
}
