import { expect } from 'chai';
import type { IngesterClusterStatusConditionsItem as Condition } from '../gen/types.ts';
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
});
