import { expect } from 'chai';
import type { V1Pod, V1PodDisruptionBudget, V1StatefulSet } from '@kubernetes/client-node';
import { rollingUpdateStep, surgeAndUnavailable } from './deployment-decide.ts';
import { pdbStatus } from './pdb.ts';
import { templateHash } from './revision.ts';
import { decideStatefulSet, statefulSetStatus } from './statefulset-decide.ts';

const set = (over: Partial<V1StatefulSet['spec']> = {}): V1StatefulSet => ({
  metadata: { name: 'web', namespace: 'ns', uid: 'set-uid', generation: 2 },
  spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, serviceName: 'web', template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'x' }] } }, ...over },
});

type PodState = 'ready' | 'running' | 'pending' | 'terminating' | 'failed';
const pod = (ordinal: number, state: PodState = 'ready', revision = 'web-new'): V1Pod => ({
  metadata: { name: `web-${ordinal}`, labels: { app: 'web', 'controller-revision-hash': revision }, ...(state === 'terminating' ? { deletionTimestamp: new Date() } : {}), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'set-uid', controller: true }] },
  status: {
    phase: state === 'pending' ? 'Pending' : state === 'failed' ? 'Failed' : 'Running',
    conditions: [{ type: 'Ready', status: state === 'ready' || state === 'terminating' ? 'True' : 'False' }],
  },
});

describe('controller decisions', () => {
  describe('StatefulSet', () => {
    const cases: [string, V1StatefulSet, V1Pod[], string][] = [
      ['OrderedReady creates only the lowest missing pod', set(), [], 'create 0'],
      ['OrderedReady waits for a pod that is running but not ready before creating the next', set(), [pod(0, 'running')], ''],
      ['OrderedReady creates the next pod once the previous one is ready', set(), [pod(0)], 'create 1'],
      ['Parallel creates every missing pod at once', set({ podManagementPolicy: 'Parallel' }), [pod(1, 'pending')], 'create 0, create 2'],
      ['a failed pod is deleted so that it is recreated', set(), [pod(0, 'failed')], 'delete web-0 failed'],
      ['OrderedReady scales down the highest ordinal first, one at a time', set({ replicas: 1 }), [pod(0), pod(1), pod(2)], 'delete web-2 condemned'],
      ['OrderedReady does not scale down while another pod is unhealthy', set({ replicas: 1 }), [pod(0, 'running'), pod(1), pod(2)], ''],
      ['Parallel scales down every condemned pod at once', set({ replicas: 1, podManagementPolicy: 'Parallel' }), [pod(0), pod(1), pod(2)], 'delete web-2 condemned, delete web-1 condemned'],
      ['RollingUpdate deletes the highest ordinal not at the update revision', set(), [pod(0, 'ready', 'web-old'), pod(1, 'ready', 'web-old'), pod(2, 'ready', 'web-old')], 'delete web-2 update'],
      ['RollingUpdate waits for the updated pod to be ready before the next', set(), [pod(0, 'ready', 'web-old'), pod(1, 'ready', 'web-old'), pod(2, 'running')], ''],
      ['RollingUpdate goes on below once higher ordinals are updated and ready', set(), [pod(0, 'ready', 'web-old'), pod(1, 'ready', 'web-old'), pod(2)], 'delete web-1 update'],
      ['RollingUpdate leaves pods below the partition alone', set({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }), [pod(0, 'ready', 'web-old'), pod(1, 'ready', 'web-old'), pod(2)], ''],
      ['OnDelete never deletes pods for an update', set({ updateStrategy: { type: 'OnDelete' } }), [pod(0, 'ready', 'web-old'), pod(1, 'ready', 'web-old'), pod(2, 'ready', 'web-old')], ''],
      ['OnDelete recreates a deleted pod', set({ updateStrategy: { type: 'OnDelete' } }), [pod(0, 'ready', 'web-old'), pod(2, 'ready', 'web-old')], 'create 1'],
    ];
    for (const [sentence, s, pods, expected] of cases) {
      it(sentence, () => {
        const d = decideStatefulSet(s, pods, 'web-new');
        const text = d.actions.map((a) => (a.kind === 'create' ? `create ${a.ordinal}` : `delete ${a.name} ${a.why}`)).join(', ');
        expect(text).to.equal(expected);
      });
    }
    it('creates pods below the partition at the current revision and above it at the update revision', () => {
      const s = set({ podManagementPolicy: 'Parallel', updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } });
      expect(decideStatefulSet(s, [], 'web-new').actions.map((a) => (a.kind === 'create' ? a.revision : ''))).to.deep.equal(['current', 'current', 'update']);
    });
    it('reports counts per revision, and makes the update revision current once every replica runs it and is ready', () => {
      const s = set();
      const mixed = statefulSetStatus(s, [pod(0, 'ready', 'web-old'), pod(1), pod(2, 'running')], { current: 'web-old', update: 'web-new', collisionCount: 0 }, 0);
      expect(mixed).to.include({ replicas: 3, readyReplicas: 2, currentReplicas: 1, updatedReplicas: 2, currentRevision: 'web-old', updateRevision: 'web-new', observedGeneration: 2 });
      const done = statefulSetStatus(s, [pod(0), pod(1), pod(2)], { current: 'web-old', update: 'web-new', collisionCount: 0 }, 0);
      expect(done).to.include({ currentRevision: 'web-new', currentReplicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    });
  });

  describe('template hashes', () => {
    it('are stable, independent of key order, and change with the template or the collision count', () => {
      const a = templateHash({ spec: { containers: [{ name: 'c', image: 'x:1' }] }, metadata: { labels: { a: '1' } } });
      const b = templateHash({ metadata: { labels: { a: '1' } }, spec: { containers: [{ image: 'x:1', name: 'c' }] } });
      expect(a).to.equal(b).and.to.match(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
      expect(templateHash({ spec: { containers: [{ name: 'c', image: 'x:2' }] }, metadata: { labels: { a: '1' } } })).to.not.equal(a);
      expect(templateHash({ spec: { containers: [{ name: 'c', image: 'x:1' }] }, metadata: { labels: { a: '1' } } }, 1)).to.not.equal(a);
    });
  });

  describe('Deployment rolling update', () => {
    it('resolves 25% surge up and 25% unavailable down, and never both zero', () => {
      expect(surgeAndUnavailable(2, undefined, undefined)).to.deep.equal({ surge: 1, unavailable: 0 });
      expect(surgeAndUnavailable(4, 0, 0)).to.deep.equal({ surge: 0, unavailable: 1 });
      expect(surgeAndUnavailable(10, '30%', '30%')).to.deep.equal({ surge: 3, unavailable: 3 });
    });
    it('surges the new ReplicaSet first, without removing available old pods', () => {
      const step = rollingUpdateStep(2, 1, 0, { name: 'new', replicas: 0, available: 0 }, [{ name: 'old', replicas: 2, available: 2 }]);
      expect(step.newReplicas).to.equal(1);
      expect([...step.oldReplicas]).to.deep.equal([]);
    });
    it('scales the old ReplicaSet down as new pods become available, and the new one up in the next step', () => {
      const step = rollingUpdateStep(2, 1, 0, { name: 'new', replicas: 1, available: 1 }, [{ name: 'old', replicas: 2, available: 2 }]);
      expect(step.newReplicas).to.equal(1);
      expect(step.oldReplicas.get('old')).to.equal(1);
      const next = rollingUpdateStep(2, 1, 0, { name: 'new', replicas: 1, available: 1 }, [{ name: 'old', replicas: 1, available: 1 }]);
      expect(next.newReplicas).to.equal(2);
    });
    it('removes unavailable old pods freely', () => {
      const step = rollingUpdateStep(3, 0, 1, { name: 'new', replicas: 3, available: 3 }, [{ name: 'old', replicas: 2, available: 0 }]);
      expect(step.oldReplicas.get('old')).to.equal(0);
    });
  });

  describe('PodDisruptionBudget status', () => {
    const pdb = (spec: V1PodDisruptionBudget['spec']): V1PodDisruptionBudget => ({ metadata: { name: 'p', namespace: 'ns', generation: 1 }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });
    it('counts expected pods from the controller, healthy pods from readiness, and allows the difference', () => {
      const s = pdbStatus({ pdb: pdb({ minAvailable: 2 }), pods: [pod(0), pod(1), pod(2, 'running')], controllerReplicas: () => 3, now: 0 });
      expect(s).to.include({ expectedPods: 3, currentHealthy: 2, desiredHealthy: 2, disruptionsAllowed: 0, observedGeneration: 1 });
      expect(s.conditions?.[0]).to.include({ type: 'DisruptionAllowed', status: 'False', reason: 'InsufficientPods' });
    });
    it('turns maxUnavailable into desired healthy pods', () => {
      const s = pdbStatus({ pdb: pdb({ maxUnavailable: 1 }), pods: [pod(0), pod(1), pod(2)], controllerReplicas: () => 3, now: 0 });
      expect(s).to.include({ expectedPods: 3, currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
      expect(s.conditions?.[0]).to.include({ status: 'True', reason: 'SufficientPods' });
    });
    it('rounds a percentage of minAvailable up', () => {
      const s = pdbStatus({ pdb: pdb({ minAvailable: '50%' }), pods: [pod(0), pod(1), pod(2)], controllerReplicas: () => 3, now: 0 });
      expect(s).to.include({ desiredHealthy: 2, disruptionsAllowed: 1 });
    });
  });
});
