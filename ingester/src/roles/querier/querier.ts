// The querier: querier.v1.QuerierService over the ring's read set (healthy ACTIVE and LEAVING ingesters,
// through pooled gRPC clients) and the bucket's blocks, with the two-phase, de-duplicating read of
// query/querier-engine.ts. Sources are taken from the ring anew for every query.
import type { Registry } from 'prom-client';
import { QuerierEngine, type QuerySource } from '../../query/querier-engine.ts';
import type { QueryConfig } from '../../query/config.ts';
import type { Ring } from '../../ring/ring.ts';
import type { Bucket } from '../../storage/objstore/bucket.ts';
import type { Logger } from '../../util/log.ts';
import type { IngesterClientPool } from '../distributor/ingester-pool.ts';
import { BucketReader } from './bucket-reader.ts';
import { ingesterReadApi } from './ingester-source.ts';
import { BUCKET_SOURCE, ReadSetRegistry, standbyInstances } from './read-policy.ts';
import { seededRandom } from '../../util/seeded-random.ts';

export interface QuerierOptions {
  ring: Pick<Ring, 'replicationSet'>;
  pool: IngesterClientPool;
  bucket: Bucket;
  query: QueryConfig;
  /** -querier.block-cache-size-bytes: bytes of blocks read from the bucket kept in memory. */
  blockCacheSizeBytes: number;
  /** -querier.bucket-index-refresh. */
  bucketIndexRefreshMs?: number;
  /** -querier.bucket-index-max-stale-period. */
  bucketIndexMaxStaleMs?: number;
  logger: Logger;
  registry: Registry;
}

export function createQuerier(o: QuerierOptions): QuerierEngine {
  const bucketReader = new BucketReader({ bucket: o.bucket, logger: o.logger, registry: o.registry, cacheSizeBytes: o.blockCacheSizeBytes, ...(o.bucketIndexRefreshMs ? { indexRefreshMs: o.bucketIndexRefreshMs } : {}), ...(o.bucketIndexMaxStaleMs ? { indexMaxStaleMs: o.bucketIndexMaxStaleMs } : {}) });
  const sets = new ReadSetRegistry();
  const bucketSource: QuerySource = {
    name: BUCKET_SOURCE, api: bucketReader, required: true, fallback: true,
    listSkipping: (ctx, selector, skipBlocks) => bucketReader.selectProfiles(ctx, selector, { skipBlocks }),
  };
  return new QuerierEngine({
    sources: (affinity) => {
      const set = o.ring.replicationSet('read');
      // The same standbys for the same query (its affinity), so that what only a minority of replicas holds (a push
      // refused for want of a quorum, stored by the one replica that took it) does not come and go between refreshes.
      const standby = o.query.minimizeIngesterRequests ? standbyInstances(set, o.query.maxFailedSources, affinity === undefined ? Math.random : seededRandom(affinity)) : undefined;
      const sources: QuerySource[] = set.instances.map((inst) => ({
        name: inst.id, api: ingesterReadApi(() => o.pool.get(inst.addr)), recentOnly: true, ...(standby?.has(inst.id) ? { standby: true } : {}),
      }));
      sources.push(bucketSource);
      return sets.remember(sources, set);
    },
    failurePolicy: sets.policy(o.query.maxFailedSources),
    registry: o.registry,
    logger: o.logger,
    defaultMaxNodes: o.query.defaultMaxNodes,
    maxMaxNodes: o.query.maxMaxNodes,
    maxQueryLengthMs: o.query.maxQueryLengthMs,
    queryTimeoutMs: o.query.queryTimeoutMs,
    maxSeriesPerQuery: o.query.maxSeriesPerQuery,
    maxResponseBytes: o.query.maxResponseBytes,
    queryIngestersWithinMs: o.query.queryIngestersWithinMs,
  });
}
