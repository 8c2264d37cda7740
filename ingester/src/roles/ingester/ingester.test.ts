import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { push } from '../../gen/index.ts';
import { limitsWith } from '../../ingest/limits.ts';
import { normalizePush } from '../../ingest/normalize.ts';
import { loadTestProfiles } from '../../pprof/testdata.ts';
import { MemoryBucket } from '../../storage/objstore/memory.ts';
import { IngesterStorage } from '../../storage/store.ts';
import { ApiError } from '../../util/errors.ts';
import { ManualClock } from '../../util/clock.ts';
import { silentLogger } from '../../util/log.ts';
import { StackTree } from '../../query/stack-tree.ts';
import { SeriesDigestBuilder } from '../../query/series-digest.ts';
import { IngesterRole } from './ingester.ts';
import { decodePushRecord } from './wal-record.ts';

describe('IngesterRole', () => {
  let dir: string;
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
  const limits = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });
  const request = (id: string) => push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'svc' }], samples: [{ rawProfile: raw, ID: id }] }] });
  const ctx = { tenant: 't' };

  const build = (registry = new Registry(), extra: { defaultMaxNodes?: number } = {}, localRetentionMs = 0) => {
    const clock = new ManualClock();
    const storage = new IngesterStorage(
      { dataDir: dir, maxBlockDurationMs: 3_600_000, maxBlockBytes: 1 << 30, localRetentionMs, walSegmentBytes: 1 << 20, uploadMinBackoffMs: 5, uploadMaxBackoffMs: 20 },
      {
        bucket: new MemoryBucket(), logger: silentLogger(), registry, clock,
        decodeRecord: (payload) => {
          const r = decodePushRecord(payload);
          return { tenant: r.tenant, profiles: normalizePush(r.tenant, r.request, limits, r.receivedAtMs) };
        },
      },
    );
    return new IngesterRole({ id: 'ingester-0', storage, normalize: normalizePush, limits: () => limits, clock, logger: silentLogger(), registry, tickIntervalMs: 60_000, ...extra });
  };
  const metric = async (registry: Registry, name: string) => (await registry.getSingleMetric(name)!.get()).values.reduce((a, v) => a + v.value, 0);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'role-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is not ready and refuses writes (UNAVAILABLE) until its WAL is replayed', async () => {
    const role = build();
    expect(role.notReadyReasons()).to.deep.equal(['replaying the WAL']);
    expect(role.status().state).to.equal('PENDING');
    let error: unknown;
    await role.push(ctx, request('a')).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(ApiError).with.property('code', 'unavailable');
    await role.start();
    expect(role.notReadyReasons()).to.deep.equal([]);
    expect(role.status().state).to.equal('ACTIVE');
    await role.stop();
  });

  it('combines readiness checks and takes its ring state from the hook when one is set', async () => {
    const role = build();
    await role.start();
    let ringReady = false;
    role.addReadinessCheck(() => (ringReady ? undefined : 'not ACTIVE in the ring'));
    expect(role.notReadyReasons()).to.deep.equal(['not ACTIVE in the ring']);
    ringReady = true;
    expect(role.notReadyReasons()).to.deep.equal([]);
    role.setStateProvider(() => 'JOINING');
    expect(role.status().state).to.equal('JOINING');
    await role.stop();
  });

  it('rejects bad input before anything reaches the WAL', async () => {
    const registry = new Registry();
    const role = build(registry);
    await role.start();
    const bad = push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'svc' }], samples: [{ rawProfile: Buffer.from('not a profile'), ID: 'x' }] }] });
    let error: unknown;
    await role.push(ctx, bad).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(ApiError).with.property('code', 'invalid_argument');
    expect(await metric(registry, 'ingester_wal_records_written_total')).to.equal(0);
    await role.push(ctx, request('good'));
    expect(await metric(registry, 'ingester_wal_records_written_total')).to.equal(1);
    await role.stop();
  });

  it('answers a SelectMergeStacktraces that sets no max_nodes (0 on the wire) truncated to its default, never whole', async () => {
    const role = build(new Registry(), { defaultMaxNodes: 10 });
    await role.start();
    await role.push(ctx, request('a'));
    const select = { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', labelSelector: '{}', start: 0, end: Number.MAX_SAFE_INTEGER };
    const nodes = async (maxNodes: number): Promise<number> => {
      const fg = (await role.selectMergeStacktraces(ctx, { ...select, maxNodes } as never)).flamegraph!;
      return (fg.levels ?? []).reduce((n, l) => n + (l.values?.length ?? 0) / 4, 0);
    };
    expect(await nodes(1_000_000), 'the whole flame graph').to.be.above(30);
    // The root, 10 kept nodes and at most one "other" under the root and under each kept node.
    expect(await nodes(0)).to.be.at.most(1 + 10 + 11);
    await role.stop();
  });

  it('merges only the kept profiles, answers tree columns when asked, and names the kept profiles it does not hold', async () => {
    const role = build();
    await role.start();
    await role.push(ctx, request('a'));
    await role.push(ctx, request('b'));
    const selector = { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', labelSelector: '{}', start: 0, end: Number.MAX_SAFE_INTEGER };
    const listed = await role.selectProfiles(ctx, selector as never);
    const a = listed.profiles!.find((p) => p.key!.id === 'a')!;
    // A profile listed before and gone since (its local block removed after its upload) is named, not skipped silently.
    const gone = { seriesFingerprint: a.key!.seriesFingerprint!, timestamp: a.key!.timestamp!, id: 'gone' };
    const answer = await role.mergeStacktraces(ctx, { selector, keep: [a.key, gone], keepAll: false, maxNodes: 0, treeColumns: true } as never);
    expect(answer.stacks ?? []).to.have.length(0);
    expect(answer.missing).to.deep.equal([gone]);
    const tree = StackTree.fromMergeResponses([answer]);
    expect(tree.total).to.equal(Number(a.value));
    const stacks = await role.mergeStacktraces(ctx, { selector, keep: [a.key], keepAll: false, maxNodes: 0 } as never);
    expect(StackTree.fromMergeResponses([stacks]).total).to.equal(Number(a.value));
    expect(stacks.missing).to.deep.equal([]);
    await role.stop();
  });

  it('answers series digests over its head and local blocks, a profile in both counted once, the block part apart', async () => {
    const role = build(new Registry(), {}, 3_600_000);
    await role.start();
    await role.push(ctx, request('a'));
    await role.flush(ctx, {} as never);
    await role.push(ctx, request('a')); // pushed again after the cut: now in the head and in a local block
    await role.push(ctx, request('b'));
    const selector = { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', labelSelector: '{}', start: 0, end: Number.MAX_SAFE_INTEGER };
    const listed = await role.selectProfiles(ctx, selector as never);
    expect(listed.profiles!.map((p) => p.key!.id).sort()).to.deep.equal(['a', 'b']);
    const answer = await role.selectSeriesDigests(ctx, { selector, stepMs: 1e12 } as never);
    expect(answer.series).to.have.length(1);
    const d = answer.series![0]!;
    const expected = new SeriesDigestBuilder('', []);
    for (const p of listed.profiles!) expected.add(Number(p.key!.timestamp), p.key!.id!, 0, undefined, p.key!.id === 'a');
    expect([d.count, d.digestLo, d.digestHi, d.blockCount, d.blockDigestLo, d.blockDigestHi]).to.deep.equal([2, expected.lo, expected.hi, 1, expected.blockLo, expected.blockHi]);
    expect(d.stepSum!.reduce((a, b) => a + b, 0)).to.equal(listed.profiles!.reduce((a, p) => a + Number(p.value), 0));
    expect(d.stepCount!.reduce((a, b) => a + Number(b), 0)).to.equal(2);
    // The local block it read is named, so that the querier does not read its copy in the bucket again.
    expect(answer.blocks).to.have.length(1);
    // Asked for some label names only (SelectSeries' group_by), the digests carry only those, the rest the same.
    const named = (await role.selectSeriesDigests(ctx, { selector, stepMs: 1e12, onlyLabelNames: true, labelNames: ['service_name', 'absent'] } as never)).series![0]!;
    expect(named.labels!.labels!.map((l) => [l.name, l.value])).to.deep.equal([['service_name', 'svc']]);
    expect({ ...named, labels: undefined }).to.deep.equal({ ...d, labels: undefined });
    expect(d.labels!.labels!.length).to.be.greaterThan(1);
    // Its own SelectSeries and flame graph count the profile in both once too.
    const total = listed.profiles!.reduce((a, p) => a + Number(p.value), 0);
    const series = await role.selectSeries(ctx, { ...selector, step: 1e9, groupBy: [] } as never);
    expect(series.series!.flatMap((s) => s.points ?? []).reduce((a, p) => a + Number(p.value), 0)).to.equal(total);
    const flame = await role.selectMergeStacktraces(ctx, { ...selector, maxNodes: 0 } as never);
    expect(Number(flame.flamegraph!.total)).to.equal(total);
    await role.stop();
  });

  it('merges whole series (keep_series) when it holds what its digest said, and names those it does not without merging them', async () => {
    const role = build(new Registry(), {}, 3_600_000);
    await role.start();
    await role.push(ctx, request('a'));
    await role.flush(ctx, {} as never);
    await role.push(ctx, request('a')); // in a local block and in the head: one profile
    await role.push(ctx, request('b'));
    const selector = { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', labelSelector: '{}', start: 0, end: Number.MAX_SAFE_INTEGER };
    const listed = await role.selectProfiles(ctx, selector as never);
    const total = listed.profiles!.reduce((n, p) => n + Number(p.value), 0);
    const d = (await role.selectSeriesDigests(ctx, { selector, stepMs: 1e12 } as never)).series![0]!;
    const asHeld = { seriesFingerprint: d.seriesFingerprint, count: d.count, digestLo: d.digestLo, digestHi: d.digestHi };
    const whole = await role.mergeStacktraces(ctx, { selector, keepSeries: [asHeld], maxNodes: 0, treeColumns: true } as never);
    expect([whole.seriesKept, whole.missingSeries, whole.missing]).to.deep.equal([true, [], []]);
    expect(StackTree.fromMergeResponses([whole]).total).to.equal(total);
    // A profile pushed (or a block removed) since the digest: the series is named and nothing of it merged.
    await role.push(ctx, request('c'));
    const changed = await role.mergeStacktraces(ctx, { selector, keepSeries: [asHeld], maxNodes: 0, treeColumns: true } as never);
    expect([changed.seriesKept, changed.missingSeries]).to.deep.equal([true, [d.seriesFingerprint]]);
    expect(StackTree.fromMergeResponses([changed]).total).to.equal(0);
    // A request without keep_series (a querier of an earlier version) gets no series_kept.
    const byKeys = await role.mergeStacktraces(ctx, { selector, keep: [listed.profiles![0]!.key], maxNodes: 0, treeColumns: true } as never);
    expect([byKeys.seriesKept ?? false, byKeys.missingSeries ?? []]).to.deep.equal([false, []]);
    await role.stop();
  });

  it('stops each read between series once its deadline has passed, in its head and in its local blocks', async () => {
    const role = build(new Registry(), {}, 3_600_000);
    await role.start();
    // More series than a loop walks between two looks at the clock (256), half of them cut into a local block.
    const services = Array.from({ length: 600 }, (_, i) => `svc-${i}`);
    const pushAll = (names: string[]) => role.push(ctx, push.v1.PushRequest.create({ series: names.map((n) => ({ labels: [{ name: 'service_name', value: n }], samples: [{ rawProfile: raw, ID: n }] })) }));
    await pushAll(services.slice(0, 300));
    await role.flush(ctx, {} as never);
    await pushAll(services.slice(300));
    const selector = { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', labelSelector: '{}', start: 0, end: Number.MAX_SAFE_INTEGER };
    const reads = (c: typeof ctx & { deadline?: number }) => [
      role.series(c, { matchers: [], labelNames: [] } as never),
      role.labelNames(c, { matchers: [] } as never),
      role.selectProfiles(c, selector as never),
      role.selectSeriesDigests(c, { selector, stepMs: 1e12 } as never),
      role.mergeStacktraces(c, { selector, keepAll: true, maxNodes: 0 } as never),
      role.selectSeries(c, { ...selector, step: 1e12 } as never),
    ];
    for (const read of reads({ ...ctx, deadline: Date.now() - 1 })) {
      const err = await read.then(() => undefined, (e: unknown) => e);
      expect(err, 'a read past its deadline').to.be.instanceOf(ApiError).with.property('code', 'deadline_exceeded');
    }
    // Within the deadline, the same reads answer.
    for (const read of reads({ ...ctx, deadline: Date.now() + 60_000 })) await read;
    await role.stop();
  });

  it('after flushAndStopWrites refuses writes, still serves reads, and reports LEAVING and flushed', async () => {
    const role = build();
    await role.start();
    await role.push(ctx, request('a'));
    const blocks = await role.flushAndStopWrites();
    expect(blocks).to.have.length(1);
    let error: unknown;
    await role.push(ctx, request('b')).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(ApiError).with.property('code', 'unavailable');
    expect((await role.labelValues(ctx, { name: 'service_name' } as never)).names).to.deep.equal(['svc']);
    expect(role.status()).to.include({ id: 'ingester-0', state: 'LEAVING', flushed: true, blocksPendingUpload: 0, uploadFailing: false, lastUploadError: null });
    await role.stop();
  });

  it('includes a push accepted just before a leave in the flush, so the head ends empty', async () => {
    const role = build();
    await role.start();
    const pushing = role.push(ctx, request('late'));
    const leaving = role.flushAndStopWrites();
    await pushing;
    expect(await leaving).to.have.length(1);
    expect(role.status()).to.include({ flushed: true, headBytes: 0 });
    await role.stop();
  });
});
