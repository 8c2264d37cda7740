// Writes one tenant's head as a block in a local folder: files into `<ULID>.tmp/`, each fsync'd, meta.json
// last, then the folder renamed to `<ULID>/` and its parent fsync'd. A folder without meta.json, or still
// named .tmp, is a block whose write was cut short.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { syncDir } from '../wal/wal.ts';
import { buildBlock, type BuildOptions } from './build.ts';
import { META_FILE, type BlockMeta } from './meta.ts';

export interface WriteBlockOptions extends BuildOptions {
  /** The folder holding blocks; the block becomes `<blocksDir>/<ULID>/`. */
  blocksDir: string;
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
  const block = buildBlock(index, samples, options, options.wal ? { wal: options.wal } : {});
  const { ulid } = block.meta;
  const tmp = join(options.blocksDir, `${ulid}.tmp`);
  await mkdir(tmp, { recursive: true });
  try {
    for (const [name, data] of block.files) await writeSynced(join(tmp, name), data);
    await writeSynced(join(tmp, META_FILE), block.metaJson);
    await syncDir(tmp);
    await rename(tmp, join(options.blocksDir, ulid));
    await syncDir(options.blocksDir);
    return block.meta;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw new Error(`writing block ${ulid} for tenant ${options.tenant}`, { cause: err });
  }
}
