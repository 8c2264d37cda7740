// Which resource types are served: the built-ins plus one per established CustomResourceDefinition.
import { builtinTypes } from './builtins.ts';
import { resourceKey, type CrdRuntime, type KubeObject, type PrinterColumn, type ResourceType } from './types.ts';

interface CrdVersion {
  name: string;
  served?: boolean;
  storage?: boolean;
  schema?: { openAPIV3Schema?: Record<string, unknown> };
  subresources?: { status?: object; scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string } };
  additionalPrinterColumns?: PrinterColumn[];
}

interface CrdSpec {
  group: string;
  names: { plural: string; singular?: string; kind: string; listKind?: string; shortNames?: string[]; categories?: string[] };
  scope: 'Namespaced' | 'Cluster';
  versions: CrdVersion[];
}

export class ApiRegistry {
  private readonly builtins: ResourceType[] = builtinTypes();
  private readonly custom = new Map<string, ResourceType>();
  /** Bumped on every change, so discovery documents can carry a hash. */
  generation = 0;

  all(): ResourceType[] {
    return [...this.builtins, ...this.custom.values()];
  }

  /** The type served at /apis/<group>/<version>/<plural>. */
  find(group: string, version: string, plural: string): ResourceType | undefined {
    return this.all().find((t) => t.group === group && t.plural === plural && t.versions.includes(version));
  }

  byKey(key: string): ResourceType | undefined {
    return this.all().find((t) => resourceKey(t.group, t.plural) === key);
  }

  byKind(group: string, kind: string): ResourceType | undefined {
    return this.all().find((t) => t.group === group && t.kind === kind);
  }

  /** Served group/versions, core first, in kube-apiserver's order (built-ins, then CRD groups by name). */
  groupVersions(): { group: string; versions: string[] }[] {
    const out: { group: string; versions: string[] }[] = [];
    for (const t of this.all()) {
      let g = out.find((x) => x.group === t.group);
      if (!g) out.push((g = { group: t.group, versions: [] }));
      for (const v of t.versions) if (!g.versions.includes(v)) g.versions.push(v);
    }
    return out;
  }

  /** Serves (or stops serving, when `crd` is undefined) the resource of a CRD. */
  setCrd(name: string, crd: KubeObject | undefined): void {
    this.generation++;
    if (!crd) {
      this.custom.delete(name);
      return;
    }
    const spec = crd.spec as CrdSpec;
    const served = spec.versions.filter((v) => v.served !== false);
    const storage = spec.versions.find((v) => v.storage) ?? spec.versions[0]!;
    const runtime: CrdRuntime = { name, schemas: new Map(), printerColumns: new Map() };
    for (const v of spec.versions) {
      runtime.schemas.set(v.name, v.schema?.openAPIV3Schema);
      runtime.printerColumns.set(v.name, v.additionalPrinterColumns ?? []);
    }
    const sub = storage.subresources ?? {};
    this.custom.set(name, {
      group: spec.group,
      version: storage.name,
      versions: served.map((v) => v.name),
      kind: spec.names.kind,
      listKind: spec.names.listKind ?? `${spec.names.kind}List`,
      plural: spec.names.plural,
      singular: spec.names.singular ?? spec.names.kind.toLowerCase(),
      namespaced: spec.scope !== 'Cluster',
      shortNames: spec.names.shortNames ?? [],
      categories: spec.names.categories ?? [],
      verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'],
      status: sub.status !== undefined,
      scale: sub.scale,
      generation: true,
      extraSubresources: [],
      crd: runtime,
    });
  }
}
