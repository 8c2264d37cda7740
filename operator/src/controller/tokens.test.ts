import { expect } from 'chai';
import { ordinalOf, ownership, tokensForOrdinal } from './tokens.ts';

const ringOf = (n: number, perInstance = 128) => new Map(Array.from({ length: n }, (_, i) => [`ingester-${i}`, tokensForOrdinal(i, perInstance)]));

describe('token assignment per ordinal', () => {
  it('gives the same tokens for the same ordinal every time (a restarted operator assigns the same)', () => {
    expect(tokensForOrdinal(7, 128)).to.deep.equal(tokensForOrdinal(7, 128));
  });

  it('returns the requested number of sorted uint32 tokens', () => {
    const tokens = tokensForOrdinal(3, 128);
    expect(tokens).to.have.length(128);
    expect(tokens).to.deep.equal([...tokens].sort((a, b) => a - b));
    for (const t of tokens) expect(t).to.be.within(0, 2 ** 32 - 1);
  });

  it('never gives two ordinals the same token', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 64; i++) for (const t of tokensForOrdinal(i, 128)) {
      expect(seen.has(t), `token ${t} of ordinal ${i}`).to.equal(false);
      seen.add(t);
    }
  });

  const evenCases: [string, number, number][] = [
    ['3 instances own a third of the ring each, within 2%', 3, 1.02],
    ['4 instances own a quarter each, within 2%', 4, 1.02],
    ['6 instances own a sixth each, within 2%', 6, 1.02],
    ['100 instances stay within 10% of each other', 100, 1.1],
  ];
  for (const [sentence, n, maxRatio] of evenCases) {
    it(sentence, () => {
      const shares = [...ownership(ringOf(n)).values()];
      expect(shares.reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-9);
      expect(Math.max(...shares) / Math.min(...shares)).to.be.at.most(maxRatio);
    });
  }

  it('adding ordinal N does not move the tokens of ordinals 0..N-1', () => {
    const before = ringOf(5);
    const after = ringOf(6);
    for (const [id, tokens] of before) expect(after.get(id)).to.deep.equal(tokens);
  });

  it('reads the ordinal from a StatefulSet pod name and rejects other names', () => {
    expect(ordinalOf('demo-ingester-12', 'demo-ingester')).to.equal(12);
    expect(ordinalOf('demo-ingester-0', 'demo-ingester')).to.equal(0);
    expect(ordinalOf('demo-ingester-01', 'demo-ingester')).to.equal(undefined);
    expect(ordinalOf('demo-ingester-x', 'demo-ingester')).to.equal(undefined);
    expect(ordinalOf('other-3', 'demo-ingester')).to.equal(undefined);
  });

  it('rejects a negative ordinal with a clear message', () => {
    expect(() => tokensForOrdinal(-1, 128)).to.throw(/ordinal must be a non-negative integer/);
  });
});
