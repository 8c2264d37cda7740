// Failure policies for the querier engine: may a read go on without the sources that failed?
import { ApiError } from '../util/errors.ts';
import type { FailurePolicy, QuerySource, SourceFailure } from './querier-engine.ts';

/**
 * Ring-aware: `replicaSets` lists, for every token range, the instances that hold it (the RF instances of
 * the ring's replication strategy). The read fails when some set misses more than `maxUnavailable`
 * instances (with RF=3 and quorum 2: 1), and the error names, per set, the instances that are missing.
 * Required sources (the bucket) always fail the read; failed sources outside every set are tolerated.
 */
export function replicaSetPolicy(replicaSets: readonly (readonly string[])[], maxUnavailable: number): FailurePolicy {
  return (failures: readonly SourceFailure[], sources: readonly QuerySource[]) => {
    if (failures.length === 0) return;
    const failed = new Map(failures.map((f) => [f.source, f]));
    const required = failures.filter((f) => sources.find((s) => s.name === f.source)?.required);
    const problems: string[] = required.map((f) => `${f.source} (required): ${describe(f.error)}`);
    const seen = new Set<string>();
    for (const set of replicaSets) {
      const missing = set.filter((name) => failed.has(name));
      if (missing.length <= maxUnavailable) continue;
      const key = [...missing].sort().join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(
        `${missing.length} of the ${set.length} replicas [${set.join(', ')}] are missing (at most ${maxUnavailable} may be): ` +
          missing.map((m) => `${m}: ${describe(failed.get(m)!.error)}`).join('; '),
      );
    }
    if (problems.length > 0) throw new ApiError('unavailable', `read failed: ${problems.join(' | ')}`, undefined, { cause: failures[0]?.error });
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
