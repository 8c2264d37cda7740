// Per-series digests for SelectSeries (ingester.v1 SelectSeriesDigests): what a source holds of a series,
// summarised so that replicas can be compared without listing every profile.
//
// A source adds each profile of a series once: its key (timestamp, id) into an order-independent digest (the
// sum, modulo 2^32, of two independent 32-bit hashes of the key), its value into the sum and count of its
// step. Two sources holding the same profiles of a series give the same count and digest whatever the order
// they read them in; two that differ give the same only by a hash collision on both lanes with equal counts
// (about 2^-64 for accidental differences; keys come from our own ingesters, not an adversary).
//
// Steps follow series.ts: a profile at t belongs to the first step start + k·step ≥ t (t ≤ start: start);
// profiles after the last step ≤ end are in the digest (they are held) but in no step.
import type { ingester } from '../gen/index.ts';
import type { LabelPair } from '../model/labels.ts';
import { StepSums } from './step-sums.ts';

/** The step a profile at `t` is summed into, or undefined past the last step. */
export function stepOf(t: number, start: number, stepMs: number, lastStep: number): number | undefined {
  const stepTs = t <= start ? start : start + Math.ceil((t - start) / stepMs) * stepMs;
  return stepTs > lastStep ? undefined : stepTs;
}

export function lastStepOf(start: number, end: number, stepMs: number): number {
  return start + Math.floor((end - start) / stepMs) * stepMs;
}

/** FNV-1a over the id's UTF-16 units and the timestamp, with the given basis, then murmur3's finalizer. */
function hash32(timestamp: number, id: string, basis: number, prime: number): number {
  let h = basis;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), prime);
  // The timestamp as two 32-bit halves (Unix ms needs 41 bits).
  h = Math.imul(h ^ (timestamp >>> 0), prime);
  h = Math.imul(h ^ Math.floor(timestamp / 4294967296), prime);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The digest's first lane of a profile key (also what an ingester looks its read keys up by: seen-keys.ts). */
export const keyHash = (timestamp: number, id: string): number => hash32(timestamp, id, 0x811c9dc5, 0x01000193);
/** The second lane. */
export const keyHashHi = (timestamp: number, id: string): number => hash32(timestamp, id, 0x050c5d1f, 0x0100019d);

export class SeriesDigestBuilder {
  count = 0;
  lo = 0;
  hi = 0;
  blockCount = 0;
  blockLo = 0;
  blockHi = 0;
  /** Sums and counts by step time. */
  private readonly steps: StepSums;

  /** `expectedSteps`: how many steps the series will likely have sums in (StepSums). */
  constructor(
    readonly fingerprint: string,
    readonly labels: readonly LabelPair[],
    expectedSteps = 0,
  ) {
    this.steps = new StepSums(expectedSteps);
  }

  /** Adds one profile; the caller adds each key of the series once. `inBlock`: read from a local block. */
  add(timestamp: number, id: string, value: number, stepTs: number | undefined, inBlock: boolean): void {
    this.addHashed(keyHash(timestamp, id), keyHashHi(timestamp, id), value, stepTs, inBlock);
  }

  /** As add, given the key's two hash lanes (keyHash, keyHashHi) when the caller has them already. */
  addHashed(lo: number, hi: number, value: number, stepTs: number | undefined, inBlock: boolean): void {
    this.addMany(1, lo, hi, value, stepTs, inBlock);
  }

  /**
   * Adds `count` profiles at once whose hash lanes sum (mod 2^32) to lo and hi and whose values sum to `sum`, all
   * in the step stepTs (one profile: addHashed; a series of a block read whole: storage/read/index-digests.ts).
   */
  addMany(count: number, lo: number, hi: number, sum: number, stepTs: number | undefined, inBlock: boolean): void {
    this.count += count;
    this.lo = (this.lo + lo) >>> 0;
    this.hi = (this.hi + hi) >>> 0;
    if (inBlock) {
      this.blockCount += count;
      this.blockLo = (this.blockLo + lo) >>> 0;
      this.blockHi = (this.blockHi + hi) >>> 0;
    }
    if (stepTs !== undefined) this.steps.add(stepTs, sum, count);
  }

  toProto(): ingester.v1.SeriesDigest.$Properties {
    const s = this.steps.trim();
    // The builder's own arrays when its steps came in order (it is not added to after).
    const order = s.ascending ? undefined : s.order();
    const column = (values: number[]) => (order ? order.map((i) => values[i]!) : values);
    return {
      seriesFingerprint: this.fingerprint,
      labels: { labels: this.labels.map((l) => ({ name: l.name, value: l.value })) },
      count: this.count,
      digestLo: this.lo,
      digestHi: this.hi,
      blockCount: this.blockCount,
      blockDigestLo: this.blockLo,
      blockDigestHi: this.blockHi,
      stepTime: column(s.steps),
      stepSum: column(s.sums),
      stepCount: column(s.counts),
    };
  }
}

/**
 * The digests of a source that only lists profiles (the bucket reader): computed here from its listing, each
 * key once. Every profile counts as in a block.
 */
export function digestsOfListing(listing: ingester.v1.SelectProfilesResponse.$Properties, start: number, end: number, stepMs: number): ingester.v1.SeriesDigest.$Properties[] {
  const lastStep = lastStepOf(start, end, stepMs);
  const byFingerprint = new Map<string, { builder: SeriesDigestBuilder; seen: Set<string> }>();
  const series = listing.series ?? [];
  for (const ref of listing.profiles ?? []) {
    const fp = ref.key?.seriesFingerprint ?? '';
    let entry = byFingerprint.get(fp);
    if (!entry) {
      const labels = (series[ref.seriesIndex ?? 0]?.labels ?? []).map((l) => ({ name: l.name ?? '', value: l.value ?? '' }));
      entry = { builder: new SeriesDigestBuilder(fp, labels), seen: new Set() };
      byFingerprint.set(fp, entry);
    }
    const t = Number(ref.key?.timestamp ?? 0);
    const id = ref.key?.id ?? '';
    const k = `${t}\u0000${id}`;
    if (entry.seen.has(k)) continue;
    entry.seen.add(k);
    entry.builder.add(t, id, Number(ref.value ?? 0), stepOf(t, start, stepMs, lastStep), true);
  }
  return [...byFingerprint.values()].map((e) => e.builder.toProto());
}
