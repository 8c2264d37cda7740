import { expect } from 'chai';
import { Registry } from 'prom-client';
import { ManualClock } from '../util/clock.ts';
import { MemoryRingStore } from './kv/memory.ts';
import { Ring } from './ring.ts';
import { instance, ring } from './testing.ts';

const settle = () => new Promise((r) => setImmediate(r));

describe('Ring (read side)', () => {
  it('follows the store: a change made through the store shows in the next lookup', async () => {
    const clock = new ManualClock(1_000_000);
    const store = new MemoryRingStore(ring(instance('a', { tokens: [100], heartbeatMs: clock.now() }), instance('b', { tokens: [200], heartbeatMs: clock.now() })));
    const r = new Ring({ store, config: { replicationFactor: 1, heartbeatTimeoutMs: 60_000, zoneAwarenessEnabled: false }, clock });
    await r.start();
    expect(r.get(150, 'write').map((i) => i.id)).to.deep.equal(['b']);
    await store.cas((d) => ((d.instances['b']!.state = 'LEAVING'), d));
    await settle();
    // RF=1: the LEAVING owner extends the set to 2 and the quorum with it (dskit): b's range takes no writes.
    expect(() => r.get(150, 'write')).to.throw(/at least 2 live replicas required, could only find 1 - unhealthy instances: b \(LEAVING\)/);
    expect(r.get(250, 'write').map((i) => i.id)).to.deep.equal(['a']);
    expect(r.get(150, 'read').map((i) => i.id)).to.deep.equal(['b']);
    clock.advance(60_001); // everybody's heartbeat is now too old
    expect(() => r.get(250, 'write')).to.throw(/at least 1 live replicas required, could only find 0/);
    await r.stop();
    await store.cas((d) => (delete d.instances['a'], d));
    await settle();
    expect(Object.keys(r.desc().instances)).to.deep.equal(['a', 'b']); // stopped: no longer follows
  });

  it('exports ring member counts by state on the injected registry', async () => {
    const clock = new ManualClock(1_000_000);
    const registry = new Registry();
    const store = new MemoryRingStore(ring(instance('a', { heartbeatMs: clock.now() }), instance('b', { heartbeatMs: 0, state: 'LEAVING' }), instance('c', { state: 'JOINING', heartbeatMs: clock.now() })));
    const r = new Ring({ store, config: { replicationFactor: 3, heartbeatTimeoutMs: 60_000, zoneAwarenessEnabled: false }, clock, registry, name: 'ingester' });
    await r.start();
    const text = await registry.metrics();
    expect(text).to.contain('ring_members{name="ingester",state="ACTIVE"} 1');
    expect(text).to.contain('ring_members{name="ingester",state="UNHEALTHY"} 1');
    expect(text).to.contain('ring_members{name="ingester",state="JOINING"} 1');
    expect(r.quorum).to.equal(2);
    // a second ring on the same registry (-target=all) does not clash
    const other = new Ring({ store: new MemoryRingStore(), config: { replicationFactor: 1, heartbeatTimeoutMs: 60_000, zoneAwarenessEnabled: false }, clock, registry, name: 'other' });
    await other.start();
    expect(await registry.metrics()).to.contain('ring_tokens_total{name="other"} 0');
    await other.stop();
    await r.stop();
  });
});
