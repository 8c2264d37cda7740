// The SDK text formats, converted to a pprof so they take the same ingest path as everything else:
// - folded: "frame;frame;frame count" per line (root first, the count after the last space);
// - lines:  "frame;frame;frame" per line, each line one sample of value 1.
// For cpu/wall profiles with a sample rate, values are scaled to nanoseconds (1e9 / sampleRate per sample)
// and the type becomes cpu|wall:nanoseconds with period cpu:nanoseconds, as Pyroscope does.
import { Profile, StringTable, type FunctionInput, type LocationInput, type SampleInput, type ValueTypeInput } from 'pprof-format';
import { millisAsNanos } from '../pprof/varint.ts';
import { invalidArgument, type ApiError } from '../util/errors.ts';
import type { SuffixType } from './app-name.ts';

export interface TextProfileOptions {
  format: 'folded' | 'lines';
  type: SuffixType;
  sampleRate: number;
  fromMs: number;
  untilMs: number;
}

/**
 * Counts are carried exactly or refused: every count, per-stack sum and the profile's total (after scaling
 * to nanoseconds) must be at most 2^53 - 1, the largest integer a JS number holds exactly (pprof-format
 * would otherwise encode a rounded value, and past 2^63 a negative one).
 */
function countOutOfRange(what: string): ApiError {
  return invalidArgument(`${what}: more than 2^53-1 (9007199254740991), which cannot be stored exactly`);
}

export function textToPprof(body: Buffer, o: TextProfileOptions): Uint8Array {
  const text = body.toString('utf8');
  const stacks = new Map<string, number>();
  let lineNo = 0;
  for (const rawLine of text.split('\n')) {
    lineNo++;
    const line = rawLine.trim();
    if (line === '') continue;
    let stack = line;
    let count = 1;
    if (o.format === 'folded') {
      const sp = line.lastIndexOf(' ');
      const digits = sp < 0 ? '' : line.slice(sp + 1);
      // Digits only: Number() would also take "1e308", "0x10" or "1.5", and round past 2^53.
      if (!/^\d+$/.test(digits)) throw invalidArgument(`folded line ${lineNo} does not end with a sample count: ${JSON.stringify(line.slice(0, 120))}`);
      count = Number(digits);
      if (!Number.isSafeInteger(count)) throw countOutOfRange(`folded line ${lineNo} has a sample count of ${digits.slice(0, 40)}`);
      stack = line.slice(0, sp).trim();
    }
    if (stack === '') throw invalidArgument(`${o.format} line ${lineNo} has an empty stack`);
    const sum = (stacks.get(stack) ?? 0) + count;
    if (!Number.isSafeInteger(sum)) throw countOutOfRange(`the counts of stack ${JSON.stringify(stack.slice(0, 80))} add up to ${sum}`);
    stacks.set(stack, sum);
  }
  if (stacks.size === 0) throw invalidArgument(`empty ${o.format} profile: no stack lines in the body`);

  const timed = o.sampleRate > 0 && (o.type.metric === 'process_cpu' || o.type.metric === 'wall');
  const period = timed ? Math.round(1e9 / o.sampleRate) : 0;
  let total = 0;
  for (const count of stacks.values()) {
    total += timed ? count * period : count;
    if (!Number.isSafeInteger(total)) throw countOutOfRange(`the profile's samples${timed ? ` (counts × ${period} ns at sampleRate ${o.sampleRate})` : ''} add up to ${total}`);
  }
  const st = new StringTable();
  const sampleType: ValueTypeInput = timed
    ? { type: st.dedup(o.type.metric === 'wall' ? 'wall' : 'cpu'), unit: st.dedup('nanoseconds') }
    : { type: st.dedup(o.type.sampleType), unit: st.dedup(o.type.unit) };
  const functionIds = new Map<string, number>();
  const functions: FunctionInput[] = [];
  const locations: LocationInput[] = [];
  const samples: SampleInput[] = [];
  for (const [stack, count] of stacks) {
    const frames = stack.split(';');
    const ids: number[] = [];
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i]!;
      let id = functionIds.get(frame);
      if (id === undefined) {
        id = functions.length + 1;
        functionIds.set(frame, id);
        functions.push({ id, name: st.dedup(frame) });
        locations.push({ id, line: [{ functionId: id }] });
      }
      ids.push(id);
    }
    samples.push({ locationId: ids, value: [timed ? count * period : count] });
  }
  return new Profile({
    stringTable: st,
    sampleType: [sampleType],
    ...(timed ? { periodType: { type: st.dedup('cpu'), unit: st.dedup('nanoseconds') }, period } : {}),
    function: functions,
    location: locations,
    sample: samples,
    timeNanos: millisAsNanos(o.fromMs),
    durationNanos: Math.max(0, o.untilMs - o.fromMs) * 1e6,
  }).encode();
}
