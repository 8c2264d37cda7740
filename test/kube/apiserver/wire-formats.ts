// The JSON decoders of kube-apiserver's special value types, with the exact error texts its Go code returns:
// metav1.Time and metav1.MicroTime (time.Parse with RFC 3339 / RFC3339Micro), resource.Quantity
// (ParseQuantity) and intstr.IntOrString. Each function returns the Go error message, or undefined when the
// value decodes.

/** Go's encoding/json type names of a JSON value, as UnmarshalTypeError.Value spells them. */
export function jsonKind(v: unknown): 'string' | 'number' | 'bool' | 'array' | 'object' | 'null' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return 'object';
}

/**
 * A value that failed to decode into a Go field. `context` names the struct and the JSON path, as
 * encoding/json's addErrorContext does (indices left out): the message then reads
 * `json: cannot unmarshal <value> into Go struct field <Struct>.<path> of type <type>`.
 */
export class GoTypeError {
  constructor(readonly value: string, readonly goType: string) {}
  message(context?: { struct: string; path: string }): string {
    if (context) return `json: cannot unmarshal ${this.value} into Go struct field ${context.struct}.${context.path} of type ${this.goType}`;
    return `json: cannot unmarshal ${this.value} into Go value of type ${this.goType}`;
  }
}

/** A failure of a type's own UnmarshalJSON: either a type error (which gets the outer context) or plain text. */
export type DecodeFailure = GoTypeError | string;

// --- metav1.Time / metav1.MicroTime -------------------------------------------------------------------------
// k8s.io/apimachinery/pkg/apis/meta/v1/time.go (Time.UnmarshalJSON: "null" → zero, else a JSON string parsed
// with time.Parse(time.RFC3339, s)) and micro_time.go (MicroTime.UnmarshalJSON: time.Parse(RFC3339Micro, s),
// RFC3339Micro = "2006-01-02T15:04:05.000000Z07:00"). The errors are Go's time.ParseError texts
// (src/time/format.go: parse, newParseError, ParseError.Error).

export const RFC3339 = '2006-01-02T15:04:05Z07:00';
export const RFC3339_MICRO = '2006-01-02T15:04:05.000000Z07:00';

type Elem = { literal: string } | { std: '2006' | '01' | '02' | '15' | '04' | '05' | '.000000' | 'Z07:00' };
const LAYOUTS: Record<string, Elem[]> = {
  [RFC3339]: [{ std: '2006' }, { literal: '-' }, { std: '01' }, { literal: '-' }, { std: '02' }, { literal: 'T' }, { std: '15' }, { literal: ':' }, { std: '04' }, { literal: ':' }, { std: '05' }, { std: 'Z07:00' }],
  [RFC3339_MICRO]: [{ std: '2006' }, { literal: '-' }, { std: '01' }, { literal: '-' }, { std: '02' }, { literal: 'T' }, { std: '15' }, { literal: ':' }, { std: '04' }, { literal: ':' }, { std: '05' }, { std: '.000000' }, { std: 'Z07:00' }],
};

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';
const quote = (s: string): string => JSON.stringify(s);

/** getnum of format.go: one or two digits (exactly two when `fixed`). */
function getnum(s: string, fixed: boolean): { n: number; rest: string } | undefined {
  if (!isDigit(s, 0)) return undefined;
  if (!isDigit(s, 1)) return fixed ? undefined : { n: Number(s[0]), rest: s.slice(1) };
  return { n: Number(s.slice(0, 2)), rest: s.slice(2) };
}

const nextIsFraction = (e: Elem | undefined): boolean => e !== undefined && 'std' in e && e.std === '.000000';
const daysIn = (month: number, year: number): number => (month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** time.Parse(layout, value) for the two layouts Kubernetes uses: undefined on success, else Go's message. */
export function goTimeParseError(layout: typeof RFC3339 | typeof RFC3339_MICRO, value: string): string | undefined {
  const cannot = (elem: string, rest: string): string => `parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(rest)} as ${quote(elem)}`;
  const outOfRange = (what: string): string => `parsing time ${quote(value)}: ${what} out of range`;
  let v = value;
  let year = 0;
  let month = 0;
  let day = 0;
  const elems = LAYOUTS[layout]!;
  for (let i = 0; i < elems.length; i++) {
    const e = elems[i]!;
    if ('literal' in e) {
      if (!v.startsWith(e.literal)) return cannot(e.literal, v);
      v = v.slice(e.literal.length);
      continue;
    }
    const hold = v;
    switch (e.std) {
      case '2006':
        if (v.length < 4 || !isDigit(v, 0) || !/^\d{4}$/.test(v.slice(0, 4))) return cannot(e.std, hold);
        year = Number(v.slice(0, 4));
        v = v.slice(4);
        break;
      case '01':
      case '02':
      case '15':
      case '04':
      case '05': {
        const r = getnum(v, e.std !== '15');
        if (!r) return cannot(e.std, hold);
        v = r.rest;
        const limits = { '01': ['month', 1, 12], '02': ['day', 1, 31], '15': ['hour', 0, 23], '04': ['minute', 0, 59], '05': ['second', 0, 59] } as const;
        const [what, lo, hi] = limits[e.std];
        if (r.n < lo || r.n > hi) return outOfRange(what);
        if (e.std === '01') month = r.n;
        if (e.std === '02') day = r.n;
        // A fractional second that the layout does not spell is accepted after "05" (format.go, stdSecond).
        if (e.std === '05' && v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigit(v, 1) && !nextIsFraction(elems[i + 1])) {
          let n = 2;
          while (n < v.length && isDigit(v, n)) n++;
          v = v.slice(n);
        }
        break;
      }
      case '.000000':
        // Exactly 1 + 6 characters: a separator and six digits (stdFracSecond0, parseNanoseconds).
        if (v.length < 7 || !(v[0] === '.' || v[0] === ',') || !/^\d{6}$/.test(v.slice(1, 7))) return cannot(e.std, hold);
        v = v.slice(7);
        break;
      case 'Z07:00':
        if (v.startsWith('Z')) {
          v = v.slice(1);
          break;
        }
        if (v.length < 6 || v[3] !== ':' || (v[0] !== '+' && v[0] !== '-') || !/^\d\d$/.test(v.slice(1, 3)) || !/^\d\d$/.test(v.slice(4, 6))) return cannot(e.std, hold);
        if (Number(v.slice(1, 3)) > 24) return outOfRange('time zone offset hour');
        if (Number(v.slice(4, 6)) > 60) return outOfRange('time zone offset minute');
        v = v.slice(6);
        break;
    }
  }
  if (v.length) return `parsing time ${quote(value)}: extra text: ${quote(v)}`;
  if (day > daysIn(month, year)) return outOfRange('day');
  return undefined;
}

/** metav1.Time / metav1.MicroTime UnmarshalJSON. */
export function decodeTime(v: unknown, micro: boolean): DecodeFailure | undefined {
  if (v === null) return undefined;
  if (typeof v !== 'string') return new GoTypeError(jsonKind(v), 'string');
  return goTimeParseError(micro ? RFC3339_MICRO : RFC3339, v);
}

// --- resource.Quantity ---------------------------------------------------------------------------------------
// k8s.io/apimachinery/pkg/api/resource/quantity.go: Quantity.UnmarshalJSON strips the quotes of a string (a bare
// JSON number is taken as its text), then ParseQuantity: parseQuantityString, then the suffix through
// quantitySuffixer.interpret (suffix.go).

export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";
const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);

/** ParseQuantity's error for `s`, or undefined. */
export function parseQuantityError(s: string): string | undefined {
  if (s.length === 0) return QUANTITY_FORMAT_ERROR;
  if (s === '0') return undefined;
  let pos = 0;
  if (s[0] === '-' || s[0] === '+') pos++;
  while (pos < s.length && s[pos] === '0') pos++;
  if (pos >= s.length) return undefined;
  while (pos < s.length && isDigit(s, pos)) pos++;
  if (pos < s.length && s[pos] === '.') {
    pos++;
    while (pos < s.length && isDigit(s, pos)) pos++;
  }
  if (pos >= s.length) return undefined;
  const suffixStart = pos;
  while (pos < s.length && 'eEinumkKMGTP'.includes(s[pos]!)) pos++;
  if (pos < s.length && (s[pos] === '-' || s[pos] === '+')) pos++;
  while (pos < s.length && isDigit(s, pos)) pos++;
  if (pos < s.length) return QUANTITY_FORMAT_ERROR;
  const suffix = s.slice(suffixStart);
  if (SUFFIXES.has(suffix)) return undefined;
  // "e<int>"/"E<int>": a decimal exponent (suffix.go, interpret).
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[-+]?\d+$/.test(suffix.slice(1))) return undefined;
  return QUANTITY_SUFFIX_ERROR;
}

export function decodeQuantity(v: unknown): DecodeFailure | undefined {
  if (v === null) return undefined;
  // UnmarshalJSON takes the raw bytes: a number is its literal; anything else fails the format check.
  if (typeof v === 'number') return parseQuantityError(String(v));
  if (typeof v !== 'string') return QUANTITY_FORMAT_ERROR;
  return parseQuantityError(v.trim());
}

// --- intstr.IntOrString -------------------------------------------------------------------------------------
// k8s.io/apimachinery/pkg/util/intstr/intstr.go, UnmarshalJSON: a JSON string is the string; anything else is
// json.Unmarshal into an int32.

export function decodeIntOrString(v: unknown): DecodeFailure | undefined {
  if (typeof v === 'string' || v === null) return undefined;
  return decodeInteger(v, 'int32');
}

/** A JSON value into a Go int32/int64 field. */
export function decodeInteger(v: unknown, goType: 'int32' | 'int64'): GoTypeError | undefined {
  if (v === null) return undefined;
  if (typeof v !== 'number') return new GoTypeError(jsonKind(v), goType);
  const bits = goType === 'int32' ? 31 : 63;
  // Go quotes the literal as sent; JavaScript reprints it (1e21 for 1000000000000000000000), close enough.
  if (!Number.isInteger(v) || Math.abs(v) >= 2 ** bits) return new GoTypeError(`number ${v}`, goType);
  return undefined;
}
