// Which blocks of a tenant to merge next. Windows of every block range (-compactor.block-ranges, e.g. 1h,
// 12h, 24h) are aligned to the Unix epoch; a block belongs to the window of each range that holds its
// minTime, so every block is in exactly one window per range, and a merge's output (whose minTime is the
// smallest of its inputs) stays in its inputs' window.
//
// For each range, smallest first, and each window that has ended: the blocks of that window compacted for
// a smaller range (or written by an ingester: range 0) are merged with the window's earlier output, if any,
// when there are at least two. At the smallest range this is the vertical compaction: the blocks every
// ingester uploaded for the same hour, replicas of the same profiles, become one. Larger ranges are the
// horizontal compaction. A block that arrives late (an ingester that was down) joins its window's output at
// the next pass.
//
// Ingesters cut blocks by age, not at window edges, so a replica cut a few minutes earlier by another
// ingester can start in the previous window: such copies are merged at the next range (12h), where both
// windows are one. Merges never split a block, so a compacted block always holds the whole of every source
// it lists (compaction-meta.ts relies on it).
import { rangeOf, type CompactedMeta } from './compaction-meta.ts';

export interface PlannedMerge {
  /** The block range this merge is for, and its window's start (Unix ms). */
  range: number;
  windowStart: number;
  blocks: CompactedMeta[];
}

/** The next merge among the live blocks (complete, unmarked, not superseded), or undefined when none is due. */
export function planMerge(live: readonly CompactedMeta[], ranges: readonly number[], nowMs: number): PlannedMerge | undefined {
  const sorted = [...ranges].sort((a, b) => a - b);
  for (const range of sorted) {
    const windows = new Map<number, CompactedMeta[]>();
    for (const m of live) {
      if (rangeOf(m) > range) continue;
      const start = Math.floor(m.minTime / range) * range;
      let list = windows.get(start);
      if (!list) windows.set(start, (list = []));
      list.push(m);
    }
    for (const [windowStart, blocks] of [...windows].sort((a, b) => a[0] - b[0])) {
      if (windowStart + range > nowMs) continue; // the window is still being written
      if (blocks.length < 2 || !blocks.some((b) => rangeOf(b) < range)) continue;
      return { range, windowStart, blocks: blocks.sort((a, b) => (a.ulid < b.ulid ? -1 : 1)) };
    }
  }
  return undefined;
}
