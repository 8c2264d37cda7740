// A block's deletion mark, `<tenant>/blocks/<ULID>/deletion-mark.json`, in Thanos's format
// (thanos-io/thanos pkg/block/metadata/deletionmark.go, DeletionMark: id, version 1, details, deletion_time in
// Unix seconds), which Mimir's and Pyroscope's compactors also write. A marked block is no longer read by
// queriers once their bucket index shows the mark, and is deleted by the compactor after
// -compactor.deletion-delay, so queries that started before the mark can finish reading it.
import { blockPrefix } from '../block/source.ts';
import type { Bucket } from '../objstore/bucket.ts';

export const DELETION_MARK_FILE = 'deletion-mark.json';

export interface DeletionMark {
  id: string;
  version: 1;
  /** Why: "compacted" (its profiles are in a newer block), "superseded", or "retention". */
  details: string;
  /** Unix seconds when the block was marked. */
  deletion_time: number;
}

export function parseDeletionMark(text: string, where: string): DeletionMark {
  let mark: DeletionMark;
  try {
    mark = JSON.parse(text) as DeletionMark;
  } catch (err) {
    throw new Error(`${where}: deletion mark is not JSON`, { cause: err });
  }
  if (typeof mark.id !== 'string' || typeof mark.deletion_time !== 'number') throw new Error(`${where}: deletion mark lacks id or deletion_time`);
  return mark;
}

/** Writes the mark; marking a block twice keeps the first mark's time (the delay counts from the first). */
export async function markForDeletion(bucket: Bucket, tenant: string, ulid: string, details: string, nowMs: number): Promise<DeletionMark> {
  const name = blockPrefix(tenant, ulid) + DELETION_MARK_FILE;
  if (await bucket.exists(name)) return parseDeletionMark((await bucket.get(name)).toString('utf8'), name);
  const mark: DeletionMark = { id: ulid, version: 1, details, deletion_time: Math.floor(nowMs / 1000) };
  await bucket.upload(name, Buffer.from(JSON.stringify(mark)));
  return mark;
}
