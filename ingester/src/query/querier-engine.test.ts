import { expect } from 'chai';
import { Registry } from 'prom-client';
import type { google, ingester } from '../gen/index.ts';
import { ApiError, unavailable } from '../util/errors.ts';
import { silentLogger } from '../util/log.ts';
import { profileKey } from './dedup.ts';
import { flameGraphToTree, fromTreeBytes } from './flamegraph.ts';
import { mergeProfiles } from './pprof-merge.ts';
import { treeFromPprof } from './profile-tree.ts';
import { QuerierEngine, allowFailures, type QuerySource, type ReadApi } from './querier-engine.ts';
import { STANDBY_NAMES_MAX_AGE_MS } from './named-blocks.ts';
import { matchesSelector, parseSelector, parseSelectors, matchesAnySelector } from './selector.ts';
import { labelsKey } from './series.ts';
import { digestsOfListing, SeriesDigestBuilder, lastStepOf, stepOf } from './series-digest.ts';
import { StackTree } from './stack-tree.ts';

const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const ctx = { tenant: 'anonymous' };

interface Stored {
  service: string;
  ts: number;
  id: string;
  stacks: [string, number][];
}

const labelsOf = (p: Stored) => [
  { name: '__name__', value: 'process_cpu' },
  { name: '__profile_type__', value: CPU },
  { name: 'service_name', value: p.service },
];

function pprofOf(p: Stored): google.v1.Profile.$Properties {
  const strings = ['', 'cpu', 'nanoseconds'];
  const names = [...new Set(p.stacks.flatMap(([s]) => s.split(';')))];
  for (const n of names) strings.push(n);
  const id = (n: string) => names.indexOf(n) + 1;
  return {
    sampleType: [{ type: 1, unit: 2 }],
    stringTable: strings,
    function: names.map((n, i) => ({ id: i + 1, name: i + 3 })),
    location: names.map((_, i) => ({ id: i + 1, line: [{ functionId: i + 1 }] })),
    sample: p.stacks.map(([s, v]) => ({ locationId: s.split(';').reverse().map(id), value: [v] })),
  };
}

/** A plain-object source over a list of stored profiles, behaving as an ingester does. */
function fakeSource(stored: Stored[], calls: string[] = []): ReadApi {
  const fp = (p: Stored) => labelsKey(labelsOf(p));
  const select = (s: ingester.v1.ProfileSelector.$Properties) => {
    const m = parseSelector(s.labelSelector ?? '');
    return stored.filter((p) => p.ts >= Number(s.start) && p.ts <= Number(s.end) && s.profileTypeID === CPU && matchesSelector(m, labelsOf(p)));
  };
  const kept = (req: ingester.v1.MergeRequest) => {
    const keys = new Set((req.keep ?? []).map(profileKey));
    return select(req.selector ?? {}).filter((p) => req.keepAll || keys.has(profileKey({ seriesFingerprint: fp(p), timestamp: p.ts, id: p.id })));
  };
  const matching = (matchers: string[] | null | undefined) => {
    const sel = parseSelectors(matchers ?? []);
    return stored.filter((p) => matchesAnySelector(sel, labelsOf(p)));
  };
  return {
    async profileTypes() {
      calls.push('profileTypes');
      return { profileTypes: stored.length ? [{ ID: CPU }] : [] };
    },
    async labelNames(_c, req) {
      calls.push('labelNames');
      return { names: [...new Set(matching(req.matchers).flatMap((p) => labelsOf(p).map((l) => l.name)))] };
    },
    async labelValues(_c, req) {
      calls.push('labelValues');
      return { names: [...new Set(matching(req.matchers).flatMap((p) => labelsOf(p).filter((l) => l.name === req.name).map((l) => l.value)))] };
    },
    async series(_c, req) {
      calls.push('series');
      return { labelsSet: matching(req.matchers).map((p) => ({ labels: labelsOf(p) })) };
    },
    async selectProfiles(_c, req) {
      calls.push('selectProfiles');
      const ps = select(req);
      const series = [...new Map(ps.map((p) => [fp(p), labelsOf(p)])).values()];
      const index = series.map((l) => labelsKey(l));
      return {
        series: series.map((labels) => ({ labels })),
        profiles: ps.map((p) => ({
          key: { seriesFingerprint: fp(p), timestamp: p.ts, id: p.id },
          value: p.stacks.reduce((s, [, v]) => s + v, 0),
          seriesIndex: index.indexOf(fp(p)),
        })),
      };
    },
    async mergeStacktraces(_c, req) {
      calls.push(`mergeStacktraces:${req.keep?.length ?? 0}`);
      const t = new StackTree();
      for (const p of kept(req)) for (const [s, v] of p.stacks) t.addStack(s.split(';'), v);
      return t.toMergeResponse();
    },
    async mergeProfile(_c, req) {
      calls.push(`mergeProfile:${req.keep?.length ?? 0}`);
      return mergeProfiles(kept(req).map(pprofOf));
    },
  };
}

function failing(message = 'connection refused'): ReadApi {
  const fail = async (): Promise<never> => {
    throw unavailable(message);
  };
  return { profileTypes: fail, labelNames: fail, labelValues: fail, series: fail, selectProfiles: fail, mergeStacktraces: fail, mergeProfile: fail };
}

function engine(sources: QuerySource[], opts: { maxFailed?: number; withinMs?: number; now?: number; registry?: Registry } = {}): QuerierEngine {
  return new QuerierEngine({
    sources: () => sources,
    registry: opts.registry ?? new Registry(),
    logger: silentLogger(),
    failurePolicy: allowFailures(opts.maxFailed ?? 1),
    ...(opts.withinMs !== undefined ? { queryIngestersWithinMs: opts.withinMs } : {}),
    ...(opts.now !== undefined ? { now: () => opts.now! } : {}),
  });
}

const pushed: Stored[] = [
  { service: 'checkout', ts: 1000, id: 'a', stacks: [['main;work', 5], ['main;idle', 1]] },
  { service: 'checkout', ts: 2000, id: 'b', stacks: [['main;work', 3]] },
  { service: 'cart', ts: 2500, id: 'c', stacks: [['main;scan', 7]] },
  { service: 'cart', ts: 9000, id: 'd', stacks: [['main;scan', 100]] }, // outside the queried range
];
const total = 5 + 1 + 3 + 7;
const replicas = (stored: Stored[] = pushed): QuerySource[] => ['ingester-0', 'ingester-1', 'ingester-2'].map((name) => ({ name, api: fakeSource(stored) }));
const select = { profileTypeID: CPU, labelSelector: '{}', start: 0, end: 5000 };

async function metricValue(registry: Registry, name: string): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
  return (m?.values ?? []).reduce((n, v) => n + Number(v.value), 0);
}

async function flameTotal(e: QuerierEngine, labelSelector = '{}'): Promise<number> {
  const r = await e.selectMergeStacktraces(ctx, { ...select, labelSelector } as never);
  return Number(r.flamegraph?.total);
}

/**
 * An ingester as it answers SelectSeriesDigests: the real digest builder over its stored profiles, those
 * whose IDs are in `inBlocks` counted as in local blocks (cut and uploaded).
 */
function digestSource(stored: Stored[], calls: string[], inBlocks: readonly string[] = [], opts: { allLabels?: boolean; requests?: ingester.v1.SeriesDigestsRequest[] } = {}): ReadApi {
  const base = fakeSource(stored, calls);
  return {
    ...base,
    async selectSeriesDigests(c, req) {
      calls.push('selectSeriesDigests');
      opts.requests?.push(req);
      // As a current ingester: only the label names asked for, when asked (allLabels: one of an earlier version).
      const only = req.onlyLabelNames && !opts.allLabels ? new Set(req.labelNames ?? []) : undefined;
      const sel = req.selector ?? {};
      const listing = await base.selectProfiles(c, sel as never);
      calls.pop(); // the listing above is this fake's means, not a call the querier made
      const stepMs = Number(req.stepMs);
      const start = Number(sel.start);
      const builders = new Map<string, SeriesDigestBuilder>();
      for (const ref of listing.profiles ?? []) {
        const fp = ref.key!.seriesFingerprint!;
        let b = builders.get(fp);
        const labels = (listing.series![ref.seriesIndex!]!.labels ?? []) as { name: string; value: string }[];
        if (!b) builders.set(fp, (b = new SeriesDigestBuilder(fp, only ? labels.filter((l) => only.has(l.name)) : labels)));
        const t = Number(ref.key!.timestamp);
        b.add(t, ref.key!.id!, Number(ref.value), stepOf(t, start, stepMs, lastStepOf(start, Number(sel.end), stepMs)), inBlocks.includes(ref.key!.id!));
      }
      return { series: [...builders.values()].map((b) => b.toProto()) };
    },
  };
}

/**
 * An ingester of this version: digests as digestSource, and MergeStacktraces that merges whole series
 * (keep_series) when it still holds what its digest said. `lost`: profiles it no longer holds by phase two.
 */
function seriesSource(stored: Stored[], calls: string[], inBlocks: readonly string[] = [], lost: readonly Stored[] = [], digestOpts: Parameters<typeof digestSource>[3] = {}): ReadApi {
  const base = digestSource(stored, calls, inBlocks, digestOpts);
  const now = stored.filter((p) => !lost.includes(p));
  const later = digestSource(now, []);
  const merging = fakeSource(now);
  return {
    ...base,
    async mergeStacktraces(c, req) {
      calls.push(`mergeStacktraces:${req.keep?.length ?? 0}:${req.keepSeries?.length ?? 0}`);
      const held = new Map(((await later.selectSeriesDigests!(c, { selector: req.selector, stepMs: 1 } as never)).series ?? []).map((d) => [d.seriesFingerprint, d]));
      const missingSeries: string[] = [];
      const whole = new Set<string>();
      for (const k of req.keepSeries ?? []) {
        const d = held.get(k.seriesFingerprint);
        if (d && d.count === k.count && d.digestLo === k.digestLo && d.digestHi === k.digestHi) whole.add(k.seriesFingerprint!);
        else missingSeries.push(k.seriesFingerprint!);
      }
      const listing = await merging.selectProfiles(c, req.selector as never);
      const keep = [...(req.keep ?? []), ...(listing.profiles ?? []).filter((p) => whole.has(p.key!.seriesFingerprint!)).map((p) => p.key!)];
      const answer = await merging.mergeStacktraces(c, { ...req, keep } as never);
      const gone = new Set(lost.map((p) => `${p.ts}:${p.id}`));
      const missing = (req.keep ?? []).filter((k) => gone.has(`${k.timestamp}:${k.id}`));
      return { ...answer, missing, missingSeries, seriesKept: (req.keepSeries ?? []).length > 0 };
    },
  };
}

describe('QuerierEngine', () => {
  it('three replicas of the same profiles give the sums of one copy', async () => {
    const e = engine(replicas());
    expect(await flameTotal(e)).to.equal(total);
    expect(await flameTotal(e, '{service_name="cart"}')).to.equal(7);
    const series = await e.selectSeries(ctx, { ...select, step: 1, groupBy: ['service_name'] } as never);
    expect(series.series?.map((s) => [s.labels?.[0]?.value, s.points?.map((p) => [p.timestamp, p.value])])).to.deep.equal([
      ['cart', [[3000, 7]]],
      ['checkout', [[1000, 6], [2000, 3]]],
    ]);
    const p = await e.selectMergeProfile(ctx, select as never);
    expect(treeFromPprof(p).total).to.equal(total);
  });

  it('gives the series of a query to one replica, the bucket only what no ingester holds', async () => {
    const calls: string[][] = [[], [], [], []];
    const sources: QuerySource[] = ['ingester-0', 'ingester-1', 'ingester-2'].map((name, i) => ({ name, api: fakeSource(pushed, calls[i]) }));
    // The bucket holds every profile too, and one that every ingester has dropped already.
    const old: Stored = { service: 'checkout', ts: 500, id: 'z', stacks: [['main;old', 4]] };
    sources.push({ name: 'bucket', api: fakeSource([...pushed, old], calls[3]), required: true, fallback: true });
    expect(await flameTotal(engine(sources))).to.equal(total + 4);
    const merged = calls.map((c) => c.filter((x) => x.startsWith('mergeStacktraces')).map((x) => Number(x.split(':')[1])).sort());
    // checkout (2 profiles, read by keys: the bucket holds one more) and cart (1, merged whole: these sources
    // only list, so by its key) both to ingester-0; z, which no ingester holds, to the bucket.
    expect(merged).to.deep.equal([[1, 2], [], [], [1]]);
  });

  it('-querier.query-ingesters-within: a range ending before now minus it is read from the bucket alone, a later one from both', async () => {
    const calls: string[][] = [[], [], [], []];
    const old: Stored = { service: 'checkout', ts: 500, id: 'z', stacks: [['main;old', 4]] };
    const sources: QuerySource[] = ['ingester-0', 'ingester-1', 'ingester-2'].map((name, i) => ({ name, api: fakeSource(pushed, calls[i]), recentOnly: true }));
    sources.push({ name: 'bucket', api: fakeSource([old], calls[3]), required: true, fallback: true });
    const registry = new Registry();
    // now = 10,000 ms and within = 5,000 ms: ranges ending at 5,000 or before skip the ingesters (as in Mimir).
    const e = engine(sources, { withinMs: 5000, now: 10_000, registry });
    const flame = async (end: number) => Number((await e.selectMergeStacktraces(ctx, { ...select, end } as never)).flamegraph?.total);
    const asked = () => calls.map((c) => c.length > 0);

    expect(await flame(4999)).to.equal(4);
    expect(asked()).to.deep.equal([false, false, false, true]);
    expect((await e.labelValues(ctx, { name: 'service_name', end: 4999 } as never)).names).to.deep.equal(['checkout']);
    const series = await e.selectSeries(ctx, { ...select, end: 4999, step: 1, groupBy: [] } as never);
    expect(series.series?.flatMap((s) => s.points?.map((p) => p.value))).to.deep.equal([4]);
    expect(asked()).to.deep.equal([false, false, false, true]);
    expect(await metricValue(registry, 'querier_engine_ingesters_skipped_total')).to.equal(3);

    expect(await flame(5001)).to.equal(total + 4);
    expect(asked()).to.deep.equal([true, true, true, true]);
    // An end of 0 reads up to now: the ingesters are asked.
    calls.forEach((c) => (c.length = 0));
    await e.labelNames(ctx, {} as never);
    expect(asked()).to.deep.equal([true, true, true, true]);
    // 0 turns it off.
    calls.forEach((c) => (c.length = 0));
    expect(Number((await engine(sources, { withinMs: 0, now: 10_000 }).selectMergeStacktraces(ctx, { ...select, end: 1000 } as never)).flamegraph?.total)).to.equal(5 + 1 + 4);
    expect(asked()).to.deep.equal([true, true, true, true]);
  });

  it('replicas that each missed different profiles, and a bucket holding the older ones, give every profile once in flame graphs, pprof and series', async () => {
    const old: Stored = { service: 'cart', ts: 100, id: 'o', stacks: [['main;old', 4]] };
    const [a, b, c] = pushed;
    const sources: QuerySource[] = [
      { name: 'ingester-0', api: fakeSource([a!, b!]), recentOnly: true },
      { name: 'ingester-1', api: fakeSource([b!, c!]), recentOnly: true },
      { name: 'ingester-2', api: fakeSource([a!, c!]), recentOnly: true },
      { name: 'bucket', api: fakeSource([old, a!]), required: true, fallback: true },
    ];
    const e = engine(sources);
    expect(await flameTotal(e)).to.equal(total + 4);
    expect(treeFromPprof(await e.selectMergeProfile(ctx, select as never)).total).to.equal(total + 4);
    const series = await e.selectSeries(ctx, { ...select, step: 5, groupBy: ['service_name'] } as never);
    expect(series.series?.map((s) => [s.labels?.[0]?.value, s.points?.reduce((n, p) => n + Number(p.value), 0)])).to.deep.equal([
      ['cart', 7 + 4],
      ['checkout', 6 + 3],
    ]);
  });

  it('a profile a source listed but no longer holds in phase two (its local block removed) is merged by another holder, once', async () => {
    const [a, b, c] = pushed;
    const fp = (p: Stored) => labelsKey(labelsOf(p));
    /** Lists every profile of `stored`, but has lost `lost` by the time it merges (and says so, as ingesters do). */
    const forgetful = (stored: Stored[], lost: Stored[], claimAlso: Stored[] = []): ReadApi => {
      const listing = fakeSource(stored);
      const merging = fakeSource(stored.filter((p) => !lost.includes(p)));
      const keyOf = (p: Stored) => ({ seriesFingerprint: fp(p), timestamp: p.ts, id: p.id });
      return {
        ...listing,
        async mergeStacktraces(c2, req) {
          const asked = new Set((req.keep ?? []).map(profileKey));
          const missing = [...lost.filter((p) => asked.has(profileKey(keyOf(p)))), ...claimAlso].map(keyOf);
          return { ...(await merging.mergeStacktraces(c2, req)), missing };
        },
      };
    };
    // ingester-0 is picked for everything (it holds the most); it lost a, which the bucket and ingester-1 hold.
    const sources: QuerySource[] = [
      { name: 'ingester-0', api: forgetful([a!, b!, c!], [a!]) },
      { name: 'ingester-1', api: fakeSource([a!]) },
      { name: 'bucket', api: fakeSource([a!, b!]), required: true, fallback: true },
    ];
    expect(await flameTotal(engine(sources))).to.equal(total);
    // Naming a lost profile twice moves it once.
    sources[0] = { name: 'ingester-0', api: forgetful([a!, b!, c!], [a!], [a!]) };
    expect(await flameTotal(engine(sources))).to.equal(total);
    // A source claiming to miss a profile it was not asked for moves nothing (c is merged by ingester-1 once).
    sources[0] = { name: 'ingester-0', api: forgetful([a!, b!], [], [c!]) };
    sources[1] = { name: 'ingester-1', api: fakeSource([c!]) };
    expect(await flameTotal(engine(sources))).to.equal(total);
    // Lost everywhere: the query fails rather than answering without it.
    const lostEverywhere: QuerySource[] = [
      { name: 'ingester-0', api: forgetful([a!, b!, c!], [a!]) },
      { name: 'ingester-1', api: forgetful([a!], [a!]) },
    ];
    const err = await engine(lostEverywhere).selectMergeStacktraces(ctx, select as never).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).code).to.equal('unavailable');
    expect((err as ApiError).message).to.match(/listed by ingester-0, ingester-1 but none of them holds it/);
  });

  it('a missing replica does not change the answer', async () => {
    const sources = replicas();
    sources[1] = { name: 'ingester-1', api: failing() };
    const e = engine(sources);
    expect(await flameTotal(e)).to.equal(total);
    expect((await e.labelValues(ctx, { name: 'service_name' } as never)).names).to.deep.equal(['cart', 'checkout']);
  });

  it('more missing sources than the policy allows fail the query with unavailable, naming them', async () => {
    const sources = replicas();
    sources[0] = { name: 'ingester-0', api: failing('dial tcp: refused') };
    sources[2] = { name: 'ingester-2', api: failing('deadline exceeded') };
    const err = await engine(sources).selectMergeStacktraces(ctx, select as never).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).code).to.equal('unavailable');
    expect((err as ApiError).message).to.match(/2 of 3 sources failed: ingester-0: dial tcp: refused; ingester-2: deadline exceeded/);
  });

  it('a required source (the bucket) failing fails the query even within the tolerated count', async () => {
    const sources: QuerySource[] = [...replicas(), { name: 'bucket', api: failing('403'), required: true }];
    const err = await engine(sources).selectSeries(ctx, { ...select, step: 1 } as never).catch((x: unknown) => x);
    expect((err as ApiError).message).to.match(/bucket: 403/);
  });

  it('a replica that fails between the two phases has its profiles merged by another replica', async () => {
    const sources = replicas();
    const flaky = fakeSource(pushed);
    let mergeCalls = 0;
    sources[0] = {
      name: 'ingester-0',
      api: {
        ...flaky,
        async mergeStacktraces() {
          mergeCalls++;
          throw unavailable('ingester-0 went away');
        },
      },
    };
    expect(await flameTotal(engine(sources))).to.equal(total);
    expect(mergeCalls).to.equal(1);
  });

  it('profiles spread over different ingesters and the bucket are each counted once', async () => {
    const [a, b, c] = pushed as [Stored, Stored, Stored];
    const sources: QuerySource[] = [
      { name: 'ingester-0', api: fakeSource([a, b]) },
      { name: 'ingester-1', api: fakeSource([b, c]) },
      { name: 'ingester-2', api: fakeSource([a, c]) },
      { name: 'bucket', api: fakeSource([a, b, c]), required: true }, // flushed copies of the same profiles
    ];
    expect(await flameTotal(engine(sources))).to.equal(total);
  });

  it('answers in tree bytes when asked for PROFILE_FORMAT_TREE', async () => {
    const r = await engine(replicas()).selectMergeStacktraces(ctx, { ...select, format: 2 } as never);
    expect(r.flamegraph).to.equal(undefined);
    const t = fromTreeBytes(r.tree!);
    expect(t.total).to.equal(total);
  });

  it('max_nodes truncates the flame graph but keeps its total', async () => {
    const r = await engine(replicas()).selectMergeStacktraces(ctx, { ...select, maxNodes: 2 } as never);
    expect(Number(r.flamegraph?.total)).to.equal(total);
    expect(flameGraphToTree(r.flamegraph!).total).to.equal(total);
    expect(r.flamegraph?.names).to.include('other');
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ['a malformed selector', { labelSelector: '{service_name=}' }, /parse error in selector/],
    ['a malformed profile type', { profileTypeID: 'cpu' }, /profile type ID "cpu" must have the form/],
    ['an end before the start', { start: 10, end: 5 }, /end \(5\) is before start \(10\)/],
    ['a negative max_nodes', { maxNodes: -1 }, /max_nodes must be a non-negative integer/],
  ];
  for (const [what, override, want] of invalid) {
    it(`${what} is invalid_argument, and no source is asked`, async () => {
      const calls: string[] = [];
      const e = engine([{ name: 'ingester-0', api: fakeSource(pushed, calls) }]);
      const err = await e.selectMergeStacktraces(ctx, { ...select, ...override } as never).catch((x: unknown) => x);
      expect(err).to.be.instanceOf(ApiError);
      expect((err as ApiError).code).to.equal('invalid_argument');
      expect((err as ApiError).message).to.match(want);
      expect(calls).to.deep.equal([]);
    });
  }

  it('label names, label values, series and profile types are unions over the sources, sorted and without duplicates', async () => {
    const [a, , c] = pushed as [Stored, Stored, Stored];
    const e = engine([
      { name: 'ingester-0', api: fakeSource([a]) },
      { name: 'ingester-1', api: fakeSource([a, c]) },
    ]);
    expect((await e.labelNames(ctx, {} as never)).names).to.deep.equal(['__name__', '__profile_type__', 'service_name']);
    expect((await e.labelValues(ctx, { name: 'service_name', matchers: ['{service_name=~"ca.*"}'] } as never)).names).to.deep.equal(['cart']);
    const series = await e.series(ctx, { matchers: [] } as never);
    expect(series.labelsSet?.map((l) => l.labels?.[2]?.value)).to.deep.equal(['cart', 'checkout']);
    const types = await e.profileTypes(ctx, {} as never);
    expect(types.profileTypes).to.deep.equal([{ ID: CPU, name: 'process_cpu', sampleType: 'cpu', sampleUnit: 'nanoseconds', periodType: 'cpu', periodUnit: 'nanoseconds' }]);
  });

  it('a request cancelled during phase one does not start phase two', async () => {
    const abort = new AbortController();
    const calls: string[] = [];
    const api = fakeSource(pushed, calls);
    const source: QuerySource = {
      name: 'ingester-0',
      api: {
        ...api,
        async selectProfiles(c, r) {
          abort.abort(new Error('client went away'));
          return api.selectProfiles(c, r);
        },
      },
    };
    const err = await engine([source]).selectMergeStacktraces({ ...ctx, signal: abort.signal }, select as never).catch((x: unknown) => x);
    // The client went away: canceled (499), neither a deadline nor an outage.
    expect((err as ApiError).code).to.equal('canceled');
    expect(calls.filter((c) => c.startsWith('merge'))).to.deep.equal([]);
  });

  it('with no sources at all, reads are empty rather than errors', async () => {
    const e = engine([]);
    expect(await flameTotal(e)).to.equal(0);
    expect((await e.labelNames(ctx, {} as never)).names).to.deep.equal([]);
  });

  it('records request durations and source failures in its registry', async () => {
    const registry = new Registry();
    const sources = replicas();
    sources[2] = { name: 'ingester-2', api: failing() };
    const e = new QuerierEngine({ sources: () => sources, registry, logger: silentLogger() });
    await flameTotal(e);
    const text = await registry.metrics();
    expect(text).to.match(/querier_engine_request_duration_seconds_count\{method="selectMergeStacktraces",status="ok"\} 1/);
    expect(text).to.match(/querier_engine_source_failures_total\{method="selectMergeStacktraces"\} 1/);
    expect(text).to.match(/querier_engine_profiles_total\{stage="kept"\} 3/);
  });

  describe('flame graphs by series digests', () => {
    const [a, b, c] = pushed as [Stored, Stored, Stored];

    it('replicas that hold the same profiles are not asked for their lists: one of them merges the series whole (the same for the same query), and the bucket holding what they uploaded merges nothing', async () => {
      const calls: string[][] = [[], [], [], []];
      const sources: QuerySource[] = [
        ...[0, 1, 2].map((i) => ({ name: `ingester-${i}`, api: seriesSource(pushed, calls[i]!, [a.id, b.id]) })),
        { name: 'bucket', api: fakeSource([a, b], calls[3]), required: true, fallback: true },
      ];
      const e = engine(sources);
      const mergedBy = () => calls.map((c) => c.filter((x) => x.startsWith('mergeStacktraces')).length);
      expect(await flameTotal(e)).to.equal(total);
      // checkout and cart to one ingester, as two whole series; the others only answered their digests.
      expect(calls.flat().filter((x) => x.startsWith('mergeStacktraces'))).to.deep.equal(['mergeStacktraces:0:2']);
      expect(calls.map((c) => c.filter((x) => x === 'selectSeriesDigests').length)).to.deep.equal([1, 1, 1, 0]);
      expect(calls[3]).to.deep.equal(['selectProfiles']);
      // The same query again goes to the same replica; other queries spread over the replicas.
      const first = mergedBy();
      calls.forEach((c) => (c.length = 0));
      expect(await flameTotal(e)).to.equal(total);
      expect(mergedBy()).to.deep.equal(first);
      calls.forEach((c) => (c.length = 0));
      for (let i = 0; i < 10; i++) expect(await flameTotal(e, `{service_name!="x${i}"}`)).to.equal(total);
      expect(mergedBy().filter((n) => n > 0).length).to.be.greaterThan(1);
    });

    it('replicas that each missed different profiles, with one ingester down, and a bucket holding older ones: every profile once', async () => {
      const old: Stored = { service: 'cart', ts: 100, id: 'o', stacks: [['main;old', 4]] };
      const legacy: Stored = { service: 'legacy', ts: 200, id: 'l', stacks: [['main;legacy', 40]] };
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: seriesSource([a, b], [], [a.id]), recentOnly: true },
        { name: 'ingester-1', api: failing(), recentOnly: true },
        { name: 'ingester-2', api: seriesSource([a, c], [], [a.id]), recentOnly: true },
        { name: 'bucket', api: fakeSource([old, legacy, a]), required: true, fallback: true },
      ];
      const registry = new Registry();
      expect(await flameTotal(engine(sources, { registry }))).to.equal(total + 4 + 40);
      expect(await metricValue(registry, 'querier_engine_series_listed_total')).to.be.greaterThan(0);
    });

    it('a series a replica no longer holds as its digest said (a block removed, a push, between the phases) is read by its keys, once', async () => {
      const calls: string[] = [];
      const sources: QuerySource[] = [
        // ingester-0 lost a (checkout; uploaded, so the bucket holds it too) by phase two.
        { name: 'ingester-0', api: seriesSource(pushed, calls, [a.id], [a]) },
        { name: 'ingester-1', api: seriesSource(pushed, [], [a.id]) },
        { name: 'bucket', api: fakeSource([a]), required: true, fallback: true },
      ];
      expect(await flameTotal(engine(sources))).to.equal(total);
      // Its digests were taken (both series to it), it named checkout as missing, and the keys read gave
      // checkout to another holder.
      expect(calls.filter((x) => x.startsWith('mergeStacktraces'))).to.deep.equal(['mergeStacktraces:0:2']);
    });

    it('an ingester of an earlier version that serves digests but ignores keep_series has its series read by their keys, once', async () => {
      const calls: string[] = [];
      // digestSource answers digests, but its MergeStacktraces knows only keys (and answers no series_kept).
      const sources: QuerySource[] = [0, 1, 2].map((i) => ({ name: `ingester-${i}`, api: digestSource(pushed, i === 0 ? calls : []) }));
      expect(await flameTotal(engine(sources))).to.equal(total);
      expect(calls).to.include('selectProfiles');
    });

    it('an ingester of an earlier version without SelectSeriesDigests is read through its listing, with the same answer', async () => {
      const calls: string[] = [];
      const older = { ...fakeSource(pushed, calls), selectSeriesDigests: async (): Promise<never> => { throw new ApiError('unimplemented', 'unknown method SelectSeriesDigests'); } };
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: older },
        { name: 'ingester-1', api: seriesSource(pushed.slice(0, 2), []) },
      ];
      expect(await flameTotal(engine(sources))).to.equal(total);
      expect(calls.slice(0, 2)).to.deep.equal(['selectProfiles', 'mergeStacktraces:1']); // cart, which only it holds, by its key
    });

    it('the bucket skips the blocks the answering ingesters read locally, and reads those of an ingester that did not answer', async () => {
      const old: Stored = { service: 'cart', ts: 100, id: 'o', stacks: [['main;old', 4]] };
      /** An ingester whose digests say it read local block `block` (holding a and b). */
      const withBlock = (block: string): ReadApi => {
        const api = seriesSource(pushed, [], [a.id, b.id]);
        return { ...api, selectSeriesDigests: async (c2, r) => ({ ...(await api.selectSeriesDigests!(c2, r)), blocks: [block] }) };
      };
      // The bucket: each ingester's uploaded block (a and b), and an older block no ingester holds.
      const blocks = new Map<string, Stored[]>([['B0', [a, b]], ['B1', [a, b]], ['B2', [a, b]], ['OLD', [old]]]);
      const skipped: string[][] = [];
      const bucketApi = fakeSource([a, b, old]);
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: withBlock('B0') },
        { name: 'ingester-1', api: failing() }, // held B1
        { name: 'ingester-2', api: withBlock('B2') },
        {
          name: 'bucket', api: bucketApi, required: true, fallback: true,
          listSkipping: async (c2, sel, skip) => {
            skipped.push([...skip].sort());
            const kept = [...blocks].filter(([id]) => !skip.has(id)).flatMap(([, ps]) => ps);
            return fakeSource([...new Set(kept)]).selectProfiles(c2, sel);
          },
        },
      ];
      expect(await flameTotal(engine(sources))).to.equal(total + 4);
      expect(skipped).to.deep.equal([['B0', 'B2']]);
    });

    it('asks the ingesters for each series\' service_name label only, and plans the same when one of an earlier version sends every label', async () => {
      const requests: ingester.v1.SeriesDigestsRequest[] = [];
      const calls: string[][] = [[], [], []];
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: seriesSource(pushed, calls[0]!, [], [], { requests }) },
        { name: 'ingester-1', api: seriesSource(pushed, calls[1]!, [], [], { allLabels: true }) },
        { name: 'ingester-2', api: seriesSource(pushed, calls[2]!) },
      ];
      const e = engine(sources);
      expect(await flameTotal(e)).to.equal(total);
      expect(requests.map((r) => [r.onlyLabelNames, r.labelNames])).to.deep.equal([[true, ['service_name']]]);
      // The services stay together on one replica whichever labels each sent (cart and checkout: two whole series).
      expect(calls.flat().filter((x) => x.startsWith('mergeStacktraces'))).to.deep.equal(['mergeStacktraces:0:2']);
    });

    it('a replica failing in the merge has its series merged by another, once, without asking it again', async () => {
      const calls: string[] = [];
      const flaky = seriesSource(pushed, calls);
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: { ...flaky, mergeStacktraces: async () => { calls.push('merge failed'); throw unavailable('ingester-0 went away'); } } },
        ...[1, 2].map((i) => ({ name: `ingester-${i}`, api: seriesSource(pushed, []) })),
      ];
      expect(await flameTotal(engine(sources))).to.equal(total);
      expect(calls.filter((x) => x === 'merge failed')).to.have.length(1);
    });
  });

  describe('SelectSeries by series digests', () => {
    const sums = (r: { series?: { labels?: { value?: string | null }[] | null; points?: { value?: number | null }[] | null }[] | null }) =>
      r.series?.map((s) => [s.labels?.[0]?.value, s.points?.reduce((n, p) => n + Number(p.value), 0)]);
    const seriesRequest = { ...select, step: 5, groupBy: ['service_name'] } as never;

    it('replicas that hold the same profiles are not asked for their lists, and a bucket holding what they uploaded adds nothing', async () => {
      const [a, b, c] = pushed as [Stored, Stored, Stored];
      const calls: string[][] = [[], [], [], []];
      const registry = new Registry();
      const sources: QuerySource[] = [
        ...[0, 1, 2].map((i) => ({ name: `ingester-${i}`, api: digestSource(pushed, calls[i]!, [a.id, b.id]) })),
        { name: 'bucket', api: fakeSource([a, b], calls[3]), required: true, fallback: true },
      ];
      expect(sums(await engine(sources, { registry }).selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7], ['checkout', 6 + 3]]);
      expect(calls.slice(0, 3).flat()).to.deep.equal(['selectSeriesDigests', 'selectSeriesDigests', 'selectSeriesDigests']);
      expect(calls[3]).to.deep.equal(['selectProfiles']);
      expect(await metricValue(registry, 'querier_engine_series_listed_total')).to.equal(0);
      void c;
    });

    it('replicas that each missed different profiles, with one ingester down, across head and bucket: every profile once', async () => {
      const old: Stored = { service: 'cart', ts: 100, id: 'o', stacks: [['main;old', 4]] };
      const oldCheckout: Stored = { service: 'checkout', ts: 200, id: 'p', stacks: [['main;old', 40]] };
      const [a, b, c] = pushed as [Stored, Stored, Stored];
      const calls: string[][] = [[], [], [], []];
      const registry = new Registry();
      const sources: QuerySource[] = [
        // ingester-0 missed c, ingester-2 missed b; ingester-1 (which had all three) is down.
        { name: 'ingester-0', api: digestSource([a, b], calls[0]!, [a.id]), recentOnly: true },
        { name: 'ingester-1', api: failing(), recentOnly: true },
        { name: 'ingester-2', api: digestSource([a, c], calls[2]!, [a.id]), recentOnly: true },
        // The bucket: a (uploaded by both) and older profiles no ingester keeps any more.
        { name: 'bucket', api: fakeSource([old, oldCheckout, a], calls[3]), required: true, fallback: true },
      ];
      const e = engine(sources, { registry });
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7 + 4], ['checkout', 6 + 3 + 40]]);
      // Averages count each profile once too: checkout's step (0, 5000] holds a, b and the old one.
      const avg = await e.selectSeries(ctx, { ...select, step: 5, groupBy: ['service_name'], aggregation: 1 } as never);
      expect(avg.series?.find((s) => s.labels?.[0]?.value === 'checkout')?.points?.map((p) => p.value)).to.deep.equal([(6 + 3 + 40) / 3]);
      expect(await metricValue(registry, 'querier_engine_series_listed_total')).to.be.greaterThan(0);
    });

    it('a bucket holding a profile of a series that the ingesters agree on, but that none of them holds, counts it', async () => {
      const [a, b, c] = pushed as [Stored, Stored, Stored];
      const dropped: Stored = { service: 'checkout', ts: 500, id: 'x', stacks: [['main;gone', 11]] };
      const calls: string[] = [];
      const sources: QuerySource[] = [
        ...[0, 1, 2].map((i) => ({ name: `ingester-${i}`, api: digestSource([a, b, c], calls, [a.id]) })),
        { name: 'bucket', api: fakeSource([a, dropped]), required: true, fallback: true },
      ];
      expect(sums(await engine(sources).selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7], ['checkout', 6 + 3 + 11]]);
    });

    it('an ingester of an earlier version (SelectSeriesDigests unimplemented) is read through its listing, with the same answer', async () => {
      const calls: string[] = [];
      const old = { ...fakeSource(pushed.slice(0, 2), calls), selectSeriesDigests: async (): Promise<never> => { throw new ApiError('unimplemented', 'unknown method SelectSeriesDigests'); } };
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: old },
        ...[1, 2].map((i) => ({ name: `ingester-${i}`, api: digestSource(pushed, []) })),
      ];
      expect(sums(await engine(sources).selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7], ['checkout', 9]]);
      expect(calls).to.include('selectProfiles');
    });

    it('the bucket is read while the ingesters answer, skipping the blocks they named last time; a block no answering ingester names is read after all', async () => {
      const [a, b, c] = pushed as [Stored, Stored, Stored];
      const old: Stored = { service: 'cart', ts: 100, id: 'o', stacks: [['main;old', 4]] };
      const events: string[] = [];
      let down = false;
      /** An ingester whose digests name local block `block` (holding a and b), answering after a moment. */
      const withBlock = (name: string, block: string): ReadApi => {
        const api = digestSource([a, b, c], [], [a.id, b.id]);
        return {
          ...api,
          selectSeriesDigests: async (c2, r) => {
            if (down && name === 'ingester-1') throw unavailable('ingester-1 went away');
            const answer = await api.selectSeriesDigests!(c2, r);
            await new Promise((done) => setTimeout(done, 20));
            events.push(`${name} answered`);
            return { ...answer, blocks: [block] };
          },
        };
      };
      const blocks = new Map<string, Stored[]>([['B0', [a, b]], ['B1', [a, b]], ['B2', [a, b]], ['OLD', [old]]]);
      const sources: QuerySource[] = [
        ...[0, 1, 2].map((i) => ({ name: `ingester-${i}`, api: withBlock(`ingester-${i}`, `B${i}`) })),
        {
          name: 'bucket', api: fakeSource([a, b, old]), required: true, fallback: true,
          listSkipping: async (c2, sel, skip) => {
            events.push(`bucket skipping ${[...skip].sort().join(',')}`);
            const kept = [...blocks].filter(([id]) => !skip.has(id)).flatMap(([, ps]) => ps);
            return fakeSource([...new Set(kept)]).selectProfiles(c2, sel);
          },
        },
      ];
      const e = engine(sources);
      const answers = ['ingester-0 answered', 'ingester-1 answered', 'ingester-2 answered'];
      // The first query knows no blocks yet: the bucket is read once the ingesters have named theirs.
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7 + 4], ['checkout', 9]]);
      expect(events.splice(0)).to.deep.equal([...answers, 'bucket skipping B0,B1,B2']);
      // The next reads the bucket at once, skipping what they named.
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7 + 4], ['checkout', 9]]);
      expect(events.splice(0)).to.deep.equal(['bucket skipping B0,B1,B2', ...answers]);
      // ingester-1 is down: B1 was skipped in the bucket, but no one read it locally, so the bucket is read again without skipping it.
      down = true;
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7 + 4], ['checkout', 9]]);
      expect(events.splice(0)).to.deep.equal(['bucket skipping B0,B1,B2', 'ingester-0 answered', 'ingester-2 answered', 'bucket skipping B0,B2']);
    });

    it('-querier.minimize-ingester-requests: a standby ingester is asked only when an asked one fails, and the blocks it named are skipped in the bucket meanwhile', async () => {
      const [a, b, c] = pushed as [Stored, Stored, Stored];
      const old: Stored = { service: 'cart', ts: 100, id: 'o', stacks: [['main;old', 4]] };
      // A push refused for want of a quorum, stored by the one replica that took it: ingester-2, the standby.
      const minority: Stored = { service: 'cart', ts: 3000, id: 'm', stacks: [['main;minority', 1000]] };
      const events: string[] = [];
      const down = new Set<string>();
      const withBlock = (name: string, block: string): ReadApi => {
        const api = digestSource(name === 'ingester-2' ? [a, b, c, minority] : [a, b, c], [], [a.id, b.id]);
        return {
          ...api,
          selectSeriesDigests: async (c2, r) => {
            if (down.has(name)) throw unavailable(`${name} went away`);
            const answer = await api.selectSeriesDigests!(c2, r);
            await new Promise((done) => setTimeout(done, 20));
            events.push(`${name} answered`);
            return { ...answer, blocks: [block] };
          },
        };
      };
      const blocks = new Map<string, Stored[]>([['B0', [a, b]], ['B1', [a, b]], ['B2', [a, b]], ['OLD', [old]]]);
      const ingesters: QuerySource[] = [0, 1, 2].map((i) => ({ name: `ingester-${i}`, api: withBlock(`ingester-${i}`, `B${i}`) }));
      const bucket: QuerySource = {
        name: 'bucket', api: fakeSource([a, b, old]), required: true, fallback: true,
        listSkipping: async (c2, sel, skip) => {
          events.push(`bucket skipping ${[...skip].sort().join(',')}`);
          const kept = [...blocks].filter(([id]) => !skip.has(id)).flatMap(([, ps]) => ps);
          return fakeSource([...new Set(kept)]).selectProfiles(c2, sel);
        },
      };
      const registry = new Registry();
      let now = 1_000_000;
      const e = new QuerierEngine({ sources: () => [...ingesters, bucket], registry, logger: silentLogger(), failurePolicy: allowFailures(1), now: () => now });
      const standby = (i: number) => ingesters.forEach((s, k) => (s.standby = k === i));
      const expected = [['cart', 7 + 4], ['checkout', 9]];
      /** The ingesters that answered (in any order), then what the bucket skipped when it was read after them. */
      const answeredThenBucket = () => {
        const all = events.splice(0);
        return [all.filter((x) => x.startsWith('ingester')).sort(), all.filter((x) => x.startsWith('bucket'))];
      };
      const three = ['ingester-0 answered', 'ingester-1 answered', 'ingester-2 answered'];
      // ingester-2 on standby, but never heard from: asked for the blocks it names (so that the bucket learns which are
      // its own), not for its digests: m, which it alone holds, is not read.
      standby(2);
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal(expected);
      expect(answeredThenBucket()).to.deep.equal([three, ['bucket skipping B0,B1,B2']]);
      // Now it is left out: the bucket is read at once, skipping what the others named and what it named last time.
      now += 1000;
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal(expected);
      expect(events.splice(0)).to.deep.equal(['bucket skipping B0,B1,B2', 'ingester-0 answered', 'ingester-1 answered']);
      // What it named a while ago is not taken as current for ever: past STANDBY_NAMES_MAX_AGE_MS it is asked again,
      // for its blocks alone, and the answer is the same.
      now += STANDBY_NAMES_MAX_AGE_MS;
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal(expected);
      expect(answeredThenBucket()).to.deep.equal([three, ['bucket skipping B0,B1,B2']]);
      expect(await metricValue(registry, 'querier_engine_standby_ingesters_asked_total')).to.equal(0);
      // An asked one fails: the standby is asked (m with it), and the bucket read again without the failed one's block.
      down.add('ingester-1');
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7 + 4 + 1000], ['checkout', 9]]);
      expect(events.splice(0)).to.deep.equal(['bucket skipping B0,B1,B2', 'ingester-0 answered', 'ingester-2 answered', 'bucket skipping B0,B2']);
      expect(await metricValue(registry, 'querier_engine_standby_ingesters_asked_total')).to.equal(1);
      // Two fail: more than the read can do without, standby or not.
      down.add('ingester-0');
      const err = await e.selectSeries(ctx, seriesRequest).then(() => undefined, (x: unknown) => x);
      expect(err).to.be.instanceOf(ApiError).with.property('code', 'unavailable');
      // Flame graphs read the same digests: the standby is not asked either.
      down.clear();
      events.length = 0;
      expect(await flameTotal(e)).to.equal(total + 4);
      expect(events.filter((x) => x.startsWith('ingester'))).to.deep.equal(['ingester-0 answered', 'ingester-1 answered']);
    });

    it('-querier.minimize-ingester-requests: replicas that differ are read by their keys from the asked ones only, so flame graphs and SelectSeries read the same profiles', async () => {
      const [a, b, c] = pushed as [Stored, Stored, Stored];
      // A push refused for want of a quorum, stored by the one replica that took it (ingester-2, on standby).
      const minority: Stored = { service: 'cart', ts: 3000, id: 'm', stacks: [['main;minority', 1000]] };
      const calls: string[][] = [[], [], []];
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: seriesSource([a, b, c], calls[0]!) },
        { name: 'ingester-1', api: seriesSource([a, c], calls[1]!) }, // missed b: the replicas disagree on checkout
        { name: 'ingester-2', api: seriesSource([a, b, c, minority], calls[2]!), standby: true },
      ];
      const e = engine(sources);
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7], ['checkout', 9]]);
      expect(await flameTotal(e)).to.equal(total);
      expect(calls[2], 'the standby').to.deep.equal([]);
      expect(calls[1]).to.include('selectProfiles');
      // An asked one that answered its digests but fails to list its keys: b, which only it and the standby hold,
      // is read from the standby (a read that went on without it would have lost b).
      const listingFails = (api: ReadApi): ReadApi => ({ ...api, selectProfiles: async () => Promise.reject(unavailable('gone after its digests')) });
      const both = seriesSource([a, b, c], []);
      sources[0]!.api = listingFails(both);
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7], ['checkout', 9]]);
      // Its merge failing too, the series it was to merge are read by their keys, the standby's among them: with m,
      // stored by the standby alone, when that is one of them (a read that fails over reads what every replica holds).
      sources[0]!.api = { ...listingFails(both), mergeStacktraces: async () => Promise.reject(unavailable('gone after its digests')) };
      expect([total, total + 1000]).to.include(await flameTotal(e));
      // Once an asked one fails its digests, the standby is read in its place, the profile only it holds with it.
      sources[1]!.api = failing();
      sources[0]!.api = both;
      expect(sums(await e.selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7 + 1000], ['checkout', 9]]);
    });

    it('asks the ingesters for its group_by labels only, and answers the same when one of an earlier version sends every label', async () => {
      const requests: ingester.v1.SeriesDigestsRequest[] = [];
      const sources: QuerySource[] = [
        { name: 'ingester-0', api: digestSource(pushed, [], [], { requests }) },
        { name: 'ingester-1', api: digestSource(pushed, [], [], { allLabels: true }) },
        { name: 'ingester-2', api: digestSource(pushed.slice(0, 2), []) }, // missed c: cart is read by its keys
      ];
      expect(sums(await engine(sources).selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7], ['checkout', 9]]);
      expect(requests.map((r) => [r.onlyLabelNames, r.labelNames])).to.deep.equal([[true, ['service_name']]]);
      const all = await engine(sources).selectSeries(ctx, { ...select, step: 5 } as never);
      expect(all.series?.map((s) => [s.labels, s.points?.reduce((n, p) => n + Number(p.value), 0)])).to.deep.equal([[[], 7 + 9]]);
    });

    it('a series only the bucket holds is taken from it, each profile once', async () => {
      const old: Stored = { service: 'legacy', ts: 100, id: 'o', stacks: [['main;old', 4]] };
      const sources: QuerySource[] = [
        ...[0, 1].map((i) => ({ name: `ingester-${i}`, api: digestSource(pushed, []) })),
        { name: 'bucket', api: fakeSource([old, old]), required: true, fallback: true },
      ];
      expect(sums(await engine(sources).selectSeries(ctx, seriesRequest))).to.deep.equal([['cart', 7], ['checkout', 9], ['legacy', 4]]);
      expect(digestsOfListing({ series: [], profiles: [] }, 0, 10, 1)).to.deep.equal([]);
    });
  });
});
