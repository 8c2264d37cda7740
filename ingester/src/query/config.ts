// Flags of the query engine, declared on the program's FlagSet by the querier (and `-target=all`).
import type { FlagSet } from '../util/flags.ts';

export interface QueryConfig {
  /** max_nodes of a flame graph when the request gives none. */
  defaultMaxNodes: number;
  /** Upper bound on a request's max_nodes (0 = none). */
  maxMaxNodes: number;
  /** Failed (non-required) sources a read tolerates before it fails. */
  maxFailedSources: number;
}

export const DEFAULT_QUERY_CONFIG: QueryConfig = {
  defaultMaxNodes: 8192,
  maxMaxNodes: 1_048_576,
  maxFailedSources: 1,
};

const nonNegative = (v: number): string | undefined => (v >= 0 ? undefined : 'must not be negative');
const positive = (v: number): string | undefined => (v > 0 ? undefined : 'must be positive');

/** Declares the flags under `prefix` (default "querier") and returns a getter for the parsed config. */
export function defineQueryFlags(fs: FlagSet, prefix = 'querier'): () => QueryConfig {
  const d = DEFAULT_QUERY_CONFIG;
  const def = fs.define(`${prefix}.max-flamegraph-nodes-default`, 'int', d.defaultMaxNodes, 'Maximum number of flame graph nodes when a query does not set max_nodes.', { validate: positive });
  const max = fs.define(`${prefix}.max-flamegraph-nodes-max`, 'int', d.maxMaxNodes, 'Upper bound on the max_nodes a query may ask for (0 = no bound).', { validate: nonNegative });
  const failed = fs.define(
    `${prefix}.max-failed-sources`,
    'int',
    d.maxFailedSources,
    'Ingesters a read may miss (unreachable or failing) before it fails; with replication factor 3, 1 keeps every series readable. The bucket is never optional.',
    { validate: nonNegative },
  );
  return () => {
    const cfg = { defaultMaxNodes: def(), maxMaxNodes: max(), maxFailedSources: failed() };
    if (cfg.maxMaxNodes > 0 && cfg.defaultMaxNodes > cfg.maxMaxNodes) {
      throw new Error(`invalid -${prefix}.max-flamegraph-nodes-default: ${cfg.defaultMaxNodes} exceeds -${prefix}.max-flamegraph-nodes-max (${cfg.maxMaxNodes})`);
    }
    return cfg;
  };
}
