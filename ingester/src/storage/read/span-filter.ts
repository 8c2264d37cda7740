// Span IDs on samples, for traces to profiles (SelectMergeSpanProfile). SDKs put the active span's ID on
// each pprof sample as the label `span_id` (Pyroscope's otel-profiling packages: 16 hex digits, an 8-byte
// span ID; older SDKs send it as `profile_id`, which ingest/split.ts renames). Pyroscope keeps it per sample
// rather than as a series label, since it changes with every request. We store it as two uint32 columns
// (high and low words), 0/0 meaning "no span", so 64-bit IDs stay exact without a BigInt per sample.
import { ApiError } from '../../util/errors.ts';

// Exactly 16 hex digits, as Pyroscope's NewSpanSelector (pkg/model) demands of a selector ("invalid span id
// length"): a span ID is 8 bytes. A sample label of another form is not a span ID and counts as none.
const HEX16 = /^[0-9a-fA-F]{16}$/;

/** A span ID's words, or undefined when the value is not 16 hex digits or is zero (no span). */
export function parseSpanId(value: string): [hi: number, lo: number] | undefined {
  if (!HEX16.test(value)) return undefined;
  const hi = Number.parseInt(value.slice(0, 8), 16);
  const lo = Number.parseInt(value.slice(8), 16);
  return hi === 0 && lo === 0 ? undefined : [hi, lo];
}

/** The span IDs a query asks for, matched against the sample columns without allocating per sample. */
export class SpanFilter {
  private readonly byHigh = new Map<number, Set<number>>();

  /** Throws invalid_argument naming the first selector entry that is not a span ID. */
  constructor(spanSelector: readonly string[]) {
    for (const s of spanSelector) {
      const id = parseSpanId(s);
      if (!id) throw new ApiError('invalid_argument', `span_selector: ${JSON.stringify(s.slice(0, 40))} is not a span ID (16 hex digits, not all zero)`);
      let lows = this.byHigh.get(id[0]);
      if (!lows) this.byHigh.set(id[0], (lows = new Set()));
      lows.add(id[1]);
    }
  }

  get size(): number {
    let n = 0;
    for (const lows of this.byHigh.values()) n += lows.size;
    return n;
  }

  matches(hi: number, lo: number): boolean {
    return this.byHigh.get(hi)?.has(lo) ?? false;
  }
}

/** The filter of a request's span_selector, or undefined when it names none (every sample counts). */
export function spanFilterOf(spanSelector: readonly string[] | null | undefined): SpanFilter | undefined {
  return spanSelector && spanSelector.length > 0 ? new SpanFilter(spanSelector) : undefined;
}
