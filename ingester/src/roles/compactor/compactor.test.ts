import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { ulid } from 'ulid';
import { ingester, querier } from '../../gen/index.ts';
import { readBucketIndex } from '../../storage/bucket-index/bucket-index.ts';
import { readableBlocks, TenantBlockLister } from '../../storage/bucket-index/tenant-blocks.ts';
import { BlockReader } from '../../storage/block/reader.ts';
import { BucketBlockSource, blockPrefix } from '../../storage/block/source.ts';
import { compactionOf, type CompactedMeta } from '../../storage/compact/compaction-meta.ts';
import { mergeBlocks } from '../../storage/compact/merge.ts';
import { pushesAt, uploadBlock, writeBlocks } from '../../storage/compact/test-fixtures.ts';
import { writeBucketBlock } from '../../storage/compact/write-bucket-block.ts';
import { MemoryBucket } from '../../storage/objstore/memory.ts';
import { profileTypeIds } from '../../storage/testutil.ts';
import { RAWS } from '../../storage/compact/test-fixtures.ts';
import { ManualClock } from '../../util/clock.ts';
import { silentLogger } from '../../util/log.ts';
import { BucketReader } from '../querier/bucket-reader.ts';
import { Compactor } from './compactor.ts';
import { TenantLocks } from './tenant-lock.ts';
import type { CompactorConfig } from './config.ts';

const TENANT = 'team-a';
const HOUR = 3_600_000;
// Aligned to a day, so windows are easy to name.
const DAY0 = Math.floor(1_700_000_000_000 / (24 * HOUR)) * 24 * HOUR;
const CPU = profileTypeIds(RAWS[0]!)[1]!;

const config = (over: Partial<CompactorConfig> = {}): CompactorConfig => ({
  blockRanges: [HOUR, 12 * HOUR, 24 * HOUR], intervalMs: 60_000, deletionDelayMs: 12 * HOUR, partialBlockDeletionDelayMs: 24 * HOUR, retentionMs: 0,
  retentionOverrides: new Map(), lockLeaseMs: 60_000, lockSettleMs: 0, ...over,
});

describe('compactor', () => {
  let dir: string;
  let bucket: MemoryBucket;
  let clock: ManualClock;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'compactor-'));
    bucket = new MemoryBucket();
    clock = new ManualClock(DAY0 + 3 * 24 * HOUR);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const compactor = (over: Partial<CompactorConfig> = {}, id = 'compactor-1') =>
    new Compactor({ config: config(over), bucket, instanceId: id, clock, logger: silentLogger(), registry: new Registry() });

  /** Three ingesters' blocks of the same pushes at the given times, each ingester cutting at its own points. */
  async function replicas(times: number[], cuts: number[][] = [[], [1], [2]]): Promise<string[]> {
    const ulids: string[] = [];
    for (const c of cuts) for (const u of await writeBlocks(dir, TENANT, pushesAt(times), c.map((k) => k * 3))) {
      await uploadBlock(bucket, dir, TENANT, u);
      ulids.push(u);
    }
    return ulids;
  }

  /** What a querier reads from the bucket: SelectProfiles count and total, flame graph total, SelectSeries-like sum. */
  async function totals() {
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry: new Registry(), cacheSizeBytes: 1 << 30 });
    const sel = { profileTypeID: CPU, labelSelector: '{}', start: 0, end: 0 };
    const profiles = (await reader.selectProfiles({ tenant: TENANT }, ingester.v1.ProfileSelector.create(sel))).profiles ?? [];
    const stacks = await reader.mergeStacktraces({ tenant: TENANT }, ingester.v1.MergeRequest.create({ selector: sel, keepAll: true }));
    const series = await reader.series({ tenant: TENANT }, querier.v1.SeriesRequest.create({}));
    return {
      profiles: profiles.length,
      selectTotal: profiles.reduce((a, p) => a + Number(p.value), 0),
      flameTotal: (stacks.stacks ?? []).reduce((a, s) => a + Number(s.value), 0),
      series: series.labelsSet?.length,
    };
  }

  const listing = () => new TenantBlockLister(bucket).list(TENANT);

  it('merges the replicas of each hour into one block, then the hours of their 12h window; sources are deleted only after the deletion delay; reads count every profile once throughout', async () => {
    const times = [DAY0 + 10 * 60_000, DAY0 + 20 * 60_000, DAY0 + HOUR + 5 * 60_000, DAY0 + HOUR + 50 * 60_000];
    const sources = await replicas(times);
    const before = await totals();
    expect(before.profiles, 'three services at four times').to.equal(12);
    const oneReplica = (await listing()).metas.get(sources[0]!)!.files.reduce((a, f) => a + f.size, 0);

    const c = compactor();
    const results = await c.runOnce();
    expect(results[0]!.merges).to.be.greaterThan(0);
    expect(await totals()).to.deep.equal(before);
    let state = await listing();
    const live = [...state.metas.values()].filter((m) => !state.marks.has(m.ulid));
    expect(live, 'one block for the 12h window').to.have.length(1);
    expect((live[0] as CompactedMeta).compaction!.sources).to.deep.equal([...sources].sort());
    expect((live[0] as CompactedMeta).compaction!.range, 'the 12h window: alone in its day, so not merged again').to.equal(12 * HOUR);
    for (const u of sources) expect(state.marks.get(u)?.details, `source ${u} marked`).to.equal('compacted');

    // The index lists the new block and the marks; a querier reads only the new block.
    const index = (await readBucketIndex(bucket, TENANT))!;
    expect(index.blocks.map((b) => b.block_id)).to.include(live[0]!.ulid);
    expect(index.block_deletion_marks.map((m) => m.id)).to.include.members(sources);

    clock.advance(11 * HOUR);
    await c.runOnce();
    expect((await listing()).metas.size, 'nothing deleted before the delay').to.be.greaterThan(1);
    clock.advance(2 * HOUR);
    await c.runOnce();
    state = await listing();
    expect([...state.metas.keys()]).to.deep.equal([live[0]!.ulid]);
    expect([...bucket.objects.keys()].filter((k) => sources.some((u) => k.includes(u))), 'every file of the sources deleted').to.be.empty;
    expect(await totals()).to.deep.equal(before);
    // The bucket holds about one replica's bytes (the first replica wrote one block).
    const size = live[0]!.files.reduce((a, f) => a + f.size, 0);
    expect(size).to.be.within(oneReplica * 0.8, oneReplica * 1.2);
  });

  it('waits -compactor.first-level-compaction-wait-period after the newest ingester block of an ended hour before merging it, and says so in a metric', async () => {
    await replicas([DAY0 + 10 * 60_000]);
    // The fixtures write blocks with createdAt = the real time: the clock starts there, once they are written.
    const registry = new Registry();
    clock = new ManualClock(Date.now());
    const c = new Compactor({ config: config({ firstLevelCompactionWaitMs: 25 * 60_000 }), bucket, instanceId: 'compactor-1', clock, logger: silentLogger(), registry });
    const waitingGauge = async () => (await registry.getSingleMetric('compactor_merges_waiting_for_uploads')!.get()).values[0]!.value;
    expect((await c.runOnce())[0]!.merges, 'the blocks are a moment old').to.equal(0);
    expect(await waitingGauge(), 'one hour waits (counted once, not again for its 12h and 24h windows)').to.equal(1);
    clock.advance(25 * 60_000);
    expect((await c.runOnce())[0]!.merges, 'every block is one wait old').to.equal(1);
    expect(await waitingGauge()).to.equal(0);
  });

  it('a compactor killed after writing a block but before marking its sources: readers already skip the sources, the next pass marks them superseded', async () => {
    const times = [DAY0 + 10 * 60_000, DAY0 + 20 * 60_000];
    const sources = await replicas(times, [[], []]);
    const before = await totals();
    const metas = [...(await listing()).metas.values()];
    // What a merge writes before it marks anything.
    const merged = await mergeBlocks(metas.map((m) => new BlockReader(m, new BucketBlockSource(bucket, blockPrefix(TENANT, m.ulid)))));
    await writeBucketBlock(bucket, merged, { tenant: TENANT, nowMs: clock.now(), compaction: compactionOf(metas, HOUR) });
    const listed = await listing();
    expect(readableBlocks(listed.metas.values(), (u) => listed.marks.has(u)).map((m) => m.compaction?.level), 'readers take only the merged block').to.deep.equal([2]);
    expect(await totals()).to.deep.equal(before);

    await compactor().runOnce();
    const state = await listing();
    for (const u of sources) expect(state.marks.get(u)?.details).to.equal('superseded');
    expect(await totals()).to.deep.equal(before);
  });

  it('marks blocks past the retention period (per-tenant override first) and deletes them after the delay', async () => {
    await replicas([DAY0 + 10 * 60_000], [[]]);
    const other = 'team-b';
    for (const u of await writeBlocks(dir, other, pushesAt([DAY0 + 10 * 60_000]))) await uploadBlock(bucket, dir, other, u);
    const c = compactor({ retentionMs: 48 * HOUR, retentionOverrides: new Map([[other, 0]]) });
    await c.runOnce();
    expect((await totals()).profiles, 'marked: no longer read').to.equal(0);
    const state = await listing();
    expect([...state.marks.values()].map((m) => m.details)).to.deep.equal(['retention']);
    const b = await new TenantBlockLister(bucket).list(other);
    expect(b.marks.size, 'the override keeps team-b forever').to.equal(0);
    clock.advance(13 * HOUR);
    await c.runOnce();
    expect((await listing()).metas.size).to.equal(0);
  });

  it('two compactors at once: one works the tenant, the other skips it; reads count every profile once', async () => {
    await replicas([DAY0 + 10 * 60_000, DAY0 + 30 * 60_000]);
    const before = await totals();
    const a = compactor({ lockSettleMs: 50 }, 'compactor-a');
    const b = compactor({ lockSettleMs: 50 }, 'compactor-b');
    const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
    const skipped = [ra[0]!, rb[0]!].filter((r) => r.skipped);
    expect(skipped, 'exactly one skipped the tenant').to.have.length(1);
    expect(await totals()).to.deep.equal(before);
    const state = await listing();
    expect([...state.metas.values()].filter((m) => !state.marks.has(m.ulid))).to.have.length(1);
  });

  it('reports no lag for a tenant another compactor took over: a skipped tenant\'s last known lag is not kept ageing', async () => {
    // One replica's block of an hour that has ended: nothing to merge it with before its 12h window ends,
    // so it stays waiting and counts as lag in the compactor that passed over it.
    clock.set(DAY0 + 2 * HOUR);
    await replicas([DAY0 + 10 * 60_000], [[]]);
    const a = compactor({ lockSettleMs: 0 }, 'compactor-a');
    await a.runOnce();
    expect([...a.oldestUncompacted().keys()], 'compactor-a saw the tenant waiting').to.deep.equal([TENANT]);
    // compactor-b now holds the tenant's lock; compactor-a's next pass skips the tenant and can say nothing of it.
    clock.advance(6 * HOUR);
    expect(await new TenantLocks({ bucket, owner: 'compactor-b', leaseMs: 10 * 60_000, settleMs: 0, clock }).acquire(TENANT)).to.deep.equal({ held: true });
    const [skipped] = await a.runOnce();
    expect(skipped!.skipped).to.match(/compactor-b/);
    expect([...a.oldestUncompacted().keys()], 'compactor-a no longer reports the tenant').to.deep.equal([]);
  });

  it('deletes a partial block (files without meta.json) once its ULID is older than the partial-block delay and no file appeared for a pass; an upload in progress is kept', async () => {
    await replicas([DAY0 + 10 * 60_000], [[]]);
    const before = await totals();
    const partial = async (createdMs: number, files: string[]) => {
      const id = ulid(createdMs);
      for (const f of files) await bucket.upload(`${TENANT}/blocks/${id}/${f}`, Buffer.from('half a block'));
      return id;
    };
    const abandoned = await partial(clock.now() - 25 * HOUR, ['index.bin', 'samples.bin']);
    const growing = await partial(clock.now() - 25 * HOUR, ['index.bin']);
    const young = await partial(clock.now() - 60_000, ['index.bin', 'samples.bin', 'symbols.bin']);
    const registry = new Registry();
    const c = new Compactor({ config: config(), bucket, instanceId: 'compactor-1', clock, logger: silentLogger(), registry });
    const files = (id: string) => [...bucket.objects.keys()].filter((k) => k.includes(id));

    await c.runOnce();
    expect(files(abandoned), 'first seen: kept until a pass later').to.have.length(2);
    expect((await registry.getSingleMetric('compactor_partial_blocks')!.get()).values[0]!.value).to.equal(3);
    await bucket.upload(`${TENANT}/blocks/${growing}/samples.bin`, Buffer.from('still uploading'));
    clock.advance(60_000);
    const [result] = await c.runOnce();
    expect(result!.partialDeleted).to.equal(1);
    expect(files(abandoned), 'the abandoned upload is gone').to.deep.equal([]);
    expect(files(growing), 'a file appeared since the last pass: kept').to.have.length(2);
    expect(files(young), 'younger than the delay: kept').to.have.length(3);
    expect((await registry.getSingleMetric('compactor_partial_blocks_deleted_total')!.get()).values[0]!.value).to.equal(1);
    expect((await registry.getSingleMetric('compactor_partial_blocks')!.get()).values[0]!.value).to.equal(2);

    clock.advance(60_000);
    await c.runOnce();
    expect(files(growing), 'unchanged for a pass now: gone').to.deep.equal([]);
    expect(files(young)).to.have.length(3);
    expect(await totals(), 'complete blocks untouched').to.deep.equal(before);

    const never = compactor({ partialBlockDeletionDelayMs: 0 });
    clock.advance(48 * HOUR);
    await never.runOnce();
    await never.runOnce();
    expect(files(young), 'a delay of 0 never deletes').to.have.length(3);
  });
});
