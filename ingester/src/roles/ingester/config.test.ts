import { expect } from 'chai';
import { FlagSet } from '../../util/flags.ts';
import { localRetentionProblem, registerIngesterFlags } from './config.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('ingester blocks and the queriers\' reads', () => {
  const reads = { indexMaxStaleMs: 30 * MIN, indexRefreshMs: MIN, queryIngestersWithinMs: 3 * HOUR, rejectOlderThanMs: HOUR };

  it('the defaults fit: 3h of local retention (= query-ingesters-within, as Mimir keeps it) > 30m + 1m of bucket index lag, and 3h of query-ingesters-within > 1h of accepted age + 1h blocks + 31m', () => {
    const fs = new FlagSet('test', 'test');
    const config = registerIngesterFlags(fs);
    fs.parse([]);
    expect(config().storage).to.deep.include({ localRetentionMs: 3 * HOUR, maxBlockDurationMs: HOUR });
    expect(config().storage.localRetentionMs).to.be.at.least(reads.queryIngestersWithinMs);
    expect(localRetentionProblem(config().storage, reads)).to.equal(undefined);
  });

  it('a local retention within the bucket index\'s lag is named, with the flags to change', () => {
    expect(localRetentionProblem({ localRetentionMs: 31 * MIN, maxBlockDurationMs: HOUR }, reads)).to.match(/-ingester\.local-retention \(1860s\) must exceed -querier\.bucket-index-max-stale-period \+ -querier\.bucket-index-refresh \(1860s\)/);
  });

  it('blocks longer than query-ingesters-within allows are named: older ranges would be read from the bucket before their blocks are there', () => {
    expect(localRetentionProblem({ localRetentionMs: HOUR, maxBlockDurationMs: 3 * HOUR }, reads)).to.match(/-querier\.query-ingesters-within \(10800s\) must exceed -validation\.reject-older-than \+ -ingester\.max-block-duration/);
    expect(localRetentionProblem({ localRetentionMs: HOUR, maxBlockDurationMs: 2 * HOUR }, reads), '1h + 2h + 31m').to.be.a('string');
    expect(localRetentionProblem({ localRetentionMs: HOUR, maxBlockDurationMs: HOUR }, { ...reads, rejectOlderThanMs: 0 }), 'profiles of any age: no range is safe to skip the ingesters').to.be.a('string');
    expect(localRetentionProblem({ localRetentionMs: HOUR, maxBlockDurationMs: 3 * HOUR }, { ...reads, queryIngestersWithinMs: 0 }), '0: every range asks the ingesters').to.equal(undefined);
  });
});
