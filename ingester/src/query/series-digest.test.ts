import { expect } from 'chai';
import { SeriesDigestBuilder } from './series-digest.ts';

describe('SeriesDigestBuilder', () => {
  const keys: [number, string][] = Array.from({ length: 200 }, (_, i) => [1_700_000_000_000 + i * 15_000, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`]);
  const digest = (ks: readonly [number, string][]) => {
    const b = new SeriesDigestBuilder('fp', []);
    for (const [t, id] of ks) b.add(t, id, 1, undefined, false);
    return [b.count, b.lo, b.hi];
  };

  it('gives the same digest for the same profiles read in any order', () => {
    expect(digest([...keys].reverse())).to.deep.equal(digest(keys));
  });

  it('gives a different digest when one profile differs in its ID or its timestamp, with the count unchanged', () => {
    const d = digest(keys);
    for (let i = 0; i < keys.length; i++) {
      const byId = keys.map((k, j): [number, string] => (j === i ? [k[0], `${k[1]}x`] : k));
      const byTime = keys.map((k, j): [number, string] => (j === i ? [k[0] + 2 ** 32, k[1]] : k));
      expect(digest(byId)).to.not.deep.equal(d);
      expect(digest(byTime)).to.not.deep.equal(d);
    }
  });

  it('sums and counts values per step, and keeps the block part apart', () => {
    const b = new SeriesDigestBuilder('fp', [{ name: 'service_name', value: 'a' }]);
    b.add(1, 'a', 5, 10, true);
    b.add(2, 'b', 7, 10, false);
    b.add(11, 'c', 1, 20, false);
    b.add(99, 'd', 1, undefined, false);
    const p = b.toProto();
    expect([p.count, p.blockCount, p.stepTime, p.stepSum, p.stepCount]).to.deep.equal([4, 1, [10, 20], [12, 1], [2, 1]]);
  });
});
