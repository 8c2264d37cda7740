// A small subset of CEL (the Common Expression Language) for CRD `x-kubernetes-validations` rules.
//
// Supported: literals (int, double, 'string' and "string", true, false, null, [lists], {maps}),
// identifiers (`self`, `oldSelf`, macro variables), field access `a.b`, indexing `a[0]`, `a['k']`,
// `! - * / % + -`, comparisons `== != < <= > >=`, `in`, `&& || ` (with CEL's short-circuit: an error on one
// side is forgiven when the other side decides), the ternary `c ? a : b`, `has(a.b)`, `size(x)`/`x.size()`,
// string methods `startsWith endsWith contains matches`, `join` on a list of strings (the extended strings
// library kube-apiserver loads), conversions `int() double() string()`, `duration('1m30s')` (compared with
// `== != < <= > >=`, added and subtracted), and the macros `all exists exists_one filter map` on lists and maps. Not supported:
// optional types, timestamps, quantities, `type()`, bytes, unsigned ints — such rules fail with a clear message.

type Value = unknown;

export class CelError extends Error {}

/** A CEL google.protobuf.Duration, in nanoseconds. */
class CelDuration {
  constructor(readonly nanos: number) {}
}

const DURATION_UNITS_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** duration(string): Go's time.ParseDuration syntax, as cel-go's string-to-duration conversion uses. */
function parseDuration(text: string): CelDuration {
  const m = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|ms|s|m|h))+|0)$/.exec(text);
  if (!m) throw new CelError(`type conversion error from 'string' to 'google.protobuf.Duration'`);
  let nanos = 0;
  for (const part of m[2]!.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|ms|s|m|h)/g)) nanos += Number(part[1]) * DURATION_UNITS_NS[part[2]!]!;
  return new CelDuration(m[1] === '-' ? -nanos : nanos);
}

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'id'; name: string }
  | { k: 'sel'; obj: Node; field: string }
  | { k: 'idx'; obj: Node; index: Node }
  | { k: 'call'; fn: string; target?: Node; args: Node[] }
  | { k: 'un'; op: string; x: Node }
  | { k: 'bin'; op: string; l: Node; r: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node }
  | { k: 'list'; items: Node[] }
  | { k: 'map'; entries: [Node, Node][] };

interface Tok { t: 'num' | 'str' | 'id' | 'op' | 'eof'; v: string; n?: number }

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-fA-F]+|\d+(\.\d+)?([eE][+-]?\d+)?)u?/.exec(src.slice(i))!;
      toks.push({ t: 'num', v: m[0], n: Number(m[0].replace(/u$/, '')) });
      i += m[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') {
          const e = src[j + 1];
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e === '\\' ? '\\' : e ?? '';
          j += 2;
        } else s += src[j++];
      }
      if (j >= src.length) throw new CelError(`unterminated string literal in: ${src}`);
      toks.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      toks.push({ t: 'id', v: m[0] });
      i += m[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
      toks.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('+-*/%<>!?:.,()[]{}'.includes(c)) {
      toks.push({ t: 'op', v: c });
      i++;
      continue;
    }
    throw new CelError(`unexpected character '${c}' in: ${src}`);
  }
  toks.push({ t: 'eof', v: '' });
  return toks;
}

const MACROS = new Set(['all', 'exists', 'exists_one', 'filter', 'map']);

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[], private readonly src: string) {}

  parse(): Node {
    const n = this.expr();
    if (this.peek().t !== 'eof') throw new CelError(`unexpected '${this.peek().v}' in: ${this.src}`);
    return n;
  }

  private peek(): Tok {
    return this.toks[this.i]!;
  }
  private next(): Tok {
    return this.toks[this.i++]!;
  }
  private accept(v: string): boolean {
    const t = this.peek();
    if ((t.t === 'op' || t.t === 'id') && t.v === v) {
      this.i++;
      return true;
    }
    return false;
  }
  private expect(v: string): void {
    if (!this.accept(v)) throw new CelError(`expected '${v}' but found '${this.peek().v || 'end of input'}' in: ${this.src}`);
  }

  private expr(): Node {
    const c = this.or();
    if (this.accept('?')) {
      const a = this.or();
      this.expect(':');
      const b = this.expr();
      return { k: 'cond', c, a, b };
    }
    return c;
  }
  private or(): Node {
    let l = this.and();
    while (this.accept('||')) l = { k: 'bin', op: '||', l, r: this.and() };
    return l;
  }
  private and(): Node {
    let l = this.rel();
    while (this.accept('&&')) l = { k: 'bin', op: '&&', l, r: this.rel() };
    return l;
  }
  private rel(): Node {
    let l = this.add();
    for (;;) {
      const t = this.peek();
      if ((t.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.v)) || (t.t === 'id' && t.v === 'in')) {
        this.i++;
        l = { k: 'bin', op: t.v, l, r: this.add() };
      } else return l;
    }
  }
  private add(): Node {
    let l = this.mul();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.v === '+' || t.v === '-')) {
        this.i++;
        l = { k: 'bin', op: t.v, l, r: this.mul() };
      } else return l;
    }
  }
  private mul(): Node {
    let l = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && ['*', '/', '%'].includes(t.v)) {
        this.i++;
        l = { k: 'bin', op: t.v, l, r: this.unary() };
      } else return l;
    }
  }
  private unary(): Node {
    if (this.accept('!')) return { k: 'un', op: '!', x: this.unary() };
    if (this.accept('-')) return { k: 'un', op: '-', x: this.unary() };
    return this.postfix();
  }
  private postfix(): Node {
    let n = this.primary();
    for (;;) {
      if (this.accept('.')) {
        const name = this.next();
        if (name.t !== 'id') throw new CelError(`expected a field name after '.' in: ${this.src}`);
        if (this.accept('(')) n = { k: 'call', fn: name.v, target: n, args: this.args(')') };
        else n = { k: 'sel', obj: n, field: name.v };
      } else if (this.accept('[')) {
        const index = this.expr();
        this.expect(']');
        n = { k: 'idx', obj: n, index };
      } else return n;
    }
  }
  private args(close: string): Node[] {
    const out: Node[] = [];
    if (this.accept(close)) return out;
    do out.push(this.expr());
    while (this.accept(','));
    this.expect(close);
    return out;
  }
  private primary(): Node {
    const t = this.next();
    if (t.t === 'num') return { k: 'lit', v: t.n };
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'id') {
      if (t.v === 'true') return { k: 'lit', v: true };
      if (t.v === 'false') return { k: 'lit', v: false };
      if (t.v === 'null') return { k: 'lit', v: null };
      if (this.accept('(')) return { k: 'call', fn: t.v, args: this.args(')') };
      return { k: 'id', name: t.v };
    }
    if (t.t === 'op' && t.v === '(') {
      const e = this.expr();
      this.expect(')');
      return e;
    }
    if (t.t === 'op' && t.v === '[') return { k: 'list', items: this.args(']') };
    if (t.t === 'op' && t.v === '{') {
      const entries: [Node, Node][] = [];
      if (!this.accept('}')) {
        do {
          const key = this.expr();
          this.expect(':');
          entries.push([key, this.expr()]);
        } while (this.accept(','));
        this.expect('}');
      }
      return { k: 'map', entries };
    }
    throw new CelError(`unexpected '${t.v || 'end of input'}' in: ${this.src}`);
  }
}

const cache = new Map<string, Node>();

/** Parses a rule (cached); throws CelError when the rule is outside the subset. */
export function compile(rule: string): Node {
  let n = cache.get(rule);
  if (!n) {
    n = new Parser(tokenize(rule), rule).parse();
    cache.set(rule, n);
  }
  return n;
}

/** Whether a rule reads `oldSelf` (a transition rule, evaluated on updates only). */
export function usesOldSelf(rule: string): boolean {
  return /\boldSelf\b/.test(rule);
}

const isMap = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);

function equal(a: Value, b: Value): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
function sortKeys(v: Value): Value {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isMap(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

function size(v: Value): number {
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  if (isMap(v)) return Object.keys(v).length;
  throw new CelError(`no such overload: size(${typeof v})`);
}

/** Evaluates a compiled rule with variables (self, oldSelf). Throws CelError on evaluation errors. */
export function evaluate(node: Node, vars: Record<string, Value>): Value {
  const ev = (n: Node, env: Record<string, Value>): Value => {
    switch (n.k) {
      case 'lit':
        return n.v;
      case 'id':
        if (!(n.name in env)) throw new CelError(`undeclared reference to '${n.name}'`);
        return env[n.name];
      case 'sel': {
        const o = ev(n.obj, env);
        if (!isMap(o) || !(n.field in o)) throw new CelError(`no such key: ${n.field}`);
        return o[n.field];
      }
      case 'idx': {
        const o = ev(n.obj, env);
        const i = ev(n.index, env);
        if (Array.isArray(o) && typeof i === 'number') {
          if (i < 0 || i >= o.length) throw new CelError(`index out of bounds: ${i}`);
          return o[i];
        }
        if (isMap(o) && typeof i === 'string') {
          if (!(i in o)) throw new CelError(`no such key: ${i}`);
          return o[i];
        }
        throw new CelError('no such overload: index');
      }
      case 'un': {
        const x = ev(n.x, env);
        if (n.op === '!') {
          if (typeof x !== 'boolean') throw new CelError('no such overload: !_');
          return !x;
        }
        if (typeof x !== 'number') throw new CelError('no such overload: -_');
        return -x;
      }
      case 'cond': {
        const c = ev(n.c, env);
        if (typeof c !== 'boolean') throw new CelError('no such overload: _?_:_');
        return c ? ev(n.a, env) : ev(n.b, env);
      }
      case 'list':
        return n.items.map((x) => ev(x, env));
      case 'map':
        return Object.fromEntries(n.entries.map(([k, v]) => [String(ev(k, env)), ev(v, env)]));
      case 'bin':
        return binary(n, env, ev);
      case 'call':
        return call(n, env, ev);
    }
  };
  return ev(node, vars);
}

function binary(n: Extract<Node, { k: 'bin' }>, env: Record<string, Value>, ev: (n: Node, env: Record<string, Value>) => Value): Value {
  if (n.op === '&&' || n.op === '||') {
    // CEL's commutative logic: an error on one side is absorbed if the other side decides.
    const decides = n.op === '||';
    let lv: Value;
    let lerr: unknown;
    try {
      lv = ev(n.l, env);
    } catch (e) {
      lerr = e;
    }
    if (lerr === undefined && lv === decides) return decides;
    const rv = ev(n.r, env);
    if (rv === decides) return decides;
    if (lerr !== undefined) throw lerr;
    if (typeof lv !== 'boolean' || typeof rv !== 'boolean') throw new CelError(`no such overload: _${n.op}_`);
    return !decides;
  }
  const l = ev(n.l, env);
  const r = ev(n.r, env);
  switch (n.op) {
    case '==':
      return equal(l, r);
    case '!=':
      return !equal(l, r);
    case 'in':
      if (Array.isArray(r)) return r.some((x) => equal(x, l));
      if (isMap(r)) return typeof l === 'string' && l in r;
      throw new CelError('no such overload: _in_');
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const durations = l instanceof CelDuration && r instanceof CelDuration;
      if (!(durations || (typeof l === 'number' && typeof r === 'number') || (typeof l === 'string' && typeof r === 'string'))) throw new CelError(`no such overload: _${n.op}_`);
      const a = durations ? (l as CelDuration).nanos : (l as number | string);
      const b = durations ? (r as CelDuration).nanos : (r as number | string);
      return n.op === '<' ? a < b : n.op === '<=' ? a <= b : n.op === '>' ? a > b : a >= b;
    }
    case '+':
      if (typeof l === 'number' && typeof r === 'number') return l + r;
      // The CEL spec's standard definitions (cel-spec doc/langdef.md, "_+_" and "_-_") overload both on
      // (google.protobuf.Duration, google.protobuf.Duration) -> google.protobuf.Duration.
      if (l instanceof CelDuration && r instanceof CelDuration) return new CelDuration(l.nanos + r.nanos);
      if (typeof l === 'string' && typeof r === 'string') return l + r;
      if (Array.isArray(l) && Array.isArray(r)) return [...l, ...r];
      throw new CelError('no such overload: _+_');
    case '-':
    case '*':
    case '/':
    case '%': {
      if (n.op === '-' && l instanceof CelDuration && r instanceof CelDuration) return new CelDuration(l.nanos - r.nanos);
      if (typeof l !== 'number' || typeof r !== 'number') throw new CelError(`no such overload: _${n.op}_`);
      if ((n.op === '/' || n.op === '%') && r === 0) throw new CelError(n.op === '/' ? 'division by zero' : 'modulus by zero');
      if (n.op === '-') return l - r;
      if (n.op === '*') return l * r;
      if (n.op === '/') return Number.isInteger(l) && Number.isInteger(r) ? Math.trunc(l / r) : l / r;
      return l % r;
    }
  }
  throw new CelError(`unknown operator ${n.op}`);
}

function call(n: Extract<Node, { k: 'call' }>, env: Record<string, Value>, ev: (n: Node, env: Record<string, Value>) => Value): Value {
  if (n.fn === 'has' && !n.target) {
    const arg = n.args[0];
    if (!arg || arg.k !== 'sel') throw new CelError('invalid argument to has() macro');
    const o = ev(arg.obj, env);
    return isMap(o) && arg.field in o && o[arg.field] !== null;
  }
  if (n.target && MACROS.has(n.fn)) {
    const coll = ev(n.target, env);
    const v = n.args[0];
    if (!v || v.k !== 'id' || n.args.length !== 2) throw new CelError(`invalid arguments to ${n.fn}() macro`);
    const items = Array.isArray(coll) ? coll : isMap(coll) ? Object.keys(coll) : undefined;
    if (!items) throw new CelError(`no such overload: ${n.fn}`);
    const body = n.args[1]!;
    const run = (x: Value): Value => ev(body, { ...env, [v.name]: x });
    switch (n.fn) {
      case 'all':
        return items.every((x) => run(x) === true);
      case 'exists':
        return items.some((x) => run(x) === true);
      case 'exists_one':
        return items.filter((x) => run(x) === true).length === 1;
      case 'filter':
        return items.filter((x) => run(x) === true);
      default:
        return items.map(run);
    }
  }
  const target = n.target ? ev(n.target, env) : undefined;
  const args = n.args.map((a) => ev(a, env));
  const str = (v: Value): string => {
    if (typeof v !== 'string') throw new CelError(`no such overload: ${n.fn}`);
    return v;
  };
  switch (n.fn) {
    case 'size':
      return size(n.target ? target : args[0]);
    case 'startsWith':
      return str(target).startsWith(str(args[0]));
    case 'endsWith':
      return str(target).endsWith(str(args[0]));
    case 'contains':
      return str(target).includes(str(args[0]));
    case 'matches':
      return new RegExp(str(args[0])).test(str(n.target ? target : args[0]));
    case 'lowerAscii':
      return str(target).toLowerCase();
    case 'upperAscii':
      return str(target).toUpperCase();
    case 'int': {
      const x = Number(args[0]);
      if (Number.isNaN(x)) throw new CelError('invalid int conversion');
      return Math.trunc(x);
    }
    case 'double':
      return Number(args[0]);
    case 'string':
      return String(args[0]);
    case 'duration':
      return parseDuration(str(args[0]));
    case 'join': {
      if (!Array.isArray(target) || !target.every((x) => typeof x === 'string')) throw new CelError('no such overload: join');
      return target.join(args.length ? str(args[0]) : '');
    }
  }
  throw new CelError(`found no matching overload for '${n.fn}'`);
}
