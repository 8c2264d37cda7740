import { expect } from 'chai';
import type { CompactedMeta } from './compaction-meta.ts';
import { compactionOf, supersededBlocks } from './compaction-meta.ts';
import { planMerge, waitingMerges, windowOf } from './plan.ts';

const H = 3_600_000;
const RANGES = [H, 12 * H];
const block = (ulid: string, minTime: number, maxTime: number, compacted?: { from: CompactedMeta[]; range: number }, createdAt = 0): CompactedMeta => ({
  ulid, tenant: 't', minTime, maxTime, stats: { series: 1, profiles: 1, samples: 1 }, version: 1, files: [], createdAt,
  ...(compacted ? { compaction: compactionOf(compacted.from, compacted.range) } : {}),
});

describe('compaction plan', () => {
  it('merges the blocks within one hour once that hour has ended, not before', () => {
    const a = block('A', 10 * H + 1, 10 * H + 40 * 60_000);
    const b = block('B', 10 * H + 5, 10 * H + 50 * 60_000);
    expect(planMerge([a, b], RANGES, 11 * H - 1)).to.equal(undefined);
    expect(planMerge([a, b], RANGES, 11 * H)).to.deep.include({ range: H, windowStart: 10 * H, blocks: [a, b] });
  });

  it('a late block joins its hour\'s compacted block; a compacted block alone is left as it is', () => {
    const a = block('A', 10 * H + 1, 10 * H + 9);
    const merged = block('M', 10 * H + 1, 10 * H + 9, { from: [a, block('B', 10 * H + 1, 10 * H + 9)], range: H });
    expect(planMerge([merged], [H], 20 * H)).to.equal(undefined);
    const late = block('L', 10 * H + 2, 10 * H + 3);
    expect(planMerge([merged, late], [H], 20 * H)!.blocks).to.deep.equal([late, merged]);
  });

  it('merges the hours of a 12h window once it has ended', () => {
    const h1 = block('A', 1 * H, 1 * H + 5, { from: [block('x', 1 * H, 1 * H + 5)], range: H });
    const h2 = block('B', 2 * H, 2 * H + 5, { from: [block('y', 2 * H, 2 * H + 5)], range: H });
    expect(planMerge([h1, h2], RANGES, 11 * H)).to.equal(undefined);
    expect(planMerge([h1, h2], RANGES, 12 * H)).to.deep.include({ range: 12 * H, windowStart: 0 });
  });
});

// Mimir's -compactor.first-level-compaction-wait-period (pkg/compactor/job.go jobWaitPeriodElapsed): a job
// with a level-1 source waits while any of its sources was uploaded within the period.
describe('compaction plan: the first-level compaction wait', () => {
  const WAIT = 25 * 60_000;
  const uploaded = (ulid: string, at: number) => block(ulid, 10 * H + 1, 10 * H + 40 * 60_000, undefined, at);

  it('a block younger than the wait is not planned at level 1; once it is older, it is', () => {
    const a = uploaded('A', 11 * H + 60_000);
    const b = uploaded('B', 11 * H + 5 * 60_000);
    expect(planMerge([a, b], RANGES, 11 * H + 5 * 60_000 + WAIT - 1, WAIT), 'B was written 1 ms less than a wait ago').to.equal(undefined);
    // Exactly one wait ago is old enough: Mimir waits while LastModified.After(now - wait).
    expect(planMerge([a, b], RANGES, 11 * H + 5 * 60_000 + WAIT, WAIT)).to.deep.include({ range: H, windowStart: 10 * H, blocks: [a, b] });
  });

  it('waits for every source of a merge with a level-1 block, a compacted one included; other windows go on', () => {
    const merged = block('M', 10 * H + 1, 10 * H + 9, { from: [uploaded('x', 0), uploaded('y', 0)], range: H }, 11 * H + 20 * 60_000);
    const late = uploaded('L', 0);
    const now = 11 * H + 30 * 60_000;
    expect(planMerge([merged, late], [H], now, WAIT), 'the hour\'s compacted block is 10 minutes old').to.equal(undefined);
    expect(waitingMerges([merged, late], [H], now, WAIT).map((m) => m.windowStart)).to.deep.equal([10 * H]);
    const earlier = [block('P', 8 * H, 8 * H + 5, undefined, 9 * H), block('Q', 8 * H, 8 * H + 9, undefined, now)];
    const olderDue = [block('R', 9 * H, 9 * H + 5, undefined, 10 * H), block('S', 9 * H, 9 * H + 9, undefined, 10 * H)];
    expect(planMerge([...earlier, ...olderDue, merged, late], [H], now, WAIT), 'hour 8 waits for Q; hour 9 is due').to.deep.include({ windowStart: 9 * H });
  });

  it('does not wait at higher levels: compacted blocks only are merged at once', () => {
    const h1 = block('A', 1 * H, 1 * H + 5, { from: [block('x', 1 * H, 1 * H + 5)], range: H }, 12 * H);
    const h2 = block('B', 2 * H, 2 * H + 5, { from: [block('y', 2 * H, 2 * H + 5)], range: H }, 12 * H);
    expect(planMerge([h1, h2], RANGES, 12 * H, WAIT)).to.deep.include({ range: 12 * H, windowStart: 0 });
  });

  it('a wait of 0 merges at once', () => {
    expect(planMerge([uploaded('A', 11 * H), uploaded('B', 11 * H)], RANGES, 11 * H, 0)).to.deep.include({ windowStart: 10 * H });
  });
});

describe('compaction plan: blocks crossing a window edge', () => {
  it('a block crossing an hour edge is left out of the hour merges and merged whole in its 12h window (as Thanos/Mimir groupBlocksByRange)', () => {
    const a = block('A', 10 * H, 10 * H + 30 * 60_000);
    const c = block('C', 10 * H + 5 * 60_000, 10 * H + 50 * 60_000);
    const crosser = block('X', 10 * H + 40 * 60_000, 11 * H + 20 * 60_000);
    const first = planMerge([a, crosser, c], RANGES, 12 * H)!;
    expect(first).to.deep.include({ range: H, windowStart: 10 * H });
    expect(first.blocks.map((b) => b.ulid), 'the hour merge leaves the crosser out').to.deep.equal(['A', 'C']);
    const hour = block('M', 10 * H, 10 * H + 50 * 60_000, { from: [a, c], range: H });
    expect(planMerge([hour, crosser], RANGES, 12 * H - 1), 'nothing until the 12h window ends').to.equal(undefined);
    expect(planMerge([hour, crosser], RANGES, 12 * H)).to.deep.include({ range: 12 * H, windowStart: 0, blocks: [hour, crosser] });
  });

  it('a block crossing the edge of the largest range is never merged (it fits no window)', () => {
    const crosser = block('X', 11 * H + 50 * 60_000, 12 * H + 10 * 60_000);
    const other = block('Y', 11 * H + 55 * 60_000, 11 * H + 59 * 60_000);
    expect(planMerge([crosser, other], RANGES, 100 * H)).to.equal(undefined);
    expect(windowOf(crosser, RANGES), 'no window holds it').to.equal(undefined);
    expect(windowOf(other, RANGES)).to.deep.equal({ range: H, start: 11 * H });
  });
});

describe('superseded blocks', () => {
  it('a block is superseded by one whose sources include all of its own; of two with equal sources the smaller ULID stays', () => {
    const a = block('A', 0, 1);
    const b = block('B', 0, 1);
    const m1 = block('M1', 0, 1, { from: [a, b], range: H });
    const m2 = block('M2', 0, 1, { from: [a, b], range: H });
    expect([...supersededBlocks([a, b, m1, m2])].sort()).to.deep.equal(['A', 'B', 'M2']);
    expect([...supersededBlocks([a, m1])], 'a partial overlap supersedes nothing').to.deep.equal(['A']);
    expect([...supersededBlocks([a, b])]).to.deep.equal([]);
  });
});
