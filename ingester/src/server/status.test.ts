import { expect } from 'chai';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ApiError, rateLimited, tooLarge, type ErrorCode } from '../util/errors.ts';
import { codeFromGrpc, grpcCodeOf, httpStatusOf, toApiError } from './status.ts';
import { ANONYMOUS_TENANT, resolveTenant } from './tenant.ts';

describe('status mapping', () => {
  const table: Array<[ErrorCode, GrpcStatus, number]> = [
    ['invalid_argument', GrpcStatus.INVALID_ARGUMENT, 400],
    ['resource_exhausted', GrpcStatus.RESOURCE_EXHAUSTED, 429],
    ['unauthenticated', GrpcStatus.UNAUTHENTICATED, 401],
    ['not_found', GrpcStatus.NOT_FOUND, 404],
    ['unavailable', GrpcStatus.UNAVAILABLE, 503],
    ['deadline_exceeded', GrpcStatus.DEADLINE_EXCEEDED, 504],
    ['unimplemented', GrpcStatus.UNIMPLEMENTED, 501],
    ['internal', GrpcStatus.INTERNAL, 500],
  ];
  for (const [code, grpc, http] of table) {
    it(`${code} is gRPC ${GrpcStatus[grpc]} and HTTP ${http}, and maps back from gRPC`, () => {
      expect(grpcCodeOf(code)).to.equal(grpc);
      expect(httpStatusOf(new ApiError(code, 'x'))).to.equal(http);
      expect(codeFromGrpc(grpc)).to.equal(code);
    });
  }

  it('keeps the HTTP status an error asks for (413 too large, 429 rate limited)', () => {
    expect(httpStatusOf(tooLarge('big'))).to.equal(413);
    expect(grpcCodeOf(tooLarge('big').code)).to.equal(GrpcStatus.INVALID_ARGUMENT);
    expect(httpStatusOf(rateLimited('slow down'))).to.equal(429);
  });

  it('turns unknown errors into internal without leaking their message', () => {
    const err = toApiError(new TypeError('x is undefined at /secret/path'));
    expect(err.code).to.equal('internal');
    expect(err.message).to.equal('internal error');
    expect(codeFromGrpc(GrpcStatus.DATA_LOSS)).to.equal('internal');
  });
});

describe('tenant resolution', () => {
  it('is anonymous without the header when multi-tenancy is off', () => {
    expect(resolveTenant(undefined, false)).to.equal(ANONYMOUS_TENANT);
    expect(resolveTenant('', false)).to.equal(ANONYMOUS_TENANT);
  });
  it('is the header value when given', () => {
    expect(resolveTenant('team-a', true)).to.equal('team-a');
    expect(resolveTenant(['team-b'], false)).to.equal('team-b');
  });
  it('requires the header when multi-tenancy is on (unauthenticated)', () => {
    expect(() => resolveTenant(undefined, true)).to.throw(ApiError, /X-Scope-OrgID is required/).with.property('code', 'unauthenticated');
  });
  it('refuses invalid tenant IDs with a message naming the rule', () => {
    expect(() => resolveTenant('a b', false)).to.throw(ApiError, /has characters outside/);
    expect(() => resolveTenant('..', false)).to.throw(ApiError, /not allowed/);
    expect(() => resolveTenant('t'.repeat(151), false)).to.throw(ApiError, /max-tenant-id-length \(150\)/);
    expect(() => resolveTenant('a|b', false)).to.throw(ApiError, /multiple tenants/);
  });
});
