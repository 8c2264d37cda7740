import { expect } from 'chai';
import { formatRequirements, matchesRequirements, parseFieldSelector, parseLabelSelector, selectorObjectRequirements } from './selectors.ts';
import { StatusError } from './status.ts';

describe('label and field selectors', () => {
  const labels = { app: 'web', tier: 'front', env: 'prod' };
  const cases: [string, string, boolean][] = [
    ['equality matches', 'app=web', true],
    ['double equals is equality', 'app==web,tier=front', true],
    ['inequality excludes', 'app!=web', false],
    ['inequality matches a missing key', 'zone!=a', true],
    ['in matches one of the values', 'env in (dev, prod)', true],
    ['notin excludes listed values', 'env notin (prod)', false],
    ['existence', 'tier', true],
    ['non-existence', '!tier', false],
    ['every requirement must hold', 'app=web,env=dev', false],
    ['the empty selector matches everything', '', true],
  ];
  for (const [sentence, selector, expected] of cases) it(sentence, () => expect(matchesRequirements(parseLabelSelector(selector), labels)).to.equal(expected));

  it('refuses a malformed selector with 400', () => {
    expect(() => parseLabelSelector('app in (a')).to.throw(StatusError).with.property('code', 400);
  });

  it('LabelSelector objects and their string form agree', () => {
    const reqs = selectorObjectRequirements({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] });
    expect(matchesRequirements(reqs, labels)).to.equal(true);
    expect(formatRequirements(reqs)).to.equal('app=web,env in (dev,prod)');
  });

  it('parses field selectors with = and !=', () => {
    expect(parseFieldSelector('metadata.name=x,status.phase!=Running')).to.deep.equal([
      { path: 'metadata.name', op: '=', value: 'x' },
      { path: 'status.phase', op: '!=', value: 'Running' },
    ]);
  });
});
