// Partial blocks: block folders holding files but no meta.json and no deletion mark. Every writer uploads
// meta.json last (the ingesters' shipper, the compactor's writeBucketBlock), so such a folder is either an
// upload still in progress or one that was abandoned (a compactor killed mid-merge). Readers ignore them
// and nothing else would ever remove them, so they are deleted, but only once clearly abandoned.
//
// What the reference systems do:
// - Thanos (pkg/compact/clean.go BestEffortCleanAbortedPartialUploads) deletes a partial block once its
//   ULID time is older than PartialUploadThresholdAge (2 days), warning that the ULID is the block's
//   creation time, not its upload start, so the threshold must stay long.
// - Mimir (pkg/compactor/blocks_cleaner.go cleanUserPartialBlocks, -compactor.partial-block-deletion-delay,
//   default 1d) marks a partial block for deletion once none of its files was modified for the delay.
// Our Bucket interface has no modification times, so a partial block goes when both hold:
//   1. its ULID time is older than -compactor.partial-block-deletion-delay (Thanos's rule), and
//   2. this compactor saw the same file names at an earlier pass at least one compaction interval ago
//      (no file appeared meanwhile: Mimir's "not modified", as far as a listing can tell).
// An ingester's upload (seconds) is far shorter than the default delay (24h), and the shipper uploads a
// block again whole after any failure, so even a block whose upload kept failing for longer is restored
// by its next attempt.
import { decodeTime } from 'ulid';
import { META_FILE } from '../../storage/block/meta.ts';
import { blockPrefix } from '../../storage/block/source.ts';
import type { TenantBlocks } from '../../storage/bucket-index/tenant-blocks.ts';
import type { Bucket } from '../../storage/objstore/bucket.ts';

export interface PartialBlock {
  ulid: string;
  objects: string[];
  /** The ULID's time (Unix ms): when the block was created. */
  createdMs: number;
}

/** The partial blocks of a listing: folders named by a ULID, without meta.json and without a deletion mark. */
export function partialBlocks(tenant: string, state: TenantBlocks): PartialBlock[] {
  const out: PartialBlock[] = [];
  for (const [ulid, objects] of state.objects) {
    if (state.metas.has(ulid) || state.marks.has(ulid)) continue;
    if (objects.includes(blockPrefix(tenant, ulid) + META_FILE)) continue; // meta.json unreadable or just written: not partial
    let createdMs: number;
    try {
      createdMs = decodeTime(ulid);
    } catch {
      continue; // not a block folder of ours
    }
    out.push({ ulid, objects: [...objects].sort(), createdMs });
  }
  return out;
}

/** Remembers when each partial block was first seen with its current files, across passes. */
export class PartialBlockTracker {
  private readonly seen = new Map<string, { names: string; sinceMs: number }>();

  /**
   * The partial blocks to delete now: older than `delayMs` by their ULID, and unchanged since a pass at
   * least `stillForMs` ago. Forgets blocks of this tenant that are gone.
   */
  due(tenant: string, partials: readonly PartialBlock[], nowMs: number, delayMs: number, stillForMs: number): PartialBlock[] {
    const current = new Set<string>();
    const out: PartialBlock[] = [];
    for (const p of partials) {
      const key = `${tenant}/${p.ulid}`;
      current.add(key);
      const names = p.objects.join('\n');
      const before = this.seen.get(key);
      if (!before || before.names !== names) {
        this.seen.set(key, { names, sinceMs: nowMs });
        continue;
      }
      if (nowMs - p.createdMs > delayMs && nowMs - before.sinceMs >= stillForMs) out.push(p);
    }
    for (const key of [...this.seen.keys()]) if (key.startsWith(`${tenant}/`) && !current.has(key)) this.seen.delete(key);
    return out;
  }

  forget(tenant: string, ulid: string): void {
    this.seen.delete(`${tenant}/${ulid}`);
  }
}

/** Deletes every listed object of a partial block (none is meta.json, so no reader ever takes it as a block). */
export async function deletePartialBlock(bucket: Bucket, block: PartialBlock): Promise<void> {
  for (const name of block.objects) await bucket.delete(name);
}
