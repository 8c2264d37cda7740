import { expect } from 'chai';
import fc from 'fast-check';
import { TupleIndex } from './tuple-index.ts';

describe('TupleIndex', () => {
  it('gives equal tuples the same ID and different tuples different IDs, in order of first appearance', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(2 ** 40 + 1), fc.double({ noNaN: true })), { maxLength: 4 }), { maxLength: 300 }), (tuples) => {
        const index = new TupleIndex();
        const seen = new Map<string, number>();
        for (const t of tuples) {
          const key = JSON.stringify(t.map((v) => (Object.is(v, -0) ? 0 : v)));
          const id = index.intern(t);
          const added = index.lastAdded;
          if (seen.has(key)) {
            expect(added).to.equal(false);
            expect(id).to.equal(seen.get(key));
          } else {
            expect(added).to.equal(true);
            expect(id).to.equal(seen.size);
            seen.set(key, id);
          }
        }
        expect(index.size).to.equal(seen.size);
      }),
    );
  });
});
