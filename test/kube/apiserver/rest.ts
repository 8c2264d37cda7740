// The REST semantics of kube-apiserver's generic registry, for every type: create (generateName, uid,
// AlreadyExists), update (resourceVersion preconditions → Conflict, generation on spec changes only,
// /status and main endpoint each ignoring the other's part), patch, and delete (finalizers,
// deletionTimestamp, graceful pod deletion, propagation policy finalizers). Type-specific behaviour
// (defaults, validation, CRD schemas) is called from here.
import { randomUUID } from 'node:crypto';
import { applyConfiguration, recordUpdate } from './apply.ts';
import { jsonMergePatch, jsonPatch, strategicMergePatch } from './patch.ts';
import type { ApiRegistry } from './registry.ts';
import { validateCustomResource } from './schema.ts';
import { matchesFilter, type ObjectFilter } from './selectors.ts';
import { alreadyExists, badRequest, conflict, forbidden, invalid, notFound, StatusError, unsupportedMediaType, type FieldError } from './status.ts';
import type { ObjectStore } from './store.ts';
import type { UserInfo } from './auth.ts';
import { apiVersionOf, resourceKey, type KubeObject, type ResourceType, type StorageView } from './types.ts';
import { applyBuiltinDefaults, validateBuiltin, validateObjectMetaMaps } from './builtin-behaviour.ts';

export interface WriteContext {
  /** Who writes (admission checks such as RBAC escalation); internal writers leave it unset. */
  user?: UserInfo;
  fieldManager: string;
  dryRun: boolean;
  fieldValidation: 'Strict' | 'Warn' | 'Ignore';
  /** Warnings to send back in Warning headers. */
  warnings: string[];
  force?: boolean;
  /** Set when managedFields were already computed (server-side apply creating the object). */
  managedFieldsSet?: boolean;
  /** Decodes a patched object as the served type (built-ins: types, unknown fields), or throws kube's error. */
  decodePatched?: (obj: KubeObject, patchType: 'merge' | 'json' | 'strategic', patch: unknown) => KubeObject;
}

export interface DeleteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  orphanDependents?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface ListResult { items: KubeObject[]; resourceVersion: string; continue?: string; remainingItemCount?: number }

export type PatchType = 'merge' | 'json' | 'strategic' | 'apply';

export const PATCH_CONTENT_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
  'application/apply-patch+cbor': 'apply',
};

const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export interface RestHooks {
  /** Called after every committed write, to react (CRD establishment, namespace bootstrap). */
  afterWrite?(t: ResourceType, obj: KubeObject, old: KubeObject | undefined): void;
  /** Admission: throws a StatusError to refuse a write (after defaults and validation). */
  admit?(t: ResourceType, obj: KubeObject, old: KubeObject | undefined, ctx: WriteContext): void;
}

export class Rest {
  hooks: RestHooks = {};

  constructor(readonly store: ObjectStore, readonly registry: ApiRegistry, private readonly now: () => Date = () => new Date()) {}

  timestamp(): string {
    return this.now().toISOString().replace(/\.\d+Z$/, 'Z');
  }

  get(t: ResourceType, namespace: string | undefined, name: string): KubeObject {
    const obj = this.store.get(resourceKey(t.group, t.plural), t.namespaced ? namespace : undefined, name);
    if (!obj) throw notFound(t.group, t.plural, name);
    return obj;
  }

  list(t: ResourceType, namespace: string | undefined, filter: ObjectFilter, limit?: number, continueToken?: string): ListResult {
    const all = this.store.list(resourceKey(t.group, t.plural), t.namespaced ? namespace : undefined).filter((o) => matchesFilter(filter, o));
    let start = 0;
    let rv = String(this.store.resourceVersion);
    if (continueToken) {
      const c = decodeContinue(continueToken);
      rv = c.rv;
      start = all.findIndex((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}` > c.start);
      if (start < 0) start = all.length;
    }
    if (!limit || limit <= 0 || start + limit >= all.length) return { items: all.slice(start), resourceVersion: rv };
    const items = all.slice(start, start + limit);
    const last = items[items.length - 1]!;
    return {
      items,
      resourceVersion: rv,
      continue: encodeContinue({ rv, start: `${last.metadata.namespace ?? ''}/${last.metadata.name}` }),
      remainingItemCount: all.length - start - limit,
    };
  }

  create(t: ResourceType, namespace: string | undefined, body: unknown, ctx: WriteContext): KubeObject {
    const obj = this.decodeBody(t, body);
    const meta = { ...obj.metadata };
    if (t.namespaced) {
      if (meta.namespace && namespace && meta.namespace !== namespace) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      meta.namespace = namespace ?? meta.namespace;
      this.requireNamespaceOpen(t, meta.namespace!, meta.name ?? meta.generateName ?? '');
    } else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = meta.generateName + randomSuffix();
    if (!meta.name) throw invalid(t.group, t.kind, '', [{ type: 'FieldValueRequired', field: 'metadata.name', detail: 'name or generateName is required' }]);
    validateName(t, meta.name);
    if (this.store.get(resourceKey(t.group, t.plural), meta.namespace, meta.name)) throw alreadyExists(t.group, t.plural, meta.name);
    meta.uid = randomUUID();
    meta.creationTimestamp = this.timestamp();
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    delete meta.resourceVersion;
    if (t.generation) meta.generation = 1;
    else delete meta.generation;
    let created: KubeObject = { ...obj, apiVersion: apiVersionOf(t), kind: t.kind, metadata: meta };
    if (t.status && !t.crd && !['Namespace', 'Pod', 'Service', 'Node', 'PersistentVolumeClaim', 'PersistentVolume'].includes(t.kind)) delete created.status;
    if (t.crd && t.status) delete created.status;
    created = applyBuiltinDefaults(t, created, undefined);
    this.validate(t, created, undefined, ctx);
    this.hooks.admit?.(t, created, undefined, ctx);
    if (!ctx.managedFieldsSet) recordUpdate(created, undefined, ctx.fieldManager, apiVersionOf(t), undefined, this.timestamp());
    if (ctx.dryRun) return created;
    return this.commit(t, created, undefined);
  }

  /** PUT: replaces the object (or its status, or its scale). */
  update(t: ResourceType, namespace: string | undefined, name: string, body: unknown, ctx: WriteContext, subresource?: string): KubeObject {
    const old = this.get(t, namespace, name);
    const obj = this.decodeBody(t, body);
    if (obj.metadata.name && obj.metadata.name !== name) throw badRequest(`the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`);
    const rv = obj.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) throw conflict(t.group, t.plural, name);
    if (obj.metadata.uid && obj.metadata.uid !== old.metadata.uid)
      throw conflict(t.group, t.plural, name, `Precondition failed: UID in precondition: ${obj.metadata.uid}, UID in object meta: ${old.metadata.uid}`);
    return this.write(t, old, obj, ctx, subresource);
  }

  /** PATCH in any of the four formats; an apply patch creates the object when it does not exist. */
  patch(t: ResourceType, namespace: string | undefined, name: string, type: PatchType, body: unknown, ctx: WriteContext, subresource?: string, view?: Pick<StorageView, 'toStorage' | 'fromStorage'>): KubeObject {
    const existing = this.store.get(resourceKey(t.group, t.plural), t.namespaced ? namespace : undefined, name);
    if (type === 'apply') {
      const applied = body as KubeObject;
      if (!applied || typeof applied !== 'object' || !applied.metadata) throw badRequest('invalid object: metadata is required');
      if (applied.metadata.name && applied.metadata.name !== name) throw badRequest(`the name of the object (${applied.metadata.name}) does not match the name on the URL (${name})`);
      const merged = applyConfiguration(t, existing, applied, ctx.fieldManager, !!ctx.force, apiVersionOf(t), this.timestamp(), subresource);
      if (!existing) {
        merged.metadata.name = name;
        return this.create(t, namespace, merged, { ...ctx, managedFieldsSet: true });
      }
      return this.write(t, existing, merged, ctx, subresource, true);
    }
    if (!existing) throw notFound(t.group, t.plural, name);
    const base = subresource === 'scale' ? toScale(t, existing) : view ? view.fromStorage(existing) : existing;
    let patched: unknown;
    switch (type) {
      case 'merge':
        patched = jsonMergePatch(base, body);
        break;
      case 'json':
        patched = jsonPatch(base, body);
        break;
      case 'strategic':
        if (t.crd) throw unsupportedMediaType('application/strategic-merge-patch+json', ['application/json-patch+json', 'application/merge-patch+json', 'application/apply-patch+yaml']);
        patched = strategicMergePatch(t.kind, base, body);
        break;
    }
    if (!patched || typeof patched !== 'object' || !(patched as KubeObject).metadata) throw badRequest('patch removed the object metadata');
    if (subresource !== 'scale' && ctx.decodePatched) patched = ctx.decodePatched(patched as KubeObject, type, body);
    const p = view ? view.toStorage(patched as KubeObject) : (patched as KubeObject);
    if (p.metadata.resourceVersion && p.metadata.resourceVersion !== base.metadata.resourceVersion) throw conflict(t.group, t.plural, name);
    if (subresource === 'scale') return this.writeScale(t, existing, p, ctx);
    return this.write(t, existing, p, ctx, subresource);
  }

  /** Reads the scale subresource (autoscaling/v1 Scale). */
  getScale(t: ResourceType, namespace: string | undefined, name: string): KubeObject {
    return toScale(t, this.get(t, namespace, name));
  }

  updateScale(t: ResourceType, namespace: string | undefined, name: string, body: unknown, ctx: WriteContext): KubeObject {
    const old = this.get(t, namespace, name);
    const scale = body as KubeObject;
    if (scale.metadata?.resourceVersion && scale.metadata.resourceVersion !== old.metadata.resourceVersion) throw conflict(t.group, t.plural, name);
    return this.writeScale(t, old, scale, ctx);
  }

  private writeScale(t: ResourceType, old: KubeObject, scale: KubeObject, ctx: WriteContext): KubeObject {
    const replicas = (scale.spec as { replicas?: unknown } | undefined)?.replicas;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0)
      throw invalid('autoscaling', 'Scale', old.metadata.name!, [{ type: 'FieldValueInvalid', field: 'spec.replicas', value: replicas, detail: 'must be greater than or equal to 0' }]);
    const next = structuredClone(old);
    setPath(next, t.scale!.specReplicasPath, replicas);
    const written = this.write(t, old, next, ctx, undefined);
    return toScale(t, written);
  }

  /** Shared tail of update and patch: status/spec separation, generation, validation, commit. */
  private write(t: ResourceType, old: KubeObject, incoming: KubeObject, ctx: WriteContext, subresource?: string, applied = false): KubeObject {
    let next: KubeObject;
    if (subresource === 'status') {
      // The status endpoint changes status only; metadata and spec stay as they were.
      next = { ...old, status: incoming.status };
      if (incoming.status === undefined) delete next.status;
    } else {
      next = { ...incoming, apiVersion: apiVersionOf(t), kind: t.kind };
      if (t.status) {
        if (old.status === undefined) delete next.status;
        else next.status = old.status;
      }
      next.metadata = {
        ...incoming.metadata,
        name: old.metadata.name,
        namespace: old.metadata.namespace,
        uid: old.metadata.uid,
        creationTimestamp: old.metadata.creationTimestamp,
        generation: old.metadata.generation,
        deletionTimestamp: old.metadata.deletionTimestamp,
        deletionGracePeriodSeconds: old.metadata.deletionGracePeriodSeconds,
        managedFields: applied ? incoming.metadata.managedFields : old.metadata.managedFields,
      };
      if (!t.namespaced) delete next.metadata.namespace;
      for (const k of ['generation', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields'] as const) if (next.metadata[k] === undefined) delete next.metadata[k];
      if (old.metadata.deletionTimestamp) {
        // Finalizers may be removed from an object being deleted, never added.
        const added = (next.metadata.finalizers ?? []).filter((f) => !(old.metadata.finalizers ?? []).includes(f));
        if (added.length) throw forbidden(t.group, t.plural, old.metadata.name, `no new finalizers can be added if the object is being deleted, found new finalizers ${JSON.stringify(added)}`);
      }
    }
    next = applyBuiltinDefaults(t, next, old);
    if (subresource !== 'status') {
      this.validate(t, next, old, ctx);
      this.hooks.admit?.(t, next, old, ctx);
    }
    else if (t.crd) this.validate(t, next, old, ctx);
    if (t.generation && specChanged(t, old, next)) next.metadata = { ...next.metadata, generation: (old.metadata.generation ?? 0) + 1 };
    delete next.metadata.resourceVersion;
    if (!applied) recordUpdate(next, old, ctx.fieldManager, apiVersionOf(t), subresource, this.timestamp());
    if (sameContent(old, next)) return old;
    if (ctx.dryRun) return { ...next, metadata: { ...next.metadata, resourceVersion: old.metadata.resourceVersion } };
    // As kube-apiserver's ShouldDeleteDuringUpdate: an update removes an object only once its last finalizer is
    // gone and it is not waiting out a grace period (a terminating pod stays until its kubelet deletes it with
    // gracePeriodSeconds=0, whatever else writes to it meanwhile).
    if (next.metadata.deletionTimestamp && !(next.metadata.finalizers ?? []).length && !((old.metadata.deletionGracePeriodSeconds ?? 0) > 0)) {
      this.remove(t, next);
      return next;
    }
    return this.commit(t, next, old);
  }

  /** DELETE of one object: immediate, or pending on finalizers / a pod's grace period. */
  delete(t: ResourceType, namespace: string | undefined, name: string, opts: DeleteOptions, ctx: Pick<WriteContext, 'dryRun'>): { object: KubeObject; deleted: boolean } {
    const old = this.get(t, namespace, name);
    const pre = opts.preconditions ?? {};
    if (pre.uid && pre.uid !== old.metadata.uid) throw conflict(t.group, t.plural, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`);
    if (pre.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion)
      throw conflict(t.group, t.plural, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion}`);
    const policy = opts.propagationPolicy ?? (opts.orphanDependents === true ? 'Orphan' : opts.orphanDependents === false ? 'Background' : undefined);
    const meta = { ...old.metadata };
    let finalizers = [...(meta.finalizers ?? [])];
    if (t.kind === 'Namespace' && !t.group) {
      if (meta.deletionTimestamp) return { object: old, deleted: false };
      const next: KubeObject = { ...old, metadata: { ...meta, deletionTimestamp: this.timestamp(), deletionGracePeriodSeconds: 0 }, status: { ...(old.status as object), phase: 'Terminating' } };
      if (ctx.dryRun) return { object: next, deleted: false };
      return { object: this.commit(t, next, old), deleted: false };
    }
    if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
    if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
    if (policy === 'Background') finalizers = finalizers.filter((f) => f !== 'orphan' && f !== 'foregroundDeletion');
    const grace = this.gracePeriod(t, old, opts.gracePeriodSeconds);
    if (grace > 0 || finalizers.length > 0) {
      if (!meta.deletionTimestamp || (grace > 0 && (meta.deletionGracePeriodSeconds ?? Infinity) > grace)) {
        meta.deletionTimestamp = new Date(this.now().getTime() + grace * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
        meta.deletionGracePeriodSeconds = grace;
        if (t.generation) meta.generation = (meta.generation ?? 0) + 1;
      }
      meta.finalizers = finalizers;
      if (!finalizers.length) delete meta.finalizers;
      const next = { ...old, metadata: meta };
      if (sameContent(old, next)) return { object: old, deleted: false };
      if (ctx.dryRun) return { object: next, deleted: false };
      return { object: this.commit(t, next, old), deleted: false };
    }
    if (ctx.dryRun) return { object: old, deleted: true };
    this.remove(t, old);
    return { object: old, deleted: true };
  }

  /** The grace period of a delete: pods get theirs (30 s by default) unless never scheduled or finished. */
  private gracePeriod(t: ResourceType, obj: KubeObject, requested: number | undefined): number {
    if (t.kind !== 'Pod' || t.group) return 0;
    const spec = (obj.spec ?? {}) as { nodeName?: string; terminationGracePeriodSeconds?: number };
    const phase = (obj.status as { phase?: string } | undefined)?.phase;
    if (!spec.nodeName || phase === 'Succeeded' || phase === 'Failed') return 0;
    const g = requested ?? spec.terminationGracePeriodSeconds ?? 30;
    // 0 means now: the kubelet's final delete (and `kubectl delete --force --grace-period=0`) removes the pod.
    return Math.max(0, g);
  }

  deleteCollection(t: ResourceType, namespace: string | undefined, filter: ObjectFilter, opts: DeleteOptions, ctx: Pick<WriteContext, 'dryRun'>): KubeObject[] {
    const items = this.store.list(resourceKey(t.group, t.plural), t.namespaced ? namespace : undefined).filter((o) => matchesFilter(filter, o));
    const out: KubeObject[] = [];
    for (const o of items) {
      try {
        out.push(this.delete(t, o.metadata.namespace, o.metadata.name!, opts, ctx).object);
      } catch (err) {
        if (!(err instanceof StatusError && err.code === 404)) throw err;
      }
    }
    return out;
  }

  /** Removes an object for good (DELETED event). */
  remove(t: ResourceType, obj: KubeObject): void {
    this.store.remove(resourceKey(t.group, t.plural), obj.metadata.namespace, obj.metadata.name!);
    this.hooks.afterWrite?.(t, obj, obj);
  }

  /** Writes directly (controllers inside the server: GC, namespace finalization, CRD establishment). */
  commit(t: ResourceType, obj: KubeObject, old: KubeObject | undefined): KubeObject {
    const rv = this.store.nextResourceVersion();
    const stored: KubeObject = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv) } };
    this.store.put(resourceKey(t.group, t.plural), stored, old ? 'MODIFIED' : 'ADDED');
    this.hooks.afterWrite?.(t, stored, old);
    return stored;
  }

  private decodeBody(t: ResourceType, body: unknown): KubeObject {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(body)}'`);
    const obj = body as KubeObject;
    if (obj.kind && obj.kind !== t.kind) throw badRequest(`the kind in the data (${obj.kind}) does not match the expected kind (${t.kind})`);
    // kube-apiserver (handlers/create.go, update.go): the data's group/version must be the endpoint's.
    if (obj.apiVersion && (t.group ? obj.apiVersion.split('/')[0] !== t.group : obj.apiVersion !== 'v1')) {
      throw badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${apiVersionOf(t)})`);
    }
    return { ...obj, metadata: { ...(obj.metadata ?? {}) } };
  }

  private requireNamespaceOpen(t: ResourceType, namespace: string, name: string): void {
    const ns = this.store.get(resourceKey('', 'namespaces'), undefined, namespace);
    if (!ns) throw notFound('', 'namespaces', namespace);
    if (ns.metadata.deletionTimestamp) {
      const err = forbidden(t.group, t.plural, name, `unable to create new content in namespace ${namespace} because it is being terminated`);
      err.details!.causes = [{ reason: 'NamespaceTerminating', message: `namespace ${namespace} is being terminated`, field: 'metadata.namespace' }];
      throw err;
    }
  }

  private validate(t: ResourceType, obj: KubeObject, old: KubeObject | undefined, ctx: WriteContext): void {
    let errors: FieldError[] = [];
    if (t.crd) {
      const result = validateCustomResource(t, obj, old);
      errors = result.errors;
      if (result.unknownFields.length) {
        if (ctx.fieldValidation === 'Strict')
          throw badRequest(`${t.kind} in version "${t.version}" cannot be handled as a ${t.kind}: strict decoding error: ${result.unknownFields.map((f) => `unknown field "${f}"`).join(', ')}`);
        if (ctx.fieldValidation === 'Warn') for (const f of result.unknownFields) ctx.warnings.push(`unknown field "${f}"`);
      }
    } else errors = validateBuiltin(t, obj, old);
    errors = [...validateObjectMetaMaps(obj), ...errors];
    if (errors.length) throw invalid(t.group, t.kind, obj.metadata.name ?? '', errors);
  }
}

/** metadata.generation moves when anything but metadata (and status, when it is a subresource) changes. */
function specChanged(t: ResourceType, old: KubeObject, next: KubeObject): boolean {
  const strip = (o: KubeObject): string => {
    const { metadata: _m, status, apiVersion: _a, kind: _k, ...rest } = o;
    return JSON.stringify(t.status ? rest : { ...rest, status });
  };
  return strip(old) !== strip(next);
}

function sameContent(a: KubeObject, b: KubeObject): boolean {
  const norm = (o: KubeObject): string => {
    const { managedFields: _mf, resourceVersion: _rv, ...meta } = o.metadata;
    return stableStringify({ ...o, metadata: meta });
  };
  return norm(a) === norm(b);
}

export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function validateName(t: ResourceType, name: string): void {
  if (t.group === 'rbac.authorization.k8s.io') {
    if (name === '.' || name === '..' || /[/%]/.test(name))
      throw invalid(t.group, t.kind, name, [{ type: 'FieldValueInvalid', field: 'metadata.name', value: name, detail: `may not contain '/' or '%'` }]);
    return;
  }
  // Services and Namespaces take DNS labels, not subdomains (pkg/apis/core/validation: ValidateServiceName is
  // NameIsDNS1035Label, ValidateNamespaceName is NameIsDNSLabel; messages from apimachinery's IsDNS1035Label
  // and IsDNS1123Label).
  const label = !t.group && t.kind === 'Service' ? { re: /^[a-z]([-a-z0-9]*[a-z0-9])?$/, detail: "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')" }
    : !t.group && t.kind === 'Namespace' ? { re: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, detail: "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')" }
      : undefined;
  if (label) {
    const errors: FieldError[] = [];
    if (name.length > 63) errors.push({ type: 'FieldValueInvalid', field: 'metadata.name', value: name, detail: 'must be no more than 63 characters' });
    if (!label.re.test(name)) errors.push({ type: 'FieldValueInvalid', field: 'metadata.name', value: name, detail: label.detail });
    if (errors.length) throw invalid(t.group, t.kind, name, errors);
    return;
  }
  if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
    throw invalid(t.group, t.kind, name, [
      {
        type: 'FieldValueInvalid',
        field: 'metadata.name',
        value: name,
        detail: `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      },
    ]);
  }
}

function randomSuffix(): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)];
  return s;
}

function encodeContinue(c: { rv: string; start: string }): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: Number(c.rv), start: c.start })).toString('base64url');
}

function decodeContinue(token: string): { rv: string; start: string } {
  try {
    const c = JSON.parse(Buffer.from(token, 'base64url').toString()) as { rv: number; start: string };
    if (typeof c.start !== 'string') throw new Error('bad');
    return { rv: String(c.rv), start: c.start };
  } catch {
    throw badRequest('continue key is not valid: illegal base64 data at input byte 0');
  }
}

export function getPath(obj: unknown, jsonPath: string): unknown {
  let cur = obj;
  for (const part of jsonPath.replace(/^\./, '').split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, jsonPath: string, value: unknown): void {
  const parts = jsonPath.replace(/^\./, '').split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (!cur[part] || typeof cur[part] !== 'object') cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** The autoscaling/v1 Scale of an object with a scale subresource. */
export function toScale(t: ResourceType, obj: KubeObject): KubeObject {
  const s = t.scale!;
  const status: Record<string, unknown> = { replicas: getPath(obj, s.statusReplicasPath) ?? 0 };
  let selector: unknown;
  if (!t.crd) selector = selectorString((obj.spec as { selector?: unknown } | undefined)?.selector);
  else if (s.labelSelectorPath) selector = getPath(obj, s.labelSelectorPath);
  if (selector) status.selector = selector;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion, creationTimestamp: obj.metadata.creationTimestamp },
    spec: { replicas: getPath(obj, s.specReplicasPath) ?? 0 },
    status,
  };
}

function selectorString(sel: unknown): string | undefined {
  if (!sel || typeof sel !== 'object') return undefined;
  const s = sel as { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
  const parts: string[] = [];
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) parts.push(`${k}=${v}`);
  for (const e of s.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.sort().join(',');
}

