// An answer that arrives already encoded (a flame graph an ingester rendered: MergeRequest.render_format), passed
// on without being decoded and encoded again. The servers' encoders (server/service-table.ts) write its bytes as
// they are; anything else that reads it (JSON answers, tests, a generated encoder called directly) finds the
// message's fields as own properties, decoded once on first read, so it reads the same as a decoded answer.

/** The wire bytes of an answer made by encodedAnswer, or undefined for any other message. */
const WIRE = Symbol('wire bytes');

interface MessageClass<M> {
  decode(bytes: Uint8Array): M;
  toObject(message: M, options: { longs: NumberConstructor; defaults: boolean; arrays: boolean }): Record<string, unknown>;
}

/**
 * `bytes` (an encoded `type`) as a message whose `fields` are own, enumerable properties decoded on first read
 * (generated encoders and toObject look for own properties), as the plain objects our code builds: numbers for
 * 64-bit integers, every field present.
 */
export function encodedAnswer<T extends object, M>(type: MessageClass<M>, bytes: Uint8Array, fields: readonly (keyof T & string)[]): T {
  let decoded: Record<string, unknown> | undefined;
  // The bytes under a symbol that is not enumerable: the message reads as its fields alone.
  const message = Object.defineProperty({}, WIRE, { value: bytes }) as T;
  for (const field of fields) {
    Object.defineProperty(message, field, { enumerable: true, get: () => (decoded ??= type.toObject(type.decode(bytes), { longs: Number, defaults: true, arrays: true }))[field] });
  }
  return message;
}

/** The bytes an answer made by encodedAnswer was given, or undefined. */
export function wireBytesOf(message: object): Uint8Array | undefined {
  return (message as { [WIRE]?: Uint8Array })[WIRE];
}
