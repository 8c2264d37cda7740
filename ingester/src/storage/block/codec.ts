// Byte-level encoding of block files: unsigned LEB128 varints (up to 2^53), zigzag for signed values,
// length-prefixed UTF-8 strings, and little-endian float64. Snappy compresses the result (format.ts).

export class ByteWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(initialSize = 1 << 16) {
    this.buf = Buffer.allocUnsafe(initialSize);
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  uvarint(value: number): void {
    if (!(value >= 0) || !Number.isSafeInteger(value)) throw new RangeError(`cannot encode ${value} as an unsigned varint`);
    this.ensure(10);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  /** Zigzag: 0, -1, 1, -2, … → 0, 1, 2, 3, … */
  svarint(value: number): void {
    this.uvarint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  /** Any number: a varint when it is a small non-negative integer, else a float64 (addresses can exceed 2^53). */
  number(value: number): void {
    if (Number.isSafeInteger(value) && value >= 0 && value < 2 ** 52) this.uvarint(value * 2);
    else {
      this.uvarint(1);
      this.f64(value);
    }
  }

  f64(value: number): void {
    this.ensure(8);
    this.buf.writeDoubleLE(value, this.pos);
    this.pos += 8;
  }

  string(s: string): void {
    const len = Buffer.byteLength(s);
    this.uvarint(len);
    this.ensure(len);
    this.buf.write(s, this.pos, 'utf8');
    this.pos += len;
  }

  /** Raw bytes, as they are. */
  bytes(data: Uint8Array): void {
    this.ensure(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

export class ByteReader {
  private pos = 0;

  constructor(private readonly buf: Buffer, private readonly what: string) {}

  private fail(why: string): never {
    throw new Error(`corrupt ${this.what}: ${why} at offset ${this.pos}`);
  }

  uvarint(): number {
    let result = 0;
    let factor = 1;
    for (;;) {
      if (this.pos >= this.buf.length) this.fail('varint past the end');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * factor;
      if (b < 0x80) return result;
      factor *= 0x80;
      if (factor > 2 ** 56) this.fail('varint too long');
    }
  }

  svarint(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  number(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : this.f64();
  }

  f64(): number {
    if (this.pos + 8 > this.buf.length) this.fail('float past the end');
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }

  string(): string {
    const len = this.uvarint();
    if (this.pos + len > this.buf.length) this.fail('string past the end');
    const s = this.buf.toString('utf8', this.pos, this.pos + len);
    this.pos += len;
    return s;
  }

  /** A count that must fit in what remains (each item takes at least one byte). */
  count(): number {
    const n = this.uvarint();
    if (n > this.buf.length - this.pos + 1) this.fail(`count ${n} larger than the remaining bytes`);
    return n;
  }

  get done(): boolean {
    return this.pos === this.buf.length;
  }
}
