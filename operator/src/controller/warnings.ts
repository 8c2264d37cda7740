// Which Warning Events a reconcile should emit, as a pure function of the status stored before it and the one
// it computed: one Event when a wait that matters begins (a flush past its timeout, a rollout or scale-down
// held back) or a failure appears or changes, never one per reconcile while it goes on. Comparing with the
// stored status, not with memory, keeps this right across operator restarts and leader changes.
import type { IngesterClusterStatus } from '../gen/types.ts';
import type { Step } from './rollout.ts';

export interface Warning {
  reason: string;
  message: string;
}

/** Step reasons that mean the rollout is held back by something an operator should look at. */
const WARNING_STEPS = new Set(['FlushTimeout', 'RingUnhealthy', 'ScaleDownBlocked']);

export function warningsFor(previous: IngesterClusterStatus | undefined, next: IngesterClusterStatus, step: Step): Warning[] {
  const warnings: Warning[] = [];
  // One Event per reason; two causes with the same reason (the rollout held back by an unhealthy ring, and
  // the ring's own Degraded condition) share it.
  const add = (reason: string, message: string) => {
    const same = warnings.find((w) => w.reason === reason);
    if (!same) warnings.push({ reason, message });
    else if (!same.message.includes(message)) same.message += `; ${message}`;
  };
  const condition = (status: IngesterClusterStatus | undefined, type: string) => status?.conditions?.find((c) => c.type === type);

  const degraded = condition(next, 'Degraded');
  const wasDegraded = condition(previous, 'Degraded');
  if (degraded?.status === 'True' && (wasDegraded?.status !== 'True' || wasDegraded.reason !== degraded.reason || (degraded.reason === 'ReconcileFailed' && wasDegraded.message !== degraded.message))) {
    add(degraded.reason ?? 'Degraded', degraded.message ?? '');
  }
  const progressing = condition(next, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded' && condition(previous, 'Progressing')?.reason !== 'ProgressDeadlineExceeded') {
    add('ProgressDeadlineExceeded', progressing.message ?? '');
  }
  // The compactor falling behind: once when it starts (or its cause changes), not while it lasts.
  const behind = condition(next, 'CompactionBehind');
  const wasBehind = condition(previous, 'CompactionBehind');
  if (behind?.status === 'True' && (wasBehind?.status !== 'True' || wasBehind.reason !== behind.reason)) add('CompactionBehind', behind.message ?? '');
  if (WARNING_STEPS.has(step.reason) && (previous?.rollout?.reason !== step.reason || previous.rollout.target !== step.target)) {
    add(step.reason, step.message);
  }
  return warnings;
}
