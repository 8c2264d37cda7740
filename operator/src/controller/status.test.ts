import { expect } from 'chai';
import type { IngesterCluster, IngesterClusterStatus, IngesterClusterStatusConditionsItem as Condition } from '../gen/types.ts';
import type { Observed } from './observed.ts';
import { computeStatus, setCondition } from './status.ts';
import type { Step } from './rollout.ts';
import { aCluster, MIN, NOW, observe, pods3 } from './testing/fixtures.ts';

const done: Step = { action: 'done', target: '', reason: 'UpToDate', message: 'all up to date' };
const rolling: Step = { action: 'leave', target: 'demo-ingester-2', reason: 'RollingUpdate', message: 'rolling demo-ingester-2' };
const cond = (conditions: Condition[] | undefined, type: string) => conditions?.find((c) => c.type === type);

describe('IngesterCluster status', () => {
  it('a condition keeps its lastTransitionTime when its status does not change', () => {
    const first = setCondition([], { type: 'Available', status: 'True', reason: 'A', message: 'm' }, '2026-01-01T00:00:00.000Z');
    const second = setCondition(first, { type: 'Available', status: 'True', reason: 'B', message: 'n' }, '2026-01-02T00:00:00.000Z');
    expect(second[0]).to.deep.include({ reason: 'B', lastTransitionTime: '2026-01-01T00:00:00.000Z' });
  });

  it('a condition moves its lastTransitionTime when its status flips', () => {
    const first = setCondition([], { type: 'Available', status: 'True', reason: 'A', message: 'm' }, '2026-01-01T00:00:00.000Z');
    const second = setCondition(first, { type: 'Available', status: 'False', reason: 'A', message: 'm' }, '2026-01-02T00:00:00.000Z');
    expect(second[0]!.lastTransitionTime).to.equal('2026-01-02T00:00:00.000Z');
  });

  it('three ACTIVE ingesters make the cluster Available and Running, not Progressing', () => {
    const status = computeStatus(aCluster(), observe(pods3()), done);
    expect(cond(status.conditions, 'Available')).to.deep.include({ status: 'True', reason: 'QuorumAvailable' });
    expect(cond(status.conditions, 'Progressing')).to.deep.include({ status: 'False' });
    expect(cond(status.conditions, 'Degraded')).to.deep.include({ status: 'False' });
    expect(status).to.deep.include({ phase: 'Running', readySummary: '3/3', ringSummary: '3/3', observedGeneration: 1, version: '1.0.0' });
    expect(status.ring).to.deep.equal({ pending: 0, joining: 0, active: 3, leaving: 0, unhealthy: 0, total: 3 });
  });

  it('with no ACTIVE ingester yet the cluster is Pending and not Available', () => {
    const status = computeStatus(aCluster(), observe(pods3({}, { state: 'PENDING' })), { ...done, action: 'wait', reason: 'WaitingForReady' });
    expect(cond(status.conditions, 'Available')).to.deep.include({ status: 'False', reason: 'NoActiveIngesters' });
    expect(status.phase).to.equal('Pending');
  });

  it('one ingester leaving of three keeps the cluster Available (quorum 2) and shows RollingUpdate', () => {
    const status = computeStatus(aCluster(), observe(pods3({ 2: { state: 'LEAVING' } })), rolling);
    expect(cond(status.conditions, 'Available')!.status).to.equal('True');
    expect(cond(status.conditions, 'Progressing')).to.deep.include({ status: 'True', reason: 'RollingUpdate' });
    expect(status.phase).to.equal('RollingUpdate');
    expect(status.ring!.leaving).to.equal(1);
  });

  it('zone-aware: a whole zone LEAVING (it rolls) keeps the cluster Available, as the distributors write without extending into that zone', () => {
    const zoned = aCluster({ replicas: 6, zones: ['a', 'b', 'c'] });
    const sts = { sts: { 'demo-ingester-a': { replicas: 2 }, 'demo-ingester-b': { replicas: 2 }, 'demo-ingester-c': { replicas: 2 } } };
    const pods = Object.fromEntries(['a', 'b', 'c'].flatMap((z) => [0, 1].map((i) => [`demo-ingester-${z}-${i}`, { zone: z, ...(z === 'a' ? { state: 'LEAVING' as const } : {}) }])));
    const status = computeStatus(zoned, observe(pods, sts), { ...rolling, target: 'demo-ingester-a-0' });
    expect(cond(status.conditions, 'Available'), cond(status.conditions, 'Available')?.message).to.deep.include({ status: 'True', reason: 'QuorumAvailable' });
  });

  it('two of three ingesters out of ACTIVE make the cluster unavailable', () => {
    const status = computeStatus(aCluster(), observe(pods3({ 1: { state: 'JOINING' }, 2: { state: 'LEAVING' } })), rolling);
    expect(cond(status.conditions, 'Available')).to.deep.include({ status: 'False', reason: 'RingUnhealthy' });
  });

  it('scale-up: new ordinals still PENDING in the ring keep the cluster Available (writes skip them, as the distributors do)', () => {
    const observed = observe({ ...pods3(), 'demo-ingester-3': { state: 'PENDING', ready: false }, 'demo-ingester-4': { state: 'PENDING', ready: false } });
    const status = computeStatus(aCluster({ replicas: 5 }), observed, { ...done, action: 'wait', reason: 'WaitingForReady' });
    expect(cond(status.conditions, 'Available'), cond(status.conditions, 'Available')?.message).to.deep.include({ status: 'True', reason: 'QuorumAvailable' });
  });

  it('writes that cannot find a quorum of ACTIVE healthy replicas make the cluster unavailable, naming the instances', () => {
    const status = computeStatus(aCluster(), observe(pods3({ 1: { heartbeatAgoMs: 2 * MIN }, 2: { state: 'LEAVING' } })), rolling);
    expect(cond(status.conditions, 'Available')).to.deep.include({ status: 'False', reason: 'RingUnhealthy' });
    expect(cond(status.conditions, 'Available')!.message).to.contain('demo-ingester-1').and.contain('demo-ingester-2');
  });

  it('a failing upload makes the cluster Degraded with reason UploadFailing and the error in the message', () => {
    const status = computeStatus(aCluster(), observe(pods3({ 1: { status: { uploadFailing: true, lastUploadError: 'connect ECONNREFUSED' } } })), done);
    expect(cond(status.conditions, 'Degraded')).to.deep.include({ status: 'True', reason: 'UploadFailing' });
    expect(cond(status.conditions, 'Degraded')!.message).to.contain('demo-ingester-1').and.contain('ECONNREFUSED');
    expect(status.phase).to.equal('Degraded');
  });

  it('an instance without heartbeats makes the cluster Degraded with reason RingUnhealthy', () => {
    const status = computeStatus(aCluster(), observe(pods3({ 0: { heartbeatAgoMs: 2 * MIN } })), done);
    expect(cond(status.conditions, 'Degraded')).to.deep.include({ status: 'True', reason: 'RingUnhealthy' });
    expect(status.ring!.unhealthy).to.equal(1);
  });

  it('counts updated replicas by revision and reports the revisions', () => {
    const status = computeStatus(aCluster(), observe(pods3({ 2: { revision: 'r2' } }, { revision: 'r1' })), rolling);
    expect(status).to.deep.include({ updatedReplicas: 1, updateRevision: 'r2', currentRevision: 'r1' });
  });

  it('reports the pod selector for the scale subresource', () => {
    expect(computeStatus(aCluster(), observe(pods3()), done).selector).to.equal('app.kubernetes.io/instance=demo,app.kubernetes.io/component=ingester');
  });

  it('the same observation gives the same status (a second reconcile writes nothing)', () => {
    const cluster = aCluster();
    const first = computeStatus(cluster, observe(pods3()), done);
    cluster.status = first;
    const o = observe(pods3());
    o.now = NOW + 10_000;
    expect(computeStatus(cluster, o, done)).to.deep.equal(first);
  });

  describe('reconcile failures, pause and the progress deadline', () => {
    const waiting: Step = { action: 'wait', target: 'demo-ingester-2', reason: 'WaitingForFlush', message: 'waiting for demo-ingester-2 to flush' };
    const iso = (ms: number) => new Date(ms).toISOString();
    /** The status a previous reconcile wrote for the same observation, whose last progress was at `progressAt`. */
    const seen = (cluster: IngesterCluster, observed: Observed, progressAt: number): IngesterClusterStatus => {
      const status = computeStatus(cluster, observed, waiting);
      return { ...status, rollout: { ...status.rollout, lastProgressTime: iso(progressAt) } };
    };

    it('a reconcile error makes the cluster Degraded with reason ReconcileFailed and the server\'s message', () => {
      const status = computeStatus(aCluster(), observe(pods3()), done, { reconcileError: 'POST /apis/policy/v1/namespaces/profiles/poddisruptionbudgets: 404 NotFound the server could not find the requested resource' });
      expect(cond(status.conditions, 'Degraded')).to.deep.include({ status: 'True', reason: 'ReconcileFailed' });
      expect(cond(status.conditions, 'Degraded')!.message).to.contain('404 NotFound the server could not find the requested resource');
      expect(status.phase).to.equal('Degraded');
    });

    it('paused: Progressing is False with reason Paused and names the step the operator would take', () => {
      const status = computeStatus(aCluster({ paused: true }), observe(pods3({}, { revision: 'r1' })), rolling, { paused: true });
      expect(cond(status.conditions, 'Progressing')).to.deep.include({ status: 'False', reason: 'Paused' });
      expect(cond(status.conditions, 'Progressing')!.message).to.contain('rolling demo-ingester-2');
    });

    it('a performed step is progress: Progressing stays True and the last progress time moves to now', () => {
      const cluster = aCluster();
      cluster.status = { rollout: { action: 'wait', reason: 'WaitingForFlush', lastProgressTime: iso(NOW - 20 * MIN) } };
      const status = computeStatus(cluster, observe(pods3()), rolling, { acted: true });
      expect(cond(status.conditions, 'Progressing')).to.deep.include({ status: 'True', reason: 'RollingUpdate' });
      expect(status.rollout?.lastProgressTime).to.equal(iso(NOW));
    });

    it('a wait with no progress for longer than spec.rollout.progressDeadlineSeconds turns Progressing False with reason ProgressDeadlineExceeded', () => {
      const cluster = aCluster({ rollout: { progressDeadlineSeconds: 600 } });
      cluster.status = seen(cluster, observe(pods3({ 2: { state: 'LEAVING' } })), NOW - 11 * MIN);
      const status = computeStatus(cluster, observe(pods3({ 2: { state: 'LEAVING' } })), waiting);
      expect(cond(status.conditions, 'Progressing')).to.deep.include({ status: 'False', reason: 'ProgressDeadlineExceeded' });
      expect(cond(status.conditions, 'Progressing')!.message).to.contain('600s').and.contain('waiting for demo-ingester-2 to flush');
    });

    it('a wait still within the progress deadline stays Progressing True', () => {
      const cluster = aCluster({ rollout: { progressDeadlineSeconds: 600 } });
      cluster.status = seen(cluster, observe(pods3({ 2: { state: 'LEAVING' } })), NOW - 9 * MIN);
      const status = computeStatus(cluster, observe(pods3({ 2: { state: 'LEAVING' } })), waiting);
      expect(cond(status.conditions, 'Progressing')).to.deep.include({ status: 'True', reason: 'WaitingForFlush' });
    });

    it('a rollout that starts after a settled cluster starts its deadline clock now', () => {
      const cluster = aCluster();
      cluster.status = { rollout: { action: 'done', reason: 'UpToDate', lastProgressTime: iso(NOW - 60 * MIN) } };
      const status = computeStatus(cluster, observe(pods3({ 2: { state: 'LEAVING' } })), waiting);
      expect(cond(status.conditions, 'Progressing')).to.deep.include({ status: 'True' });
      expect(status.rollout?.lastProgressTime).to.equal(iso(NOW));
    });
  });
});
