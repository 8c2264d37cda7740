// Merging ahead, for flame graphs: the replica that would merge a query asked to merge everything it holds
// (MergeRequest.keep_all with with_digests) at the same time as the other sources are asked for their series
// digests, rather than after them. Its answer carries the digests of exactly what it merged; the merge is kept
// when every series it holds is one the sources agree on (series-pick.ts judgeSeries: the same count and digest
// on every replica holding it, the bucket holding no more), which is what a plan from the digests would have had
// it merge whole (series-merge-plan.ts). The series it does not hold are planned from the others' digests as
// usual. When it holds a series the sources disagree on, its merge is discarded (a merged tree cannot give back
// one series) and the query goes on from the digests as if it had not merged ahead, its digests among them.
//
// A merge ahead of a selector whose last read one ingester merged whole is asked rendered (MergeRequest.render_format):
// the ingester answers the querier's answer itself, as it would answer the query alone, and when the merge is
// kept and nothing else is left to merge the querier forwards those bytes without decoding the tree, rendering
// and encoding it again (query/encoded-answer.ts). When something is left after all (another source holds a
// series it does not), a rendered merge cannot be added to it: it is discarded as above, and its series are
// merged again as planned, a second merge on that replica for that query.
//
// A flame graph then waits for the longer of the two reads instead of their sum. Only sources whose last series
// digests said they answer with_digests (SeriesDigestsResponse.merges_with_digests) are asked: an ingester of
// an earlier version would merge without digests, work thrown away. And only for a selector read before (the
// same tenant, profile type and label selector, whatever the range: a dashboard refreshing) that selected no
// more series than -querier.max-fetched-series-per-query allows: a query refused for its series count is
// refused after the digests, and must not have had a replica merge all of them first.
import { RecentMap } from '../util/recent-map.ts';
import type { QuerySource } from './querier-engine.ts';
import { judgeSeries, type SourceDigests } from './series-pick.ts';

/** Selectors remembered (their last series count): the oldest are forgotten past this. */
const MAX_SELECTORS = 10_000;

export class MergeAheadSources {
  private readonly able = new Set<string>();
  /**
   * Per selector (tenant, type, label selector), the series its last read selected, and whether one ingester
   * merged all of them (nothing else to merge: no other source's series, none read by keys).
   */
  private readonly seriesOf = new RecentMap<string, { series: number; oneReplica: boolean }>(MAX_SELECTORS);

  /** What a read of `selector` selected, and whether one ingester merged all of it. */
  selected(selector: string, series: number, oneReplica = false): void {
    this.seriesOf.set(selector, { series, oneReplica });
  }

  /** Whether `selector` was read before and selected at most `maxSeries` series (0 = no limit). */
  withinLimit(selector: string, maxSeries: number): boolean {
    const last = this.seriesOf.get(selector);
    return last !== undefined && (maxSeries <= 0 || last.series <= maxSeries);
  }

  /**
   * Whether the last read of `selector` was merged all by one ingester: the merge ahead is then asked rendered
   * (MergeRequest.render_format), the answer as it will most likely be forwarded.
   */
  lastOnOneReplica(selector: string): boolean {
    return this.seriesOf.get(selector)?.oneReplica === true;
  }

  /** What a source's last answer said: whether it answers MergeRequest.with_digests. */
  heard(source: string, answersWithDigests: boolean): void {
    if (answersWithDigests) this.able.add(source);
    else this.able.delete(source);
  }

  /**
   * The source to merge ahead: of the ingesters, in name order rotated by the query's affinity (the order
   * planSeriesMerge takes them in, so the same replica as a plan would pick when they agree), the first that
   * answers with digests; none when no ingester has said it does.
   */
  pick(sources: readonly QuerySource[], rotation: number): QuerySource | undefined {
    const ingesters = sources.filter((s) => !s.fallback && !s.listSkipping && !s.standby && s.api.selectSeriesDigests).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 0; i < ingesters.length; i++) {
      const s = ingesters[(i + rotation) % ingesters.length]!;
      if (this.able.has(s.name)) return s;
    }
    return undefined;
  }
}

export interface KeptMergeAhead {
  /** The other sources' digests without the series the merge took: those left to plan. */
  rest: SourceDigests[];
  /** Distinct series of the query (all sources). */
  seriesCount: number;
  /** Profiles the merge took. */
  profiles: number;
}

/** Whether `source`'s merge ahead can be kept (its digests are among `answers`), and what is left to plan. */
export function keepMergeAhead(answers: readonly SourceDigests[], source: string): KeptMergeAhead | undefined {
  const merged = answers.find((a) => a.source === source);
  if (!merged) return undefined;
  const { agreed, disagreed } = judgeSeries(answers);
  const taken = new Set<string>();
  let profiles = 0;
  for (const d of merged.series) {
    const count = Number(d.count ?? 0);
    if (count === 0) continue;
    const fp = d.seriesFingerprint ?? '';
    if (!agreed.get(fp)?.sources.includes(source)) return undefined;
    taken.add(fp);
    profiles += count;
  }
  const rest = answers.filter((a) => a.source !== source).map((a) => ({ ...a, series: a.series.filter((d) => !taken.has(d.seriesFingerprint ?? '')) }));
  return { rest, seriesCount: agreed.size + disagreed.size, profiles };
}
