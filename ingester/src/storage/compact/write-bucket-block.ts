// Writes a merged block straight to the bucket: data files first, meta.json last, so that the block is
// visible to readers (and to the compactor's planner) only once it is complete, as the ingesters' shipper
// uploads (storage/shipper.ts). A crash part-way leaves files without meta.json, which readers ignore.
import { monotonicFactory } from 'ulid';
import { encodeBlock, FORMAT_VERSION } from '../block/format.ts';
import { checksum, META_FILE } from '../block/meta.ts';
import { blockPrefix } from '../block/source.ts';
import type { Bucket } from '../objstore/bucket.ts';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import type { CompactedMeta, CompactionInfo } from './compaction-meta.ts';

const nextUlid = monotonicFactory();

export async function writeBucketBlock(
  bucket: Bucket,
  block: { index: IndexData; samples: SampleData },
  o: { tenant: string; nowMs: number; compaction: CompactionInfo },
): Promise<{ meta: CompactedMeta; bytes: number }> {
  const ulid = nextUlid(o.nowMs);
  const encoded = encodeBlock(block.index, block.samples);
  const prefix = blockPrefix(o.tenant, ulid);
  const files = [];
  let bytes = 0;
  for (const [name, data] of encoded.files) {
    await bucket.upload(prefix + name, data);
    files.push({ name, size: data.length, crc32: checksum(data) });
    bytes += data.length;
  }
  const meta: CompactedMeta = {
    ulid,
    tenant: o.tenant,
    minTime: encoded.stats.minTimeMs,
    maxTime: encoded.stats.maxTimeMs,
    stats: { series: encoded.stats.series, profiles: encoded.stats.profiles, samples: encoded.stats.samples },
    version: FORMAT_VERSION,
    files,
    createdAt: o.nowMs,
    compaction: o.compaction,
  };
  const metaBytes = Buffer.from(JSON.stringify(meta, null, 2));
  await bucket.upload(prefix + META_FILE, metaBytes);
  return { meta, bytes: bytes + metaBytes.length };
}
