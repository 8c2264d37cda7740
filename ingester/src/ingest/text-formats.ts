// The SDK text formats, converted to a pprof so they take the same ingest path as everything else:
// - folded: "frame;frame;frame count" per line (root first, the count after the last space);
// - lines:  "frame;frame;frame" per line, each line one sample of value 1.
// For cpu/wall profiles with a sample rate, values are scaled to nanoseconds (1e9 / sampleRate per sample)
// and the type becomes cpu|wall:nanoseconds with period cpu:nanoseconds, as Pyroscope does.
import { Profile, StringTable, type FunctionInput, type LocationInput, type SampleInput, type ValueTypeInput } from 'pprof-format';
import { invalidArgument } from '../util/errors.ts';
import type { SuffixType } from './app-name.ts';

export interface TextProfileOptions {
  format: 'folded' | 'lines';
  type: SuffixType;
  sampleRate: number;
  fromMs: number;
  untilMs: number;
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
      const n = sp < 0 ? NaN : Number(line.slice(sp + 1));
      if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n)) throw invalidArgument(`folded line ${lineNo} does not end with a sample count: ${JSON.stringify(line.slice(0, 120))}`);
      stack = line.slice(0, sp).trim();
      count = n;
    }
    if (stack === '') throw invalidArgument(`${o.format} line ${lineNo} has an empty stack`);
    stacks.set(stack, (stacks.get(stack) ?? 0) + count);
  }
  if (stacks.size === 0) throw invalidArgument(`empty ${o.format} profile: no stack lines in the body`);

  const timed = o.sampleRate > 0 && (o.type.metric === 'process_cpu' || o.type.metric === 'wall');
  const period = timed ? Math.round(1e9 / o.sampleRate) : 0;
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
    timeNanos: o.fromMs * 1e6,
    durationNanos: Math.max(0, o.untilMs - o.fromMs) * 1e6,
  }).encode();
}
