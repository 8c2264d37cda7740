import { expect } from 'chai';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { ingester } from '../gen/index.ts';
import { decodeSeriesDigestsResponse, encodeSeriesDigestsResponse } from './series-digest-wire.ts';

type Response = ingester.v1.SeriesDigestsResponse.$Properties;

/** int64 values as the digests carry them, and the edges of the varint widths and of a double's exact integers. */
const EDGES = [0, 1, 1.5, 2 ** 40 + 0.5, 127, 128, 16383, 16384, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 1_733_540_000_000, 2 ** 53 - 1, -1, -128, -(2 ** 32), -(2 ** 53 - 1)];

const int64 = fc.oneof(fc.constantFrom(...EDGES), fc.maxSafeInteger());
const uint32 = fc.oneof(fc.constantFrom(0, 1, 127, 128, 2 ** 31, 2 ** 32 - 1), fc.nat({ max: 2 ** 32 - 1 }));
const text = fc.oneof(fc.constantFrom('', 'service_name', 'ünïcode ✓', 'x'.repeat(200)), fc.string({ maxLength: 20 }));
const digest = fc
  .integer({ min: 0, max: 300 })
  .chain((steps) => {
    const column = <T,>(value: fc.Arbitrary<T>) => fc.array(value, { minLength: steps, maxLength: steps });
    return fc.record({
      seriesFingerprint: fc.oneof(fc.constant(''), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((n) => n.toString(16))),
      labels: fc.record({ labels: fc.array(fc.record({ name: text, value: text }), { maxLength: 3 }) }),
      count: int64,
      digestLo: uint32,
      digestHi: uint32,
      blockCount: int64,
      blockDigestLo: uint32,
      blockDigestHi: uint32,
      stepTime: column(int64),
      stepSum: column(fc.oneof(fc.constantFrom(0, -0.5, 1e300, Number.MIN_VALUE), fc.double({ noNaN: true }))),
      stepCount: column(int64),
    });
  });
const response: fc.Arbitrary<Response> = fc.record({
  series: fc.array(digest, { maxLength: 5 }), blocks: fc.array(fc.string({ maxLength: 26 }), { maxLength: 2 }), mergesWithDigests: fc.boolean(),
  renderedSeries: fc.uint8Array({ maxLength: 300 }), renderedSeriesGzip: fc.boolean(), rendersSeries: fc.boolean(),
});

/**
 * What the generated decoder reads from the bytes, as plain objects with every field (int64 as numbers). An absent
 * labels message is read as no labels (its readers take `labels?.labels ?? []`), so every digest has one shape.
 */
const generated = (bytes: Uint8Array) => {
  const o = ingester.v1.SeriesDigestsResponse.toObject(ingester.v1.SeriesDigestsResponse.decode(bytes), { defaults: true, arrays: true, longs: Number });
  for (const d of o['series'] as { labels: unknown }[]) d.labels ??= { labels: [] };
  o['renderedSeries'] = Buffer.from(o['renderedSeries'] as Uint8Array);
  return o;
};

/** Our decoded answer as plain objects (its digests are DecodedSeriesDigests, whose step columns are getters). */
const plain = (answer: ReturnType<typeof decodeSeriesDigestsResponse>) => ({
  ...answer,
  // A Buffer from the generated decoder, a view of the answer from ours: compared as bytes.
  renderedSeries: Buffer.from(answer.renderedSeries),
  series: answer.series.map((d) => ({
    seriesFingerprint: d.seriesFingerprint,
    labels: d.labels,
    count: d.count,
    digestLo: d.digestLo,
    digestHi: d.digestHi,
    blockCount: d.blockCount,
    blockDigestLo: d.blockDigestLo,
    blockDigestHi: d.blockDigestHi,
    stepTime: d.stepTime,
    stepSum: d.stepSum,
    stepCount: d.stepCount,
  })),
});

describe('SeriesDigestsResponse wire form (series-digest-wire.ts)', () => {
  it('writes the bytes the generated encoder writes, and reads what the generated decoder reads, for any answer', () => {
    fc.assert(
      fc.property(response, (answer) => {
        const ours = encodeSeriesDigestsResponse(answer);
        const theirs = ingester.v1.SeriesDigestsResponse.encode(answer).finish();
        expect(Buffer.from(ours).equals(Buffer.from(theirs)), 'encoding').to.equal(true);
        expect(plain(decodeSeriesDigestsResponse(theirs)), 'decoding').to.deep.equal(generated(theirs));
      }),
      { numRuns: 300 },
    );
  });

  it('reads repeated scalars sent unpacked, fields in any order and fields it does not know', () => {
    const w = protobuf.Writer.create();
    const digest = protobuf.Writer.create();
    digest.uint32((11 << 3) | 0).int64(7); // step_count before step_time, unpacked
    digest.uint32((9 << 3) | 0).int64(1_733_540_000_000);
    digest.uint32((10 << 3) | 1).double(2.5); // step_sum unpacked
    digest.uint32((99 << 3) | 2).bytes(new Uint8Array([1, 2, 3])); // unknown
    digest.uint32((4 << 3) | 0).uint64(2 ** 32 + 5); // a uint32 sent wider: its low 32 bits, as protobufjs
    digest.uint32((1 << 3) | 2).string('fp');
    w.uint32((1 << 3) | 2).bytes(digest.finish());
    w.uint32((77 << 3) | 5).fixed32(9); // unknown, at the top level
    const bytes = w.finish();
    const ours = plain(decodeSeriesDigestsResponse(bytes));
    expect(ours).to.deep.equal(generated(bytes));
    expect(ours.series[0]).to.include({ seriesFingerprint: 'fp', digestLo: 5 });
    expect(ours.series[0]!.stepTime).to.deep.equal([1_733_540_000_000]);
  });

  it('reads a column sent in several parts, packed and unpacked, in order', () => {
    const digest = protobuf.Writer.create();
    const packed = (values: number[]) => {
      const p = protobuf.Writer.create();
      for (const v of values) p.int64(v);
      return p.finish();
    };
    digest.uint32((9 << 3) | 2).bytes(packed([1, 2 ** 40, 3]));
    digest.uint32((9 << 3) | 0).int64(-4);
    digest.uint32((9 << 3) | 2).bytes(packed(Array.from({ length: 100 }, (_, i) => 1_733_540_000_000 + i)));
    const bytes = protobuf.Writer.create().uint32((1 << 3) | 2).bytes(digest.finish()).finish();
    const ours = plain(decodeSeriesDigestsResponse(bytes));
    expect(ours).to.deep.equal(generated(bytes));
    expect(ours.series[0]!.stepTime.slice(0, 5)).to.deep.equal([1, 2 ** 40, 3, -4, 1_733_540_000_000]);
    expect(ours.series[0]!.stepTime).to.have.length(104);
  });

  it('refuses bytes cut short or a packed double column that is not whole doubles', () => {
    const bytes = encodeSeriesDigestsResponse({ series: [{ seriesFingerprint: 'fp', stepTime: [1_733_540_000_000], stepSum: [1.5], stepCount: [2] }] });
    // Cut anywhere: within the digest's length, its last column, or a varint.
    for (let cut = 1; cut < bytes.length; cut++) expect(() => decodeSeriesDigestsResponse(bytes.subarray(0, cut)), `cut at ${cut}`).to.throw(/past the end|truncated/);
    const w = protobuf.Writer.create();
    w.uint32((1 << 3) | 2).bytes(protobuf.Writer.create().uint32((10 << 3) | 2).bytes(new Uint8Array(12)).finish());
    expect(() => decodeSeriesDigestsResponse(w.finish())).to.throw(/not whole doubles/);
  });

  it('refuses a packed step column whose last varint is cut by the field, or runs past 10 bytes, as it decodes (not when read)', () => {
    const answer = (column: Uint8Array) => {
      const w = protobuf.Writer.create();
      w.uint32((1 << 3) | 2).bytes(protobuf.Writer.create().uint32((9 << 3) | 2).bytes(column).finish());
      return w.finish();
    };
    expect(() => decodeSeriesDigestsResponse(answer(new Uint8Array([0x01, 0x80])))).to.throw(/truncated varint/);
    expect(() => decodeSeriesDigestsResponse(answer(new Uint8Array([...Array<number>(10).fill(0xff), 0x01])))).to.throw(/longer than 10 bytes/);
    expect(plain(decodeSeriesDigestsResponse(answer(new Uint8Array([...Array<number>(9).fill(0xff), 0x01])))).series[0]!.stepTime).to.deep.equal([-1]);
  });

  it('reads a digest\'s labels when asked, two labels fields merged as protobuf merges a message sent twice, and refuses malformed labels as it decodes', () => {
    const labels = (...pairs: [string, string][]) => {
      const l = protobuf.Writer.create();
      for (const [name, value] of pairs) l.uint32((1 << 3) | 2).bytes(protobuf.Writer.create().uint32((1 << 3) | 2).string(name).uint32((2 << 3) | 2).string(value).finish());
      return l.finish();
    };
    const answer = (...fields: Uint8Array[]) => {
      const digest = protobuf.Writer.create().uint32((1 << 3) | 2).string('fp');
      for (const f of fields) digest.uint32((2 << 3) | 2).bytes(f);
      return protobuf.Writer.create().uint32((1 << 3) | 2).bytes(digest.uint32((3 << 3) | 0).int64(5).finish()).finish();
    };
    const bytes = answer(labels(['service_name', 'a']), labels(['pod', 'p-1'], ['ünï', '✓']));
    const ours = plain(decodeSeriesDigestsResponse(bytes));
    expect(ours).to.deep.equal(generated(bytes));
    expect(ours.series[0]!.labels.labels).to.deep.equal([{ name: 'service_name', value: 'a' }, { name: 'pod', value: 'p-1' }, { name: 'ünï', value: '✓' }]);
    // A pair whose value's length runs past its pair: refused by the decode, not by a later read of the labels.
    const pair = protobuf.Writer.create().uint32((1 << 3) | 2).string('n').uint32((2 << 3) | 2).uint32(9).finish();
    expect(() => decodeSeriesDigestsResponse(answer(protobuf.Writer.create().uint32((1 << 3) | 2).bytes(pair).finish()))).to.throw(/past the end|truncated/);
  });

  it('writes an empty answer as no bytes', () => {
    expect(encodeSeriesDigestsResponse({}).length).to.equal(0);
    expect(plain(decodeSeriesDigestsResponse(new Uint8Array(0)))).to.deep.equal({ series: [], blocks: [], mergesWithDigests: false, renderedSeries: Buffer.alloc(0), renderedSeriesGzip: false, rendersSeries: false });
  });
});
