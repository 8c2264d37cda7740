// The ring token of a series, computed exactly as Pyroscope's distributor does so that a series lands on
// the same ingesters: 32-bit FNV-1 (multiply, then xor — not FNV-1a) over the tenant ID's UTF-8 bytes
// followed by the label string `{a="x", b="y"}` (labels sorted by name, values quoted like Go's
// strconv.Quote).

const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;

export interface LabelPair {
  name: string;
  value: string;
}

const encoder = new TextEncoder();

/** FNV-1 32 over `bytes`, continuing from `hash` (start with the offset basis). */
export function fnv1_32(bytes: Uint8Array, hash = FNV32_OFFSET): number {
  let h = hash;
  for (let i = 0; i < bytes.length; i++) h = (Math.imul(h, FNV32_PRIME) ^ bytes[i]!) >>> 0;
  return h >>> 0;
}

/** The series' token: FNV-1 32 of tenant bytes then the label string. */
export function seriesToken(tenantId: string, labels: readonly LabelPair[]): number {
  return fnv1_32(encoder.encode(labelsString(labels)), fnv1_32(encoder.encode(tenantId)));
}

/** `{a="x", b="y"}` with labels sorted by name (stable for equal names) and Go-quoted values. */
export function labelsString(labels: readonly LabelPair[]): string {
  const sorted = [...labels].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let out = '{';
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0) out += ', ';
    out += sorted[i]!.name + '=' + goQuote(sorted[i]!.value);
  }
  return out + '}';
}

/** Printable ASCII other than `"` and `\`: the characters Quote writes unchanged. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const SIMPLE_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '"': '\\"', '\\': '\\\\' };

/**
 * Go's strconv.Quote for a JS string: `"` and `\` escaped, \a \b \f \n \r \t \v, other control and
 * non-printable characters as \xHH (below 0x80), \uHHHH or \UHHHHHHHH; printable Unicode kept as UTF-8.
 * A lone surrogate becomes U+FFFD, which is what Go sees after UTF-8 encoding of such a string.
 */
export function goQuote(value: string): string {
  // Most label values are plain printable ASCII, which Quote keeps as is: one concatenation, not one per character
  // (the loop below allocated ~2 KB per push in the distributor).
  if (PLAIN_ASCII.test(value)) return '"' + value + '"';
  let out = '"';
  for (const ch of value) {
    const simple = SIMPLE_ESCAPES[ch];
    if (simple) {
      out += simple;
      continue;
    }
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) {
      out += cp >= 0x20 && cp < 0x7f ? ch : '\\x' + hex(cp, 2);
    } else if (cp === 0xfffd || PRINTABLE.test(String.fromCodePoint(cp))) {
      out += String.fromCodePoint(cp);
    } else if (cp < 0x10000) {
      out += '\\u' + hex(cp, 4);
    } else {
      out += '\\U' + hex(cp, 8);
    }
  }
  return out + '"';
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
