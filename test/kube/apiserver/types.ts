// The shapes the server moves around: stored objects and the description of each resource type.

export interface OwnerReference { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean; blockOwnerDeletion?: boolean }

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: OwnerReference[];
  managedFields?: ManagedFieldsEntry[];
  [key: string]: unknown;
}

export interface ManagedFieldsEntry { manager: string; operation: 'Apply' | 'Update'; apiVersion: string; time: string; fieldsType: 'FieldsV1'; fieldsV1: Record<string, unknown>; subresource?: string }

/** A Kubernetes object as JSON. Stored objects are never mutated in place: writers replace them. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

export interface ScaleSpec { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string }

export interface PrinterColumn { name: string; type: string; format?: string; description?: string; priority?: number; jsonPath: string }

/** A served resource: its names, scope, subresources, and how it behaves. */
export interface ResourceType {
  group: string;
  version: string;
  /** Other served versions (CRDs); objects are stored once, in `version`. */
  versions: string[];
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  /** `status` is a subresource: the main endpoint ignores status changes and /status ignores the rest. */
  status: boolean;
  scale?: ScaleSpec;
  /** metadata.generation is set and bumped when the spec (anything but metadata and status) changes. */
  generation: boolean;
  /** Other subresources served for this type (eviction, token, finalize). */
  extraSubresources: string[];
  /** Set for custom resources. */
  crd?: CrdRuntime;
  /** Served from another type's storage through a conversion (events.k8s.io/v1 Events). */
  storedAs?: StorageView;
}

export interface StorageView {
  /** Storage key of the type whose objects are served. */
  key: string;
  toStorage(o: KubeObject): KubeObject;
  fromStorage(o: KubeObject): KubeObject;
  /** A field selector on this type's fields, rewritten onto the stored type's fields. */
  storageFieldSelector(selector: string | null): string | null;
}

/** What the server keeps of a CustomResourceDefinition to serve its objects. */
export interface CrdRuntime {
  name: string;
  /** The openAPIV3Schema of each served version. */
  schemas: Map<string, Record<string, unknown> | undefined>;
  printerColumns: Map<string, PrinterColumn[]>;
}

export const apiVersionOf = (t: Pick<ResourceType, 'group' | 'version'>): string => (t.group ? `${t.group}/${t.version}` : t.version);

/** The storage key of a resource type: versions share storage. */
export const resourceKey = (group: string, plural: string): string => `${group}/${plural}`;
