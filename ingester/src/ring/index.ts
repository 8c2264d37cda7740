// The ring's public surface, for the ingester, distributor, querier, server wiring and the operator.
export * from './model.ts';
export * from './tokens.ts';
export * from './series-token.ts';
export * from './replication.ts';
export * from './ring.ts';
export * from './lifecycler.ts';
export * from './config.ts';
export * from './http.ts';
export type { RingStore, RingUpdate, Unsubscribe, BackoffOptions } from './kv/store.ts';
export { CasConflictError, retryOnConflict } from './kv/store.ts';
export { MemoryRingStore } from './kv/memory.ts';
export { FileRingStore } from './kv/file.ts';
export { ConfigMapRingStore, RING_DATA_KEY, RING_LABEL, INSTANCE_LABEL } from './kv/configmap.ts';
export { createRingStore, loadKubeConfig, resolveNamespace } from './kv/factory.ts';
