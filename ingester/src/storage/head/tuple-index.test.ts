import { expect } from 'chai';
import fc from 'fast-check';
import { hashTuple, TupleIndex } from './tuple-index.ts';

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

  it('spreads location keys crafted to collide under an unseeded hash over the table (no hash flooding)', () => {
    // Keys (mapping 0, address) that the former unseeded FNV-style hash sent to one slot: inverting its two
    // multiply-xor steps per address gives 40,000 addresses with the same hash, and interning them probed
    // quadratically (13.8 s for one 540 KB pprof). The seeded hash must scatter them like any other keys.
    const P = 0x01000193;
    let inverse = 1;
    for (let i = 0; i < 5; i++) inverse = Math.imul(inverse, 2 - Math.imul(P, inverse));
    const prefix = Math.imul(Math.imul(0x811c9dc5 ^ 2, P), P);
    const slots = new Set<number>();
    const mask = (1 << 16) - 1;
    const n = 40_000;
    for (let hi = 1; hi <= n; hi++) {
      const lo = (Math.imul(Math.imul(12345, inverse) ^ hi, inverse) ^ prefix) >>> 0;
      slots.add(hashTuple([0, hi * 2 ** 32 + lo], 2) & mask);
    }
    // 40,000 random keys in 65,536 slots fill about 30,000 distinct ones.
    expect(slots.size).to.be.greaterThan(25_000);
  });
});
