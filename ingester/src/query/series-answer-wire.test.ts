import { expect } from 'chai';
import fc from 'fast-check';
import { querier } from '../gen/index.ts';
import { encodeAggregatedSeries, encodeSelectSeriesResponse } from './series-answer-wire.ts';

const text = fc.oneof(fc.constantFrom('', 'service_name', 'ünïcode ✓'), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 10 }));
const int64 = fc.oneof(fc.constantFrom(0, 1, 1.5, 2 ** 40 + 0.5, 127, 128, 2 ** 31, 2 ** 32, 1_733_540_000_000, 2 ** 53 - 1, -1, -(2 ** 40)), fc.maxSafeInteger(), fc.integer());
const double = fc.oneof(fc.constantFrom(0, -0, 1e300, Number.MIN_VALUE, -2.5), fc.double({ noNaN: true }));
const point = fc.record({ value: double, timestamp: int64 }, { requiredKeys: [] });
const series = fc.record({ labels: fc.array(fc.record({ name: text, value: text }), { maxLength: 4 }), points: fc.array(point, { maxLength: 30 }) }, { requiredKeys: [] });

describe('SelectSeriesResponse encoding (series-answer-wire.ts)', () => {
  it('writes the bytes the generated encoder writes, for any series and points', () => {
    fc.assert(
      fc.property(fc.array(series, { maxLength: 5 }), (s) => {
        const answer = { series: s };
        const ours = encodeSelectSeriesResponse(answer)!;
        expect(Buffer.from(ours).equals(Buffer.from(querier.v1.SelectSeriesResponse.encode(answer).finish()))).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('writes series given as columns (aggregateSeriesColumns) as the generated encoder writes them as objects', () => {
    const columns = fc.array(fc.record({ value: double, timestamp: int64 }), { maxLength: 30 });
    const labels = fc.array(fc.record({ name: text, value: text }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.record({ labels, points: columns }), { maxLength: 5 }), (drawn) => {
        const series = drawn.map((s) => ({ labels: s.labels, times: s.points.map((p) => p.timestamp), values: s.points.map((p) => p.value) }));
        const asObjects = { series: drawn.map((s) => ({ labels: s.labels, points: s.points })) };
        expect(Buffer.from(encodeAggregatedSeries(series)).equals(Buffer.from(querier.v1.SelectSeriesResponse.encode(asObjects).finish()))).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves an answer with annotations or exemplars to the generated encoder', () => {
    const withAnnotation = { series: [{ labels: [], points: [{ value: 1, timestamp: 2, annotations: [{ key: 'throttled', value: 'x' }] }] }] };
    expect(encodeSelectSeriesResponse(withAnnotation)).to.equal(undefined);
    expect(encodeSelectSeriesResponse({ series: [{ points: [{ value: 1, exemplars: [{ profileId: 'p' }] }] }] })).to.equal(undefined);
  });
});
