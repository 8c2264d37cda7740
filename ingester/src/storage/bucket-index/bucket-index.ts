// The per-tenant bucket index, `<tenant>/bucket-index.json.gz`: every complete block of the tenant with its
// time range, size, files and compaction sources, every deletion mark, and when the index was written. The
// compactor writes it after each pass over the tenant; queriers read it instead of listing the bucket, so a
// query costs no LIST and no meta.json GETs (Mimir's bucketindex.Index: pkg/storage/tsdb/bucketindex/index.go,
// written by the compactor's blocks cleaner and read by the querier's BucketIndexBlocksFinder).
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BlockFileMeta } from '../block/meta.ts';
import type { CompactedMeta, CompactionInfo } from '../compact/compaction-meta.ts';
import { ObjectNotFoundError, type Bucket } from '../objstore/bucket.ts';
import type { DeletionMark } from './deletion-mark.ts';

export const BUCKET_INDEX_VERSION = 1;
export const bucketIndexName = (tenant: string): string => `${tenant}/bucket-index.json.gz`;

export interface IndexedBlock {
  block_id: string;
  /** Unix ms of the oldest and newest profile, inclusive. */
  min_time: number;
  max_time: number;
  /** Bytes of the block's files in the bucket. */
  size_bytes: number;
  profiles: number;
  /** meta.json's files (names, sizes, checksums): enough to read the block without its meta.json. */
  files: BlockFileMeta[];
  /** meta.json's `version` (block format); absent in indexes written before version 2 existed: 1. */
  format_version?: number;
  created_at: number;
  compaction?: CompactionInfo;
}

export interface BucketIndex {
  version: number;
  tenant: string;
  /** Unix seconds, as Mimir's updated_at. */
  updated_at: number;
  blocks: IndexedBlock[];
  block_deletion_marks: DeletionMark[];
}

export function indexedBlock(meta: CompactedMeta): IndexedBlock {
  return {
    block_id: meta.ulid, min_time: meta.minTime, max_time: meta.maxTime,
    size_bytes: meta.files.reduce((a, f) => a + f.size, 0), profiles: meta.stats.profiles,
    files: meta.files, format_version: meta.version, created_at: meta.createdAt,
    ...(meta.compaction ? { compaction: meta.compaction } : {}),
  };
}

/** The block's meta.json as the index recorded it (stats.series and .samples are not kept: readers do not use them). */
export function metaOf(tenant: string, b: IndexedBlock): CompactedMeta {
  return {
    ulid: b.block_id, tenant, minTime: b.min_time, maxTime: b.max_time, stats: { series: 0, profiles: b.profiles, samples: 0 },
    version: b.format_version ?? 1, files: b.files, createdAt: b.created_at, ...(b.compaction ? { compaction: b.compaction } : {}),
  };
}

export async function writeBucketIndex(bucket: Bucket, index: BucketIndex): Promise<number> {
  const data = gzipSync(JSON.stringify(index));
  await bucket.upload(bucketIndexName(index.tenant), data);
  return data.length;
}

/** The tenant's index, or undefined when it has none yet; throws when it cannot be read. */
export async function readBucketIndex(bucket: Bucket, tenant: string): Promise<BucketIndex | undefined> {
  const name = bucketIndexName(tenant);
  let data: Buffer;
  try {
    data = await bucket.get(name);
  } catch (err) {
    if (err instanceof ObjectNotFoundError) return undefined;
    throw err;
  }
  let index: BucketIndex;
  try {
    index = JSON.parse(gunzipSync(data).toString('utf8')) as BucketIndex;
  } catch (err) {
    throw new Error(`${bucket.description}/${name}: not a gzip'd JSON bucket index`, { cause: err });
  }
  if (index.version !== BUCKET_INDEX_VERSION || !Array.isArray(index.blocks)) throw new Error(`${bucket.description}/${name}: bucket index version ${index.version} is not ${BUCKET_INDEX_VERSION}`);
  return index;
}
