import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { ingester, querier, types } from '../../gen/index.ts';
import { BucketReader } from '../../roles/querier/bucket-reader.ts';
import { silentLogger } from '../../util/log.ts';
import { BlockReader, openBlock } from '../block/reader.ts';
import { blockPrefix, BucketBlockSource, LocalBlockSource } from '../block/source.ts';
import { MemoryBucket } from '../objstore/memory.ts';
import { profileTypeIds } from '../testutil.ts';
import { compactionOf } from './compaction-meta.ts';
import { mergeBlocks } from './merge.ts';
import { pushesAt, RAWS, uploadBlock, writeBlocks } from './test-fixtures.ts';
import { writeBucketBlock } from './write-bucket-block.ts';

const TENANT = 'team-a';
const ctx = { tenant: TENANT };
const T0 = 1_700_000_000_000;
const TIMES = [0, 1, 2, 3].map((t) => T0 + t * 1000);

describe('block merging (compactor)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'compact-merge-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Each replica's pushes cut into blocks at the given push counts (replicas cut at different times). */
  async function replicaBlocks(cuts: number[][], version: 1 | 2 = 2): Promise<string[]> {
    const ulids: string[] = [];
    for (const replicaCuts of cuts) ulids.push(...(await writeBlocks(dir, TENANT, pushesAt(TIMES), replicaCuts, version)));
    return ulids;
  }

  /** Every read the querier makes of the bucket, for comparison. */
  async function reads(bucket: MemoryBucket, spanIds: string[]) {
    const r = new BucketReader({ bucket, logger: silentLogger(), registry: new Registry(), cacheSizeBytes: 1 << 30 });
    const out: Record<string, unknown> = {};
    out['labelNames'] = await r.labelNames(ctx, types.v1.LabelNamesRequest.create({}));
    out['pods'] = await r.labelValues(ctx, types.v1.LabelValuesRequest.create({ name: 'pod', matchers: ['{service_name="svc-1"}'] }));
    out['series'] = await r.series(ctx, querier.v1.SeriesRequest.create({ matchers: [] }));
    out['types'] = await r.profileTypes(ctx, querier.v1.ProfileTypesRequest.create({}));
    for (const [i, raw] of RAWS.entries()) {
      for (const type of profileTypeIds(raw)) {
        const sel = { profileTypeID: type, labelSelector: `{service_name="svc-${i}"}`, start: T0, end: T0 + 2500 };
        const profiles = await r.selectProfiles(ctx, ingester.v1.ProfileSelector.create(sel));
        out[`select ${i} ${type}`] = { series: profiles.series, profiles: [...(profiles.profiles ?? [])].sort((a, b) => Number(a.key!.timestamp) - Number(b.key!.timestamp)) };
        out[`stacks ${i} ${type}`] = flat(await r.mergeStacktraces(ctx, ingester.v1.MergeRequest.create({ selector: sel, keepAll: true })));
        const pprof = await r.mergeProfile(ctx, ingester.v1.MergeRequest.create({ selector: sel, keepAll: true }));
        out[`pprof total ${i} ${type}`] = (pprof.sample ?? []).reduce((a, s) => a + Number(s.value?.[0] ?? 0), 0);
        out[`spans ${i} ${type}`] = flat(await r.mergeStacktraces(ctx, ingester.v1.MergeRequest.create({ selector: sel, keepAll: true, spanSelector: spanIds })));
      }
    }
    return out;
  }

  for (const version of [1, 2] as const) it(`merges three replicas (cut differently, format version ${version}) into one version-2 block whose every read equals the de-duplicated union, at the size of one replica`, async () => {
    const ulids = await replicaBlocks([[], [5], [3, 9]], version);
    const union = new MemoryBucket();
    for (const u of ulids) await uploadBlock(union, dir, TENANT, u);
    const sources = await Promise.all(ulids.map((u) => openBlock(new LocalBlockSource(path.join(dir, u)))));

    const merged = await mergeBlocks(sources);
    expect(merged.stats.sourceProfiles).to.equal(3 * merged.index.profileCount);
    const compacted = new MemoryBucket();
    const { meta, bytes } = await writeBucketBlock(compacted, merged, { tenant: TENANT, nowMs: Date.now(), compaction: compactionOf(sources.map((s) => s.meta), 3_600_000) });
    expect(meta.compaction!.sources).to.deep.equal([...ulids].sort());
    expect(meta.version).to.equal(2);
    expect(sources.map((s) => s.meta.version)).to.deep.equal(ulids.map(() => version));
    // The merged block keeps the span IDs (in its chunks).
    expect((await new BlockReader(meta, new BucketBlockSource(compacted, blockPrefix(TENANT, meta.ulid))).samples()).sampleSpanHi).to.not.equal(undefined);

    const spanIds = spanIdsOf(await sources[0]!.samples());
    expect(spanIds).to.not.be.empty;
    const before = await reads(union, spanIds.slice(0, 3));
    const after = await reads(compacted, spanIds.slice(0, 3));
    expect(after).to.deep.equal(before);
    const stacks = Object.entries(after).filter(([k]) => k.startsWith('stacks')).map(([, v]) => v as string[]);
    expect(stacks.every((v) => v.length > 0 && v.every((line) => !line.includes('undefined')))).to.equal(true);
    // The span-filtered merge selects something, so the comparison covers spans.
    expect(Object.entries(after).some(([k, v]) => k.startsWith('spans 2') && (v as unknown[]).length > 0)).to.equal(true);

    // One replica: the first replica's single block (a version-2 block weighs about what a version-1 block does).
    const oneReplica = sources[0]!.meta.files.reduce((a, f) => a + f.size, 0);
    expect(bytes).to.be.within(oneReplica * 0.8, oneReplica * 1.2);
    // The union read through the v2 block by ranges equals the union read whole: its samples() merge the same.
    const whole = await mergeBlocks([new BlockReader(meta, new BucketBlockSource(compacted, blockPrefix(TENANT, meta.ulid)))]);
    expect(whole.index.profileCount).to.equal(merged.index.profileCount);
  });

  it('merging a merged block with its sources changes nothing (idempotent)', async () => {
    const ulids = await replicaBlocks([[], [6]]);
    const sources = await Promise.all(ulids.map((u) => openBlock(new LocalBlockSource(path.join(dir, u)))));
    const once = await mergeBlocks(sources);
    const again = await mergeBlocks([{ index: async () => once.index, samples: async () => once.samples }, ...sources]);
    expect(again.index.profileCount).to.equal(once.index.profileCount);
    expect(again.stats.duplicates).to.equal(2 * once.index.profileCount);
    expect(again.samples.stackCount).to.equal(once.samples.stackCount);
    expect(again.samples.locations.length).to.equal(once.samples.locations.length);
  });
});

/** A flame graph's (stack, value) pairs as sorted strings, independent of stack order. */
function flat(res: ingester.v1.MergeStacktracesResponse.$Properties): string[] {
  const names = res.names ?? [];
  return (res.stacks ?? []).map((s) => `${(s.nameIds ?? []).map((i) => names[i]).join(';')} ${s.value}`).sort();
}

function spanIdsOf(samples: { sampleSpanHi?: ArrayLike<number>; sampleSpanLo?: ArrayLike<number> }): string[] {
  const out = new Set<string>();
  const hi = samples.sampleSpanHi;
  const lo = samples.sampleSpanLo;
  if (!hi || !lo) return [];
  for (let i = 0; i < hi.length; i++) {
    if (hi[i] === 0 && lo[i] === 0) continue;
    out.add(hi[i]!.toString(16).padStart(8, '0') + lo[i]!.toString(16).padStart(8, '0'));
  }
  return [...out].sort();
}
