// Query limits and validation of the querier engine (issue 14 items 5, 7 and 8; issue 10 item 1's deadline).
import { expect } from 'chai';
import { Registry } from 'prom-client';
import type { ingester } from '../gen/index.ts';
import type { RequestContext } from '../model/api.ts';
import { ApiError, unavailable } from '../util/errors.ts';
import { silentLogger } from '../util/log.ts';
import { DEFAULT_QUERY_CONFIG, type QueryConfig } from './config.ts';
import { checkQueryDeadline } from './deadline.ts';
import { mergeProfiles } from './pprof-merge.ts';
import { treeFromPprof } from './profile-tree.ts';
import { QuerierEngine, allowFailures, type ReadApi } from './querier-engine.ts';
import { StackTree } from './stack-tree.ts';

const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const ctx: RequestContext = { tenant: 'anonymous' };
const NOW = 1_700_000_000_000;
const select = { profileTypeID: CPU, labelSelector: '{}', start: NOW - 3600_000, end: NOW };

/** A source holding `seriesCount` series of one profile each, every profile a stack `depth` frames deep. */
function source(seriesCount: number, opts: { depth?: number; seen?: RequestContext[] } = {}): ReadApi {
  const labels = (i: number) => [
    { name: '__profile_type__', value: CPU },
    { name: 'service_name', value: `svc-${i}` },
  ];
  const stack = (i: number) => Array.from({ length: opts.depth ?? 3 }, (_, d) => `s${i}_f${d}`);
  const pprof = (i: number) => {
    const names = stack(i);
    return {
      sampleType: [{ type: 1, unit: 2 }],
      stringTable: ['', 'cpu', 'nanoseconds', ...names],
      function: names.map((_, k) => ({ id: k + 1, name: k + 3 })),
      location: names.map((_, k) => ({ id: k + 1, line: [{ functionId: k + 1 }] })),
      sample: [{ locationId: names.map((_, k) => k + 1).reverse(), value: [1] }],
    };
  };
  const ids = Array.from({ length: seriesCount }, (_, i) => i);
  return {
    profileTypes: async () => ({ profileTypes: [{ ID: CPU }] }),
    labelNames: async () => ({ names: ['service_name'] }),
    labelValues: async () => ({ names: ids.map((i) => `svc-${i}`) }),
    series: async (c) => {
      opts.seen?.push(c);
      return { labelsSet: ids.map((i) => ({ labels: labels(i) })) };
    },
    selectProfiles: async (c) => {
      opts.seen?.push(c);
      return {
        series: ids.map((i) => ({ labels: labels(i) })),
        profiles: ids.map((i) => ({ key: { seriesFingerprint: `fp${i}`, timestamp: NOW - 1000, id: `p${i}` }, value: 1, seriesIndex: i })),
      };
    },
    mergeStacktraces: async (_c, req: ingester.v1.MergeRequest) => {
      const t = new StackTree();
      for (const k of req.keep ?? []) t.addStack(stack(Number(String(k.id).slice(1))), 1);
      return t.toMergeResponse(Number(req.maxNodes ?? 0));
    },
    mergeProfile: async (_c, req: ingester.v1.MergeRequest) => mergeProfiles((req.keep ?? []).map((k) => pprof(Number(String(k.id).slice(1)))), Number(req.maxNodes ?? 0)),
  };
}

function engine(api: ReadApi, limits: Partial<QueryConfig> = {}): QuerierEngine {
  const cfg = { ...DEFAULT_QUERY_CONFIG, ...limits };
  return new QuerierEngine({ sources: () => [{ name: 'ingester-0', api }], registry: new Registry(), logger: silentLogger(), failurePolicy: allowFailures(1), ...cfg });
}

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'the call should have failed').to.be.instanceOf(ApiError);
  return err as ApiError;
}

describe('query parameters are validated before any source is asked', () => {
  const e = engine(source(1));
  const methods = {
    SelectMergeStacktraces: (r: object) => e.selectMergeStacktraces(ctx, r as never),
    SelectMergeProfile: (r: object) => e.selectMergeProfile(ctx, r as never),
    SelectSeries: (r: object) => e.selectSeries(ctx, { step: 60, ...r } as never),
  };
  for (const [name, call] of Object.entries(methods)) {
    it(`${name}: a non-numeric start ("abc" decodes to NaN) is invalid_argument, never an answer with NaN times`, async () => {
      const err = await failure(call({ ...select, start: NaN }));
      expect(err.code).to.equal('invalid_argument');
      expect(err.message).to.match(/start must be a Unix time in milliseconds/);
    });
    it(`${name}: an end past any representable time is invalid_argument`, async () => {
      expect((await failure(call({ ...select, end: 1e300 }))).code).to.equal('invalid_argument');
    });
    it(`${name}: a range longer than -querier.max-query-length is invalid_argument naming the flag`, async () => {
      const err = await failure(call({ ...select, start: NOW - 25 * 3600_000 }));
      expect(err.code).to.equal('invalid_argument');
      expect(err.message).to.match(/-querier\.max-query-length \(24h\)/);
    });
  }
  it('SelectSeries: a step of 1e308 seconds is invalid_argument', async () => {
    const err = await failure(e.selectSeries(ctx, { ...select, step: 1e308 } as never));
    expect(err.code).to.equal('invalid_argument');
    expect(err.message).to.match(/step/);
  });
  it('max_nodes "abc" (NaN) is invalid_argument from SelectMergeStacktraces and SelectMergeProfile alike', async () => {
    expect((await failure(e.selectMergeStacktraces(ctx, { ...select, maxNodes: NaN } as never))).code).to.equal('invalid_argument');
    expect((await failure(e.selectMergeProfile(ctx, { ...select, maxNodes: NaN } as never))).code).to.equal('invalid_argument');
  });
});

describe('query limits bound every answer', () => {
  it('more series than -querier.max-fetched-series-per-query is invalid_argument naming the flag, for Series and for selects', async () => {
    const e = engine(source(50), { maxSeriesPerQuery: 10 });
    for (const p of [e.series(ctx, {} as never), e.selectMergeStacktraces(ctx, select as never), e.selectSeries(ctx, { ...select, step: 60 } as never)]) {
      const err = await failure(p);
      expect(err.code).to.equal('invalid_argument');
      expect(err.message).to.match(/50 series.*-querier\.max-fetched-series-per-query \(10\)/);
    }
  });

  it('an answer larger than -querier.max-response-bytes is invalid_argument naming the flag', async () => {
    const e = engine(source(2000, { depth: 20 }), { maxResponseBytes: 10_000 });
    for (const p of [e.selectMergeProfile(ctx, select as never), e.selectSeries(ctx, { ...select, step: 60, groupBy: ['service_name'] } as never)]) {
      const err = await failure(p);
      expect(err.code).to.equal('invalid_argument');
      expect(err.message).to.match(/-querier\.max-response-bytes \(10000\)/);
    }
  });

  it('a merged pprof that sets no max_nodes is truncated to -querier.max-flamegraph-nodes-max', async () => {
    const e = engine(source(500, { depth: 10 }), { maxMaxNodes: 50 });
    const p = await e.selectMergeProfile(ctx, select as never);
    const tree = treeFromPprof(p, 0);
    expect(tree.size()).to.be.at.most(2 * 50 + 1);
    expect(tree.total).to.equal(500);
  });
});

describe('a query deadline', () => {
  it('reaches the sources as a deadline no later than -querier.query-timeout from now', async () => {
    const seen: RequestContext[] = [];
    const before = Date.now();
    await engine(source(1, { seen }), { queryTimeoutMs: 5000 }).series(ctx, {} as never);
    expect(seen[0]?.deadline).to.be.a('number');
    expect(seen[0]!.deadline!).to.be.within(before, Date.now() + 5000);
    expect(seen[0]!.signal).to.have.property('aborted', false);
  });

  it('passing, aborts the sources and answers deadline_exceeded naming -querier.query-timeout, not unavailable', async () => {
    const hanging = source(1);
    hanging.selectProfiles = (c) =>
      new Promise((_resolve, reject) => c.signal?.addEventListener('abort', () => reject(unavailable('Cancelled on client')), { once: true }));
    const err = await failure(engine(hanging, { queryTimeoutMs: 100 }).selectMergeStacktraces(ctx, select as never));
    expect(err.code).to.equal('deadline_exceeded');
    expect(err.message).to.match(/-querier\.query-timeout/);
  });

  it('stops a source busy in a synchronous loop over series once it passes (checked between series)', async () => {
    const busy = source(1);
    let checked = 0;
    busy.series = async (c) => {
      for (;;) {
        checkQueryDeadline(c, 'series');
        checked++;
      }
    };
    const started = Date.now();
    const err = await failure(engine(busy, { queryTimeoutMs: 100 }).series(ctx, {} as never));
    expect(err.code).to.equal('deadline_exceeded');
    expect(checked).to.be.above(0);
    expect(Date.now() - started).to.be.below(30_000);
  });
});

describe('a client that gives up', () => {
  it('by closing its connection gets canceled (499), not unavailable blaming the ingesters', async () => {
    const client = new AbortController();
    const hanging = source(1);
    hanging.selectProfiles = (c) => {
      setTimeout(() => client.abort(), 10);
      return new Promise((_resolve, reject) => c.signal?.addEventListener('abort', () => reject(unavailable('Cancelled on client')), { once: true }));
    };
    const err = await failure(engine(hanging).selectMergeStacktraces({ ...ctx, signal: client.signal }, select as never));
    expect(err.code).to.equal('canceled');
  });

  it('by its own deadline (Connect-Timeout-Ms) gets deadline_exceeded, not unavailable', async () => {
    const hanging = source(1);
    hanging.series = (c) => new Promise((_resolve, reject) => c.signal?.addEventListener('abort', () => reject(unavailable('Cancelled on client')), { once: true }));
    const err = await failure(engine(hanging).series({ ...ctx, signal: AbortSignal.timeout(50) }, {} as never));
    expect(err.code).to.equal('deadline_exceeded');
  });
});
