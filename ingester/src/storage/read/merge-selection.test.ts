import { expect } from 'chai';
import { digestsOfMerge } from './merge-digests.ts';
import { selectForMerge } from './merge-selection.ts';
import type { IndexData } from './profile-data.ts';
import { requestRange } from './select.ts';
import { digestsByStringKeys, indexOf, random, TYPE, type P } from './test-fixtures.ts';
import type { ReadSource } from '../store.ts';

/** A source of the ingester's: a local block (block-<ULID>) or a head. */
function sourceOf(name: string, index: IndexData): ReadSource {
  return { name, minTimeMs: 0, maxTimeMs: Number.MAX_SAFE_INTEGER, index: async () => index, samples: async () => { throw new Error('not read here'); } };
}

/** Each selected key once, read local blocks first, by string keys: what a merge took before keys-once.ts. */
function byStringKeys(sources: readonly ReadSource[], indexes: Map<string, IndexData>, start: number, end: number, only?: ReadonlySet<string>) {
  const taken = new Map<string, string[]>();
  const read = sources.map((s) => ({ name: s.name, index: indexes.get(s.name)!, block: s.name.startsWith('block-') }));
  const digests = digestsByStringKeys(read, start, end, () => undefined, only, (s, key) => taken.set(s.name, [...(taken.get(s.name) ?? []), key]));
  return { taken, digests };
}

const bySeries = <T extends { seriesFingerprint?: string | null }>(list: T[]): T[] => [...list].sort((x, y) => (x.seriesFingerprint! < y.seriesFingerprint! ? -1 : 1));

describe('which profiles a merge takes from an ingester\'s head and local blocks (selectForMerge)', () => {
  it('takes each key once, from a local block when one holds it, whatever the sources\' order: keep_all and keep_series, with the digests a string-keyed read gives', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const profile = (i: number): P => ({ service: `svc-${Math.floor(rnd() * 4)}`, t: 1000 + Math.floor(rnd() * 1000), id: `id-${i}`, total: Math.floor(rnd() * 100) });
      const all = Array.from({ length: 60 }, (_, i) => profile(i));
      const pick = (from: number, to: number) => all.slice(from, to);
      // Two cuts overlapping (a profile pushed again after the first cut is in both), a head holding some of the
      // second block's profiles again, and a head being cut holding some of the head's.
      const indexes = new Map<string, IndexData>([
        ['head', indexOf(pick(35, 55))],
        ['block-01', indexOf(pick(0, 25))],
        ['cutting', indexOf(pick(50, 60))],
        ['block-02', indexOf(seed % 2 === 0 ? pick(20, 40) : pick(25, 40))],
      ]);
      const sources = [...indexes].map(([name, index]) => sourceOf(name, index));
      for (const [start, end] of [[0, 5000], [1200, 1700]] as const) {
        const selector = { profileTypeID: TYPE, labelSelector: '{}', start, end };
        const want = byStringKeys(sources, indexes, start, end);
        const got = await selectForMerge(sources, { selector, keepAll: true }, [], requestRange(start, end));
        const label = `seed ${seed}, range ${start}-${end}`;
        // The parts keep the sources' order; each key is taken from the first local block, else head, holding it.
        expect(got.parts.map((p) => p.source.name), label).to.deep.equal(sources.map((s) => s.name).filter((n) => want.taken.has(n)));
        for (const part of got.parts) {
          const keys = part.profiles.map((p) => `${part.index.series[part.index.profileSeries[p]!]!.fingerprint}/${part.index.profileTime[p]}/${part.index.profileId[p]}`);
          expect(keys.sort(), `${label}, ${part.source.name}`).to.deep.equal([...want.taken.get(part.source.name)!].sort());
        }
        expect(bySeries(digestsOfMerge(got.parts)), label).to.deep.equal(bySeries(want.digests));

        // keep_series with each series' digest as SelectSeriesDigests gives it: every series merged whole.
        const keepSeries = want.digests.map((d) => ({ seriesFingerprint: d.seriesFingerprint, count: d.count, digestLo: d.digestLo, digestHi: d.digestHi }));
        const whole = await selectForMerge(sources, { selector, keepSeries }, [], requestRange(start, end));
        expect(whole.missingSeries, label).to.deep.equal([]);
        expect(bySeries(digestsOfMerge(whole.parts)), label).to.deep.equal(bySeries(want.digests));
        // …and one whose digest differs is left out and named.
        if (keepSeries.length > 0) {
          const [first, ...rest] = keepSeries;
          const off = await selectForMerge(sources, { selector, keepSeries: [{ ...first, count: Number(first!.count) + 1 }, ...rest] }, [], requestRange(start, end));
          expect(off.missingSeries, label).to.deep.equal([first!.seriesFingerprint]);
          const others = new Set(rest.map((k) => k.seriesFingerprint!));
          expect(bySeries(digestsOfMerge(off.parts)), label).to.deep.equal(bySeries(byStringKeys(sources, indexes, start, end, others).digests));
        }
      }
    }
  });
});
