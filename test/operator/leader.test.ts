// Leader election on a Lease against the test API server: two replicas are safe, a released lease is taken
// at once, an abandoned one after its duration.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { systemClock } from '../../ingester/src/util/clock.ts';
import { silentLogger } from '../../ingester/src/util/log.ts';
import { isMicroTime } from '../../ingester/src/util/kube-time.ts';
import { startApiServer, type ApiServer } from '../kube/apiserver/server.ts';
import { KubeClient, pathFor } from '../../operator/src/kube/client.ts';
import { LeaderElector } from '../../operator/src/kube/leader.ts';
import { eventually } from './helpers.ts';

describe('operator leader election with a Lease', function () {
  this.timeout(60_000);
  let api: ApiServer;
  let dir: string;
  let client: KubeClient;
  const electors: LeaderElector[] = [];

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'operator-leader-'));
    api = await startApiServer();
    const kubeconfig = path.join(dir, 'kubeconfig');
    api.writeKubeconfig(kubeconfig);
    const kc = new KubeConfig();
    kc.loadFromFile(kubeconfig);
    client = new KubeClient(kc);
  });

  afterEach(async () => {
    await Promise.all(electors.splice(0).map((e) => e.stop()));
  });

  after(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const candidate = (identity: string, lease: string, log: string[]) => {
    const elector = new LeaderElector(client, { namespace: 'default', name: lease, identity, leaseDurationMs: 1500, renewDeadlineMs: 1000, retryPeriodMs: 100 }, systemClock, silentLogger(), {
      onStartedLeading: () => log.push(`${identity} leads`),
      onStoppedLeading: () => log.push(`${identity} stops`),
    });
    electors.push(elector);
    return elector;
  };

  it('of two replicas exactly one leads, and the follower takes over at once when the leader releases the lease', async () => {
    const log: string[] = [];
    const a = candidate('a', 'op-1', log);
    const b = candidate('b', 'op-1', log);
    a.start();
    b.start();
    const leader = await eventually('a leader', () => (a.isLeader ? a : b.isLeader ? b : undefined));
    const follower = leader === a ? b : a;
    // Several retry periods pass with both campaigning: never two leaders.
    for (let i = 0; i < 10; i++) {
      expect(a.isLeader && b.isLeader).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(follower.isLeader).to.equal(false);
    await leader.stop();
    await eventually('the follower to lead', () => follower.isLeader, 1000);
    const lease = await client.get<{ spec: { holderIdentity: string; leaseTransitions: number } }>(pathFor('Lease', 'default', 'op-1'));
    expect(lease.spec.holderIdentity).to.equal(follower === a ? 'a' : 'b');
    expect(lease.spec.leaseTransitions).to.equal(1);
  });

  it('a lease abandoned by a crashed leader is taken over only after its duration has passed', async () => {
    const now = new Date().toISOString().replace('Z', '000Z');
    await client.create(pathFor('Lease', 'default'), { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'op-2', namespace: 'default' }, spec: { holderIdentity: 'crashed', leaseDurationSeconds: 2, renewTime: now, acquireTime: now, leaseTransitions: 0 } });
    const log: string[] = [];
    const b = candidate('b', 'op-2', log);
    expect(await b.tryAcquireOrRenew()).to.equal(false);
    b.start();
    await eventually('b to take over the abandoned lease', () => b.isLeader, 10_000);
    expect(log).to.deep.equal(['b leads']);
  });

  it('the holder renews its own lease without a transition', async () => {
    const log: string[] = [];
    const a = candidate('a', 'op-3', log);
    expect(await a.tryAcquireOrRenew()).to.equal(true);
    expect(await a.tryAcquireOrRenew()).to.equal(true);
    const lease = await client.get<{ spec: { holderIdentity: string; leaseTransitions: number } }>(pathFor('Lease', 'default', 'op-3'));
    expect(lease.spec).to.deep.include({ holderIdentity: 'a', leaseTransitions: 0 });
  });

  it('a leader whose renewal hangs stops leading once the renew deadline passes, not when the request gives up (client-go\'s renew loop)', async () => {
    const log: string[] = [];
    const a = candidate('a', 'op-4', log);
    a.start();
    await eventually('a to lead', () => a.isLeader);
    // The API server stops answering lease requests: each would hang for the client's 30 s request timeout.
    const hang = api.faults.add({ path: '/leases/op-4', hang: true });
    try {
      await eventually('a to stop leading', () => !a.isLeader, 10_000);
      expect(log).to.deep.equal(['a leads', 'a stops']);
    } finally {
      hang.remove();
    }
  });

  it('the leader Lease carries its times as MicroTimes (6 fractional digits)', async () => {
    const a = candidate('a', 'op-5', []);
    expect(await a.tryAcquireOrRenew()).to.equal(true);
    const lease = await client.get<{ spec: { renewTime: string; acquireTime: string } }>(pathFor('Lease', 'default', 'op-5'));
    expect(isMicroTime(lease.spec.renewTime) && isMicroTime(lease.spec.acquireTime), JSON.stringify(lease.spec)).to.equal(true);
  });
});
