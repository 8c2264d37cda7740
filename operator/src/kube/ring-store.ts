// Opens the ring store of one cluster: the ring's own ConfigMap store (ingester/src/ring/kv/configmap.ts),
// shared with the ingesters so both sides read and write the same format. Heartbeats live in Leases that
// the store re-lists every half heartbeat timeout, which is how fresh the operator's view of health is.
import type { KubeConfig } from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import { ConfigMapRingStore } from '../../../ingester/src/ring/kv/configmap.ts';
import type { RingStore } from '../../../ingester/src/ring/kv/store.ts';
import type { Logger } from '../../../ingester/src/util/log.ts';

export function openRingStore(kubeConfig: KubeConfig, namespace: string, name: string, heartbeatTimeoutMs: number, log: Logger): RingStore {
  return new ConfigMapRingStore({
    kubeConfig,
    namespace,
    name,
    heartbeatRefreshMs: Math.max(1000, Math.floor(heartbeatTimeoutMs / 2)),
    logger: log,
    // One store per cluster: their metrics are not exported, so each gets its own registry (no name clashes).
    registry: new Registry(),
  });
}
