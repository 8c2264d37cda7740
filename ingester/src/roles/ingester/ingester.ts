// The ingester role: takes pushes into its storage and answers reads over what it holds.
//
// push: normalizePush (bad input is rejected before anything is written) → WAL append (fsync'd, group
// commit) → head → acknowledged. Reads cover the head and the blocks on local disk, one tenant at a time.
// It serves the internal two-phase API (IngesterApi) and the public read API (QuerierApi) over its data.
//
// Readiness is a list of checks (replay done; the ring adds its own through addReadinessCheck). The ring
// state shown by /ingester/status comes from a hook (setStateProvider); until the ring is wired it is
// PENDING during replay, ACTIVE after, LEAVING once flushAndStopWrites was called.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { google, push as pushProto, type ingester, querier, type types } from '../../gen/index.ts';
import type { Limits } from '../../ingest/limits.ts';
import type { IngesterApi, QuerierApi, RequestContext } from '../../model/api.ts';
import type { NormalizedProfile } from '../../model/profile.ts';
import { toFlameGraph, toTreeBytes } from '../../query/flamegraph.ts';
import { mergeProfiles } from '../../query/pprof-merge.ts';
import { protoProfileTypeFromId } from '../../query/profile-type.ts';
import { profileKey } from '../../query/dedup.ts';
import { parseSelector, parseSelectors } from '../../query/selector.ts';
import { aggregateSeriesColumns, aggregationFromProto, validStepMs, type AggregateSeriesOptions, type SeriesColumns } from '../../query/series.ts';
import { encodeAggregatedSeries } from '../../query/series-answer-wire.ts';
import { stepColumnsOf } from '../../query/series-pick.ts';
import { StackTree } from '../../query/stack-tree.ts';
import { mergeIntoTree, mergeProfile } from '../../storage/read/merge.ts';
import { spanFilterOf } from '../../storage/read/span-filter.ts';
import type { IndexData } from '../../storage/read/profile-data.ts';
import { selectForMerge, type MergeSelection, type SourceProfiles } from '../../storage/read/merge-selection.ts';
import { digestsOfMerge, isLocalBlock, localBlockIds } from '../../storage/read/merge-digests.ts';
import { labelNames, labelValues, profileTypes, selectProfiles, seriesLabels, requestRange, type TimeRange } from '../../storage/read/select.ts';
import { lastStepOf } from '../../query/series-digest.ts';
import { digestsOfSources } from '../../storage/read/source-digests.ts';
import type { IngesterStorage, ReadSource } from '../../storage/store.ts';
import type { Clock } from '../../util/clock.ts';
import { ApiError, invalidArgument, unavailable } from '../../util/errors.ts';
import type { Logger } from '../../util/log.ts';
import { labelsKey } from '../../storage/head/fingerprint.ts';
import { ActiveSeries, localSeriesLimit, type RingShape } from './active-series.ts';
import { pushRecordParts } from './wal-record.ts';
import { pushRequestWireBytes } from '../../ingest/push-decoder.ts';
import type { AbortSignalLike } from '../../util/light-abort.ts';
import { COMPRESS_MIN_BYTES, gzipAnswer } from '../../server/answer-gzip.ts';
import { encodedAnswer } from '../../query/encoded-answer.ts';

/** Returns undefined when ready, else why not. */
export type ReadinessCheck = () => string | undefined;

/** normalizePush, or the decode pool running it off the event loop (ingest/decode-pool/); `signal`: the client went away. */
export type Normalize = (tenant: string, request: pushProto.v1.IPushRequest, limits: Limits, receivedAtMs: number, signal?: AbortSignalLike) => NormalizedProfile[] | Promise<NormalizedProfile[]>;

export interface IngesterRoleOptions {
  id: string;
  storage: IngesterStorage;
  normalize: Normalize;
  limits: () => Limits;
  clock: Clock;
  logger: Logger;
  registry: Registry;
  tickIntervalMs: number;
  /** Pyroscope's default when a flame graph request gives no max_nodes. */
  defaultMaxNodes?: number;
}

export interface IngesterStatus {
  id: string;
  state: string;
  headBytes: number;
  blocksPendingUpload: number;
  flushed: boolean;
  lastUploadError: string | null;
  uploadFailing: boolean;
  /** False while the WAL cannot be written (pushes refused, read-only in the ring, retrying). */
  walWritable: boolean;
  walError: string | null;
}

export class IngesterRole implements IngesterApi, QuerierApi {
  private replayed = false;
  private acceptingWrites = false;
  private leaving = false;
  private readonly checks: ReadinessCheck[] = [];
  private stateProvider: (() => string) | undefined;
  private ringShape: (() => RingShape) | undefined;
  private readonly activeSeries = new ActiveSeries();
  private timer: NodeJS.Timeout | undefined;
  private leavePromise: Promise<string[]> | undefined;
  /** Pushes past the acceptingWrites check and not yet acknowledged; a leave waits for them before its cut. */
  private pushesInFlight = 0;
  private drained: (() => void)[] = [];
  private readonly metrics;

  constructor(private readonly o: IngesterRoleOptions) {
    const r = o.registry;
    this.metrics = {
      pushes: new Counter({ name: 'ingester_pushes_total', help: 'Push requests by result.', labelNames: ['result'] as const, registers: [r] }),
      bytes: new Counter({ name: 'ingester_received_bytes_total', help: 'Raw profile bytes received (as sent, usually gzip).', labelNames: ['tenant'] as const, registers: [r] }),
      profiles: new Counter({ name: 'ingester_received_profiles_total', help: 'Profiles (series × sample type) added to the head.', labelNames: ['tenant'] as const, registers: [r] }),
      pushDuration: new Histogram({ name: 'ingester_push_duration_seconds', help: 'Push latency, WAL fsync included.', buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [r] }),
      queryDuration: new Histogram({ name: 'ingester_query_duration_seconds', help: 'Read latency by method.', labelNames: ['method'] as const, buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [r] }),
    };
    const self = this;
    new Gauge({
      name: 'ingester_active_series',
      help: 'Series pushed to in the last 10 minutes, per tenant (what -ingester.max-local/global-series-per-tenant limit).',
      labelNames: ['tenant'] as const,
      registers: [r],
      collect() {
        this.reset();
        for (const [tenant, n] of self.activeSeries.counts()) this.set({ tenant }, n);
      },
    });
    this.checks.push(() => (this.replayed ? undefined : 'replaying the WAL'));
    this.checks.push(() => {
      const err = this.o.storage.walError;
      return err ? `the WAL cannot be written (${err.message}): pushes are refused and the instance is read-only in the ring until it can` : undefined;
    });
  }

  /** Recovers storage (WAL replay, local blocks) and starts accepting writes. */
  async start(): Promise<void> {
    await this.o.storage.open();
    this.replayed = true;
    this.acceptingWrites = true;
    this.timer = setInterval(() => this.tick(), this.o.tickIntervalMs);
    this.timer.unref();
  }

  private tick(): void {
    this.activeSeries.purge(this.o.clock.now());
    this.o.storage.tick();
    this.o.storage.sweep().catch((err: Error) => this.o.logger.error('removing expired local blocks failed', { err: err.message }));
  }

  addReadinessCheck(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  /** Undefined when ready; otherwise the reasons it is not. */
  notReadyReasons(): string[] {
    return this.checks.map((c) => c()).filter((r): r is string => r !== undefined);
  }

  setStateProvider(provider: () => string): void {
    this.stateProvider = provider;
  }

  /** The ring's healthy ingesters and replication factor, which divide -ingester.max-global-series-per-tenant. */
  setRingShapeProvider(provider: () => RingShape): void {
    this.ringShape = provider;
  }

  /** Active series of a tenant on this ingester (what the series limits count). */
  activeSeriesCount(tenant: string): number {
    return this.activeSeries.count(tenant);
  }

  status(): IngesterStatus {
    const shipper = this.o.storage.shipperStatus();
    const state = this.stateProvider?.() ?? (!this.replayed ? 'PENDING' : this.leaving ? 'LEAVING' : 'ACTIVE');
    return {
      id: this.o.id,
      state,
      headBytes: this.o.storage.headBytes,
      blocksPendingUpload: this.o.storage.blocks.pending().length,
      flushed: this.o.storage.flushed,
      lastUploadError: shipper.lastUploadError,
      uploadFailing: shipper.uploadFailing,
      walWritable: this.o.storage.walError === undefined,
      walError: this.o.storage.walError?.message ?? null,
    };
  }

  /** Stops taking writes (UNAVAILABLE), cuts the head and waits until every block is uploaded. Reads go on. */
  async flushAndStopWrites(signal?: AbortSignalLike): Promise<string[]> {
    this.acceptingWrites = false;
    this.leaving = true;
    this.o.logger.info('stopping writes and flushing everything', { id: this.o.id });
    // A push accepted just before writes stopped must be in the head that is cut now, not in the next one.
    if (this.pushesInFlight > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
    const blocks = await this.o.storage.flush(signal);
    this.o.logger.info('flushed: every block is in the bucket', { id: this.o.id, blocks: blocks.length });
    return blocks;
  }

  /** Starts flushAndStopWrites unless it already runs; failures are logged (uploads keep retrying). */
  leaveInBackground(): Promise<string[]> {
    this.leavePromise ??= this.flushAndStopWrites().catch((err: Error) => {
      this.leavePromise = undefined;
      this.o.logger.error('flushing on leave failed', { err: err.message });
      return [];
    });
    return this.leavePromise;
  }

  /** Stops timers and closes storage (call after flushAndStopWrites for a clean shutdown). */
  async stop(): Promise<void> {
    this.acceptingWrites = false;
    if (this.timer) clearInterval(this.timer);
    await this.o.storage.close();
  }

  // ---- writes ----

  async push(ctx: RequestContext, request: pushProto.v1.PushRequest): Promise<void> {
    const end = this.metrics.pushDuration.startTimer();
    let inFlight = false;
    try {
      if (!this.acceptingWrites) throw unavailable(this.replayed ? `ingester ${this.o.id} is leaving and takes no more writes` : `ingester ${this.o.id} is starting (replaying its WAL)`);
      this.pushesInFlight++;
      inFlight = true;
      const receivedAtMs = this.o.clock.now();
      const limits = this.o.limits();
      const profiles = await this.o.normalize(ctx.tenant, request, limits, receivedAtMs, ctx.signal);
      this.admitSeries(ctx.tenant, profiles, limits, receivedAtMs);
      // As received when it came as protobuf (Connect, gRPC): no second encode of the raw profiles.
      const bytes = pushRequestWireBytes(request) ?? pushProto.v1.PushRequest.encode(request).finish();
      const added = await this.o.storage.append(ctx.tenant, pushRecordParts(ctx.tenant, receivedAtMs, bytes), profiles);
      let raw = 0;
      for (const s of request.series ?? []) for (const x of s.samples ?? []) raw += x.rawProfile?.length ?? 0;
      this.metrics.bytes.inc({ tenant: ctx.tenant }, raw);
      this.metrics.profiles.inc({ tenant: ctx.tenant }, added);
      this.metrics.pushes.inc({ result: 'success' });
    } catch (err) {
      const result = err instanceof ApiError && err.code === 'invalid_argument' ? 'invalid' : err instanceof ApiError && err.code === 'resource_exhausted' ? 'limited' : 'error';
      this.metrics.pushes.inc({ result });
      if (!(err instanceof ApiError)) throw unavailable(`ingester ${this.o.id} could not store the push: ${(err as Error).message}`, { cause: err });
      throw err;
    } finally {
      end();
      if (inFlight && --this.pushesInFlight === 0) {
        const waiters = this.drained;
        this.drained = [];
        for (const w of waiters) w();
      }
    }
  }

  /** Refuses the push (429, nothing written) when its new series would take the tenant past its series limit. */
  private admitSeries(tenant: string, profiles: readonly NormalizedProfile[], limits: Limits, nowMs: number): void {
    const keys = new Set<string>();
    for (const p of profiles) for (const labels of p.seriesLabels) keys.add(labelsKey(labels));
    this.activeSeries.admit(tenant, keys, nowMs, localSeriesLimit(limits, this.ringShape?.()), this.o.id);
  }

  async flush(ctx: RequestContext, _request: ingester.v1.FlushRequest): Promise<ingester.v1.FlushResponse.$Properties> {
    return { blocks: await this.o.storage.flush(ctx.signal) };
  }

  // ---- reads ----

  private async timed<T>(method: string, fn: () => Promise<T>): Promise<T> {
    const end = this.metrics.queryDuration.startTimer({ method });
    try {
      return await fn();
    } finally {
      end();
    }
  }

  private sources(tenant: string, range: TimeRange): ReadSource[] {
    return this.o.storage.sources(tenant).filter((s) => s.maxTimeMs >= range.start && s.minTimeMs <= range.end);
  }

  profileTypes(ctx: RequestContext, request: querier.v1.ProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse.$Properties> {
    return this.timed('ProfileTypes', async () => {
      const range = requestRange(request.start, request.end, ctx);
      const ids = new Set<string>();
      for (const s of this.sources(ctx.tenant, range)) profileTypes(await s.index(), range, ids);
      return { profileTypes: [...ids].sort().map(protoProfileTypeFromId) };
    });
  }

  labelNames(ctx: RequestContext, request: types.v1.LabelNamesRequest): Promise<types.v1.LabelNamesResponse.$Properties> {
    return this.timed('LabelNames', async () => {
      const range = requestRange(request.start, request.end, ctx);
      const selectors = parseSelectors(request.matchers ?? []);
      const names = new Set<string>();
      for (const s of this.sources(ctx.tenant, range)) labelNames(await s.index(), selectors, range, names);
      return { names: [...names].sort() };
    });
  }

  labelValues(ctx: RequestContext, request: types.v1.LabelValuesRequest): Promise<types.v1.LabelValuesResponse.$Properties> {
    return this.timed('LabelValues', async () => {
      const range = requestRange(request.start, request.end, ctx);
      const selectors = parseSelectors(request.matchers ?? []);
      const values = new Set<string>();
      for (const s of this.sources(ctx.tenant, range)) labelValues(await s.index(), request.name ?? '', selectors, range, values);
      return { names: [...values].sort() };
    });
  }

  series(ctx: RequestContext, request: querier.v1.SeriesRequest): Promise<querier.v1.SeriesResponse.$Properties> {
    return this.timed('Series', async () => {
      const range = requestRange(request.start, request.end, ctx);
      const selectors = parseSelectors(request.matchers ?? []);
      const out = new Map<string, { name: string; value: string }[]>();
      for (const s of this.sources(ctx.tenant, range)) seriesLabels(await s.index(), selectors, request.labelNames ?? [], range, out);
      return { labelsSet: [...out.keys()].sort().map((k) => ({ labels: out.get(k)! })) };
    });
  }

  selectProfiles(ctx: RequestContext, request: ingester.v1.ProfileSelector): Promise<ingester.v1.SelectProfilesResponse.$Properties> {
    return this.timed('SelectProfiles', () => this.collectProfiles(ctx, request));
  }

  private async collectProfiles(ctx: RequestContext, selector: ingester.v1.ProfileSelector.$Properties): Promise<ingester.v1.SelectProfilesResponse.$Properties> {
    const range = requestRange(selector.start, selector.end, ctx);
    const matchers = parseSelector(selector.labelSelector ?? '');
    const typeId = selector.profileTypeID ?? '';
    const series: types.v1.Labels.$Properties[] = [];
    const seriesIndex = new Map<string, number>();
    const profiles: ingester.v1.ProfileRef.$Properties[] = [];
    const sources = this.sources(ctx.tenant, range);
    const seen = sources.length > 1 ? new Set<string>() : undefined;
    for (const s of sources) {
      const part = selectProfiles(await s.index(), typeId, matchers, range);
      for (const ref of part.profiles ?? []) {
        if (seen) {
          const key = profileKey(ref.key);
          if (seen.has(key)) continue;
          seen.add(key);
        }
        const fp = ref.key!.seriesFingerprint!;
        let si = seriesIndex.get(fp);
        if (si === undefined) {
          si = series.length;
          seriesIndex.set(fp, si);
          series.push(part.series![ref.seriesIndex!]!);
        }
        // Not { ...ref, seriesIndex }, per profile: see query/deadline.ts (boundedContext) for what that costs.
        profiles.push(Object.assign({}, ref, { seriesIndex: si }));
      }
    }
    return { series, profiles };
  }

  /**
   * SelectSeries' first read (query/series-digest.ts): per series, the count and digest of the profiles held
   * (all, and those in local blocks) and the sums per step, so that the querier compares replicas without
   * their profile lists.
   */
  selectSeriesDigests(ctx: RequestContext, request: ingester.v1.SeriesDigestsRequest): Promise<ingester.v1.SeriesDigestsResponse.$Properties> {
    return this.timed('SelectSeriesDigests', async () => {
      const selector = request.selector ?? {};
      const stepMs = Number(request.stepMs ?? 0);
      if (!(stepMs > 0) || !Number.isSafeInteger(stepMs)) throw invalidArgument(`step_ms must be a positive integer, got ${request.stepMs}`);
      const range = requestRange(selector.start, selector.end, ctx);
      const matchers = parseSelector(selector.labelSelector ?? '');
      const typeId = selector.profileTypeID ?? '';
      const start = Number(selector.start ?? 0);
      // Digests without steps, not rendered: no step is summed (stepOf finds none past a last step of -Infinity).
      const lastStep = request.withoutSteps && !request.render ? -Infinity : lastStepOf(start, Number(selector.end ?? 0), stepMs);
      const sources = this.sources(ctx.tenant, range);
      // Only the labels asked for (SelectSeries' group_by), when the querier says so.
      const only = request.onlyLabelNames ? new Set(request.labelNames ?? []) : undefined;
      const read = await Promise.all(sources.map(async (s) => ({ index: await s.index(), block: isLocalBlock(s) })));
      const builders = digestsOfSources(read, { typeId, matchers, range, start, stepMs, lastStep, ...(only ? { only } : {}) });
      // Every local block in range was read whole (within the range and selector): the bucket's copy need not be.
      const blocks = localBlockIds(sources);
      const digests = builders.map((b) => b.toProto());
      // render: the SelectSeries itself from these digests, as the querier would aggregate them when it takes them.
      const rendered = request.render ? renderSeries(digests, start, Number(selector.end ?? 0), request.render) : {};
      // It also answers MergeRequest.with_digests: the querier may have it merge while it reads the others' digests.
      return {
        series: request.withoutSteps ? digests.map((d) => ({ ...d, stepTime: [], stepSum: [], stepCount: [] })) : digests,
        blocks, mergesWithDigests: true, rendersSeries: true, ...rendered,
      };
    });
  }

  /** Per source, the profiles to merge (storage/read/merge-selection.ts), and what was asked for but is not held. */
  private profilesPerSource(ctx: RequestContext, request: ingester.v1.MergeRequest.$Properties, sources?: readonly ReadSource[]): Promise<MergeSelection> {
    const selector = request.selector ?? {};
    const range = requestRange(selector.start, selector.end, ctx);
    return selectForMerge(sources ?? this.sources(ctx.tenant, range), request, parseSelector(selector.labelSelector ?? ''), range);
  }

  private async mergedTree(ctx: RequestContext, request: ingester.v1.MergeRequest.$Properties): Promise<StackTree> {
    return this.treeOf((await this.profilesPerSource(ctx, request)).parts, request);
  }

  private async treeOf(parts: readonly SourceProfiles[], request: ingester.v1.MergeRequest.$Properties): Promise<StackTree> {
    const spans = spanFilterOf(request.spanSelector);
    const tree = new StackTree();
    for (const { source, index, profiles } of parts) mergeIntoTree(tree, index, await source.samples(), profiles, spans);
    return tree;
  }

  mergeStacktraces(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<ingester.v1.MergeStacktracesResponse.$Properties> {
    return this.timed('MergeStacktraces', async () => {
      // with_digests (keep_all only): the digests of exactly what is merged, each profile taken from the source
      // SelectSeriesDigests reads it from (storage/read/merge-digests.ts).
      const withDigests = request.withDigests === true && request.keepAll === true;
      const selector = request.selector ?? {};
      const sources = this.sources(ctx.tenant, requestRange(selector.start, selector.end, ctx));
      const { parts, missing, missingSeries } = await this.profilesPerSource(ctx, request, sources);
      const tree = await this.treeOf(parts, request);
      // render_format (with digests only): the querier's answer itself, which it forwards when this merge is all of it.
      const format = withDigests ? Number(request.renderFormat ?? 0) : 0;
      const maxNodes = Number(request.maxNodes ?? 0);
      const response: ingester.v1.MergeStacktracesResponse.$Properties =
        format === 1 || format === 2
          ? renderedAnswer(querier.v1.SelectMergeStacktracesResponse.encode(format === 2 ? { tree: toTreeBytes(tree, maxNodes) } : { flamegraph: toFlameGraph(tree, maxNodes) }).finish(), request.renderGzip === true)
          : tree.toMergeResponse(maxNodes, request.treeColumns === true);
      if (withDigests) {
        response.digests = digestsOfMerge(parts);
        response.blocks = localBlockIds(sources);
        response.digestsAnswered = true;
      }
      if (!request.keepAll) response.missing = missing;
      if ((request.keepSeries ?? []).length > 0) {
        response.missingSeries = missingSeries;
        response.seriesKept = true;
      }
      return response;
    });
  }

  private async mergedPprof(ctx: RequestContext, request: ingester.v1.MergeRequest.$Properties, maxNodes: number): Promise<google.v1.Profile.$Properties> {
    const typeId = request.selector?.profileTypeID ?? '';
    const parts: google.v1.Profile.$Properties[] = [];
    for (const { source, index, profiles } of (await this.profilesPerSource(ctx, request)).parts) parts.push(mergeProfile(index, await source.samples(), profiles, typeId));
    if (parts.length === 0) return mergeProfile(emptyIndex, emptySamples, [], typeId);
    return mergeProfiles(parts, maxNodes);
  }

  mergeProfile(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<google.v1.Profile.$Properties> {
    return this.timed('MergeProfile', () => this.mergedPprof(ctx, request, Number(request.maxNodes ?? 0)));
  }

  selectMergeStacktraces(ctx: RequestContext, request: querier.v1.SelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse.$Properties> {
    return this.timed('SelectMergeStacktraces', () => this.flameAnswer(ctx, request, []));
  }

  selectMergeSpanProfile(ctx: RequestContext, request: querier.v1.SelectMergeSpanProfileRequest): Promise<querier.v1.SelectMergeSpanProfileResponse.$Properties> {
    return this.timed('SelectMergeSpanProfile', () => this.flameAnswer(ctx, request, request.spanSelector ?? []));
  }

  /** A merged flame graph (or tree bytes) of the selected profiles, of only the given spans' samples when any are named. */
  private async flameAnswer(
    ctx: RequestContext,
    request: querier.v1.SelectMergeStacktracesRequest | querier.v1.SelectMergeSpanProfileRequest,
    spanSelector: string[],
  ): Promise<querier.v1.SelectMergeStacktracesResponse.$Properties> {
    const tree = await this.mergedTree(ctx, { selector: selectorOf(request), keepAll: true, spanSelector });
    // 0 is what the wire carries when max_nodes is not set: the default applies, never the whole tree.
    const maxNodes = Number(request.maxNodes ?? 0) || (this.o.defaultMaxNodes ?? 8192);
    if (request.format === 2) return { tree: toTreeBytes(tree, maxNodes) };
    return { flamegraph: toFlameGraph(tree, maxNodes) };
  }

  selectMergeProfile(ctx: RequestContext, request: querier.v1.SelectMergeProfileRequest): Promise<google.v1.Profile.$Properties> {
    return this.timed('SelectMergeProfile', () => this.mergedPprof(ctx, { selector: selectorOf(request), keepAll: true }, Number(request.maxNodes ?? 0)));
  }

  /**
   * SelectSeries over what this ingester holds: its digests with their steps (each profile once: keys-once.ts), aggregated
   * as the querier aggregates digests it takes, the answer a replica renders for the querier (renderSeries). It read
   * every profile into an object (4,800 per query over bench/querier's hour): 0.42-2.04 CPU-ms per query there against
   * 0.15 now, and in one run its young collections promoted enough of them for a mark-compact every ~2 s.
   */
  selectSeries(ctx: RequestContext, request: querier.v1.SelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse.$Properties> {
    return this.timed('SelectSeries', async () => {
      const start = Number(request.start ?? 0);
      const end = Number(request.end ?? 0);
      const options = seriesOptions(start, end, request);
      const stepMs = validStepMs(options);
      const range = requestRange(request.start, request.end, ctx);
      const sources = this.sources(ctx.tenant, range);
      const read = await Promise.all(sources.map(async (s) => ({ index: await s.index(), block: isLocalBlock(s) })));
      const only = new Set(options.groupBy);
      const builders = digestsOfSources(read, { typeId: request.profileTypeID ?? '', matchers: parseSelector(request.labelSelector ?? ''), range, start, stepMs, lastStep: lastStepOf(start, end, stepMs), only });
      // Encoded as renderSeries encodes it, and sent as those bytes (encoded-answer.ts).
      const answer: querier.v1.SelectSeriesResponse.$Properties = encodedAnswer(querier.v1.SelectSeriesResponse, seriesAnswerBytes(builders.map((b) => b.toProto()), options), ['series']);
      return answer;
    });
  }
}

function selectorOf(r: { profileTypeID?: string | null; labelSelector?: string | null; start?: number | null; end?: number | null }): ingester.v1.ProfileSelector.$Properties {
  return { profileTypeID: r.profileTypeID ?? '', labelSelector: r.labelSelector ?? '', start: r.start ?? 0, end: r.end ?? 0 };
}

const emptyIndex: IndexData = { series: [], profileSeries: [], profileTime: [], profileId: [], profileSampleStart: [], profileSampleEnd: [], profileTotal: [], profileCount: 0 };
const emptySamples = { strings: [''], mappings: [], functions: [], locations: [], stackParent: [0], stackLocation: [0], stackCount: 1, sampleStack: [], sampleValue: [] };

/**
 * The SelectSeries answer (querier.v1.SelectSeriesResponse, encoded) over a source's digests (SeriesDigestsRequest.render):
 * the series with profiles in range, each its step columns, aggregated as the querier aggregates the digests it takes
 * (series-pick.ts); gzip'd as the querier's Connect server would when it asked so and the answer is not too small.
 */
function renderSeries(digests: readonly ingester.v1.SeriesDigest.$Properties[], start: number, end: number, render: ingester.v1.ISeriesRender): Pick<ingester.v1.SeriesDigestsResponse.$Properties, 'renderedSeries' | 'renderedSeriesGzip'> {
  const bytes = seriesAnswerBytes(digests, seriesOptions(start, end, { step: render.stepSeconds, groupBy: render.groupBy, aggregation: render.aggregation }));
  return render.gzip && bytes.length >= COMPRESS_MIN_BYTES ? { renderedSeries: gzipAnswer(bytes), renderedSeriesGzip: true } : { renderedSeries: bytes };
}

/** A SelectSeries' aggregation options from its request's fields (a SelectSeriesRequest's, or a SeriesRender's). */
function seriesOptions(start: number, end: number, r: { step?: number | null; groupBy?: string[] | null; aggregation?: types.v1.TimeSeriesAggregationType | null }): AggregateSeriesOptions {
  return { start, end, stepSeconds: Number(r.step ?? 0), groupBy: r.groupBy ?? [], aggregation: aggregationFromProto(r.aggregation) };
}

/** The encoded SelectSeriesResponse of these digests' steps, aggregated as the querier aggregates digests it takes. */
function seriesAnswerBytes(digests: readonly ingester.v1.SeriesDigest.$Properties[], options: AggregateSeriesOptions): Uint8Array {
  return encodeAggregatedSeries(aggregateSeriesColumns([], options, stepColumnsOfDigests(digests)));
}

/** The step columns of the digests that hold profiles. */
function stepColumnsOfDigests(digests: readonly ingester.v1.SeriesDigest.$Properties[]): SeriesColumns[] {
  const columns: SeriesColumns[] = [];
  for (const d of digests) {
    const c = Number(d.count ?? 0) > 0 ? stepColumnsOf(d) : undefined;
    if (c) columns.push(c);
  }
  return columns;
}

/**
 * A rendered flame graph as MergeStacktracesResponse carries it: gzip'd as the querier's Connect server would gzip it
 * when the querier asked so (render_gzip) and it is not too small to gain (the querier then sends these bytes on).
 */
function renderedAnswer(rendered: Uint8Array, gzip: boolean): ingester.v1.MergeStacktracesResponse.$Properties {
  return gzip && rendered.length >= COMPRESS_MIN_BYTES ? { rendered: gzipAnswer(rendered), renderedGzip: true } : { rendered };
}
