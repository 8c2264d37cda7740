// From profiles to stack trees: the function names of each sample's stack, root first. A location with
// inlined frames contributes all of them, outermost first (pprof lists the innermost first); a location
// without line information is named by its address in hex, as Pyroscope names unsymbolized frames.
import type { google } from '../gen/index.ts';
import type { DecodedProfile } from '../model/profile.ts';
import { idOrPosition } from './pprof-merge.ts';
import { StackTree } from './stack-tree.ts';

const n = (v: number | null | undefined): number => Number(v ?? 0);

/** Adds one sample type of a decoded (head) profile to `tree`; `sampleFilter` (by sample index) may skip samples. */
export function addDecodedProfile(tree: StackTree, profile: DecodedProfile, sampleTypeIndex: number, sampleFilter?: (sampleIndex: number) => boolean): void {
  const nTypes = profile.sampleTypes.length;
  if (sampleTypeIndex < 0 || sampleTypeIndex >= nTypes) throw new RangeError(`sample type ${sampleTypeIndex} does not exist (profile has ${nTypes})`);
  const fnName = new Map<number, string>();
  profile.functions.forEach((f, i) => fnName.set(idOrPosition(f.id, i), profile.strings[f.name] ?? ''));
  const frames = new Map<number, string[]>();
  profile.locations.forEach((l, li) => {
    const names: string[] = [];
    for (let i = l.lines.length - 1; i >= 0; i--) names.push(fnName.get(l.lines[i]!.functionId) ?? '');
    frames.set(idOrPosition(l.id, li), names.length > 0 ? names : [l.address.toString(16)]);
  });
  const stack: string[] = [];
  for (let i = 0; i < profile.sampleCount; i++) {
    const v = profile.values[i * nTypes + sampleTypeIndex]!;
    if (!(v > 0)) continue;
    if (sampleFilter && !sampleFilter(i)) continue;
    stack.length = 0;
    for (let j = profile.locationOffsets[i + 1]! - 1; j >= profile.locationOffsets[i]!; j--) {
      const f = frames.get(profile.locationIds[j]!);
      if (f === undefined) throw new RangeError(`sample ${i} refers to unknown location ${profile.locationIds[j]}`);
      for (const name of f) stack.push(name);
    }
    tree.addStack(stack, v);
  }
}

/** A tree of one sample type of a pprof profile. */
export function treeFromPprof(profile: google.v1.Profile.$Properties, sampleTypeIndex = 0, into: StackTree = new StackTree()): StackTree {
  const strings = profile.stringTable ?? [];
  const fnName = new Map<number, string>();
  (profile.function ?? []).forEach((f, i) => fnName.set(idOrPosition(f.id, i), strings[n(f.name)] ?? ''));
  const frames = new Map<number, string[]>();
  (profile.location ?? []).forEach((l, li) => {
    const lines = l.line ?? [];
    const names: string[] = [];
    for (let i = lines.length - 1; i >= 0; i--) names.push(fnName.get(n(lines[i]!.functionId)) ?? '');
    frames.set(idOrPosition(l.id, li), names.length > 0 ? names : [n(l.address).toString(16)]);
  });
  const stack: string[] = [];
  for (const s of profile.sample ?? []) {
    const v = n(s.value?.[sampleTypeIndex]);
    if (!(v > 0)) continue;
    stack.length = 0;
    const ids = s.locationId ?? [];
    for (let j = ids.length - 1; j >= 0; j--) {
      const f = frames.get(n(ids[j]));
      if (f === undefined) throw new RangeError(`sample refers to unknown location ${n(ids[j])}`);
      for (const name of f) stack.push(name);
    }
    into.addStack(stack, v);
  }
  return into;
}
