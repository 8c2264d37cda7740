import { expect } from 'chai';
import type { QuerySource, SourceFailure } from '../../query/querier-engine.ts';
import type { ReplicationSet } from '../../ring/replication.ts';
import { instance } from '../../ring/testing.ts';
import { ApiError } from '../../util/errors.ts';
import { BUCKET_SOURCE, ReadSetRegistry, standbyInstances } from './read-policy.ts';
import { seededRandom } from '../../util/seeded-random.ts';

const api = {} as QuerySource['api'];
const fail = (source: string): SourceFailure => ({ source, error: new Error(`${source} is down`) });

function judge(set: ReplicationSet, failed: string[], maxFailedSources = Infinity): ApiError | undefined {
  const registry = new ReadSetRegistry();
  const sources = registry.remember([...set.instances.map((i) => ({ name: i.id, api })), { name: BUCKET_SOURCE, api, required: true }], set);
  try {
    registry.policy(maxFailedSources)(failed.map(fail), sources);
    return undefined;
  } catch (err) {
    return err as ApiError;
  }
}

const three = [instance('a', { zone: 'z1' }), instance('b', { zone: 'z2' }), instance('c', { zone: 'z3' })];

describe('querier read policy (from the ring read set)', () => {
  const cases: Array<[string, ReplicationSet, string[], RegExp | undefined]> = [
    ['a read with every source answering succeeds', { instances: three, maxErrors: 1, maxUnavailableZones: 0 }, [], undefined],
    ['a read with one of three ingesters missing succeeds (RF=3)', { instances: three, maxErrors: 1, maxUnavailableZones: 0 }, ['b'], undefined],
    ['a read with two of three ingesters missing fails naming both', { instances: three, maxErrors: 1, maxUnavailableZones: 0 }, ['a', 'c'], /missing: a \(a is down\); c \(c is down\)/],
    ['a read fails when the bucket fails, whatever the ingesters do', { instances: three, maxErrors: 1, maxUnavailableZones: 0 }, [BUCKET_SOURCE], /bucket could not be read/],
    ['a read that may lose nothing fails on any missing ingester', { instances: three, maxErrors: 0, maxUnavailableZones: 0 }, ['a'], /missing: a/],
    ['a zone-aware read succeeds with one whole zone missing', { instances: [...three, instance('d', { zone: 'z1' })], maxErrors: 0, maxUnavailableZones: 1 }, ['a', 'd'], undefined],
    ['a zone-aware read fails with instances missing in two zones', { instances: three, maxErrors: 0, maxUnavailableZones: 1 }, ['a', 'b'], /2 zones are missing/],
  ];
  it('-querier.max-failed-sources=0 makes a read fail on any missing ingester even with RF=3', () => {
    expect(judge({ instances: three, maxErrors: 1, maxUnavailableZones: 0 }, ['b'], 0)?.message).to.match(/at least 3 of 3 ingesters/);
  });

  for (const [sentence, set, failed, expected] of cases) {
    it(sentence, () => {
      const err = judge(set, failed);
      if (!expected) expect(err).to.equal(undefined);
      else {
        expect(err).to.be.instanceOf(ApiError);
        expect(err!.code).to.equal('unavailable');
        expect(err!.message).to.match(expected);
      }
    });
  }
});

describe('standby ingesters of a read by series digests (-querier.minimize-ingester-requests)', () => {
  /** Draws 0, 1/n, 2/n, ...: every choice the picker can make, in turn. */
  const sequence = (n: number) => {
    let k = 0;
    return () => (k++ % n) / n;
  };

  it('leaves out as many instances as the set can do without, at most -querier.max-failed-sources, each in turn', () => {
    const set = { instances: three, maxErrors: 1, maxUnavailableZones: 0 };
    const draw = sequence(3);
    expect([0, 1, 2].map(() => [...standbyInstances(set, Infinity, draw)])).to.deep.equal([['a'], ['b'], ['c']]);
    expect([...standbyInstances(set, 0)]).to.deep.equal([]);
    expect([...standbyInstances({ instances: three, maxErrors: 0, maxUnavailableZones: 0 }, Infinity)]).to.deep.equal([]);
    const six = [...three, instance('d'), instance('e'), instance('f')];
    expect(standbyInstances({ instances: six, maxErrors: 2, maxUnavailableZones: 0 }, Infinity).size).to.equal(2);
    expect(standbyInstances({ instances: six, maxErrors: 2, maxUnavailableZones: 0 }, 1).size).to.equal(1);
  });

  it('zone-aware, leaves out whole zones', () => {
    const zoned = [...three, instance('d', { zone: 'z1' }), instance('e', { zone: 'z2' }), instance('f', { zone: 'z3' })];
    const draw = sequence(3);
    const picked = [0, 1, 2].map(() => [...standbyInstances({ instances: zoned, maxErrors: 0, maxUnavailableZones: 1 }, Infinity, draw)].sort());
    expect(picked).to.deep.equal([['a', 'd'], ['b', 'e'], ['c', 'f']]);
    // A set left with one zone (the others failed) has none to spare.
    expect([...standbyInstances({ instances: [instance('a', { zone: 'z1' })], maxErrors: 0, maxUnavailableZones: 1 }, Infinity)]).to.deep.equal([]);
  });

  it('drawn from a query\'s affinity: the same for the same query, spread over all instances across queries', () => {
    const set = { instances: three, maxErrors: 1, maxUnavailableZones: 0 };
    const of = (seed: number) => [...standbyInstances(set, Infinity, seededRandom(seed))][0];
    for (const seed of [0, 1, 0x811c9dc5, 0xffffffff]) expect(of(seed)).to.equal(of(seed));
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 3000; seed++) counts.set(of(seed * 2654435761)!, (counts.get(of(seed * 2654435761)!) ?? 0) + 1);
    expect([...counts.keys()].sort()).to.deep.equal(['a', 'b', 'c']);
    for (const n of counts.values()) expect(n).to.be.within(800, 1200);
  });
});
