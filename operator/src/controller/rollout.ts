// The next rollout step, as a pure function of (spec, observed state, now). The reconciler performs the step
// and calls this again on the next reconcile; because every input is observed (pod revisions, ring states,
// the ingesters' own status), a restarted operator picks up exactly where the previous one stopped.
//
// Order of business, first match wins:
//   1. forget ring instances UNHEALTHY past spec.ring.autoForgetAfter with no live pod behind them;
//   2. finish any LEAVING ingester of a wanted ordinal: wait for its flush, then delete its pod;
//   3. scale down, highest ordinal first: leave (+ prepare-shutdown) → wait for flush → shrink the StatefulSet
//      → forget its ring entry → (optionally) delete its volume claim;
//   4. scale up: grow the StatefulSet (the new ordinals' tokens are pre-registered in the ring by the reconciler);
//   5. roll outdated pods: highest ordinal first, maxUnavailable at a time (or one zone at a time when
//      zone-aware), never while a token range has fewer healthy ACTIVE replicas than RF allows;
//   6. done.
import type { IngesterCluster } from '../gen/types.ts';
import { durationMs, ingesterGroups, isZoneAware, type IngesterGroup } from './layout.ts';
import type { Observed, ObservedPod, RingInstance } from './observed.ts';
import { isHealthy, rangeHealth } from './ring-health.ts';

export type StepAction = 'wait' | 'leave' | 'delete-pod' | 'forget' | 'scale-statefulset' | 'delete-pvc' | 'unmark-claim' | 'cancel-shutdown' | 'done';

/** Why a step is taken or the rollout waits (CamelCase: they become condition reasons and Event reasons). */
export type StepReason =
  | 'ForgetUnhealthy'
  | 'WaitingForFlush'
  | 'FlushTimeout'
  | 'ReplaceLeft'
  | 'ScaleDown'
  | 'ScaleDownBlocked'
  | 'ScaleDownCancelled'
  | 'ScaleUp'
  | 'DeleteClaim'
  | 'RollingUpdate'
  | 'WaitingForReady'
  | 'RingUnhealthy'
  | 'WaitingForStatefulSet'
  | 'UpToDate';

export interface Step {
  action: StepAction;
  /** Pod, ring instance, StatefulSet or claim name; '' for done. */
  target: string;
  reason: StepReason;
  message: string;
  /** For scale-statefulset: the new replica count. For leave: whether this is for good (scale-down). */
  replicas?: number;
  forGood?: boolean;
}

const byOrdinalDescending = (a: ObservedPod, b: ObservedPod): number => b.ordinal - a.ordinal;

/** A pod is in service when it is Ready, not terminating, and its ring instance is healthy and ACTIVE. */
function inService(pod: ObservedPod, ring: Map<string, RingInstance>, now: number, timeoutMs: number): boolean {
  const instance = ring.get(pod.name);
  return pod.ready && !pod.terminating && instance !== undefined && instance.state === 'ACTIVE' && isHealthy(instance, now, timeoutMs);
}

export function nextStep(cluster: IngesterCluster, observed: Observed): Step {
  const spec = cluster.spec;
  const now = observed.now;
  const timeoutMs = durationMs(spec.ring.heartbeatTimeout);
  const forgetAfterMs = durationMs(spec.ring.autoForgetAfter);
  const flushTimeoutMs = durationMs(spec.rollout.flushTimeout);
  const zoneAware = isZoneAware(cluster);
  const groups = ingesterGroups(cluster);
  const ring = new Map(observed.ring.map((i) => [i.id, i]));
  const podsByName = new Map(observed.pods.map((p) => [p.name, p]));
  const wanted = (pod: ObservedPod): boolean => {
    const group = groups.find((g) => g.name === pod.group);
    return group !== undefined && pod.ordinal < group.replicas;
  };
  /** Not wanted any more, but still inside its StatefulSet: on its way out through the scale-down steps. */
  const beingScaledDown = (id: string): boolean => {
    const owner = groupOfInstance(id, groups);
    const sts = owner && observed.statefulSets.get(owner.group.name);
    return owner !== undefined && sts !== undefined && owner.ordinal >= owner.group.replicas && owner.ordinal < sts.replicas;
  };

  // 1. Forget the dead: UNHEALTHY for longer than the limit, and no live (Ready, not terminating) pod behind it.
  if (forgetAfterMs > 0) {
    for (const instance of observed.ring) {
      const pod = podsByName.get(instance.id);
      const deadFor = now - instance.heartbeatMs - timeoutMs;
      // An entry the operator pre-registered (PENDING) for a pod that is still starting is not dead: its
      // ingester has not had the chance to heartbeat yet.
      const starting = pod !== undefined && !pod.terminating && instance.state === 'PENDING';
      // An ordinal being scaled down keeps its entry until it removes it itself (after uploading): that
      // absence is what licenses the shrink, so the operator must never be the one that removed it.
      if (beingScaledDown(instance.id)) continue;
      if (deadFor >= forgetAfterMs && (!pod || !pod.ready || pod.terminating) && !starting) {
        return { action: 'forget', target: instance.id, reason: 'ForgetUnhealthy', message: `instance ${instance.id} has been unhealthy for ${Math.round((now - instance.heartbeatMs) / 1000)}s with no live pod; forgetting it` };
      }
    }
  }

  // 1b. A scale-down cancelled (the ordinal is wanted again) after its ingester was prepared for shutdown:
  //     undo the preparation before anything stops it, or its next stop would leave the ring for good and
  //     delete its tokens file. rollout-operator does the same: pkg/controller cancelDelayedDownscaleIfConfigured
  //     sends DELETE to the prepare endpoint of every pod 0..replicas-1 that is kept, and pkg/admission
  //     prep_downscale.go undoPrepareShutdownRequests un-prepares pods whose downscale did not go ahead.
  for (const pod of observed.pods) {
    if (wanted(pod) && pod.status?.prepareShutdown === true) {
      return { action: 'cancel-shutdown', target: pod.name, reason: 'ScaleDownCancelled', message: `${pod.name} is wanted again: undoing its prepare-shutdown so it keeps its tokens and ring entry when it restarts` };
    }
  }

  // 2. A LEAVING ingester of a wanted ordinal (asked to leave by us, possibly before a restart) is finished off
  //    once it has flushed. While one is still flushing, only the rolling update may start another (within
  //    maxUnavailable or its zone); every other step waits for it.
  //    Zone-aware, a zone is replaced together: a flushed ingester's pod is deleted only once none of its
  //    zone-mates is still to leave or flush (zoneMatePending), so the zone goes LEAVING → flushed → replaced
  //    as one step instead of trickling back one ingester at a time.
  const outdatedInService = (pod: ObservedPod): boolean =>
    inService(pod, ring, now, timeoutMs) && pod.revision !== observed.statefulSets.get(pod.group)?.updateRevision;
  const zoneMatePending = (pod: ObservedPod): boolean => zoneAware && observed.pods.some((mate) =>
    mate !== pod && mate.group === pod.group && wanted(mate) && !mate.terminating
    && (outdatedInService(mate) || (isLeaving(mate, ring) && !mate.status?.flushed)));
  let leavingWait: Step | undefined;
  for (const pod of [...observed.pods].sort(byOrdinalDescending)) {
    if (!wanted(pod) || pod.terminating || !isLeaving(pod, ring)) continue;
    if (pod.status?.flushed && !zoneMatePending(pod)) return { action: 'delete-pod', target: pod.name, reason: 'ReplaceLeft', message: `ingester ${pod.name} has flushed and uploaded its head${zoneAware ? ', as has the rest of its zone' : ''}; deleting the pod so it restarts with the update revision` };
    if (!pod.status?.flushed) leavingWait ??= waitForFlush(pod, observed, flushTimeoutMs);
  }

  // Pods being deleted: wait for them to go (the StatefulSet recreates wanted ordinals).
  const terminating = observed.pods.find((p) => p.terminating && wanted(p));

  // 3a. After a shrink: forget ring entries of ordinals that are no longer wanted, whose pods are gone.
  for (const instance of observed.ring) {
    const owner = groupOfInstance(instance.id, groups);
    if (!owner || owner.ordinal < owner.group.replicas) continue;
    const sts = observed.statefulSets.get(owner.group.name);
    if (podsByName.has(instance.id) || (sts && owner.ordinal < sts.replicas)) continue;
    return { action: 'forget', target: instance.id, reason: 'ScaleDown', message: `ingester ${instance.id} was scaled down and has left; removing it from the ring` };
  }

  for (const group of groups) {
    const sts = observed.statefulSets.get(group.name);
    if (!sts) return { action: 'wait', target: group.name, reason: 'WaitingForStatefulSet', message: `StatefulSet ${group.name} does not exist yet` };
    // 3. Scale down one ordinal at a time, highest first.
    if (sts.replicas > group.replicas && leavingWait) return leavingWait;
    if (sts.replicas > group.replicas) return scaleDownStep(cluster, group, sts.replicas, observed, ring, flushTimeoutMs);
  }

  // 3c. Volume claims of scaled-down ordinals, when asked to: only a claim the operator marked when it saw its
  //     ingester flushed (the mark is put on before the shrink), whose ordinal is past the StatefulSet, with no
  //     pod and no ring entry left. A claim without the mark may hold profiles never uploaded: it is kept.
  if (spec.persistence.deleteOnScaleDown) {
    for (const claim of observed.claims) {
      const id = claim.name.replace(/^data-/, '');
      const owner = groupOfInstance(id, groups);
      if (!owner || claim.flushedAt === undefined) continue;
      if (owner.ordinal < owner.group.replicas) {
        return { action: 'unmark-claim', target: claim.name, reason: 'ScaleUp', message: `${id} is wanted again: its volume claim ${claim.name} loses its flushed mark (its ingester writes to it again)` };
      }
      const sts = observed.statefulSets.get(owner.group.name);
      if (podsByName.has(id) || ring.has(id) || !sts || owner.ordinal < sts.replicas) continue;
      return { action: 'delete-pvc', target: claim.name, reason: 'DeleteClaim', message: `deleting the volume claim ${claim.name} of a scaled-down ingester (it reported flushed: its blocks are in the bucket)` };
    }
  }

  // 4. Scale up.
  for (const group of groups) {
    const sts = observed.statefulSets.get(group.name)!;
    if (sts.replicas < group.replicas && leavingWait) return leavingWait;
    if (sts.replicas < group.replicas) return { action: 'scale-statefulset', target: group.name, replicas: group.replicas, reason: 'ScaleUp', message: `scaling ${group.name} from ${sts.replicas} to ${group.replicas} ingesters` };
  }

  // 5. Rolling update.
  const step = rollingUpdateStep(cluster, groups, observed, ring, terminating, timeoutMs, zoneAware);
  return step.action === 'wait' && leavingWait ? leavingWait : step;
}

/**
 * Whether the pod's ingester is leaving. Its own status wins over the ring when it answers: a pod recreated
 * after leaving finds its entry still LEAVING until the new process takes it over (as ACTIVE, lifecycler.ts),
 * and that process, with an empty head not replayed yet, reports flushed — deleting it again would restart
 * every ingester twice (and a zone would trickle back one ingester at a time). Unreachable: the ring says.
 */
function isLeaving(pod: ObservedPod, ring: Map<string, RingInstance>): boolean {
  return pod.status ? pod.status.state === 'LEAVING' : ring.get(pod.name)?.state === 'LEAVING';
}

function waitForFlush(pod: ObservedPod, observed: Observed, flushTimeoutMs: number): Step {
  const status = pod.status;
  const detail = status ? `${status.headBytes} bytes in head, ${status.blocksPendingUpload} blocks pending upload${status.lastUploadError ? `, last upload error: ${status.lastUploadError}` : ''}` : 'status not reachable';
  // The flush timeout is not a licence to delete unflushed data: past it the step stays a wait, but the reason
  // changes so the cluster reports Degraded.
  const overdue = pod.leaveRequestedAt !== undefined && observed.now - pod.leaveRequestedAt > flushTimeoutMs;
  if (overdue) return { action: 'wait', target: pod.name, reason: 'FlushTimeout', message: `${pod.name} has not finished flushing within the flush timeout; still waiting, nothing is deleted before it is uploaded (${detail})` };
  return { action: 'wait', target: pod.name, reason: 'WaitingForFlush', message: `waiting for ${pod.name} to flush and upload (${detail})` };
}

function groupOfInstance(id: string, groups: IngesterGroup[]): { group: IngesterGroup; ordinal: number } | undefined {
  // Longest group name first, so "demo-ingester-a" wins over "demo-ingester" for "demo-ingester-a-1".
  for (const group of [...groups].sort((a, b) => b.name.length - a.name.length)) {
    if (!id.startsWith(group.name + '-')) continue;
    const rest = id.slice(group.name.length + 1);
    if (/^(0|[1-9]\d*)$/.test(rest)) return { group, ordinal: Number(rest) };
  }
  return undefined;
}

function scaleDownStep(
  cluster: IngesterCluster, group: IngesterGroup, current: number, observed: Observed, ring: Map<string, RingInstance>, flushTimeoutMs: number,
): Step {
  const ordinal = current - 1;
  const name = `${group.name}-${ordinal}`;
  const pod = observed.pods.find((p) => p.name === name);
  const instance = ring.get(name);
  const shrink = (why: string): Step => ({ action: 'scale-statefulset', target: group.name, replicas: ordinal, reason: 'ScaleDown', message: `ingester ${name} ${why}; shrinking ${group.name} to ${ordinal}` });
  // The StatefulSet shrinks past an ordinal only on proof that its data is in the bucket: the ingester said
  // so (flushed), or it removed its own ring entry after we asked it to leave — the lifecycler unregisters
  // only after a successful flush, and the operator never forgets an entry of an ordinal being scaled down.
  // Anything else (evicted mid-flush, crash-looping, gone) may leave acknowledged profiles on its volume only.
  if (pod?.status?.flushed) return shrink('reported flushed (head cut, every block uploaded)');
  if (pod && !instance && pod.leaveRequestedAt !== undefined) return shrink('left the ring by itself after uploading');
  const leaving = instance?.state === 'LEAVING' || pod?.status?.state === 'LEAVING';
  if (pod && !pod.terminating && leaving) return waitForFlush(pod, observed, flushTimeoutMs);
  if (!pod || pod.terminating || !pod.ready || !instance) {
    const podState = !pod ? 'its pod is gone (the StatefulSet recreates it)' : pod.terminating ? 'its pod is terminating' : pod.ready ? 'its pod is Ready' : 'its pod is not Ready';
    const ringState = instance ? `its ring entry is ${instance.state}` : 'it has no ring entry';
    return {
      action: 'wait', target: name, reason: 'ScaleDownBlocked',
      message: `not removing ${name}: it has not reported flushed, ${ringState} and ${podState}; its volume may hold profiles that are not in the bucket. Waiting for it to run, flush and upload`,
    };
  }
  const health = rangeHealth(observed.ring, cluster.spec.replicationFactor, isZoneAware(cluster), observed.now, durationMs(cluster.spec.ring.heartbeatTimeout));
  if (health.minHealthyActive < cluster.spec.replicationFactor && instance.state === 'ACTIVE') {
    return { action: 'wait', target: name, reason: 'RingUnhealthy', message: `not removing ${name}: some token ranges have only ${health.minHealthyActive} healthy ACTIVE replicas (${health.culprits.join(', ') || 'too few instances'})` };
  }
  return { action: 'leave', target: name, forGood: true, reason: 'ScaleDown', message: `scaling down: ${name} leaves the ring, flushes and uploads its head` };
}

function rollingUpdateStep(
  cluster: IngesterCluster, groups: IngesterGroup[], observed: Observed, ring: Map<string, RingInstance>, terminating: ObservedPod | undefined,
  timeoutMs: number, zoneAware: boolean,
): Step {
  const spec = cluster.spec;
  const now = observed.now;
  const wantedPods: ObservedPod[] = [];
  const outdated: ObservedPod[] = [];
  let missing = 0;
  for (const group of groups) {
    const sts = observed.statefulSets.get(group.name)!;
    if (!sts.upToDate) return { action: 'wait', target: group.name, reason: 'WaitingForStatefulSet', message: `waiting for the StatefulSet controller to observe ${group.name}` };
    const pods = observed.pods.filter((p) => p.group === group.name && p.ordinal < group.replicas);
    missing += group.replicas - pods.length;
    wantedPods.push(...pods);
    outdated.push(...pods.filter((p) => p.revision !== sts.updateRevision));
  }
  const out = wantedPods.filter((p) => !inService(p, ring, now, timeoutMs));
  if (outdated.length === 0) {
    if (terminating) return { action: 'wait', target: terminating.name, reason: 'WaitingForReady', message: `waiting for ${terminating.name} to terminate and come back` };
    if (missing > 0 || out.length > 0) {
      const first = out[0]?.name ?? `${missing} missing pod(s)`;
      return { action: 'wait', target: out[0]?.name ?? '', reason: 'WaitingForReady', message: `waiting for ${first} to be Ready and ACTIVE in the ring` };
    }
    return { action: 'done', target: '', reason: 'UpToDate', message: `all ${wantedPods.length} ingesters are up to date, Ready and ACTIVE` };
  }

  // How many may be out of service at once: maxUnavailable, or a whole zone when zone-aware.
  const zoneOf = (pod: ObservedPod): string => groups.find((g) => g.name === pod.group)?.zone ?? '';
  // Pods already leaving are being handled (step 2); everything else outdated may be taken next.
  let candidates = outdated.filter((p) => !isLeaving(p, ring));
  let budget = Math.max(1, spec.rollout.maxUnavailable);
  if (zoneAware) {
    const busyZones = new Set(out.map(zoneOf));
    if (busyZones.size > 1) return waitFor(out, 'more than one zone has ingesters out of service');
    if (candidates.length === 0) return waitFor(out, 'the outdated ingesters are still leaving');
    const zone = busyZones.size === 1 ? [...busyZones][0]! : zoneOf([...candidates].sort((a, b) => zoneIndex(groups, a) - zoneIndex(groups, b))[0]!);
    candidates = candidates.filter((p) => zoneOf(p) === zone);
    if (candidates.length === 0) return waitFor(out, `zone ${zone} is not back in service yet`);
    budget = Number.POSITIVE_INFINITY;
  }
  if (terminating || missing > 0) return { action: 'wait', target: terminating?.name ?? '', reason: 'WaitingForReady', message: `waiting for ${terminating?.name ?? 'missing pods'} to come back before the next step` };
  if (candidates.length === 0) return waitFor(out, 'the outdated ingesters are still leaving');
  // Outdated pods already out of service (crash-looping, never joined) go first: replacing them costs nothing.
  const target = [...candidates]
    .sort(byOrdinalDescending)
    .sort((a, b) => zoneIndex(groups, b) - zoneIndex(groups, a))
    .sort((a, b) => Number(inService(a, ring, now, timeoutMs)) - Number(inService(b, ring, now, timeoutMs)))[0]!;
  // Every ingester out of service counts against the budget, the target included when it is one of them:
  // an outdated pod that is only briefly out (a slow probe, a restart) would otherwise be deleted on top of
  // the one already leaving, and at RF=3 with 3 ingesters two out fails every write.
  const targetInService = inService(target, ring, now, timeoutMs);
  const outAfter = out.length + (targetInService ? 1 : 0);
  if (outAfter > budget) return waitFor(out, `${out.length} ingester(s) out of service, maxUnavailable is ${budget}`);
  if (!targetInService) {
    // Nothing is served from it, and its WAL stays on its claim for the replacement to replay.
    return { action: 'delete-pod', target: target.name, reason: 'RollingUpdate', message: `${target.name} is outdated and not in service; deleting it so it restarts with the update revision` };
  }

  // The ring must have full replication for every range, less the ingesters already out in this batch
  // (a zone, or up to maxUnavailable): RF - (out) healthy ACTIVE replicas is what the batch is allowed.
  const health = rangeHealth(observed.ring, spec.replicationFactor, zoneAware, now, timeoutMs);
  const allowedShortfall = zoneAware ? (out.length > 0 ? 1 : 0) : out.length;
  if (health.minHealthyActive < spec.replicationFactor - allowedShortfall) {
    return { action: 'wait', target: '', reason: 'RingUnhealthy', message: `waiting: some token ranges have only ${health.minHealthyActive} healthy ACTIVE replicas of ${spec.replicationFactor} (${health.culprits.join(', ') || 'too few instances'})` };
  }

  return { action: 'leave', target: target.name, forGood: false, reason: 'RollingUpdate', message: `rolling ${target.name}: it leaves the ring, flushes and uploads its head, then restarts with the update revision` };
}

function zoneIndex(groups: IngesterGroup[], pod: ObservedPod): number {
  return groups.find((g) => g.name === pod.group)?.zoneIndex ?? 0;
}

function waitFor(out: ObservedPod[], why: string): Step {
  return { action: 'wait', target: out[0]?.name ?? '', reason: 'WaitingForReady', message: `waiting for ${out.map((p) => p.name).join(', ') || 'pods'} to be Ready and ACTIVE (${why})` };
}
