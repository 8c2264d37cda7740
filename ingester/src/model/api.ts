// The seams between the server edge (server/, ingest/) and the roles (roles/ingester, roles/distributor,
// roles/querier). The edge decodes Connect, gRPC and /ingest requests, resolves the tenant, and calls
// these; the roles never see HTTP or gRPC. Errors are thrown as util/errors.ts ApiError.
import type { google, ingester, push, querier, types } from '../gen/index.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

export interface RequestContext {
  /** Tenant from X-Scope-OrgID (or "anonymous" when multi-tenancy is off), already validated. */
  tenant: string;
  /** Aborted when the client goes away or the deadline passes. */
  signal?: AbortSignalLike;
  /**
   * Unix ms by which the answer is due (the caller's gRPC deadline or Connect timeout, or the querier's
   * -querier.query-timeout): passed on as the deadline of calls to ingesters, and checked between series
   * in synchronous loops, where the signal cannot fire (query/deadline.ts).
   */
  deadline?: number;
  /**
   * The answer may be given gzip'd (query/encoded-answer.ts): the caller is a Connect client that accepts gzip and
   * asked for protobuf, so its server sends gzip'd bytes on as they are. A querier then asks the ingester that
   * renders a flame graph for it gzip'd (MergeRequest.render_gzip).
   */
  answerMayBeGzipped?: boolean;
}

/** push.v1.PusherService: served by ingesters and distributors. */
export interface PushApi {
  push(ctx: RequestContext, request: push.v1.PushRequest): Promise<void>;
}

/** Label and series reads, served by ingesters and queriers alike. */
export interface LabelsApi {
  profileTypes(ctx: RequestContext, request: querier.v1.ProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse.$Properties>;
  labelNames(ctx: RequestContext, request: types.v1.LabelNamesRequest): Promise<types.v1.LabelNamesResponse.$Properties>;
  labelValues(ctx: RequestContext, request: types.v1.LabelValuesRequest): Promise<types.v1.LabelValuesResponse.$Properties>;
  series(ctx: RequestContext, request: querier.v1.SeriesRequest): Promise<querier.v1.SeriesResponse.$Properties>;
}

/** ingester.v1.IngesterService: the internal API (see proto/ingester/v1/ingester.proto for the two-phase reads). */
export interface IngesterApi extends PushApi, LabelsApi {
  selectProfiles(ctx: RequestContext, request: ingester.v1.ProfileSelector): Promise<ingester.v1.SelectProfilesResponse.$Properties>;
  mergeStacktraces(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<ingester.v1.MergeStacktracesResponse.$Properties>;
  mergeProfile(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<google.v1.Profile.$Properties>;
  /** SelectSeries without profile lists (query/series-digest.ts); absent where a source only lists (the bucket reader). */
  selectSeriesDigests?(ctx: RequestContext, request: ingester.v1.SeriesDigestsRequest): Promise<ingester.v1.SeriesDigestsResponse.$Properties>;
  flush(ctx: RequestContext, request: ingester.v1.FlushRequest): Promise<ingester.v1.FlushResponse.$Properties>;
}

/** querier.v1.QuerierService: the public read API. Ingesters serve it too, over what they hold. */
export interface QuerierApi extends LabelsApi {
  selectMergeStacktraces(ctx: RequestContext, request: querier.v1.SelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse.$Properties>;
  /** The flame graph of the samples recorded under the given span IDs (traces to profiles). */
  selectMergeSpanProfile(ctx: RequestContext, request: querier.v1.SelectMergeSpanProfileRequest): Promise<querier.v1.SelectMergeSpanProfileResponse.$Properties>;
  selectMergeProfile(ctx: RequestContext, request: querier.v1.SelectMergeProfileRequest): Promise<google.v1.Profile.$Properties>;
  selectSeries(ctx: RequestContext, request: querier.v1.SelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse.$Properties>;
}
