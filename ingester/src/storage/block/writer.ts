// Writes one tenant's head as a block in a local folder: files into `<ULID>.tmp/`, each fsync'd, meta.json
// last, then the folder renamed to `<ULID>/` and its parent fsync'd. A folder without meta.json, or still
// named .tmp, is a block whose write was cut short.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { syncDir } from '../wal/wal.ts';
import { encodeBlock } from './format.ts';
import { META_FILE, metaOf, type BlockMeta } from './meta.ts';

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
    for (const [name, data] of encoded.files) await writeSynced(join(tmp, name), data);
    const meta: BlockMeta = {
      ...metaOf(encoded, { ulid, tenant: options.tenant, nowMs: options.nowMs }),
      ...(options.wal ? { wal: options.wal } : {}),
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
