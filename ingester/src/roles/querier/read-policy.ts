// Which failed sources a read can do without, decided from the ring's read replication set: the bucket
// never (no replica holds its data); ingesters up to the set's maxErrors (with RF=3: one), or, zone-aware,
// whole zones up to maxUnavailableZones. Otherwise the read fails naming the missing instances.
import { ApiError } from '../../util/errors.ts';
import type { FailurePolicy, QuerySource, SourceFailure } from '../../query/querier-engine.ts';
import type { ReplicationSet } from '../../ring/replication.ts';

export const BUCKET_SOURCE = 'bucket';

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
