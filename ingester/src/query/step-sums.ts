// Sums and counts by step, for one series: what SelectSeries adds up per step (series.ts) and what a series digest
// carries per step (series-digest.ts). Points mostly arrive in step order (a digest's steps ascend, a series' profiles
// are mostly read in time order), so a point is mostly added to the last step or appended after it: parallel arrays,
// no object per step and no map until a step arrives out of order, when a map from step to slot is built once.
//
// Given how many steps to expect, the arrays are made that long at once: grown by pushes, three arrays of 240 steps
// (an hour in 15 s steps) allocated ~3.4 times their final size on the way (V8 grows an array by half again plus
// 16), a large part of what an ingester allocated per such SelectSeries (the heap sampler, bench/querier).

export class StepSums {
  /** The steps (a step index or a step's time: any number that names it), in the order first seen. */
  readonly steps: number[];
  readonly sums: number[];
  readonly counts: number[];
  /** Steps held: the arrays' first `size` entries (they are made `expected` long, and trimmed by trim()). */
  private size = 0;
  /** Each step's slot, built once a step arrives out of order. */
  private slotOf: Map<number, number> | undefined;
  /** Whether `steps` ascends (no step came before a later one). */
  ascending = true;

  /** `expected`: the steps this series will likely hold (more or fewer are fine). */
  constructor(expected = 0) {
    this.steps = preallocated(expected);
    this.sums = preallocated(expected);
    this.counts = preallocated(expected);
  }

  /** Steps held. */
  get length(): number {
    return this.size;
  }

  add(step: number, sum: number, count: number): void {
    const n = this.size;
    const last = n - 1;
    if (n > 0 && this.steps[last] === step) {
      this.sums[last] = this.sums[last]! + sum;
      this.counts[last] = this.counts[last]! + count;
      return;
    }
    if (n > 0 && step < this.steps[last]! && this.slotOf === undefined) {
      this.slotOf = new Map();
      for (let i = 0; i < n; i++) this.slotOf.set(this.steps[i]!, i);
    }
    const slot = this.slotOf?.get(step);
    if (slot !== undefined) {
      this.sums[slot] = this.sums[slot]! + sum;
      this.counts[slot] = this.counts[slot]! + count;
      return;
    }
    if (n > 0 && step < this.steps[last]!) this.ascending = false;
    this.slotOf?.set(step, n);
    // Within the arrays' length an assignment; past it an append, which grows them.
    this.steps[n] = step;
    this.sums[n] = sum;
    this.counts[n] = count;
    this.size = n + 1;
  }

  /** The arrays cut to the steps held (expected more than came), to be handed on as they are. Nothing is added after. */
  trim(): this {
    if (this.steps.length !== this.size) {
      this.steps.length = this.size;
      this.sums.length = this.size;
      this.counts.length = this.size;
    }
    return this;
  }

  /** The slots in step order. */
  order(): number[] {
    const slots = new Array<number>(this.size);
    for (let i = 0; i < this.size; i++) slots[i] = i;
    return this.ascending ? slots : slots.sort((a, b) => this.steps[a]! - this.steps[b]!);
  }
}

/** An array `n` long (0 for none) filled with a double: it holds unboxed doubles before add() writes any. */
function preallocated(n: number): number[] {
  if (n <= 0) return [];
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = 0.5;
  return a;
}
