// The one place where domain errors (ApiError codes) meet wire status codes: gRPC codes, Connect codes and
// HTTP statuses (Connect's mapping). Unknown errors become `internal` with a generic message.
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ApiError, type ErrorCode } from '../util/errors.ts';

const GRPC: Record<ErrorCode, GrpcStatus> = {
  invalid_argument: GrpcStatus.INVALID_ARGUMENT,
  resource_exhausted: GrpcStatus.RESOURCE_EXHAUSTED,
  not_found: GrpcStatus.NOT_FOUND,
  already_exists: GrpcStatus.ALREADY_EXISTS,
  failed_precondition: GrpcStatus.FAILED_PRECONDITION,
  unavailable: GrpcStatus.UNAVAILABLE,
  unauthenticated: GrpcStatus.UNAUTHENTICATED,
  permission_denied: GrpcStatus.PERMISSION_DENIED,
  deadline_exceeded: GrpcStatus.DEADLINE_EXCEEDED,
  canceled: GrpcStatus.CANCELLED,
  unimplemented: GrpcStatus.UNIMPLEMENTED,
  internal: GrpcStatus.INTERNAL,
};

const HTTP: Record<ErrorCode, number> = {
  invalid_argument: 400,
  resource_exhausted: 429,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 400,
  unavailable: 503,
  unauthenticated: 401,
  permission_denied: 403,
  deadline_exceeded: 504,
  // Connect's mapping: the caller cancelled (closed the connection or aborted), not a server fault.
  canceled: 499,
  unimplemented: 501,
  internal: 500,
};

const FROM_GRPC = new Map<number, ErrorCode>(Object.entries(GRPC).map(([code, g]) => [g, code as ErrorCode]));

export const grpcCodeOf = (code: ErrorCode): GrpcStatus => GRPC[code];
export const httpStatusOf = (err: ApiError): number => err.httpStatus ?? HTTP[err.code];

/** The ApiError code for a gRPC status (CANCELLED → unavailable, other unknown codes → internal). */
export function codeFromGrpc(code: number): ErrorCode {
  if (code === GrpcStatus.CANCELLED) return 'unavailable';
  return FROM_GRPC.get(code) ?? 'internal';
}

/** Any thrown value as an ApiError; non-domain errors become `internal` (their detail is logged, not sent). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  // AbortSignal.timeout aborts with a TimeoutError (a deadline); an abort without a reason is the caller
  // going away (an AbortError): neither is the server's or the ingesters' fault.
  if (err instanceof Error && err.name === 'TimeoutError') return new ApiError('deadline_exceeded', 'deadline exceeded', undefined, { cause: err });
  if (err instanceof Error && err.name === 'AbortError') return new ApiError('canceled', 'request cancelled by the client', undefined, { cause: err });
  return new ApiError('internal', 'internal error', undefined, { cause: err });
}

/** Whether the error is the server's fault (logged at error level) rather than the client's. */
export const isServerError = (err: ApiError): boolean => httpStatusOf(err) >= 500;
