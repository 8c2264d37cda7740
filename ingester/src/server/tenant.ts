// Tenant resolution from X-Scope-OrgID (HTTP header or gRPC metadata). With multi-tenancy off, a request
// without the header belongs to "anonymous"; with it on (flag), the header is required (401 otherwise).
import { ApiError } from '../util/errors.ts';
import type { FlagSet } from '../util/flags.ts';
import { validateTenant } from '../ingest/validate.ts';

export const TENANT_HEADER = 'x-scope-orgid';
export const ANONYMOUS_TENANT = 'anonymous';

export function resolveTenant(headerValue: string | string[] | undefined, multiTenancyRequired: boolean): string {
  const value = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  if (value === undefined || value.trim() === '') {
    if (multiTenancyRequired) throw new ApiError('unauthenticated', `no tenant: header X-Scope-OrgID is required (multi-tenancy is enabled)`);
    return ANONYMOUS_TENANT;
  }
  if (value.includes('|')) throw new ApiError('invalid_argument', 'multiple tenants in X-Scope-OrgID are not supported for this request');
  validateTenant(value.trim());
  return value.trim();
}

/** Declares -auth.multitenancy-enabled; the getter tells whether the tenant header is required. */
export function registerTenantFlags(fs: FlagSet): () => boolean {
  return fs.define('auth.multitenancy-enabled', 'bool', false, 'Require the X-Scope-OrgID header on every request; when off, requests without it belong to tenant "anonymous".');
}
