// Phase two of a read over one source (head or block): the kept profiles' samples merged by stack, either
// as stacks of function names (MergeStacktraces) or as one pprof (MergeProfile).
import type { google, ingester } from '../../gen/index.ts';
import { parseProfileTypeId } from '../../query/profile-type.ts';
import type { IndexData, SampleData } from './profile-data.ts';
import type { StackTree } from '../../query/stack-tree.ts';
import { TupleIndex } from '../head/tuple-index.ts';
import type { SpanFilter } from './span-filter.ts';

/**
 * Sums the values of the given profiles per stack ID; with `spans`, only samples recorded under one of them. The
 * columns are read through locals: a flame graph over an hour spends most of its time in this loop, and V8 reloaded
 * them from the objects on every sample (7-15% slower over 2.4 million samples in a microbenchmark).
 */
export function sumByStack(index: IndexData, samples: SampleData, profiles: readonly number[], spans?: SpanFilter): Float64Array {
  const sums = new Float64Array(samples.stackCount);
  const starts = index.profileSampleStart;
  const ends = index.profileSampleEnd;
  const stackOf = samples.sampleStack;
  const valueOf = samples.sampleValue;
  if (spans) {
    const hi = samples.sampleSpanHi;
    const lo = samples.sampleSpanLo;
    // A source without span columns has no sample under any span.
    if (!hi || !lo) return sums;
    for (const p of profiles) {
      const end = ends[p]!;
      for (let i = starts[p]!; i < end; i++) if (spans.matches(hi[i]!, lo[i]!)) sums[stackOf[i]!]! += valueOf[i]!;
    }
    return sums;
  }
  for (const p of profiles) {
    const end = ends[p]!;
    for (let i = starts[p]!; i < end; i++) sums[stackOf[i]!]! += valueOf[i]!;
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
 * The kept profiles' stacks as a trie of frame names (node 0 = root): stack-trie nodes whose frames have
 * the same names share a node. Per node: parent, name (index into names) and self value.
 */
interface NameTrie {
  names: string[];
  parent: number[];
  name: number[];
  self: number[];
}

function buildNameTrie(index: IndexData, samples: SampleData, profiles: readonly number[], spans?: SpanFilter): NameTrie {
  const sums = sumByStack(index, samples, profiles, spans);
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  // Per location, its frames as name IDs (outermost first), resolved once per read.
  const locationNames: (number[] | undefined)[] = new Array(samples.locations.length);
  const namesOf = (location: number): number[] => {
    let ids = locationNames[location];
    if (!ids) {
      ids = frameNames(samples, location).map((n) => {
        let id = nameIds.get(n);
        if (id === undefined) {
          id = names.length;
          names.push(n);
          nameIds.set(n, id);
        }
        return id;
      });
      locationNames[location] = ids;
    }
    return ids;
  };
  const trie: NameTrie = { names, parent: [0], name: [0], self: [0] };
  const children = new TupleIndex();
  const pair = [0, 0];
  const child = (parent: number, name: number): number => {
    pair[0] = parent;
    pair[1] = name;
    const id = children.intern(pair) + 1;
    if (children.lastAdded) {
      trie.parent.push(parent);
      trie.name.push(name);
      trie.self.push(0);
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
      for (const name of namesOf(samples.stackLocation[n]!)) node = child(node, name);
      resolved[n] = node;
    }
    trie.self[resolved[s]!]! += sums[s]!;
  }
  if (sums[0]! > 0) trie.self[0]! += sums[0]!;
  return trie;
}

/**
 * Adds the kept profiles' samples into `tree`, as adding mergeStacktraces' answer would (the same nodes and
 * values) without its intermediate forms: each stack node is resolved once to a node of a trie of the tree's
 * own name IDs (typed arrays and an open-addressing table keyed by parent and name, no tuple or path objects),
 * and the trie is added as columns. Samples without frames (stack 0) add nothing, as in mergeStacktraces.
 */
export function mergeIntoTree(tree: StackTree, index: IndexData, samples: SampleData, profiles: readonly number[], spans?: SpanFilter): void {
  const sums = sumByStack(index, samples, profiles, spans);
  // Per location, its frames as the tree's name IDs (outermost first), resolved once per read: frames[start, start + length).
  const locationStart = new Int32Array(samples.locations.length).fill(-1);
  const locationLength = new Int32Array(samples.locations.length);
  let frames = new Int32Array(1024);
  let framesLength = 0;
  const resolveLocation = (location: number): void => {
    const names = frameNames(samples, location);
    if (framesLength + names.length > frames.length) {
      const next = new Int32Array(Math.max(frames.length * 2, framesLength + names.length));
      next.set(frames.subarray(0, framesLength));
      frames = next;
    }
    locationStart[location] = framesLength;
    locationLength[location] = names.length;
    for (const name of names) frames[framesLength++] = tree.nameIdOf(name);
  };
  // The trie: node 0 the root, parents before children.
  let parent = new Int32Array(1024);
  let name = new Int32Array(1024);
  let self = new Float64Array(1024);
  let count = 1;
  let slots = new Int32Array(2048).fill(-1);
  const slotOf = (p: number, n: number, mask: number): number => {
    let h = Math.imul(p ^ 0x9e3779b9, 0x85ebca6b);
    h ^= Math.imul(n + 0x7f4a7c15, 0xc2b2ae35);
    h ^= h >>> 15;
    return h & mask;
  };
  const child = (p: number, n: number): number => {
    let mask = slots.length - 1;
    let i = slotOf(p, n, mask);
    for (let id = slots[i]!; id !== -1; id = slots[i]!) {
      if (parent[id] === p && name[id] === n) return id;
      i = (i + 1) & mask;
    }
    const id = count++;
    if (id === parent.length) {
      const size = parent.length * 2;
      const grownParent = new Int32Array(size);
      grownParent.set(parent);
      parent = grownParent;
      const grownName = new Int32Array(size);
      grownName.set(name);
      name = grownName;
      const grownSelf = new Float64Array(size);
      grownSelf.set(self);
      self = grownSelf;
    }
    parent[id] = p;
    name[id] = n;
    if (count * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2).fill(-1);
      mask = slots.length - 1;
      for (let k = 1; k < count; k++) {
        let j = slotOf(parent[k]!, name[k]!, mask);
        while (slots[j] !== -1) j = (j + 1) & mask;
        slots[j] = k;
      }
    } else slots[i] = id;
    return id;
  };
  // Stack node → trie node, resolved iteratively (stacks can be thousands of frames deep).
  const resolved = new Int32Array(samples.stackCount).fill(-1);
  resolved[0] = 0;
  const pending: number[] = [];
  const stackParent = samples.stackParent;
  const stackLocation = samples.stackLocation;
  for (let s = 1; s < samples.stackCount; s++) {
    if (sums[s] === 0) continue;
    for (let n = s; resolved[n]! < 0; n = stackParent[n]!) pending.push(n);
    while (pending.length > 0) {
      const n = pending.pop()!;
      let node = resolved[stackParent[n]!]!;
      const location = stackLocation[n]!;
      if (locationStart[location]! < 0) resolveLocation(location);
      const end = locationStart[location]! + locationLength[location]!;
      for (let f = locationStart[location]!; f < end; f++) node = child(node, frames[f]!);
      resolved[n] = node;
    }
    self[resolved[s]!]! += sums[s]!;
  }
  tree.addColumnsOfIds(parent, name, self, count);
}

/**
 * Merged stacks as paths of name IDs, root first: one entry per distinct name path with a non-zero self
 * value (the wire form of ingester.v1 MergeStacktraces).
 */
export function mergeStacktraces(index: IndexData, samples: SampleData, profiles: readonly number[], spans?: SpanFilter): ingester.v1.MergeStacktracesResponse.$Properties {
  const trie = buildNameTrie(index, samples, profiles, spans);
  const stacks: ingester.v1.Stack.$Properties[] = [];
  for (let n = 1; n < trie.parent.length; n++) {
    if (trie.self[n] === 0) continue;
    const path: number[] = [];
    for (let m = n; m !== 0; m = trie.parent[m]!) path.push(trie.name[m]!);
    path.reverse();
    stacks.push({ nameIds: path, value: trie.self[n]! });
  }
  return { names: trie.names, stacks };
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
