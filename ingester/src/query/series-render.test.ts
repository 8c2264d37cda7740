import { expect } from 'chai';
import { gunzipSync } from 'node:zlib';
import { Registry } from 'prom-client';
import { ingester, push, querier } from '../gen/index.ts';
import { limitsWith } from '../ingest/limits.ts';
import type { RequestContext } from '../model/api.ts';
import { loadTestProfiles } from '../pprof/testdata.ts';
import type { IngesterRole } from '../roles/ingester/ingester.ts';
import { memoryBucketIngesters } from '../roles/ingester/testing/memory-bucket-role.ts';
import { ApiError } from '../util/errors.ts';
import { silentLogger } from '../util/log.ts';
import { gzippedWireBytesOf, wireBytesOf } from './encoded-answer.ts';
import { allowFailures, QuerierEngine, type QuerySource } from './querier-engine.ts';

const ctx: RequestContext = { tenant: 't' };
const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const profiles = loadTestProfiles();
const raw = profiles.find((f) => f.name === 'go-cpu.pb.gz')!.raw;
const otherRaw = profiles.find((f) => f.name === 'java-kafka-process_cpu_cpu_nanoseconds_cpu_nanoseconds.pb.gz')!.raw;
const limits = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });
const pushOf = (id: string, service: string, rawProfile = raw) => push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: service }], samples: [{ rawProfile, ID: id }] }] });
// Every profile in one hour-long step: the test profiles carry their own (old) times.
/** An answer as its encoding reads (a rendered one decodes with every repeated field present, empty or not). */
const canonical = (a: querier.v1.SelectSeriesResponse.$Properties) => querier.v1.SelectSeriesResponse.toObject(querier.v1.SelectSeriesResponse.decode(querier.v1.SelectSeriesResponse.encode(a).finish()), { longs: Number });
const request = { profileTypeID: TYPE, labelSelector: '{}', start: 0, end: 4_000_000_000_000, step: 3600 * 24 * 365, groupBy: ['service_name'] };

describe('SelectSeries rendered on a replica (series-render.ts)', () => {
  const ingesterRole = memoryBucketIngesters('series-render-', limits);

  /** Three replicas holding the same profiles, each recording the SelectSeriesDigests requests it gets. */
  const cluster = async (asked: ingester.v1.SeriesDigestsRequest[][], transform?: (r: ingester.v1.SeriesDigestsRequest) => ingester.v1.SeriesDigestsRequest, moreServices = 0) => {
    const sources: QuerySource[] = [];
    const ingesters: IngesterRole[] = [];
    for (const i of [0, 1, 2]) {
      const role = await ingesterRole(`ingester-${i}`);
      for (const [id, svc] of [['a', 'x'], ['b', 'y'], ['c', 'x']] as const) await role.push(ctx, pushOf(id, svc));
      await role.push(ctx, pushOf('d', 'z', otherRaw));
      for (let k = 0; k < moreServices; k++) await role.push(ctx, pushOf(`more-${k}`, `service-${k}`));
      ingesters.push(role);
      asked.push([]);
      sources.push({
        name: `ingester-${i}`,
        api: {
          profileTypes: (c, r) => role.profileTypes(c, r), labelNames: (c, r) => role.labelNames(c, r), labelValues: (c, r) => role.labelValues(c, r), series: (c, r) => role.series(c, r),
          selectProfiles: (c, r) => role.selectProfiles(c, r), mergeStacktraces: (c, r) => role.mergeStacktraces(c, r), mergeProfile: (c, r) => role.mergeProfile(c, r),
          selectSeriesDigests: (c, r) => (asked[i]!.push(r), role.selectSeriesDigests(c, transform ? transform(r) : r)),
        },
      });
    }
    const registry = new Registry();
    const engine = new QuerierEngine({ sources: () => sources, registry, logger: silentLogger(), failurePolicy: allowFailures(1) });
    const renders = async (result: string) => (await registry.getSingleMetric('querier_engine_series_renders_total')!.get()).values.find((v) => v.labels['result'] === result)?.value ?? 0;
    return { engine, ingesters, renders };
  };
  const renderedBy = (asked: ingester.v1.SeriesDigestsRequest[][]) => asked.flatMap((calls, i) => calls.filter((r) => r.render).map(() => `ingester-${i}`));

  it('a selector every replica held whole last time is rendered by one of them, and its bytes are the answer: the same series', async () => {
    const asked: ingester.v1.SeriesDigestsRequest[][] = [];
    // Enough series for an answer past 1 KiB, which is sent gzip'd.
    const { engine, renders } = await cluster(asked, undefined, 60);
    const first = await engine.selectSeries(ctx, request as never);
    expect(renderedBy(asked)).to.deep.equal([]);
    // Not rendered: the querier's own aggregation, encoded by it as the generated encoder would.
    expect(Buffer.from(wireBytesOf(first)!)).to.deep.equal(Buffer.from(querier.v1.SelectSeriesResponse.encode(canonical(first)).finish()));
    expect(first.series!.map((s) => s.labels![0]!.value).filter((v) => !String(v).startsWith('service-'))).to.deep.equal(['x', 'y', 'z']);
    const second = await engine.selectSeries(ctx, request as never);
    expect(renderedBy(asked)).to.have.length(1);
    // Every source's digests came without their steps.
    expect(asked.flatMap((calls) => calls.slice(1).map((r) => r.withoutSteps))).to.deep.equal([true, true, true]);
    expect(wireBytesOf(second)).to.be.instanceOf(Uint8Array);
    expect(canonical(second)).to.deep.equal(canonical(first));
    expect(await renders('kept')).to.equal(1);
    // Averaged, and gzip'd for a client that takes it: the same as the digests read by a fresh querier.
    const average = { ...request, aggregation: 1 };
    const gzipped = await engine.selectSeries({ ...ctx, answerMayBeGzipped: true }, average as never);
    expect(await renders('kept')).to.equal(2);
    const bytes = gzippedWireBytesOf(gzipped);
    const { engine: fresh } = await cluster([], undefined, 60);
    const expected = await fresh.selectSeries(ctx, average as never);
    expect(bytes).to.be.instanceOf(Uint8Array);
    expect(querier.v1.SelectSeriesResponse.toObject(querier.v1.SelectSeriesResponse.decode(gunzipSync(bytes!)), { longs: Number })).to.deep.equal(canonical(expected));
    expect(canonical(gzipped)).to.deep.equal(canonical(expected));
  });

  it('a rendered answer the others disagree with is discarded: the digests are read again, each profile counted once, and the next read is not rendered', async () => {
    const asked: ingester.v1.SeriesDigestsRequest[][] = [];
    const { engine, ingesters, renders } = await cluster(asked);
    await engine.selectSeries(ctx, request as never);
    // A push that reached one replica: its series' digests differ.
    await ingesters[0]!.push(ctx, pushOf('e', 'y'));
    const answer = await engine.selectSeries(ctx, request as never);
    expect(renderedBy(asked)).to.have.length(1);
    expect(await renders('discarded')).to.equal(1);
    const y = answer.series!.find((s) => s.labels![0]!.value === 'y')!;
    const x = answer.series!.find((s) => s.labels![0]!.value === 'x')!;
    // y holds b and e, x holds a and c: the same profile, so the same value twice.
    expect(Number(y.points![0]!.value)).to.equal(Number(x.points![0]!.value));
    await engine.selectSeries(ctx, request as never);
    expect(renderedBy(asked)).to.have.length(1);
  });

  it('a series one replica alone holds has that replica render, and the answer holds it', async () => {
    const asked: ingester.v1.SeriesDigestsRequest[][] = [];
    const { engine, ingesters, renders } = await cluster(asked);
    await ingesters[1]!.push(ctx, pushOf('f', 'only-on-1'));
    const first = await engine.selectSeries(ctx, request as never);
    expect(first.series!.map((s) => s.labels![0]!.value)).to.deep.equal(['only-on-1', 'x', 'y', 'z']);
    for (let i = 0; i < 3; i++) expect(canonical(await engine.selectSeries(ctx, request as never))).to.deep.equal(canonical(first));
    expect(renderedBy(asked)).to.deep.equal(['ingester-1', 'ingester-1', 'ingester-1']);
    expect(await renders('kept')).to.equal(3);
  });

  it('a replica that fails while rendering has its answer read from the others with their steps, the same as before', async () => {
    const asked: ingester.v1.SeriesDigestsRequest[][] = [];
    const { engine, ingesters } = await cluster(asked);
    const first = await engine.selectSeries(ctx, request as never);
    // The next render fails, once: the querier reads the digests again with their steps and answers the same.
    for (const role of ingesters) {
      const original = role.selectSeriesDigests.bind(role);
      let failed = false;
      role.selectSeriesDigests = async (c, r) => {
        if (r.render && !failed) {
          failed = true;
          throw new ApiError('unavailable', 'the ingester went away');
        }
        return original(c, r);
      };
    }
    expect(canonical(await engine.selectSeries(ctx, request as never))).to.deep.equal(canonical(first));
    expect(renderedBy(asked)).to.have.length(1);
    const rendered = await engine.selectSeries(ctx, request as never);
    expect(renderedBy(asked)).to.have.length(2);
    expect(wireBytesOf(rendered)).to.be.instanceOf(Uint8Array);
    expect(canonical(rendered)).to.deep.equal(canonical(first));
  });

  it('replicas of an earlier version, which ignore render and do not say they render, are never asked to', async () => {
    const asked: ingester.v1.SeriesDigestsRequest[][] = [];
    const earlier = (r: ingester.v1.SeriesDigestsRequest) => ({ ...r, render: null, withoutSteps: false }) as ingester.v1.SeriesDigestsRequest;
    const { engine, ingesters, renders } = await cluster(asked, earlier);
    for (const role of ingesters) {
      const original = role.selectSeriesDigests.bind(role);
      role.selectSeriesDigests = async (c, r) => ({ ...(await original(c, r)), rendersSeries: false });
    }
    const first = await engine.selectSeries(ctx, request as never);
    for (let i = 0; i < 2; i++) expect(canonical(await engine.selectSeries(ctx, request as never))).to.deep.equal(canonical(first));
    expect(renderedBy(asked)).to.deep.equal([]);
    expect((await renders('kept')) + (await renders('discarded'))).to.equal(0);
  });
});
