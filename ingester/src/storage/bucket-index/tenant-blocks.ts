// What the bucket holds for one tenant, from one listing of `<tenant>/blocks/`: the complete blocks (with
// meta.json, read once and remembered: a block never changes), their deletion marks, and the objects of every
// block folder (to delete them). Used by the compactor each pass, and by the querier for a tenant without a
// bucket index yet.
import { META_FILE, parseMeta } from '../block/meta.ts';
import { blockPrefix } from '../block/source.ts';
import type { CompactedMeta } from '../compact/compaction-meta.ts';
import { supersededBlocks } from '../compact/compaction-meta.ts';
import type { Bucket } from '../objstore/bucket.ts';
import { ObjectNotFoundError } from '../objstore/bucket.ts';
import { DELETION_MARK_FILE, parseDeletionMark, type DeletionMark } from './deletion-mark.ts';

export interface TenantBlocks {
  /** Complete blocks (meta.json present), by ULID. */
  metas: Map<string, CompactedMeta>;
  marks: Map<string, DeletionMark>;
  /** Every object name per block folder, complete or not. */
  objects: Map<string, string[]>;
}

/** Where the lister keeps the meta.json files it read, by "<tenant>/<ULID>" (the querier: its byte-sized block cache). */
export interface MetaMemory {
  get(key: string): CompactedMeta | undefined;
  set(key: string, meta: CompactedMeta): void;
}

/** Remembers meta.json and deletion marks across listings (both are immutable once written). */
export class TenantBlockLister {
  private readonly metas: MetaMemory;
  private readonly marks = new Map<string, DeletionMark>();

  /** Without `metas`, every meta.json read is kept until its block is gone from a listing. */
  constructor(private readonly bucket: Bucket, metas?: MetaMemory) {
    this.metas = metas ?? new Map<string, CompactedMeta>();
  }

  async list(tenant: string): Promise<TenantBlocks> {
    const prefix = `${tenant}/blocks/`;
    const listing = await this.bucket.list(prefix);
    const objects = new Map<string, string[]>();
    for (const name of listing.objects) {
      const rest = name.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash <= 0) continue;
      const ulid = rest.slice(0, slash);
      let list = objects.get(ulid);
      if (!list) objects.set(ulid, (list = []));
      list.push(name);
    }
    const out: TenantBlocks = { metas: new Map(), marks: new Map(), objects };
    await Promise.all([...objects].map(async ([ulid, names]) => {
      const key = `${tenant}/${ulid}`;
      const base = blockPrefix(tenant, ulid);
      if (names.includes(base + META_FILE)) {
        let meta = this.metas.get(key);
        if (!meta) {
          const m = await this.readOptional(base + META_FILE);
          if (m) this.metas.set(key, (meta = parseMeta(m, `${this.bucket.description}/${base}`) as CompactedMeta));
        }
        if (meta) out.metas.set(ulid, meta);
      }
      if (names.includes(base + DELETION_MARK_FILE)) {
        let mark = this.marks.get(key);
        if (!mark) {
          const m = await this.readOptional(base + DELETION_MARK_FILE);
          if (m) this.marks.set(key, (mark = parseDeletionMark(m, `${this.bucket.description}/${base}`)));
        }
        if (mark) out.marks.set(ulid, mark);
      }
    }));
    // Forget blocks that are gone.
    const gone = (key: string) => key.startsWith(`${tenant}/`) && !objects.has(key.slice(tenant.length + 1));
    if (this.metas instanceof Map) for (const key of [...this.metas.keys()]) if (gone(key)) this.metas.delete(key);
    for (const key of [...this.marks.keys()]) if (gone(key)) this.marks.delete(key);
    return out;
  }

  /** A block deleted between the listing and the read is simply absent. */
  private async readOptional(name: string): Promise<string | undefined> {
    try {
      return (await this.bucket.get(name)).toString('utf8');
    } catch (err) {
      if (err instanceof ObjectNotFoundError) return undefined;
      throw err;
    }
  }
}

/**
 * The blocks a query reads: complete, not marked for deletion, and not superseded by a compacted block that
 * holds all their profiles (compact/compaction-meta.ts). Reads still de-duplicate by profile identity, so a
 * profile held by two readable blocks is counted once.
 */
export function readableBlocks(metas: Iterable<CompactedMeta>, marked: (ulid: string) => boolean): CompactedMeta[] {
  const live = [...metas].filter((m) => !marked(m.ulid));
  const superseded = supersededBlocks(live);
  return live.filter((m) => !superseded.has(m.ulid));
}
