// What the reconciler observed, in the plain shape the pure decisions take. Built fresh on every reconcile
// from the API (pods, StatefulSets), the ring ConfigMap and each ingester's /ingester/status: nothing a
// restarted operator would need is kept in memory.
import type { ObservedCompactor } from './compaction-status.ts';

export type RingState = 'PENDING' | 'JOINING' | 'ACTIVE' | 'LEAVING';

export interface RingInstance {
  id: string;
  state: RingState;
  zone: string;
  tokens: number[];
  /** Last heartbeat, Unix ms. */
  heartbeatMs: number;
  /** Takes no writes (the WAL cannot write): the write path skips it. */
  readOnly?: boolean;
}

export interface IngesterStatus {
  state: RingState;
  headBytes: number;
  blocksPendingUpload: number;
  flushed: boolean;
  lastUploadError: string | null;
  uploadFailing: boolean;
  /**
   * GET /ingester/prepare-shutdown said "set": its next stop leaves the ring for good and deletes its tokens
   * file. Asked only of pods the operator asked to leave; undefined when not asked or no answer.
   */
  prepareShutdown?: boolean;
}

export interface ObservedPod {
  name: string;
  /** The StatefulSet (group) it belongs to. */
  group: string;
  ordinal: number;
  /** controller-revision-hash label. */
  revision: string;
  ready: boolean;
  /** Has a deletionTimestamp. */
  terminating: boolean;
  /** When the operator asked it to leave (annotation ingester-cluster.dev/leave-requested-at), Unix ms. */
  leaveRequestedAt?: number;
  /** Pod IP, when it has one. */
  ip?: string;
  /** The ingester's /ingester/status, or undefined when it did not answer. */
  status?: IngesterStatus;
}

export interface ObservedStatefulSet {
  name: string;
  /** spec.replicas as it is now in the API. */
  replicas: number;
  updateRevision: string;
  currentRevision: string;
  readyReplicas: number;
  /** status.observedGeneration === metadata.generation: the revisions above describe the current template. */
  upToDate: boolean;
}

export interface ObservedClaim {
  name: string;
  /**
   * When the operator saw its ingester report flushed and shrank the StatefulSet past it (annotation
   * ingester-cluster.dev/flushed-at), Unix ms: the only licence to delete the claim.
   */
  flushedAt?: number;
}

export interface Observed {
  statefulSets: Map<string, ObservedStatefulSet>;
  /** The compactor pods and their /compactor/status (compaction-status.ts); undefined when not observed. */
  compactor?: ObservedCompactor;
  pods: ObservedPod[];
  ring: RingInstance[];
  /** The data PVCs of the ingester groups (data-<set>-<ordinal>), listed when deleteOnScaleDown is set. */
  claims: ObservedClaim[];
  now: number;
}
