import { expect } from 'chai';
import { SeenKeys } from './seen-keys.ts';

describe('SeenKeys (a profile read from two sources of one ingester counted once)', () => {
  it('tells a key seen before from a new one', () => {
    const seen = new SeenKeys();
    expect(seen.firstTime(7, 'fp', 1000, 'a')).to.equal(true);
    expect(seen.firstTime(7, 'fp', 1000, 'a')).to.equal(false);
    expect(seen.firstTime(8, 'fp', 1000, 'b')).to.equal(true);
  });

  it('keeps keys apart that share a hash: the series, the time or the ID differ', () => {
    const seen = new SeenKeys();
    const keys: [string, number, string][] = [['fp', 1000, 'a'], ['fp2', 1000, 'a'], ['fp', 1001, 'a'], ['fp', 1000, 'b']];
    for (const [fp, t, id] of keys) expect(seen.firstTime(42, fp, t, id)).to.equal(true);
    for (const [fp, t, id] of keys) expect(seen.firstTime(42, fp, t, id)).to.equal(false);
  });
});
