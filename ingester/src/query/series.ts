// SelectSeries: per-profile values turned into time series, as Pyroscope's querier does it.
//
// - Steps are start, start+step, start+2·step, … ≤ end (step in seconds, times in ms). A profile at time t
//   belongs to the first step ≥ t, so a point at time T sums the profiles of (T-step, T]; profiles after
//   the last step are not counted.
// - Series are grouped by the `group_by` label names: a series' labels are reduced to those names (sorted;
//   absent names are left out), and series that reduce to the same labels are aggregated together. No
//   group_by gives one series with no labels.
// - SUM adds the values of a step; AVERAGE divides that sum by the number of profiles in it.
// - Points are sorted by time; series are sorted by their labels (name, then value, pair by pair; a prefix
//   sorts first).
import type { types } from '../gen/index.ts';
import { invalidArgument } from '../util/errors.ts';
import type { LabelPair } from '../model/labels.ts';
import { StepSums } from './step-sums.ts';

export type Aggregation = 'sum' | 'average';

export interface SeriesPointRef {
  labels: readonly LabelPair[];
  timestampMs: number;
  value: number;
  /** Profiles the value sums (a source's sum for a step: series-pick.ts); 1 when absent. */
  count?: number;
}

/**
 * Points of one series as columns (a digest's steps, series-pick.ts): at each index below `length`, a time (Unix ms),
 * the sum of the values there and the count of profiles it sums. No object per point.
 */
export interface SeriesColumns {
  labels: readonly LabelPair[];
  times: ArrayLike<number>;
  sums: ArrayLike<number>;
  counts: ArrayLike<number>;
  length: number;
}

export interface AggregateSeriesOptions {
  /** Unix ms, inclusive. */
  start: number;
  /** Unix ms, inclusive. */
  end: number;
  stepSeconds: number;
  groupBy: readonly string[];
  aggregation: Aggregation;
}

/** Maps the wire enum (absent = SUM) to our aggregation. */
export function aggregationFromProto(a: types.v1.TimeSeriesAggregationType | null | undefined): Aggregation {
  return a === 1 ? 'average' : 'sum';
}

/**
 * One output series as columns: its points' times (Unix ms) and values, in time order. An ingester rendering a
 * SelectSeries encodes these as they are (series-answer-wire.ts encodeAggregatedSeries): an object per point, with
 * its time and value boxed, was a fifth of what it allocated per query over an hour in 15 s steps.
 */
export interface AggregatedSeries {
  labels: LabelPair[];
  times: number[];
  values: number[];
}

/** One output series being aggregated: its points by step index (step-sums.ts), or the one column it is so far. */
interface Group {
  labels: LabelPair[];
  points: StepSums | undefined;
  /** The only thing added to the group yet, a column: taken as it is when nothing else comes (the usual case). */
  single: SeriesColumns | undefined;
}

/** The series of `refs` and `columns` (points given as columns: SeriesColumns) together. */
export function aggregateSeries(refs: Iterable<SeriesPointRef>, opts: AggregateSeriesOptions, columns: readonly SeriesColumns[] = []): types.v1.Series.$Properties[] {
  return aggregateSeriesColumns(refs, opts, columns).map((s) => ({ labels: s.labels, points: s.times.map((timestamp, i) => ({ timestamp, value: s.values[i]! })) }));
}

/** As aggregateSeries, each series as columns. */
export function aggregateSeriesColumns(refs: Iterable<SeriesPointRef>, opts: AggregateSeriesOptions, columns: readonly SeriesColumns[] = []): AggregatedSeries[] {
  const stepMs = validStepMs(opts);
  const { start, end } = opts;
  const lastStep = Math.floor((end - start) / stepMs);
  const groupBy = new Set(opts.groupBy);
  const groups = new Map<string, Group>();

  // Refs of one series usually share one labels array (dedup.ts hands them out so): resolve each array's
  // group once instead of reducing and stringifying its labels for every profile.
  const groupOfArray = new Map<readonly LabelPair[], Group>();
  const groupOf = (refLabels: readonly LabelPair[]): Group => {
    let g = groupOfArray.get(refLabels);
    if (!g) {
      const labels = groupLabels(refLabels, groupBy);
      const key = labelsKey(labels);
      g = groups.get(key);
      if (!g) {
        g = { labels, points: undefined, single: undefined };
        groups.set(key, g);
      }
      groupOfArray.set(refLabels, g);
    }
    return g;
  };
  // A profile at time t belongs to the first step at or after it (the first step is `start`).
  const stepOf = (t: number): number => (t <= start ? 0 : Math.ceil((t - start) / stepMs));
  const addColumn = (points: StepSums, c: SeriesColumns): void => {
    for (let i = 0; i < c.length; i++) {
      const step = stepOf(c.times[i]!);
      if (step <= lastStep) points.add(step, c.sums[i]!, c.counts[i]!);
    }
  };
  // The group's step sums, made when a second thing is added to it (sized for what it holds then).
  const pointsOf = (g: Group, more: number): StepSums => {
    if (g.points) return g.points;
    const points = new StepSums(Math.min(lastStep + 1, (g.single?.length ?? 0) + more));
    if (g.single) addColumn(points, g.single);
    g.single = undefined;
    return (g.points = points);
  };
  for (const ref of refs) {
    const step = stepOf(ref.timestampMs);
    if (step <= lastStep) pointsOf(groupOf(ref.labels), 0).add(step, ref.value, ref.count ?? 1);
  }
  for (const c of columns) {
    // A series with no point in range is absent: the group is made at the first point in range, as for refs.
    let i = 0;
    while (i < c.length && stepOf(c.times[i]!) > lastStep) i++;
    if (i === c.length) continue;
    const g = groupOf(c.labels);
    if (!g.points && !g.single) g.single = c;
    else addColumn(pointsOf(g, c.length), c);
  }

  const average = opts.aggregation === 'average';
  const out: AggregatedSeries[] = [];
  for (const g of groups.values()) {
    const taken = g.single ? columnAsIs(g.single) : undefined;
    if (taken) {
      out.push({ labels: g.labels, ...taken });
      continue;
    }
    const p = g.single ? pointsOf(g, 0) : g.points!;
    const order = p.order();
    const times = new Array<number>(order.length);
    const values = new Array<number>(order.length);
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      times[k] = start + p.steps[i]! * stepMs;
      values[k] = average ? p.sums[i]! / p.counts[i]! : p.sums[i]!;
    }
    out.push({ labels: g.labels, times, values });
  }
  out.sort((a, b) => compareLabelPairs(a.labels, b.labels));
  return out;

  /** A column's points in range as the output's, when its steps ascend one per point (else undefined: summed by step). */
  function columnAsIs(c: SeriesColumns): { times: number[]; values: number[] } | undefined {
    const times = new Array<number>(c.length);
    const values = new Array<number>(c.length);
    let n = 0;
    let previous = -1;
    for (let i = 0; i < c.length; i++) {
      const step = stepOf(c.times[i]!);
      if (step > lastStep) continue;
      if (step <= previous) return undefined;
      previous = step;
      times[n] = start + step * stepMs;
      values[n++] = average ? c.sums[i]! / c.counts[i]! : c.sums[i]!;
    }
    times.length = n;
    values.length = n;
    return { times, values };
  }
}

/** The step in whole ms (at least 1), or invalid_argument: a step that is not a positive number, too many points, end before start. */
export function validStepMs(opts: AggregateSeriesOptions): number {
  if (!(opts.stepSeconds > 0) || !Number.isFinite(opts.stepSeconds)) {
    throw invalidArgument(`step must be a positive number of seconds, got ${opts.stepSeconds}`);
  }
  if (opts.end < opts.start) throw invalidArgument(`end (${opts.end}) is before start (${opts.start})`);
  const stepMs = Math.round(opts.stepSeconds * 1000);
  if (stepMs < 1) throw invalidArgument(`step must be at least 1 ms, got ${opts.stepSeconds} s`);
  const steps = (opts.end - opts.start) / stepMs;
  if (steps > 11_000) {
    // Prometheus' limit for range queries; it keeps a wide query at a tiny step from allocating without bound.
    throw invalidArgument(`too many points: (end - start) / step = ${Math.floor(steps)} exceeds 11000; use a larger step`);
  }
  return stepMs;
}

function groupLabels(labels: readonly LabelPair[], groupBy: ReadonlySet<string>): LabelPair[] {
  if (groupBy.size === 0) return [];
  const out: LabelPair[] = [];
  for (const l of labels) if (groupBy.has(l.name)) out.push({ name: l.name, value: l.value });
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

/** An unambiguous key for a sorted label set. */
export function labelsKey(labels: readonly LabelPair[]): string {
  return JSON.stringify(labels.map((l) => [l.name, l.value]));
}

export function compareLabelPairs(a: readonly LabelPair[], b: readonly LabelPair[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name) return x.name < y.name ? -1 : 1;
    if (x.value !== y.value) return x.value < y.value ? -1 : 1;
  }
  return a.length - b.length;
}
