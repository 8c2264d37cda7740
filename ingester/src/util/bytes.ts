/**
 * Bytes as a Buffer without copying them: the same object when it is one, else a Buffer over the same memory (an
 * encoder's output, an answer's wire bytes passed on as they came, a view of a received chunk). Buffer.from(bytes)
 * would copy: a rendered flame graph (~170 KB) copied per answer was ~3% of a querier's CPU per flame graph.
 */
export const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));
