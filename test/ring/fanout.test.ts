// Fan-out of ring changes: what the API server sends each watcher of the ring ConfigMap when one instance
// changes state, measured on the wire through a byte-counting proxy in front of the test API server.
import * as k8s from '@kubernetes/client-node';
import { expect } from 'chai';
import { Registry } from 'prom-client';
import { ConfigMapRingStore, RING_DATA_KEY } from '../../ingester/src/ring/kv/configmap.ts';
import { RING_CHANGE_ANNOTATION } from '../../ingester/src/ring/kv/ring-change.ts';
import { parseRing, serializeRing, type RingDesc } from '../../ingester/src/ring/model.ts';
import { instance } from '../../ingester/src/ring/testing.ts';
import { spreadTokens } from '../../ingester/src/ring/tokens.ts';
import { countingProxy, viaProxy, type CountingProxy } from './counting-proxy.ts';
import { startKube, until, type KubeFixture } from './helpers.ts';

function bigRing(n: number): RingDesc {
  const desc: RingDesc = { instances: {} };
  for (let i = 0; i < n; i++) {
    const id = `ingester-${i}`;
    desc.instances[id] = instance(id, { addr: `${id}.ingester.profiles.svc.cluster.local:9095`, zone: `zone-${i % 3}`, tokens: spreadTokens(i, 128), heartbeatMs: Date.now() });
  }
  return desc;
}

describe('Ring fan-out (ConfigMap store, test API server)', function () {
  this.timeout(120_000);
  let kube: KubeFixture;
  let proxy: CountingProxy;
  const stores: ConfigMapRingStore[] = [];
  let n = 0;
  let name: string;

  before(async () => {
    kube = await startKube();
    proxy = await countingProxy(kube.api.port);
  });
  after(async () => {
    await proxy?.close();
    await kube?.stop();
  });
  beforeEach(() => {
    name = `fanout-${++n}`;
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  const store = (kubeConfig = kube.kubeConfig()) => {
    // A long refresh: no heartbeat reads inside the measured window, only the watch.
    const s = new ConfigMapRingStore({ kubeConfig, namespace: 'default', name, heartbeatRefreshMs: 600_000, registry: new Registry() });
    stores.push(s);
    return s;
  };
  const core = () => kube.kubeConfig().makeApiClient(k8s.CoreV1Api);

  it('sends a watcher of a 1,000-instance ring a few KB when one instance changes state, not the 840 KB ring, and the watcher holds the same ring as the server', async () => {
    const writer = store();
    await writer.cas(() => bigRing(1000));
    const watchers = Array.from({ length: 4 }, () => store(viaProxy(kube.kubeConfig(), proxy.port)));
    const seen: Array<RingDesc | null> = watchers.map(() => null);
    watchers.forEach((w, i) => w.watch((d) => (seen[i] = d)));
    await until('every watcher to hold the ring', () => seen.every((d) => d && Object.keys(d.instances).length === 1000), 60_000);

    const before = proxy.toClients();
    const changes = 6;
    for (let k = 0; k < changes; k++) {
      const state = k % 2 === 0 ? 'LEAVING' : 'ACTIVE';
      await writer.cas((d) => ((d.instances['ingester-7']!.state = state), d));
      await until(`every watcher to see ingester-7 ${state}`, () => seen.every((d) => d?.instances['ingester-7']?.state === state), 30_000);
    }
    const perWatcherPerChange = (proxy.toClients() - before) / watchers.length / changes;
    const ringBytes = Buffer.byteLength(serializeRing(bigRing(1000)));
    expect(ringBytes).to.be.greaterThan(800_000);
    expect(perWatcherPerChange).to.be.lessThan(5_000);

    const server = parseRing((await core().readNamespacedConfigMap({ name, namespace: 'default' })).data![RING_DATA_KEY]!);
    // Heartbeats aside (each store places them on its own clock), every watcher holds what the server holds.
    const members = (d: RingDesc) => Object.values(d.instances).map((i) => `${i.id} ${i.state} ${i.zone} ${i.addr} ${i.tokens.join(',')}`).sort();
    for (const w of watchers) expect(members((await w.get({ staleHeartbeatsOk: true })).desc)).to.deep.equal(members(server));
    for (const d of seen) expect(members(d!)).to.deep.equal(members(server));
  });

  it('writes only the entries an update changed: the other instances keep their stored heartbeats, whatever the writer saw of them', async () => {
    const writer = store();
    await writer.cas(() => ({ instances: { a: instance('a', { heartbeatMs: 1_000 }), b: instance('b', { heartbeatMs: 2_000 }) } }));
    // The writer sees b renew (its Lease), so its view of b's heartbeat is now, not 2,000.
    await writer.heartbeat('b', Date.now());
    expect((await writer.get({ staleHeartbeatsOk: true })).desc.instances['b']!.heartbeatMs).to.be.greaterThan(2_000);
    await writer.cas((d) => ((d.instances['a']!.state = 'LEAVING'), d));
    const cm = await core().readNamespacedConfigMap({ name, namespace: 'default' });
    const stored = parseRing(cm.data![RING_DATA_KEY]!);
    expect(stored.instances['a']!.state).to.equal('LEAVING');
    expect(stored.instances['b']!.heartbeatMs).to.equal(2_000);
    const change = JSON.parse(cm.metadata!.annotations![RING_CHANGE_ANNOTATION]!) as { set: { instances: Record<string, unknown> }; del: string[] };
    expect(Object.keys(change.set.instances)).to.deep.equal(['a']);
    expect(change.del).to.deep.equal([]);
  });

  it('brings watchers a change written by another tool without the change annotation, by reading the whole ring once', async () => {
    const writer = store();
    await writer.cas(() => ({ instances: { a: instance('a'), b: instance('b') } }));
    const watcher = store(viaProxy(kube.kubeConfig(), proxy.port));
    let latest: RingDesc | null = null;
    watcher.watch((d) => (latest = d));
    await until('the watcher to hold the ring', () => latest && Object.keys(latest.instances).length === 2);
    // kubectl edit: the whole object replaced, its (now stale) change annotation left as it was.
    const cm = await core().readNamespacedConfigMap({ name, namespace: 'default' });
    const edited = parseRing(cm.data![RING_DATA_KEY]!);
    delete edited.instances['b'];
    edited.instances['a']!.state = 'LEAVING';
    await core().replaceNamespacedConfigMap({ name, namespace: 'default', body: { ...cm, data: { [RING_DATA_KEY]: serializeRing(edited) } } });
    await until('the watcher to see the edit', () => latest && !latest.instances['b'] && latest.instances['a']?.state === 'LEAVING');
    // And changes written by the store after the edit apply again.
    await writer.cas((d) => ((d.instances['c'] = instance('c')), d));
    await until('the watcher to see c', () => latest?.instances['c']);
    expect(Object.keys(latest!.instances).sort()).to.deep.equal(['a', 'c']);
  });
});
