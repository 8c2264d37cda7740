import { expect } from 'chai';
import { FlagSet } from '../util/flags.ts';
import { DEFAULT_QUERY_CONFIG, defineQueryFlags } from './config.ts';

describe('query flags', () => {
  it('default to Pyroscope-like limits when not given', () => {
    const fs = new FlagSet('test', 'test');
    const cfg = defineQueryFlags(fs);
    fs.parse([]);
    expect(cfg()).to.deep.equal(DEFAULT_QUERY_CONFIG);
  });

  it('are read from the command line', () => {
    const fs = new FlagSet('test', 'test');
    const cfg = defineQueryFlags(fs);
    fs.parse(['-querier.max-flamegraph-nodes-default=100', '-querier.max-failed-sources', '0']);
    expect(cfg()).to.include({ defaultMaxNodes: 100, maxFailedSources: 0 });
  });

  it('reject a default above the maximum, naming both flags', () => {
    const fs = new FlagSet('test', 'test');
    const cfg = defineQueryFlags(fs);
    fs.parse(['-querier.max-flamegraph-nodes-default=100', '-querier.max-flamegraph-nodes-max=10']);
    expect(() => cfg()).to.throw(/-querier.max-flamegraph-nodes-default: 100 exceeds -querier.max-flamegraph-nodes-max \(10\)/);
  });

  it('reject a negative number of failed sources', () => {
    const fs = new FlagSet('test', 'test');
    defineQueryFlags(fs);
    expect(() => fs.parse(['-querier.max-failed-sources=-1'])).to.throw(/invalid -querier.max-failed-sources: must not be negative/);
  });
});
