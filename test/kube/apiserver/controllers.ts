// The control loops that live inside kube-apiserver or kube-controller-manager and that API clients observe
// as API semantics: the garbage collector (ownerReferences with background, foreground and orphan
// propagation), the namespace lifecycle (terminating namespaces are emptied, then removed; new ones get a
// `default` ServiceAccount), and CRD establishment and cleanup. They run after writes, coalesced, on the
// same event loop as requests, so they see and make consistent changes.
import type { Logger } from '../../../ingester/src/util/log.ts';
import type { ApiRegistry } from './registry.ts';
import type { Rest } from './rest.ts';
import { StatusError } from './status.ts';
import type { ObjectStore } from './store.ts';
import { resourceKey, type KubeObject, type ResourceType } from './types.ts';

const CRD_CLEANUP = 'customresourcecleanup.apiextensions.k8s.io';
const INTERNAL = { dryRun: false };

export class ServerControllers {
  private scheduled = false;
  private stopped = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly rest: Rest,
    private readonly registry: ApiRegistry,
    private readonly store: ObjectStore,
    private readonly log: Logger,
    /** Ends the open watches of a resource type (its CRD is gone). */
    private readonly closeWatchesOf: (resourceKey: string) => void = () => {},
  ) {}

  start(): void {
    // Only writes that can matter to a controller trigger a pass: removals (dependents may be orphaned),
    // new or changed owner references, objects being deleted, namespaces and CRDs.
    this.unsubscribe = this.store.subscribe(undefined, (e) => {
      const m = e.object.metadata;
      const refsChanged = !!m.ownerReferences?.length && (e.type === 'ADDED' || JSON.stringify(m.ownerReferences) !== JSON.stringify(e.previous?.metadata.ownerReferences));
      if (e.type === 'DELETED' || m.deletionTimestamp || refsChanged || e.resourceKey === '/namespaces' || e.resourceKey === 'apiextensions.k8s.io/customresourcedefinitions') this.schedule();
    });
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
  }

  schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.stopped) return;
      try {
        this.pass();
      } catch (err) {
        this.log.error('server controllers pass failed', { err });
      }
    });
  }

  /** Called synchronously after each committed write (from Rest hooks). */
  afterWrite(t: ResourceType, obj: KubeObject, old: KubeObject | undefined): void {
    if (t.group === 'apiextensions.k8s.io' && t.kind === 'CustomResourceDefinition') this.onCrdWrite(obj, old);
  }

  private onCrdWrite(crd: KubeObject, old: KubeObject | undefined): void {
    const name = crd.metadata.name!;
    const removed = old === crd; // Rest.remove passes the removed object as both
    if (removed) {
      const spec = crd.spec as { group: string; names: { plural: string } };
      this.registry.setCrd(name, undefined);
      this.closeWatchesOf(resourceKey(spec.group, spec.names.plural));
      return;
    }
    if (!crd.metadata.deletionTimestamp) this.registry.setCrd(name, crd);
  }

  private typed(): { t: ResourceType; objects: KubeObject[] }[] {
    return this.registry
      .all()
      .filter((t) => t.versions.includes(t.version))
      .map((t) => ({ t, objects: this.store.list(resourceKey(t.group, t.plural)) }));
  }

  private pass(): void {
    const all = this.typed();
    const byUid = new Map<string, { t: ResourceType; obj: KubeObject }>();
    for (const { t, objects } of all) for (const obj of objects) if (obj.metadata.uid) byUid.set(obj.metadata.uid, { t, obj });
    const dependentsOf = (uid: string): { t: ResourceType; obj: KubeObject }[] => {
      const out: { t: ResourceType; obj: KubeObject }[] = [];
      for (const { t, objects } of all) for (const obj of objects) if ((obj.metadata.ownerReferences ?? []).some((r) => r.uid === uid)) out.push({ t, obj });
      return out;
    };

    for (const { t, objects } of all) {
      for (const obj of objects) {
        const current = this.store.get(resourceKey(t.group, t.plural), obj.metadata.namespace, obj.metadata.name!);
        if (!current || current !== obj) continue;
        if (t.group === 'apiextensions.k8s.io' && t.kind === 'CustomResourceDefinition') this.reconcileCrd(t, obj);
        if (!t.group && t.kind === 'Namespace') this.reconcileNamespace(t, obj);
        if (obj.metadata.deletionTimestamp) this.finalizeDependents(t, obj, dependentsOf(obj.metadata.uid!));
        else this.collectIfOrphaned(t, obj, byUid);
      }
    }
  }

  /** Foreground: delete dependents first; Orphan: cut them loose. Then drop our finalizer. */
  private finalizeDependents(t: ResourceType, obj: KubeObject, dependents: { t: ResourceType; obj: KubeObject }[]): void {
    const finalizers = obj.metadata.finalizers ?? [];
    if (finalizers.includes('orphan')) {
      for (const d of dependents) {
        const refs = (d.obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== obj.metadata.uid);
        const meta: KubeObject['metadata'] = { ...d.obj.metadata, ownerReferences: refs };
        if (!refs.length) delete meta.ownerReferences;
        this.rest.commit(d.t, { ...d.obj, metadata: meta }, d.obj);
      }
      this.removeFinalizer(t, obj, 'orphan');
      return;
    }
    if (finalizers.includes('foregroundDeletion')) {
      for (const d of dependents) if (!d.obj.metadata.deletionTimestamp) this.tryDelete(d.t, d.obj, 'Foreground');
      const blocking = dependents.filter((d) => {
        const still = this.store.get(resourceKey(d.t.group, d.t.plural), d.obj.metadata.namespace, d.obj.metadata.name!);
        return still && (still.metadata.ownerReferences ?? []).some((r) => r.uid === obj.metadata.uid && r.blockOwnerDeletion === true);
      });
      if (blocking.length === 0) this.removeFinalizer(t, obj, 'foregroundDeletion');
    }
  }

  /** Background collection: an object whose owners are all gone is deleted; dangling references are dropped. */
  private collectIfOrphaned(t: ResourceType, obj: KubeObject, byUid: Map<string, unknown>): void {
    const refs = obj.metadata.ownerReferences ?? [];
    if (!refs.length) return;
    const alive = refs.filter((r) => byUid.has(r.uid) && this.ownerStillExists(r.uid, byUid));
    if (alive.length === refs.length) return;
    if (alive.length === 0) {
      this.log.debug('garbage collecting object whose owners are gone', { kind: t.kind, namespace: obj.metadata.namespace, name: obj.metadata.name });
      this.tryDelete(t, obj, 'Background');
      return;
    }
    this.rest.commit(t, { ...obj, metadata: { ...obj.metadata, ownerReferences: alive } }, obj);
  }

  private ownerStillExists(uid: string, byUid: Map<string, unknown>): boolean {
    const entry = byUid.get(uid) as { t: ResourceType; obj: KubeObject } | undefined;
    return !!entry && !!this.store.get(resourceKey(entry.t.group, entry.t.plural), entry.obj.metadata.namespace, entry.obj.metadata.name!);
  }

  private tryDelete(t: ResourceType, obj: KubeObject, propagationPolicy: 'Background' | 'Foreground'): void {
    try {
      this.rest.delete(t, obj.metadata.namespace, obj.metadata.name!, { propagationPolicy, preconditions: { uid: obj.metadata.uid } }, INTERNAL);
    } catch (err) {
      if (!(err instanceof StatusError)) throw err;
    }
  }

  private removeFinalizer(t: ResourceType, obj: KubeObject, finalizer: string): void {
    const finalizers = (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    const meta: KubeObject['metadata'] = { ...obj.metadata, finalizers };
    if (!finalizers.length) delete meta.finalizers;
    const next = { ...obj, metadata: meta };
    if (!finalizers.length && obj.metadata.deletionTimestamp) this.rest.remove(t, next);
    else this.rest.commit(t, next, obj);
  }

  private reconcileNamespace(t: ResourceType, ns: KubeObject): void {
    const name = ns.metadata.name!;
    if (!ns.metadata.deletionTimestamp) {
      const sa = this.registry.find('', 'v1', 'serviceaccounts')!;
      if (!this.store.get(resourceKey('', 'serviceaccounts'), name, 'default')) {
        try {
          this.rest.create(sa, name, { metadata: { name: 'default' } }, { fieldManager: 'kube-controller-manager', dryRun: false, fieldValidation: 'Ignore', warnings: [] });
        } catch (err) {
          if (!(err instanceof StatusError)) throw err;
        }
      }
      return;
    }
    let remaining = 0;
    for (const rt of this.registry.all()) {
      if (!rt.namespaced || !rt.versions.includes(rt.version)) continue;
      for (const obj of this.store.list(resourceKey(rt.group, rt.plural), name)) {
        remaining++;
        if (!obj.metadata.deletionTimestamp) this.tryDelete(rt, obj, 'Background');
      }
    }
    if (remaining > 0) return;
    const spec = (ns.spec ?? {}) as { finalizers?: string[] };
    if (spec.finalizers?.length) {
      this.rest.commit(t, { ...ns, spec: { ...spec, finalizers: [] } }, ns);
      return;
    }
    if (!(ns.metadata.finalizers ?? []).length) this.rest.remove(t, ns);
  }

  private reconcileCrd(t: ResourceType, crd: KubeObject): void {
    const name = crd.metadata.name!;
    if (crd.metadata.deletionTimestamp) {
      const spec = crd.spec as { group: string; names: { plural: string } };
      const crt = this.registry.byKey(resourceKey(spec.group, spec.names.plural));
      const items = this.store.list(resourceKey(spec.group, spec.names.plural));
      if (crt) for (const item of items) if (!item.metadata.deletionTimestamp) this.tryDelete(crt, item, 'Background');
      if (items.length === 0 && (crd.metadata.finalizers ?? []).includes(CRD_CLEANUP)) {
        this.registry.setCrd(name, undefined);
        this.removeFinalizer(t, crd, CRD_CLEANUP);
      }
      return;
    }
    const status = (crd.status ?? {}) as { conditions?: { type: string; status: string }[] };
    const established = (status.conditions ?? []).some((c) => c.type === 'Established' && c.status === 'True');
    const hasFinalizer = (crd.metadata.finalizers ?? []).includes(CRD_CLEANUP);
    if (established && hasFinalizer) return;
    const spec = crd.spec as { names: Record<string, unknown>; versions: { name: string; storage?: boolean }[] };
    const now = this.rest.timestamp();
    const cond = (type: string, reason: string, message: string): object => ({ type, status: 'True', lastTransitionTime: now, reason, message });
    const next: KubeObject = {
      ...crd,
      metadata: { ...crd.metadata, finalizers: hasFinalizer ? crd.metadata.finalizers : [...(crd.metadata.finalizers ?? []), CRD_CLEANUP] },
      status: {
        conditions: [cond('NamesAccepted', 'NoConflicts', 'no conflicts found'), cond('Established', 'InitialNamesAccepted', 'the initial names have been accepted')],
        acceptedNames: { listKind: `${spec.names.kind}List`, singular: String(spec.names.kind).toLowerCase(), ...spec.names },
        storedVersions: spec.versions.filter((v) => v.storage).map((v) => v.name),
      },
    };
    this.registry.setCrd(name, next);
    this.rest.commit(t, next, crd);
  }
}
