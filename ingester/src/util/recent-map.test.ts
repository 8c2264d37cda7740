import { expect } from 'chai';
import { RecentMap } from './recent-map.ts';

describe('RecentMap', () => {
  it('holds what was set, the latest value per key', () => {
    const m = new RecentMap<string, number>(3);
    m.set('a', 1);
    m.set('a', 2);
    expect([m.get('a'), m.get('b'), m.size]).to.deep.equal([2, undefined, 1]);
  });

  it('forgets the key set least recently when a new one exceeds the bound, counting a value set again as recent', () => {
    const m = new RecentMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('a', 3); // a is now the most recently set: b goes first
    m.set('c', 4);
    expect([m.get('a'), m.get('b'), m.get('c'), m.size]).to.deep.equal([3, undefined, 4, 2]);
    m.set('d', 5);
    expect([m.get('a'), m.get('c'), m.get('d')]).to.deep.equal([undefined, 4, 5]);
  });
});
