// What a compacted block's meta.json adds: `compaction` (as Thanos/Mimir's metadata.Meta.Compaction:
// thanos-io/thanos pkg/block/metadata/meta.go, BlockMeta.Compaction{Level, Sources, Parents}).
//
// `sources` are the ULIDs of the blocks the ingesters uploaded (level 1) whose profiles this block holds,
// however many compactions it took; a block the ingesters wrote is its own only source. A block is
// superseded, and readers skip it, when another complete block's sources include all of its own (with equal
// sources, as two compactors racing on one tenant may produce, the block with the smaller ULID wins).
// Reads de-duplicate profiles by identity anyway, so skipping is for speed; no profile is ever counted twice.
import type { BlockMeta } from '../block/meta.ts';

export interface CompactionInfo {
  /** 1 for a block written by an ingester; a compaction's output is one more than its highest source. */
  level: number;
  /** Level-1 block ULIDs whose profiles the block holds, sorted. */
  sources: string[];
  /** The block range (-compactor.block-ranges, ms) whose window this block was compacted for. */
  range: number;
  /** The blocks merged into this one. */
  parents: { ulid: string; minTime: number; maxTime: number }[];
}

export type CompactedMeta = BlockMeta & { compaction?: CompactionInfo };

export const levelOf = (m: CompactedMeta): number => m.compaction?.level ?? 1;
export const sourcesOf = (m: CompactedMeta): readonly string[] => m.compaction?.sources ?? [m.ulid];

/** ULIDs of the blocks that another block of the list supersedes. */
export function supersededBlocks(metas: readonly CompactedMeta[]): Set<string> {
  const out = new Set<string>();
  // Index: level-1 source → blocks holding it, to compare each block only with those sharing a source.
  const holders = new Map<string, CompactedMeta[]>();
  for (const m of metas) for (const s of sourcesOf(m)) {
    let list = holders.get(s);
    if (!list) holders.set(s, (list = []));
    list.push(m);
  }
  for (const m of metas) {
    const own = sourcesOf(m);
    const candidates = holders.get(own[0]!) ?? [];
    for (const other of candidates) {
      if (other === m || other.ulid === m.ulid) continue;
      const theirs = new Set(sourcesOf(other));
      if (!own.every((s) => theirs.has(s))) continue;
      if (theirs.size > own.length || other.ulid < m.ulid) {
        out.add(m.ulid);
        break;
      }
    }
  }
  return out;
}

/** The block range a block was compacted for; 0 for a block an ingester wrote. */
export const rangeOf = (m: CompactedMeta): number => m.compaction?.range ?? 0;

/** The compaction info of a block merged from `parents` for a window of `range` ms. */
export function compactionOf(parents: readonly CompactedMeta[], range: number): CompactionInfo {
  const sources = new Set<string>();
  for (const p of parents) for (const s of sourcesOf(p)) sources.add(s);
  return {
    level: Math.max(...parents.map(levelOf)) + 1,
    sources: [...sources].sort(),
    range,
    parents: parents.map((p) => ({ ulid: p.ulid, minTime: p.minTime, maxTime: p.maxTime })),
  };
}
