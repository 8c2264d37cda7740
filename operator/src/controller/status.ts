// The status an IngesterCluster reports, as a pure function of what was observed and the step decided.
// Conditions keep their lastTransitionTime unless their status flips, so `kubectl wait` and alerting see
// real transitions only.
import type { IngesterCluster, IngesterClusterStatus, IngesterClusterStatusConditionsItem as Condition } from '../gen/types.ts';
import { compactionStatus } from './compaction-status.ts';
import { durationMs, imageTag, ingesterGroups, isZoneAware, selectorFor, selectorString } from './layout.ts';
import type { Observed } from './observed.ts';
import { isHealthy, writeAvailability } from './ring-health.ts';
import type { Step } from './rollout.ts';

export type ConditionType = 'Available' | 'Progressing' | 'Degraded' | 'CompactionBehind';

/** Sets a condition in `conditions` (a new array), keeping lastTransitionTime when the status did not change. */
export function setCondition(conditions: Condition[], next: Omit<Condition, 'lastTransitionTime'>, nowIso: string): Condition[] {
  const previous = conditions.find((c) => c.type === next.type);
  const lastTransitionTime = previous && previous.status === next.status && previous.lastTransitionTime ? previous.lastTransitionTime : nowIso;
  return [...conditions.filter((c) => c.type !== next.type), { ...next, lastTransitionTime }];
}

const PROGRESS_REASONS_ROLLING = new Set(['RollingUpdate', 'WaitingForFlush', 'ReplaceLeft', 'FlushTimeout', 'WaitingForReady', 'RingUnhealthy']);

/** What the reconcile knows beyond the observation: whether it acted, was paused, or failed. */
export interface StatusContext {
  /** The step was performed (a write happened): progress. */
  acted?: boolean;
  /** spec.paused: nothing was changed. */
  paused?: boolean;
  /** Why the reconcile failed (the API server's message), when it did. */
  reconcileError?: string;
}

export function computeStatus(cluster: IngesterCluster, observed: Observed, step: Step, context: StatusContext = {}): IngesterClusterStatus {
  const spec = cluster.spec;
  const name = cluster.metadata?.name ?? '';
  const now = observed.now;
  const nowIso = new Date(now).toISOString();
  const timeoutMs = durationMs(spec.ring.heartbeatTimeout);
  const rf = spec.replicationFactor;
  const quorum = Math.floor(rf / 2) + 1;
  const groups = ingesterGroups(cluster);
  const wantedPods = observed.pods.filter((p) => groups.some((g) => g.name === p.group && p.ordinal < g.replicas));

  const ring = { pending: 0, joining: 0, active: 0, leaving: 0, unhealthy: 0, total: observed.ring.length };
  for (const instance of observed.ring) {
    if (!isHealthy(instance, now, timeoutMs)) ring.unhealthy++;
    else ring[instance.state.toLowerCase() as 'pending' | 'joining' | 'active' | 'leaving']++;
  }
  const writes = writeAvailability(observed.ring, rf, isZoneAware(cluster), now, timeoutMs);
  const updateRevisions = groups.map((g) => observed.statefulSets.get(g.name)?.updateRevision ?? '');
  const currentRevisions = groups.map((g) => observed.statefulSets.get(g.name)?.currentRevision ?? '');
  const readyReplicas = wantedPods.filter((p) => p.ready && !p.terminating).length;
  const updatedReplicas = wantedPods.filter((p) => p.revision === observed.statefulSets.get(p.group)?.updateRevision).length;

  let conditions = cluster.status?.conditions ?? [];
  const generation = cluster.metadata?.generation;

  // Available: a write to any token range reaches a quorum, picking replicas exactly as the distributors do.
  const available = ring.active > 0 && writes.ok;
  conditions = setCondition(conditions, available
    ? { type: 'Available', status: 'True', reason: 'QuorumAvailable', message: `every token range has at least ${quorum} of ${rf} replicas healthy and ACTIVE`, observedGeneration: generation }
    : { type: 'Available', status: 'False', reason: ring.active === 0 ? 'NoActiveIngesters' : 'RingUnhealthy', message: ring.active === 0 ? 'no ingester is ACTIVE in the ring yet' : `writes to some token ranges cannot reach ${quorum} of ${rf} replicas: ${writes.reason}`, observedGeneration: generation }, nowIso);

  const done = step.action === 'done';
  const progress = lastProgress(cluster, { done, readyReplicas, updatedReplicas, active: ring.active }, context, now);
  const deadlineSeconds = spec.rollout.progressDeadlineSeconds ?? 600;
  let progressing: Omit<Condition, 'lastTransitionTime'>;
  if (context.paused) {
    progressing = { type: 'Progressing', status: 'False', reason: 'Paused', message: `spec.paused is true: the operator changes nothing (the next step would be: ${step.message})` };
  } else if (done) {
    progressing = { type: 'Progressing', status: 'False', reason: 'UpToDate', message: step.message };
  } else if (now - progress > deadlineSeconds * 1000) {
    // As the Deployment controller (pkg/controller/deployment/progress.go syncRolloutStatus, with
    // util/deployment_util.go DeploymentTimedOut: lastUpdateTime + progressDeadlineSeconds before now): once no
    // progress was made for the deadline, Progressing turns False with reason ProgressDeadlineExceeded. The
    // rollout itself goes on (the operator never gives up on a flush), and progress flips it back.
    progressing = { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `no progress for more than ${deadlineSeconds}s (since ${new Date(progress).toISOString()}): ${step.message}` };
  } else {
    progressing = { type: 'Progressing', status: 'True', reason: step.reason, message: step.message };
  }
  conditions = setCondition(conditions, { ...progressing, observedGeneration: generation }, nowIso);

  const failing = wantedPods.filter((p) => p.status?.uploadFailing);
  const unhealthyIds = observed.ring.filter((i) => !isHealthy(i, now, timeoutMs)).map((i) => i.id);
  let degraded: Omit<Condition, 'lastTransitionTime'>;
  if (context.reconcileError) {
    degraded = { type: 'Degraded', status: 'True', reason: 'ReconcileFailed', message: context.reconcileError };
  } else if (failing.length > 0) {
    degraded = { type: 'Degraded', status: 'True', reason: 'UploadFailing', message: `block uploads are failing on ${failing.map((p) => `${p.name} (${p.status?.lastUploadError ?? 'unknown error'})`).join(', ')}` };
  } else if (step.reason === 'FlushTimeout') {
    degraded = { type: 'Degraded', status: 'True', reason: 'FlushTimeout', message: step.message };
  } else if (unhealthyIds.length > 0) {
    degraded = { type: 'Degraded', status: 'True', reason: 'RingUnhealthy', message: `instances without a heartbeat for over ${spec.ring.heartbeatTimeout}: ${unhealthyIds.join(', ')}` };
  } else {
    degraded = { type: 'Degraded', status: 'False', reason: 'AsExpected', message: 'uploads succeed and every ring instance heartbeats' };
  }
  conditions = setCondition(conditions, { ...degraded, observedGeneration: generation }, nowIso);
  const compaction = compactionStatus(cluster, observed.compactor, now);
  conditions = setCondition(conditions, { ...compaction.condition, observedGeneration: generation }, nowIso);
  conditions.sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));

  let phase: string;
  if (degraded.status === 'True') phase = 'Degraded';
  else if (ring.active === 0) phase = 'Pending';
  else if (step.reason === 'ScaleUp' || step.reason === 'ScaleDown' || step.reason === 'DeleteClaim') phase = 'Scaling';
  else if (!done && PROGRESS_REASONS_ROLLING.has(step.reason)) phase = 'RollingUpdate';
  else phase = 'Running';

  return {
    observedGeneration: generation,
    phase,
    version: imageTag(spec.image),
    replicas: wantedPods.length,
    readyReplicas,
    updatedReplicas,
    readySummary: `${readyReplicas}/${spec.replicas}`,
    ringSummary: `${ring.active}/${ring.total}`,
    selector: selectorString(selectorFor(name, 'ingester')),
    currentRevision: currentRevisions.join(','),
    updateRevision: updateRevisions.join(','),
    ring,
    rollout: { action: step.action, target: step.target, reason: step.reason, lastProgressTime: new Date(progress).toISOString() },
    compactor: compaction.status,
    conditions,
  };
}

const ORDER = ['Available', 'Progressing', 'Degraded', 'CompactionBehind'];

/**
 * When the rollout last made progress, Unix ms. Progress is what the Deployment controller counts
 * (deployment_util.go DeploymentProgressing: updated, ready or available counts moving): here a step
 * performed, or the updated/ready/ACTIVE counts changing; a rollout starting (or a pause ending) starts the
 * clock, as a new ReplicaSet or a resume does for a Deployment. Kept in status.rollout.lastProgressTime so a restarted operator measures from the same point.
 */
function lastProgress(
  cluster: IngesterCluster, next: { done: boolean; readyReplicas: number; updatedReplicas: number; active: number }, context: StatusContext, now: number,
): number {
  const previous = cluster.status;
  const since = Date.parse(previous?.rollout?.lastProgressTime ?? '');
  const wasPaused = previous?.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'Paused') ?? false;
  const wasDone = previous?.rollout?.action === 'done';
  const moved = previous?.readyReplicas !== next.readyReplicas || previous?.updatedReplicas !== next.updatedReplicas || previous?.ring?.active !== next.active;
  const progressed = Number.isNaN(since) || context.acted === true || moved || wasDone !== next.done || wasPaused !== (context.paused === true);
  return progressed ? now : since;
}
