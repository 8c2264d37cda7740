// Binds the model/api.ts interfaces to the RPC table, so a role registers its implementation on Connect
// (HTTP) and gRPC with one call:
//   registerServices({ http, grpc }, { pusher, ingester, querier }, { multiTenancy })
import type { google, ingester as ing, push, querier, types } from '../gen/index.ts';
import type { IngesterApi, PushApi, QuerierApi, RequestContext } from '../model/api.ts';
import { ApiError } from '../util/errors.ts';
import { defaultLimits, type Limits } from '../ingest/limits.ts';
import { checkPushShape, decodePushRequest, maxPushJsonObjects } from '../ingest/push-decoder.ts';
import { registerConnectMethod } from './connect.ts';
import type { GrpcServer } from './grpc.ts';
import type { HttpServer } from './http.ts';
import { INGESTER_SERVICE, PUSHER_SERVICE, QUERIER_SERVICE, SERVICE_METHODS, type BoundMethod } from './service-table.ts';

export interface ServiceImplementations {
  pusher?: PushApi;
  ingester?: IngesterApi;
  querier?: QuerierApi;
}

export interface RegisterOptions {
  multiTenancy: () => boolean;
  maxBodyBytes?: number;
  /** The limits push requests are decoded within (series, profiles, labels per series); default: defaultLimits. */
  limits?: () => Limits;
}

type Handler = (ctx: RequestContext, request: never) => Promise<object>;

function bind(service: string, handlers: Record<string, Handler>): BoundMethod[] {
  return SERVICE_METHODS[service]!.map((spec) => {
    const h = handlers[spec.method];
    if (!h) throw new Error(`no handler for ${service}/${spec.method}`);
    return { ...spec, handler: (ctx, request) => h(ctx, request as never) };
  });
}

const pushHandler = (api: PushApi): Handler => async (ctx, req: push.v1.PushRequest) => {
  await api.push(ctx, req);
  return {};
};

/** Push methods decode within the limits as they read (ingest/push-decoder.ts), over gRPC and Connect. */
function withBoundedPushDecoding(methods: BoundMethod[], limits: () => Limits): BoundMethod[] {
  return methods.map((m) =>
    m.method !== 'Push'
      ? m
      : {
          ...m,
          decodeRequest: (bytes: Uint8Array) => decodePushRequest(bytes, limits(), `${m.service}/${m.method} request as protobuf`),
          checkJson: (json: unknown) => checkPushShape(json, limits()),
          maxJsonObjects: () => maxPushJsonObjects(limits()),
        },
  );
}

/** The bound methods for each implementation given. */
export function boundMethods(impls: ServiceImplementations, limits: () => Limits = () => defaultLimits): Map<string, BoundMethod[]> {
  const out = new Map<string, BoundMethod[]>();
  if (impls.pusher) out.set(PUSHER_SERVICE, bind(PUSHER_SERVICE, { Push: pushHandler(impls.pusher) }));
  if (impls.ingester) {
    const i = impls.ingester;
    out.set(
      INGESTER_SERVICE,
      bind(INGESTER_SERVICE, {
        Push: pushHandler(i),
        LabelValues: (ctx, r: types.v1.LabelValuesRequest) => i.labelValues(ctx, r),
        LabelNames: (ctx, r: types.v1.LabelNamesRequest) => i.labelNames(ctx, r),
        ProfileTypes: (ctx, r: querier.v1.ProfileTypesRequest) => i.profileTypes(ctx, r),
        Series: (ctx, r: querier.v1.SeriesRequest) => i.series(ctx, r),
        SelectProfiles: (ctx, r: ing.v1.ProfileSelector) => i.selectProfiles(ctx, r),
        MergeStacktraces: (ctx, r: ing.v1.MergeRequest) => i.mergeStacktraces(ctx, r),
        MergeProfile: (ctx, r: ing.v1.MergeRequest): Promise<google.v1.Profile.$Properties> => i.mergeProfile(ctx, r),
        SelectSeriesDigests: (ctx, r: ing.v1.SeriesDigestsRequest) => {
          if (!i.selectSeriesDigests) throw new ApiError('unimplemented', 'SelectSeriesDigests is not served here');
          return i.selectSeriesDigests(ctx, r);
        },
        Flush: (ctx, r: ing.v1.FlushRequest) => i.flush(ctx, r),
      }),
    );
  }
  if (impls.querier) {
    const q = impls.querier;
    out.set(
      QUERIER_SERVICE,
      bind(QUERIER_SERVICE, {
        ProfileTypes: (ctx, r: querier.v1.ProfileTypesRequest) => q.profileTypes(ctx, r),
        LabelValues: (ctx, r: types.v1.LabelValuesRequest) => q.labelValues(ctx, r),
        LabelNames: (ctx, r: types.v1.LabelNamesRequest) => q.labelNames(ctx, r),
        Series: (ctx, r: querier.v1.SeriesRequest) => q.series(ctx, r),
        SelectMergeStacktraces: (ctx, r: querier.v1.SelectMergeStacktracesRequest) => q.selectMergeStacktraces(ctx, r),
        SelectMergeSpanProfile: (ctx, r: querier.v1.SelectMergeSpanProfileRequest) => q.selectMergeSpanProfile(ctx, r),
        SelectMergeProfile: (ctx, r: querier.v1.SelectMergeProfileRequest) => q.selectMergeProfile(ctx, r),
        SelectSeries: (ctx, r: querier.v1.SelectSeriesRequest) => q.selectSeries(ctx, r),
      }),
    );
  }
  for (const [service, methods] of out) out.set(service, withBoundedPushDecoding(methods, limits));
  return out;
}

/** Registers every given implementation on the Connect routes of `http` and on `grpc` (before it starts). */
export function registerServices(servers: { http?: HttpServer; grpc?: GrpcServer }, impls: ServiceImplementations, options: RegisterOptions): void {
  for (const methods of boundMethods(impls, options.limits).values()) {
    if (servers.http) for (const m of methods) registerConnectMethod(servers.http, m, options);
    servers.grpc?.addMethods(methods);
  }
}
