// Sums and counts by step, for one series: what SelectSeries adds up per step (series.ts) and what a series digest
// carries per step (series-digest.ts). Points mostly arrive in step order (a digest's steps ascend, a series' profiles
// are mostly read in time order), so a point is mostly added to the last step or appended after it: parallel arrays,
// no object per step and no map until a step arrives out of order, when a map from step to slot is built once.

export class StepSums {
  /** The steps (a step index or a step's time: any number that names it), in the order first seen. */
  readonly steps: number[] = [];
  readonly sums: number[] = [];
  readonly counts: number[] = [];
  /** Each step's slot, built once a step arrives out of order. */
  private slotOf: Map<number, number> | undefined;
  /** Whether `steps` ascends (no step came before a later one). */
  ascending = true;

  add(step: number, sum: number, count: number): void {
    const n = this.steps.length;
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
    this.steps.push(step);
    this.sums.push(sum);
    this.counts.push(count);
  }

  /** The slots in step order. */
  order(): number[] {
    const slots = this.steps.map((_, i) => i);
    return this.ascending ? slots : slots.sort((a, b) => this.steps[a]! - this.steps[b]!);
  }
}
