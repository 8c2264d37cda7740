import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { Registry } from 'prom-client';
import { push, querier } from '../gen/index.ts';
import { limitsWith } from '../ingest/limits.ts';
import { loadTestProfiles } from '../pprof/testdata.ts';
import type { IngesterRole } from '../roles/ingester/ingester.ts';
import { memoryBucketIngesters } from '../roles/ingester/testing/memory-bucket-role.ts';
import { ApiError } from '../util/errors.ts';
import { createLogger, silentLogger } from '../util/log.ts';
import { gzippedWireBytesOf, wireBytesOf } from './encoded-answer.ts';
import { flameGraphToTree, toTreeBytes } from './flamegraph.ts';
import { keepMergeAhead, MergeAheadSources } from './merge-ahead.ts';
import { allowFailures, QuerierEngine, type QuerySource, type ReadApi } from './querier-engine.ts';
import type { SourceDigests } from './series-pick.ts';
import { StackTree } from './stack-tree.ts';

const ctx = { tenant: 't' };
const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const selector = { profileTypeID: TYPE, labelSelector: '{}', start: 0, end: Number.MAX_SAFE_INTEGER };
const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
const limits = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });
const request = (id: string, service = 'svc', rawProfile = raw) => push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: service }], samples: [{ rawProfile, ID: id }] }] });
/** A CPU profile whose flame graph is large enough to be sent gzip'd (past 1 KiB). */
const largerRaw = loadTestProfiles().find((f) => f.name === 'java-kafka-process_cpu_cpu_nanoseconds_cpu_nanoseconds.pb.gz')!.raw;

describe('merging ahead', () => {
  const ingester = memoryBucketIngesters('merge-ahead-', limits);

  /** The role's read API, recording each call's method name (and whether a merge asked for digests). */
  const recorded = (role: IngesterRole, calls: string[]): ReadApi => ({
    profileTypes: (c, r) => role.profileTypes(c, r),
    labelNames: (c, r) => role.labelNames(c, r),
    labelValues: (c, r) => role.labelValues(c, r),
    series: (c, r) => role.series(c, r),
    selectProfiles: (c, r) => (calls.push('selectProfiles'), role.selectProfiles(c, r)),
    mergeStacktraces: (c, r) => (calls.push(r.withDigests ? 'mergeAhead' : 'merge'), role.mergeStacktraces(c, r)),
    mergeProfile: (c, r) => role.mergeProfile(c, r),
    selectSeriesDigests: (c, r) => (calls.push('digests'), role.selectSeriesDigests(c, r)),
  });

  it('an ingester merging with digests gives the digests and blocks SelectSeriesDigests gives, and the tree a plain merge gives', async () => {
    const role = await ingester('ingester-0');
    await role.push(ctx, request('a'));
    await role.flush(ctx, {} as never);
    await role.push(ctx, request('a')); // in a local block and in the head: one profile, the block's
    await role.push(ctx, request('b'));
    await role.push(ctx, request('c', 'other-svc'));
    const digests = await role.selectSeriesDigests(ctx, { selector, stepMs: Number.MAX_SAFE_INTEGER } as never);
    expect(digests.mergesWithDigests).to.equal(true);
    const ahead = await role.mergeStacktraces(ctx, { selector, keepAll: true, withDigests: true, maxNodes: 0, treeColumns: true } as never);
    expect(ahead.digestsAnswered).to.equal(true);
    const fields = (d: { seriesFingerprint?: string | null; count?: number | null; digestLo?: number | null; digestHi?: number | null; blockCount?: number | null; blockDigestLo?: number | null; blockDigestHi?: number | null; labels?: unknown }) =>
      [d.seriesFingerprint, d.count, d.digestLo, d.digestHi, d.blockCount, d.blockDigestLo, d.blockDigestHi, JSON.stringify(d.labels)];
    const byFp = (l: readonly { seriesFingerprint?: string | null }[]) => [...l].sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));
    expect(byFp(ahead.digests ?? []).map(fields)).to.deep.equal(byFp(digests.series ?? []).map(fields));
    expect(ahead.digests).to.have.length(2);
    expect(ahead.blocks).to.deep.equal(digests.blocks).and.to.have.length(1);
    const plain = await role.mergeStacktraces(ctx, { selector, keepAll: true, maxNodes: 0, treeColumns: true } as never);
    expect(plain.digestsAnswered ?? false).to.equal(false);
    expect(StackTree.fromMergeResponses([ahead]).total).to.equal(StackTree.fromMergeResponses([plain]).total).and.to.be.greaterThan(0);
  });

  it('a querier has the replica that merges the query merge while the others answer digests, once it said it can, with the same flame graph', async () => {
    const calls: string[][] = [[], [], []];
    const sources: QuerySource[] = [];
    for (const i of [0, 1, 2]) {
      const role = await ingester(`ingester-${i}`);
      for (const [id, svc] of [['a', 'x'], ['b', 'y'], ['c', 'x']] as const) await role.push(ctx, request(id, svc));
      sources.push({ name: `ingester-${i}`, api: recorded(role, calls[i]!) });
    }
    const registry = new Registry();
    const e = new QuerierEngine({ sources: () => sources, registry, logger: silentLogger(), failurePolicy: allowFailures(1) });
    const first = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    // The first query learns from the digests that the ingesters can; it merges from them.
    expect(calls.flat().filter((c) => c === 'mergeAhead')).to.deep.equal([]);
    calls.forEach((c) => (c.length = 0));
    const second = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    expect(second).to.deep.equal(first);
    // One replica merged ahead and answered no digests call; the others only answered digests.
    const ahead = calls.findIndex((c) => c.includes('mergeAhead'));
    expect(calls[ahead]).to.deep.equal(['mergeAhead']);
    calls.forEach((c, i) => i !== ahead && expect(c).to.deep.equal(['digests']));
    const kept = (await registry.getSingleMetric('querier_engine_merges_ahead_total')!.get()).values.find((v) => v.labels['result'] === 'kept');
    expect(kept?.value).to.equal(1);
  });

  it('a selector one replica merged whole last time is merged ahead rendered, and its bytes are the answer: the same flame graph and tree bytes', async () => {
    const renders: number[] = [];
    const sources: QuerySource[] = [];
    for (const i of [0, 1, 2]) {
      const role = await ingester(`ingester-${i}`);
      await role.push(ctx, request('a', 'x'));
      await role.flush(ctx, {} as never);
      for (const [id, svc] of [['b', 'y'], ['c', 'x']] as const) await role.push(ctx, request(id, svc));
      const api = recorded(role, []);
      sources.push({ name: `ingester-${i}`, api: { ...api, mergeStacktraces: (c, r) => (r.withDigests && renders.push(Number(r.renderFormat ?? 0)), api.mergeStacktraces(c, r)) } });
    }
    const registry = new Registry();
    const e = new QuerierEngine({ sources: () => sources, registry, logger: silentLogger(), failurePolicy: allowFailures(1) });
    // Read from the digests (one replica merges every series whole), then merged ahead: rendered from then on.
    const flame = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    expect(wireBytesOf(flame)).to.equal(undefined);
    const forwarded = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    expect(renders).to.deep.equal([1]);
    expect(wireBytesOf(forwarded)).to.be.instanceOf(Uint8Array);
    expect(forwarded).to.deep.equal(flame);
    const tree = await e.selectMergeStacktraces(ctx, { ...selector, format: 2 } as never);
    expect(renders).to.deep.equal([1, 2]);
    expect(wireBytesOf(tree)).to.be.instanceOf(Uint8Array);
    expect(flameGraphToTree(flame.flamegraph!).total).to.equal(Number(flame.flamegraph!.total));
    expect(Buffer.from(tree.tree!)).to.deep.equal(Buffer.from(toTreeBytes(flameGraphToTree(flame.flamegraph!), 8192)));
    const rendered = (await registry.getSingleMetric('querier_engine_rendered_answers_total')!.get()).values.find((v) => v.labels['method'] === 'selectMergeStacktraces');
    expect(rendered?.value).to.equal(2);
  });

  it('for a client that takes gzip, the rendered answer is asked gzip\'d and forwarded as those bytes; a replica that ignores render_gzip answers plain', async () => {
    for (const ignoresGzip of [false, true]) {
      const asked: boolean[] = [];
      const sources: QuerySource[] = [];
      for (const i of [0, 1, 2]) {
        const role = await ingester(`ingester-${ignoresGzip}-${i}`);
        for (const [id, svc] of [['a', 'x'], ['b', 'y']] as const) await role.push(ctx, request(id, svc, largerRaw));
        const api = recorded(role, []);
        sources.push({
          name: `ingester-${i}`,
          api: { ...api, mergeStacktraces: (c, r) => (r.renderFormat && asked.push(r.renderGzip === true), api.mergeStacktraces(c, ignoresGzip ? ({ ...r, renderGzip: false } as never) : r)) },
        });
      }
      const e = new QuerierEngine({ sources: () => sources, registry: new Registry(), logger: silentLogger(), failurePolicy: allowFailures(1) });
      const gzipClient = { ...ctx, answerMayBeGzipped: true };
      const plain = await e.selectMergeStacktraces(gzipClient, { ...selector } as never);
      const forwarded = await e.selectMergeStacktraces(gzipClient, { ...selector } as never);
      expect(asked).to.deep.equal([true]);
      const gzipped = gzippedWireBytesOf(forwarded);
      if (ignoresGzip) expect(gzipped).to.equal(undefined);
      else expect(Buffer.from(gunzipSync(gzipped!))).to.deep.equal(Buffer.from(querier.v1.SelectMergeStacktracesResponse.encode(plain).finish()));
      // Read as a message (a client without gzip, JSON): the same flame graph either way.
      expect(forwarded).to.deep.equal(plain);
      expect(Buffer.from(wireBytesOf(forwarded)!)).to.deep.equal(Buffer.from(querier.v1.SelectMergeStacktracesResponse.encode(plain).finish()));
      // A client that does not take gzip has it rendered plain.
      const notGzip = await e.selectMergeStacktraces(ctx, { ...selector } as never);
      expect(asked).to.deep.equal([true, false]);
      expect(gzippedWireBytesOf(notGzip)).to.equal(undefined);
      expect(notGzip).to.deep.equal(plain);
      // -querier.max-response-bytes counts a gzip'd answer's size inflated (its trailer's), not its size on the wire.
      const size = querier.v1.SelectMergeStacktracesResponse.encode(plain).finish().length;
      const limited = new QuerierEngine({ sources: () => sources, registry: new Registry(), logger: silentLogger(), failurePolicy: allowFailures(1), maxResponseBytes: size - 1 });
      for (let i = 0; i < 2; i++) {
        const err = await limited.selectMergeStacktraces(gzipClient, { ...selector } as never).then(() => undefined, (e: unknown) => e);
        expect(err).to.be.instanceOf(ApiError);
        expect((err as ApiError).message).to.include(`answer is ${size} bytes: limit -querier.max-response-bytes (${size - 1}) exceeded`);
      }
      expect(asked).to.deep.equal([true, false, true]);
    }
  });

  it('a replica of an earlier version, which ignores render_format and answers a tree, has its merge ahead kept and rendered by the querier', async () => {
    const sources: QuerySource[] = [];
    for (const i of [0, 1, 2]) {
      const role = await ingester(`ingester-${i}`);
      for (const [id, svc] of [['a', 'x'], ['b', 'y']] as const) await role.push(ctx, request(id, svc));
      const api = recorded(role, []);
      // As before render_format existed: the field is not read.
      sources.push({ name: `ingester-${i}`, api: { ...api, mergeStacktraces: (c, r) => api.mergeStacktraces(c, { ...r, renderFormat: 0 } as never) } });
    }
    const registry = new Registry();
    const e = new QuerierEngine({ sources: () => sources, registry, logger: silentLogger(), failurePolicy: allowFailures(1) });
    const first = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    const second = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    expect(wireBytesOf(second)).to.equal(undefined);
    expect(second).to.deep.equal(first);
    const kept = (await registry.getSingleMetric('querier_engine_merges_ahead_total')!.get()).values.find((v) => v.labels['result'] === 'kept');
    expect(kept?.value).to.equal(1);
    expect((await registry.getSingleMetric('querier_engine_rendered_answers_total')!.get()).values.reduce((n, v) => n + v.value, 0)).to.equal(0);
  });

  it('a rendered merge ahead is discarded when another replica holds a series it lacks: both series merged as planned, each profile once', async () => {
    const calls: string[][] = [[], [], []];
    const roles3: IngesterRole[] = [];
    const sources: QuerySource[] = [];
    for (const i of [0, 1, 2]) {
      const role = await ingester(`ingester-${i}`);
      await role.push(ctx, request('a', 'x'));
      roles3.push(role);
      const api = recorded(role, calls[i]!);
      sources.push({ name: `ingester-${i}`, api: { ...api, mergeStacktraces: (c, r) => (r.renderFormat && calls[i]!.push('rendered'), api.mergeStacktraces(c, r)) } });
    }
    const registry = new Registry();
    const e = new QuerierEngine({ sources: () => sources, registry, logger: silentLogger(), failurePolicy: allowFailures(1) });
    const one = Number((await e.selectMergeStacktraces(ctx, { ...selector } as never)).flamegraph!.total);
    await e.selectMergeStacktraces(ctx, { ...selector } as never);
    const ahead = calls.findIndex((c) => c.includes('mergeAhead'));
    // A push acknowledged by two replicas of three, not by the one merging ahead: a series only they hold.
    for (const [i, role] of roles3.entries()) if (i !== ahead) await role.push(ctx, request('b', 'y'));
    calls.forEach((c) => (c.length = 0));
    const answer = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    expect(calls[ahead]).to.include.members(['mergeAhead', 'rendered', 'merge']);
    expect(wireBytesOf(answer)).to.equal(undefined);
    expect(Number(answer.flamegraph!.total)).to.equal(2 * one);
    const discarded = (await registry.getSingleMetric('querier_engine_merges_ahead_total')!.get()).values.find((v) => v.labels['result'] === 'discarded');
    expect(discarded?.value).to.equal(1);
    // The next read of the selector merges ahead as a tree, which the other replica's series is added to.
    calls.forEach((c) => (c.length = 0));
    expect(Number((await e.selectMergeStacktraces(ctx, { ...selector } as never)).flamegraph!.total)).to.equal(2 * one);
    expect(calls[ahead]).to.deep.equal(['mergeAhead']);
  });

  it('a merge ahead that fails is logged with its error, and the query reads that replica\'s digests and answers the same', async () => {
    const sources: QuerySource[] = [];
    let failAhead = false;
    for (const i of [0, 1, 2]) {
      const role = await ingester(`ingester-${i}`);
      for (const [id, svc] of [['a', 'x'], ['b', 'y']] as const) await role.push(ctx, request(id, svc));
      const api = recorded(role, []);
      sources.push({
        name: `ingester-${i}`,
        api: { ...api, mergeStacktraces: (c, r) => (r.withDigests && failAhead ? Promise.reject(new Error('ingester went away', { cause: new Error('socket hang up') })) : api.mergeStacktraces(c, r)) },
      });
    }
    const lines: string[] = [];
    const logger = createLogger('test', { stream: new PassThrough().on('data', (b: Buffer) => lines.push(...b.toString('utf8').split('\n').filter(Boolean))), level: 'warn' });
    const e = new QuerierEngine({ sources: () => sources, registry: new Registry(), logger, failurePolicy: allowFailures(1) });
    const first = await e.selectMergeStacktraces(ctx, { ...selector } as never);
    failAhead = true;
    expect(await e.selectMergeStacktraces(ctx, { ...selector } as never)).to.deep.equal(first);
    const warned = lines.map((l) => JSON.parse(l) as { message: string; err?: { message?: string; cause?: { message?: string } } }).find((l) => l.message === 'merge ahead failed on a source; its series digests are read instead');
    expect(warned?.err?.message, lines.join('\n')).to.equal('ingester went away');
    expect(warned?.err?.cause?.message).to.equal('socket hang up');
  });

  it('a query refused for its series count never has a replica merge ahead, the first time or after', async () => {
    const calls: string[] = [];
    const sources: QuerySource[] = [];
    for (const i of [0, 1, 2]) {
      const role = await ingester(`ingester-${i}`);
      for (const [id, svc] of [['a', 'x'], ['b', 'y']] as const) await role.push(ctx, request(id, svc));
      sources.push({ name: `ingester-${i}`, api: recorded(role, calls) });
    }
    const e = new QuerierEngine({ sources: () => sources, registry: new Registry(), logger: silentLogger(), failurePolicy: allowFailures(1), maxSeriesPerQuery: 1 });
    for (let i = 0; i < 2; i++) {
      const error = await e.selectMergeStacktraces(ctx, { ...selector } as never).then(() => undefined, (err: unknown) => err);
      expect(error).to.have.property('code', 'invalid_argument');
    }
    expect(calls.filter((c) => c.startsWith('merge'))).to.deep.equal([]);
    // Within the limit, the same selector is merged ahead from its second read on.
    const within = new QuerierEngine({ sources: () => sources, registry: new Registry(), logger: silentLogger(), failurePolicy: allowFailures(1), maxSeriesPerQuery: 2 });
    await within.selectMergeStacktraces(ctx, { ...selector } as never);
    expect(calls.filter((c) => c === 'mergeAhead')).to.deep.equal([]);
    await within.selectMergeStacktraces(ctx, { ...selector, start: 1 } as never);
    expect(calls.filter((c) => c === 'mergeAhead')).to.deep.equal(['mergeAhead']);
  });

  it('a replica merging ahead that holds a profile the others lack has its merge discarded, and every profile counts once', async () => {
    const roles3: IngesterRole[] = [];
    const sources: QuerySource[] = [];
    for (const i of [0, 1, 2]) {
      const role = await ingester(`ingester-${i}`);
      await role.push(ctx, request('a'));
      roles3.push(role);
      sources.push({ name: `ingester-${i}`, api: recorded(role, []) });
    }
    const registry = new Registry();
    const e = new QuerierEngine({ sources: () => sources, registry, logger: silentLogger(), failurePolicy: allowFailures(1) });
    const one = Number((await e.selectMergeStacktraces(ctx, { ...selector } as never)).flamegraph!.total);
    // Every replica gets one more profile of its own: each series now differs on every replica.
    for (const [i, role] of roles3.entries()) await role.push(ctx, request(`only-${i}`));
    const total = Number((await e.selectMergeStacktraces(ctx, { ...selector } as never)).flamegraph!.total);
    expect(total).to.equal(4 * one);
    const discarded = (await registry.getSingleMetric('querier_engine_merges_ahead_total')!.get()).values.find((v) => v.labels['result'] === 'discarded');
    expect(discarded?.value).to.equal(1);
  });
});

describe('keepMergeAhead', () => {
  const d = (fp: string, count: number, lo: number, extra: Record<string, number> = {}) => ({ seriesFingerprint: fp, count, digestLo: lo, digestHi: lo, ...extra });
  const answers = (ahead: ReturnType<typeof d>[]): SourceDigests[] => [
    { source: 'ingester-0', fallback: false, series: ahead },
    { source: 'ingester-1', fallback: false, series: [d('x', 2, 7), d('y', 1, 3), d('z', 1, 4)] },
    { source: 'bucket', fallback: true, series: [d('x', 1, 5), d('old', 3, 9)] },
  ];

  it('keeps a merge whose every series is agreed on, and leaves the series it does not hold to plan', () => {
    const kept = keepMergeAhead(answers([d('x', 2, 7, { blockCount: 1, blockDigestLo: 5, blockDigestHi: 5 }), d('y', 1, 3)]), 'ingester-0');
    expect(kept).to.not.equal(undefined);
    expect(kept!.profiles).to.equal(3);
    expect(kept!.seriesCount).to.equal(4); // x, y, z, old
    expect(kept!.rest.map((a) => [a.source, a.series.map((s) => s.seriesFingerprint)])).to.deep.equal([['ingester-1', ['z']], ['bucket', ['old']]]);
  });

  it('discards a merge holding a series the sources disagree on: another count, or a bucket holding more than its blocks', () => {
    expect(keepMergeAhead(answers([d('x', 2, 7, { blockCount: 1, blockDigestLo: 5, blockDigestHi: 5 }), d('y', 2, 3)]), 'ingester-0')).to.equal(undefined);
    expect(keepMergeAhead(answers([d('x', 2, 7), d('y', 1, 3)]), 'ingester-0')).to.equal(undefined);
    expect(keepMergeAhead(answers([]), 'ingester-9')).to.equal(undefined);
  });
});

describe('MergeAheadSources', () => {
  it('allows merging ahead only for a selector read before within the series limit, and forgets the oldest past 10,000', () => {
    const m = new MergeAheadSources();
    expect(m.withinLimit('t\u0000cpu\u0000{}', 0)).to.equal(false);
    m.selected('t\u0000cpu\u0000{}', 5);
    expect(m.withinLimit('t\u0000cpu\u0000{}', 0)).to.equal(true);
    expect(m.withinLimit('t\u0000cpu\u0000{}', 5)).to.equal(true);
    expect(m.withinLimit('t\u0000cpu\u0000{}', 4)).to.equal(false);
    for (let i = 0; i < 10_000; i++) m.selected(`other-${i}`, 1);
    expect(m.withinLimit('t\u0000cpu\u0000{}', 0)).to.equal(false);
    expect(m.withinLimit('other-9999', 0)).to.equal(true);
  });

  const api = { selectSeriesDigests: async () => ({}) } as unknown as ReadApi;
  const sources: QuerySource[] = [
    { name: 'ingester-2', api },
    { name: 'ingester-0', api },
    { name: 'ingester-1', api },
    { name: 'bucket', api, fallback: true },
  ];

  it('picks none until an ingester says it merges with digests, then the first able in the query\'s rotated name order', () => {
    const m = new MergeAheadSources();
    expect(m.pick(sources, 1)).to.equal(undefined);
    for (const s of ['ingester-0', 'ingester-1', 'ingester-2', 'bucket']) m.heard(s, true);
    expect(m.pick(sources, 0)!.name).to.equal('ingester-0');
    expect(m.pick(sources, 1)!.name).to.equal('ingester-1');
    expect(m.pick(sources, 5)!.name).to.equal('ingester-2');
    m.heard('ingester-1', false); // rolled back to an earlier version
    expect(m.pick(sources, 1)!.name).to.equal('ingester-2');
  });
});
