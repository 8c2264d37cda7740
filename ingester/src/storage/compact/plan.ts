// Which blocks of a tenant to merge next. Windows of every block range (-compactor.block-ranges, e.g. 1h,
// 12h, 24h) are aligned to the Unix epoch. A block belongs to a range's window when it lies wholly inside it
// (minTime and maxTime, both profile timestamps, in the same window); a block crossing a window edge is
// left out at that range and merged at the first larger range whose window holds it whole. This is what
// Thanos and Mimir (and so Pyroscope v1's compactor) do: pkg/compactor/split_merge_grouper.go
// groupBlocksByRange skips "blocks that don't fall into the range … via mis-alignment", and
// thanos-io/thanos pkg/compact/planner.go splitByRange likewise. A merge's output spans its inputs, so it
// stays inside its window, and merges never split a block, so a compacted block always holds the whole of
// every source it lists (compaction-meta.ts relies on it).
//
// For each range, smallest first, and each window that has ended: the blocks of that window compacted for
// a smaller range (or written by an ingester: range 0) are merged with the window's earlier output, if any,
// when there are at least two. At the smallest range this is the vertical compaction: the blocks every
// ingester uploaded for the same hour, replicas of the same profiles, become one. Larger ranges are the
// horizontal compaction. A block that arrives late (an ingester that was down) joins its window's output at
// the next pass. A merge that takes an ingester's block waits until every block in it is
// -compactor.first-level-compaction-wait-period old (Mimir's rule, see waitsForUploads), so that the
// hour's merge takes every ingester's block rather than being redone for each straggler.
//
// Ingesters cut their blocks at the edges of -ingester.max-block-duration windows (storage/head/
// window-split.ts), so with a max block duration that divides the smallest range no ingester block crosses
// an edge; blocks written before that, or with another setting, are merged at the larger range holding them.
// A block crossing an edge of the largest range fits no window and is left as it is (reads de-duplicate it).
import { levelOf, rangeOf, type CompactedMeta } from './compaction-meta.ts';

export interface PlannedMerge {
  /** The block range this merge is for, and its window's start (Unix ms). */
  range: number;
  windowStart: number;
  blocks: CompactedMeta[];
}

const windowStart = (t: number, range: number): number => Math.floor(t / range) * range;

/** The smallest range's window that holds the block whole, or undefined when it crosses an edge of every range. */
export function windowOf(m: CompactedMeta, ranges: readonly number[]): { range: number; start: number } | undefined {
  for (const range of [...ranges].sort((a, b) => a - b)) {
    const start = windowStart(m.minTime, range);
    if (windowStart(m.maxTime, range) === start) return { range, start };
  }
  return undefined;
}

/**
 * The next merge among the live blocks (complete, unmarked, not superseded), or undefined when none is due.
 * A merge with a block an ingester wrote (level 1) waits while any of its blocks was written less than
 * `firstLevelWaitMs` ago, so that one merge takes every ingester's block of the window
 * (-compactor.first-level-compaction-wait-period).
 */
export function planMerge(live: readonly CompactedMeta[], ranges: readonly number[], nowMs: number, firstLevelWaitMs = 0): PlannedMerge | undefined {
  for (const merge of endedWindows(live, ranges, nowMs)) if (!waitsForUploads(merge, nowMs, firstLevelWaitMs)) return merge;
  return undefined;
}

/**
 * The merges that would be due but wait for the first-level compaction wait (for logs and metrics), each
 * block in one only: the smallest range's window it waits in, not again in the larger windows holding it.
 */
export function waitingMerges(live: readonly CompactedMeta[], ranges: readonly number[], nowMs: number, firstLevelWaitMs: number): PlannedMerge[] {
  const out: PlannedMerge[] = [];
  const counted = new Set<string>();
  for (const merge of endedWindows(live, ranges, nowMs)) {
    if (!waitsForUploads(merge, nowMs, firstLevelWaitMs) || merge.blocks.some((b) => counted.has(b.ulid))) continue;
    out.push(merge);
    for (const b of merge.blocks) counted.add(b.ulid);
  }
  return out;
}

/**
 * Mimir's first-level compaction wait (pkg/compactor/job.go jobWaitPeriodElapsed): a job whose lowest source
 * level is 1 waits while any of its sources' meta.json was modified after now - wait. Our buckets do not give
 * modification times, so a block's `createdAt` (when it was written, a moment before its upload) stands in.
 */
function waitsForUploads(merge: PlannedMerge, nowMs: number, waitMs: number): boolean {
  if (waitMs <= 0 || !merge.blocks.some((b) => levelOf(b) === 1)) return false;
  return merge.blocks.some((b) => b.createdAt > nowMs - waitMs);
}

/** Every window that has ended and has blocks to merge, smallest range first, then oldest window first. */
function* endedWindows(live: readonly CompactedMeta[], ranges: readonly number[], nowMs: number): Generator<PlannedMerge> {
  const sorted = [...ranges].sort((a, b) => a - b);
  for (const range of sorted) {
    const windows = new Map<number, CompactedMeta[]>();
    for (const m of live) {
      if (rangeOf(m) > range) continue;
      const start = windowStart(m.minTime, range);
      if (windowStart(m.maxTime, range) !== start) continue; // crosses an edge of this range: a larger one takes it
      let list = windows.get(start);
      if (!list) windows.set(start, (list = []));
      list.push(m);
    }
    for (const [start, blocks] of [...windows].sort((a, b) => a[0] - b[0])) {
      if (start + range > nowMs) continue; // the window is still being written
      if (blocks.length < 2 || !blocks.some((b) => rangeOf(b) < range)) continue;
      yield { range, windowStart: start, blocks: blocks.sort((a, b) => (a.ulid < b.ulid ? -1 : 1)) };
    }
  }
}
