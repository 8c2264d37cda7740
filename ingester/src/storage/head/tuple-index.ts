// Interning of number tuples (a stack node's (parent, location), a location's mapping and lines, a
// function's name/file/line…) without allocating a string or an object per lookup: tuples live in one
// Float64Array pool, and an open-addressing table of Int32 slots points at them. The head does one lookup
// per location and per stack frame of every push, so this keeps ingestion off the garbage collector.
import { randomBytes } from 'node:crypto';

export class TupleIndex {
  private pool = new Float64Array(1024);
  private poolLength = 0;
  /** Per tuple ID: where it starts in the pool, and its length. */
  private starts = new Int32Array(256);
  private lengths = new Int32Array(256);
  private count = 0;
  /** Slot → tuple ID + 1 (0 = empty). */
  private table = new Int32Array(1024);
  private mask = 1023;

  get size(): number {
    return this.count;
  }

  /** True when the last intern() added its tuple (read it right after the call; no object is allocated). */
  lastAdded = false;

  /** The ID of the tuple (values[0..length)), adding it with the next ID when absent (see lastAdded). */
  intern(values: ArrayLike<number>, length = values.length): number {
    const hash = hashTuple(values, length);
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.table[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.lengths[id] === length && this.equals(id, values, length)) {
        this.lastAdded = false;
        return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.add(values, length);
    this.table[slot] = id + 1;
    if (this.count * 2 > this.mask) this.grow();
    this.lastAdded = true;
    return id;
  }

  /** Bytes held, for size accounting. */
  get bytes(): number {
    return this.pool.byteLength + this.starts.byteLength + this.lengths.byteLength + this.table.byteLength;
  }

  private equals(id: number, values: ArrayLike<number>, length: number): boolean {
    const start = this.starts[id]!;
    for (let i = 0; i < length; i++) if (this.pool[start + i] !== values[i]) return false;
    return true;
  }

  private add(values: ArrayLike<number>, length: number): number {
    if (this.poolLength + length > this.pool.length) {
      const next = new Float64Array(Math.max(this.pool.length * 2, this.poolLength + length));
      next.set(this.pool.subarray(0, this.poolLength));
      this.pool = next;
    }
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const lengths = new Int32Array(this.lengths.length * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    const id = this.count++;
    this.starts[id] = this.poolLength;
    this.lengths[id] = length;
    for (let i = 0; i < length; i++) this.pool[this.poolLength + i] = values[i]!;
    this.poolLength += length;
    return id;
  }

  private grow(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.count; id++) {
      const start = this.starts[id]!;
      let slot = hashTuple(this.pool, this.lengths[id]!, start) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = id + 1;
    }
  }
}

/**
 * A per-process random seed for the hashes of the head's tables. Unseeded, the hash of a location's key
 * (mapping, address) could be inverted: a client could send a pprof whose 40,000 addresses all land in one
 * slot, and linear probing turned interning them quadratic (13.8 s for a 540 KB profile, measured). With the
 * seed, which slot a key lands in cannot be predicted from outside. IDs are assigned in insertion order, so
 * nothing stored or answered depends on the seed. (Not a cryptographic hash: it keeps collisions random.)
 */
const SEED = randomBytes(4).readUInt32LE(0);

/** murmur3's 32-bit finalizer: a bijection that spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Folds one 32-bit word into a hash state, keyed by the seed. */
export function mixWord(h: number, word: number): number {
  return fmix32(h ^ Math.imul(word ^ SEED, 0x9e3779b1));
}

/** The seeded starting state of a hash. */
export const hashStart = (n: number): number => fmix32(SEED ^ Math.imul(n, 0x27d4eb2f));

/** A 32-bit seeded hash of values[offset .. offset+length) (both halves of values beyond 32 bits). */
export function hashTuple(values: ArrayLike<number>, length: number, offset = 0): number {
  let h = hashStart(length);
  for (let i = 0; i < length; i++) {
    const v = values[offset + i]!;
    h = mixWord(h, v | 0);
    h = mixWord(h, (v / 4294967296) | 0);
  }
  return h >>> 0;
}
