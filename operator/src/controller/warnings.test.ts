import { expect } from 'chai';
import { computeStatus } from './status.ts';
import type { Step } from './rollout.ts';
import { warningsFor } from './warnings.ts';
import { aCluster, MIN, observe, pods3 } from './testing/fixtures.ts';

const done: Step = { action: 'done', target: '', reason: 'UpToDate', message: 'all up to date' };
const flushTimeout: Step = { action: 'wait', target: 'demo-ingester-2', reason: 'FlushTimeout', message: 'demo-ingester-2 has not finished flushing within the flush timeout' };
const ringWait: Step = { action: 'wait', target: '', reason: 'RingUnhealthy', message: 'waiting: some token ranges have only 1 healthy ACTIVE replicas' };

describe('Warning Events for waits that last and failures', () => {
  it('a flush past its timeout gives one FlushTimeout Warning when the wait begins, none while it goes on', () => {
    const cluster = aCluster();
    const observed = observe(pods3({ 2: { state: 'LEAVING' } }));
    const first = computeStatus(cluster, observed, flushTimeout);
    expect(warningsFor(cluster.status, first, flushTimeout).map((w) => w.reason)).to.include('FlushTimeout');
    cluster.status = first;
    const second = computeStatus(cluster, observed, flushTimeout);
    expect(warningsFor(cluster.status, second, flushTimeout)).to.deep.equal([]);
  });

  it('a rollout held back by an unhealthy ring gives a RingUnhealthy Warning with the step\'s message', () => {
    const cluster = aCluster();
    const status = computeStatus(cluster, observe(pods3({ 0: { heartbeatAgoMs: 2 * MIN } })), ringWait);
    const warning = warningsFor(cluster.status, status, ringWait).find((w) => w.reason === 'RingUnhealthy');
    expect(warning?.message).to.contain('only 1 healthy ACTIVE replicas');
  });

  it('a reconcile failure gives a ReconcileFailed Warning with the server\'s message, again only when the message changes', () => {
    const cluster = aCluster();
    const failed = computeStatus(cluster, observe(pods3()), done, { reconcileError: 'PUT …: 409 Conflict' });
    expect(warningsFor(cluster.status, failed, done)).to.deep.include({ reason: 'ReconcileFailed', message: 'PUT …: 409 Conflict' });
    cluster.status = failed;
    expect(warningsFor(cluster.status, computeStatus(cluster, observe(pods3()), done, { reconcileError: 'PUT …: 409 Conflict' }), done)).to.deep.equal([]);
    expect(warningsFor(cluster.status, computeStatus(cluster, observe(pods3()), done, { reconcileError: 'GET …: 500' }), done).map((w) => w.reason)).to.deep.equal(['ReconcileFailed']);
  });

  it('a healthy, settled cluster gives no Warning', () => {
    const cluster = aCluster();
    expect(warningsFor(cluster.status, computeStatus(cluster, observe(pods3()), done), done)).to.deep.equal([]);
  });
});
