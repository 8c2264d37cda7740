// Discovery documents (/api, /apis, /apis/<g>/<v>, the aggregated v2 form kubectl 1.32 asks for) and the
// OpenAPI v3 documents kubectl reads to learn that the server validates fields itself (fieldValidation).
import { createHash } from 'node:crypto';
import type { ApiRegistry } from './registry.ts';
import type { ResourceType } from './types.ts';

export const AGGREGATED_CONTENT_TYPE = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

export function wantsAggregated(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const p = part.replace(/\s+/g, '');
    return p.includes('g=apidiscovery.k8s.io') && p.includes('v=v2;') && p.includes('as=APIGroupDiscoveryList') && !p.includes('v=v2beta1');
  });
}

const SUB_VERBS: Record<string, string[]> = { status: ['get', 'patch', 'update'], scale: ['get', 'patch', 'update'], eviction: ['create'], token: ['create'], finalize: ['update'], binding: ['create'], log: ['get'] };

function subresources(t: ResourceType): string[] {
  const out: string[] = [];
  if (t.status) out.push('status');
  if (t.scale) out.push('scale');
  out.push(...t.extraSubresources);
  return out;
}

function subKind(t: ResourceType, sub: string): { group: string; version: string; kind: string } {
  if (sub === 'scale') return { group: 'autoscaling', version: 'v1', kind: 'Scale' };
  if (sub === 'eviction') return { group: 'policy', version: 'v1', kind: 'Eviction' };
  if (sub === 'token') return { group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest' };
  if (sub === 'binding') return { group: '', version: 'v1', kind: 'Binding' };
  return { group: t.group, version: t.version, kind: t.kind };
}

export function apiVersions(serverAddress: string): object {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

export function apiGroupList(registry: ApiRegistry): object {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: registry
      .groupVersions()
      .filter((g) => g.group !== '')
      .map((g) => apiGroup(g.group, g.versions)),
  };
}

export function apiGroup(group: string, versions: string[]): object {
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: group,
    versions: versions.map((v) => ({ groupVersion: `${group}/${v}`, version: v })),
    preferredVersion: { groupVersion: `${group}/${versions[0]}`, version: versions[0] },
  };
}

export function apiResourceList(registry: ApiRegistry, group: string, version: string): object | undefined {
  const types = registry.all().filter((t) => t.group === group && t.versions.includes(version));
  if (!types.length) return undefined;
  const resources: object[] = [];
  for (const t of types) {
    const base: Record<string, unknown> = { name: t.plural, singularName: t.singular, namespaced: t.namespaced, kind: t.kind, verbs: t.verbs };
    if (t.shortNames.length) base.shortNames = t.shortNames;
    if (t.categories.length) base.categories = t.categories;
    resources.push(base);
    for (const sub of subresources(t)) {
      const k = subKind(t, sub);
      const r: Record<string, unknown> = { name: `${t.plural}/${sub}`, singularName: '', namespaced: t.namespaced, kind: k.kind, verbs: SUB_VERBS[sub] ?? ['get'] };
      if (k.group !== t.group || k.version !== version) Object.assign(r, { group: k.group, version: k.version });
      resources.push(r);
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/${version}` : version, resources };
}

/** apidiscovery.k8s.io/v2 APIGroupDiscoveryList for /api (core) or /apis (everything else). */
export function aggregatedDiscovery(registry: ApiRegistry, core: boolean): object {
  const items = registry
    .groupVersions()
    .filter((g) => (g.group === '') === core)
    .map((g) => ({
      metadata: { name: g.group, creationTimestamp: null },
      versions: g.versions.map((v) => ({
        version: v,
        resources: registry
          .all()
          .filter((t) => t.group === g.group && t.versions.includes(v))
          .map((t) => {
            const r: Record<string, unknown> = {
              resource: t.plural,
              responseKind: { group: t.group, version: v, kind: t.kind },
              scope: t.namespaced ? 'Namespaced' : 'Cluster',
              singularResource: t.singular,
              verbs: t.verbs,
            };
            if (t.shortNames.length) r.shortNames = t.shortNames;
            if (t.categories.length) r.categories = t.categories;
            const subs = subresources(t);
            if (subs.length) r.subresources = subs.map((s) => ({ subresource: s, responseKind: subKind(t, s), verbs: SUB_VERBS[s] ?? ['get'] }));
            return r;
          }),
        freshness: 'Current',
      })),
    }));
  return { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items };
}

/** /openapi/v3: one entry per group-version, each pointing at its document. */
export function openApiV3Root(registry: ApiRegistry): object {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const g of registry.groupVersions()) {
    for (const v of g.versions) {
      const key = g.group ? `apis/${g.group}/${v}` : `api/${v}`;
      paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${hashOf(registry, key)}` };
    }
  }
  return { paths };
}

function hashOf(registry: ApiRegistry, key: string): string {
  return createHash('sha512').update(`${key}:${registry.generation}`).digest('hex').slice(0, 64).toUpperCase();
}

const FIELD_VALIDATION_PARAM = {
  name: 'fieldValidation',
  in: 'query',
  description: 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.',
  schema: { type: 'string', uniqueItems: true },
};

/**
 * The OpenAPI v3 document of a group-version. It carries the paths with their operations and
 * x-kubernetes-group-version-kind (kubectl checks there that PATCH takes `fieldValidation`), and the schemas
 * of custom resources; built-in kinds get an open object schema, so kubectl falls back to its compiled-in
 * types for strategic merge patches, as it does with an old server.
 */
export function openApiV3Document(registry: ApiRegistry, group: string, version: string): object | undefined {
  const types = registry.all().filter((t) => t.group === group && t.versions.includes(version));
  if (!types.length) return undefined;
  const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
  const paths: Record<string, object> = {};
  const schemas: Record<string, object> = {};
  for (const t of types) {
    const gvk = { group: t.group, version, kind: t.kind };
    const schemaName = `${(group || 'core').split('.').reverse().join('.')}.${version}.${t.kind}`;
    const crdSchema = t.crd?.schemas.get(version);
    if (crdSchema) schemas[schemaName] = { ...crdSchema, 'x-kubernetes-group-version-kind': [gvk] };
    const ref = { $ref: `#/components/schemas/${schemaName}` };
    const op = (action: string, extra: object = {}): object => ({
      description: `${action} ${t.kind}`,
      operationId: `${action}${t.kind}`,
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk,
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: crdSchema ? ref : { type: 'object' } } } } },
      ...extra,
    });
    const withParams = { parameters: [FIELD_VALIDATION_PARAM, { name: 'fieldManager', in: 'query', schema: { type: 'string' } }, { name: 'dryRun', in: 'query', schema: { type: 'string' } }] };
    const ns = t.namespaced ? '/namespaces/{namespace}' : '';
    paths[`${prefix}${ns}/${t.plural}`] = { get: op('list'), post: op('post', withParams) };
    paths[`${prefix}${ns}/${t.plural}/{name}`] = { get: op('get'), put: op('put', withParams), patch: op('patch', withParams), delete: op('delete') };
    if (t.status) paths[`${prefix}${ns}/${t.plural}/{name}/status`] = { get: op('get'), put: op('put', withParams), patch: op('patch', withParams) };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.0' }, paths, components: { schemas } };
}
