// Merging pprof profiles (google.v1.Profile) of one profile type into one, and turning the head's decoded
// profiles into pprof.
//
// Merge: every table is re-indexed into the output. Strings are interned; functions are deduplicated by
// content (name, system name, file, start line); mappings by content (addresses, offset, file, build ID,
// flags); locations by content (mapping, address, lines, folded flag) after their functions and mapping
// are re-indexed. Samples with the same location list and the same labels are summed. IDs in the output
// are 1-based table positions. Sample types must match (same type and unit strings, same order) or the
// merge is refused. Headers follow Go's pprof Merge: time is the earliest non-zero start, durations
// add up, the period is the largest.
//
// max_nodes: like Pyroscope, truncation works on the call tree of locations (root first). The threshold
// is the max_nodes-th largest node total in that tree (nodes tied with it are kept only within max_nodes);
// each stack is kept from the root down to its last kept node, and the rest of the stack is replaced by one synthetic location whose
// function is named "other". The heaviest call paths therefore stay exact, light ones are folded, and the
// total value is unchanged.
import { google } from '../gen/index.ts';
import type { DecodedProfile } from '../model/profile.ts';
import { invalidArgument } from '../util/errors.ts';
import { OTHER_NAME } from './flamegraph.ts';

type Profile = google.v1.Profile.$Properties;

const n = (v: number | null | undefined): number => Number(v ?? 0);

/**
 * A table row's ID, or its 1-based position when the ID is absent (0). Some profilers (e.g. a .NET one in
 * the test corpus) leave function IDs out and refer to functions by position; Go's pprof would refuse
 * such a profile, but the references are unambiguous, so they are read as positions.
 */
export const idOrPosition = (id: number | null | undefined, index: number): number => (n(id) === 0 ? index + 1 : n(id));

class Interner {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** A content-keyed table whose rows get 1-based IDs. */
class Table<T> {
  readonly rows: T[] = [];
  private readonly index = new Map<string, number>();

  id(key: string, make: (id: number) => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.rows.length + 1;
      this.rows.push(make(i));
      this.index.set(key, i);
    }
    return i;
  }
}

export interface MergedSample {
  locationIds: number[];
  values: number[];
  labels: google.v1.Label.$Properties[];
}

const compareLabels = (a: google.v1.Label.$Properties, b: google.v1.Label.$Properties): number =>
  n(a.key) - n(b.key) || n(a.str) - n(b.str) || n(a.num) - n(b.num) || n(a.numUnit) - n(b.numUnit);

/**
 * Samples keyed by (locations, labels), found through a 32-bit hash and confirmed by comparing the arrays:
 * no key string is built per sample, which keeps a merge of large profiles out of the garbage collector.
 */
export class SampleSet {
  readonly list: MergedSample[] = [];
  private readonly index = new Map<number, MergedSample | MergedSample[]>();

  /** Adds the values to the sample with these locations and labels (labels sorted), or keeps a new one. */
  add(locationIds: number[], values: number[], labels: google.v1.Label.$Properties[]): void {
    const h = sampleHash(locationIds, labels);
    const slot = this.index.get(h);
    if (slot !== undefined) {
      const candidates = Array.isArray(slot) ? slot : [slot];
      for (const c of candidates) {
        if (sameSample(c, locationIds, labels)) {
          for (let i = 0; i < values.length; i++) c.values[i] = (c.values[i] ?? 0) + values[i]!;
          return;
        }
      }
    }
    // Copied: callers may pass scratch arrays that they reuse for the next sample.
    const sample: MergedSample = { locationIds: locationIds.slice(), values: values.slice(), labels };
    this.list.push(sample);
    if (slot === undefined) this.index.set(h, sample);
    else if (Array.isArray(slot)) slot.push(sample);
    else this.index.set(h, [slot, sample]);
  }
}

function sampleHash(locationIds: readonly number[], labels: readonly google.v1.Label.$Properties[]): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < locationIds.length; i++) h = Math.imul(h ^ locationIds[i]!, 0x01000193);
  for (const l of labels) {
    h = Math.imul(h ^ n(l.key), 0x01000193);
    h = Math.imul(h ^ n(l.str), 0x01000193);
    h = Math.imul(h ^ (n(l.num) | 0), 0x01000193);
    h = Math.imul(h ^ n(l.numUnit), 0x01000193);
  }
  return h >>> 0;
}

function sameSample(s: MergedSample, locationIds: readonly number[], labels: readonly google.v1.Label.$Properties[]): boolean {
  const a = s.locationIds;
  if (a.length !== locationIds.length || s.labels.length !== labels.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== locationIds[i]) return false;
  for (let i = 0; i < labels.length; i++) if (compareLabels(s.labels[i]!, labels[i]!) !== 0) return false;
  return true;
}

/** Builds one pprof from many: add() each profile, then profile() for the result. */
export class ProfileMerger {
  private readonly strings = new Interner();
  private readonly functions = new Table<google.v1.Function.$Properties>();
  private readonly mappings = new Table<google.v1.Mapping.$Properties>();
  private readonly locations = new Table<google.v1.Location.$Properties>();
  private readonly samples = new SampleSet();
  private sampleTypes: { type: string; unit: string }[] | undefined;
  private periodType: { type: string; unit: string } | undefined;
  private period = 0;
  private timeNanos = 0;
  private durationNanos = 0;
  private defaultSampleType = '';
  private profiles = 0;

  /** Adds one profile. Throws ApiError invalid_argument when its sample types differ from earlier ones. */
  add(p: Profile): void {
    const st = p.stringTable ?? [];
    const str = (i: number | null | undefined): string => st[n(i)] ?? '';
    const types = (p.sampleType ?? []).map((t) => ({ type: str(t.type), unit: str(t.unit) }));
    this.checkSampleTypes(types);
    this.mergeHeader(p, str);
    this.profiles++;

    const fnMap = new Map<number, number>();
    (p.function ?? []).forEach((f, i) => fnMap.set(idOrPosition(f.id, i), this.internFunction(str(f.name), str(f.systemName), str(f.filename), n(f.startLine))));
    const mapMap = new Map<number, number>();
    (p.mapping ?? []).forEach((m, i) => {
      mapMap.set(
        idOrPosition(m.id, i),
        this.internMapping({
          memoryStart: n(m.memoryStart),
          memoryLimit: n(m.memoryLimit),
          fileOffset: n(m.fileOffset),
          filename: str(m.filename),
          buildId: str(m.buildId),
          hasFunctions: !!m.hasFunctions,
          hasFilenames: !!m.hasFilenames,
          hasLineNumbers: !!m.hasLineNumbers,
          hasInlineFrames: !!m.hasInlineFrames,
        }),
      );
    });
    const locMap = new Map<number, number>();
    (p.location ?? []).forEach((l, i) => {
      const lines = (l.line ?? []).map((ln) => {
        // An unknown function is treated as absent, as the decoder documents (real profiles break these links).
        return { functionId: fnMap.get(n(ln.functionId)) ?? 0, line: n(ln.line) };
      });
      const mid = mapMap.get(n(l.mappingId)) ?? 0;
      locMap.set(idOrPosition(l.id, i), this.internLocation(mid, n(l.address), lines, !!l.isFolded));
    });

    // This profile's string indexes → ours, resolved on first use (labels repeat a few strings many times).
    const strIds = new Int32Array(st.length).fill(-1);
    const sid = (i: number | null | undefined): number => {
      const k = n(i);
      const v = strIds[k];
      if (v === undefined) return 0; // out of range: ""
      if (v >= 0) return v;
      return (strIds[k] = this.strings.id(st[k] ?? ''));
    };
    const noLabels: google.v1.Label.$Properties[] = [];
    const locs: number[] = [];
    const values: number[] = [];
    for (const s of p.sample ?? []) {
      const ids = s.locationId ?? [];
      locs.length = ids.length;
      for (let i = 0; i < ids.length; i++) {
        const m = locMap.get(n(ids[i]));
        if (m === undefined) throw invalidArgument(`pprof sample refers to unknown location ${n(ids[i])}`);
        locs[i] = m;
      }
      const vs = s.value ?? [];
      values.length = vs.length;
      for (let i = 0; i < vs.length; i++) values[i] = n(vs[i]);
      const ls = s.label ?? [];
      const labels = ls.length === 0 ? noLabels : ls.map((lb) => ({ key: sid(lb.key), str: sid(lb.str), num: n(lb.num), numUnit: sid(lb.numUnit) }));
      this.addInternedSample(locs, values, labels);
    }
  }

  /**
   * Adds a sample already expressed in this merger's IDs (from intern*()). Location and value arrays are
   * copied when kept, so callers may reuse them; the labels array is kept as is.
   */
  addInternedSample(locationIds: number[], values: number[], labels: google.v1.Label.$Properties[], into: SampleSet = this.samples): void {
    if (labels.length > 1) labels.sort(compareLabels);
    into.add(locationIds, values, labels);
  }

  private checkSampleTypes(types: { type: string; unit: string }[]): void {
    if (this.sampleTypes === undefined) {
      this.sampleTypes = types;
      return;
    }
    const same = types.length === this.sampleTypes.length && types.every((t, i) => t.type === this.sampleTypes![i]!.type && t.unit === this.sampleTypes![i]!.unit);
    if (!same) {
      const fmt = (ts: { type: string; unit: string }[]): string => ts.map((t) => `${t.type}:${t.unit}`).join(',');
      throw invalidArgument(`cannot merge profiles with different sample types: [${fmt(this.sampleTypes)}] and [${fmt(types)}]`);
    }
  }

  private mergeHeader(p: Profile, str: (i: number | null | undefined) => string): void {
    const t = n(p.timeNanos);
    if (t !== 0 && (this.timeNanos === 0 || t < this.timeNanos)) this.timeNanos = t;
    this.durationNanos += n(p.durationNanos);
    if (n(p.period) > this.period) this.period = n(p.period);
    if (!this.periodType && p.periodType) this.periodType = { type: str(p.periodType.type), unit: str(p.periodType.unit) };
    if (!this.defaultSampleType && n(p.defaultSampleType) !== 0) this.defaultSampleType = str(p.defaultSampleType);
  }

  internFunction(name: string, systemName: string, filename: string, startLine: number): number {
    return this.functions.id(`${name}\u0000${systemName}\u0000${filename}\u0000${startLine}`, (id) => ({
      id,
      name: this.strings.id(name),
      systemName: this.strings.id(systemName),
      filename: this.strings.id(filename),
      startLine,
    }));
  }

  internMapping(m: MappingContent): number {
    const key = `${m.memoryStart}\u0000${m.memoryLimit}\u0000${m.fileOffset}\u0000${m.filename}\u0000${m.buildId}\u0000${+m.hasFunctions}${+m.hasFilenames}${+m.hasLineNumbers}${+m.hasInlineFrames}`;
    return this.mappings.id(key, (id) => ({ ...m, id, filename: this.strings.id(m.filename), buildId: this.strings.id(m.buildId) }));
  }

  internLocation(mappingId: number, address: number, lines: { functionId: number; line: number }[], isFolded: boolean): number {
    const key = `${mappingId}\u0000${address}\u0000${+isFolded}\u0000${lines.map((l) => `${l.functionId}:${l.line}`).join(',')}`;
    return this.locations.id(key, (id) => ({ id, mappingId, address, line: lines, isFolded }));
  }

  internString(v: string): number {
    return this.strings.id(v);
  }

  /** Number of profiles added so far. */
  get count(): number {
    return this.profiles;
  }

  /** The merged profile; with maxNodes > 0, call paths are truncated as described at the top of the file. */
  profile(maxNodes = 0): Profile {
    let samples = this.samples.list;
    if (maxNodes > 0) samples = this.truncate(samples, maxNodes);
    const sampleTypes = this.sampleTypes ?? [];
    const out: Profile = {
      sampleType: sampleTypes.map((t) => ({ type: this.strings.id(t.type), unit: this.strings.id(t.unit) })),
      sample: samples.filter((s) => s.values.some((v) => v !== 0)).map((s) => ({ locationId: s.locationIds, value: s.values, label: s.labels })),
      mapping: this.mappings.rows,
      location: this.locations.rows,
      function: this.functions.rows,
      timeNanos: this.timeNanos,
      durationNanos: this.durationNanos,
      period: this.period,
    };
    if (this.periodType) out.periodType = { type: this.strings.id(this.periodType.type), unit: this.strings.id(this.periodType.unit) };
    if (this.defaultSampleType) out.defaultSampleType = this.strings.id(this.defaultSampleType);
    out.stringTable = this.strings.values;
    // Truncation leaves locations, functions and names that no sample uses any more: drop them.
    return samples === this.samples.list ? out : compactProfile(out);
  }

  /** Folds light call paths into an "other" location (see the top of the file); uses the first sample type. */
  private truncate(samples: MergedSample[], maxNodes: number): MergedSample[] {
    interface LocNode { total: number; kept: boolean; children: Map<number, LocNode> }
    const root: LocNode = { total: 0, kept: true, children: new Map() };
    let size = 0;
    for (const s of samples) {
      const v = s.values[0] ?? 0;
      if (v <= 0) continue;
      let node = root;
      for (let i = s.locationIds.length - 1; i >= 0; i--) {
        const id = s.locationIds[i]!;
        let c = node.children.get(id);
        if (!c) {
          c = { total: 0, kept: false, children: new Map() };
          node.children.set(id, c);
          size++;
        }
        c.total += v;
        node = c;
      }
    }
    if (size <= maxNodes) return samples;
    const totals: number[] = [];
    const work: LocNode[] = [...root.children.values()];
    while (work.length > 0) {
      const x = work.pop()!;
      totals.push(x.total);
      for (const c of x.children.values()) work.push(c);
    }
    totals.sort((a, b) => b - a);
    const threshold = totals[maxNodes - 1] ?? 0;
    // Nodes above the threshold are kept; nodes tied with it only while the count stays within maxNodes,
    // breadth first, as for flame graphs (stack-tree.ts keptNodes): otherwise equal deep paths keep everything.
    let budget = maxNodes;
    const queue: LocNode[] = [root];
    for (let head = 0; head < queue.length; head++) {
      for (const c of queue[head]!.children.values()) {
        if (c.total > threshold) {
          c.kept = true;
          budget--;
          queue.push(c);
        }
      }
    }
    for (let head = 0; head < queue.length && budget > 0; head++) {
      for (const c of queue[head]!.children.values()) {
        if (!c.kept && budget > 0 && c.total === threshold) {
          c.kept = true;
          budget--;
          queue.push(c);
        }
      }
    }

    const otherFn = this.internFunction(OTHER_NAME, '', '', 0);
    const otherLoc = this.internLocation(0, 0, [{ functionId: otherFn, line: 0 }], false);
    const rebuilt = new SampleSet();
    {
      for (const s of samples) {
        let node = root;
        let keep = 0; // number of frames kept from the root
        const v = s.values[0] ?? 0;
        if (v > 0) {
          for (let i = s.locationIds.length - 1; i >= 0; i--) {
            const c = node.children.get(s.locationIds[i]!)!;
            if (!c.kept) break;
            keep++;
            node = c;
          }
        } else keep = s.locationIds.length;
        const cut = keep === s.locationIds.length ? s.locationIds.slice() : [otherLoc, ...s.locationIds.slice(s.locationIds.length - keep)];
        this.addInternedSample(cut, s.values, s.labels.slice(), rebuilt);
      }
    }
    return rebuilt.list;
  }
}

/**
 * Keeps only the strings, functions, mappings and locations that the samples use, renumbered in order of
 * first use (IDs are 1-based positions). The input is not modified.
 */
export function compactProfile(p: Profile): Profile {
  const strings = p.stringTable ?? [''];
  const newStrings: string[] = [''];
  const strMap = new Map<number, number>([[0, 0]]);
  const str = (i: number | null | undefined): number => {
    const k = n(i);
    let v = strMap.get(k);
    if (v === undefined) {
      v = newStrings.length;
      newStrings.push(strings[k] ?? '');
      strMap.set(k, v);
    }
    return v;
  };
  const fnById = new Map((p.function ?? []).map((f, i) => [idOrPosition(f.id, i), f]));
  const mapById = new Map((p.mapping ?? []).map((m, i) => [idOrPosition(m.id, i), m]));
  const locById = new Map((p.location ?? []).map((l, i) => [idOrPosition(l.id, i), l]));
  const functions: google.v1.Function.$Properties[] = [];
  const mappings: google.v1.Mapping.$Properties[] = [];
  const locations: google.v1.Location.$Properties[] = [];
  const fnMap = new Map<number, number>();
  const mapMap = new Map<number, number>();
  const locMap = new Map<number, number>();
  const fnId = (id: number): number => {
    let v = fnMap.get(id);
    if (v === undefined) {
      const f = fnById.get(id);
      if (!f) return 0;
      v = functions.length + 1;
      functions.push({ id: v, name: str(f.name), systemName: str(f.systemName), filename: str(f.filename), startLine: n(f.startLine) });
      fnMap.set(id, v);
    }
    return v;
  };
  const mapId = (id: number): number => {
    let v = mapMap.get(id);
    if (v === undefined) {
      const m = mapById.get(id);
      if (!m) return 0;
      v = mappings.length + 1;
      mappings.push({ ...m, id: v, filename: str(m.filename), buildId: str(m.buildId) });
      mapMap.set(id, v);
    }
    return v;
  };
  const locId = (id: number): number => {
    let v = locMap.get(id);
    if (v === undefined) {
      const l = locById.get(id);
      if (!l) throw invalidArgument(`pprof sample refers to unknown location ${id}`);
      v = locations.length + 1;
      locMap.set(id, v);
      locations.push({
        id: v,
        mappingId: mapId(n(l.mappingId)),
        address: n(l.address),
        line: (l.line ?? []).map((ln) => ({ functionId: fnId(n(ln.functionId)), line: n(ln.line) })),
        isFolded: !!l.isFolded,
      });
    }
    return v;
  };
  const out: Profile = {
    sampleType: (p.sampleType ?? []).map((t) => ({ type: str(t.type), unit: str(t.unit) })),
    sample: (p.sample ?? []).map((s) => ({
      locationId: (s.locationId ?? []).map((id) => locId(n(id))),
      value: s.value ?? [],
      label: (s.label ?? []).map((l) => ({ key: str(l.key), str: str(l.str), num: n(l.num), numUnit: str(l.numUnit) })),
    })),
    mapping: mappings,
    location: locations,
    function: functions,
    timeNanos: n(p.timeNanos),
    durationNanos: n(p.durationNanos),
    period: n(p.period),
  };
  if (p.periodType) out.periodType = { type: str(p.periodType.type), unit: str(p.periodType.unit) };
  if (n(p.defaultSampleType) !== 0) out.defaultSampleType = str(p.defaultSampleType);
  out.stringTable = newStrings;
  return out;
}

/** Merges profiles of one type into one (see the top of the file). */
export function mergeProfiles(profiles: Iterable<Profile>, maxNodes = 0): Profile {
  const m = new ProfileMerger();
  for (const p of profiles) m.add(p);
  return m.profile(maxNodes);
}

/**
 * Turns a decoded (head) profile into a pprof with one sample type: the one at `sampleTypeIndex`.
 * Samples whose value is 0 for that type are left out, as are samples rejected by `sampleFilter` (given
 * the sample's index). Tables are compacted to what the kept samples use.
 */
export function decodedToPprof(profile: DecodedProfile, sampleTypeIndex: number, sampleFilter?: (sampleIndex: number) => boolean): Profile {
  const nTypes = profile.sampleTypes.length;
  const st = profile.sampleTypes[sampleTypeIndex];
  if (!st) throw new RangeError(`sample type ${sampleTypeIndex} does not exist (profile has ${nTypes})`);
  const s = (i: number): string => profile.strings[i] ?? '';
  const m = new ProfileMerger();
  const header: Profile = {
    stringTable: profile.strings,
    sampleType: [{ type: st.type, unit: st.unit }],
    timeNanos: profile.timeNanos,
    durationNanos: profile.durationNanos,
    period: profile.period,
    periodType: profile.periodType ? { type: profile.periodType.type, unit: profile.periodType.unit } : null,
  };
  // Only the header and sample type are taken from this; tables are added lazily below.
  m.add(header);

  const fnById = new Map(profile.functions.map((f, i) => [idOrPosition(f.id, i), f]));
  const mapById = new Map(profile.mappings.map((mp, i) => [idOrPosition(mp.id, i), mp]));
  const locById = new Map(profile.locations.map((l, i) => [idOrPosition(l.id, i), l]));
  const locCache = new Map<number, number>();
  const locationId = (id: number): number => {
    const cached = locCache.get(id);
    if (cached !== undefined) return cached;
    const l = locById.get(id);
    if (!l) throw new RangeError(`decoded profile refers to unknown location ${id}`);
    let mappingId = 0;
    const mp = l.mappingId !== 0 ? mapById.get(l.mappingId) : undefined;
    if (mp) {
      mappingId = m.internMapping({
        memoryStart: mp.memoryStart, memoryLimit: mp.memoryLimit, fileOffset: mp.fileOffset, filename: s(mp.filename), buildId: s(mp.buildId),
        hasFunctions: mp.hasFunctions, hasFilenames: mp.hasFilenames, hasLineNumbers: mp.hasLineNumbers, hasInlineFrames: mp.hasInlineFrames,
      });
    }
    const lines = l.lines.map((ln) => {
      const f = fnById.get(ln.functionId);
      return { functionId: f ? m.internFunction(s(f.name), s(f.systemName), s(f.filename), f.startLine) : 0, line: ln.line };
    });
    const out = m.internLocation(mappingId, l.address, lines, l.isFolded);
    locCache.set(id, out);
    return out;
  };

  for (let i = 0; i < profile.sampleCount; i++) {
    const v = profile.values[i * nTypes + sampleTypeIndex]!;
    if (v === 0) continue;
    if (sampleFilter && !sampleFilter(i)) continue;
    const locs: number[] = [];
    for (let j = profile.locationOffsets[i]!; j < profile.locationOffsets[i + 1]!; j++) locs.push(locationId(profile.locationIds[j]!));
    const labels: google.v1.Label.$Properties[] = [];
    for (let j = profile.labelOffsets[i]!; j < profile.labelOffsets[i + 1]!; j++) {
      labels.push({ key: m.internString(s(profile.labelKeys[j]!)), str: m.internString(s(profile.labelValues[j]!)) });
    }
    m.addInternedSample(locs, [v], labels);
  }
  return m.profile();
}

interface MappingContent {
  memoryStart: number; memoryLimit: number; fileOffset: number; filename: string; buildId: string;
  hasFunctions: boolean; hasFilenames: boolean; hasLineNumbers: boolean; hasInlineFrames: boolean;
}

/** Encodes a merged profile to its wire bytes (uncompressed). */
export function encodeProfile(p: Profile): Uint8Array {
  return google.v1.Profile.encode(p).finish();
}
