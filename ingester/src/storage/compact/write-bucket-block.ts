// Writes a merged block straight to the bucket: data files first, meta.json last, so that the block is
// visible to readers (and to the compactor's planner) only once it is complete, as the ingesters' shipper
// uploads (storage/shipper.ts). A crash part-way leaves files without meta.json, which readers ignore.
// The block is in the current format (version 2), whatever the versions of the merged blocks.
import { buildBlock, type BuildOptions } from '../block/build.ts';
import { META_FILE } from '../block/meta.ts';
import { blockPrefix } from '../block/source.ts';
import type { Bucket } from '../objstore/bucket.ts';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import type { CompactedMeta, CompactionInfo } from './compaction-meta.ts';

export async function writeBucketBlock(
  bucket: Bucket,
  block: { index: IndexData; samples: SampleData },
  o: BuildOptions & { compaction: CompactionInfo },
): Promise<{ meta: CompactedMeta; bytes: number }> {
  const built = buildBlock(block.index, block.samples, o, { compaction: o.compaction });
  const prefix = blockPrefix(o.tenant, built.meta.ulid);
  let bytes = 0;
  for (const [name, data] of built.files) {
    await bucket.upload(prefix + name, data);
    bytes += data.length;
  }
  await bucket.upload(prefix + META_FILE, built.metaJson);
  return { meta: built.meta, bytes: bytes + built.metaJson.length };
}
