// Heartbeat freshness across processes whose clocks disagree, on the ConfigMap store and the test API
// server. Every judgement (is this instance alive, is the heartbeat summary fresh, has the aggregator's
// election Lease expired) is made on the observer's own clock, from when it saw a value change, as
// client-go's leader election does with observedTime (tools/leaderelection/leaderelection.go
// tryAcquireOrRenew: observedRecord/observedTime, "le.observedTime.Add(leaseDuration).After(now)").
// A heartbeat stamped in the future by a fast clock is never kept as is.
//
// Rounds are driven by hand with manual clocks; a writer's clock is the reader's plus a skew.
import * as k8s from '@kubernetes/client-node';
import { expect } from 'chai';
import { Registry } from 'prom-client';
import type { Clock } from '../../ingester/src/util/clock.ts';
import { ManualClock } from '../../ingester/src/util/clock.ts';
import type { ConfigMapRingStore } from '../../ingester/src/ring/kv/configmap.ts';
import { isHealthy } from '../../ingester/src/ring/model.ts';
import { instance } from '../../ingester/src/ring/testing.ts';
import { ringStoreFixture } from './helpers.ts';

const MINUTE = 60_000;
const TIMEOUT = MINUTE; // -ingester.ring.heartbeat-timeout
const REFRESH = 20_000; // timeout / 3
const skewed = (base: ManualClock, offsetMs: number): Clock => ({ now: () => base.now() + offsetMs });

describe('ring heartbeats with one process clock 5 minutes off (ConfigMap store)', function () {
  this.timeout(60_000);
  const ring = ringStoreFixture({ namePrefix: 'skew', defaults: { heartbeatRefreshMs: REFRESH } });
  const store = (clock: Clock, holderIdentity: string, registry = new Registry()) => ring.store({ holderIdentity, clock, registry });
  const healthyAt = async (reader: ConfigMapRingStore, clock: Clock, id: string) => {
    const inst = (await reader.get({ staleHeartbeatsOk: true })).desc.instances[id];
    return !!inst && isHealthy(inst, clock.now(), TIMEOUT);
  };

  for (const [skew, label] of [
    [5 * MINUTE, '5 minutes fast'],
    [-5 * MINUTE, '5 minutes slow'],
  ] as const) {
    it(`an ingester ${label}: healthy at a reader while it renews, UNHEALTHY one timeout after it stops`, async () => {
      const clock = new ManualClock(Date.now());
      const ingesterClock = skewed(clock, skew);
      const ingester = store(ingesterClock, 'ingester-0');
      const reader = store(clock, 'reader');
      await ingester.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { heartbeatMs: ingesterClock.now(), tokens: [1] })), d));
      // First sight: a stamp in the past is taken at its word (a reader that just started must not think a
      // long-dead instance alive), one in the future is not (it is "now"). So a slow clock looks UNHEALTHY to
      // a new reader until it sees the next renewal, one refresh later; from then on, renewals count.
      await ingester.heartbeat('ingester-0', ingesterClock.now());
      await reader.aggregateAndRefresh();
      clock.advance(REFRESH);
      for (let round = 0; round < 4; round++) {
        await ingester.heartbeat('ingester-0', ingesterClock.now());
        await reader.aggregateAndRefresh();
        expect(await healthyAt(reader, clock, 'ingester-0'), `round ${round}: healthy while renewing`).to.equal(true);
        clock.advance(REFRESH);
      }
      // It stops renewing: still healthy within the timeout, UNHEALTHY past it (by the reader's clock).
      await reader.aggregateAndRefresh();
      clock.advance(TIMEOUT - REFRESH - 1);
      await reader.aggregateAndRefresh();
      expect(await healthyAt(reader, clock, 'ingester-0'), 'within the timeout').to.equal(true);
      clock.advance(REFRESH + 2);
      await reader.aggregateAndRefresh();
      expect(await healthyAt(reader, clock, 'ingester-0'), 'past the timeout').to.equal(false);
    });
  }

  it('a reader never takes a summary as fresh because its writer\'s clock is 5 minutes fast: once nobody rewrites it, it lists the Leases itself', async () => {
    const clock = new ManualClock(Date.now());
    const aggregator = store(skewed(clock, 5 * MINUTE), 'aggregator');
    const registry = new Registry();
    const reader = store(clock, 'reader', registry);
    const ingester = store(clock, 'ingester-0');
    await ingester.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { heartbeatMs: clock.now(), tokens: [1] })), d));
    await ingester.heartbeat('ingester-0', clock.now());
    await aggregator.aggregateAndRefresh(); // elected, publishes a summary stamped 5 minutes ahead
    await reader.aggregateAndRefresh(); // reads it (the election is held)
    const lists = async () => (await registry.getSingleMetric('ring_store_heartbeat_refreshes_total')!.get()).values.find((v) => v.labels.source === 'list')?.value ?? 0;
    expect(await lists()).to.equal(0);
    // The aggregator dies. 1.5 refresh periods later (reader's clock) its summary is stale.
    await aggregator.close();
    clock.advance(1.5 * REFRESH + 1);
    await reader.refreshHeartbeats();
    expect(await lists(), 'the reader listed the Leases itself').to.equal(1);
  });

  for (const [skew, label, expectTakeover] of [
    [5 * MINUTE, '5 minutes fast, and dead', true],
    [-5 * MINUTE, '5 minutes slow, and alive', false],
  ] as const) {
    it(`the aggregator election judges expiry on the candidate's clock: a holder ${label} ${expectTakeover ? 'is replaced after the lease duration' : 'keeps it'}`, async () => {
      const clock = new ManualClock(Date.now());
      const holder = store(skewed(clock, skew), 'holder', new Registry());
      const candidate = store(clock, 'candidate');
      const ingester = store(clock, 'ingester-0');
      await ingester.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { heartbeatMs: clock.now(), tokens: [1] })), d));
      await holder.aggregateAndRefresh();
      const holderOfElection = async () => (await ring.kube.kubeConfig().makeApiClient(k8s.CoordinationV1Api).readNamespacedLease({ name: `${ring.name}-heartbeat-aggregator`, namespace: 'default' })).spec?.holderIdentity;
      expect(await holderOfElection()).to.equal('holder');
      for (let round = 0; round < 4; round++) {
        clock.advance(REFRESH);
        if (!expectTakeover) await holder.aggregateAndRefresh(); // alive: renews every period
        await candidate.aggregateAndRefresh();
      }
      // 4 periods = 2 lease durations: a dead holder's lease has expired on the candidate's clock.
      expect(await holderOfElection()).to.equal(expectTakeover ? 'candidate' : 'holder');
    });
  }
});
