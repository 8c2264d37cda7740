import { expect } from 'chai';
import fc from 'fast-check';
import { instance, ring } from './testing.ts';
import type { InstanceDesc, InstanceState, RingDesc } from './model.ts';
import { quorum, ReplicationError, RingIndex, type ReplicationConfig } from './replication.ts';

const NOW = 1_000_000;
const cfg = (overrides: Partial<ReplicationConfig> = {}): ReplicationConfig => ({ replicationFactor: 3, heartbeatTimeoutMs: 60_000, zoneAwarenessEnabled: false, ...overrides });

/** Builds a ring from (id, zone, state, tokens) tuples; tokens are made unique across instances. */
const ringArb = (opts: { states?: InstanceState[]; zones?: number; min?: number; max?: number } = {}) =>
  fc
    .uniqueArray(
      fc.record({
        n: fc.integer({ min: 0, max: 999 }),
        zone: fc.integer({ min: 0, max: (opts.zones ?? 1) - 1 }),
        state: fc.constantFrom(...(opts.states ?? (['ACTIVE'] as InstanceState[]))),
        tokens: fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 8 }),
      }),
      { minLength: opts.min ?? 1, maxLength: opts.max ?? 12, selector: (r) => r.n },
    )
    .map((records) => {
      const used = new Set<number>();
      return ring(
        ...records.map((r) =>
          instance(`ingester-${r.n}`, {
            zone: opts.zones ? `zone-${r.zone}` : '',
            state: r.state,
            heartbeatMs: NOW,
            tokens: r.tokens.filter((t) => !used.has(t) && used.add(t)).sort((a, b) => a - b),
          }),
        ),
      );
    });

/** The naive walk, straight from the design text: clockwise over (token, owner) pairs. */
function clockwise(desc: RingDesc, token: number): InstanceDesc[] {
  const pairs = Object.values(desc.instances).flatMap((i) => i.tokens.map((t) => [t, i] as const));
  pairs.sort((a, b) => a[0] - b[0]);
  const start = pairs.findIndex(([t]) => t >= token);
  const rotated = start < 0 ? pairs : [...pairs.slice(start), ...pairs.slice(0, start)];
  const seen: InstanceDesc[] = [];
  for (const [, inst] of rotated) if (!seen.includes(inst)) seen.push(inst);
  return seen;
}

const ids = (list: InstanceDesc[]) => list.map((i) => i.id);
const tokenArb = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('replica selection', () => {
  it('returns the first RF distinct instances clockwise when all are ACTIVE and healthy', () => {
    fc.assert(
      fc.property(ringArb({ min: 3 }), tokenArb, (desc, token) => {
        const got = new RingIndex(desc).get(token, 'write', cfg(), NOW);
        expect(ids(got)).to.deep.equal(ids(clockwise(desc, token).slice(0, 3)));
      }),
    );
  });

  it('puts the RF replicas in distinct zones when zone-aware', () => {
    fc.assert(
      fc.property(ringArb({ zones: 3, min: 3, max: 15 }), tokenArb, (desc, token) => {
        const zones = new Set(Object.values(desc.instances).map((i) => i.zone));
        fc.pre(zones.size === 3);
        const got = new RingIndex(desc).get(token, 'write', cfg({ zoneAwarenessEnabled: true }), NOW);
        expect(got).to.have.length(3);
        expect(new Set(got.map((i) => i.zone)).size).to.equal(3);
        // and each is the first instance of its zone clockwise
        const walk = clockwise(desc, token);
        for (const inst of got) expect(walk.find((i) => i.zone === inst.zone)).to.equal(inst);
      }),
    );
  });

  it('is stable when an unrelated instance is added, except for the ranges the new instance takes', () => {
    fc.assert(
      fc.property(ringArb({ min: 3 }), fc.uniqueArray(tokenArb, { minLength: 1, maxLength: 8 }), tokenArb, (desc, newTokens, token) => {
        const taken = new Set(Object.values(desc.instances).flatMap((i) => i.tokens));
        const added = { instances: { ...desc.instances, newcomer: instance('newcomer', { heartbeatMs: NOW, tokens: newTokens.filter((t) => !taken.has(t)).sort((a, b) => a - b) }) } };
        const before = ids(new RingIndex(desc).get(token, 'write', cfg(), NOW)).slice();
        const after = ids(new RingIndex(added).get(token, 'write', cfg(), NOW));
        if (!after.includes('newcomer')) expect(after).to.deep.equal(before);
        else expect(after.filter((id) => id !== 'newcomer').every((id) => before.includes(id))).to.equal(true);
      }),
    );
  });

  it('skips instances that are not ACTIVE for writes and extends the set past them', () => {
    fc.assert(
      fc.property(ringArb({ states: ['ACTIVE', 'ACTIVE', 'LEAVING', 'JOINING', 'PENDING'], min: 3 }), tokenArb, (desc, token) => {
        const walk = clockwise(desc, token);
        const active = walk.filter((i) => i.state === 'ACTIVE');
        fc.pre(active.length >= 2);
        const got = new RingIndex(desc).get(token, 'write', cfg(), NOW);
        expect(ids(got)).to.deep.equal(ids(active.slice(0, 3)));
      }),
    );
  });

  it('does not extend reads past a LEAVING instance, which still serves reads, but does past JOINING and PENDING', () => {
    fc.assert(
      fc.property(ringArb({ states: ['ACTIVE', 'LEAVING', 'JOINING', 'PENDING'], min: 3 }), tokenArb, (desc, token) => {
        const serving = clockwise(desc, token).filter((i) => i.state === 'ACTIVE' || i.state === 'LEAVING');
        fc.pre(serving.length >= 2);
        const got = new RingIndex(desc).get(token, 'read', cfg(), NOW);
        expect(ids(got)).to.deep.equal(ids(serving.slice(0, 3)));
      }),
    );
  });

  it('skips unhealthy instances for writes, and counts them as missing for reads', () => {
    const desc = ring(
      instance('a', { tokens: [10], heartbeatMs: NOW }),
      instance('b', { tokens: [20], heartbeatMs: 0 }),
      instance('c', { tokens: [30], heartbeatMs: NOW }),
      instance('d', { tokens: [40], heartbeatMs: NOW }),
    );
    const index = new RingIndex(desc);
    expect(ids(index.get(5, 'write', cfg(), NOW))).to.deep.equal(['a', 'c', 'd']);
    expect(ids(index.get(5, 'read', cfg(), NOW))).to.deep.equal(['a', 'c']);
  });

  it('fails with how many replicas were needed and found, naming the missing ones', () => {
    const desc = ring(
      instance('ingester-0', { tokens: [10], heartbeatMs: NOW }),
      instance('ingester-1', { tokens: [20], heartbeatMs: 0 }),
      instance('ingester-2', { tokens: [30], state: 'LEAVING', heartbeatMs: NOW }),
    );
    const index = new RingIndex(desc);
    expect(() => index.get(5, 'write', cfg(), NOW)).to.throw(ReplicationError, 'at least 2 live replicas required, could only find 1 - unhealthy instances: ingester-1 (UNHEALTHY),ingester-2 (LEAVING)');
    expect(() => new RingIndex(ring()).get(5, 'write', cfg(), NOW)).to.throw(ReplicationError, /ring is empty/);
    try {
      index.get(5, 'write', cfg(), NOW);
    } catch (err) {
      expect((err as ReplicationError).code).to.equal('unavailable');
      expect((err as ReplicationError).missing).to.have.length(2);
    }
  });

  it('treats a read-only instance like a non-ACTIVE one for writes only', () => {
    const desc = ring(instance('a', { tokens: [10], heartbeatMs: NOW, readOnly: true }), instance('b', { tokens: [20], heartbeatMs: NOW }), instance('c', { tokens: [30], heartbeatMs: NOW }));
    const index = new RingIndex(desc);
    expect(ids(index.get(5, 'write', cfg({ replicationFactor: 2 }), NOW))).to.deep.equal(['b', 'c']);
    expect(ids(index.get(5, 'read', cfg({ replicationFactor: 2 }), NOW))).to.deep.equal(['a', 'b']);
  });

  it('reuses the caller buffer instead of allocating', () => {
    const desc = ring(instance('a', { tokens: [10], heartbeatMs: NOW }), instance('b', { tokens: [20], heartbeatMs: NOW }), instance('c', { tokens: [30], heartbeatMs: NOW }));
    const buf: InstanceDesc[] = [];
    const index = new RingIndex(desc);
    expect(index.get(25, 'write', cfg(), NOW, buf)).to.equal(buf);
    expect(ids(buf)).to.deep.equal(['c', 'a', 'b']);
  });

  describe('replication set for reads of the whole ring', () => {
    it('asks every healthy ACTIVE and LEAVING instance and tolerates RF/2 failures', () => {
      const desc = ring(
        instance('a', { tokens: [1], heartbeatMs: NOW }),
        instance('b', { tokens: [2], heartbeatMs: NOW, state: 'LEAVING' }),
        instance('c', { tokens: [3], heartbeatMs: NOW }),
        instance('d', { tokens: [4], heartbeatMs: NOW, state: 'JOINING' }),
      );
      const set = new RingIndex(desc).replicationSet(cfg(), NOW);
      expect(ids(set.instances)).to.deep.equal(['a', 'b', 'c']);
      expect(set.maxErrors).to.equal(1);
    });

    it('fails naming the unhealthy instances when more than RF/2 are down', () => {
      const desc = ring(instance('a', { tokens: [1], heartbeatMs: NOW }), instance('b', { tokens: [2], heartbeatMs: 0 }), instance('c', { tokens: [3], heartbeatMs: 0 }));
      expect(() => new RingIndex(desc).replicationSet(cfg(), NOW)).to.throw(ReplicationError, 'at least 2 live replicas required, could only find 1 - unhealthy instances: b,c');
      const one = ring(instance('a', { tokens: [1], heartbeatMs: NOW }), instance('b', { tokens: [2], heartbeatMs: 0 }), instance('c', { tokens: [3], heartbeatMs: NOW }));
      const set = new RingIndex(one).replicationSet(cfg(), NOW);
      expect(ids(set.instances)).to.deep.equal(['a', 'c']);
      expect(set.maxErrors).to.equal(0);
    });

    it('drops a whole zone with an unhealthy instance when zone-aware, and fails when two zones are down', () => {
      const inst = (id: string, zone: string, healthy = true) => instance(id, { zone, tokens: [id.charCodeAt(0)], heartbeatMs: healthy ? NOW : 0 });
      const zoned = cfg({ zoneAwarenessEnabled: true });
      const set = new RingIndex(ring(inst('a', 'z1'), inst('b', 'z1', false), inst('c', 'z2'), inst('d', 'z3'))).replicationSet(zoned, NOW);
      expect(ids(set.instances)).to.deep.equal(['c', 'd']);
      expect(set.maxUnavailableZones).to.equal(0);
      expect(() => new RingIndex(ring(inst('a', 'z1', false), inst('c', 'z2', false), inst('d', 'z3'))).replicationSet(zoned, NOW)).to.throw(ReplicationError, /zones/);
    });
  });

  it('computes the write quorum as floor(RF/2)+1', () => {
    expect([1, 2, 3, 4, 5].map(quorum)).to.deep.equal([1, 2, 2, 3, 3]);
  });
});
