// A faster CRC32C for the GCS client's integrity checks. The client's built-in one goes byte by byte
// through a for…of loop (about 20 MB/s here), which made it the bottleneck of every upload; this one
// reads eight bytes per step from eight tables ("slicing-by-8"), in plain JavaScript, so it needs no
// native module. It plugs in through the client's `crc32cGenerator` option.

const POLYNOMIAL = 0x82f63b78; // Castagnoli, reflected

const TABLES: Uint32Array[] = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
    tables[0]![n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[0]![n]!;
    for (let t = 1; t < 8; t++) {
      c = tables[0]![c & 0xff]! ^ (c >>> 8);
      tables[t]![n] = c >>> 0;
    }
  }
  return tables;
})();

/** Continues a CRC32C (start from 0) over more bytes. */
export function crc32c(crc: number, data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let c = ~crc >>> 0;
  let i = 0;
  const end8 = data.length - (data.length % 8);
  for (; i < end8; i += 8) {
    const lo = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ c;
    c =
      t7[lo & 0xff]! ^
      t6[(lo >>> 8) & 0xff]! ^
      t5[(lo >>> 16) & 0xff]! ^
      t4[lo >>> 24]! ^
      t3[data[i + 4]!]! ^
      t2[data[i + 5]!]! ^
      t1[data[i + 6]!]! ^
      t0[data[i + 7]!]!;
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The running-checksum object the client expects from a `crc32cGenerator`. */
export class FastCrc32c {
  private value = 0;

  update(data: Buffer): void {
    this.value = crc32c(this.value, data);
  }

  /** Base64 of the big-endian checksum, as GCS reports it. */
  toString(): string {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(this.value, 0);
    return bytes.toString('base64');
  }

  validate(expected: string | Buffer | number | { toString(): string }): boolean {
    if (typeof expected === 'number') return expected >>> 0 === this.value;
    if (Buffer.isBuffer(expected)) return expected.length === 4 && expected.readUInt32BE(0) === this.value;
    return expected.toString() === this.toString();
  }
}

export const fastCrc32cGenerator = (): FastCrc32c => new FastCrc32c();
