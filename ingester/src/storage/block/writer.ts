// Writes one tenant's head as a block in a local folder: files into `<ULID>.tmp/`, each fsync'd, meta.json
// last, then the folder renamed to `<ULID>/` and its parent fsync'd. A folder without meta.json, or still
// named .tmp, is a block whose write was cut short.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { syncDir } from '../wal/wal.ts';
import { encodeBlock, FORMAT_VERSION } from './format.ts';
import { checksum, META_FILE, type BlockMeta } from './meta.ts';

const nextUlid = monotonicFactory();

export interface WriteBlockOptions {
  /** The folder holding blocks; the block becomes `<blocksDir>/<ULID>/`. */
  blocksDir: string;
  tenant: string;
  nowMs: number;
  wal?: { fromSegment: number; toSegment: number };
}

async function writeSynced(path: string, data: Uint8Array | string): Promise<void> {
  const fh = await open(path, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export async function writeBlock(index: IndexData, samples: SampleData, options: WriteBlockOptions): Promise<BlockMeta> {
  const ulid = nextUlid(options.nowMs);
  const encoded = encodeBlock(index, samples);
  const tmp = join(options.blocksDir, `${ulid}.tmp`);
  await mkdir(tmp, { recursive: true });
  try {
    const files = [];
    for (const [name, data] of encoded.files) {
      await writeSynced(join(tmp, name), data);
      files.push({ name, size: data.length, crc32: checksum(data) });
    }
    const meta: BlockMeta = {
      ulid,
      tenant: options.tenant,
      minTime: encoded.stats.minTimeMs,
      maxTime: encoded.stats.maxTimeMs,
      stats: { series: encoded.stats.series, profiles: encoded.stats.profiles, samples: encoded.stats.samples },
      version: FORMAT_VERSION,
      files,
      ...(options.wal ? { wal: options.wal } : {}),
      createdAt: options.nowMs,
    };
    await writeSynced(join(tmp, META_FILE), JSON.stringify(meta, null, 2));
    await syncDir(tmp);
    await rename(tmp, join(options.blocksDir, ulid));
    await syncDir(options.blocksDir);
    return meta;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw new Error(`writing block ${ulid} for tenant ${options.tenant}`, { cause: err });
  }
}
