import { expect } from 'chai';
import fc from 'fast-check';
import { ApiError } from '../util/errors.ts';
import { RE2JS } from 're2js';
import {
  compileAnchoredRegex,
  formatSelector,
  matchesAnySelector,
  matchesSelector,
  parseSelector,
  parseSelectors,
  pickPostingsMatcher,
  type Matcher,
} from './selector.ts';

const plain = (ms: Matcher[]): [string, string, string][] => ms.map((m) => [m.name, m.type, m.value]);

describe('parseSelector', () => {
  const accepted: [string, string, [string, string, string][]][] = [
    ['an empty string matches everything', '', []],
    ['empty braces match everything', ' { } ', []],
    ['a single equality is read', '{service_name="checkout"}', [['service_name', '=', 'checkout']]],
    [
      'all four operators are read, with spaces anywhere',
      '{ a = "1" , b!="2", c=~"x|y",d !~ "z.*" }',
      [['a', '=', '1'], ['b', '!=', '2'], ['c', '=~', 'x|y'], ['d', '!~', 'z.*']],
    ],
    ['a trailing comma is allowed', '{a="1",}', [['a', '=', '1']]],
    ['single-quoted values are strings', "{a='it\\'s'}", [['a', '=', "it's"]]],
    ['backticks are raw strings without escapes', '{a=~`\\d+\\.`}', [['a', '=~', '\\d+\\.']]],
    ['Go escapes are decoded', '{a="\\t\\n\\\\\\"\\x41\\101\\u00e9\\U0001F600"}', [['a', '=', '\t\n\\"AAé😀']]],
    ['a metric name before the braces becomes __name__', 'process_cpu{a="1"}', [['__name__', '=', 'process_cpu'], ['a', '=', '1']]],
    ['a bare metric name is a selector', 'process_cpu', [['__name__', '=', 'process_cpu']]],
    ['a quoted label name is allowed', '{"service.name"="x"}', [['service.name', '=', 'x']]],
    ['an empty value is kept', '{x!=""}', [['x', '!=', '']]],
  ];
  for (const [sentence, text, want] of accepted) {
    it(sentence, () => expect(plain(parseSelector(text))).to.deep.equal(want));
  }

  const rejected: [string, string, RegExp][] = [
    ['a missing closing brace is reported at the end', '{a="1"', /column 7: unexpected end of selector/],
    ['an unknown operator is reported where it is', '{a=="1"}', /column 4: expected a quoted value/],
    ['an unquoted value is rejected', '{a=b}', /column 4: expected a quoted value for label "a"/],
    ['an unterminated string is reported at its quote', '{a="x}', /column 4: unterminated quoted string/],
    ['an invalid escape is rejected', '{a="\\q"}', /column 5: unknown escape sequence \\q/],
    ['an invalid regex names the label', '{a=~"("}', /invalid regular expression "\(" for label "a"/],
    ['a regex cannot escape its anchoring group', '{a=~"x)|(y"}', /invalid regular expression "x\)\|\(y" for label "a" \(RE2 syntax\)/],
    ['a backreference is refused, as RE2 refuses it', '{a=~`(x)\\1`}', /invalid regular expression .* for label "a" \(RE2 syntax\): .*invalid escape/],
    ['a lookahead is refused, as RE2 refuses it', '{a=~"(?=x)x"}', /invalid regular expression .* for label "a" \(RE2 syntax\): .*unsupported Perl syntax/],
    ['text after the closing brace is rejected', '{a="1"} x', /column 9: unexpected "x" after "}"/],
    ['a label name must be an identifier', '{1a="x"}', /column 2: unexpected "1", expected a label name/],
    ['a separator is required between matchers', '{a="1" b="2"}', /column 8: unexpected "b", expected "," or "}"/],
  ];
  for (const [sentence, text, want] of rejected) {
    it(sentence, () => {
      let err: unknown;
      try {
        parseSelector(text);
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(ApiError);
      expect((err as ApiError).code).to.equal('invalid_argument');
      expect((err as ApiError).message).to.match(want);
    });
  }

  it('any input either parses or fails with invalid_argument, never with another error', () => {
    const alphabet = fc.constantFrom('{', '}', '=', '!', '~', '"', "'", '`', '\\', ',', ' ', 'a', '_', '1', '.', '(', '[', 'x', 'u', '0');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((cs) => cs.join('')), (text) => {
        try {
          parseSelector(text);
        } catch (e) {
          expect(e).to.be.instanceOf(ApiError);
          expect((e as ApiError).code).to.equal('invalid_argument');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('formatting then parsing gives back the same matchers, for any names and values', () => {
    const name = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_.]{0,8}$/);
    const matcher = fc.record({
      name,
      type: fc.constantFrom('=' as const, '!=' as const, '=~' as const, '!~' as const),
      value: fc.string({ unit: 'binary', maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(matcher, { maxLength: 5 }), (ms) => {
        // Regex matchers need a valid regex: escape the value so that any string is one.
        const normalized = ms.map((m) => ({ ...m, value: m.type.includes('~') ? m.value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : m.value }));
        let valid: Matcher[];
        try {
          valid = parseSelector(formatSelector(normalized.map((m) => ({ ...m }))));
        } catch (e) {
          // a lone surrogate or the like in a regex can be invalid for JS regexes; that is not what we test
          if (normalized.some((m) => m.type.includes('~'))) return;
          throw e;
        }
        expect(plain(valid)).to.deep.equal(normalized.map((m) => [m.name, m.type, m.value]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('matchesSelector', () => {
  const labels = [
    { name: 'env', value: 'prod' },
    { name: 'service_name', value: 'checkout' },
  ];
  const cases: [string, string, boolean][] = [
    ['no matchers match any series', '{}', true],
    ['an equality on a present label matches', '{service_name="checkout"}', true],
    ['an equality on another value does not match', '{service_name="cart"}', false],
    ['a missing label equals the empty string', '{pod=""}', true],
    ['a missing label does not equal a non-empty value', '{pod="x"}', false],
    ['x!="" requires the label to be present', '{pod!=""}', false],
    ['a regex must match the whole value', '{env=~"pro"}', false],
    ['an alternation matches either side in full', '{env=~"staging|prod"}', true],
    ['a negative regex on a missing label that matches empty fails', '{pod!~".*"}', false],
    ['a negative regex excludes a matching value', '{env!~"p.*"}', false],
    ['all matchers must hold', '{env="prod", service_name!="checkout"}', false],
    ['a (?i) flag makes the regex case-insensitive', '{env=~"(?i)PROD"}', true],
    ['POSIX classes work inside brackets', '{env=~"[[:alpha:]]+"}', true],
    ['RE2 named groups are accepted', '{env=~"(?P<stage>pr)od"}', true],
  ];
  for (const [sentence, selector, want] of cases) {
    it(sentence, () => expect(matchesSelector(parseSelector(selector), labels)).to.equal(want));
  }
});

describe('parseSelectors (OR of matchers lists)', () => {
  const a = [{ name: 'service_name', value: 'a' }];
  it('matches when any selector matches', () => {
    const s = parseSelectors(['{service_name="b"}', '{service_name="a"}']);
    expect(matchesAnySelector(s, a)).to.equal(true);
  });
  it('does not match when no selector matches', () => {
    expect(matchesAnySelector(parseSelectors(['{service_name="b"}']), a)).to.equal(false);
  });
  it('an empty selector among others makes the whole list match all', () => {
    expect(parseSelectors(['{service_name="b"}', '{}'])).to.deep.equal([]);
    expect(matchesAnySelector([], a)).to.equal(true);
  });
});

describe('pickPostingsMatcher', () => {
  it('prefers service_name over the labels every series has', () => {
    const m = pickPostingsMatcher(parseSelector('{__profile_type__="p:a:b:c:d", service_name="x", env=~"y"}'));
    expect(m?.name).to.equal('service_name');
  });
  it('uses a cardinality estimate when given', () => {
    const card = (name: string): number => (name === 'pod' ? 1 : 100);
    expect(pickPostingsMatcher(parseSelector('{service_name="x", pod="p-1"}'), card)?.name).to.equal('pod');
  });
  it('finds nothing when no non-empty equality exists', () => {
    expect(pickPostingsMatcher(parseSelector('{a=~"x", b!="y", c=""}'))).to.equal(undefined);
  });
});

describe('compileAnchoredRegex', () => {
  it('matches literal alternatives (a set lookup) exactly as RE2 matches the anchored pattern', () => {
    const literal = fc.stringMatching(/^[a-z0-9_\-/ :]{0,6}$/);
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 4 }), fc.oneof(literal, fc.constantFrom('', 'a', 'ab')), (parts, value) => {
        const source = parts.join('|');
        expect(compileAnchoredRegex(source).test(value), `${JSON.stringify(source)} on ${JSON.stringify(value)}`).to.equal(RE2JS.compile(`^(?s:${source})$`).test(value));
      }),
    );
  });
});
