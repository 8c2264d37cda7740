import { expect } from 'chai';
import fc from 'fast-check';
import { StepSums } from './step-sums.ts';

describe('StepSums', () => {
  it('holds the sums and counts of a step-by-step map, whatever steps were expected: fewer, as many, or more', () => {
    const point = fc.record({ step: fc.integer({ min: 0, max: 40 }), sum: fc.integer({ min: -5, max: 1000 }), count: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), fc.integer({ min: 0, max: 100 }), (points, expected) => {
        const want = new Map<number, [number, number]>();
        for (const p of points) {
          const [sum, count] = want.get(p.step) ?? [0, 0];
          want.set(p.step, [sum + p.sum, count + p.count]);
        }
        const s = new StepSums(expected);
        for (const p of points) s.add(p.step, p.sum, p.count);
        expect(s.length).to.equal(want.size);
        expect(s.order().map((i) => [s.steps[i], s.sums[i], s.counts[i]])).to.deep.equal([...want].sort((a, b) => a[0] - b[0]).map(([step, [sum, count]]) => [step, sum, count]));
        // Trimmed, the arrays are the steps held and nothing past them.
        s.trim();
        expect([s.steps.length, s.sums.length, s.counts.length]).to.deep.equal([want.size, want.size, want.size]);
        // ascending says whether the steps, in the order first seen, ascend (they are then handed on unsorted).
        expect(s.ascending).to.equal(s.steps.every((step, i) => i === 0 || step > s.steps[i - 1]!));
      }),
      { numRuns: 300 },
    );
  });
});
