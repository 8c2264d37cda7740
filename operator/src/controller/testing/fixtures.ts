// Builders with overrides for the decision tables.
import type { IngesterCluster, IngesterClusterSpec } from '../../gen/types.ts';
import { withDefaults } from '../defaults.ts';
import type { IngesterStatus, Observed, ObservedClaim, ObservedPod, RingInstance, RingState } from '../observed.ts';
import { tokensForOrdinal } from '../tokens.ts';

type DeepPartial<T> = { [K in keyof T]?: NonNullable<T[K]> extends unknown[] ? T[K] : NonNullable<T[K]> extends object ? DeepPartial<NonNullable<T[K]>> : T[K] };
export type { DeepPartial };

export function aCluster(spec: DeepPartial<IngesterClusterSpec> = {}, name = 'demo'): IngesterCluster {
  return withDefaults({
    apiVersion: 'ingester-cluster.dev/v1alpha1',
    kind: 'IngesterCluster',
    metadata: { name, namespace: 'profiles', uid: 'uid-1', generation: 1 },
    spec: { image: 'ingester-cluster/ingester:1.0.0', ...spec } as IngesterClusterSpec,
  });
}

export const NOW = 1_700_000_000_000;
export const MIN = 60_000;

export interface PodSpec {
  revision?: string;
  ready?: boolean;
  terminating?: boolean;
  state?: RingState | 'absent';
  heartbeatAgoMs?: number;
  status?: Partial<IngesterStatus> | 'unreachable';
  pod?: 'absent';
  leaveRequestedAgoMs?: number;
  zone?: string;
}

/** Builds the observed state of a cluster: `pods` maps ordinal → how that ingester looks. */
export function observe(
  pods: Record<string, PodSpec>,
  options: { sts?: Record<string, { replicas: number; updateRevision?: string }>; extraRing?: RingInstance[]; claims?: ObservedClaim[] } = {},
): Observed {
  const statefulSets = new Map(Object.entries(options.sts ?? { 'demo-ingester': { replicas: Object.keys(pods).length } }).map(([name, s]) => [
    name,
    { name, replicas: s.replicas, updateRevision: s.updateRevision ?? 'r2', currentRevision: 'r1', readyReplicas: 0, upToDate: true },
  ]));
  const observedPods: ObservedPod[] = [];
  const ring: RingInstance[] = [...(options.extraRing ?? [])];
  let index = 0;
  for (const [name, p] of Object.entries(pods)) {
    const group = name.replace(/-\d+$/, '');
    const ordinal = Number(name.slice(group.length + 1));
    const state = p.state ?? 'ACTIVE';
    if (p.pod !== 'absent') {
      observedPods.push({
        name, group, ordinal,
        revision: p.revision ?? 'r2',
        ready: p.ready ?? state === 'ACTIVE',
        terminating: p.terminating ?? false,
        leaveRequestedAt: p.leaveRequestedAgoMs === undefined ? undefined : NOW - p.leaveRequestedAgoMs,
        status: p.status === 'unreachable' || state === 'absent' ? undefined : {
          state, headBytes: 1000, blocksPendingUpload: 0, flushed: false, lastUploadError: null, uploadFailing: false, ...p.status,
        },
      });
    }
    if (state !== 'absent') ring.push({ id: name, state, zone: p.zone ?? '', tokens: tokensForOrdinal(index, 16), heartbeatMs: NOW - (p.heartbeatAgoMs ?? 1000) });
    index++;
  }
  return { statefulSets, pods: observedPods, ring, claims: options.claims ?? [], now: NOW };
}

export const pods3 = (overrides: Record<number, PodSpec> = {}, base: PodSpec = {}): Record<string, PodSpec> =>
  Object.fromEntries([0, 1, 2].map((i) => [`demo-ingester-${i}`, { ...base, ...overrides[i] }]));

