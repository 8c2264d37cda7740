import { expect } from 'chai';
import { CelError, compile, evaluate } from './cel.ts';

const self = { replicas: 3, replicationFactor: 3, type: 'gcs', gcs: { bucket: 'b' }, zones: ['a', 'b', 'c'], labels: { app: 'x' }, name: 'ingester-0' };

describe('the CEL subset for x-kubernetes-validations', () => {
  const cases: [string, string, unknown][] = [
    ['compares fields of self', 'self.replicas >= self.replicationFactor', true],
    ['short-circuits || so a missing field on the other side does not matter', "self.type != 'gcs' || has(self.gcs)", true],
    ['has() is false for a missing field', 'has(self.filesystem)', false],
    ['size() works as a function and as a method', 'size(self.zones) == 3 && self.zones.size() == 3', true],
    ['in tests list membership and map keys', "'b' in self.zones && 'app' in self.labels", true],
    ['string methods', "self.name.startsWith('ingester-') && self.name.endsWith('-0') && self.name.contains('gest') && self.name.matches('^[a-z]+-[0-9]+$')", true],
    ['the all and exists macros', "self.zones.all(z, size(z) == 1) && self.zones.exists(z, z == 'c')", true],
    ['arithmetic with integer division', '(self.replicas * 2 + 1) / 2 == 3 && self.replicas % 2 == 1', true],
    ['the ternary operator', "self.replicas > 5 ? 'big' : 'small'", 'small'],
    ['negation', '!(self.replicas < 1)', true],
    ['index into lists and maps', "self.zones[0] == 'a' && self.labels['app'] == 'x'", true],
    ['adds and subtracts durations', "duration('10m') + duration('25m') == duration('35m') && duration('1h') - duration('25m') == duration('35m')", true],
    ['compares a duration with a sum of durations', "duration('30m') > duration('10m') + duration('25m')", false],
  ];
  for (const [sentence, rule, expected] of cases) {
    it(sentence, () => expect(evaluate(compile(rule), { self })).to.deep.equal(expected));
  }

  it('compares with oldSelf in transition rules', () => {
    expect(evaluate(compile('self >= oldSelf'), { self: 4, oldSelf: 3 })).to.equal(true);
    expect(evaluate(compile('self >= oldSelf'), { self: 2, oldSelf: 3 })).to.equal(false);
  });

  it('reports a missing field as an evaluation error', () => {
    expect(() => evaluate(compile('self.filesystem.path == "x"'), { self })).to.throw(CelError, 'no such key: filesystem');
  });

  it('refuses what it does not understand when compiling', () => {
    expect(() => compile('self.replicas >=')).to.throw(CelError);
    expect(() => compile('self.a # b')).to.throw(CelError, "unexpected character '#'");
  });
});
