// Flags of the query engine, declared on the program's FlagSet by the querier (and `-target=all`).
// Names and defaults follow Pyroscope's limits (pkg/validation/limits.go, RegisterFlags) where it has the
// limit: -querier.max-flamegraph-nodes-default (8192, i.e. 8<<10), -querier.max-flamegraph-nodes-max
// (Pyroscope: 0 = none; ours is bounded by default so that no answer is unbounded), -querier.max-query-length
// (24h). -querier.query-timeout is Loki's and Cortex's name (pkg/querier Config.RegisterFlags, 1m).
// -querier.max-fetched-series-per-query is Mimir's name; -querier.max-response-bytes is ours.
// -querier.query-ingesters-within is Mimir's (pkg/querier ShouldQueryIngesters: skipped when now - within >= end).
import type { FlagSet } from '../util/flags.ts';

export interface QueryConfig {
  /** max_nodes of a flame graph when the request gives none. */
  defaultMaxNodes: number;
  /** Upper bound on a request's max_nodes, and the truncation of a merged pprof that asks for none (0 = none). */
  maxMaxNodes: number;
  /** Failed (non-required) sources a read tolerates before it fails. */
  maxFailedSources: number;
  /** Longest end − start of a select query, ms (0 = none). */
  maxQueryLengthMs: number;
  /** A query's deadline, passed on to the ingesters (0 = none). */
  queryTimeoutMs: number;
  /** Most series a query may select or answer (0 = none). */
  maxSeriesPerQuery: number;
  /** Largest answer, as encoded protobuf (0 = none). */
  maxResponseBytes: number;
  /** Queries whose range ends longer ago than this read the bucket only, not the ingesters (0 = always ask them). */
  queryIngestersWithinMs: number;
  /** Series digests ask a quorum of the ingesters, the others only when one of those fails (roles/querier/read-policy.ts). */
  minimizeIngesterRequests: boolean;
}

export const DEFAULT_QUERY_CONFIG: QueryConfig = {
  defaultMaxNodes: 8192,
  maxMaxNodes: 1_048_576,
  maxFailedSources: 1,
  maxQueryLengthMs: 24 * 3600_000,
  queryTimeoutMs: 60_000,
  maxSeriesPerQuery: 100_000,
  maxResponseBytes: 64 * 1024 * 1024,
  // A profile can be in an ingester's head only, or in a block not yet in the bucket index, until about
  // -validation.reject-older-than (1h: its time when received) + -ingester.max-block-duration (1h: the cut)
  // + -querier.bucket-index-max-stale-period (30m) + -querier.bucket-index-refresh (1m) after its time: 2h31m.
  // 3h leaves room for the upload. (Mimir's default is 13h for its 2h blocks and 12h query-store-after.)
  queryIngestersWithinMs: 3 * 3600_000,
  minimizeIngesterRequests: true,
};

const nonNegative = (v: number): string | undefined => (v >= 0 ? undefined : 'must not be negative');
const positive = (v: number): string | undefined => (v > 0 ? undefined : 'must be positive');

/** Declares the flags under `prefix` (default "querier") and returns a getter for the parsed config. */
export function defineQueryFlags(fs: FlagSet, prefix = 'querier'): () => QueryConfig {
  const d = DEFAULT_QUERY_CONFIG;
  const def = fs.define(`${prefix}.max-flamegraph-nodes-default`, 'int', d.defaultMaxNodes, 'Maximum number of flame graph nodes when a query does not set max_nodes.', { validate: positive });
  const max = fs.define(
    `${prefix}.max-flamegraph-nodes-max`,
    'int',
    d.maxMaxNodes,
    'Upper bound on the max_nodes a query may ask for, and the truncation of a merged pprof that sets none (0 = no bound).',
    { validate: nonNegative },
  );
  const failed = fs.define(
    `${prefix}.max-failed-sources`,
    'int',
    d.maxFailedSources,
    'Ingesters a read may miss (unreachable or failing) before it fails; with replication factor 3, 1 keeps every series readable. The bucket is never optional.',
    { validate: nonNegative },
  );
  const length = fs.define(`${prefix}.max-query-length`, 'duration', d.maxQueryLengthMs, 'Longest time range (end - start) a select query may cover; longer ones get 400 (0 = no limit).', { validate: nonNegative });
  const timeout = fs.define(
    `${prefix}.query-timeout`,
    'duration',
    d.queryTimeoutMs,
    'Deadline of a query, passed on to the ingesters as their gRPC deadline; their work stops when it passes (checked between series), and the client gets 504 (0 = none).',
    { validate: nonNegative },
  );
  const series = fs.define(`${prefix}.max-fetched-series-per-query`, 'int', d.maxSeriesPerQuery, 'Most series a query may select or answer; more get 400 naming this flag (0 = no limit).', { validate: nonNegative });
  const within = fs.define(
    `${prefix}.query-ingesters-within`,
    'duration',
    d.queryIngestersWithinMs,
    'Queries whose time range ends longer ago than this read the bucket only and skip the ingesters (0 = always ask the ingesters). Keep it above -validation.reject-older-than + -ingester.max-block-duration + -querier.bucket-index-max-stale-period + -querier.bucket-index-refresh plus the upload time: until then a profile may be held by the ingesters alone.',
    { validate: nonNegative },
  );
  const minimize = fs.define(
    `${prefix}.minimize-ingester-requests`,
    'bool',
    d.minimizeIngesterRequests,
    'Flame graphs and SelectSeries ask only as many ingesters for their series digests as every series needs (all but -querier.max-failed-sources of them; zone-aware, all zones but one), and the others only when one of those fails, as Mimir\'s flag of the same name. false: ask every ingester.',
  );
  const bytes = fs.define(`${prefix}.max-response-bytes`, 'bytes', d.maxResponseBytes, 'Largest answer to a query, as encoded protobuf; larger ones get 400 naming this flag (0 = no limit).', { validate: nonNegative });
  return () => {
    const cfg: QueryConfig = {
      defaultMaxNodes: def(),
      maxMaxNodes: max(),
      maxFailedSources: failed(),
      maxQueryLengthMs: length(),
      queryTimeoutMs: timeout(),
      maxSeriesPerQuery: series(),
      maxResponseBytes: bytes(),
      queryIngestersWithinMs: within(),
      minimizeIngesterRequests: minimize(),
    };
    if (cfg.maxMaxNodes > 0 && cfg.defaultMaxNodes > cfg.maxMaxNodes) {
      throw new Error(`invalid -${prefix}.max-flamegraph-nodes-default: ${cfg.defaultMaxNodes} exceeds -${prefix}.max-flamegraph-nodes-max (${cfg.maxMaxNodes})`);
    }
    return cfg;
  };
}
