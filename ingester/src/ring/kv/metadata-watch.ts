// A watch that is sent objects' metadata only, not their data: what lets 1,000 ring watchers follow an
// 840 KB ConfigMap for a few KB each per change (ring-change.ts carries the change in an annotation).
//
// kube-apiserver converts each watch event to a meta.k8s.io/v1 Table when the client accepts one, with the
// object in each row as a PartialObjectMetadata unless `includeObject` says otherwise
// (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/response.go transformObject → asTable, default
// includeObject=Metadata; `kubectl get -w` watches this way). A ConfigMap's Table has three cells (name,
// data count, age), so the event is about the size of the metadata. A server that cannot answer a Table
// would answer the plain object: `eventMetadata` reads every shape, so the store still works, only dearer.
import * as k8s from '@kubernetes/client-node';

export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io, application/json';

/** A Watch whose requests accept a Table of metadata (client-node's Watch has no header option). */
export function metadataWatch(kc: k8s.KubeConfig): k8s.Watch {
  const tableConfig = {
    getCurrentCluster: () => kc.getCurrentCluster(),
    applyToFetchOptions: (opts: { headers?: Record<string, string> }) => kc.applyToFetchOptions({ ...opts, headers: { ...opts.headers, Accept: TABLE_ACCEPT } }),
  };
  return new k8s.Watch(tableConfig as unknown as k8s.KubeConfig);
}

interface TableLike {
  kind?: string;
  metadata?: k8s.V1ListMeta;
  rows?: Array<{ object?: { metadata?: k8s.V1ObjectMeta } }>;
}

/**
 * The object's metadata in a watch event: the first row's object of a Table, a PartialObjectMetadata's or a
 * plain object's own; for a BOOKMARK only its resourceVersion matters (a Table's list metadata carries it).
 */
export function eventMetadata(obj: unknown): k8s.V1ObjectMeta | undefined {
  const o = obj as TableLike & { metadata?: k8s.V1ObjectMeta };
  if (o?.kind === 'Table') return o.rows?.[0]?.object?.metadata ?? (o.metadata ? { resourceVersion: o.metadata.resourceVersion } : undefined);
  return o?.metadata;
}
