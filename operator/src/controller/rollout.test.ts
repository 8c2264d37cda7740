import { expect } from 'chai';
import type { IngesterCluster } from '../gen/types.ts';
import type { Observed } from './observed.ts';
import { nextStep, type Step } from './rollout.ts';
import { tokensForOrdinal } from './tokens.ts';
import { aCluster, MIN, NOW, observe, pods3, type PodSpec } from './testing/fixtures.ts';

type Case = [sentence: string, cluster: IngesterCluster, observed: Observed, expected: Partial<Step>];
const c3 = aCluster();
const rf1 = aCluster({ replicas: 1, replicationFactor: 1 });
const outdated = { revision: 'r1' };

const cases: Case[] = [
  ['all ingesters up to date, Ready and ACTIVE: the rollout is done', c3, observe(pods3()), { action: 'done', reason: 'UpToDate' }],
  ['a pod template change rolls the highest ordinal first by asking it to leave', c3, observe(pods3({}, outdated)), { action: 'leave', target: 'demo-ingester-2', forGood: false, reason: 'RollingUpdate' }],
  ['a leaving ingester that has not flushed yet is waited for', c3, observe(pods3({ 2: { state: 'LEAVING' } }, outdated)), { action: 'wait', target: 'demo-ingester-2', reason: 'WaitingForFlush' }],
  ['a leaving ingester whose status is unreachable is waited for, never deleted', c3, observe(pods3({ 2: { state: 'LEAVING', status: 'unreachable' } }, outdated)), { action: 'wait', target: 'demo-ingester-2' }],
  ['a leaving ingester past the flush timeout is still waited for, with reason FlushTimeout', c3, observe(pods3({ 2: { state: 'LEAVING', leaveRequestedAgoMs: 6 * MIN } }, outdated)), { action: 'wait', reason: 'FlushTimeout' }],
  ['a leaving ingester that has flushed and uploaded everything gets its pod deleted', c3, observe(pods3({ 2: { state: 'LEAVING', status: { flushed: true } } }, outdated)), { action: 'delete-pod', target: 'demo-ingester-2', reason: 'ReplaceLeft' }],
  ['a deleted pod that is still terminating is waited for', c3, observe(pods3({ 2: { terminating: true, state: 'LEAVING', status: { flushed: true } } }, outdated)), { action: 'wait', reason: 'WaitingForReady' }],
  ['the replacement pod JOINING at the new revision holds the next ingester back (never two out at once)', c3, observe(pods3({ 2: { revision: 'r2', state: 'JOINING' } }, outdated)), { action: 'wait', target: 'demo-ingester-2', reason: 'WaitingForReady' }],
  ['the replacement Ready but still PENDING in the ring holds the next ingester back', c3, observe(pods3({ 2: { revision: 'r2', state: 'PENDING', ready: true } }, outdated)), { action: 'wait', reason: 'WaitingForReady' }],
  ['once the replacement is Ready and ACTIVE the next-highest ordinal leaves', c3, observe(pods3({ 2: { revision: 'r2' } }, outdated)), { action: 'leave', target: 'demo-ingester-1' }],
  ['a restarted operator finds ingester-1 LEAVING and flushed and deletes it (resumes from observed state)', c3, observe(pods3({ 1: { state: 'LEAVING', status: { flushed: true } }, 2: { revision: 'r2' } }, outdated)), { action: 'delete-pod', target: 'demo-ingester-1' }],
  // Found by test/operator/zone-rollout.test.ts: each pod was replaced twice. The recreated pod's ring entry
  // stays LEAVING until its new process takes it over, and that process reports flushed (an empty head) at once.
  ['a pod recreated after leaving is not deleted again while its new process has not taken over its LEAVING entry yet', c3, observe(pods3({ 2: { revision: 'r2', state: 'LEAVING', ready: false, status: { state: 'PENDING', flushed: true } } }, outdated)), { action: 'wait', target: 'demo-ingester-2', reason: 'WaitingForReady' }],
  ['a leaving ingester is finished even when the template was reverted meanwhile', c3, observe(pods3({ 1: { state: 'LEAVING', status: { flushed: true } } })), { action: 'delete-pod', target: 'demo-ingester-1' }],
  ['a missing pod of a wanted ordinal is waited for before the next step', c3, observe(pods3({ 2: { pod: 'absent', state: 'absent' } }, outdated)), { action: 'wait', reason: 'WaitingForReady' }],
  ['maxUnavailable 1: an outdated pod briefly out of service is not deleted while another ingester is already out (2 of 3 out would fail every write at RF=3)', c3, observe(pods3({ 2: { state: 'LEAVING' }, 1: { ready: false } }, outdated)), { action: 'wait' }],
  ['maxUnavailable 2: an outdated pod out of service is replaced while one other is out (2 out, within the budget)', aCluster({ replicas: 5, rollout: { maxUnavailable: 2 } }), observe({ ...pods3({ 1: { ready: false } }, outdated), 'demo-ingester-3': outdated, 'demo-ingester-4': { ...outdated, state: 'LEAVING' } }), { action: 'delete-pod', target: 'demo-ingester-1' }],
  ['an outdated pod that is crash-looping (not Ready, not ACTIVE) is replaced directly', c3, observe(pods3({ 2: { ready: false, state: 'PENDING' } }, outdated)), { action: 'delete-pod', target: 'demo-ingester-2', reason: 'RollingUpdate' }],
  [
    'an unhealthy instance elsewhere in the ring blocks the rollout (ranges short of RF healthy ACTIVE replicas)',
    c3,
    observe(pods3({}, outdated), { extraRing: [{ id: 'stranger-0', state: 'ACTIVE', zone: '', tokens: tokensForOrdinal(3, 16), heartbeatMs: NOW - 2 * MIN }] }),
    { action: 'wait', reason: 'RingUnhealthy' },
  ],
  [
    'an instance unhealthy past the auto-forget limit with no pod behind it is forgotten',
    c3,
    observe(pods3(), { extraRing: [{ id: 'stranger-7', state: 'ACTIVE', zone: '', tokens: [5], heartbeatMs: NOW - 12 * MIN }] }),
    { action: 'forget', target: 'stranger-7', reason: 'ForgetUnhealthy' },
  ],
  [
    'an instance unhealthy past the limit whose pod is not Ready (its node died) is forgotten',
    c3,
    observe(pods3({ 1: { heartbeatAgoMs: 12 * MIN, ready: false } })),
    { action: 'forget', target: 'demo-ingester-1' },
  ],
  [
    'a pre-registered PENDING entry whose pod is still starting is not forgotten, however old',
    c3,
    observe(pods3({ 2: { state: 'PENDING', ready: false, heartbeatAgoMs: 30 * MIN } })),
    { action: 'wait' },
  ],
  [
    'a pre-registered PENDING entry with no pod at all is forgotten past the limit',
    c3,
    observe(pods3(), { extraRing: [{ id: 'stranger-9', state: 'PENDING', zone: '', tokens: [9], heartbeatMs: NOW - 30 * MIN }] }),
    { action: 'forget', target: 'stranger-9' },
  ],
  [
    'an instance unhealthy for less than the limit is not forgotten',
    c3,
    observe(pods3(), { extraRing: [{ id: 'stranger-7', state: 'ACTIVE', zone: '', tokens: [5], heartbeatMs: NOW - 5 * MIN }] }),
    { action: 'done' },
  ],
  [
    'an unhealthy instance whose pod is Ready is not forgotten (the pod may be slow, not dead)',
    c3,
    observe(pods3({ 1: { heartbeatAgoMs: 12 * MIN, ready: true } })),
    { action: 'wait' },
  ],
  [
    'auto-forget set to 0s disables forgetting',
    aCluster({ ring: { autoForgetAfter: '0s' } }),
    observe(pods3(), { extraRing: [{ id: 'x', state: 'ACTIVE', zone: '', tokens: [5], heartbeatMs: NOW - 60 * MIN }] }),
    { action: 'done' },
  ],
  [
    'scaling 5 → 3 first asks the highest ordinal to leave for good',
    c3,
    observe({ ...pods3(), 'demo-ingester-3': {}, 'demo-ingester-4': {} }, { sts: { 'demo-ingester': { replicas: 5 } } }),
    { action: 'leave', target: 'demo-ingester-4', forGood: true, reason: 'ScaleDown' },
  ],
  [
    'scaling down waits for the leaving ingester to flush',
    c3,
    observe({ ...pods3(), 'demo-ingester-3': {}, 'demo-ingester-4': { state: 'LEAVING' } }, { sts: { 'demo-ingester': { replicas: 5 } } }),
    { action: 'wait', target: 'demo-ingester-4', reason: 'WaitingForFlush' },
  ],
  [
    'scaling down shrinks the StatefulSet by one once the ingester has flushed',
    c3,
    observe({ ...pods3(), 'demo-ingester-3': {}, 'demo-ingester-4': { state: 'LEAVING', status: { flushed: true } } }, { sts: { 'demo-ingester': { replicas: 5 } } }),
    { action: 'scale-statefulset', target: 'demo-ingester', replicas: 4, reason: 'ScaleDown' },
  ],
  [
    'after the shrink, the ring entry of the removed ordinal is forgotten',
    c3,
    observe({ ...pods3(), 'demo-ingester-3': {}, 'demo-ingester-4': { pod: 'absent', state: 'LEAVING' } }, { sts: { 'demo-ingester': { replicas: 4 } } }),
    { action: 'forget', target: 'demo-ingester-4', reason: 'ScaleDown' },
  ],
  [
    'a scaled-down ordinal whose pod is gone but whose entry stayed in the ring is forgotten',
    c3,
    observe({ ...pods3(), 'demo-ingester-3': { pod: 'absent', state: 'LEAVING' } }, { sts: { 'demo-ingester': { replicas: 3 } } }),
    { action: 'forget', target: 'demo-ingester-3', reason: 'ScaleDown' },
  ],
  [
    'the volume claim of a scaled-down ordinal is deleted when deleteOnScaleDown is set',
    aCluster({ persistence: { deleteOnScaleDown: true } }),
    observe(pods3(), { claims: [{ name: 'data-demo-ingester-0' }, { name: 'data-demo-ingester-3', flushedAt: NOW - MIN }] }),
    { action: 'delete-pvc', target: 'data-demo-ingester-3' },
  ],
  [
    'the volume claim of a scaled-down ordinal is kept when its ingester was never seen flushed (no marker), even with deleteOnScaleDown',
    aCluster({ persistence: { deleteOnScaleDown: true } }),
    observe(pods3(), { claims: [{ name: 'data-demo-ingester-3' }] }),
    { action: 'done' },
  ],
  [
    'a claim marked flushed whose ordinal is wanted again loses its marker (its pod writes to it again)',
    aCluster({ replicas: 4, persistence: { deleteOnScaleDown: true } }),
    observe({ ...pods3(), 'demo-ingester-3': {} }, { claims: [{ name: 'data-demo-ingester-3', flushedAt: NOW - MIN }] }),
    { action: 'unmark-claim', target: 'data-demo-ingester-3' },
  ],
  [
    'volume claims are kept on scale-down by default',
    c3,
    observe(pods3(), { claims: [{ name: 'data-demo-ingester-3', flushedAt: NOW - MIN }] }),
    { action: 'done' },
  ],
  [
    'RF=1 scale-down: a terminating top pod with no ring entry (evicted during its flush) is waited for, never shrunk',
    rf1,
    observe({ 'demo-ingester-0': {}, 'demo-ingester-1': { terminating: true, ready: false, state: 'absent' } }, { sts: { 'demo-ingester': { replicas: 2 } } }),
    { action: 'wait', target: 'demo-ingester-1', reason: 'ScaleDownBlocked' },
  ],
  [
    'RF=1 scale-down: a crash-looping top pod with no ring entry is waited for, never shrunk',
    rf1,
    observe({ 'demo-ingester-0': {}, 'demo-ingester-1': { ready: false, state: 'absent' } }, { sts: { 'demo-ingester': { replicas: 2 } } }),
    { action: 'wait', target: 'demo-ingester-1', reason: 'ScaleDownBlocked' },
  ],
  [
    'RF=1 scale-down: a top pod that is gone while its entry is still LEAVING is waited for (the StatefulSet recreates it and it replays its WAL)',
    rf1,
    observe({ 'demo-ingester-0': {}, 'demo-ingester-1': { pod: 'absent', state: 'LEAVING' } }, { sts: { 'demo-ingester': { replicas: 2 } } }),
    { action: 'wait', target: 'demo-ingester-1' },
  ],
  [
    'RF=1 scale-down: a top pod that reported flushed is shrunk, even while terminating',
    rf1,
    observe({ 'demo-ingester-0': {}, 'demo-ingester-1': { terminating: true, state: 'LEAVING', status: { flushed: true } } }, { sts: { 'demo-ingester': { replicas: 2 } } }),
    { action: 'scale-statefulset', target: 'demo-ingester', replicas: 1, reason: 'ScaleDown' },
  ],
  [
    'RF=1 scale-down: a pod asked to leave that removed its own ring entry (the lifecycler does so only after uploading) is shrunk',
    rf1,
    observe({ 'demo-ingester-0': {}, 'demo-ingester-1': { terminating: true, ready: false, state: 'absent', leaveRequestedAgoMs: 30_000 } }, { sts: { 'demo-ingester': { replicas: 2 } } }),
    { action: 'scale-statefulset', target: 'demo-ingester', replicas: 1, reason: 'ScaleDown' },
  ],
  [
    'RF=1 scale-down: the entry of an ordinal being scaled down is never auto-forgotten (its absence must mean it left by itself)',
    rf1,
    observe({ 'demo-ingester-0': {}, 'demo-ingester-1': { ready: false, state: 'LEAVING', heartbeatAgoMs: 30 * MIN } }, { sts: { 'demo-ingester': { replicas: 2 } } }),
    { action: 'wait', target: 'demo-ingester-1' },
  ],
  [
    'a cancelled scale-down: an ordinal wanted again that was prepared for shutdown gets it undone first, so it keeps its tokens',
    c3,
    observe(pods3({ 2: { state: 'LEAVING', leaveRequestedAgoMs: 10_000, status: { prepareShutdown: true } } })),
    { action: 'cancel-shutdown', target: 'demo-ingester-2', reason: 'ScaleDownCancelled' },
  ],
  [
    'an ordinal still being scaled down keeps its prepare-shutdown',
    c3,
    observe({ ...pods3(), 'demo-ingester-3': { state: 'LEAVING', leaveRequestedAgoMs: 10_000, status: { prepareShutdown: true } } }, { sts: { 'demo-ingester': { replicas: 4 } } }),
    { action: 'wait', target: 'demo-ingester-3', reason: 'WaitingForFlush' },
  ],
  [
    'scaling 3 → 5 grows the StatefulSet at once',
    aCluster({ replicas: 5 }),
    observe(pods3()),
    { action: 'scale-statefulset', target: 'demo-ingester', replicas: 5, reason: 'ScaleUp' },
  ],
  [
    'new ordinals still PENDING hold the rollout back until they are ACTIVE',
    aCluster({ replicas: 4 }),
    observe({ ...pods3({}, outdated), 'demo-ingester-3': { state: 'PENDING', ready: false } }),
    { action: 'wait' },
  ],
  [
    'maxUnavailable 2 lets a second ingester leave while the first is still flushing',
    aCluster({ replicas: 5, rollout: { maxUnavailable: 2 } }),
    observe({ ...pods3({}, outdated), 'demo-ingester-3': outdated, 'demo-ingester-4': { ...outdated, state: 'LEAVING' } }),
    { action: 'leave', target: 'demo-ingester-3' },
  ],
  [
    'maxUnavailable 2 stops at two out of service',
    aCluster({ replicas: 5, rollout: { maxUnavailable: 2 } }),
    observe({ ...pods3({}, outdated), 'demo-ingester-3': { ...outdated, state: 'LEAVING' }, 'demo-ingester-4': { ...outdated, state: 'LEAVING' } }),
    { action: 'wait', reason: 'WaitingForFlush' },
  ],
  [
    'a StatefulSet whose controller has not observed the new template yet is waited for',
    c3,
    (() => { const o = observe(pods3({}, outdated)); o.statefulSets.get('demo-ingester')!.upToDate = false; return o; })(),
    { action: 'wait', reason: 'WaitingForStatefulSet' },
  ],
];

const zoned = aCluster({ replicas: 6, zones: ['a', 'b', 'c'] });
const zonedSts = { sts: { 'demo-ingester-a': { replicas: 2 }, 'demo-ingester-b': { replicas: 2 }, 'demo-ingester-c': { replicas: 2 } } };
const zonedPods = (overrides: Record<string, PodSpec>): Record<string, PodSpec> => Object.fromEntries(
  ['a', 'b', 'c'].flatMap((z) => [0, 1].map((i) => [`demo-ingester-${z}-${i}`, { zone: z, ...outdated, ...overrides[`${z}-${i}`] }])),
);
cases.push(
  ['zone-aware: the rollout starts with one zone, highest ordinal first', zoned, observe(zonedPods({}), zonedSts), { action: 'leave', target: 'demo-ingester-a-1' }],
  ['zone-aware: a second ingester of the same zone may leave while the first is flushing', zoned, observe(zonedPods({ 'a-1': { state: 'LEAVING' } }), zonedSts), { action: 'leave', target: 'demo-ingester-a-0' }],
  ['zone-aware: another zone waits while zone a is out of service', zoned, observe(zonedPods({ 'a-1': { revision: 'r2', state: 'JOINING' }, 'a-0': { revision: 'r2' } }), zonedSts), { action: 'wait' }],
  ['zone-aware: once zone a is back the next zone starts', zoned, observe(zonedPods({ 'a-1': { revision: 'r2' }, 'a-0': { revision: 'r2' } }), zonedSts), { action: 'leave', target: 'demo-ingester-b-1' }],
  // A zone is replaced together: a flushed ingester is not deleted while a zone-mate has still to leave or flush,
  // or the zone would trickle back one ingester at a time and the rollout take a step per ingester.
  ['zone-aware: a flushed ingester waits for its zone-mate to be asked to leave (which comes first)', zoned, observe(zonedPods({ 'a-1': { state: 'LEAVING', status: { flushed: true } } }), zonedSts), { action: 'leave', target: 'demo-ingester-a-0' }],
  ['zone-aware: a flushed ingester waits while its zone-mate is still flushing', zoned, observe(zonedPods({ 'a-1': { state: 'LEAVING', status: { flushed: true } }, 'a-0': { state: 'LEAVING' } }), zonedSts), { action: 'wait', target: 'demo-ingester-a-0', reason: 'WaitingForFlush' }],
  ['zone-aware: once the whole zone has flushed its ingesters are deleted', zoned, observe(zonedPods({ 'a-1': { state: 'LEAVING', status: { flushed: true } }, 'a-0': { state: 'LEAVING', status: { flushed: true } } }), zonedSts), { action: 'delete-pod', target: 'demo-ingester-a-1', reason: 'ReplaceLeft' }],
  ['zone-aware: the rest of the zone is deleted while the first one terminates', zoned, observe(zonedPods({ 'a-1': { state: 'LEAVING', terminating: true, status: { flushed: true } }, 'a-0': { state: 'LEAVING', status: { flushed: true } } }), zonedSts), { action: 'delete-pod', target: 'demo-ingester-a-0', reason: 'ReplaceLeft' }],
  ['zone-aware: the recreated pods of a zone are not deleted again before their new processes take over their LEAVING entries', zoned, observe(zonedPods({ 'a-1': { revision: 'r2', state: 'LEAVING', ready: false, status: { state: 'PENDING', flushed: true } }, 'a-0': { revision: 'r2', state: 'LEAVING', ready: false, status: { state: 'PENDING', flushed: true } } }), zonedSts), { action: 'wait', reason: 'WaitingForReady' }],
  ['zone-aware: a flushed ingester does not wait for a crash-looping zone-mate (nothing to flush there; it is replaced directly next)', zoned, observe(zonedPods({ 'a-1': { state: 'LEAVING', status: { flushed: true } }, 'a-0': { ready: false, state: 'PENDING' } }), zonedSts), { action: 'delete-pod', target: 'demo-ingester-a-1', reason: 'ReplaceLeft' }],
);

describe('the next rollout step', () => {
  for (const [sentence, cluster, observed, expected] of cases) {
    it(sentence, () => {
      const step = nextStep(cluster, observed);
      expect(step, step.message).to.deep.include(expected);
      expect(step.message).to.be.a('string').and.not.equal('');
    });
  }
});
