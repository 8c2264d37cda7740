// De-duplication by series digests (series-digest.ts), for SelectSeries and flame graphs: per series, decides whether one source's
// sums per step can be taken as they are, or whether the series' profile keys must be listed and counted
// each once (dedup.ts).
//
// A series is taken from one source when the sources that are not fallbacks (ingesters) and hold it all give
// the same count and digest (so they hold the same profiles: a replica holding none of it does not answer
// for it, and adds nothing), and every fallback source (the bucket) that holds it holds no more than that:
// its count and digest equal the agreed ones, or equal what one of those ingesters holds in local blocks
// (the blocks it uploaded). With no ingester holding it, a single fallback source's answer is taken.
// Anything else (replicas that each missed different profiles, a bucket holding profiles an ingester no
// longer keeps) goes to the key lists.
import type { ingester } from '../gen/index.ts';
import type { LabelPair } from '../model/labels.ts';
import type { SeriesColumns } from './series.ts';

export interface SourceDigests {
  source: string;
  fallback: boolean;
  series: readonly ingester.v1.SeriesDigest.$Properties[];
}

export interface SeriesPick {
  /** The series taken from one source, each its steps' sums with their counts of profiles (as the digest holds them). */
  columns: SeriesColumns[];
  /** Profiles those points stand for. */
  profiles: number;
  /** Fingerprints whose sources disagree: to be read from key lists. */
  disagreed: Set<string>;
  /** Distinct series seen. */
  seriesCount: number;
  /** The ingesters that hold every series taken (coveringSources). */
  covering: string[];
}

interface Report {
  source: string;
  fallback: boolean;
  digest: ingester.v1.SeriesDigest.$Properties;
}

const same = (count: unknown, lo: unknown, hi: unknown, d: ingester.v1.SeriesDigest.$Properties): boolean =>
  Number(count ?? 0) === Number(d.count ?? 0) && Number(lo ?? 0) === Number(d.digestLo ?? 0) && Number(hi ?? 0) === Number(d.digestHi ?? 0);

/** A series whose sources agree: the digest to take, and the sources that hold exactly it (name order). */
export interface AgreedSeries {
  digest: ingester.v1.SeriesDigest.$Properties;
  /** The ingesters that agree on it, or, when no ingester holds it, the one fallback source (the bucket). */
  sources: string[];
}

/** Per series, whether its sources agree (and on what), or disagree and must be read by their keys. */
export function judgeSeries(answers: readonly SourceDigests[]): { agreed: Map<string, AgreedSeries>; disagreed: Set<string> } {
  const byFingerprint = new Map<string, Report[]>();
  // In name order, so that the source taken does not depend on the order of the answers.
  for (const a of [...answers].sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0))) {
    for (const d of a.series) {
      if (Number(d.count ?? 0) === 0) continue;
      const fp = d.seriesFingerprint ?? '';
      let list = byFingerprint.get(fp);
      if (!list) byFingerprint.set(fp, (list = []));
      list.push({ source: a.source, fallback: a.fallback, digest: d });
    }
  }
  const agreed = new Map<string, AgreedSeries>();
  const disagreed = new Set<string>();
  // One pass over each series' reports, no arrays but the agreeing sources' names (this runs for every series of
  // every SelectSeries and flame graph).
  for (const [fp, reports] of byFingerprint) {
    let first: ingester.v1.SeriesDigest.$Properties | undefined;
    const sources: string[] = [];
    let agree = true;
    for (const r of reports) {
      if (r.fallback) continue;
      if (!first) first = r.digest;
      else if (!same(r.digest.count, r.digest.digestLo, r.digest.digestHi, first)) agree = false;
      sources.push(r.source);
    }
    if (!first) {
      // No ingester holds it: one fallback source's answer is taken as it is.
      if (reports.length === 1) agreed.set(fp, { digest: reports[0]!.digest, sources: [reports[0]!.source] });
      else disagreed.add(fp);
      continue;
    }
    if (agree && fallbacksCovered(reports, first)) agreed.set(fp, { digest: first, sources });
    else disagreed.add(fp);
  }
  return { agreed, disagreed };
}

/**
 * Whether every fallback source (the bucket) holding the series holds no more than the ingesters agreed on: the
 * agreed count and digest, or what one of those ingesters holds in its local blocks (the blocks it uploaded).
 */
function fallbacksCovered(reports: readonly Report[], agreedOn: ingester.v1.SeriesDigest.$Properties): boolean {
  for (const f of reports) {
    if (!f.fallback || same(f.digest.count, f.digest.digestLo, f.digest.digestHi, agreedOn)) continue;
    let inLocalBlocks = false;
    for (const p of reports) {
      if (!p.fallback && same(p.digest.blockCount, p.digest.blockDigestLo, p.digest.blockDigestHi, f.digest)) {
        inLocalBlocks = true;
        break;
      }
    }
    if (!inLocalBlocks) return false;
  }
  return true;
}

const NONE: readonly number[] = [];

/**
 * A digest's steps as columns to aggregate (aggregateSeries), or undefined when it has none. The querier aggregates
 * the digests it takes so, and an ingester rendering a SelectSeries for it (SeriesDigestsRequest.render) its own.
 */
export function stepColumnsOf(digest: ingester.v1.SeriesDigest.$Properties): SeriesColumns | undefined {
  const labels: LabelPair[] = (digest.labels?.labels ?? []).map((l) => ({ name: l.name ?? '', value: l.value ?? '' }));
  const times = digest.stepTime ?? NONE;
  const sums = digest.stepSum ?? NONE;
  const counts = digest.stepCount ?? NONE;
  // A digest with fewer sums or counts than times is not one our ingesters write: its steps without them are left out.
  const n = Math.min(times.length, sums.length, counts.length);
  return n > 0 ? { labels, times, sums, counts, length: n } : undefined;
}

export function pickSeries(answers: readonly SourceDigests[]): SeriesPick {
  const { agreed, disagreed } = judgeSeries(answers);
  const columns: SeriesColumns[] = [];
  let profiles = 0;
  for (const { digest: taken } of agreed.values()) {
    profiles += Number(taken.count ?? 0);
    const c = stepColumnsOf(taken);
    if (c) columns.push(c);
  }
  return { columns, profiles, disagreed, seriesCount: agreed.size + disagreed.size, covering: coveringSources(answers, agreed, disagreed) };
}

/**
 * The ingesters whose own series are the whole answer: when the sources disagree on none, each that holds every
 * series they agreed on (name order); none when they disagree on one, or a series is in the bucket alone.
 */
export function coveringSources(answers: readonly SourceDigests[], agreed: ReadonlyMap<string, AgreedSeries>, disagreed: ReadonlySet<string>): string[] {
  if (disagreed.size > 0) return [];
  const holdsEvery = (name: string): boolean => {
    for (const { sources } of agreed.values()) if (!sources.includes(name)) return false;
    return true;
  };
  return answers.filter((a) => !a.fallback && holdsEvery(a.source)).map((a) => a.source).sort();
}
