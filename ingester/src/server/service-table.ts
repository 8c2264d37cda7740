// The RPCs we serve, as data: service, method, request and response message classes (generated static
// protobufjs code). Connect, gRPC servers and gRPC clients are all built from this one table.
import type { IConversionOptions } from 'protobufjs';
import { google, ingester, push, querier, types } from '../gen/index.ts';
import type { RequestContext } from '../model/api.ts';
import { wireBytesOf } from '../query/encoded-answer.ts';
import { selectSeriesResponseType } from '../query/series-answer-wire.ts';
import { seriesDigestsResponseType } from '../query/series-digest-wire.ts';

/** The static side of a generated message class. Method syntax keeps parameters bivariant. */
export interface MessageType {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
  fromObject(object: Record<string, unknown>): object;
  toObject(message: object, options?: IConversionOptions): Record<string, unknown>;
}

export interface MethodSpec {
  service: string;
  method: string;
  requestType: MessageType;
  responseType: MessageType;
}

export interface BoundMethod extends MethodSpec {
  handler(ctx: RequestContext, request: object): Promise<object>;
  /**
   * Decodes a protobuf request in place of requestType.decode (push: bounded by the limits while it reads,
   * ingest/push-decoder.ts); throws ApiError for input it refuses. Connect JSON requests are checked by
   * checkJson, when given, after JSON.parse and before requestType.fromObject.
   */
  decodeRequest?(bytes: Uint8Array): object;
  checkJson?(json: unknown): void;
  /** When given, a JSON body with more '{' than this is refused before JSON.parse builds it. */
  maxJsonObjects?(): number;
}

export const methodPath = (m: Pick<MethodSpec, 'service' | 'method'>): string => `/${m.service}/${m.method}`;

const spec = (service: string, method: string, requestType: MessageType, responseType: MessageType): MethodSpec => ({ service, method, requestType, responseType: passingEncoded(responseType) });

/**
 * The type, whose encode writes an answer that came encoded (query/encoded-answer.ts: a flame graph an ingester
 * rendered, forwarded by the querier) as its bytes, without decoding it.
 */
function passingEncoded(type: MessageType): MessageType {
  return {
    encode: (message) => {
      const bytes = wireBytesOf(message);
      return bytes ? { finish: () => bytes } : type.encode(message);
    },
    decode: (bytes) => type.decode(bytes),
    fromObject: (object) => type.fromObject(object),
    toObject: (message, options) => type.toObject(message, options),
  };
}

export const PUSHER_SERVICE = 'push.v1.PusherService';
export const INGESTER_SERVICE = 'ingester.v1.IngesterService';
export const QUERIER_SERVICE = 'querier.v1.QuerierService';
/** The distributor's pushes to an ingester on one long-lived stream (server/grpc-push-stream.ts); not in SERVICE_METHODS: not unary. */
export const PUSH_STREAM_PATH = `/${INGESTER_SERVICE}/PushStream`;
/** The querier's calls to an ingester's read methods on one long-lived stream (server/grpc-call-stream.ts); not unary either. */
export const CALL_STREAM_PATH = `/${INGESTER_SERVICE}/CallStream`;

export const SERVICE_METHODS: Record<string, MethodSpec[]> = {
  [PUSHER_SERVICE]: [spec(PUSHER_SERVICE, 'Push', push.v1.PushRequest, push.v1.PushResponse)],
  [INGESTER_SERVICE]: [
    spec(INGESTER_SERVICE, 'Push', push.v1.PushRequest, push.v1.PushResponse),
    spec(INGESTER_SERVICE, 'LabelValues', types.v1.LabelValuesRequest, types.v1.LabelValuesResponse),
    spec(INGESTER_SERVICE, 'LabelNames', types.v1.LabelNamesRequest, types.v1.LabelNamesResponse),
    spec(INGESTER_SERVICE, 'ProfileTypes', querier.v1.ProfileTypesRequest, querier.v1.ProfileTypesResponse),
    spec(INGESTER_SERVICE, 'Series', querier.v1.SeriesRequest, querier.v1.SeriesResponse),
    spec(INGESTER_SERVICE, 'SelectProfiles', ingester.v1.ProfileSelector, ingester.v1.SelectProfilesResponse),
    spec(INGESTER_SERVICE, 'MergeStacktraces', ingester.v1.MergeRequest, ingester.v1.MergeStacktracesResponse),
    spec(INGESTER_SERVICE, 'MergeProfile', ingester.v1.MergeRequest, google.v1.Profile),
    // Written and read without protobufjs's per-int64 objects (query/series-digest-wire.ts).
    spec(INGESTER_SERVICE, 'SelectSeriesDigests', ingester.v1.SeriesDigestsRequest, seriesDigestsResponseType),
    spec(INGESTER_SERVICE, 'Flush', ingester.v1.FlushRequest, ingester.v1.FlushResponse),
  ],
  [QUERIER_SERVICE]: [
    spec(QUERIER_SERVICE, 'ProfileTypes', querier.v1.ProfileTypesRequest, querier.v1.ProfileTypesResponse),
    spec(QUERIER_SERVICE, 'LabelValues', types.v1.LabelValuesRequest, types.v1.LabelValuesResponse),
    spec(QUERIER_SERVICE, 'LabelNames', types.v1.LabelNamesRequest, types.v1.LabelNamesResponse),
    spec(QUERIER_SERVICE, 'Series', querier.v1.SeriesRequest, querier.v1.SeriesResponse),
    spec(QUERIER_SERVICE, 'SelectMergeStacktraces', querier.v1.SelectMergeStacktracesRequest, querier.v1.SelectMergeStacktracesResponse),
    spec(QUERIER_SERVICE, 'SelectMergeSpanProfile', querier.v1.SelectMergeSpanProfileRequest, querier.v1.SelectMergeSpanProfileResponse),
    spec(QUERIER_SERVICE, 'SelectMergeProfile', querier.v1.SelectMergeProfileRequest, google.v1.Profile),
    // Written without protobufjs's per-point Writer states and int64 objects (query/series-answer-wire.ts).
    spec(QUERIER_SERVICE, 'SelectSeries', querier.v1.SelectSeriesRequest, selectSeriesResponseType),
  ],
};
