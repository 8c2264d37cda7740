// The querier's read path over a set of sources (ingesters through gRPC clients, block readers over the
// bucket), each speaking IngesterApi's read methods. It validates the request, fans out to every source
// in parallel, tolerates failed sources within a policy, removes replica duplicates, merges, and truncates
// to max_nodes. Flame graphs and SelectSeries read per-series digests first (SelectSeriesDigests): series
// the sources agree on are merged whole by one source (MergeRequest.keep_series; series-merge-plan.ts) or
// taken from one source's sums (series-pick.ts); only the others go through the two-phase read by keys
// (SelectProfiles → assignReplicas → MergeStacktraces / MergeProfile with `keep`), as pprof merges do.
//
// If a source fails in phase two, or answers that it no longer holds some of the profiles it was assigned
// (MergeStacktracesResponse.missing: a local block removed after its upload, between the phases), those
// profiles are re-assigned to other sources that listed them in phase one, so that a replica dying or
// sweeping between the phases does not make data disappear. Profiles that no surviving source holds make
// the query fail with an error naming the sources.
//
// Sources marked recentOnly (the ingesters) are not asked for ranges that end at or before now minus
// -querier.query-ingesters-within (Mimir's rule): the bucket answers those alone.
import type { Histogram, Counter, Registry } from 'prom-client';
import { spanFilterOf } from '../storage/read/span-filter.ts';
import promClient from 'prom-client';
import { google, querier, types, type ingester } from '../gen/index.ts';
import type { IngesterApi, QuerierApi, RequestContext } from '../model/api.ts';
import type { LabelPair } from '../model/labels.ts';
import { ApiError, invalidArgument } from '../util/errors.ts';
import type { Logger } from '../util/log.ts';
import { formatDuration } from '../util/flags.ts';
import { boundedContext, checkBounds, checkQueryDeadline } from './deadline.ts';
import { assignReplicas, GROUP_LABEL, profileKey, type SourceProfiles } from './dedup.ts';
import { toFlameGraph, toTreeBytes } from './flamegraph.ts';
import { mergeProfiles } from './pprof-merge.ts';
import { parseProfileTypeId, protoProfileTypeFromId } from './profile-type.ts';
import { parseSelector, parseSelectors } from './selector.ts';
import { aggregateSeriesColumns, aggregationFromProto, compareLabelPairs, labelsKey, type SeriesColumns, type SeriesPointRef } from './series.ts';
import { digestsOfListing } from './series-digest.ts';
import { NamedBlocks, STANDBY_NAMES_MAX_AGE_MS } from './named-blocks.ts';
import { keepMergeAhead, MergeAheadSources } from './merge-ahead.ts';
import { encodedAnswer } from './encoded-answer.ts';
import { gzipDeclaredSize } from '../pprof/inflate.ts';
import { flameAnswerBytesAtMost } from './response-size.ts';
import { encodeAggregatedSeries } from './series-answer-wire.ts';
import { planSeriesMerge } from './series-merge-plan.ts';
import { coveringSources, judgeSeries, pickSeries, type SourceDigests } from './series-pick.ts';
import { SeriesRenderers } from './series-render.ts';
import { StackTree } from './stack-tree.ts';

/** The read half of IngesterApi: what a querier needs from each source. */
export type ReadApi = Pick<IngesterApi, 'profileTypes' | 'labelNames' | 'labelValues' | 'series' | 'selectProfiles' | 'mergeStacktraces' | 'mergeProfile' | 'selectSeriesDigests'>;

export interface QuerySource {
  /** Stable and unique: an instance ID or address, or "bucket". Used for de-duplication and in errors. */
  name: string;
  api: ReadApi;
  /** A failure of a required source always fails the query (e.g. the bucket: no replica holds its data). */
  required?: boolean;
  /**
   * Merges only the profiles no other source holds (dedup.ts): the bucket, whose blocks the querier reads
   * itself, while the ingesters hold the same profiles in memory and merge them in parallel.
   */
  fallback?: boolean;
  /**
   * Holds recent data only (an ingester): not asked by queries whose range ends at or before now minus
   * -querier.query-ingesters-within, which the bucket answers alone.
   */
  recentOnly?: boolean;
  /**
   * Asked for its series digests only when an asked source fails (-querier.minimize-ingester-requests,
   * roles/querier/read-policy.ts standbyInstances): the others hold every profile. Other reads ask it as any source.
   */
  standby?: boolean;
  /**
   * Lists the source's profiles without reading the given blocks (the bucket reader): used in reads by series
   * digests for the blocks that answering ingesters say they read locally (SeriesDigestsResponse.blocks).
   */
  listSkipping?: (ctx: RequestContext, selector: ingester.v1.ProfileSelector, skipBlocks: ReadonlySet<string>) => Promise<ingester.v1.SelectProfilesResponse.$Properties>;
}

export interface SourceFailure {
  source: string;
  error: unknown;
}

/**
 * Decides whether a query may go on without the failed sources; throws to fail it. The querier role
 * passes a ring-aware policy (no replica set missing more than it can afford); the default tolerates
 * `maxFailedSources` failures of non-required sources.
 */
export type FailurePolicy = (failures: readonly SourceFailure[], sources: readonly QuerySource[]) => void;

export function allowFailures(maxFailedSources: number): FailurePolicy {
  return (failures, sources) => {
    if (failures.length === 0) return;
    const required = failures.filter((f) => sources.find((s) => s.name === f.source)?.required);
    if (required.length > 0 || failures.length > maxFailedSources || failures.length === sources.length) {
      throw sourcesFailed(failures, sources.length);
    }
  };
}

export function sourcesFailed(failures: readonly SourceFailure[], total: number): ApiError {
  const detail = failures.map((f) => `${f.source}: ${f.error instanceof Error ? f.error.message : String(f.error)}`).join('; ');
  return new ApiError('unavailable', `${failures.length} of ${total} sources failed: ${detail}`, undefined, { cause: failures[0]?.error });
}

export interface QuerierEngineOptions {
  /**
   * The sources to read from, asked anew for every query (the ring changes). `affinity`, for reads by series
   * digests: a hash of the query's tenant, profile type and selector, whatever its range, from which to choose
   * the standby sources, so that the same query reads the same ones each time.
   */
  sources: (affinity?: number) => readonly QuerySource[] | Promise<readonly QuerySource[]>;
  registry: Registry;
  logger: Logger;
  failurePolicy?: FailurePolicy;
  /** max_nodes when the request has none (Pyroscope's default: 8192). */
  defaultMaxNodes?: number;
  /** Upper bound on max_nodes (0 = none). */
  maxMaxNodes?: number;
  /** -querier.max-query-length, ms (0 = none). */
  maxQueryLengthMs?: number;
  /** -querier.query-timeout, ms (0 = none). */
  queryTimeoutMs?: number;
  /** -querier.max-fetched-series-per-query (0 = none). */
  maxSeriesPerQuery?: number;
  /** -querier.max-response-bytes (0 = none). */
  maxResponseBytes?: number;
  /** -querier.query-ingesters-within, ms (0 = always ask recentOnly sources). */
  queryIngestersWithinMs?: number;
  /** The clock deciding -querier.query-ingesters-within (tests). */
  now?: () => number;
}

interface Limits {
  maxQueryLengthMs: number;
  queryTimeoutMs: number;
  maxSeriesPerQuery: number;
  maxResponseBytes: number;
  queryIngestersWithinMs: number;
}

interface Metrics {
  duration: Histogram<'method' | 'status'>;
  sourceFailures: Counter<'method'>;
  profiles: Counter<'stage'>;
  ingestersSkipped: Counter<'method'>;
  seriesListed: Counter;
  bucketRereads: Counter;
  standbysAsked: Counter<'method'>;
  mergesAhead: Counter<'result'>;
  renderedAnswers: Counter<'method'>;
  seriesRenders: Counter<'result'>;
  phase: Histogram<'method' | 'phase'>;
}

/** What a request says about its time range: end in Unix ms, 0 or absent = up to now. */
interface Ranged {
  end?: number | null;
}

type Method = keyof QuerierApi;

export class QuerierEngine implements QuerierApi {
  private readonly metrics: Metrics;
  private readonly policy: FailurePolicy;
  private readonly defaultMaxNodes: number;
  private readonly maxMaxNodes: number;
  private readonly limits: Limits;
  /** The local blocks each ingester named last, per tenant: the bucket is read alongside them, skipping those. */
  private readonly namedBlocks = new NamedBlocks();
  /** Sources whose last series digests said they answer MergeRequest.with_digests (merge-ahead.ts). */
  private readonly mergeAhead = new MergeAheadSources();
  private readonly seriesRenderers = new SeriesRenderers();

  constructor(private readonly opts: QuerierEngineOptions) {
    this.policy = opts.failurePolicy ?? allowFailures(1);
    this.defaultMaxNodes = opts.defaultMaxNodes ?? 8192;
    this.maxMaxNodes = opts.maxMaxNodes ?? 0;
    this.limits = {
      maxQueryLengthMs: opts.maxQueryLengthMs ?? 0,
      queryTimeoutMs: opts.queryTimeoutMs ?? 0,
      maxSeriesPerQuery: opts.maxSeriesPerQuery ?? 0,
      maxResponseBytes: opts.maxResponseBytes ?? 0,
      queryIngestersWithinMs: opts.queryIngestersWithinMs ?? 0,
    };
    this.metrics = {
      duration: new promClient.Histogram({
        name: 'querier_engine_request_duration_seconds',
        help: 'Time to answer a read request over all sources, by method and status.',
        labelNames: ['method', 'status'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers: [opts.registry],
      }),
      sourceFailures: new promClient.Counter({
        name: 'querier_engine_source_failures_total',
        help: 'Source calls that failed (the query may still have succeeded), by method.',
        labelNames: ['method'],
        registers: [opts.registry],
      }),
      profiles: new promClient.Counter({
        name: 'querier_engine_profiles_total',
        help: 'Profiles seen in phase one (stage="listed", replicas included) and kept after de-duplication (stage="kept").',
        labelNames: ['stage'],
        registers: [opts.registry],
      }),
      ingestersSkipped: new promClient.Counter({
        name: 'querier_engine_ingesters_skipped_total',
        help: 'Queries whose range ended at or before now minus -querier.query-ingesters-within, answered from the bucket without asking the ingesters, by method.',
        labelNames: ['method'],
        registers: [opts.registry],
      }),
      phase: new promClient.Histogram({
        name: 'querier_engine_phase_duration_seconds',
        help: 'Time spent in each phase of a flame graph read, by method and phase: digests (every source\'s series digests, in parallel), merge (the series merged whole, in parallel), keys (series read by their keys), render (the merged tree to the answer).',
        labelNames: ['method', 'phase'],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [opts.registry],
      }),
      seriesListed: new promClient.Counter({
        name: 'querier_engine_series_listed_total',
        help: 'SelectSeries and flame graphs: series whose sources gave different counts or digests (or that a source could not merge whole after all), so their profile keys were listed and de-duplicated one by one.',
        registers: [opts.registry],
      }),
      mergesAhead: new promClient.Counter({
        name: 'querier_engine_merges_ahead_total',
        help: 'Flame graphs whose merging replica was asked to merge everything it holds while the other sources answered their digests, by result: kept (its digests agreed with the others on every series it holds) or discarded (they did not, or it answered no digests: the series were merged as planned from the digests).',
        labelNames: ['result'],
        registers: [opts.registry],
      }),
      renderedAnswers: new promClient.Counter({
        name: 'querier_engine_rendered_answers_total',
        help: 'Flame graphs answered with the bytes the replica merging ahead rendered (MergeRequest.render_format), forwarded without decoding: it merged all of the query and nothing was left to merge.',
        labelNames: ['method'],
        registers: [opts.registry],
      }),
      seriesRenders: new promClient.Counter({
        name: 'querier_engine_series_renders_total',
        help: 'SelectSeries asked of one replica rendered (it answered the query itself while the others answered digests without steps), by result: kept (the sources agreed on every series and it held each: its bytes were the answer) or discarded (they did not, or it did not render: the digests were read again with their steps).',
        labelNames: ['result'],
        registers: [opts.registry],
      }),
      bucketRereads: new promClient.Counter({
        name: 'querier_engine_bucket_rereads_total',
        help: 'SelectSeries and flame graphs: reads of the bucket done again because a block it skipped (one an ingester had named as read locally in an earlier query) was not named by any ingester that answered this time.',
        registers: [opts.registry],
      }),
      standbysAsked: new promClient.Counter({
        name: 'querier_engine_standby_ingesters_asked_total',
        help: 'SelectSeries and flame graphs: reads (of series digests, or of the profiles of series the replicas disagree on) that asked the standby ingesters because an asked one failed (-querier.minimize-ingester-requests).',
        labelNames: ['method'],
        registers: [opts.registry],
      }),
    };
  }

  profileTypes(ctx: RequestContext, request: querier.v1.ProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse.$Properties> {
    return this.timed('profileTypes', ctx, async (ctx) => {
      const responses = await this.fanOut(ctx, 'profileTypes', request, (api) => api.profileTypes(ctx, request));
      const byId = new Map<string, types.v1.ProfileType.$Properties>();
      for (const r of responses) {
        for (const t of r.profileTypes ?? []) {
          const id = t.ID ?? '';
          if (!byId.has(id)) byId.set(id, t.name ? t : safeProfileType(id));
        }
      }
      return { profileTypes: [...byId.keys()].sort().map((id) => byId.get(id)!) };
    });
  }

  labelNames(ctx: RequestContext, request: types.v1.LabelNamesRequest): Promise<types.v1.LabelNamesResponse.$Properties> {
    return this.timed('labelNames', ctx, async (ctx) => {
      parseSelectors(request.matchers ?? []);
      const responses = await this.fanOut(ctx, 'labelNames', request, (api) => api.labelNames(ctx, request));
      return this.limitSize('labelNames', types.v1.LabelNamesResponse, { names: uniqueSorted(responses.map((r) => r.names ?? [])) });
    });
  }

  labelValues(ctx: RequestContext, request: types.v1.LabelValuesRequest): Promise<types.v1.LabelValuesResponse.$Properties> {
    return this.timed('labelValues', ctx, async (ctx) => {
      if (!request.name) throw invalidArgument('label name is required');
      parseSelectors(request.matchers ?? []);
      const responses = await this.fanOut(ctx, 'labelValues', request, (api) => api.labelValues(ctx, request));
      return this.limitSize('labelValues', types.v1.LabelValuesResponse, { names: uniqueSorted(responses.map((r) => r.names ?? [])) });
    });
  }

  series(ctx: RequestContext, request: querier.v1.SeriesRequest): Promise<querier.v1.SeriesResponse.$Properties> {
    return this.timed('series', ctx, async (ctx) => {
      parseSelectors(request.matchers ?? []);
      const responses = await this.fanOut(ctx, 'series', request, (api) => api.series(ctx, request));
      const byKey = new Map<string, LabelPair[]>();
      for (const r of responses) {
        for (const s of r.labelsSet ?? []) {
          const labels = (s.labels ?? []).map((l) => ({ name: l.name ?? '', value: l.value ?? '' }));
          const k = labelsKey(labels);
          if (!byKey.has(k)) {
            byKey.set(k, labels);
            if ((byKey.size & 1023) === 0) checkQueryDeadline(ctx, 'Series');
          }
        }
      }
      this.limitSeries(byKey.size);
      const labelsSet = [...byKey.values()].sort(compareLabelPairs).map((labels) => ({ labels }));
      return this.limitSize('series', querier.v1.SeriesResponse, { labelsSet });
    });
  }

  selectMergeStacktraces(ctx: RequestContext, request: querier.v1.SelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse.$Properties> {
    return this.timed('selectMergeStacktraces', ctx, (ctx) => this.mergedFlame(ctx, 'selectMergeStacktraces', request, []));
  }

  selectMergeSpanProfile(ctx: RequestContext, request: querier.v1.SelectMergeSpanProfileRequest): Promise<querier.v1.SelectMergeSpanProfileResponse.$Properties> {
    return this.timed('selectMergeSpanProfile', ctx, (ctx) => {
      // Refused before any source is asked (400 naming the entry that is not a span ID).
      spanFilterOf(request.spanSelector);
      return this.mergedFlame(ctx, 'selectMergeSpanProfile', request, request.spanSelector ?? []);
    });
  }

  /** SelectMergeStacktraces, or with span IDs SelectMergeSpanProfile: the sources merge only those spans' samples. */
  private async mergedFlame(
    ctx: RequestContext,
    method: 'selectMergeStacktraces' | 'selectMergeSpanProfile',
    request: querier.v1.SelectMergeStacktracesRequest | querier.v1.SelectMergeSpanProfileRequest,
    spanSelector: string[],
  ): Promise<querier.v1.SelectMergeStacktracesResponse.$Properties> {
    const selector = this.validateSelect(request);
    const maxNodes = this.resolveMaxNodes(request.maxNodes, this.defaultMaxNodes);
    // tree_columns: each node once on the wire, not once per stack through it (ingesters of an earlier version
    // ignore it and send stacks, which StackTree reads too).
    const format = request.format === 2 ? 2 : 1;
    const parts = await this.flameBySeries(ctx, method, selector, maxNodes, format, (api, req) =>
      api.mergeStacktraces(ctx, { ...req, treeColumns: true, ...(spanSelector.length > 0 ? { spanSelector } : {}) } as ingester.v1.MergeRequest),
    );
    if (!Array.isArray(parts)) {
      // One ingester merged it all and rendered it (merge-ahead.ts): its bytes are the answer (gzip'd when the client
      // takes them so: their size for the limit is then the trailer's, the size inflated).
      const { bytes, gzipped } = parts;
      const answer: querier.v1.SelectMergeStacktracesResponse.$Properties = encodedAnswer(querier.v1.SelectMergeStacktracesResponse, bytes, [format === 2 ? 'tree' : 'flamegraph'], gzipped);
      return this.limitSize(method, querier.v1.SelectMergeStacktracesResponse, answer, gzipped ? gzipDeclaredSize(bytes) : bytes.length);
    }
    const rendering = this.phaseTimer(method, 'render');
    const tree = StackTree.fromMergeResponses(parts);
    checkQueryDeadline(ctx, method === 'selectMergeStacktraces' ? 'SelectMergeStacktraces' : 'SelectMergeSpanProfile');
    const answer = request.format === 2 ? { tree: toTreeBytes(tree, maxNodes) } : { flamegraph: toFlameGraph(tree, maxNodes) };
    rendering();
    return this.limitSize(method, querier.v1.SelectMergeStacktracesResponse, answer, flameAnswerBytesAtMost(answer));
  }

  /**
   * A flame graph's merged parts, each profile once, without profile lists where the sources agree
   * (series-merge-plan.ts): every source answers per-series digests; each series they agree on is merged whole
   * by one source (keep_series, or its keys for a source read through its listing); the series they disagree on,
   * and those a source could not merge whole after all (it no longer holds what its digest said, it failed, or
   * it is of an earlier version and ignored keep_series: nothing of them was merged), are read by their keys
   * with the two-phase read, restricted to them. The answer's bytes instead when one ingester merged it all and
   * rendered it in `format` (merge-ahead.ts), gzip'd when the client takes them so (ctx.answerMayBeGzipped).
   */
  private async flameBySeries(
    ctx: RequestContext,
    method: Method,
    selector: ingester.v1.ProfileSelector.$Properties,
    maxNodes: number,
    format: 1 | 2,
    merge: (api: ReadApi, req: ingester.v1.MergeRequest) => Promise<ingester.v1.MergeStacktracesResponse.$Properties>,
  ): Promise<ingester.v1.MergeStacktracesResponse.$Properties[] | { bytes: Uint8Array; gzipped: boolean }> {
    const affinity = queryAffinity(ctx.tenant, selector);
    const sources = await this.sourcesFor(method, selector, affinity);
    const listing = this.phaseTimer(method, 'digests');
    const selectorKey = selectorText(ctx.tenant, selector);
    // The replica that would merge the query (merge-ahead.ts) merges everything it holds now, with its digests,
    // while the others answer theirs: for a selector read before within the series limit; rendered as this
    // query's answer when the last one was merged all by one ingester.
    const aheadSource = this.mergeAhead.withinLimit(selectorKey, this.limits.maxSeriesPerQuery) ? this.mergeAhead.pick(sources, affinity) : undefined;
    const renderFormat = aheadSource && this.mergeAhead.lastOnOneReplica(selectorKey) ? format : 0;
    const renderGzip = renderFormat !== 0 && ctx.answerMayBeGzipped === true;
    const ahead = aheadSource && { source: aheadSource.name, answer: merge(aheadSource.api, { selector, keepAll: true, withDigests: true, maxNodes, renderFormat, renderGzip } as ingester.v1.MergeRequest) };
    // One step past the range: the digests' per-step sums are not needed here; nor are the series' labels, but
    // for the one the plan groups them by.
    const { answers, listings, aheadAnswer, unasked } = await this.readDigests(ctx, method, sources, selector, Number.MAX_SAFE_INTEGER, [GROUP_LABEL], ahead);
    let judged = aheadAnswer ? keepMergeAhead(answers, ahead!.source) : undefined;
    let plan = planSeriesMerge(judged?.rest ?? answers, listings, affinity);
    const rendered = aheadAnswer?.rendered && aheadAnswer.rendered.length > 0 ? aheadAnswer.rendered : undefined;
    const nothingLeft = plan.work.size === 0 && plan.disagreed.size === 0;
    if (judged && rendered && !nothingLeft) {
      // Others hold series the merge does not: a rendered answer cannot be added to theirs. Planned from every
      // source's digests, its own among them, as when a merge ahead is discarded.
      judged = undefined;
      plan = planSeriesMerge(answers, listings, affinity);
    }
    if (ahead) this.metrics.mergesAhead.inc({ result: judged ? 'kept' : 'discarded' });
    listing();
    const seriesCount = judged ? judged.seriesCount : plan.seriesCount;
    // One ingester merged it all: the merge ahead kept with nothing left, or a plan giving every series to one
    // ingester whole.
    const onlyWork = plan.work.size === 1 ? [...plan.work.values()][0]! : undefined;
    const oneReplica = plan.disagreed.size === 0 && (judged ? plan.work.size === 0 : onlyWork !== undefined && onlyWork.keep.length === 0);
    this.mergeAhead.selected(selectorKey, seriesCount, oneReplica);
    this.limitSeries(seriesCount);
    this.metrics.profiles.inc({ stage: 'listed' }, answers.reduce((n, a) => n + a.series.reduce((m, d) => m + Number(d.count ?? 0), 0), 0));
    this.metrics.profiles.inc({ stage: 'kept' }, plan.profiles + (judged?.profiles ?? 0));
    if (judged && rendered) {
      this.metrics.renderedAnswers.inc({ method });
      return { bytes: rendered, gzipped: aheadAnswer!.renderedGzip === true };
    }
    checkBounds(ctx, `${method} after reading series digests`);
    const byKeys = (only: Restriction) => {
      this.metrics.seriesListed.inc(only.onlySeries?.size ?? 0);
      const timer = this.phaseTimer(method, 'keys');
      // The sources the digests were read from: a standby not asked is not asked here either, so that a query
      // reads what the same replicas hold whichever way its series are merged (SelectSeries reads so too).
      return this.twoPhase(ctx, method, selector, maxNodes, merge, (answer) => answer.missing ?? [], { sources, unasked, ...only }).finally(timer);
    };

    const byName = new Map(sources.map((s) => [s.name, s]));
    const work = [...plan.work.entries()];
    const merging = this.phaseTimer(method, 'merge');
    const [results, disagreedParts] = await Promise.all([
      this.callAll(work, ([name, w]) => merge(byName.get(name)!.api, { selector, keep: w.keep, keepSeries: w.keepSeries, keepAll: false, maxNodes } as ingester.v1.MergeRequest)).finally(merging),
      plan.disagreed.size > 0 ? byKeys({ onlySeries: plan.disagreed }) : Promise.resolve([]),
    ]);
    const out = [...(judged ? [aheadAnswer!] : []), ...disagreedParts];
    const retry = new Set<string>();
    const retryKeys = new Set<string>();
    /** Sources that failed or lost profiles: the keys read is told to give their work to others where it can. */
    const avoid = new Set<string>();
    results.forEach((r, i) => {
      const [name, w] = work[i]!;
      if (r.status === 'rejected') {
        if (r.reason instanceof ApiError && r.reason.code === 'invalid_argument') throw r.reason;
        checkBounds(ctx, method);
        this.metrics.sourceFailures.inc({ method });
        this.opts.logger.warn('merge failed on a source; its series are read by their keys from the others', { method, source: name, err: r.reason, series: w.series.length });
        for (const fp of w.series) retry.add(fp);
        avoid.add(name);
        return;
      }
      const answer = r.value;
      out.push(answer);
      if (w.keepSeries.length > 0) {
        // An ingester of an earlier version ignores keep_series (and merged none of them); a current one merged
        // each but those it names.
        const notMerged = answer.seriesKept ? (answer.missingSeries ?? []) : w.keepSeries.map((k) => k.seriesFingerprint ?? '');
        for (const fp of notMerged) retry.add(fp);
        if (answer.seriesKept && notMerged.length > 0) avoid.add(name);
        if (notMerged.length > 0) this.opts.logger.warn('a source did not merge series whole as its digests said it could; they are read by their keys', { method, source: name, series: notMerged.length, seriesKept: answer.seriesKept === true });
      }
      // Keys sent to a source read through its listing (an ingester of an earlier version) that it no longer
      // holds (a local block removed between the phases): those keys, and only those, are read again.
      const missing = answer.missing ?? [];
      if (missing.length === 0) return;
      const asked = new Set(w.keep.map(profileKey));
      for (const key of missing) if (asked.has(profileKey(key))) retryKeys.add(profileKey(key));
      avoid.add(name);
    });
    if (retry.size > 0 || retryKeys.size > 0) out.push(...(await byKeys({ onlySeries: retry, onlyKeys: retryKeys, avoid })));
    return out;
  }

  selectMergeProfile(ctx: RequestContext, request: querier.v1.SelectMergeProfileRequest): Promise<google.v1.Profile.$Properties> {
    return this.timed('selectMergeProfile', ctx, async (ctx) => {
      const selector = this.validateSelect(request);
      // Unlike flame graphs, a pprof is truncated only past -querier.max-flamegraph-nodes-max unless asked:
      // pprof consumers expect every frame, but no answer may be unbounded.
      const maxNodes = this.resolveMaxNodes(request.maxNodes, this.maxMaxNodes);
      const parts = await this.twoPhase(ctx, 'selectMergeProfile', selector, maxNodes, (api, req) => api.mergeProfile(ctx, req));
      checkQueryDeadline(ctx, 'SelectMergeProfile');
      const merged = mergeProfiles(parts.filter((p) => (p.sample?.length ?? 0) > 0 || (p.sampleType?.length ?? 0) > 0), maxNodes);
      return this.limitSize('selectMergeProfile', google.v1.Profile, merged);
    });
  }

  selectSeries(ctx: RequestContext, request: querier.v1.SelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse.$Properties> {
    return this.timed('selectSeries', ctx, async (ctx) => {
      const selector = this.validateSelect(request);
      const step = Number(request.step);
      // The step becomes milliseconds: it must stay an exact integer there, and no longer than a query may be.
      if (!(step > 0) || !Number.isSafeInteger(Math.ceil(step * 1000))) throw invalidArgument(`step must be a positive number of seconds, got ${request.step}`);
      if (this.limits.maxQueryLengthMs > 0 && step * 1000 > this.limits.maxQueryLengthMs) {
        throw invalidArgument(`step of ${request.step} s is longer than -querier.max-query-length (${formatDuration(this.limits.maxQueryLengthMs)})`);
      }
      // As aggregateSeriesColumns rounds it: the sources' steps must fall on the same times.
      const stepMs = Math.round(step * 1000);
      if (stepMs < 1) throw invalidArgument(`step must be at least 1 ms, got ${request.step} s`);
      const render: ingester.v1.ISeriesRender = { stepSeconds: step, aggregation: request.aggregation ?? 0, groupBy: request.groupBy ?? [], gzip: ctx.answerMayBeGzipped === true };
      const points = await this.seriesPoints(ctx, selector, stepMs, request.groupBy ?? [], render);
      if (!('columns' in points)) {
        // One ingester rendered it all (series-render.ts): its bytes are the answer (gzip'd when the client takes them
        // so: their size for the limit is then the trailer's, the size inflated).
        const { bytes, gzipped } = points;
        const answer: querier.v1.SelectSeriesResponse.$Properties = encodedAnswer(querier.v1.SelectSeriesResponse, bytes, ['series'], gzipped);
        return this.limitSize('selectSeries', querier.v1.SelectSeriesResponse, answer, gzipped ? gzipDeclaredSize(bytes) : bytes.length);
      }
      const { columns, refs } = points;
      checkQueryDeadline(ctx, 'SelectSeries');
      // Aggregated as columns and written from them, as an ingester renders it: no object per point.
      const series = aggregateSeriesColumns(
        refs,
        { start: Number(request.start), end: Number(request.end), stepSeconds: step, groupBy: request.groupBy ?? [], aggregation: aggregationFromProto(request.aggregation) },
        columns,
      );
      this.limitSeries(series.length);
      const bytes = encodeAggregatedSeries(series);
      const answer: querier.v1.SelectSeriesResponse.$Properties = encodedAnswer(querier.v1.SelectSeriesResponse, bytes, ['series']);
      return this.limitSize('selectSeries', querier.v1.SelectSeriesResponse, answer, bytes.length);
    });
  }

  /**
   * SelectSeries' points, each profile once (series-pick.ts): every source answers per-series digests and sums
   * per step (a source that only lists profiles, the bucket reader, has them computed here from its list);
   * series whose sources agree are taken from one of them, the others are read from key lists and
   * de-duplicated profile by profile as the two-phase read does. The taken series come as columns (a digest's steps),
   * the listed ones as a point per profile. Or the answer's bytes, when one ingester rendered it (`render`:
   * series-render.ts) and it holds the whole answer.
   */
  private async seriesPoints(
    ctx: RequestContext,
    selector: ingester.v1.ProfileSelector.$Properties,
    stepMs: number,
    groupBy: readonly string[],
    render?: ingester.v1.ISeriesRender,
  ): Promise<{ columns: SeriesColumns[]; refs: SeriesPointRef[] } | { bytes: Uint8Array; gzipped: boolean }> {
    const affinity = queryAffinity(ctx.tenant, selector);
    const sources = await this.sourcesFor('selectSeries', selector, affinity);
    const selectorKey = selectorText(ctx.tenant, selector);
    const renderer = render && this.seriesRenderers.pick(selectorKey, sources, affinity, this.limits.maxSeriesPerQuery);
    // The points are grouped by group_by alone: the ingesters need not send the series' other labels.
    const { answers, listings, unasked, rendered } = await this.readDigests(ctx, 'selectSeries', sources, selector, stepMs, groupBy, undefined, renderer ? { source: renderer.name, render: render! } : undefined);
    if (renderer) {
      // The digests came without their steps: the rendered answer, or the digests again with them.
      const { agreed, disagreed } = judgeSeries(answers);
      const covering = coveringSources(answers, agreed, disagreed);
      this.seriesRenderers.selected(selectorKey, agreed.size + disagreed.size, covering);
      if (rendered && covering.includes(renderer.name)) {
        this.metrics.seriesRenders.inc({ result: 'kept' });
        this.limitSeries(agreed.size);
        this.metrics.profiles.inc({ stage: 'listed' }, answers.reduce((n, a) => n + a.series.reduce((m, d) => m + Number(d.count ?? 0), 0), 0));
        this.metrics.profiles.inc({ stage: 'kept' }, [...agreed.values()].reduce((n, a) => n + Number(a.digest.count ?? 0), 0));
        return rendered;
      }
      this.metrics.seriesRenders.inc({ result: 'discarded' });
      checkBounds(ctx, 'selectSeries after a rendered answer was discarded');
      return this.seriesPoints(ctx, selector, stepMs, groupBy);
    }
    const pick = pickSeries(answers);
    this.seriesRenderers.selected(selectorKey, pick.seriesCount, pick.covering);
    this.limitSeries(pick.seriesCount);
    this.metrics.profiles.inc({ stage: 'listed' }, answers.reduce((n, a) => n + a.series.reduce((m, d) => m + Number(d.count ?? 0), 0), 0));
    this.metrics.profiles.inc({ stage: 'kept' }, pick.profiles);
    if (pick.disagreed.size === 0) return { columns: pick.columns, refs: [] };
    this.metrics.seriesListed.inc(pick.disagreed.size);

    // The series the sources disagree on: their keys from every source that holds them, each profile once (and
    // from the standbys too when one of those fails).
    const holders = answers.filter((a) => a.series.some((d) => pick.disagreed.has(d.seriesFingerprint ?? ''))).map((a) => sources.find((s) => s.name === a.source)!);
    checkBounds(ctx, 'selectSeries after reading series digests');
    const standby = sources.filter((s) => unasked.has(s.name));
    const listing = async (s: QuerySource) => listings.get(s.name) ?? (await s.api.selectProfiles(ctx, selector as ingester.v1.ProfileSelector));
    const { called, results: listed } = await this.callFailingOver(ctx, 'selectSeries', holders, standby, listing);
    const listFailures: SourceFailure[] = [];
    const lists: SourceProfiles[] = [];
    listed.forEach((r, i) => {
      const s = called[i]!;
      if (r.status === 'rejected') listFailures.push({ source: s.name, error: r.reason });
      else lists.push({ source: s.name, fallback: s.fallback === true, series: r.value.series ?? [], profiles: (r.value.profiles ?? []).filter((p) => pick.disagreed.has(p.key?.seriesFingerprint ?? '')) });
    });
    // A source lost between the two reads is judged as one lost in the first (the policy knows the replicas).
    this.checkFailures(ctx, 'selectSeries', listFailures, sources);
    const { refs } = assignReplicas(lists);
    this.metrics.profiles.inc({ stage: 'kept' }, refs.length);
    return { columns: pick.columns, refs };
  }

  /**
   * Every source's per-series digests (series-digest.ts), in parallel: a source that does not serve them (the
   * bucket reader, an ingester of an earlier version) has them computed here from its listing, which is kept.
   * Failures are judged by the policy.
   */
  private async readDigests(
    ctx: RequestContext,
    method: Method,
    sources: readonly QuerySource[],
    selector: ingester.v1.ProfileSelector.$Properties,
    stepMs: number,
    /** Only these labels in the digests (SelectSeries' group_by); every label when not given. */
    labelNames?: readonly string[],
    /** A source merging ahead (merge-ahead.ts): its digests are taken from that merge's answer when it gives them. */
    ahead?: { source: string; answer: Promise<ingester.v1.MergeStacktracesResponse.$Properties> },
    /** A source rendering SelectSeries (series-render.ts): every source's digests then come without their steps. */
    render?: { source: string; render: ingester.v1.ISeriesRender },
  ): Promise<{
    answers: SourceDigests[];
    listings: Map<string, ingester.v1.SelectProfilesResponse.$Properties>;
    aheadAnswer?: ingester.v1.MergeStacktracesResponse.$Properties;
    rendered?: { bytes: Uint8Array; gzipped: boolean };
    unasked: ReadonlySet<string>;
  }> {
    const start = Number(selector.start ?? 0);
    const end = Number(selector.end ?? 0);
    const listings = new Map<string, ingester.v1.SelectProfilesResponse.$Properties>();
    /** Local blocks the answering ingesters read: their copies in the bucket are not read again. */
    const readLocally = new Set<string>();
    const named = (answer: ingester.v1.SeriesDigestsResponse.$Properties | undefined, s: QuerySource): void => {
      const blocks = answer?.blocks ?? [];
      for (const b of blocks) readLocally.add(b);
      this.namedBlocks.remember(ctx.tenant, s.name, blocks, (this.opts.now ?? Date.now)());
    };
    let aheadAnswer: ingester.v1.MergeStacktracesResponse.$Properties | undefined;
    let rendered: { bytes: Uint8Array; gzipped: boolean } | undefined;
    const request = (labelNames ? { selector, stepMs, onlyLabelNames: true, labelNames: [...labelNames] } : { selector, stepMs }) as ingester.v1.SeriesDigestsRequest;
    const withoutSteps = { ...request, withoutSteps: true } as ingester.v1.SeriesDigestsRequest;
    const requestOf = (s: QuerySource): ingester.v1.SeriesDigestsRequest =>
      !render ? request : s.name === render.source ? ({ ...withoutSteps, render: render.render } as ingester.v1.SeriesDigestsRequest) : withoutSteps;
    const read = async (s: QuerySource, skip: ReadonlySet<string>): Promise<SourceDigests> => {
      if (ahead?.source === s.name) {
        // A merge that failed or came without digests (an ingester rolled back to an earlier version) is
        // dropped: the source is asked for its digests as the others are.
        const answer = await ahead.answer.catch((err: unknown) => {
          this.opts.logger.warn('merge ahead failed on a source; its series digests are read instead', { method, source: s.name, err });
          return undefined;
        });
        this.mergeAhead.heard(s.name, answer?.digestsAnswered === true);
        if (answer?.digestsAnswered) {
          named({ blocks: answer.blocks ?? [] }, s);
          aheadAnswer = answer;
          return { source: s.name, fallback: false, series: answer.digests ?? [] };
        }
      }
      if (s.api.selectSeriesDigests) {
        try {
          const answer = await s.api.selectSeriesDigests(ctx, requestOf(s));
          this.mergeAhead.heard(s.name, answer.mergesWithDigests === true);
          this.seriesRenderers.heard(s.name, answer.rendersSeries === true);
          // An ingester of an earlier version ignores render (and says it does not render): nothing rendered.
          if (render?.source === s.name && answer.rendersSeries) rendered = { bytes: answer.renderedSeries ?? new Uint8Array(0), gzipped: answer.renderedSeriesGzip === true };
          if (!s.listSkipping) named(answer, s);
          return { source: s.name, fallback: s.fallback === true, series: answer.series ?? [] };
        } catch (err) {
          // An ingester of an earlier version (mid-rollout) does not serve it: its listing is read instead.
          if (!(err instanceof ApiError && err.code === 'unimplemented')) {
            if (!s.listSkipping) named(undefined, s);
            throw err;
          }
        }
      }
      const listing = s.listSkipping ? await s.listSkipping(ctx, selector as ingester.v1.ProfileSelector, skip) : await s.api.selectProfiles(ctx, selector as ingester.v1.ProfileSelector);
      if (!s.listSkipping) named(undefined, s);
      listings.set(s.name, listing);
      return { source: s.name, fallback: s.fallback === true, series: digestsOfListing(listing, start, end, stepMs) };
    };
    // Sources that can skip blocks (the bucket) skip those the ingesters read locally. When every ingester named
    // its blocks in an earlier query (named-blocks.ts), the bucket is read at the same time, skipping those;
    // otherwise once the ingesters have answered. A predicted block that no answering ingester named this time
    // (it is down, or no longer holds it) was not read by anyone: the bucket is read again, skipping only what
    // they named. (Reading a block an ingester also read is only extra work: its profiles are the same keys,
    // and series-pick.ts compares the bucket with the ingesters' local-block digests.)
    //
    // Standby ingesters (-querier.minimize-ingester-requests) are asked only when an asked one fails. Until then the
    // blocks they named when last asked are skipped by the bucket as well: the asked ones hold the same profiles.
    // One not heard from lately (named-blocks.ts) is asked for the blocks it names, not for its digests: what it alone
    // holds (a push stored by one replica) is read by no query until an asked one fails, so that two queries of the
    // same view agree, whether or not one of them refreshed what the standby names.
    const after = sources.filter((s) => s.listSkipping);
    const asked = sources.filter((s) => !s.listSkipping && !s.standby);
    const standby = sources.filter((s) => !s.listSkipping && s.standby);
    const now = (this.opts.now ?? Date.now)();
    const stale = after.length > 0 ? standby.filter((s) => s.api.selectSeriesDigests && !this.namedBlocks.heardWithin(ctx.tenant, s.name, now, STANDBY_NAMES_MAX_AGE_MS)) : [];
    const refreshed = this.callAll(stale, async (s) => named(await s.api.selectSeriesDigests!(ctx, request), s));
    const standbyBlocks = () => this.namedBlocks.known(ctx.tenant, standby.map((s) => s.name));
    const predicted = after.length > 0 && stale.length === 0 ? this.namedBlocks.predict(ctx.tenant, asked.map((s) => s.name)) : undefined;
    for (const b of predicted && standby.length > 0 ? standbyBlocks() : []) predicted!.add(b);
    const early = predicted ? this.callAll(after, (s) => read(s, predicted)) : undefined;
    const { called: before, results: first } = await this.callFailingOver(ctx, method, asked, standby, (s) => read(s, readLocally));
    await refreshed;
    if (before.length === asked.length && standby.length > 0 && after.length > 0) for (const b of standbyBlocks()) readLocally.add(b);
    let late: PromiseSettledResult<SourceDigests>[] = [];
    if (after.length > 0) {
      const prediction = early && (await early);
      const stillValid = predicted !== undefined && [...predicted].every((b) => readLocally.has(b));
      if (prediction && stillValid) late = prediction;
      else {
        if (prediction) this.metrics.bucketRereads.inc();
        late = await this.callAll(after, (s) => read(s, readLocally));
      }
    }
    const results = [...first, ...late];
    const ordered = [...before, ...after];
    const failures: SourceFailure[] = [];
    const answers: SourceDigests[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') answers.push(r.value);
      else failures.push({ source: ordered[i]!.name, error: r.reason });
    });
    this.checkFailures(ctx, method, failures, sources);
    const unasked = new Set(standby.filter((s) => !before.includes(s)).map((s) => s.name));
    return { answers, listings, unasked, ...(aheadAnswer ? { aheadAnswer } : {}), ...(rendered ? { rendered } : {}) };
  }

  /** max_nodes as asked (`fallback` when 0), at most -querier.max-flamegraph-nodes-max; NaN or negative is refused. */
  private resolveMaxNodes(requested: number | null | undefined, fallback: number): number {
    let n = Number(requested ?? 0);
    if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n)) throw invalidArgument(`max_nodes must be a non-negative integer, got ${requested}`);
    if (n === 0) n = fallback;
    if (this.maxMaxNodes > 0 && n > this.maxMaxNodes) n = this.maxMaxNodes;
    return n;
  }

  /** Checks a select request before any fan-out, so bad input is invalid_argument whatever the sources do. */
  private validateSelect(request: SelectLike): ingester.v1.ProfileSelector.$Properties {
    const selector = validateSelect(request);
    const max = this.limits.maxQueryLengthMs;
    // An end of 0 reads up to now (storage/read/select.ts requestRange).
    const length = (selector.end! > 0 ? selector.end! : Date.now()) - selector.start!;
    if (max > 0 && length > max) {
      throw invalidArgument(`the query covers ${formatDuration(length)}: limit -querier.max-query-length (${formatDuration(max)}) exceeded; narrow start and end`);
    }
    return selector;
  }

  private limitSeries(count: number): void {
    const max = this.limits.maxSeriesPerQuery;
    if (max > 0 && count > max) {
      throw invalidArgument(`the query selects ${count} series: limit -querier.max-fetched-series-per-query (${max}) exceeded; narrow the selector`);
    }
  }

  /** Refuses an answer whose encoded size passes -querier.max-response-bytes; otherwise returns it. */
  private limitSize<T extends object>(method: Method, type: { encode(m: T): { finish(): Uint8Array } }, answer: T, atMost?: number): T {
    const max = this.limits.maxResponseBytes;
    if (max <= 0 || (atMost !== undefined && atMost <= max)) return answer;
    const size = type.encode(answer).finish().length;
    if (size > max) {
      throw invalidArgument(`the ${method} answer is ${size} bytes: limit -querier.max-response-bytes (${max}) exceeded; narrow the selector or the range, or lower max_nodes`);
    }
    return answer;
  }

  /**
   * The sources a request reads: all of them, or, when its range ends at or before now minus
   * -querier.query-ingesters-within, only those holding more than recent data (the bucket), as Mimir's
   * querier decides (pkg/querier ShouldQueryIngesters). An end of 0 means now: the ingesters are asked.
   */
  private async sourcesFor(method: Method, request: Ranged, affinity?: number): Promise<readonly QuerySource[]> {
    const sources = await this.opts.sources(affinity);
    const within = this.limits.queryIngestersWithinMs;
    const end = Number(request.end ?? 0);
    if (within <= 0 || !(end > 0) || end > (this.opts.now ?? Date.now)() - within) return sources;
    this.metrics.ingestersSkipped.inc({ method });
    return sources.filter((s) => !s.recentOnly);
  }

  /** Phase one over every source: the profiles each one holds. */
  private async phaseOne(ctx: RequestContext, method: Method, selector: ingester.v1.ProfileSelector.$Properties, only: Restriction = {}): Promise<{ sources: readonly QuerySource[]; listed: SourceProfiles[] }> {
    const sources = only.sources ?? (await this.sourcesFor(method, selector));
    const unasked = only.unasked ?? new Set<string>();
    const restricted = only.onlySeries !== undefined || only.onlyKeys !== undefined;
    const wanted = (p: ingester.v1.ProfileRef.$Properties): boolean => only.onlySeries?.has(p.key?.seriesFingerprint ?? '') === true || only.onlyKeys?.has(profileKey(p.key)) === true;
    const asked = sources.filter((s) => !unasked.has(s.name));
    const standby = sources.filter((s) => unasked.has(s.name));
    const { called, results } = await this.callFailingOver(ctx, method, asked, standby, (s) => s.api.selectProfiles(ctx, selector as ingester.v1.ProfileSelector));
    const failures: SourceFailure[] = [];
    const listed: SourceProfiles[] = [];
    results.forEach((r, i) => {
      const source = called[i]!;
      if (r.status === 'rejected') failures.push({ source: source.name, error: r.reason });
      else {
        const all = r.value.profiles ?? [];
        const profiles = restricted ? all.filter(wanted) : all;
        listed.push({ source: source.name, profiles, series: r.value.series ?? [], fallback: source.fallback === true });
        this.metrics.profiles.inc({ stage: 'listed' }, profiles.length);
      }
    });
    this.checkFailures(ctx, method, failures, sources);
    const series = new Set<string>();
    for (const l of listed) for (const p of l.profiles) series.add(p.key?.seriesFingerprint ?? '');
    this.limitSeries(series.size);
    return { sources, listed };
  }

  /** Phase one, de-duplication, then phase two on the sources that were assigned profiles. */
  private async twoPhase<T>(
    ctx: RequestContext,
    method: Method,
    selector: ingester.v1.ProfileSelector.$Properties,
    maxNodes: number,
    merge: (api: ReadApi, req: ingester.v1.MergeRequest) => Promise<T>,
    /** The kept profiles a source answered it no longer holds (MergeStacktracesResponse.missing). */
    missingOf: (answer: T) => readonly ingester.v1.ProfileKey.$Properties[] = () => [],
    only: Restriction = {},
  ): Promise<T[]> {
    const { sources, listed } = await this.phaseOne(ctx, method, selector, only);
    // A caller that went away (or ran out of time) during phase one does not need phase two's work.
    checkBounds(ctx, `${method} after listing profiles`);
    const assignment = assignReplicas(listed);
    this.metrics.profiles.inc({ stage: 'kept' }, assignment.refs.length);
    const byName = new Map(sources.map((s) => [s.name, s]));
    if (only.avoid && only.avoid.size > 0) avoidSources(assignment, only.avoid, sources);

    const out: T[] = [];
    const failed = new Set<string>();
    /** Per profile, the sources that answered without it: never asked for it again. */
    const lacking = new Map<string, Set<string>>();
    const reassign = (next: Map<string, ingester.v1.ProfileKey.$Properties[]>, key: ingester.v1.ProfileKey.$Properties, alternative: string): void => {
      let list = next.get(alternative);
      if (!list) next.set(alternative, (list = []));
      list.push(key);
    };
    let pending = assignment.keep;
    // Each round re-assigns what failed sources were given, and what sources answered they no longer hold;
    // every re-assignment excludes a source for a profile for good, so this ends.
    while (pending.size > 0) {
      const work = [...pending.entries()];
      const results = await this.callAll(work, ([name, keep]) =>
        merge(byName.get(name)!.api, { selector, keep, keepAll: false, maxNodes } as ingester.v1.MergeRequest),
      );
      const next = new Map<string, ingester.v1.ProfileKey.$Properties[]>();
      const failures: SourceFailure[] = [];
      results.forEach((r, i) => {
        const [name, keep] = work[i]!;
        if (r.status === 'fulfilled') {
          out.push(r.value);
          const missing = missingOf(r.value);
          if (missing.length === 0) return;
          // Only profiles this source was asked for may move, each once: moving another, or one twice, would
          // count it twice.
          const asked = new Set(keep.map(profileKey));
          for (const key of missing) {
            const k = profileKey(key);
            if (!asked.delete(k)) continue;
            let without = lacking.get(k);
            if (!without) lacking.set(k, (without = new Set()));
            without.add(name);
            const alternative = assignment.holders(k).find((h) => !failed.has(h) && !without.has(h));
            if (!alternative) {
              throw new ApiError('unavailable', `profile ${k.replaceAll('\u0000', ' ')} was listed by ${assignment.holders(k).join(', ')} but none of them holds it any more; retry the query`);
            }
            reassign(next, key, alternative);
          }
          this.opts.logger.warn('a source no longer held profiles it listed (a local block removed between the phases); they were re-assigned', { method, source: name, missing: missing.length });
          return;
        }
        if (r.reason instanceof ApiError && r.reason.code === 'invalid_argument') throw r.reason;
        // Sources fail when the query's own signal aborts them: that is the caller's doing, not an outage.
        checkBounds(ctx, method);
        failed.add(name);
        failures.push({ source: name, error: r.reason });
        this.metrics.sourceFailures.inc({ method });
        for (const key of keep) {
          const k = profileKey(key);
          const alternative = assignment.holders(k).find((h) => !failed.has(h) && !lacking.get(k)?.has(h));
          if (!alternative) throw sourcesFailed(failures, sources.length);
          reassign(next, key, alternative);
        }
      });
      if (failures.length > 0) {
        this.opts.logger.warn('merge failed on a source; its profiles were re-assigned to replicas', {
          method,
          sources: failures.map((f) => f.source),
          errs: failures.map((f) => f.error), // whole Errors: util/log.ts keeps their messages and causes
          reassigned: [...next.values()].reduce((n, l) => n + l.length, 0),
        });
      }
      // A source that already answered might now get more keys: merge those separately (results add up).
      pending = next;
    }
    return out;
  }

  /** Starts timing a phase; the returned function records it. */
  private phaseTimer(method: Method, phase: 'digests' | 'merge' | 'keys' | 'render'): () => void {
    const end = this.metrics.phase.startTimer({ method, phase });
    return () => void end();
  }

  /** Calls every source in parallel; failures are collected and judged by the policy. */
  private async fanOut<T>(ctx: RequestContext, method: Method, request: Ranged, call: (api: ReadApi) => Promise<T>): Promise<T[]> {
    const sources = await this.sourcesFor(method, request);
    const results = await this.callAll(sources, (s) => call(s.api));
    const failures: SourceFailure[] = [];
    const values: T[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') values.push(r.value);
      else failures.push({ source: sources[i]!.name, error: r.reason });
    });
    this.checkFailures(ctx, method, failures, sources);
    return values;
  }

  private checkFailures(ctx: RequestContext, method: Method, failures: SourceFailure[], sources: readonly QuerySource[]): void {
    if (failures.length === 0) return;
    // Sources fail when the query's own signal aborts them (client gone, deadline passed): report that, never
    // an outage of the ingesters that were merely told to stop.
    checkBounds(ctx, method);
    this.metrics.sourceFailures.inc({ method }, failures.length);
    // A request the sources reject as invalid is the caller's mistake, not an outage: report it as such.
    const invalid = failures.find((f) => f.error instanceof ApiError && f.error.code === 'invalid_argument');
    if (invalid) throw invalid.error;
    if (sources.length === 0) return;
    this.policy(failures, sources);
    this.opts.logger.warn('read went on without some sources', {
      method,
      failed: failures.map((f) => ({ source: f.source, error: f.error instanceof Error ? f.error.message : String(f.error) })),
    });
  }

  /**
   * `call` on each of `asked` in parallel; when one of them fails (not for the caller's reasons: an invalid request,
   * or the query's own signal) and `standby` sources were left out (-querier.minimize-ingester-requests), on those
   * too: the asked ones alone may no longer hold every profile. The sources called, in the order of the results.
   */
  private async callFailingOver<T>(
    ctx: RequestContext,
    method: Method,
    asked: readonly QuerySource[],
    standby: readonly QuerySource[],
    call: (s: QuerySource) => Promise<T>,
  ): Promise<{ called: QuerySource[]; results: PromiseSettledResult<T>[] }> {
    const results = await this.callAll(asked, call);
    const called = [...asked];
    const lost = results.some((r) => r.status === 'rejected' && !(r.reason instanceof ApiError && r.reason.code === 'invalid_argument'));
    if (standby.length > 0 && lost && !ctx.signal?.aborted) {
      this.metrics.standbysAsked.inc({ method });
      results.push(...(await this.callAll(standby, call)));
      called.push(...standby);
    }
    return { called, results };
  }

  private callAll<S, T>(items: readonly S[], call: (item: S) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
    return Promise.allSettled(items.map(async (item) => call(item)));
  }

  /**
   * Runs one query under -querier.query-timeout (its deadline goes to the sources and to every
   * checkQueryDeadline() on the way) and records its duration and outcome.
   */
  private async timed<T>(method: Method, caller: RequestContext, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
    const end = this.metrics.duration.startTimer({ method });
    const { ctx, release } = boundedContext(caller, this.limits.queryTimeoutMs, '-querier.query-timeout');
    try {
      const out = await fn(ctx);
      end({ status: 'ok' });
      return out;
    } catch (e) {
      end({ status: e instanceof ApiError ? e.code : 'internal' });
      throw e;
    } finally {
      release();
    }
  }
}

/** A two-phase read over given sources (instead of asking for them), of only some series and keys. */
interface Restriction {
  sources?: readonly QuerySource[];
  /** Sources not asked at all (standbys the series digests were read without); the policy still judges over `sources`. */
  unasked?: ReadonlySet<string>;
  /** With onlyKeys: the profiles of these series and those keys (profileKey), nothing else. */
  onlySeries?: ReadonlySet<string>;
  onlyKeys?: ReadonlySet<string>;
  /** Sources given nothing that another source holds too (they failed or lost profiles since the digests). */
  avoid?: ReadonlySet<string>;
}

/**
 * Where a flame graph's sources are taken from in their order (series-merge-plan.ts): the same for the same
 * tenant, type and selector, so that a query repeated (a dashboard refreshing) is merged by the replica whose
 * caches and heap it warmed, while different queries spread over the replicas (FNV-1a).
 */
function queryAffinity(tenant: string, selector: ingester.v1.ProfileSelector.$Properties): number {
  const text = selectorText(tenant, selector);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A query's tenant, profile type and label selector, whatever its range. */
function selectorText(tenant: string, selector: ingester.v1.ProfileSelector.$Properties): string {
  return `${tenant}\u0000${selector.profileTypeID ?? ''}\u0000${selector.labelSelector ?? ''}`;
}

/** Gives what the assignment gave the avoided sources to another holder of each profile, where there is one. */
function avoidSources(assignment: ReturnType<typeof assignReplicas>, avoid: ReadonlySet<string>, sources: readonly QuerySource[]): void {
  const fallback = new Set(sources.filter((s) => s.fallback).map((s) => s.name));
  for (const name of avoid) {
    const keys = assignment.keep.get(name);
    if (!keys) continue;
    const stay: ingester.v1.ProfileKey.$Properties[] = [];
    for (const key of keys) {
      // Another ingester before the bucket, as the assignment itself prefers.
      const holders = assignment.holders(profileKey(key)).filter((h) => !avoid.has(h));
      const other = holders.find((h) => !fallback.has(h)) ?? holders[0];
      if (!other) {
        stay.push(key);
        continue;
      }
      let list = assignment.keep.get(other);
      if (!list) assignment.keep.set(other, (list = []));
      list.push(key);
    }
    if (stay.length > 0) assignment.keep.set(name, stay);
    else assignment.keep.delete(name);
  }
}

interface SelectLike {
  profileTypeID?: string | null;
  labelSelector?: string | null;
  start?: number | null;
  end?: number | null;
}

/** Checks a select request's syntax before any fan-out, so bad input is invalid_argument whatever the sources do. */
function validateSelect(request: SelectLike): ingester.v1.ProfileSelector.$Properties {
  const profileTypeID = request.profileTypeID ?? '';
  if (profileTypeID === '') throw invalidArgument('profile_typeID is required');
  parseProfileTypeId(profileTypeID);
  const labelSelector = request.labelSelector ?? '';
  parseSelector(labelSelector);
  const start = Number(request.start ?? 0);
  const end = Number(request.end ?? 0);
  // A JSON "start":"abc" decodes to NaN; 1e300 is no time either. Neither may become an answer with NaN times.
  for (const [name, v, raw] of [['start', start, request.start], ['end', end, request.end]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw invalidArgument(`${name} must be a Unix time in milliseconds (a non-negative integer), got ${String(raw)}`);
  }
  if (end < start) throw invalidArgument(`end (${end}) is before start (${start})`);
  return { profileTypeID, labelSelector, start, end };
}

function safeProfileType(id: string): types.v1.ProfileType.$Properties {
  try {
    return protoProfileTypeFromId(id);
  } catch {
    return { ID: id };
  }
}

function uniqueSorted(lists: readonly (readonly string[])[]): string[] {
  const set = new Set<string>();
  for (const l of lists) for (const v of l) set.add(v);
  return [...set].sort();
}
