import { expect } from 'chai';
import fc from 'fast-check';
import { assignReplicas, profileKey, type SourceProfiles } from './dedup.ts';

const key = (fp: string, ts: number, id: string) => ({ seriesFingerprint: fp, timestamp: ts, id });

function source(name: string, keys: { fp: string; ts: number; id: string }[], value = 10): SourceProfiles {
  const fps = [...new Set(keys.map((k) => k.fp))];
  return {
    source: name,
    series: fps.map((fp) => ({ labels: [{ name: 'fp', value: fp }] })),
    profiles: keys.map((k) => ({ key: key(k.fp, k.ts, k.id), value, seriesIndex: fps.indexOf(k.fp) })),
  };
}

describe('profileKey', () => {
  it('is equal for the same identity and differs when any part differs', () => {
    expect(profileKey(key('ab', 1, 'x'))).to.equal(profileKey(key('ab', 1, 'x')));
    expect(profileKey(key('ab', 1, 'x'))).not.to.equal(profileKey(key('ab', 2, 'x')));
    expect(profileKey(key('ab', 1, 'x'))).not.to.equal(profileKey(key('a', 1, 'bx')));
    expect(profileKey(key('ab', 1, 'x'))).not.to.equal(profileKey(key('ab', 1, 'y')));
  });
});

describe('assignReplicas', () => {
  const ks = Array.from({ length: 30 }, (_, i) => ({ fp: `s${i % 3}`, ts: 1000 + i, id: `p${i}` }));

  it('three replicas holding the same 3 series of 30 profiles each merge one series, and every profile is counted once', () => {
    const a = assignReplicas([source('ing-0', ks), source('ing-1', ks), source('ing-2', ks)]);
    expect(a.refs).to.have.length(30);
    expect([...a.keep.values()].map((v) => v.length)).to.deep.equal([10, 10, 10]);
    expect(a.refs.reduce((s, r) => s + r.value, 0)).to.equal(300);
  });

  it('a series goes whole to one replica when one holds all of it, even if another misses a profile of it', () => {
    const s0 = ks.filter((k) => k.fp === 's0');
    const a = assignReplicas([source('ing-0', s0.slice(1)), source('ing-1', s0), source('ing-2', s0.slice(0, 5))]);
    expect([...a.keep.entries()].map(([src, keys]) => [src, keys.length])).to.deep.equal([['ing-1', 10]]);
  });

  it('a series no replica holds whole is split over the fewest sources, each profile once', () => {
    const s0 = ks.filter((k) => k.fp === 's0');
    const a = assignReplicas([source('ing-0', s0.slice(0, 7)), source('ing-1', s0.slice(5)), source('ing-2', s0.slice(2, 6))]);
    expect([...a.keep.entries()].map(([src, keys]) => [src, keys.map((k) => k.id)])).to.deep.equal([
      ['ing-0', ['p0', 'p3', 'p6', 'p9', 'p12', 'p15', 'p18']],
      ['ing-1', ['p21', 'p24', 'p27']],
    ]);
  });

  it('the bucket (a fallback source) merges only what no ingester holds, even holding more of a series', () => {
    const bucket = { ...source('bucket', ks), fallback: true };
    const a = assignReplicas([source('ing-0', ks.slice(10)), source('ing-1', ks.slice(10)), bucket]);
    expect(a.keep.get('bucket')?.map((k) => k.id).sort()).to.deep.equal(ks.slice(0, 10).map((k) => k.id).sort());
    expect((a.keep.get('ing-0')?.length ?? 0) + (a.keep.get('ing-1')?.length ?? 0)).to.equal(20);
  });

  it('the series of one service go to one replica, different services to different replicas', () => {
    const withService = (name: string, keys: typeof ks): SourceProfiles => {
      const s = source(name, keys);
      return { ...s, series: s.series.map((l) => ({ labels: [...l.labels!, { name: 'service_name', value: l.labels![0]!.value === 's2' ? 'cart' : 'checkout' }] })) };
    };
    const a = assignReplicas(['ing-0', 'ing-1', 'ing-2'].map((n) => withService(n, ks)));
    const services = new Map([...a.keep].map(([src, keys]) => [src, [...new Set(keys.map((k) => k.seriesFingerprint))].sort()]));
    expect(services).to.deep.equal(new Map([['ing-0', ['s0', 's1']], ['ing-1', ['s2']]]));
  });

  it('a profile held by one source only is assigned to it', () => {
    const a = assignReplicas([source('ing-0', ks.slice(0, 5)), source('ing-1', [...ks.slice(0, 5), ks[29]!])]);
    const only = a.refs.find((r) => r.key.id === 'p29');
    expect(only?.source).to.equal('ing-1');
  });

  it('the labels of a deduplicated profile come from the series it refers to', () => {
    const a = assignReplicas([source('ing-0', ks.slice(0, 3))]);
    expect(a.refs.map((r) => r.labels[0]?.value)).to.deep.equal(['s0', 's1', 's2']);
  });

  it('the result does not depend on the order of the responses', () => {
    const x = assignReplicas([source('a', ks.slice(0, 20)), source('b', ks.slice(10)), source('c', ks)]);
    const y = assignReplicas([source('c', ks), source('b', ks.slice(10)), source('a', ks.slice(0, 20))]);
    expect([...x.keep.entries()].sort()).to.deep.equal([...y.keep.entries()].sort());
  });

  it('tells which sources hold a profile, for retrying elsewhere', () => {
    const a = assignReplicas([source('ing-1', ks.slice(0, 5)), source('ing-0', ks.slice(3, 8))]);
    expect(a.holders(profileKey(key('s0', 1003, 'p3')))).to.deep.equal(['ing-0', 'ing-1']);
    expect(a.holders(profileKey(key('s1', 1001, 'p1')))).to.deep.equal(['ing-1']);
    expect(a.holders(profileKey(key('zz', 1, 'none')))).to.deep.equal([]);
  });

  it('a series index that does not exist is an error naming the source', () => {
    const bad: SourceProfiles = { source: 'ing-9', series: [], profiles: [{ key: key('a', 1, 'x'), value: 1, seriesIndex: 0 }] };
    expect(() => assignReplicas([bad])).to.throw(/source "ing-9" refers to series 0/);
  });

  it('assigns each identity exactly once, to a source that holds it, for any replica layout', () => {
    const layout = fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 15 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(layout, (perSource) => {
        const responses = perSource.map((ids, i) => ({
          ...source(`src-${i}`, [...new Set(ids)].map((id) => ({ fp: `f${id % 4}`, ts: id * 10, id: `id${id}` }))),
          fallback: i === 0,
        }));
        const a = assignReplicas(responses);
        const all = new Set(perSource.flat());
        expect(a.refs.length).to.equal(all.size);
        const seen = new Set<string>();
        for (const [src, keys] of a.keep) {
          const held = new Set(responses.find((r) => r.source === src)!.profiles.map((p) => profileKey(p.key)));
          for (const k of keys) {
            const pk = profileKey(k);
            expect(seen.has(pk)).to.equal(false);
            seen.add(pk);
            expect(held.has(pk)).to.equal(true);
          }
        }
        expect(seen.size).to.equal(all.size);
      }),
      { numRuns: 100 },
    );
  });
});
