// 64-bit integers in proto3 JSON (Connect JSON requests). The generated fromObject (pbjs --force-number) reads
// an int64 given as a string with parseInt: "1e20" became 1, "1.5" 1, "0x10" 0, and "9007199254740993" lost its
// last digit. Proto3 JSON's rules are those of Go's protojson (encoding/protojson/decode.go, unmarshalInt and
// getInt): a JSON number, or a string holding one with no surrounding space; the value must be an exact integer
// (so "1e3" is 1000) within the type's range. We hold int64 as JS numbers, so the range is ±(2^53 - 1): beyond it
// a value cannot be carried exactly, and is refused rather than rounded (issue 14: "int64 done right").
//
// How: the generated fromObject calls util.Long.fromValue(value, unsigned) for every 64-bit integer field when
// protobufjs has a Long implementation, and parseInt otherwise. withExactInt64 installs a stand-in whose
// fromValue checks and converts the value, for the duration of one synchronous fromObject only (decoding
// elsewhere must keep getting plain numbers).
import protobuf from 'protobufjs/minimal.js';

/** The JSON number grammar (RFC 8259 §6), which protojson accepts inside a string too. */
const JSON_NUMBER = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Thrown for a value that is no exact integer within ±(2^53 - 1) (or is negative for an unsigned field). */
export class Int64JsonError extends Error {}

/** The exact integer a proto3 JSON int64/uint64 value holds; throws Int64JsonError when there is none. */
export function exactInt64(value: unknown, unsigned: boolean): number {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  const refuse = (why: string): never => {
    throw new Int64JsonError(`${unsigned ? 'uint64' : 'int64'} value ${shown} ${why}`);
  };
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : refuse('is not a finite number');
  else if (typeof value === 'string') text = value;
  else return refuse('must be a JSON number or a string holding one');
  // String(1e21) is "1e+21": still the JSON grammar.
  const m = JSON_NUMBER.exec(text);
  if (!m) return refuse('is not a number (a decimal integer, as a JSON number or a string without spaces)');
  const [, sign, int, frac = '', exp = '0'] = m;
  const digits = (int! + frac).replace(/^0+(?=\d)/, '');
  const shift = Number(exp) - frac.length;
  let n: bigint;
  if (digits === '0') n = 0n;
  else if (shift >= 0) {
    // More than 16 digits once shifted is past 2^53 whatever they are (and 10n ** 400n need not be built).
    if (digits.length + shift > 16) return refuse('is out of range: integers beyond ±(2^53 - 1) cannot be carried exactly and are refused');
    n = BigInt(digits) * 10n ** BigInt(shift);
  } else {
    const cut = digits.length + shift;
    if (cut <= 0 || !/^0*$/.test(digits.slice(cut))) return refuse('is not an integer');
    n = BigInt(digits.slice(0, cut));
  }
  if (n > MAX) return refuse('is out of range: integers beyond ±(2^53 - 1) cannot be carried exactly and are refused');
  if (sign === '-' && n !== 0n) {
    if (unsigned) return refuse('is negative');
    return -Number(n);
  }
  return Number(n);
}

/** What the generated fromObject needs of a Long implementation: fromValue only. */
const exactLong = { fromValue: (value: unknown, unsigned?: boolean): number => exactInt64(value, unsigned === true) };

/** Runs `fromObject` (synchronous) with 64-bit integer fields read by exactInt64. */
export function withExactInt64<T>(fromObject: () => T): T {
  const util = protobuf.util as { Long: unknown };
  const saved = util.Long;
  util.Long = exactLong;
  try {
    return fromObject();
  } finally {
    util.Long = saved;
  }
}
