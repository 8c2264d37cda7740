// The blocks on the ingester's local disk (`<data-dir>/blocks/<ULID>/`): found and cleaned at start, added
// as the head is cut, marked when their upload is confirmed, and removed once uploaded and older than the
// local retention. Each complete block is readable through a BlockReader.
//
// A block folder is complete when it is named by a ULID and holds meta.json (written last, see writer.ts).
// Anything else (a `.tmp` folder, a folder without meta.json) is the remains of a cut interrupted by a
// crash: it is deleted, and its profiles come back from the WAL, whose checkpoint had not moved past them.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../util/log.ts';
import { syncDir, writeFileDurably } from '../wal/wal.ts';
import { META_FILE, parseMeta, type BlockMeta } from './meta.ts';
import { BlockReader } from './reader.ts';
import { LocalBlockSource } from './source.ts';

export const UPLOADED_MARKER = 'uploaded.json';

export interface LocalBlock {
  meta: BlockMeta;
  dir: string;
  reader: BlockReader;
  /** Unix ms when the upload was confirmed; undefined while it is pending. */
  uploadedAt: number | undefined;
}

const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export class LocalBlocks {
  private readonly blocks = new Map<string, LocalBlock>();

  constructor(readonly dir: string, private readonly logger: Logger) {}

  /** Scans the folder: keeps complete blocks, deletes half-written ones. Returns what was removed. */
  async load(): Promise<{ removed: string[] }> {
    await mkdir(this.dir, { recursive: true });
    this.blocks.clear();
    const removed: string[] = [];
    for (const name of (await readdir(this.dir)).sort()) {
      const path = join(this.dir, name);
      if (!(await stat(path)).isDirectory()) continue;
      let meta: BlockMeta | undefined;
      if (ULID_RE.test(name)) {
        try {
          meta = parseMeta(await readFile(join(path, META_FILE), 'utf8'), path);
          if (meta.ulid !== name) throw new Error(`meta.json names block ${meta.ulid}`);
        } catch (err) {
          this.logger.warn('local block folder is incomplete; deleting it (its profiles are replayed from the WAL)', { block: name, err });
          meta = undefined;
        }
      }
      if (!meta) {
        await rm(path, { recursive: true, force: true });
        removed.push(name);
        continue;
      }
      let uploadedAt: number | undefined;
      try {
        uploadedAt = (JSON.parse(await readFile(join(path, UPLOADED_MARKER), 'utf8')) as { at: number }).at;
      } catch {
        uploadedAt = undefined;
      }
      this.blocks.set(meta.ulid, { meta, dir: path, reader: new BlockReader(meta, new LocalBlockSource(path)), uploadedAt });
    }
    if (removed.length) await syncDir(this.dir);
    return { removed };
  }

  add(meta: BlockMeta): LocalBlock {
    const dir = join(this.dir, meta.ulid);
    const block: LocalBlock = { meta, dir, reader: new BlockReader(meta, new LocalBlockSource(dir)), uploadedAt: undefined };
    this.blocks.set(meta.ulid, block);
    return block;
  }

  get(ulid: string): LocalBlock | undefined {
    return this.blocks.get(ulid);
  }

  all(): LocalBlock[] {
    return [...this.blocks.values()];
  }

  forTenant(tenant: string): LocalBlock[] {
    return this.all().filter((b) => b.meta.tenant === tenant);
  }

  pending(): LocalBlock[] {
    return this.all().filter((b) => b.uploadedAt === undefined);
  }

  async markUploaded(ulid: string, at: number): Promise<void> {
    const block = this.blocks.get(ulid);
    if (!block) return;
    await writeFileDurably(join(block.dir, UPLOADED_MARKER), JSON.stringify({ at }), block.dir);
    block.uploadedAt = at;
  }

  /** Deletes uploaded blocks older than the retention; returns their ULIDs. */
  async sweep(nowMs: number, retentionMs: number): Promise<string[]> {
    const deleted: string[] = [];
    for (const block of this.all()) {
      if (block.uploadedAt === undefined || nowMs - block.uploadedAt < retentionMs) continue;
      this.blocks.delete(block.meta.ulid);
      block.reader.release();
      await rm(block.dir, { recursive: true, force: true });
      deleted.push(block.meta.ulid);
    }
    if (deleted.length) this.logger.info('deleted uploaded local blocks past the local retention', { blocks: deleted });
    return deleted;
  }
}
