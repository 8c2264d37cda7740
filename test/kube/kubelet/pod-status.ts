// The pod status the kubelet reports, computed from what it knows about each container. Pure: the
// kubelet keeps the runtime facts, this turns them into phase, conditions and containerStatuses, keeping
// a condition's lastTransitionTime while its status does not change.
import type { V1ContainerState, V1ContainerStatus, V1Pod, V1PodCondition, V1PodStatus } from '@kubernetes/client-node';
import { wireTime } from '../controllers/client.ts';

export type ContainerPhase =
  | { kind: 'waiting'; reason: string; message?: string }
  | { kind: 'running'; startedAt: number }
  | { kind: 'terminated'; exitCode: number; signal?: string; reason: string; message?: string; startedAt: number; finishedAt: number };

export interface ContainerFacts {
  name: string;
  image: string;
  state: ContainerPhase;
  lastTerminated?: Extract<ContainerPhase, { kind: 'terminated' }>;
  restartCount: number;
  ready: boolean;
  /** The startup probe passed (or there is none) while running. */
  started: boolean;
  containerID?: string;
}

export interface PodFacts {
  podIP?: string;
  hostIP: string;
  startTime: number;
  containers: ContainerFacts[];
  /** Init containers, in order; each must exit 0 before the next (and the containers) start. */
  initContainers?: ContainerFacts[];
  /** A pod-level problem that keeps every container from starting (CreateContainerConfigError). */
  configError?: { reason: string; message: string };
}

export function containerState(phase: ContainerPhase): V1ContainerState {
  switch (phase.kind) {
    case 'waiting':
      return { waiting: { reason: phase.reason, ...(phase.message ? { message: phase.message } : {}) } };
    case 'running':
      return { running: { startedAt: wireTime(phase.startedAt) } };
    case 'terminated':
      return {
        terminated: {
          exitCode: phase.exitCode,
          reason: phase.reason,
          ...(phase.signal ? { signal: signalNumber(phase.signal) } : {}),
          ...(phase.message ? { message: phase.message } : {}),
          startedAt: wireTime(phase.startedAt),
          finishedAt: wireTime(phase.finishedAt),
        },
      };
  }
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGTERM: 15 };
function signalNumber(signal: string): number {
  return SIGNALS[signal] ?? 0;
}

export function podPhase(restartPolicy: string, containers: ContainerFacts[], configError: boolean): string {
  if (containers.length === 0) return 'Pending';
  const everRan = containers.some((c) => c.state.kind !== 'waiting' || c.restartCount > 0 || c.lastTerminated);
  if (configError && !everRan) return 'Pending';
  if (containers.some((c) => c.state.kind === 'running')) return 'Running';
  const allTerminated = containers.every((c) => c.state.kind === 'terminated');
  if (allTerminated) {
    const allSucceeded = containers.every((c) => c.state.kind === 'terminated' && c.state.exitCode === 0);
    if (allSucceeded && restartPolicy !== 'Always') return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
  }
  // Waiting to (re)start: Pending before the first start, Running afterwards (CrashLoopBackOff pods are Running).
  return everRan ? 'Running' : 'Pending';
}

function condition(type: string, ok: boolean, previous: V1PodCondition[] | undefined, now: number, reason?: string, message?: string): V1PodCondition {
  const status = ok ? 'True' : 'False';
  const before = previous?.find((c) => c.type === type);
  const lastTransitionTime = before && before.status === status && before.lastTransitionTime ? before.lastTransitionTime : wireTime(now);
  return {
    type,
    status,
    lastTransitionTime,
    ...(!ok && reason ? { reason } : {}),
    ...(!ok && message ? { message } : {}),
  };
}

export function buildPodStatus(pod: V1Pod, facts: PodFacts, now: number): V1PodStatus {
  const previous = pod.status?.conditions;
  const restartPolicy = pod.spec?.restartPolicy ?? 'Always';
  const inits = facts.initContainers ?? [];
  const incomplete = inits.filter((c) => !(c.state.kind === 'terminated' && c.state.exitCode === 0)).map((c) => c.name);
  const initialized = incomplete.length === 0;
  const initFailed = restartPolicy === 'Never' && inits.some((c) => c.state.kind === 'terminated' && c.state.exitCode !== 0);
  const phase = initFailed ? 'Failed' : initialized ? podPhase(restartPolicy, facts.containers, facts.configError !== undefined) : 'Pending';
  const unready = facts.containers.filter((c) => !c.ready).map((c) => c.name);
  const allReady = unready.length === 0 && facts.containers.length > 0 && phase === 'Running';
  const notReadyMessage = `containers with unready status: [${unready.join(' ')}]`;
  const terminalReason = phase === 'Succeeded' || phase === 'Failed' ? 'PodCompleted' : 'ContainersNotReady';
  const conditions: V1PodCondition[] = [
    condition('PodReadyToStartContainers', facts.podIP !== undefined, previous, now),
    condition('Initialized', initialized, previous, now, 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.join(' ')}]`),
    condition('Ready', allReady, previous, now, terminalReason, terminalReason === 'PodCompleted' ? undefined : notReadyMessage),
    condition('ContainersReady', allReady, previous, now, terminalReason, terminalReason === 'PodCompleted' ? undefined : notReadyMessage),
    condition('PodScheduled', true, previous, now),
  ];
  const toStatus = (c: ContainerFacts): V1ContainerStatus => ({
    name: c.name,
    image: c.image,
    imageID: c.image,
    ...(c.containerID ? { containerID: c.containerID } : {}),
    ready: c.ready,
    started: c.state.kind === 'running' && c.started,
    restartCount: c.restartCount,
    state: containerState(c.state),
    lastState: c.lastTerminated ? containerState(c.lastTerminated) : {},
  });
  const containerStatuses = facts.containers.map(toStatus);
  return {
    phase,
    conditions,
    hostIP: facts.hostIP,
    hostIPs: [{ ip: facts.hostIP }],
    ...(facts.podIP ? { podIP: facts.podIP, podIPs: [{ ip: facts.podIP }] } : {}),
    startTime: wireTime(facts.startTime),
    ...(inits.length ? { initContainerStatuses: inits.map(toStatus) } : {}),
    containerStatuses,
    qosClass: 'BestEffort',
  };
}

/** Whether two statuses differ in anything the kubelet reports (ignores field order). */
export function statusChanged(current: V1PodStatus | undefined, next: V1PodStatus): boolean {
  return canonical(current ?? {}) !== canonical(next);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}
