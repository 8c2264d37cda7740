// A profile's samples as block files store them (samples.bin in version 1, a chunk in version 2): by
// ascending stack ID, each as (stack ID − the previous one, value), and optionally its span ID's two words.
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { ByteReader, ByteWriter } from './codec.ts';

const POSITION_LIMIT = 2 ** 21;

/** Writes profiles' samples; holds a scratch buffer reused across profiles. */
export class SampleEncoder {
  private keys = new Float64Array(1024);

  constructor(private readonly samples: SampleData, private readonly integerValues: boolean) {}

  /**
   * Writes the samples [start, start + n) of one profile. `stackId` renumbers stacks (version 2's partition
   * tables); it must keep their order, so sorting by the old ID sorts by the new one.
   */
  write(smp: ByteWriter, spn: ByteWriter | undefined, start: number, n: number, stackId?: (old: number) => number): void {
    const { samples } = this;
    if (n > this.keys.length) this.keys = new Float64Array(Math.max(n, this.keys.length * 2));
    // Sorted as one Float64Array of stack·2^21 + position (a numeric typed-array sort, no comparator).
    const view = this.keys.subarray(0, n);
    if (n < POSITION_LIMIT) {
      for (let j = 0; j < n; j++) view[j] = samples.sampleStack[start + j]! * POSITION_LIMIT + j;
      view.sort();
    } else {
      const positions = Array.from({ length: n }, (_, j) => j).sort((a, b) => samples.sampleStack[start + a]! - samples.sampleStack[start + b]!);
      for (let j = 0; j < n; j++) view[j] = positions[j]!;
    }
    const hi = samples.sampleSpanHi;
    const lo = samples.sampleSpanLo;
    let previousStack = 0;
    for (let j = 0; j < n; j++) {
      const i = start + (n < POSITION_LIMIT ? view[j]! % POSITION_LIMIT : view[j]!);
      const stack = stackId ? stackId(samples.sampleStack[i]!) : samples.sampleStack[i]!;
      smp.uvarint(stack - previousStack);
      previousStack = stack;
      if (this.integerValues) smp.svarint(samples.sampleValue[i]!);
      else smp.f64(samples.sampleValue[i]!);
      if (spn) {
        spn.uvarint(hi![i]!);
        spn.uvarint(lo![i]!);
      }
    }
  }
}

/** True when every sample value of the index's profiles is a safe integer (stored as svarints then). */
export function isIntegerColumn(index: IndexData, values: ArrayLike<number>): boolean {
  for (let p = 0; p < index.profileCount; p++) {
    for (let i = index.profileSampleStart[p]!; i < index.profileSampleEnd[p]!; i++) if (!Number.isSafeInteger(values[i]!)) return false;
  }
  return true;
}

/**
 * Reads `count` samples into the columns from position `at`: stack IDs delta-coded per profile (`profileEnds`
 * lists the positions where each profile's samples end), checked against `stackCount`; stacks get `stackOffset`
 * added when not 0 (the root).
 */
export function readSamples(
  r: ByteReader, what: string, integerValues: boolean, stackCount: number,
  into: { stack: Uint32Array; value: Float64Array }, at: number, profileEnds: ArrayLike<number>, stackOffset = 0,
): void {
  let i = at;
  for (let k = 0; k < profileEnds.length; k++) {
    let stack = 0;
    for (const end = profileEnds[k]!; i < end; i++) {
      stack += r.uvarint();
      if (stack >= stackCount) throw new Error(`corrupt ${what}: sample names stack ${stack} of ${stackCount}`);
      into.stack[i] = stack === 0 ? 0 : stack + stackOffset;
      into.value[i] = integerValues ? r.svarint() : r.f64();
    }
  }
}

/** Reads span ID words for the samples [from, to). */
export function readSpans(r: ByteReader, into: { hi: Uint32Array; lo: Uint32Array }, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    into.hi[i] = r.uvarint();
    into.lo[i] = r.uvarint();
  }
}
