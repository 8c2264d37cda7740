import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ownership } from './model.ts';
import { deleteTokensFile, loadTokensFile, randomTokens, saveTokensFile, spreadTokens, TokensFileError } from './tokens.ts';

describe('tokens', () => {
  it('generates sorted, unique random tokens that avoid the taken ones', () => {
    let next = 0;
    const seq = [5, 5, 7, 1, 9, 3];
    const tokens = randomTokens(3, new Set([7]), () => seq[next++]!);
    expect(tokens).to.deep.equal([1, 5, 9]);
    const many = randomTokens(1000);
    expect(new Set(many).size).to.equal(1000);
    expect(many).to.deep.equal([...many].sort((a, b) => a - b));
  });

  const ringOf = (n: number) => ({
    instances: Object.fromEntries(Array.from({ length: n }, (_, i) => [`i${i}`, { id: `i${i}`, addr: '', zone: '', state: 'ACTIVE' as const, tokens: spreadTokens(i, 128), heartbeatMs: 0, registeredAtMs: 0 }])),
  });

  it('spreads 128 sorted tokens per ordinal, one in each 128th of the ring', () => {
    for (let ordinal = 0; ordinal < 20; ordinal++) {
      const tokens = spreadTokens(ordinal, 128);
      expect(tokens).to.have.length(128);
      expect(tokens).to.deep.equal([...tokens].sort((a, b) => a - b));
      tokens.forEach((t, j) => expect(Math.floor(t / 2 ** 25)).to.equal(j));
    }
    expect(spreadTokens(0, 4)).to.deep.equal([0, 2 ** 30, 2 ** 31, 3 * 2 ** 30]);
    expect(spreadTokens(1, 4)).to.deep.equal([2 ** 29, 2 ** 30 + 2 ** 29, 2 ** 31 + 2 ** 29, 3 * 2 ** 30 + 2 ** 29]);
  });

  it('adding ordinal N only takes ranges from ordinals 0..N-1: nobody else gains anything', () => {
    for (let n = 1; n < 40; n++) {
      const before = ownership(ringOf(n));
      const after = ownership(ringOf(n + 1));
      for (let i = 0; i < n; i++) expect(after.get(`i${i}`)!).to.be.at.most(before.get(`i${i}`)! + 1e-12);
    }
  });

  it('rejects ordinals and token counts that make no sense', () => {
    expect(() => spreadTokens(-1, 128)).to.throw(/ordinal/);
    expect(() => spreadTokens(1.5, 128)).to.throw(/ordinal/);
    expect(() => spreadTokens(0, 0)).to.throw(/at least 1/);
  });

  it('gives ordinals no shared tokens', () => {
    const all = new Set<number>();
    for (let ordinal = 0; ordinal < 300; ordinal++) for (const t of spreadTokens(ordinal, 128)) all.add(t);
    expect(all.size).to.equal(300 * 128);
  });

  it('keeps every instance within ±2% of an even share for every instance count up to 64 (random tokens: ±25%)', () => {
    for (let n = 1; n <= 64; n++) {
      const shares = [...ownership(ringOf(n)).values()];
      const even = 1 / n;
      expect(Math.max(...shares) / even, `max share with ${n} instances`).to.be.below(1.02);
      expect(Math.min(...shares) / even, `min share with ${n} instances`).to.be.above(0.98);
    }
  });

  describe('tokens file', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'tokens-'));
    });
    afterEach(async () => rm(dir, { recursive: true, force: true }));

    it('round-trips tokens as {"tokens":[…]} and reports a missing file as null', async () => {
      const file = path.join(dir, 'sub', 'tokens.json');
      expect(await loadTokensFile(file)).to.equal(null);
      await saveTokensFile(file, [3, 1 << 30, 4294967295]);
      expect(JSON.parse(await readFile(file, 'utf8'))).to.deep.equal({ tokens: [3, 1 << 30, 4294967295] });
      expect(await loadTokensFile(file)).to.deep.equal([3, 1 << 30, 4294967295]);
      await deleteTokensFile(file);
      expect(await loadTokensFile(file)).to.equal(null);
    });

    it('rejects a corrupt tokens file with its path in the error', async () => {
      const file = path.join(dir, 'tokens.json');
      await writeFile(file, '{"tokens":[-1]}');
      await loadTokensFile(file).then(
        () => expect.fail('should throw'),
        (err: Error) => {
          expect(err).to.be.instanceOf(TokensFileError);
          expect(err.message).to.contain(file);
        },
      );
    });
  });
});
