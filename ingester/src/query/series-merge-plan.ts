// Flame graphs without profile lists: who merges which series, from the sources' series digests
// (series-digest.ts, judged by series-pick.ts judgeSeries).
//
// A series whose sources agree is merged whole by one of them: an ingester that answered digests is sent the
// series with the count and digest it answered (MergeRequest.keep_series, checked again before it merges); a
// source read through its listing (the bucket, an ingester of an earlier version) is sent the series' keys
// from that listing. Series whose sources disagree are left to the key lists (dedup.ts).
//
// A query's series stay on as few sources as they can, and successive queries start from different ones. A
// merge costs about as much per distinct stack it resolves as per sample it adds, the series of a service,
// and services too, share most stacks (runtime and library frames), and every part is a tree the querier
// decodes and adds again: three replicas each merging a third of the services did about twice the work of one
// merging all (bench/querier.bench.ts: CPU per flame graph 4.9× one ingester's when split by service, 2.4×
// kept together), while the parallel gain is only there when the ingesters have idle cores. So, service by
// service (as dedup.ts groups them): the source holding the most of the group's remaining profiles takes all
// it holds of it; on a tie, the one given the most so far, then the first in this query's order (the
// ingesters in name order, rotated by `rotation`: the querier derives it from the query, so that a repeated
// query goes to the same replica, whose caches it warmed, and different queries spread over the replicas); a
// source read through its listing is taken only when no other holds the series.
import type { ingester } from '../gen/index.ts';
import { groupOf, profileKey } from './dedup.ts';
import { judgeSeries, type SourceDigests } from './series-pick.ts';

export interface SourceWork {
  /** Whole series, with what the source said it holds of each. */
  keepSeries: ingester.v1.SeriesKeep.$Properties[];
  /** Keys, for a source read through its listing. */
  keep: ingester.v1.ProfileKey.$Properties[];
  /** The fingerprints this source was given, either way. */
  series: string[];
}

export interface SeriesMergePlan {
  work: Map<string, SourceWork>;
  /** Series whose sources disagree: to be read by their keys. */
  disagreed: Set<string>;
  seriesCount: number;
  /** Profiles the agreed series hold (each once). */
  profiles: number;
}

/**
 * `listings`: the answers of the sources read through their listings (their digests in `answers` were computed
 * from these), by source name.
 */
export function planSeriesMerge(answers: readonly SourceDigests[], listings: ReadonlyMap<string, ingester.v1.SelectProfilesResponse.$Properties>, rotation = 0): SeriesMergePlan {
  const { agreed, disagreed } = judgeSeries(answers);
  // The ingesters' order for this query (the bucket is taken last anyway).
  const names = answers.filter((a) => !a.fallback).map((a) => a.source).sort();
  const order = new Map(names.map((n, i) => [n, (i - (rotation % names.length) + names.length) % names.length]));
  const rank = (s: string): number => order.get(s) ?? names.length;
  const groups = new Map<string, string[]>();
  let profiles = 0;
  for (const [fp, a] of agreed) {
    profiles += Number(a.digest.count ?? 0);
    const labels = (a.digest.labels?.labels ?? []).map((l) => ({ name: l.name ?? '', value: l.value ?? '' }));
    const group = groupOf(labels, fp);
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    list.push(fp);
  }
  const load = new Map<string, number>();
  // A disagreed series goes by its keys mostly to the source holding the most of it (dedup.ts): counted in that
  // source's load here, so that the series merged whole join it.
  const disagreedHolders = new Map<string, { source: string; count: number }[]>();
  for (const a of answers) {
    if (a.fallback) continue;
    for (const d of a.series) {
      const fp = d.seriesFingerprint ?? '';
      if (!disagreed.has(fp) || !(Number(d.count ?? 0) > 0)) continue;
      let list = disagreedHolders.get(fp);
      if (!list) disagreedHolders.set(fp, (list = []));
      list.push({ source: a.source, count: Number(d.count) });
    }
  }
  for (const holders of disagreedHolders.values()) {
    const best = holders.reduce((b, h) => (h.count > b.count || (h.count === b.count && h.source < b.source) ? h : b));
    load.set(best.source, (load.get(best.source) ?? 0) + best.count);
  }
  const work = new Map<string, SourceWork>();
  const workOf = (source: string): SourceWork => {
    let w = work.get(source);
    if (!w) work.set(source, (w = { keepSeries: [], keep: [], series: [] }));
    return w;
  };
  const keysByListing = new Map<string, Map<string, ingester.v1.ProfileKey.$Properties[]>>();
  const keysOf = (source: string, fp: string): ingester.v1.ProfileKey.$Properties[] => {
    let bySeries = keysByListing.get(source);
    if (!bySeries) {
      bySeries = new Map();
      const seen = new Set<string>();
      for (const ref of listings.get(source)?.profiles ?? []) {
        const k = profileKey(ref.key);
        if (seen.has(k)) continue;
        seen.add(k);
        const f = ref.key?.seriesFingerprint ?? '';
        let list = bySeries.get(f);
        if (!list) bySeries.set(f, (list = []));
        list.push({ seriesFingerprint: f, timestamp: Number(ref.key?.timestamp ?? 0), id: ref.key?.id ?? '' });
      }
      keysByListing.set(source, bySeries);
    }
    return bySeries.get(fp) ?? [];
  };
  for (let remaining of groups.values()) {
    while (remaining.length > 0) {
      const held = new Map<string, number>();
      for (const fp of remaining) {
        const a = agreed.get(fp)!;
        for (const s of a.sources) held.set(s, (held.get(s) ?? 0) + Number(a.digest.count ?? 0));
      }
      let best: string | undefined;
      for (const [s, n] of held) {
        if (best === undefined) {
          best = s;
          continue;
        }
        const listedS = listings.has(s);
        const listedBest = listings.has(best);
        if (listedS !== listedBest) {
          if (listedBest) best = s;
          continue;
        }
        const nb = held.get(best)!;
        if (n !== nb) {
          if (n > nb) best = s;
          continue;
        }
        const ls = load.get(s) ?? 0;
        const lb = load.get(best) ?? 0;
        if (ls > lb || (ls === lb && rank(s) < rank(best))) best = s;
      }
      const rest: string[] = [];
      const w = workOf(best!);
      for (const fp of remaining) {
        const a = agreed.get(fp)!;
        if (!a.sources.includes(best!)) {
          rest.push(fp);
          continue;
        }
        w.series.push(fp);
        if (listings.has(best!)) w.keep.push(...keysOf(best!, fp));
        else w.keepSeries.push({ seriesFingerprint: fp, count: Number(a.digest.count ?? 0), digestLo: Number(a.digest.digestLo ?? 0), digestHi: Number(a.digest.digestHi ?? 0) });
      }
      load.set(best!, (load.get(best!) ?? 0) + held.get(best!)!);
      remaining = rest;
    }
  }
  return { work, disagreed, seriesCount: agreed.size + disagreed.size, profiles };
}
