// One place that turns columns into a block: its files in the current format and its meta.json. The
// ingester's local writer (writer.ts) and the compactor's bucket writer (compact/write-bucket-block.ts) both
// build through it, and differ only in where the files go and what meta.json adds (the WAL segments of a
// cut; the compaction of a merge).
import { monotonicFactory } from 'ulid';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { encodeBlockV1, FORMAT_VERSION_1, type EncodedBlock } from './format.ts';
import { encodeBlockV2, FORMAT_VERSION_2 } from './format-v2.ts';
import { checksum, type BlockMeta } from './meta.ts';

const nextUlid = monotonicFactory();

export interface BuildOptions {
  tenant: string;
  nowMs: number;
  /** 2 (the default) — 1 only in tests, which prove that version-1 blocks stay readable. */
  version?: 1 | 2;
  /** Samples per chunk of a version-2 block (format-v2.ts DEFAULT_CHUNK_SAMPLES). */
  chunkSamples?: number;
}

export interface BuiltBlock<M extends BlockMeta> {
  meta: M;
  /** Data files in write order; meta.json (`metaJson`) goes last. */
  files: [name: string, data: Buffer][];
  metaJson: Buffer;
}

/** Encodes the block and describes it: `extra` (wal, compaction) is added to meta.json after the common fields. */
export function buildBlock<E extends object>(index: IndexData, samples: SampleData, o: BuildOptions, extra: E): BuiltBlock<BlockMeta & E> {
  const ulid = nextUlid(o.nowMs);
  const version = o.version ?? FORMAT_VERSION_2;
  const encoded: EncodedBlock = version === FORMAT_VERSION_1 ? encodeBlockV1(index, samples) : encodeBlockV2(index, samples, { chunkSamples: o.chunkSamples });
  const files = [...encoded.files];
  const meta: BlockMeta & E = {
    ulid,
    tenant: o.tenant,
    minTime: encoded.stats.minTimeMs,
    maxTime: encoded.stats.maxTimeMs,
    stats: { series: encoded.stats.series, profiles: encoded.stats.profiles, samples: encoded.stats.samples },
    version,
    files: files.map(([name, data]) => ({ name, size: data.length, crc32: checksum(data) })),
    createdAt: o.nowMs,
    ...extra,
  };
  return { meta, files, metaJson: Buffer.from(JSON.stringify(meta, null, 2)) };
}
