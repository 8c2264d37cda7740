// CRC32C (Castagnoli), as GCS reports it: the 4 checksum bytes big-endian, base64-encoded.
// Written independently of the client's implementation so that the client's validation really checks
// something: a mistake on either side makes uploads and downloads fail.

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Continues a running CRC32C (start with 0) over more bytes. */
export function crc32cUpdate(crc: number, data: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export function crc32cBase64(crc: number): string {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(crc >>> 0, 0);
  return bytes.toString('base64');
}
