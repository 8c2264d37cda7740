// Reads over one source's index (head or block): which series and profiles a request selects, and the
// label reads. Merges over samples are in merge.ts.
import { LabelNames, type LabelPair } from '../../model/labels.ts';
import { checkQueryDeadline, type QueryBounds } from '../../query/deadline.ts';
import { profileKey } from '../../query/dedup.ts';
import { parseProfileTypeId } from '../../query/profile-type.ts';
import { matchesSelector, type Matcher } from '../../query/selector.ts';
import type { ingester, types } from '../../gen/index.ts';
import type { IndexData } from './profile-data.ts';

export interface TimeRange {
  /** Unix ms, inclusive. */
  start: number;
  end: number;
  /** The deadline and cancellation of the read over this range, looked at between series (query/deadline.ts). */
  bounds?: QueryBounds;
}

/** A request's start/end (Unix ms; 0 or absent = unbounded on that side) as a TimeRange, read within `bounds` (the request's context). */
export function requestRange(start: number | null | undefined, end: number | null | undefined, bounds?: QueryBounds): TimeRange {
  const s = Number(start ?? 0);
  const e = Number(end ?? 0);
  const range: TimeRange = { start: s > 0 ? s : 0, end: e > 0 ? e : Number.MAX_SAFE_INTEGER };
  if (bounds && (bounds.signal || bounds.deadline !== undefined)) range.bounds = { signal: bounds.signal, deadline: bounds.deadline };
  return range;
}

const overlaps = (minT: number, maxT: number, r: TimeRange): boolean => maxT >= r.start && minT <= r.end;

/** Indexes of the series that match any of the selectors (an empty list matches all) and have profiles in range. */
export function selectSeries(index: IndexData, selectors: readonly Matcher[][], range: TimeRange): number[] {
  const out: number[] = [];
  for (let i = 0; i < index.series.length; i++) {
    // A query's CPU is bounded by its deadline, looked at between series (query/deadline.ts).
    if ((i & 255) === 255) checkQueryDeadline(range.bounds, 'selecting series');
    const s = index.series[i]!;
    if (s.profiles.length === 0 || !overlaps(s.minTimeMs, s.maxTimeMs, range)) continue;
    if (selectors.length > 0 && !selectors.some((m) => matchesSelector(m, s.labels))) continue;
    out.push(i);
  }
  return out;
}

export function labelNames(index: IndexData, selectors: readonly Matcher[][], range: TimeRange, into: Set<string>): void {
  for (const i of selectSeries(index, selectors, range)) for (const l of index.series[i]!.labels) into.add(l.name);
}

export function labelValues(index: IndexData, name: string, selectors: readonly Matcher[][], range: TimeRange, into: Set<string>): void {
  for (const i of selectSeries(index, selectors, range)) {
    for (const l of index.series[i]!.labels) if (l.name === name && l.value !== '') into.add(l.value);
  }
}

/** Series labels (reduced to labelNamesFilter when given), keyed to de-duplicate across sources. */
export function seriesLabels(index: IndexData, selectors: readonly Matcher[][], labelNamesFilter: readonly string[], range: TimeRange, into: Map<string, LabelPair[]>): void {
  const keep = labelNamesFilter.length > 0 ? new Set(labelNamesFilter) : undefined;
  for (const i of selectSeries(index, selectors, range)) {
    const labels = keep ? index.series[i]!.labels.filter((l) => keep.has(l.name)) : index.series[i]!.labels;
    const key = labels.map((l) => `${l.name}\xfe${l.value}`).join('\xff');
    if (!into.has(key)) into.set(key, labels.map((l) => ({ name: l.name, value: l.value })));
  }
}

export function profileTypes(index: IndexData, range: TimeRange, into: Set<string>): void {
  for (const i of selectSeries(index, [], range)) {
    for (const l of index.series[i]!.labels) if (l.name === LabelNames.profileType) into.add(l.value);
  }
}

/** Series of one profile type matching a selector; the type is checked for syntax first. */
export function selectTypedSeries(index: IndexData, profileTypeId: string, matchers: readonly Matcher[], range: TimeRange): number[] {
  parseProfileTypeId(profileTypeId);
  const all: Matcher[] = [{ name: LabelNames.profileType, type: '=', value: profileTypeId }, ...matchers];
  return selectSeries(index, [all], range);
}

/** Calls fn for every profile of the given series whose timestamp is in range. */
export function forEachProfile(index: IndexData, seriesIndexes: readonly number[], range: TimeRange, fn: (profile: number, seriesIndex: number) => void): void {
  for (let k = 0; k < seriesIndexes.length; k++) {
    if ((k & 255) === 255) checkQueryDeadline(range.bounds, 'reading profiles');
    const si = seriesIndexes[k]!;
    for (const p of index.series[si]!.profiles) {
      const t = index.profileTime[p]!;
      if (t >= range.start && t <= range.end) fn(p, si);
    }
  }
}

/** Phase one of a read: the identity, total and series of every selected profile. */
export function selectProfiles(index: IndexData, profileTypeId: string, matchers: readonly Matcher[], range: TimeRange): ingester.v1.SelectProfilesResponse.$Properties {
  const seriesIndexes = selectTypedSeries(index, profileTypeId, matchers, range);
  const series: types.v1.Labels.$Properties[] = [];
  const profiles: ingester.v1.ProfileRef.$Properties[] = [];
  const outIndex = new Map<number, number>();
  forEachProfile(index, seriesIndexes, range, (p, si) => {
    let o = outIndex.get(si);
    if (o === undefined) {
      o = series.length;
      outIndex.set(si, o);
      series.push({ labels: index.series[si]!.labels });
    }
    profiles.push({
      key: { seriesFingerprint: index.series[si]!.fingerprint, timestamp: index.profileTime[p]!, id: index.profileId[p]! },
      value: index.profileTotal[p]!,
      seriesIndex: o,
    });
  });
  return { series, profiles };
}

/** The profiles a merge covers: all selected ones, or only those whose identity is in `keep`. */
export function profilesToMerge(index: IndexData, request: ingester.v1.MergeRequest.$Properties, matchers: readonly Matcher[], range: TimeRange): number[] {
  const seriesIndexes = selectTypedSeries(index, request.selector?.profileTypeID ?? '', matchers, range);
  const keep = request.keepAll ? undefined : new Set((request.keep ?? []).map((k) => profileKey(k)));
  const out: number[] = [];
  forEachProfile(index, seriesIndexes, range, (p, si) => {
    if (keep && !keep.has(profileKey({ seriesFingerprint: index.series[si]!.fingerprint, timestamp: index.profileTime[p]!, id: index.profileId[p]! }))) return;
    out.push(p);
  });
  return out;
}

/** The identity of a profile of a source, as query/dedup.ts profileKey() renders it. */
export function profileKeyOf(index: IndexData, profile: number): string {
  return profileKey({ seriesFingerprint: index.series[index.profileSeries[profile]!]!.fingerprint, timestamp: index.profileTime[profile]!, id: index.profileId[profile]! });
}
