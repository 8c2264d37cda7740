// Rendering SelectSeries on a replica: the querier asks one ingester to answer the SelectSeries itself
// (SeriesDigestsRequest.render), as it would answer it alone, while every source answers its series digests without
// their steps. When the sources agree on every series and that ingester holds each of them (series-pick.ts judgeSeries),
// its answer is the query's: the same profiles, aggregated as the querier would aggregate its step columns. The
// querier sends those bytes on (gzip'd by the ingester when the client takes gzip) without decoding the sources' steps,
// aggregating, encoding and compressing them again. When they do not agree, or that ingester lacks a series another
// holds, or it did not render (an ingester of an earlier version), the answer is discarded and the digests are read
// again with their steps, as without it: a second read, for that query.
//
// Asked only for a selector read before within -querier.max-fetched-series-per-query (a query refused for its series
// count must not have had a replica aggregate them all first), of an ingester that held every series the sources
// agreed on that last time (series-pick.ts coveringSources: a series stored by one replica alone, after a push that
// reached two, stays so for hours, and only that replica can render it), and that said it renders
// (SeriesDigestsResponse.renders_series).
import { RecentMap } from '../util/recent-map.ts';
import type { QuerySource } from './querier-engine.ts';

/** Selectors remembered: the oldest are forgotten past this. */
const MAX_SELECTORS = 10_000;

export class SeriesRenderers {
  private readonly able = new Set<string>();
  /** Per selector (tenant, type, label selector), its last read's series count and the ingesters that held all of them. */
  private readonly lastOf = new RecentMap<string, { series: number; covering: readonly string[] }>(MAX_SELECTORS);

  /** What a source's last answer said: whether it renders SelectSeries. */
  heard(source: string, renders: boolean): void {
    if (renders) this.able.add(source);
    else this.able.delete(source);
  }

  /** What a read of `selector` found: its series, and the ingesters holding every one of them (coveringSources). */
  selected(selector: string, series: number, covering: readonly string[]): void {
    this.lastOf.set(selector, { series, covering });
  }

  /**
   * The ingester to render `selector`'s answer: in name order rotated by the query's affinity (as a flame graph's
   * merge ahead is picked), the first that renders and held every series last time; none when the selector was not
   * read before or selected more than `maxSeries` series (0 = no limit).
   */
  pick(selector: string, sources: readonly QuerySource[], rotation: number, maxSeries: number): QuerySource | undefined {
    const last = this.lastOf.get(selector);
    if (!last || (maxSeries > 0 && last.series > maxSeries)) return undefined;
    const ingesters = sources.filter((s) => !s.fallback && !s.listSkipping && !s.standby && s.api.selectSeriesDigests).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 0; i < ingesters.length; i++) {
      const s = ingesters[(i + rotation) % ingesters.length]!;
      if (this.able.has(s.name) && last.covering.includes(s.name)) return s;
    }
    return undefined;
  }
}
