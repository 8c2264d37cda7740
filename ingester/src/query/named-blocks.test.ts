import { expect } from 'chai';
import { NamedBlocks } from './named-blocks.ts';

describe('the blocks ingesters named in their last digests (what the bucket skips while they answer)', () => {
  it('predicts nothing until every ingester of the query has answered for the tenant, then the union of what they named', () => {
    const n = new NamedBlocks();
    n.remember('t1', 'ing-0', ['B0']);
    expect(n.predict('t1', ['ing-0', 'ing-1'])).to.equal(undefined);
    n.remember('t1', 'ing-1', []);
    expect([...n.predict('t1', ['ing-0', 'ing-1'])!]).to.deep.equal(['B0']);
    expect(n.predict('t2', ['ing-0'])).to.equal(undefined);
    n.remember('t1', 'ing-0', ['B0', 'B3']);
    expect([...n.predict('t1', ['ing-0', 'ing-1'])!].sort()).to.deep.equal(['B0', 'B3']);
  });

  it('forgets the entry answered longest ago once it holds its maximum', () => {
    const n = new NamedBlocks(2);
    n.remember('t', 'a', ['A']);
    n.remember('t', 'b', ['B']);
    n.remember('t', 'a', ['A']); // a answered again: b is now the oldest
    n.remember('t', 'c', ['C']);
    expect(n.predict('t', ['b'])).to.equal(undefined);
    expect(n.predict('t', ['a', 'c'])).to.not.equal(undefined);
  });
});
