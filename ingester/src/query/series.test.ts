import { expect } from 'chai';
import fc from 'fast-check';
import { ApiError } from '../util/errors.ts';
import { aggregateSeries, aggregateSeriesColumns, aggregationFromProto, compareLabelPairs, type SeriesPointRef } from './series.ts';

const ref = (labels: Record<string, string>, timestampMs: number, value: number): SeriesPointRef => ({
  labels: Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => ({ name, value })),
  timestampMs,
  value,
});

const points = (s: { points?: { timestamp?: number | null; value?: number | null }[] | null }): [number, number][] =>
  (s.points ?? []).map((p) => [Number(p.timestamp), Number(p.value)]);

describe('aggregateSeries', () => {
  const base = { start: 1000, end: 5000, stepSeconds: 1, groupBy: [] as string[], aggregation: 'sum' as const };

  it('a profile counts in the first step at or after its time', () => {
    const s = aggregateSeries([ref({ a: '1' }, 1000, 1), ref({ a: '1' }, 1001, 2), ref({ a: '1' }, 2000, 4), ref({ a: '1' }, 2500, 8)], base);
    expect(s).to.have.length(1);
    expect(points(s[0]!)).to.deep.equal([[1000, 1], [2000, 6], [3000, 8]]);
  });

  it('profiles after the last step are not counted (a series with no counted profile is absent)', () => {
    const s = aggregateSeries([ref({}, 4500, 1), ref({}, 5000, 2)], { ...base, end: 4600 });
    expect(s).to.deep.equal([]);
    const s2 = aggregateSeries([ref({}, 4500, 1), ref({}, 5000, 2)], base);
    expect(points(s2[0]!)).to.deep.equal([[5000, 3]]);
  });

  it('without group_by every series is summed into one series with no labels', () => {
    const s = aggregateSeries([ref({ pod: 'a' }, 1000, 1), ref({ pod: 'b' }, 1000, 2)], base);
    expect(s).to.deep.equal([{ labels: [], points: [{ timestamp: 1000, value: 3 }] }]);
  });

  it('group_by keeps only the named labels and aggregates series that share them', () => {
    const s = aggregateSeries(
      [ref({ pod: 'a', env: 'prod' }, 1000, 1), ref({ pod: 'b', env: 'prod' }, 1000, 2), ref({ pod: 'c', env: 'dev' }, 1000, 4), ref({ pod: 'd' }, 1000, 8)],
      { ...base, groupBy: ['env'] },
    );
    expect(s.map((x) => [x.labels, points(x)])).to.deep.equal([
      [[], [[1000, 8]]],
      [[{ name: 'env', value: 'dev' }], [[1000, 4]]],
      [[{ name: 'env', value: 'prod' }], [[1000, 3]]],
    ]);
  });

  it('average divides the step sum by the number of profiles in it', () => {
    const s = aggregateSeries([ref({}, 1500, 1), ref({}, 1600, 2), ref({}, 2000, 6), ref({}, 3000, 5)], { ...base, aggregation: 'average' });
    expect(points(s[0]!)).to.deep.equal([[2000, 3], [3000, 5]]);
  });

  it('points come out sorted whatever the input order, and series sorted by labels', () => {
    const s = aggregateSeries([ref({ x: 'b' }, 3000, 1), ref({ x: 'a' }, 2000, 1), ref({ x: 'b' }, 1000, 1)], { ...base, groupBy: ['x'] });
    expect(s.map((x) => [x.labels?.[0]?.value, points(x).map((p) => p[0])])).to.deep.equal([['a', [2000]], ['b', [1000, 3000]]]);
  });

  it('steps are fractions of seconds when asked', () => {
    const s = aggregateSeries([ref({}, 1100, 1), ref({}, 1300, 1)], { ...base, end: 2000, stepSeconds: 0.25 });
    expect(points(s[0]!)).to.deep.equal([[1250, 1], [1500, 1]]);
  });

  const invalid: [string, Partial<typeof base>, RegExp][] = [
    ['a zero step is rejected', { stepSeconds: 0 }, /step must be a positive number/],
    ['an end before the start is rejected', { end: 10 }, /end \(10\) is before start/],
    ['a step so small that the range has too many points is rejected', { end: 1e9, stepSeconds: 1 }, /too many points/],
  ];
  for (const [sentence, opts, want] of invalid) {
    it(sentence, () => {
      expect(() => aggregateSeries([], { ...base, ...opts }))
        .to.throw(ApiError, want)
        .with.property('code', 'invalid_argument');
    });
  }

  it('with SUM, the points add up to the values of the profiles up to the last step, for any profiles', () => {
    const profile = fc.record({ pod: fc.constantFrom('a', 'b', 'c'), t: fc.integer({ min: 1000, max: 5000 }), v: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(profile, { maxLength: 30 }), fc.integer({ min: 1, max: 3000 }), (ps, stepMs) => {
        const opts = { ...base, stepSeconds: stepMs / 1000, groupBy: ['pod'] };
        const lastStep = 1000 + Math.floor(4000 / stepMs) * stepMs;
        const want = ps.filter((p) => p.t <= lastStep).reduce((s, p) => s + p.v, 0);
        const series = aggregateSeries(ps.map((p) => ref({ pod: p.pod }, p.t, p.v)), opts);
        const got = series.flatMap((s) => s.points ?? []).reduce((s, p) => s + Number(p.value), 0);
        expect(got).to.equal(want);
        for (const s of series) for (const p of s.points ?? []) expect((Number(p.timestamp) - 1000) % stepMs).to.equal(0);
      }),
      { numRuns: 100 },
    );
  });

  it('gives every group the points of a step-by-step map, in time order, for refs in any order and any counts', () => {
    // Several series per group (pod and container, grouped by pod), so points of one group arrive out of step order.
    const point = fc.record({ pod: fc.constantFrom('a', 'b'), container: fc.constantFrom('x', 'y'), t: fc.integer({ min: 0, max: 6000 }), v: fc.integer({ min: 0, max: 1000 }), n: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.integer({ min: 1, max: 1500 }), fc.constantFrom('sum' as const, 'average' as const), (ps, stepMs, aggregation) => {
        const opts = { ...base, stepSeconds: stepMs / 1000, groupBy: ['pod'], aggregation };
        const lastStep = 1000 + Math.floor(4000 / stepMs) * stepMs;
        const want = new Map<string, Map<number, { sum: number; count: number }>>();
        for (const p of ps) {
          const at = p.t <= 1000 ? 1000 : 1000 + Math.ceil((p.t - 1000) / stepMs) * stepMs;
          if (at > lastStep) continue;
          const steps = want.get(p.pod) ?? want.set(p.pod, new Map()).get(p.pod)!;
          const b = steps.get(at) ?? steps.set(at, { sum: 0, count: 0 }).get(at)!;
          b.sum += p.v;
          b.count += p.n;
        }
        const series = aggregateSeries(ps.map((p) => ({ ...ref({ pod: p.pod, container: p.container }, p.t, p.v), count: p.n })), opts);
        const got = Object.fromEntries(series.map((s) => [s.labels![0]!.value!, points(s)]));
        const expected = Object.fromEntries([...want].map(([pod, steps]) => [pod, [...steps].sort((a, b) => a[0] - b[0]).map(([t, b]) => [t, aggregation === 'average' ? b.sum / b.count : b.sum])]));
        expect(got).to.deep.equal(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('points given as columns (the steps of a digest) aggregate as the same points given one by one, mixed with refs', () => {
    const point = fc.record({ pod: fc.constantFrom('a', 'b'), container: fc.constantFrom('x', 'y'), t: fc.integer({ min: 0, max: 6000 }), v: fc.integer({ min: 0, max: 1000 }), n: fc.integer({ min: 1, max: 4 }) });
    // Grouped by pod, a group gathers two series' columns or one; by pod and container, each group is one column
    // (taken as it is when its steps ascend one per point).
    const groupBy = fc.constantFrom(['pod'], ['pod', 'container']);
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.array(point, { maxLength: 20 }), fc.integer({ min: 1, max: 1500 }), fc.constantFrom('sum' as const, 'average' as const), groupBy, (asColumns, asRefs, stepMs, aggregation, by) => {
        const opts = { ...base, stepSeconds: stepMs / 1000, groupBy: by, aggregation };
        const toRef = (p: (typeof asColumns)[number]) => ({ ...ref({ pod: p.pod, container: p.container }, p.t, p.v), count: p.n });
        // One column set per series (pod, container), its points in the order drawn, in Float64Arrays as decoded.
        const bySeries = new Map<string, (typeof asColumns)[number][]>();
        for (const p of asColumns) bySeries.set(`${p.pod}/${p.container}`, [...(bySeries.get(`${p.pod}/${p.container}`) ?? []), p]);
        const columns = [...bySeries.values()].map((ps) => ({
          labels: toRef(ps[0]!).labels,
          times: Float64Array.from(ps, (p) => p.t),
          sums: Float64Array.from(ps, (p) => p.v),
          counts: Float64Array.from(ps, (p) => p.n),
          length: ps.length,
        }));
        const oneByOne = aggregateSeries([...asColumns, ...asRefs].map(toRef), opts).map((s) => [s.labels, points(s)]);
        expect(aggregateSeries(asRefs.map(toRef), opts, columns).map((s) => [s.labels, points(s)])).to.deep.equal(oneByOne);
        // Columns alone, as an ingester rendering a SelectSeries aggregates its digests' steps.
        const columnsOnly = aggregateSeries(asColumns.map(toRef), opts).map((s) => [s.labels, points(s)]);
        expect(aggregateSeriesColumns([], opts, columns).map((s) => [s.labels, s.times.map((t, i) => [t, s.values[i]])])).to.deep.equal(columnsOnly);
      }),
      { numRuns: 200 },
    );
  });

  it('the wire aggregation maps AVERAGE to average and anything else to sum', () => {
    expect(aggregationFromProto(1)).to.equal('average');
    expect(aggregationFromProto(0)).to.equal('sum');
    expect(aggregationFromProto(undefined)).to.equal('sum');
  });

  it('label sets compare pair by pair, a prefix first', () => {
    const a = [{ name: 'a', value: '1' }];
    const ab = [...a, { name: 'b', value: '1' }];
    expect(compareLabelPairs(a, ab)).to.be.below(0);
    expect(compareLabelPairs([{ name: 'a', value: '2' }], ab)).to.be.above(0);
    expect(compareLabelPairs(ab, ab)).to.equal(0);
  });
});
