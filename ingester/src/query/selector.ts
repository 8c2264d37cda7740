// Prometheus label selectors: `{service_name="checkout", env=~"prod|staging"}`, as Pyroscope accepts them in
// label_selector and in the `matchers` of LabelNames/LabelValues/Series. Parsing follows PromQL's lexer for
// the parts a selector uses: identifiers, the four match operators, Go-style quoted strings ("…", '…' and
// raw `…`), an optional metric name before the braces (becomes __name__="…") and a trailing comma.
// Regexes use RE2 syntax and run in linear time; they are fully anchored as Prometheus anchors them: `^(?s:re)$`.
import { invalidArgument } from '../util/errors.ts';
import { RE2JS, RE2JSException } from 're2js';
import type { LabelPair } from '../model/labels.ts';

export type MatchType = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  type: MatchType;
  value: string;
  /** Compiled, anchored regex for =~ and !~; undefined for = and !=. */
  regex?: LabelRegex;
}

/** A compiled label regex (RE2 semantics): `test` runs in time linear in the value. */
export interface LabelRegex {
  test(value: string): boolean;
}

export function newMatcher(name: string, type: MatchType, value: string): Matcher {
  if (type === '=~' || type === '!~') return { name, type, value, regex: compileAnchoredRegex(value, name) };
  return { name, type, value };
}

export function matchValue(m: Matcher, value: string): boolean {
  switch (m.type) {
    case '=':
      return value === m.value;
    case '!=':
      return value !== m.value;
    case '=~':
      return m.regex!.test(value);
    case '!~':
      return !m.regex!.test(value);
  }
}

/** True when every matcher accepts the labels; a label that is absent has the value "". */
export function matchesSelector(matchers: readonly Matcher[], labels: readonly LabelPair[]): boolean {
  for (const m of matchers) {
    let value = '';
    for (const l of labels) {
      if (l.name === m.name) {
        value = l.value;
        break;
      }
    }
    if (!matchValue(m, value)) return false;
  }
  return true;
}

/** True when the labels match at least one of the selectors (an empty list matches everything). */
export function matchesAnySelector(selectors: readonly Matcher[][], labels: readonly LabelPair[]): boolean {
  if (selectors.length === 0) return true;
  return selectors.some((s) => matchesSelector(s, labels));
}

/**
 * Parses the `matchers: string[]` of LabelNames/LabelValues/Series: the result is an OR of selectors.
 * An empty list, or a list whose selectors are all empty, matches every series; the result is then [].
 */
export function parseSelectors(texts: readonly string[]): Matcher[][] {
  const out: Matcher[][] = [];
  for (const t of texts) {
    const m = parseSelector(t);
    if (m.length === 0) return []; // one "match all" alternative makes the whole OR match all
    out.push(m);
  }
  return out;
}

/**
 * The equality matcher whose postings list is likely the shortest, to drive an index lookup; the other
 * matchers are then checked per series. Returns undefined when no matcher can drive a lookup (no `=`
 * with a non-empty value). With `cardinality` (number of series holding name=value) the smallest wins;
 * without it, labels that nearly every series carries (__name__, the profile type labels) are avoided.
 */
export function pickPostingsMatcher(
  matchers: readonly Matcher[],
  cardinality?: (name: string, value: string) => number,
): Matcher | undefined {
  let best: Matcher | undefined;
  let bestCost = Infinity;
  for (const m of matchers) {
    if (m.type !== '=' || m.value === '') continue;
    const cost = cardinality ? cardinality(m.name, m.value) : (BROAD_LABELS.get(m.name) ?? 0);
    if (cost < bestCost) {
      best = m;
      bestCost = cost;
    }
  }
  return best;
}

/** Labels shared by many series: worse drivers for a lookup than, say, service_name or pod. */
const BROAD_LABELS = new Map<string, number>([
  ['__profile_type__', 3],
  ['__name__', 3],
  ['__type__', 3],
  ['__unit__', 4],
  ['__period_type__', 4],
  ['__period_unit__', 4],
  ['__delta__', 4],
  ['service_name', 1],
]);

/** Renders matchers back into selector text that parses to the same matchers. */
export function formatSelector(matchers: readonly Matcher[]): string {
  return `{${matchers.map((m) => `${formatLabelName(m.name)}${m.type}${quoteGo(m.value)}`).join(', ')}}`;
}

function formatLabelName(name: string): string {
  return /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) ? name : quoteGo(name);
}

/** A Go `strconv.Quote`-style rendering (printable ASCII as is, the rest escaped). */
export function quoteGo(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c === 0x07) out += '\\a';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0b) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/**
 * Parses one selector. "" and "{}" match everything (no matchers). Errors are ApiError invalid_argument
 * naming the 1-based column of the problem.
 */
export function parseSelector(text: string): Matcher[] {
  return new SelectorParser(text).parse();
}

class SelectorParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parse(): Matcher[] {
    const matchers: Matcher[] = [];
    this.skipSpace();
    if (this.pos === this.text.length) return matchers;
    if (this.peek() !== '{') {
      const name = this.readMetricName();
      matchers.push(newMatcher('__name__', '=', name));
      this.skipSpace();
      if (this.pos === this.text.length) return matchers;
    }
    this.expect('{');
    this.skipSpace();
    while (this.peek() !== '}') {
      matchers.push(this.readMatcher());
      this.skipSpace();
      const c = this.peek();
      if (c === ',') {
        this.pos++;
        this.skipSpace();
        continue;
      }
      if (c !== '}') this.fail(c === undefined ? 'unexpected end of selector, expected "," or "}"' : `unexpected ${JSON.stringify(c)}, expected "," or "}"`);
    }
    this.pos++; // '}'
    this.skipSpace();
    if (this.pos !== this.text.length) this.fail(`unexpected ${JSON.stringify(this.text.slice(this.pos, this.pos + 10))} after "}"`);
    return matchers;
  }

  private readMatcher(): Matcher {
    const namePos = this.pos;
    const c = this.peek();
    let name: string;
    if (c === '"' || c === "'" || c === '`') name = this.readString();
    else name = this.readIdentifier('label name');
    this.skipSpace();
    const opPos = this.pos;
    const type = this.readOperator();
    this.skipSpace();
    const q = this.peek();
    if (q !== '"' && q !== "'" && q !== '`') {
      this.fail(q === undefined ? `unexpected end of selector, expected a quoted value for label ${JSON.stringify(name)}` : `expected a quoted value for label ${JSON.stringify(name)}, found ${JSON.stringify(q)}`);
    }
    const value = this.readString();
    if (name === '') {
      this.pos = namePos;
      this.fail('empty label name');
    }
    try {
      return newMatcher(name, type, value);
    } catch (e) {
      this.pos = opPos;
      this.fail((e as Error).message);
    }
  }

  private readOperator(): MatchType {
    const two = this.text.slice(this.pos, this.pos + 2);
    if (two === '=~' || two === '!~' || two === '!=') {
      this.pos += 2;
      return two;
    }
    if (this.peek() === '=') {
      this.pos++;
      return '=';
    }
    const found = this.peek();
    return this.fail(found === undefined ? 'unexpected end of selector, expected one of =, !=, =~, !~' : `unexpected ${JSON.stringify(found)}, expected one of =, !=, =~, !~`);
  }

  private readIdentifier(what: string): string {
    const m = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(this.text.slice(this.pos));
    if (!m) {
      const c = this.peek();
      this.fail(c === undefined ? `unexpected end of selector, expected a ${what}` : `unexpected ${JSON.stringify(c)}, expected a ${what}`);
    }
    this.pos += m[0].length;
    return m[0];
  }

  private readMetricName(): string {
    const m = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(this.text.slice(this.pos));
    if (!m) this.fail(`unexpected ${JSON.stringify(this.peek())}, expected "{" or a metric name`);
    this.pos += m[0].length;
    return m[0];
  }

  /** Reads a Go-style quoted string starting at the quote character. */
  private readString(): string {
    const start = this.pos;
    const quote = this.text[this.pos]!;
    this.pos++;
    if (quote === '`') {
      const end = this.text.indexOf('`', this.pos);
      if (end < 0) {
        this.pos = start;
        this.fail('unterminated raw string');
      }
      const s = this.text.slice(this.pos, end);
      this.pos = end + 1;
      return s;
    }
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') {
        this.pos = start;
        this.fail('unterminated quoted string');
      }
      if (c === quote) {
        this.pos++;
        return out;
      }
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      out += this.readEscape(quote);
    }
  }

  private readEscape(quote: string): string {
    const escPos = this.pos;
    const e = this.text[this.pos + 1];
    this.pos += 2;
    switch (e) {
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'v': return '\v';
      case '\\': return '\\';
      case 'x': return String.fromCharCode(this.readHex(2, escPos));
      case 'u': return this.codePoint(this.readHex(4, escPos), escPos);
      case 'U': return this.codePoint(this.readHex(8, escPos), escPos);
      default:
        if (e === quote) return e;
        if (e !== undefined && e >= '0' && e <= '7') {
          const digits = this.text.slice(this.pos - 1, this.pos + 2);
          if (!/^[0-7]{3}$/.test(digits)) {
            this.pos = escPos;
            this.fail('invalid octal escape (needs three digits)');
          }
          this.pos += 2;
          const v = parseInt(digits, 8);
          if (v > 255) {
            this.pos = escPos;
            this.fail('octal escape value > 255');
          }
          return String.fromCharCode(v);
        }
        this.pos = escPos;
        return this.fail(`unknown escape sequence \\${e ?? ''}`);
    }
  }

  private readHex(n: number, escPos: number): number {
    const digits = this.text.slice(this.pos, this.pos + n);
    if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) {
      this.pos = escPos;
      this.fail(`invalid escape: expected ${n} hex digits`);
    }
    this.pos += n;
    return parseInt(digits, 16);
  }

  private codePoint(v: number, escPos: number): string {
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
      this.pos = escPos;
      this.fail('escape sequence is an invalid Unicode code point');
    }
    return String.fromCodePoint(v);
  }

  private expect(c: string): void {
    if (this.peek() !== c) {
      const found = this.peek();
      this.fail(found === undefined ? `unexpected end of selector, expected ${JSON.stringify(c)}` : `unexpected ${JSON.stringify(found)}, expected ${JSON.stringify(c)}`);
    }
    this.pos++;
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private fail(message: string): never {
    throw invalidArgument(`parse error in selector ${JSON.stringify(this.text)} at column ${this.pos + 1}: ${message}`);
  }
}

/**
 * Compiles a Prometheus regex matcher with RE2 (re2js, a pure-JavaScript port of Go's regexp), which matches
 * in time linear in the value: a hostile pattern like `(.*.*)*x` cannot stall the event loop as JavaScript's
 * backtracking RegExp did (~45 s for a 16-character value). As Prometheus does (model/labels/regexp.go,
 * NewFastRegexMatcher), the pattern must parse on its own (so `a)|(b` cannot escape the wrapping group), and is
 * then anchored at both ends with `.` matching newlines: `^(?s:re)$`. What RE2 refuses (backreferences,
 * lookaround, repeats over 1000) is an error naming the pattern and the label, answered as invalid_argument (400).
 */
export function compileAnchoredRegex(source: string, labelName = ''): LabelRegex {
  try {
    RE2JS.compile(source);
    return literalAlternatives(source) ?? RE2JS.compile(`^(?s:${source})$`);
  } catch (e) {
    const label = labelName ? ` for label ${JSON.stringify(labelName)}` : '';
    const reason = e instanceof RE2JSException ? e.message : String(e);
    throw new Error(`invalid regular expression ${JSON.stringify(source)}${label} (RE2 syntax): ${reason}`, { cause: e });
  }
}

/** Characters with a meaning in RE2 syntax: a pattern without them (but `|`) is a set of literal values. */
const RE2_META = /[\\.+*?()[\]{}^$]/;

/**
 * `checkout`, `checkout|cart|payment`: as Prometheus does for such patterns (model/labels/regexp.go,
 * optimizeAlternatingLiterals), an anchored match of literal alternatives is a set lookup, not a regex run
 * (Grafana's multi-value template variables send exactly this).
 */
function literalAlternatives(source: string): LabelRegex | undefined {
  if (RE2_META.test(source)) return undefined;
  const values = new Set(source.split('|'));
  return { test: (value) => values.has(value) };
}
