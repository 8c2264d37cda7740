// The HTTP edge: parses kube-apiserver URLs, authenticates, authorizes (RBAC), applies injected faults,
// dispatches to the REST semantics and answers JSON, Tables or watch streams; every failure is a Status.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import type { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../../../ingester/src/util/log.ts';
import type { AuditLog, AuditRecord } from './audit.ts';
import { forbiddenReason, impersonate, type RbacAuthorizer, type RequestAttributes, type TokenAuthenticator, type UserInfo } from './auth.ts';
import { VIRTUAL_RESOURCES } from './builtins.ts';
import { aggregatedDiscovery, AGGREGATED_CONTENT_TYPE, apiGroup, apiGroupList, apiResourceList, apiVersions, openApiV3Document, openApiV3Root, wantsAggregated } from './discovery.ts';
import type { FaultInjector } from './faults.ts';
import { decodeProtobufBody, PROTOBUF_CONTENT_TYPE } from './protobuf.ts';
import type { ApiRegistry } from './registry.ts';
import { PATCH_CONTENT_TYPES, type DeleteOptions, type Rest, type WriteContext } from './rest.ts';
import { compileFilter, matchesRequirements, selectorObjectRequirements, type LabelSelectorObject } from './selectors.ts';
import { decodeOrRefuse, type BodySource } from './builtin-schema.ts';
import { badRequest, forbidden, internalError, invalid, methodNotAllowed, notFoundPath, StatusError, successStatus, tooManyRequests, unauthorized, unsupportedMediaType } from './status.ts';
import { tableFor, wantsTable } from './table.ts';
import { apiVersionOf, resourceKey, type KubeObject, type ResourceType } from './types.ts';
import { serveWatch, type WatchRegistry } from './watch.ts';

export interface HandlerMetrics { requests: Counter<string>; duration: Histogram<string>; watches: Gauge<string> }

export interface HandlerDeps {
  rest: Rest;
  registry: ApiRegistry;
  authn: TokenAuthenticator;
  authz: RbacAuthorizer;
  faults: FaultInjector;
  log: Logger;
  metrics: HandlerMetrics;
  promRegistry: Registry;
  serverAddress: () => string;
  bookmarkIntervalMs: number;
  maxBodyBytes: number;
  watches: WatchRegistry;
  /** Serves GET pods/<name>/log (the kubelet's job in a cluster); 404 when unset. */
  podLogs: { reader?: PodLogReader };
  audit: AuditLog;
  /** What GET /version answers (kube-apiserver 1.32 when absent): tests of version checks set an older one. */
  version?: { major: string; minor: string; gitVersion: string };
}

export interface PodLogOptions { previous?: boolean; tailLines?: number; limitBytes?: number; sinceSeconds?: number }
export type PodLogReader = (namespace: string, pod: string, container: string | undefined, options: PodLogOptions) => string | Promise<string>;

interface Target {
  t: ResourceType;
  version: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

const JSON_TYPE = 'application/json';

const DECODE_ERRORS = {
  badRequest,
  invalidPatch: (value: string, detail: string) => invalid('', '', '', [{ type: 'FieldValueInvalid', field: 'patch', value, detail }]),
};

export function createHandler(d: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = process.hrtime.bigint();
    let verbLabel = req.method ?? 'GET';
    let resourceLabel = '';
    const audit = d.audit.newRecord(req.url ?? '/', req.socket.remoteAddress ?? '', req.headers['user-agent']);
    let audited = false;
    const completeAudit = (): void => {
      if (audited) return;
      audited = true;
      d.audit.record(audit, 'ResponseComplete', res.statusCode);
    };
    // A client that goes away (a watch it stops) ends the request without 'finish'.
    res.on('close', completeAudit);
    res.on('finish', () => {
      completeAudit();
      d.log.debug('request', { method: req.method, url: req.url, verb: verbLabel, resource: resourceLabel, code: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 });
      d.metrics.requests.inc({ verb: verbLabel, resource: resourceLabel, code: String(res.statusCode) });
      d.metrics.duration.observe({ verb: verbLabel }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    handle(d, req, res, audit, (verb, resource) => {
      verbLabel = verb;
      resourceLabel = resource;
    }).catch((err: unknown) => {
      const status = err instanceof StatusError ? err : internalError(err instanceof Error ? err.message : String(err));
      if (!(err instanceof StatusError)) d.log.error('request failed', { method: req.method, url: req.url, err });
      audit.failure = { status: 'Failure', reason: status.reason, message: status.message };
      sendStatus(res, status);
    });
  };
}

function sendJson(res: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-cache, private', ...headers });
  res.end(text);
}

function sendStatus(res: ServerResponse, err: StatusError): void {
  sendJson(res, err.code, err.toBody(), err.headers);
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new StatusError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${max}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseBody(buf: Buffer, contentType: string): unknown {
  if (contentType === PROTOBUF_CONTENT_TYPE) return decodeProtobufBody(buf);
  const text = buf.toString('utf8');
  if (!text.trim()) return undefined;
  try {
    if (contentType.includes('yaml')) return parseYaml(text);
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(`error decoding ${contentType.includes('yaml') ? 'YAML' : 'JSON'}: ${(err as Error).message}`);
  }
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw badRequest(`invalid path segment ${s}`);
  }
}

/** Splits `/api/v1/namespaces/ns/pods/name/status` (and /apis/g/v/...) into its parts. */
function parseResourcePath(segs: string[]): { group: string; version: string; rest: string[] } | undefined {
  if (segs[0] === 'api' && segs.length >= 2) return { group: '', version: segs[1]!, rest: segs.slice(2) };
  if (segs[0] === 'apis' && segs.length >= 3) return { group: segs[1]!, version: segs[2]!, rest: segs.slice(3) };
  return undefined;
}

function resolveTarget(registry: ApiRegistry, group: string, version: string, rest: string[]): Target {
  let namespace: string | undefined;
  let parts = rest;
  if (parts[0] === 'namespaces' && parts.length >= 3 && !(group === '' && parts.length === 3 && ['status', 'finalize'].includes(parts[2]!))) {
    namespace = parts[1];
    parts = parts.slice(2);
  }
  const [plural, name, subresource, ...extra] = parts;
  if (!plural || extra.length) throw notFoundPath();
  const t = registry.find(group, version, plural);
  if (!t) throw notFoundPath();
  if (namespace !== undefined && !t.namespaced) throw notFoundPath();
  if (subresource) {
    const allowed = [...(t.status ? ['status'] : []), ...(t.scale ? ['scale'] : []), ...t.extraSubresources];
    if (!allowed.includes(subresource)) throw notFoundPath();
  }
  return { t, version, namespace, name, subresource };
}

function userAgentManager(req: IncomingMessage): string {
  const ua = req.headers['user-agent'] ?? 'unknown';
  return ua.split('/')[0]!.slice(0, 128) || 'unknown';
}

function verbFor(method: string, target: Target, isWatch: boolean): string {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return isWatch ? 'watch' : target.name ? 'get' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return target.name ? 'delete' : 'deletecollection';
    default:
      return method.toLowerCase();
  }
}

async function handle(d: HandlerDeps, req: IncomingMessage, res: ServerResponse, audit: AuditRecord, label: (verb: string, resource: string) => void): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://apiserver');
  const q = url.searchParams;
  const method = (req.method ?? 'GET').toUpperCase();
  const isWatch = q.get('watch') === 'true' || q.get('watch') === '1';

  const fault = d.faults.decide(method, `${url.pathname}${url.search}`, isWatch);
  if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
  if (fault?.reset) {
    req.socket.destroy();
    return;
  }
  if (fault?.hang) {
    // Hold the request until the client gives up; never answer.
    await new Promise<void>((resolve) => req.socket.once('close', () => resolve()));
    return;
  }
  if (fault?.status) {
    const code = fault.status;
    if (code === 429) throw tooManyRequests('Too many requests, please try again later.', 1);
    // A 404 is what a path the server does not serve gets (an API group-version missing on an older
    // cluster): kube-apiserver's not-found handler answers a NotFound Status with this message.
    if (code === 404) throw new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
    throw new StatusError(code, code === 503 ? 'ServiceUnavailable' : code === 504 ? 'Timeout' : 'InternalError', code === 504 ? 'Timeout: request did not complete within the allotted timeout' : 'Internal error occurred: injected fault', undefined, code === 503 ? { 'Retry-After': '1' } : {});
  }

  const authenticated = d.authn.authenticate(req.headers.authorization);
  if (!authenticated) throw unauthorized();
  const impersonated = impersonate(d.authz, authenticated, req.headers);
  if ('denied' in impersonated) throw new StatusError(403, 'Forbidden', impersonated.denied, { kind: 'users' });
  const user = impersonated;
  audit.user = authenticated;
  if (impersonated !== authenticated) audit.impersonatedUser = impersonated;
  const segs = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  const path = url.pathname.replace(/\/+$/, '') || '/';

  const nonResource = (body: () => unknown, contentType = JSON_TYPE): void => {
    label('GET', '');
    const attrs: RequestAttributes = { user, verb: method === 'GET' || method === 'HEAD' ? 'get' : method.toLowerCase(), path };
    audit.verb = attrs.verb;
    audit.decision = d.authz.authorize(attrs) ? 'allow' : 'forbid';
    if (audit.decision === 'forbid') throw new StatusError(403, 'Forbidden', `forbidden: ${forbiddenReason(attrs)}`, {});
    const b = body();
    if (b === undefined) throw notFoundPath();
    if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed('GET');
    if (typeof b === 'string') {
      res.writeHead(200, { 'Content-Type': contentType });
      res.end(b);
      return;
    }
    sendJson(res, 200, b, { 'Content-Type': contentType });
  };

  // Non-resource paths.
  if (path === '/version') return nonResource(() => ({ major: '1', minor: '32', gitVersion: 'v1.32.0', ...d.version, gitCommit: 'test-apiserver', gitTreeState: 'clean', buildDate: '2024-12-11T00:00:00Z', goVersion: 'go1.23.4', compiler: 'gc', platform: 'linux/amd64' }));
  if (path === '/healthz' || path === '/livez' || path === '/readyz') return nonResource(() => 'ok', 'text/plain; charset=utf-8');
  if (path === '/metrics') {
    label('GET', 'metrics');
    const attrs: RequestAttributes = { user, verb: 'get', path };
    if (!d.authz.authorize(attrs)) throw new StatusError(403, 'Forbidden', `forbidden: ${forbiddenReason(attrs)}`, {});
    res.writeHead(200, { 'Content-Type': d.promRegistry.contentType });
    res.end(await d.promRegistry.metrics());
    return;
  }
  if (path === '/api' || path === '/apis') {
    const core = path === '/api';
    if (wantsAggregated(req.headers.accept)) return nonResource(() => aggregatedDiscovery(d.registry, core), AGGREGATED_CONTENT_TYPE);
    return nonResource(() => (core ? apiVersions(d.serverAddress()) : apiGroupList(d.registry)));
  }
  if (path === '/openapi/v3') return nonResource(() => openApiV3Root(d.registry));
  if (path.startsWith('/openapi/v3/')) {
    const p = segs.slice(2);
    const doc = p[0] === 'api' ? openApiV3Document(d.registry, '', p[1] ?? '') : p[0] === 'apis' ? openApiV3Document(d.registry, p[1] ?? '', p[2] ?? '') : undefined;
    return nonResource(() => doc);
  }
  if (segs[0] === 'apis' && segs.length === 2) {
    const g = d.registry.groupVersions().find((x) => x.group === segs[1]);
    return nonResource(() => (g ? apiGroup(g.group, g.versions) : undefined));
  }
  if ((segs[0] === 'api' && segs.length === 2) || (segs[0] === 'apis' && segs.length === 3)) {
    const group = segs[0] === 'api' ? '' : segs[1]!;
    const version = segs[segs.length - 1]!;
    return nonResource(() => apiResourceList(d.registry, group, version));
  }
  const parsed = parseResourcePath(segs);
  if (!parsed) return nonResource(() => undefined);

  const target = resolveTarget(d.registry, parsed.group, parsed.version, parsed.rest);
  const { t } = target;
  const verb = verbFor(method, target, isWatch);
  label(verb.toUpperCase(), t.plural);
  const attrs: RequestAttributes = { user, verb, apiGroup: t.group, resource: t.plural, subresource: target.subresource, namespace: t.namespaced ? target.namespace : undefined, name: target.name };
  audit.verb = verb;
  audit.objectRef = { resource: t.plural, namespace: attrs.namespace, name: target.name, apiGroup: t.group || undefined, apiVersion: parsed.version, subresource: target.subresource };
  audit.decision = d.authz.authorize(attrs) ? 'allow' : 'forbid';
  if (audit.decision === 'forbid') throw forbidden(t.group, t.plural, target.name, forbiddenReason(attrs));
  if (!t.verbs.includes(verb) && !target.subresource) throw methodNotAllowed(t.verbs.join(', '));

  const body = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) ? await readBody(req, d.maxBodyBytes) : Buffer.alloc(0);
  const contentType = (req.headers['content-type'] ?? JSON_TYPE).split(';')[0]!.trim().toLowerCase();
  const ctx: WriteContext = {
    user,
    fieldManager: q.get('fieldManager') ?? userAgentManager(req),
    dryRun: q.getAll('dryRun').includes('All'),
    fieldValidation: ((): WriteContext['fieldValidation'] => {
      const v = q.get('fieldValidation');
      return v === 'Strict' || v === 'Ignore' ? v : 'Warn';
    })(),
    warnings: [],
    force: q.get('force') === 'true',
  };
  // Built-in kinds are decoded into their Go types first, as kube-apiserver's serializer does: wrong types and
  // malformed Time/MicroTime/Quantity/IntOrString values are refused, unknown fields dropped (and reported per
  // fieldValidation). Custom resources are handled by their schema (schema.ts).
  const decode = <T>(o: T, source: BodySource): T =>
    o && typeof o === 'object' && !Array.isArray(o) && !t.crd ? (decodeOrRefuse(t.group, target.version, t.kind, o as Record<string, unknown>, ctx, source, DECODE_ERRORS) as T) : o;
  ctx.decodePatched = (o, patchType, patch) => decode(o, { kind: 'patch', patchType, patch });
  const ns = t.namespaced ? target.namespace : undefined;
  // events.k8s.io/v1 Events are core/v1 Events seen through a conversion, as in kube-apiserver.
  const view = t.storedAs;
  const st = view ? d.registry.byKey(view.key)! : t;
  const out = (o: KubeObject): KubeObject => (view ? view.fromStorage(o) : present(t, target.version, o));
  const inBody = (b: unknown): unknown => (view && b && typeof b === 'object' ? view.toStorage(b as KubeObject) : b);
  const fieldSelector = view ? view.storageFieldSelector(q.get('fieldSelector')) : q.get('fieldSelector');
  const reply = (code: number, obj: unknown): void => {
    const headers: Record<string, string> = {};
    if (ctx.warnings.length) headers.Warning = ctx.warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ');
    sendJson(res, code, obj, headers);
  };

  if (VIRTUAL_RESOURCES.has(t.plural)) {
    if (method !== 'POST') throw methodNotAllowed('POST');
    return reply(201, review(d, t, user, parseBody(body, contentType) as KubeObject));
  }

  switch (method) {
    case 'GET':
    case 'HEAD': {
      if (isWatch) {
        if (target.name) throw badRequest('watch of a single object is expressed with fieldSelector=metadata.name=<name>');
        const filter = compileFilter(q.get('labelSelector'), fieldSelector);
        const timeout = q.get('timeoutSeconds');
        serveWatch(d.rest.store, st, req, res, {
          namespace: ns,
          filter,
          resourceVersion: q.get('resourceVersion') ?? undefined,
          allowBookmarks: q.get('allowWatchBookmarks') === 'true',
          sendInitialEvents: q.get('sendInitialEvents') === 'true',
          timeoutSeconds: timeout ? Number(timeout) : undefined,
          bookmarkIntervalMs: d.bookmarkIntervalMs,
          transform: wantsTable(req.headers.accept)
            ? (o) => tableFor(st, target.version, [view ? o : out(o)], { resourceVersion: o.metadata.resourceVersion }, q.get('includeObject'))
            : view || target.version !== t.version
              ? out
              : undefined,
        }, {
          registerClose: (close) => {
            const unregisterFault = d.faults.registerWatch(close);
            const unregisterType = d.watches.register(resourceKey(st.group, st.plural), close);
            return () => {
              unregisterFault();
              unregisterType();
            };
          },
          onOpen: () => {
            d.metrics.watches.inc();
            d.audit.record(audit, 'ResponseStarted', 200);
          },
          onClose: () => d.metrics.watches.dec(),
        });
        return;
      }
      if (target.subresource === 'log') return servePodLog(d, t, ns!, target.name!, q, res);
      if (target.name) {
        if (target.subresource === 'scale') return reply(200, d.rest.getScale(t, ns, target.name));
        const stored = d.rest.get(st, ns, target.name);
        if (wantsTable(req.headers.accept)) return reply(200, tableFor(st, target.version, [view ? stored : out(stored)], { resourceVersion: stored.metadata.resourceVersion }, q.get('includeObject')));
        return reply(200, out(stored));
      }
      const filter = compileFilter(q.get('labelSelector'), fieldSelector);
      const limit = q.get('limit') ? Number(q.get('limit')) : undefined;
      const result = d.rest.list(st, ns, filter, limit, q.get('continue') ?? undefined);
      const meta: Record<string, unknown> = { resourceVersion: result.resourceVersion };
      if (result.continue) meta.continue = result.continue;
      if (result.remainingItemCount !== undefined) meta.remainingItemCount = result.remainingItemCount;
      if (wantsTable(req.headers.accept)) return reply(200, tableFor(st, target.version, view ? result.items : result.items.map(out), meta, q.get('includeObject')));
      return reply(200, { kind: t.listKind, apiVersion: t.group ? `${t.group}/${target.version}` : target.version, metadata: meta, items: result.items.map(out) });
    }
    case 'POST': {
      const obj = parseBody(body, contentType);
      // kube's audit names the object a create makes (from the request's object when the URL has no name).
      if (audit.objectRef && !audit.objectRef.name && !target.subresource) audit.objectRef.name = (obj as KubeObject | undefined)?.metadata?.name;
      if (target.subresource === 'eviction') return reply(201, evict(d, t, ns!, target.name!, obj as KubeObject, ctx));
      if (target.subresource === 'token') return reply(201, tokenRequest(d, ns!, target.name!, obj as KubeObject));
      if (target.subresource === 'binding') {
        const pod = d.rest.get(t, ns, target.name!);
        const nodeName = ((obj as { target?: { name?: string } })?.target?.name) ?? '';
        if ((pod.spec as { nodeName?: string }).nodeName) throw new StatusError(409, 'Conflict', `Operation cannot be fulfilled on pods/binding "${target.name}": pod ${target.name} is already assigned to node "${(pod.spec as { nodeName?: string }).nodeName}"`);
        const uid = (obj as KubeObject | undefined)?.metadata?.uid;
        if (uid && uid !== pod.metadata.uid) throw new StatusError(409, 'Conflict', `Operation cannot be fulfilled on pods/binding "${target.name}": Precondition failed: UID in precondition: ${uid}, UID in object meta: ${pod.metadata.uid}`);
        // The binding sets spec.nodeName (which no update may change) and the PodScheduled condition.
        const status = (pod.status ?? {}) as { conditions?: { type: string }[] };
        const conditions = [...(status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: d.rest.timestamp() }];
        if (!ctx.dryRun) d.rest.commit(t, { ...pod, spec: { ...(pod.spec as object), nodeName }, status: { ...status, conditions } }, pod);
        return reply(201, successStatus(undefined, 201));
      }
      if (target.name || target.subresource) throw methodNotAllowed('GET, PUT, PATCH, DELETE');
      return reply(201, out(d.rest.create(st, ns, inBody(decode(obj, { kind: 'body' })), ctx)));
    }
    case 'PUT': {
      if (!target.name) throw methodNotAllowed('GET, POST, DELETE');
      const obj = parseBody(body, contentType);
      if (target.subresource === 'scale') return reply(200, d.rest.updateScale(t, ns, target.name, obj, ctx));
      if (target.subresource === 'finalize') {
        const old = d.rest.get(t, ns, target.name);
        const spec = (obj as KubeObject)?.spec ?? {};
        return reply(200, d.rest.commit(t, { ...old, spec }, old));
      }
      return reply(200, out(d.rest.update(st, ns, target.name, inBody(decode(obj, { kind: 'body' })), ctx, target.subresource)));
    }
    case 'PATCH': {
      if (!target.name) throw methodNotAllowed('GET, POST, DELETE');
      const type = PATCH_CONTENT_TYPES[contentType];
      if (!type) throw unsupportedMediaType(contentType, Object.keys(PATCH_CONTENT_TYPES));
      const patch = type === 'apply' ? parseBody(body, 'yaml') : parseBody(body, contentType);
      const existed = !!d.rest.store.get(resourceKey(st.group, st.plural), ns, target.name);
      const patched = d.rest.patch(st, ns, target.name, type, type === 'apply' ? inBody(patch) : patch, ctx, target.subresource, view);
      return reply(type === 'apply' && !existed ? 201 : 200, target.subresource === 'scale' ? patched : out(patched));
    }
    case 'DELETE': {
      const parsedBody = (parseBody(body, contentType) ?? {}) as DeleteOptions & { kind?: string };
      const opts: DeleteOptions = { ...parsedBody };
      const grace = q.get('gracePeriodSeconds');
      if (grace !== null) opts.gracePeriodSeconds = Number(grace);
      const prop = q.get('propagationPolicy');
      if (prop) {
        if (!['Background', 'Foreground', 'Orphan'].includes(prop)) throw badRequest(`propagationPolicy: Unsupported value: "${prop}": supported values: "Foreground", "Background", "Orphan"`);
        opts.propagationPolicy = prop as DeleteOptions['propagationPolicy'];
      }
      if (q.get('orphanDependents') !== null) opts.orphanDependents = q.get('orphanDependents') === 'true';
      if (!target.name) {
        const filter = compileFilter(q.get('labelSelector'), fieldSelector);
        const items = d.rest.deleteCollection(st, ns, filter, opts, ctx);
        return reply(200, { kind: t.listKind, apiVersion: apiVersionOf(t), metadata: { resourceVersion: String(d.rest.store.resourceVersion) }, items: items.map(out) });
      }
      const { object, deleted } = d.rest.delete(st, ns, target.name, opts, ctx);
      if (deleted && t.kind !== 'Pod' && !t.crd) return reply(200, successStatus({ name: object.metadata.name, group: t.group, kind: t.plural, uid: object.metadata.uid }));
      return reply(!deleted && opts.orphanDependents === false ? 202 : 200, out(object));
    }
    default:
      throw methodNotAllowed('GET, POST, PUT, PATCH, DELETE');
  }
}

async function servePodLog(d: HandlerDeps, t: ResourceType, namespace: string, name: string, q: URLSearchParams, res: ServerResponse): Promise<void> {
  d.rest.get(t, namespace, name);
  const reader = d.podLogs.reader;
  if (!reader) throw new StatusError(404, 'NotFound', `the server could not find the requested resource ( pods/log ${name})`);
  const num = (k: string): number | undefined => (q.get(k) !== null ? Number(q.get(k)) : undefined);
  let text: string;
  try {
    text = await reader(namespace, name, q.get('container') ?? undefined, { previous: q.get('previous') === 'true', tailLines: num('tailLines'), limitBytes: num('limitBytes'), sinceSeconds: num('sinceSeconds') });
  } catch (err) {
    // Readers report failures as Kubernetes errors: { statusCode, status: { reason, message } }.
    const e = err as { statusCode?: number; status?: { reason?: string; message?: string } };
    if (typeof e.statusCode === 'number') throw new StatusError(e.statusCode, e.status?.reason ?? '', e.status?.message ?? String(err));
    throw err;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private' });
  res.end(text);
}

/** An object as served at another version of its type (CRDs with conversion strategy None: relabelled). */
function present(t: ResourceType, version: string, obj: KubeObject): KubeObject {
  if (version === t.version || !t.group) return obj;
  return { ...obj, apiVersion: `${t.group}/${version}` };
}

/** SelfSubjectAccessReview, SubjectAccessReview, SelfSubjectReview, TokenReview. */
function review(d: HandlerDeps, t: ResourceType, user: UserInfo, body: KubeObject): KubeObject {
  const spec = (body?.spec ?? {}) as Record<string, unknown>;
  const base = { apiVersion: apiVersionOf(t), kind: t.kind, metadata: { creationTimestamp: null } as unknown as KubeObject['metadata'] };
  if (t.plural === 'selfsubjectrulesreviews') {
    const rules = d.authz.rulesOf(user, (spec.namespace as string | undefined) || undefined);
    return {
      ...base,
      spec,
      status: {
        resourceRules: rules.filter((r) => !r.nonResourceURLs?.length).map((r) => ({ verbs: r.verbs ?? [], apiGroups: r.apiGroups ?? [], resources: r.resources ?? [], ...(r.resourceNames?.length ? { resourceNames: r.resourceNames } : {}) })),
        nonResourceRules: rules.filter((r) => r.nonResourceURLs?.length).map((r) => ({ verbs: r.verbs ?? [], nonResourceURLs: r.nonResourceURLs })),
        incomplete: false,
      },
    };
  }
  if (t.plural === 'selfsubjectreviews') return { ...base, status: { userInfo: { username: user.username, uid: user.uid, groups: user.groups } } };
  if (t.plural === 'tokenreviews') {
    const u = d.authn.authenticate(`Bearer ${String(spec.token ?? '')}`);
    return { ...base, spec, status: u && u.username !== 'system:anonymous' ? { authenticated: true, user: { username: u.username, uid: u.uid, groups: u.groups } } : { authenticated: false } };
  }
  let subject = user;
  if (t.plural === 'subjectaccessreviews') subject = { username: String(spec.user ?? ''), uid: spec.uid as string | undefined, groups: (spec.groups as string[] | undefined) ?? [] };
  const ra = spec.resourceAttributes as Record<string, string> | undefined;
  const nra = spec.nonResourceAttributes as Record<string, string> | undefined;
  const attrs: RequestAttributes = ra
    ? { user: subject, verb: ra.verb ?? '', apiGroup: ra.group ?? '', resource: ra.resource ?? '', subresource: ra.subresource || undefined, namespace: ra.namespace || undefined, name: ra.name || undefined }
    : { user: subject, verb: nra?.verb ?? 'get', path: nra?.path ?? '/' };
  const allowed = d.authz.authorize(attrs);
  return { ...base, spec, status: allowed ? { allowed: true, reason: 'RBAC: allowed' } : { allowed: false } };
}

/** POST pods/<name>/eviction: honours the PodDisruptionBudget's status.disruptionsAllowed as kube-apiserver does. */
function evict(d: HandlerDeps, podType: ResourceType, namespace: string, name: string, eviction: KubeObject, ctx: WriteContext): unknown {
  if (eviction?.metadata?.name && eviction.metadata.name !== name) throw badRequest(`name in URL does not match name in Eviction object`);
  const pod = d.rest.get(podType, namespace, name);
  const deleteOptions = ((eviction as { deleteOptions?: DeleteOptions })?.deleteOptions ?? {}) as DeleteOptions;
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  const terminalOrPending = phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata.deletionTimestamp;
  if (!terminalOrPending) {
    const pdbType = d.registry.find('policy', 'v1', 'poddisruptionbudgets')!;
    const pdbs = d.rest.store.list(resourceKey('policy', 'poddisruptionbudgets'), namespace).filter((p) => {
      const sel = (p.spec as { selector?: LabelSelectorObject } | undefined)?.selector;
      return sel !== undefined && matchesRequirements(selectorObjectRequirements(sel), pod.metadata.labels);
    });
    if (pdbs.length > 1) throw new StatusError(500, 'InternalError', 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
    const pdb = pdbs[0];
    if (pdb) {
      const status = (pdb.status ?? {}) as { disruptionsAllowed?: number; observedGeneration?: number; desiredHealthy?: number; currentHealthy?: number; disruptedPods?: Record<string, string> };
      const spec = (pdb.spec ?? {}) as { unhealthyPodEvictionPolicy?: string };
      const podReady = ((pod.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
      const skip = spec.unhealthyPodEvictionPolicy === 'AlwaysAllow' && !podReady;
      if (!skip) {
        if ((status.observedGeneration ?? 0) < (pdb.metadata.generation ?? 0))
          throw tooManyRequests('Cannot evict pod as it would violate the pod\'s disruption budget.', 10, [{ reason: 'DisruptionBudget', message: `The disruption budget ${pdb.metadata.name} is still being processed by the server.` }]);
        const allowed = status.disruptionsAllowed ?? 0;
        if (allowed < 0) throw new StatusError(403, 'Forbidden', 'pdb disruptions allowed is negative');
        if (allowed === 0)
          throw tooManyRequests('Cannot evict pod as it would violate the pod\'s disruption budget.', 10, [
            { reason: 'DisruptionBudget', message: `The disruption budget ${pdb.metadata.name} needs ${status.desiredHealthy ?? 0} healthy pods and has ${status.currentHealthy ?? 0} currently` },
          ]);
        if (!ctx.dryRun) {
          const next = { ...pdb, status: { ...status, disruptionsAllowed: allowed - 1, disruptedPods: { ...(status.disruptedPods ?? {}), [name]: d.rest.timestamp() } } };
          d.rest.commit(pdbType, next, pdb);
        }
      }
    }
  }
  d.rest.delete(podType, namespace, name, deleteOptions, ctx);
  return successStatus(undefined, 201);
}

function tokenRequest(d: HandlerDeps, namespace: string, name: string, body: KubeObject): KubeObject {
  const saType = d.registry.find('', 'v1', 'serviceaccounts')!;
  const sa = d.rest.get(saType, namespace, name);
  const spec = (body?.spec ?? {}) as { audiences?: string[]; expirationSeconds?: number; boundObjectRef?: unknown };
  const expirationSeconds = spec.expirationSeconds ?? 3600;
  if (expirationSeconds < 600) throw badRequest(`TokenRequest.authentication.k8s.io "${name}" is invalid: spec.expirationSeconds: Invalid value: ${expirationSeconds}: may not specify a duration less than 10 minutes`);
  const { token, expiresAt } = d.authn.issueServiceAccountToken(namespace, name, sa.metadata.uid, expirationSeconds);
  return {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    metadata: { name, namespace, creationTimestamp: d.rest.timestamp() },
    spec: { audiences: spec.audiences ?? ['https://kubernetes.default.svc'], expirationSeconds, boundObjectRef: spec.boundObjectRef ?? null },
    status: { token, expirationTimestamp: new Date(expiresAt!).toISOString().replace(/\.\d+Z$/, 'Z') },
  };
}

