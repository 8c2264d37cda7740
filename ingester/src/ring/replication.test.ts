import { expect } from 'chai';
import fc from 'fast-check';
import { instance, ring } from './testing.ts';
import { cloneRing, type InstanceDesc, type InstanceState, type RingDesc } from './model.ts';
import { quorum, ReplicationError, RingIndex, writeOperation, type Operation, type ReplicationConfig } from './replication.ts';

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
      // Unique across instances, and at least one each (a registered instance owns tokens): an instance whose drawn
      // tokens all went to earlier ones takes the next free value after its first (shrinking draws the same tokens).
      const own = (drawn: number[]): number[] => {
        const tokens = drawn.filter((t) => !used.has(t) && used.add(t));
        if (tokens.length > 0) return tokens.sort((a, b) => a - b);
        let t = drawn[0]!;
        while (used.has(t)) t = (t + 1) % 2 ** 32;
        used.add(t);
        return [t];
      };
      return ring(...records.map((r) => instance(`ingester-${r.n}`, { zone: opts.zones ? `zone-${r.zone}` : '', state: r.state, heartbeatMs: NOW, tokens: own(r.tokens) })));
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

  // dskit's Ring.Get (ring/ring.go findInstancesForKey + replication_strategy.go defaultReplicationStrategy.Filter),
  // as written there, over the naive clockwise walk: the optimized index must agree with it everywhere.
  function dskitGet(desc: RingDesc, token: number, op: Operation, c: ReplicationConfig, now: number): { instances: string[]; maxErrors: number } | Error {
    // ShuffleShard leaves read-only instances out of writes. A dskit PENDING instance holds no tokens (autoJoin
    // gives them and leaves PENDING at once); ours may hold the operator's reservation, which is not
    // ownership: the walk does not see it (the one deliberate difference, README "Replica sets").
    const visible = ring(...Object.values(desc.instances).filter((i) => i.state !== 'PENDING' && !(op !== 'read' && i.readOnly)));
    const walk = clockwise(visible, token);
    const maxZones = new Set(walk.map((i) => i.zone)).size;
    let n = c.replicationFactor;
    const hosts: InstanceDesc[] = [];
    const zones: string[] = [];
    for (const inst of walk) {
      if (!(hosts.length < Math.min(Object.keys(visible.instances).length, n) && zones.length < maxZones)) break;
      if (c.zoneAwarenessEnabled && inst.zone !== '' && zones.includes(inst.zone)) continue;
      hosts.push(inst);
      // WriteNoExtend is NewOp([]InstanceState{ACTIVE}, nil): no extension in any state.
      const extend = op === 'write-no-extend' ? false : op === 'write' ? inst.state !== 'ACTIVE' : inst.state !== 'ACTIVE' && inst.state !== 'LEAVING';
      if (extend) n++;
      else if (c.zoneAwarenessEnabled && inst.zone !== '') zones.push(inst.zone);
    }
    const minSuccess = Math.floor(Math.max(c.replicationFactor, hosts.length) / 2) + 1;
    const healthyStates: InstanceState[] = op !== 'read' ? ['ACTIVE'] : ['ACTIVE', 'PENDING', 'LEAVING'];
    const healthy = hosts.filter((i) => healthyStates.includes(i.state) && now - i.heartbeatMs <= c.heartbeatTimeoutMs);
    if (healthy.length < minSuccess) return new Error(`at least ${minSuccess} live replicas required${c.zoneAwarenessEnabled ? ' across different availability zones' : ''}, could only find ${healthy.length}`);
    return { instances: ids(healthy), maxErrors: healthy.length - minSuccess };
  }
  const ours = (desc: RingDesc, token: number, op: Operation, c: ReplicationConfig): { instances: string[]; maxErrors: number } | Error => {
    try {
      const set = new RingIndex(desc).replicas(token, op, c, NOW);
      return { instances: ids(set.instances), maxErrors: set.maxErrors };
    } catch (err) {
      return err as Error;
    }
  };
  const sameAnswer = (got: ReturnType<typeof ours>, want: ReturnType<typeof ours>, errorType: abstract new (...args: never[]) => Error = ReplicationError) => {
    if (want instanceof Error) {
      expect(got, 'an error').to.be.instanceOf(errorType);
      expect((got as Error).message).to.contain(want.message);
    } else expect(got).to.deep.equal(want);
  };

  describe('the replica set of a key, as dskit Ring.Get builds it (write: extend past non-ACTIVE, then drop unhealthy and require floor(max(RF, set)/2)+1)', () => {
    // Tokens a=10, b=20, c=30, d=40, e=50; key 5; RF=3 unless said. "x!" = ACTIVE but heartbeat too old.
    const table: Array<{ what: string; ring: string; op: 'write' | 'read'; rf?: number; want: { instances: string[]; maxErrors: number } | string }> = [
      { what: 'all ACTIVE', ring: 'a b c d e', op: 'write', want: { instances: ['a', 'b', 'c'], maxErrors: 1 } },
      { what: 'a JOINING instance extends the set and raises the quorum to 3 of 4', ring: 'a b:JOINING c d e', op: 'write', want: { instances: ['a', 'c', 'd'], maxErrors: 0 } },
      { what: 'a LEAVING instance extends writes the same way', ring: 'a b:LEAVING c d e', op: 'write', want: { instances: ['a', 'c', 'd'], maxErrors: 0 } },
      { what: 'a PENDING instance (the operator\'s reservation of tokens) is not walked at all: no raised quorum', ring: 'a b:PENDING c d e', op: 'write', want: { instances: ['a', 'c', 'd'], maxErrors: 1 } },
      { what: 'an unhealthy ACTIVE instance does not extend: it is dropped and counts as a failure', ring: 'a b! c d e', op: 'write', want: { instances: ['a', 'c'], maxErrors: 0 } },
      { what: 'two unhealthy of three: no quorum', ring: 'a b! c! d e', op: 'write', want: 'at least 2 live replicas required, could only find 1' },
      { what: 'JOINING plus one unhealthy: 2 live of the 3 needed out of 4', ring: 'a b:JOINING c! d e', op: 'write', want: 'at least 3 live replicas required, could only find 2' },
      { what: 'two JOINING: 3 of 5 needed, all 3 ACTIVE ones live', ring: 'a b:JOINING c:JOINING d e', op: 'write', want: { instances: ['a', 'd', 'e'], maxErrors: 0 } },
      { what: 'a read-only instance is not in the write ring at all (dskit ShuffleShard leaves it out)', ring: 'a b:ro c d e', op: 'write', want: { instances: ['a', 'c', 'd'], maxErrors: 1 } },
      { what: 'fewer instances than RF: quorum of RF still applies', ring: 'a b', op: 'write', want: { instances: ['a', 'b'], maxErrors: 0 } },
      { what: 'RF=1 with the owner unhealthy', ring: 'a! b c', op: 'write', rf: 1, want: 'at least 1 live replicas required, could only find 0' },
      { what: 'reads keep a LEAVING instance and do not extend past it', ring: 'a b:LEAVING c d e', op: 'read', want: { instances: ['a', 'b', 'c'], maxErrors: 1 } },
      { what: 'reads keep a read-only instance', ring: 'a b:ro c d e', op: 'read', want: { instances: ['a', 'b', 'c'], maxErrors: 1 } },
      { what: 'reads extend past JOINING, which serves nothing', ring: 'a b:JOINING c d e', op: 'read', want: { instances: ['a', 'c', 'd'], maxErrors: 0 } },
      { what: 'reads do not walk a PENDING instance either', ring: 'a b:PENDING c d e', op: 'read', want: { instances: ['a', 'c', 'd'], maxErrors: 1 } },
    ];
    const parse = (spec: string): RingDesc =>
      ring(
        ...spec.split(' ').map((word, i) => {
          const [name, flag] = word.replace('!', '').split(':');
          return instance(name!, {
            tokens: [(i + 1) * 10],
            heartbeatMs: word.includes('!') ? 0 : NOW,
            ...(flag === 'ro' ? { readOnly: true } : flag ? { state: flag as InstanceState } : {}),
          });
        }),
      );
    for (const row of table) {
      it(`${row.op}: ${row.what}`, () => {
        const desc = parse(row.ring);
        const c = cfg({ replicationFactor: row.rf ?? 3 });
        const want = typeof row.want === 'string' ? new Error(row.want) : row.want;
        sameAnswer(ours(desc, 5, row.op, c), want);
        sameAnswer(dskitGet(desc, 5, row.op, c, NOW), want, Error); // the reference agrees with the table
      });
    }

    // Zones: z1 = a(10) d(40); z2 = b(20) e(50); z3 = c(30) f(60).
    const zoned = (states: Record<string, InstanceState | '!'> = {}) =>
      ring(
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) =>
          instance(id, { zone: `z${(i % 3) + 1}`, tokens: [(i + 1) * 10], heartbeatMs: states[id] === '!' ? 0 : NOW, state: states[id] && states[id] !== '!' ? (states[id] as InstanceState) : 'ACTIVE' }),
        ),
      );
    const zc = cfg({ zoneAwarenessEnabled: true });
    const zoneTable: Array<{ what: string; states: Record<string, InstanceState | '!'>; want: { instances: string[]; maxErrors: number } | string }> = [
      { what: 'one per zone', states: {}, want: { instances: ['a', 'b', 'c'], maxErrors: 1 } },
      { what: 'a JOINING instance is replaced by the next of its own zone, and the quorum rises', states: { b: 'JOINING' }, want: { instances: ['a', 'c', 'e'], maxErrors: 0 } },
      { what: 'an unhealthy instance is not replaced: its zone counts as failed', states: { b: '!' }, want: { instances: ['a', 'c'], maxErrors: 0 } },
      { what: 'two zones down', states: { b: '!', c: '!' }, want: 'at least 2 live replicas required across different availability zones, could only find 1' },
    ];
    for (const row of zoneTable) {
      it(`write, zone-aware: ${row.what}`, () => {
        const want = typeof row.want === 'string' ? new Error(row.want) : row.want;
        sameAnswer(ours(zoned(row.states), 5, 'write', zc), want);
        sameAnswer(dskitGet(zoned(row.states), 5, 'write', zc, NOW), want, Error);
      });
    }
    // A zone rolling as a whole (every instance of z2 LEAVING): Write extends into z2 again and again and needs
    // 3 of 4 with only 2 usable; WriteNoExtend (what zone-aware distributors use) keeps one per zone and needs 2.
    const zoneRolling = { b: 'LEAVING', e: 'LEAVING' } as const;
    it('write, zone-aware: a whole zone LEAVING fails a Write (the set is extended into the same zone)', () => {
      const want = new Error('at least 3 live replicas required across different availability zones, could only find 2');
      sameAnswer(ours(zoned(zoneRolling), 5, 'write', zc), want);
      sameAnswer(dskitGet(zoned(zoneRolling), 5, 'write', zc, NOW), want, Error);
    });
    it('write-no-extend, zone-aware: a whole zone LEAVING still reaches a quorum in the other two zones', () => {
      const want = { instances: ['a', 'c'], maxErrors: 0 };
      sameAnswer(ours(zoned(zoneRolling), 5, 'write-no-extend', zc), want);
      sameAnswer(dskitGet(zoned(zoneRolling), 5, 'write-no-extend', zc, NOW), want, Error);
    });
    it('zone-aware distributors write with WriteNoExtend, the others with Write', () => {
      expect(writeOperation({ zoneAwarenessEnabled: true })).to.equal('write-no-extend');
      expect(writeOperation({ zoneAwarenessEnabled: false })).to.equal('write');
    });

    it('agrees with dskit on random rings: any states, health, read-only, zones, RF', () => {
      fc.assert(
        fc.property(
          ringArb({ states: ['ACTIVE', 'ACTIVE', 'ACTIVE', 'LEAVING', 'JOINING', 'PENDING'], zones: 3, min: 1, max: 10 }),
          fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
          fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
          tokenArb,
          fc.constantFrom<Operation>('write', 'write-no-extend', 'read'),
          fc.integer({ min: 1, max: 5 }),
          fc.boolean(),
          (generated, dead, readOnly, token, op, rf, zoneAware) => {
            const desc = cloneRing(generated);
            Object.values(desc.instances).forEach((inst, i) => {
              if (dead[i]) inst.heartbeatMs = 0;
              if (readOnly[i] && i % 3 === 0) inst.readOnly = true;
            });
            const c = cfg({ replicationFactor: rf, zoneAwarenessEnabled: zoneAware });
            const want = dskitGet(desc, token, op, c, NOW);
            const walked = Object.values(desc.instances).filter((i) => i.state !== 'PENDING' && !(op !== 'read' && i.readOnly) && i.tokens.length > 0);
            if (walked.length === 0) return; // nothing to walk: our own "the ring is empty" message
            sameAnswer(ours(desc, token, op, c), want);
          },
        ),
        { numRuns: 2000 },
      );
    });
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
