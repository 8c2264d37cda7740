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

/** One output series: its labels and its points by step index (steps after `start`; step-sums.ts). */
interface Group {
  labels: LabelPair[];
  points: StepSums;
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
        g = { labels, points: new StepSums() };
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
    if (step <= lastStep) groupOf(ref.labels).points.add(step, ref.value, ref.count ?? 1);
  }
  for (const c of columns) {
    // Made at the first point in range, as for refs: a series with none is absent.
    let g: Group | undefined;
    for (let i = 0; i < c.length; i++) {
      const step = stepOf(c.times[i]!);
      if (step <= lastStep) (g ??= groupOf(c.labels)).points.add(step, c.sums[i]!, c.counts[i]!);
    }
  }

  const average = opts.aggregation === 'average';
  const out: types.v1.Series.$Properties[] = [];
  for (const { labels, points: p } of groups.values()) {
    const points = p.order().map((i) => ({ timestamp: start + p.steps[i]! * stepMs, value: average ? p.sums[i]! / p.counts[i]! : p.sums[i]! }));
    out.push({ labels, points });
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
