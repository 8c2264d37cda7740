// An answer that arrives already encoded (a flame graph an ingester rendered: MergeRequest.render_format), passed
// on without being decoded and encoded again. The servers' encoders (server/service-table.ts) write its bytes as
// they are; anything else that reads it (JSON answers, tests, a generated encoder called directly) finds the
// message's fields as own properties, decoded once on first read, so it reads the same as a decoded answer.
// It may also arrive gzip'd (MergeRequest.render_gzip): the Connect server then sends those bytes as they are to a
// client that accepts gzip (gzippedWireBytesOf), and everything else reads them inflated, once, on first use.
import { gunzipSync } from 'node:zlib';

/** The wire bytes of an answer made by encodedAnswer, or undefined for any other message. */
const WIRE = Symbol('wire bytes');
/** The same bytes gzip'd, when the answer came so. */
const GZIPPED = Symbol('gzipped wire bytes');

interface MessageClass<M> {
  decode(bytes: Uint8Array): M;
  toObject(message: M, options: { longs: NumberConstructor; defaults: boolean; arrays: boolean }): Record<string, unknown>;
}

/**
 * `bytes` (an encoded `type`, or that encoding gzip'd when `gzipped`) as a message whose `fields` are own, enumerable
 * properties decoded on first read (generated encoders and toObject look for own properties), as the plain objects
 * our code builds: numbers for 64-bit integers, every field present.
 */
export function encodedAnswer<T extends object, M>(type: MessageClass<M>, bytes: Uint8Array, fields: readonly (keyof T & string)[], gzipped = false): T {
  let decoded: Record<string, unknown> | undefined;
  let wire: Uint8Array | undefined = gzipped ? undefined : bytes;
  // Inflated when something needs the message itself (a client without gzip, JSON, the size check past its limit).
  const wireBytes = (): Uint8Array => (wire ??= gunzipSync(bytes));
  // The bytes under symbols that are not enumerable: the message reads as its fields alone.
  const message = Object.defineProperty({}, WIRE, { get: wireBytes }) as T;
  if (gzipped) Object.defineProperty(message, GZIPPED, { value: bytes });
  for (const field of fields) {
    Object.defineProperty(message, field, { enumerable: true, get: () => (decoded ??= type.toObject(type.decode(wireBytes()), { longs: Number, defaults: true, arrays: true }))[field] });
  }
  return message;
}

/** The bytes an answer made by encodedAnswer was given (inflated, if they came gzip'd), or undefined. */
export function wireBytesOf(message: object): Uint8Array | undefined {
  return (message as { [WIRE]?: Uint8Array })[WIRE];
}

/** The gzip'd bytes an answer made by encodedAnswer was given, or undefined when it came plain (or is any other message). */
export function gzippedWireBytesOf(message: object): Uint8Array | undefined {
  return (message as { [GZIPPED]?: Uint8Array })[GZIPPED];
}
