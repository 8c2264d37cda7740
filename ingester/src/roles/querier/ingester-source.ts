// An ingester as a query source: the read methods of ingester.v1.IngesterService over a pooled gRPC
// client, carrying the tenant, the caller's cancellation and the query's deadline (as the gRPC deadline, so
// that the ingester stops its work when it passes: query/deadline.ts).
import type { google, ingester, querier, types } from '../../gen/index.ts';
import type { RequestContext } from '../../model/api.ts';
import type { ReadApi } from '../../query/querier-engine.ts';
import type { GrpcClient } from '../../server/grpc.ts';

export function ingesterReadApi(client: () => GrpcClient): ReadApi {
  const call = <Res extends object>(method: string, ctx: RequestContext, request: object): Promise<Res> =>
    client().call<Res>(method, request, {
      tenant: ctx.tenant,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      // At least 1 ms: a deadline already passed is checked by the engine, and 0 would mean "none" to the client.
      ...(ctx.deadline !== undefined ? { deadlineMs: Math.max(1, ctx.deadline - Date.now()) } : {}),
    });
  return {
    profileTypes: (ctx, r: querier.v1.ProfileTypesRequest) => call<querier.v1.ProfileTypesResponse>('ProfileTypes', ctx, r),
    labelNames: (ctx, r: types.v1.LabelNamesRequest) => call<types.v1.LabelNamesResponse>('LabelNames', ctx, r),
    labelValues: (ctx, r: types.v1.LabelValuesRequest) => call<types.v1.LabelValuesResponse>('LabelValues', ctx, r),
    series: (ctx, r: querier.v1.SeriesRequest) => call<querier.v1.SeriesResponse>('Series', ctx, r),
    selectProfiles: (ctx, r: ingester.v1.ProfileSelector) => call<ingester.v1.SelectProfilesResponse>('SelectProfiles', ctx, r),
    mergeStacktraces: (ctx, r: ingester.v1.MergeRequest) => call<ingester.v1.MergeStacktracesResponse>('MergeStacktraces', ctx, r),
    mergeProfile: (ctx, r: ingester.v1.MergeRequest) => call<google.v1.Profile>('MergeProfile', ctx, r),
    selectSeriesDigests: (ctx, r: ingester.v1.SeriesDigestsRequest) => call<ingester.v1.SeriesDigestsResponse>('SelectSeriesDigests', ctx, r),
  };
}
