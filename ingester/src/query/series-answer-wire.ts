// SelectSeries' answer (querier.v1.SelectSeriesResponse) written into one sized buffer (util/sized-writer.ts) rather
// than by the generated encoder. A dashboard's query over an hour in 15 s steps answers 240 points per series; the
// generated Point.encode wrote each point as a nested message through a Writer state object and its int64 time through
// a LongBits object: ~10% of the querier's CPU per such query and 14% of what it allocated (bench/querier --cpu-prof
// and the heap sampler, 2026-12-07), and as much of an ingester's when it answers a SelectSeries itself. The bytes
// are the generated encoder's. Points with annotations or exemplars (neither our querier nor our ingesters make any)
// are left to the generated encoder.
import { querier } from '../gen/index.ts';
import { WIRE_LEN } from '../pprof/varint.ts';
import type { MessageType } from '../server/service-table.ts';
import type { AggregatedSeries } from './series.ts';
import { finish, labelPairsSize, type LabelPairProps, sizedOut, type Out, varintSize, writeByte, writeDouble, writeLabelPairs, writeScalar, writeVarint } from '../util/sized-writer.ts';

type Response = querier.v1.SelectSeriesResponse.$Properties;

/** A point's encoded size: its value unless absent or +0 (Object.is, as the generated encoder), its time unless 0. */
const pointSize = (value: number | null | undefined, timestamp: number | null | undefined): number =>
  (value != null && !Object.is(value, 0) ? 9 : 0) + (timestamp ? 1 + varintSize(timestamp) : 0);

/** Series field 2: one point, `size` its pointSize. */
function writePoint(w: Out, size: number, value: number | null | undefined, timestamp: number): void {
  writeByte(w, (2 << 3) | WIRE_LEN);
  writeVarint(w, size);
  if (value != null) writeDouble(w, 1, value);
  writeScalar(w, 2, timestamp);
}

/** How the encoder reads a series' labels and points: from the answer's objects, or from columns. */
interface SeriesReader<S> {
  labels(s: S): readonly LabelPairProps[];
  points(s: S): number;
  value(s: S, k: number): number | null | undefined;
  time(s: S, k: number): number;
}

type Series = NonNullable<Response['series']>[number];

const fromObjects: SeriesReader<Series> = {
  labels: (s) => s.labels ?? [],
  points: (s) => s.points?.length ?? 0,
  value: (s, k) => s.points![k]!.value,
  time: (s, k) => Number(s.points![k]!.timestamp ?? 0),
};

const fromColumns: SeriesReader<AggregatedSeries> = {
  labels: (s) => s.labels,
  points: (s) => s.times.length,
  value: (s, k) => s.values[k],
  time: (s, k) => s.times[k]!,
};

/** The answer holding these series, sized first, then written into one buffer. */
function encodeSeries<S>(series: readonly S[], read: SeriesReader<S>): Uint8Array {
  const sizes = new Array<number>(series.length);
  let total = 0;
  for (let i = 0; i < series.length; i++) {
    const s = series[i]!;
    let size = labelPairsSize(read.labels(s));
    for (let k = 0, n = read.points(s); k < n; k++) {
      const point = pointSize(read.value(s, k), read.time(s, k));
      size += 1 + varintSize(point) + point;
    }
    sizes[i] = size;
    total += 1 + varintSize(size) + size;
  }
  const w = sizedOut(total);
  for (let i = 0; i < series.length; i++) {
    const s = series[i]!;
    writeByte(w, (1 << 3) | WIRE_LEN);
    writeVarint(w, sizes[i]!);
    writeLabelPairs(w, 1, read.labels(s));
    for (let k = 0, n = read.points(s); k < n; k++) {
      const value = read.value(s, k);
      const time = read.time(s, k);
      writePoint(w, pointSize(value, time), value, time);
    }
  }
  return finish(w, 'SelectSeriesResponse');
}

/** The encoding of `message`, or undefined when a point carries annotations or exemplars. */
export function encodeSelectSeriesResponse(message: Response): Uint8Array | undefined {
  const series = message.series ?? [];
  for (const s of series) {
    for (const p of s.points ?? []) if ((p.annotations?.length ?? 0) > 0 || (p.exemplars?.length ?? 0) > 0) return undefined;
  }
  return encodeSeries(series, fromObjects);
}

/** The encoding of the answer holding these series (aggregateSeriesColumns): the bytes encodeSelectSeriesResponse writes for them as objects. */
export function encodeAggregatedSeries(series: readonly AggregatedSeries[]): Uint8Array {
  return encodeSeries(series, fromColumns);
}

/** SelectSeries' answer type for the service table: encoded here when it can be, by the generated code otherwise. */
export const selectSeriesResponseType: MessageType = {
  encode: (message) => {
    const bytes = encodeSelectSeriesResponse(message as Response);
    return bytes ? { finish: () => bytes } : querier.v1.SelectSeriesResponse.encode(message as Response);
  },
  decode: (bytes) => querier.v1.SelectSeriesResponse.decode(bytes),
  fromObject: (object) => querier.v1.SelectSeriesResponse.fromObject(object),
  toObject: (message, options) => querier.v1.SelectSeriesResponse.toObject(message as querier.v1.SelectSeriesResponse, options),
};
