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
 * One output series: its points as parallel arrays, by step index (steps after `start`), in the order first seen. A
 * digest's steps ascend, and a series' profiles mostly come in time order, so a point is mostly appended or added to
 * the last one: no map from step to point and no object per point (a dashboard's query has a point per series per
 * 15 s step, one ref each). Points that come out of order go through a map built then, and are sorted at the end.
 */
interface Group {
  labels: LabelPair[];
  steps: number[];
  sums: number[];
  counts: number[];
  /** Each step index's slot, built once a step arrives out of order (several series in one group). */
  slotOf: Map<number, number> | undefined;
  ascending: boolean;
}

function addPoint(g: Group, step: number, value: number, count: number): void {
  const n = g.steps.length;
  const last = n - 1;
  if (n > 0 && g.steps[last] === step) {
    g.sums[last] = g.sums[last]! + value;
    g.counts[last] = g.counts[last]! + count;
    return;
  }
  if (n > 0 && step < g.steps[last]! && g.slotOf === undefined) {
    g.slotOf = new Map();
    for (let i = 0; i < n; i++) g.slotOf.set(g.steps[i]!, i);
  }
  const slot = g.slotOf?.get(step);
  if (slot !== undefined) {
    g.sums[slot] = g.sums[slot]! + value;
    g.counts[slot] = g.counts[slot]! + count;
    return;
  }
  if (n > 0 && step < g.steps[last]!) g.ascending = false;
  g.slotOf?.set(step, n);
  g.steps.push(step);
  g.sums.push(value);
  g.counts.push(count);
}

/** The series of `refs` and `columns` (points given as columns: SeriesColumns) together. */
export function aggregateSeries(refs: Iterable<SeriesPointRef>, opts: AggregateSeriesOptions, columns: readonly SeriesColumns[] = []): types.v1.Series.$Properties[] {
  const stepMs = validateStep(opts);
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
        g = { labels, steps: [], sums: [], counts: [], slotOf: undefined, ascending: true };
        groups.set(key, g);
      }
      groupOfArray.set(refLabels, g);
    }
    return g;
  };
  // A profile at time t belongs to the first step at or after it (the first step is `start`).
  const stepOf = (t: number): number => (t <= start ? 0 : Math.ceil((t - start) / stepMs));
  for (const ref of refs) {
    const step = stepOf(ref.timestampMs);
    if (step <= lastStep) addPoint(groupOf(ref.labels), step, ref.value, ref.count ?? 1);
  }
  for (const c of columns) {
    // Made at the first point in range, as for refs: a series with none is absent.
    let g: Group | undefined;
    for (let i = 0; i < c.length; i++) {
      const step = stepOf(c.times[i]!);
      if (step <= lastStep) addPoint((g ??= groupOf(c.labels)), step, c.sums[i]!, c.counts[i]!);
    }
  }

  const average = opts.aggregation === 'average';
  const out: types.v1.Series.$Properties[] = [];
  for (const g of groups.values()) {
    const point = (i: number) => ({ timestamp: start + g.steps[i]! * stepMs, value: average ? g.sums[i]! / g.counts[i]! : g.sums[i]! });
    const points = g.ascending ? g.steps.map((_, i) => point(i)) : g.steps.map((_, i) => i).sort((a, b) => g.steps[a]! - g.steps[b]!).map(point);
    out.push({ labels: g.labels, points });
  }
  out.sort((a, b) => compareLabelPairs(a.labels as LabelPair[], b.labels as LabelPair[]));
  return out;
}

function validateStep(opts: AggregateSeriesOptions): number {
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
