import { expect } from 'chai';
import { ApiError } from '../util/errors.ts';
import { allowFailures, type QuerySource } from './querier-engine.ts';
import { replicaSetPolicy } from './failure-policy.ts';

const api = {} as QuerySource['api'];
const sources: QuerySource[] = [...['i-0', 'i-1', 'i-2', 'i-3'].map((name): QuerySource => ({ name, api })), { name: 'bucket', api, required: true }];
const fail = (...names: string[]) => names.map((source) => ({ source, error: new Error(`${source} is down`) }));
const sets = [
  ['i-0', 'i-1', 'i-2'],
  ['i-1', 'i-2', 'i-3'],
  ['i-2', 'i-3', 'i-0'],
];

describe('failure policies', () => {
  const cases: [string, string[], RegExp | undefined][] = [
    ['one missing instance leaves every range readable', ['i-1'], undefined],
    ['two missing instances of one replica set fail the read, naming them and the set', ['i-0', 'i-1'], /2 of the 3 replicas \[i-0, i-1, i-2\] are missing \(at most 1 may be\): i-0: i-0 is down; i-1: i-1 is down/],
    ['a failed bucket fails the read whatever the replica sets', ['bucket'], /bucket \(required\): bucket is down/],
  ];
  for (const [sentence, failed, want] of cases) {
    it(sentence, () => {
      const run = () => replicaSetPolicy(sets, 1)(fail(...failed), sources);
      if (want) expect(run).to.throw(ApiError, want).with.property('code', 'unavailable');
      else expect(run).not.to.throw();
    });
  }

  it('allowFailures tolerates up to n non-required failures and never all sources', () => {
    expect(() => allowFailures(1)(fail('i-0'), sources)).not.to.throw();
    expect(() => allowFailures(1)(fail('i-0', 'i-3'), sources)).to.throw(/2 of 5 sources failed: i-0: i-0 is down; i-3: i-3 is down/);
    expect(() => allowFailures(10)(fail('i-0', 'i-1', 'i-2', 'i-3', 'bucket'), sources)).to.throw(/5 of 5 sources failed/);
  });
});
