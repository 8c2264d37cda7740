// The ConfigMap ring store against the test Kubernetes API server, through the real @kubernetes/client-node.
import * as k8s from '@kubernetes/client-node';
import { expect } from 'chai';
import { Registry } from 'prom-client';
import { ManualClock } from '../../ingester/src/util/clock.ts';
import { isMicroTime } from '../../ingester/src/util/kube-time.ts';
import { DEFAULT_LIFECYCLER_CONFIG } from '../../ingester/src/ring/config.ts';
import { ConfigMapRingStore, INSTANCE_LABEL, RING_DATA_KEY, RING_LABEL } from '../../ingester/src/ring/kv/configmap.ts';
import { Lifecycler } from '../../ingester/src/ring/lifecycler.ts';
import { parseRing, type RingDesc } from '../../ingester/src/ring/model.ts';
import { Ring } from '../../ingester/src/ring/ring.ts';
import { instance } from '../../ingester/src/ring/testing.ts';
import { ringStoreFixture, startKube, until } from './helpers.ts';

describe('ConfigMap ring store (test API server)', function () {
  this.timeout(60_000);
  const ring = ringStoreFixture({ namePrefix: 'ring', kube: { bookmarkIntervalMs: 100 }, defaults: { heartbeatRefreshMs: 100 } });
  const store = ring.store;
  const core = () => ring.kube.kubeConfig().makeApiClient(k8s.CoreV1Api);
  const stored = async (): Promise<RingDesc> => parseRing((await core().readNamespacedConfigMap({ name: ring.name, namespace: 'default' })).data?.[RING_DATA_KEY] ?? '');

  it('creates the ConfigMap on the first write and keeps what others put on an existing one', async () => {
    const s = store();
    expect((await s.get()).desc).to.deep.equal({ instances: {} });
    await s.cas((d) => ((d.instances['a'] = instance('a', { tokens: [1, 2, 3] })), d));
    expect((await stored()).instances['a']!.tokens).to.deep.equal([1, 2, 3]);

    ring.nextName();
    await core().createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: ring.name, labels: { owner: 'operator' }, annotations: { note: 'keep me' } }, data: { other: 'x' } } });
    const t = store();
    await t.cas((d) => ((d.instances['b'] = instance('b')), d));
    const cm = await core().readNamespacedConfigMap({ name: ring.name, namespace: 'default' });
    expect(cm.metadata?.labels).to.deep.include({ owner: 'operator' });
    expect(cm.metadata?.annotations).to.deep.include({ note: 'keep me' });
    expect(Object.keys(parseRing(cm.data![RING_DATA_KEY]!).instances)).to.deep.equal(['b']);
  });

  it('loses no update when 20 writers CAS the same ConfigMap at once, and all converge', async () => {
    const writers = Array.from({ length: 20 }, () => store());
    const each = 2;
    await Promise.all(
      writers.map(async (w, i) => {
        for (let k = 0; k < each; k++) {
          await w.cas((d) => {
            const counter = d.instances['counter'] ?? instance('counter', { heartbeatMs: 0 });
            counter.registeredAtMs = (d.instances['counter']?.registeredAtMs ?? 0) + 1;
            d.instances['counter'] = counter;
            d.instances[`w${i}-${k}`] = instance(`w${i}-${k}`);
            return d;
          });
        }
      }),
    );
    const final = await stored();
    expect(final.instances['counter']!.registeredAtMs).to.equal(20 * each);
    expect(Object.keys(final.instances)).to.have.length(20 * each + 1);
    // every writer's watch converges on the same ring
    for (const w of writers) await until('every writer to see the final ring', async () => Object.keys((await w.get()).desc.instances).length === 20 * each + 1);
  });

  it('tells watchers about a change, and keeps doing so after its watch is cut and answered 410 Gone', async () => {
    // Both stores watch (the writer since its first CAS): the 410 may reach either, so they share a registry.
    const readerRegistry = new Registry();
    const writer = store({ registry: readerRegistry });
    const reader = store({ registry: readerRegistry });
    let latest: RingDesc = { instances: {} };
    reader.watch((d) => (latest = d));
    await writer.cas((d) => ((d.instances['x'] = instance('x', { state: 'JOINING' })), d));
    await until('the reader to see x JOINING', () => latest.instances['x']?.state === 'JOINING');

    ring.kube.api.faults.add({ watch: true, path: '/configmaps', status: 410, count: 1 });
    ring.kube.api.faults.closeWatches();
    await writer.cas((d) => ((d.instances['x']!.state = 'ACTIVE'), d));
    await until('the reader to see x ACTIVE after the watch restarted', () => latest.instances['x']?.state === 'ACTIVE');
    const restarts = (await readerRegistry.getSingleMetric('ring_store_configmap_watch_restarts_total')!.get()).values;
    expect(restarts.find((v) => v.labels.reason === 'gone')?.value ?? 0, 'watch restarts after 410 Gone').to.be.at.least(1);
  });

  it('after 410 Gone resumes its watch from a fresh list, even when the ring has not changed for longer than the kept history', async () => {
    // etcd compacts history (5 min by default): an unchanged ring ConfigMap's own resourceVersion soon becomes
    // too old to watch from. Resuming from it would be answered 410 again, forever.
    const small = await startKube({ watchHistorySize: 5, bookmarkIntervalMs: 60_000 });
    const at = () => new ConfigMapRingStore({ kubeConfig: small.kubeConfig(), namespace: 'default', name: ring.name, heartbeatRefreshMs: 60_000, registry: new Registry() });
    const [writer, reader] = [at(), at()];
    try {
      let latest: RingDesc = { instances: {} };
      reader.watch((d) => (latest = d));
      await writer.cas((d) => ((d.instances['x'] = instance('x', { state: 'JOINING' })), d));
      await until('the reader to see x', () => latest.instances['x']?.state === 'JOINING');
      const smallCore = small.kubeConfig().makeApiClient(k8s.CoreV1Api);
      for (let i = 0; i < 10; i++) await smallCore.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: `${ring.name}-other-${i}` } } });
      small.api.faults.add({ watch: true, path: '/configmaps', status: 410, count: 1 });
      small.api.faults.closeWatches();
      await writer.cas((d) => ((d.instances['x']!.state = 'ACTIVE'), d));
      await until('the reader to see x ACTIVE after its watch came back', () => latest.instances['x']?.state === 'ACTIVE');
    } finally {
      await Promise.all([writer, reader].map((st) => st.close()));
      await small.stop();
    }
  });

  it('never uses a watch BOOKMARK\'s resourceVersion as the precondition of its next write: no 409 after a bookmark', async () => {
    // A bookmark carries the newest resourceVersion of the whole resource type, not of our ConfigMap;
    // kube-apiserver answers a replace whose metadata.resourceVersion is not the object's own with 409.
    const registry = new Registry();
    const writer = store({ registry });
    writer.watch(() => undefined);
    await writer.cas((d) => ((d.instances['a'] = instance('a')), d));
    // Other ConfigMaps move the resourceVersion past ours; then wait for bookmarks to reach our watch.
    await core().createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: `${ring.name}-unrelated` }, data: { x: '1' } } });
    await core().createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: `${ring.name}-unrelated-2` }, data: { x: '2' } } });
    const newest = String(ring.kube.api.store.resourceVersion);
    await bookmarksSeenAt(newest, 3);
    await writer.cas((d) => ((d.instances['b'] = instance('b')), d));
    const conflicts = (await registry.getSingleMetric('ring_store_configmap_cas_total')!.get()).values.find((v) => v.labels.result === 'conflict')?.value ?? 0;
    expect(conflicts, 'CAS conflicts').to.equal(0);
    expect(Object.keys((await stored()).instances)).to.deep.equal(['a', 'b']);
  });

  /** Opens a watch like the store's and waits until it got `count` bookmarks at or past `rv`. */
  async function bookmarksSeenAt(rv: string, count: number): Promise<void> {
    let seen = 0;
    const abort = await new k8s.Watch(ring.kube.kubeConfig()).watch(
      '/api/v1/namespaces/default/configmaps',
      { fieldSelector: `metadata.name=${ring.name}`, allowWatchBookmarks: true },
      (type, obj: k8s.V1ConfigMap) => {
        if (type === 'BOOKMARK' && Number(obj.metadata?.resourceVersion) >= Number(rv)) seen++;
      },
      () => undefined,
    );
    try {
      await until(`${count} bookmarks at resourceVersion ${rv}`, () => seen >= count);
    } finally {
      abort.abort();
    }
  }

  it('keeps heartbeats in per-instance Leases that readers pick up, and deletes the Lease of a removed instance', async () => {
    const writer = store();
    const reader = store();
    await writer.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { heartbeatMs: 1000 })), d));
    const cmVersion = (await core().readNamespacedConfigMap({ name: ring.name, namespace: 'default' })).metadata?.resourceVersion;
    await writer.heartbeat('ingester-0', 5_000_000);
    await writer.heartbeat('ingester-0', 6_000_000);
    // the ConfigMap was not written by the heartbeats
    expect((await core().readNamespacedConfigMap({ name: ring.name, namespace: 'default' })).metadata?.resourceVersion).to.equal(cmVersion);
    const leases = await ring.kube.kubeConfig().makeApiClient(k8s.CoordinationV1Api).listNamespacedLease({ namespace: 'default', labelSelector: `${RING_LABEL}=${ring.name}` });
    expect(leases.items.map((l) => [l.metadata?.name, l.metadata?.labels?.[INSTANCE_LABEL], new Date(l.spec!.renewTime as unknown as string).getTime()])).to.deep.equal([[`${ring.name}-ingester-0`, 'ingester-0', 6_000_000]]);
    // Owned by the ring ConfigMap, so that deleting the ring (or what owns it) collects its Leases too.
    const ringUid = (await core().readNamespacedConfigMap({ name: ring.name, namespace: 'default' })).metadata?.uid;
    expect(leases.items[0]!.metadata?.ownerReferences).to.deep.equal([{ apiVersion: 'v1', kind: 'ConfigMap', name: ring.name, uid: ringUid }]);
    let seen = 0;
    reader.watch((d) => (seen = d.instances['ingester-0']?.heartbeatMs ?? 0));
    await until('the reader to see the Lease heartbeat', () => seen === 6_000_000);

    await writer.cas((d) => (delete d.instances['ingester-0'], d));
    await until('the Lease to be deleted', async () => {
      const list = await ring.kube.kubeConfig().makeApiClient(k8s.CoordinationV1Api).listNamespacedLease({ namespace: 'default', labelSelector: `${RING_LABEL}=${ring.name}` });
      return list.items.length === 0;
    });
  });

  it('writes every Lease time it sends (heartbeat create and renew, aggregator election) as a MicroTime with exactly six fractional digits', async () => {
    // kube-apiserver refuses `.334Z` with 400 (metav1.MicroTime is parsed with RFC3339Micro); until the test
    // API server is as strict, the stored objects are checked for the exact wire format.
    const writer = store({ holderIdentity: 'reader-0' });
    await writer.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0')), d));
    await writer.heartbeat('ingester-0', Date.UTC(2026, 0, 1, 0, 0, 0, 334)); // create
    await writer.heartbeat('ingester-0', Date.UTC(2026, 0, 1, 0, 0, 5, 334)); // renew
    await writer.aggregateAndRefresh(); // takes the aggregator election Lease
    const stored = (lease: string) => ring.kube.api.store.get('coordination.k8s.io', 'leases', 'default', lease) as { spec?: Record<string, unknown> } | undefined;
    const heartbeat = stored(`${ring.name}-ingester-0`)?.spec;
    expect(heartbeat?.renewTime).to.equal('2026-01-01T00:00:05.334000Z');
    const election = stored(`${ring.name}-heartbeat-aggregator`)?.spec;
    expect(election?.renewTime).to.satisfy(isMicroTime);
    expect(election?.acquireTime).to.satisfy(isMicroTime);

    // The heartbeat Lease is created again (it was deleted under us): the create path, not only the patch.
    await ring.kube.kubeConfig().makeApiClient(k8s.CoordinationV1Api).deleteNamespacedLease({ name: `${ring.name}-ingester-0`, namespace: 'default' });
    await writer.heartbeat('ingester-0', Date.UTC(2026, 0, 1, 0, 0, 10, 7));
    expect(stored(`${ring.name}-ingester-0`)?.spec?.renewTime).to.equal('2026-01-01T00:00:10.007000Z');
  });

  it('lets one elected reader list the Leases for everybody; the others read its summary, and list themselves when it goes stale', async () => {
    const clock = new ManualClock(Date.now());
    const writer = store();
    await writer.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { heartbeatMs: 1000 })), d));
    await writer.heartbeat('ingester-0', 7_000_000);
    const registries = [new Registry(), new Registry(), new Registry()];
    // Rounds are driven by hand (no watch timers), with a manual clock: the test does not depend on load.
    const readers = registries.map((registry, i) => store({ registry, heartbeatRefreshMs: 20_000, holderIdentity: `reader-${i}`, clock }));
    const refreshes = async (registry: Registry, source: string) =>
      ((await registry.getSingleMetric('ring_store_heartbeat_refreshes_total')!.get()).values.find((v) => v.labels.source === source)?.value ?? 0);
    const counts = (source: string) => Promise.all(registries.map((r) => refreshes(r, source)));
    const beat = async (i: number) => (await readers[i]!.get({ staleHeartbeatsOk: true })).desc.instances['ingester-0']!.heartbeatMs;

    for (const r of readers) await r.aggregateAndRefresh();
    expect(await counts('list')).to.deep.equal([1, 0, 0]); // reader-0 was elected and listed
    expect(await counts('summary')).to.deep.equal([0, 1, 1]); // the others read its summary
    // First sight of a stamp in the past is taken at its word; later renewals count from when they were seen.
    expect([await beat(0), await beat(1), await beat(2)]).to.deep.equal([7_000_000, 7_000_000, 7_000_000]);

    // Next period: reader-0 renews its election and lists again; the others still only read.
    await writer.heartbeat('ingester-0', 8_000_000);
    clock.advance(20_000);
    for (const r of readers) await r.aggregateAndRefresh();
    expect(await counts('list')).to.deep.equal([2, 0, 0]);
    expect([await beat(1), await beat(2)], 'the renewal, as reader-0 saw it, on the readers\' clock').to.deep.equal([clock.now(), clock.now()]);

    // reader-0 stops; its summary ages past 1.5 periods while its election Lease (2 periods) still holds:
    // the others list the Leases themselves rather than trust the stale summary.
    await readers[0]!.close();
    await writer.heartbeat('ingester-0', 9_000_000);
    clock.advance(31_000);
    await readers[1]!.aggregateAndRefresh();
    expect((await counts('list'))[1]).to.equal(1);
    expect(await beat(1)).to.equal(clock.now());
    // Once the election Lease has expired, reader-2 takes over the aggregation.
    clock.advance(10_000);
    await readers[2]!.aggregateAndRefresh();
    await readers[1]!.aggregateAndRefresh();
    expect((await counts('list'))[2]).to.equal(1);
    expect((await counts('summary'))[1]).to.equal(3); // rounds 1, 2 and now: the new summary
    // The summary and the election Lease belong to the ring ConfigMap, like the heartbeat Leases.
    const ringUid = (await core().readNamespacedConfigMap({ name: ring.name, namespace: 'default' })).metadata?.uid;
    const summary = await core().readNamespacedConfigMap({ name: `${ring.name}-heartbeats`, namespace: 'default' });
    expect(summary.metadata?.ownerReferences?.map((o) => o.uid)).to.deep.equal([ringUid]);
    const election = await ring.kube.kubeConfig().makeApiClient(k8s.CoordinationV1Api).readNamespacedLease({ name: `${ring.name}-heartbeat-aggregator`, namespace: 'default' });
    expect(election.metadata?.ownerReferences?.map((o) => o.uid)).to.deep.equal([ringUid]);
  });

  it('refreshes stale heartbeats in get() for callers that do not watch (the operator), unless told they do not need them', async () => {
    const writer = store();
    await writer.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { heartbeatMs: 1000 })), d));
    await writer.heartbeat('ingester-0', 7_000_000);
    const operator = store({ heartbeatRefreshMs: 200 });
    expect((await operator.get({ staleHeartbeatsOk: true })).desc.instances['ingester-0']!.heartbeatMs).to.equal(1000);
    expect((await operator.get()).desc.instances['ingester-0']!.heartbeatMs).to.equal(7_000_000);
  });

  it('runs a lifecycler and a ring reader on it: the reader sees the instance ACTIVE, then gone after it leaves', async () => {
    const registry = new Registry();
    const lc = new Lifecycler({
      config: { ...DEFAULT_LIFECYCLER_CONFIG, instanceId: 'ingester-0', instanceAddr: '127.0.0.1', heartbeatPeriodMs: 100, minReadyDurationMs: 0 },
      store: store(),
      registry,
    });
    const ring = new Ring({ store: store(), config: { replicationFactor: 1, heartbeatTimeoutMs: 60_000, zoneAwarenessEnabled: false }, registry });
    await ring.start();
    await lc.start();
    await until('the reader to see ingester-0 ACTIVE', () => ring.desc().instances['ingester-0']?.state === 'ACTIVE');
    expect(ring.get(12345, 'write').map((i) => i.id)).to.deep.equal(['ingester-0']);
    expect(lc.checkReady().ready).to.equal(true);
    await lc.stop();
    await until('the reader to see ingester-0 gone', () => !ring.desc().instances['ingester-0']);
    await ring.stop();
  });
});
