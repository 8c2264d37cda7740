import { expect } from 'chai';
import { FlagSet } from '../../util/flags.ts';
import { localRetentionProblem, registerIngesterFlags } from './config.ts';

const MIN = 60_000;

describe('ingester local retention and the queriers\' reads', () => {
  const reads = { indexMaxStaleMs: 30 * MIN, indexRefreshMs: MIN };

  it('the defaults keep uploaded blocks longer than a querier can miss them (1h > 30m + 1m)', () => {
    const fs = new FlagSet('test', 'test');
    const config = registerIngesterFlags(fs);
    fs.parse([]);
    expect(config().storage.localRetentionMs).to.equal(60 * MIN);
    expect(localRetentionProblem(config().storage.localRetentionMs, reads)).to.equal(undefined);
  });

  it('a local retention within the bucket index\'s staleness is named, with the flags to change', () => {
    expect(localRetentionProblem(31 * MIN, reads)).to.match(/-ingester\.local-retention \(1860s\) must exceed -querier\.bucket-index-max-stale-period \+ -querier\.bucket-index-refresh \(1860s\)/);
    expect(localRetentionProblem(10 * MIN, reads)).to.be.a('string');
  });

  it('blocks are kept at least as long as the queriers read recent data from the ingesters (-querier.query-ingesters-within)', () => {
    expect(localRetentionProblem(60 * MIN, { ...reads, queryIngestersWithinMs: 3 * 60 * MIN })).to.match(/must be at least -querier\.query-ingesters-within \(10800s\)/);
    expect(localRetentionProblem(3 * 60 * MIN, { ...reads, queryIngestersWithinMs: 3 * 60 * MIN })).to.equal(undefined);
    expect(localRetentionProblem(60 * MIN, { ...reads, queryIngestersWithinMs: 0 }), '0: every range asks the ingesters').to.equal(undefined);
  });
});
