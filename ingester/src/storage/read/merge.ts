// Phase two of a read over one source (head or block): the kept profiles' samples merged by stack, either
// as stacks of function names (MergeStacktraces) or as one pprof (MergeProfile).
import type { google, ingester } from '../../gen/index.ts';
import { parseProfileTypeId } from '../../query/profile-type.ts';
import type { IndexData, SampleData } from './profile-data.ts';

/** Sums the values of the given profiles per stack ID. */
export function sumByStack(index: IndexData, samples: SampleData, profiles: readonly number[]): Float64Array {
  const sums = new Float64Array(samples.stackCount);
  for (const p of profiles) {
    const end = index.profileSampleEnd[p]!;
    for (let i = index.profileSampleStart[p]!; i < end; i++) sums[samples.sampleStack[i]!]! += samples.sampleValue[i]!;
  }
  return sums;
}

/** The frames of a location as names, outermost first (pprof lists inlined frames innermost first). */
function frameNames(samples: SampleData, locationId: number): string[] {
  const loc = samples.locations[locationId]!;
  if (loc.lines.length === 0) return [`0x${loc.address.toString(16)}`];
  const names: string[] = [];
  for (let i = loc.lines.length - 2; i >= 0; i -= 2) {
    const fn = samples.functions[loc.lines[i]!];
    const name = fn ? samples.strings[fn.name] : undefined;
    names.push(name || 'unknown');
  }
  return names;
}

/**
 * Merged stacks as paths of name IDs, root first: stack-trie nodes whose frames have the same names are
 * merged, so the response has one entry per distinct name path with a non-zero self value.
 */
export function mergeStacktraces(index: IndexData, samples: SampleData, profiles: readonly number[]): ingester.v1.MergeStacktracesResponse.$Properties {
  const sums = sumByStack(index, samples, profiles);
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const nameId = (n: string): number => {
    let id = nameIds.get(n);
    if (id === undefined) {
      id = names.length;
      names.push(n);
      nameIds.set(n, id);
    }
    return id;
  };
  // A trie of name IDs (node 0 = root); key = parent * 2^22 + name while names stay below 2^22.
  const nameParent: number[] = [0];
  const nameOf: number[] = [0];
  const selfValue: number[] = [0];
  const children = new Map<number | string, number>();
  const child = (parent: number, name: number): number => {
    const key = name < 1 << 22 ? parent * 2 ** 22 + name : `${parent}:${name}`;
    let id = children.get(key);
    if (id === undefined) {
      id = nameParent.length;
      nameParent.push(parent);
      nameOf.push(name);
      selfValue.push(0);
      children.set(key, id);
    }
    return id;
  };
  // Stack node → name-trie node, resolved iteratively (stacks can be thousands of frames deep).
  const resolved = new Int32Array(samples.stackCount).fill(-1);
  resolved[0] = 0;
  const pending: number[] = [];
  for (let s = 1; s < samples.stackCount; s++) {
    if (sums[s] === 0) continue;
    for (let n = s; resolved[n]! < 0; n = samples.stackParent[n]!) pending.push(n);
    while (pending.length > 0) {
      const n = pending.pop()!;
      let node = resolved[samples.stackParent[n]!]!;
      for (const name of frameNames(samples, samples.stackLocation[n]!)) node = child(node, nameId(name));
      resolved[n] = node;
    }
    selfValue[resolved[s]!]! += sums[s]!;
  }
  const stacks: ingester.v1.Stack.$Properties[] = [];
  for (let n = 1; n < nameParent.length; n++) {
    if (selfValue[n] === 0) continue;
    const path: number[] = [];
    for (let m = n; m !== 0; m = nameParent[m]!) path.push(nameOf[m]!);
    path.reverse();
    stacks.push({ nameIds: path, value: selfValue[n]! });
  }
  return { names, stacks };
}

/** One pprof holding the merged samples of the given profiles, with only the symbols they use. */
export function mergeProfile(index: IndexData, samples: SampleData, profiles: readonly number[], profileTypeId: string): google.v1.Profile.$Properties {
  const type = parseProfileTypeId(profileTypeId);
  const sums = sumByStack(index, samples, profiles);
  const strings: string[] = [''];
  const stringIds = new Map<number | string, number>();
  const str = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const storedStr = (i: number): number => (i === 0 ? 0 : str(samples.strings[i] ?? ''));
  const mappingIds = new Map<number, number>();
  const functionIds = new Map<number, number>();
  const locationIds = new Map<number, number>();
  const mapping: google.v1.Mapping.$Properties[] = [];
  const fns: google.v1.Function.$Properties[] = [];
  const location: google.v1.Location.$Properties[] = [];
  const mapMapping = (id: number): number => {
    if (id === 0) return 0;
    let out = mappingIds.get(id);
    if (out === undefined) {
      const m = samples.mappings[id]!;
      out = mapping.length + 1;
      mappingIds.set(id, out);
      mapping.push({
        id: out, memoryStart: m.memoryStart, memoryLimit: m.memoryLimit, fileOffset: m.fileOffset, filename: storedStr(m.filename), buildId: storedStr(m.buildId),
        hasFunctions: (m.flags & 1) !== 0, hasFilenames: (m.flags & 2) !== 0, hasLineNumbers: (m.flags & 4) !== 0, hasInlineFrames: (m.flags & 8) !== 0,
      });
    }
    return out;
  };
  const mapFunction = (id: number): number => {
    let out = functionIds.get(id);
    if (out === undefined) {
      const f = samples.functions[id]!;
      out = fns.length + 1;
      functionIds.set(id, out);
      fns.push({ id: out, name: storedStr(f.name), systemName: storedStr(f.systemName), filename: storedStr(f.filename), startLine: f.startLine });
    }
    return out;
  };
  const mapLocation = (id: number): number => {
    let out = locationIds.get(id);
    if (out === undefined) {
      const l = samples.locations[id]!;
      out = location.length + 1;
      locationIds.set(id, out);
      const line: google.v1.Line.$Properties[] = [];
      for (let i = 0; i < l.lines.length; i += 2) line.push({ functionId: mapFunction(l.lines[i]!), line: l.lines[i + 1]! });
      location.push({ id: out, mappingId: mapMapping(l.mappingId), address: l.address, line });
    }
    return out;
  };
  const sample: google.v1.Sample.$Properties[] = [];
  for (let s = 0; s < samples.stackCount; s++) {
    if (sums[s] === 0) continue;
    const locationId: number[] = [];
    for (let n = s; n !== 0; n = samples.stackParent[n]!) locationId.push(mapLocation(samples.stackLocation[n]!));
    sample.push({ locationId, value: [sums[s]!] });
  }
  let minTime = Infinity;
  let maxTime = -Infinity;
  for (const p of profiles) {
    minTime = Math.min(minTime, index.profileTime[p]!);
    maxTime = Math.max(maxTime, index.profileTime[p]!);
  }
  const sampleType = [{ type: str(type.sampleType), unit: str(type.sampleUnit) }];
  const periodType = { type: str(type.periodType), unit: str(type.periodUnit) };
  return {
    sampleType, sample, mapping, location, function: fns, stringTable: strings, periodType,
    timeNanos: profiles.length ? minTime * 1e6 : 0,
    durationNanos: profiles.length ? (maxTime - minTime) * 1e6 : 0,
  };
}
