// Domain errors with the status a client should see. They are raised anywhere; they are mapped to gRPC
// and HTTP status codes in one place, at the server edge (server/status.ts).

/** Connect/gRPC canonical codes that we use, by their Connect names. */
export type ErrorCode =
  | 'invalid_argument'
  | 'resource_exhausted'
  | 'not_found'
  | 'already_exists'
  | 'failed_precondition'
  | 'unavailable'
  | 'unauthenticated'
  | 'permission_denied'
  | 'deadline_exceeded'
  | 'canceled'
  | 'unimplemented'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** HTTP status where it differs from the code's usual one (413 for too large, 429 for rate limited). */
    readonly httpStatus?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

export const invalidArgument = (message: string, httpStatus?: number): ApiError => new ApiError('invalid_argument', message, httpStatus);
export const tooLarge = (message: string): ApiError => new ApiError('invalid_argument', message, 413);
export const rateLimited = (message: string): ApiError => new ApiError('resource_exhausted', message, 429);
export const unavailable = (message: string, options?: ErrorOptions): ApiError => new ApiError('unavailable', message, undefined, options);
