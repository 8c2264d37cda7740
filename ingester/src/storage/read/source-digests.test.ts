import { expect } from 'chai';
import { keyHash, keyHashHi, lastStepOf, stepOf } from '../../query/series-digest.ts';
import { appendedDigests } from './appended-digests.ts';
import { indexDigests } from './index-digests.ts';
import { digestsOfSources, type DigestSource } from './source-digests.ts';
import { requestRange } from './select.ts';
import { digestsByStringKeys, indexOf, random, TYPE, type P } from './test-fixtures.ts';

/** The digests read profile by profile, each key once, blocks first: what an ingester answered before. */
const profileByProfile = (sources: readonly DigestSource[], start: number, end: number, stepMs: number) =>
  digestsByStringKeys(sources, start, end, (t) => stepOf(t, start, stepMs, lastStepOf(start, end, stepMs)));

describe('an ingester\'s series digests over its blocks and heads (digestsOfSources)', () => {
  it('gives every series the digest a profile-by-profile read gives: blocks read whole or in part, keys in two blocks or in a block and a head, one step or several', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const profile = (i: number): P => ({ service: `svc-${Math.floor(rnd() * 4)}`, t: 1000 + Math.floor(rnd() * 1000), id: `id-${i}`, total: Math.floor(rnd() * 100) });
      const all = Array.from({ length: 60 }, (_, i) => profile(i));
      const pick = (from: number, to: number) => all.slice(from, to);
      // Two cuts overlapping (a profile pushed again after the first cut lands in both), and a head holding
      // some of the second block's profiles again, and one being cut.
      const block1 = indexOf(pick(0, 25));
      const block2 = indexOf(seed % 2 === 0 ? pick(20, 40) : pick(25, 40));
      const head = indexOf([...pick(35, 55)]);
      const cutting = indexOf(pick(50, 60));
      const sources: DigestSource[] = [{ index: head, block: false }, { index: block1, block: true }, { index: cutting, block: false }, { index: block2, block: true }];
      for (const [start, end, stepMs] of [[0, 5000, Number.MAX_SAFE_INTEGER], [0, 5000, 1e9], [1200, 1700, 100], [1000, 2000, 250], [0, 1500, 1e6]] as const) {
        const lastStep = lastStepOf(start, end, stepMs);
        const got = digestsOfSources(sources, { typeId: TYPE, matchers: [], range: requestRange(start, end), start, stepMs, lastStep })
          .map((b) => b.toProto())
          .sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));
        expect(got, `seed ${seed}, range ${start}-${end} step ${stepMs}`).to.deep.equal(profileByProfile(sources, start, end, stepMs));
      }
    }
  });

  it('gives a head that grew since the last read the digests a profile-by-profile read gives, its key hashes worked out for the new profiles only', () => {
    const profiles: P[] = Array.from({ length: 30 }, (_, i) => ({ service: `svc-${i % 3}`, t: 1000 + i, id: `id-${i}`, total: i }));
    const head = indexOf(profiles.slice(0, 10));
    const block = indexOf(profiles.slice(5, 12));
    const sources: DigestSource[] = [{ index: head, block: false }, { index: block, block: true }];
    const read = () =>
      digestsOfSources(sources, { typeId: TYPE, matchers: [], range: requestRange(0, 5000), start: 0, stepMs: 1e9, lastStep: lastStepOf(0, 5000, 1e9) })
        .map((b) => b.toProto())
        .sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));
    expect(read()).to.deep.equal(profileByProfile(sources, 0, 5000, 1e9));
    const grown = indexOf(profiles);
    // The same head object, appended to as a push appends.
    Object.assign(head, { series: grown.series, profileSeries: grown.profileSeries, profileTime: grown.profileTime, profileId: grown.profileId, profileTotal: grown.profileTotal, profileSampleStart: grown.profileSampleStart, profileSampleEnd: grown.profileSampleEnd, profileCount: grown.profileCount });
    expect(read()).to.deep.equal(profileByProfile(sources, 0, 5000, 1e9));
    const hashes = appendedDigests(head);
    expect([...hashes.lo.subarray(0, 30)]).to.deep.equal(profiles.map((p) => keyHash(p.t, p.id)));
    expect([...hashes.hi.subarray(0, 30)]).to.deep.equal(profiles.map((p) => keyHashHi(p.t, p.id)));
    // Each series' sums over all its profiles, the first ten's and the twenty appended since.
    const sumOf = (ps: P[], f: (p: P) => number) => ps.reduce((a, p) => (a + f(p)) >>> 0, 0);
    const ofSeries = (k: number) => profiles.filter((_, i) => i % 3 === k);
    expect([...hashes.count.subarray(0, 3)]).to.deep.equal([10, 10, 10]);
    expect([...hashes.seriesLo.subarray(0, 3)]).to.deep.equal([0, 1, 2].map((k) => sumOf(ofSeries(k), (p) => keyHash(p.t, p.id))));
    expect([...hashes.seriesHi.subarray(0, 3)]).to.deep.equal([0, 1, 2].map((k) => sumOf(ofSeries(k), (p) => keyHashHi(p.t, p.id))));
    expect([...hashes.seriesSum.subarray(0, 3)]).to.deep.equal([0, 1, 2].map((k) => ofSeries(k).reduce((a, p) => a + p.total, 0)));
    // Rewritten in place (not what a head does): its last profile's key changed, so every hash is worked out again.
    (head.profileId as string[])[29] = 'other';
    expect(appendedDigests(head).lo[29]).to.equal(keyHash(1029, 'other'));
  });

  it('adds a head series the range covers whole at once, unless a block read before spans its time (a profile pushed again after a cut): the digests a profile-by-profile read gives', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const profile = (i: number, from: number): P => ({ service: `svc-${Math.floor(rnd() * 4)}`, t: from + Math.floor(rnd() * 500), id: `id-${i}`, total: Math.floor(rnd() * 100) });
      const older = Array.from({ length: 30 }, (_, i) => profile(i, 1000));
      const newer = Array.from({ length: 30 }, (_, i) => profile(30 + i, 1600));
      // As an ingester holds them: the cut blocks hold the older profiles, the one head the newer ones and, in odd
      // seeds, two of the older ones pushed again after the cut.
      const block = indexOf(older);
      const head = indexOf(seed % 2 === 1 ? [older[3]!, ...newer, older[17]!] : newer);
      const sources: DigestSource[] = [{ index: head, block: false }, { index: block, block: true }];
      for (const [start, end, stepMs] of [[0, 5000, 1e9], [1600, 2100, 1e9], [1700, 2100, 1e9], [1000, 2100, 100], [0, 1500, 1e6]] as const) {
        const lastStep = lastStepOf(start, end, stepMs);
        const got = digestsOfSources(sources, { typeId: TYPE, matchers: [], range: requestRange(start, end), start, stepMs, lastStep })
          .map((b) => b.toProto())
          .sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));
        expect(got, `seed ${seed}, range ${start}-${end} step ${stepMs}`).to.deep.equal(profileByProfile(sources, start, end, stepMs));
        // Digests without steps (a replica the querier does not have render): no step is summed.
        const bare = digestsOfSources(sources, { typeId: TYPE, matchers: [], range: requestRange(start, end), start, stepMs, lastStep: -Infinity })
          .map((b) => b.toProto())
          .sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));
        expect(bare, `seed ${seed}, range ${start}-${end} without steps`).to.deep.equal(digestsByStringKeys(sources, start, end, () => undefined));
      }
    }
  });

  it('reads no profile of a head series the range covers whole, in one step, with no block read before spanning its time', () => {
    const head = indexOf(Array.from({ length: 12 }, (_, i) => ({ service: `svc-${i % 3}`, t: 2000 + i, id: `id-${i}`, total: i })));
    const block = indexOf([{ service: 'svc-0', t: 1000, id: 'old', total: 5 }]);
    const sources: DigestSource[] = [{ index: head, block: false }, { index: block, block: true }];
    const read = () =>
      digestsOfSources(sources, { typeId: TYPE, matchers: [], range: requestRange(0, 5000), start: 0, stepMs: 1e9, lastStep: lastStepOf(0, 5000, 1e9) })
        .map((b) => b.toProto())
        .sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));
    const expected = profileByProfile(sources, 0, 5000, 1e9);
    expect(read()).to.deep.equal(expected);
    // A read profile by profile would now fail: the head's series lists cannot be walked.
    for (const series of head.series) {
      (series.profiles as unknown as { [Symbol.iterator]: () => never })[Symbol.iterator] = () => {
        throw new Error(`${series.fingerprint} read profile by profile`);
      };
    }
    expect(read()).to.deep.equal(expected);
    expect(() => digestsOfSources(sources, { typeId: TYPE, matchers: [], range: requestRange(2003, 5000), start: 0, stepMs: 1e9, lastStep: lastStepOf(0, 5000, 1e9) })).to.throw('read profile by profile');
  });

  it('keeps only the labels asked for', () => {
    const index = indexOf([{ service: 'a', t: 1, id: 'x', total: 1 }]);
    const [d] = digestsOfSources([{ index, block: true }], { typeId: TYPE, matchers: [], range: requestRange(0, 10), start: 0, stepMs: 5, lastStep: 10, only: new Set(['service_name']) });
    expect(d!.toProto().labels?.labels).to.deep.equal([{ name: 'service_name', value: 'a' }]);
  });

  it('works out a block\'s digests once and keeps them with its index', () => {
    const index = indexOf([{ service: 'a', t: 1, id: 'x', total: 1 }, { service: 'a', t: 2, id: 'y', total: 2 }]);
    const d = indexDigests(index);
    expect(indexDigests(index)).to.equal(d);
    expect([d.count[0], d.seriesSum[0], d.seriesLo[0]]).to.deep.equal([2, 3, (keyHash(1, 'x') + keyHash(2, 'y')) >>> 0]);
  });
});
