// Symbol tables (strings, mappings, functions, locations, stack trie) as block files hold them: written and
// read the same way by version 1 (one symbols.bin for the block) and version 2 (one section per partition,
// format-v2.ts). Also: the subset of a block's tables that some of its samples use, renumbered, which is
// how version 2 gives each partition its own tables.
import type { SampleData, StoredFunction, StoredLocation, StoredMapping } from '../read/profile-data.ts';
import { ByteReader, ByteWriter } from './codec.ts';

export type SymbolTables = Pick<SampleData, 'strings' | 'mappings' | 'functions' | 'locations' | 'stackParent' | 'stackLocation' | 'stackCount'>;

/** Encodes the tables as docs/block-format.md "symbols.bin" lays them out (index 0 of each is implied). */
export function writeSymbols(sym: ByteWriter, s: SymbolTables): void {
  sym.uvarint(s.strings.length);
  for (const str of s.strings) sym.string(str);
  sym.uvarint(s.mappings.length - 1);
  for (let i = 1; i < s.mappings.length; i++) {
    const m = s.mappings[i]!;
    sym.number(m.memoryStart);
    sym.number(m.memoryLimit);
    sym.number(m.fileOffset);
    sym.uvarint(m.filename);
    sym.uvarint(m.buildId);
    sym.uvarint(m.flags);
  }
  sym.uvarint(s.functions.length - 1);
  for (let i = 1; i < s.functions.length; i++) {
    const f = s.functions[i]!;
    sym.uvarint(f.name);
    sym.uvarint(f.systemName);
    sym.uvarint(f.filename);
    sym.number(f.startLine);
  }
  sym.uvarint(s.locations.length - 1);
  for (let i = 1; i < s.locations.length; i++) {
    const l = s.locations[i]!;
    sym.uvarint(l.mappingId);
    sym.number(l.address);
    sym.uvarint(l.lines.length / 2);
    for (let j = 0; j < l.lines.length; j += 2) {
      sym.uvarint(l.lines[j]!);
      sym.number(l.lines[j + 1]!);
    }
  }
  sym.uvarint(s.stackCount - 1);
  for (let n = 1; n < s.stackCount; n++) {
    // A node's parent always has a smaller ID: store the distance back to it.
    sym.uvarint(n - s.stackParent[n]!);
    sym.uvarint(s.stackLocation[n]!);
  }
}

/** Decodes what writeSymbols wrote; `what` names the file or section in errors. */
export function readSymbols(r: ByteReader, what: string): SymbolTables {
  const strings: string[] = [];
  for (let i = r.count(); i > 0; i--) strings.push(r.string());
  const mappings: StoredMapping[] = [{ memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }];
  for (let i = r.count(); i > 0; i--) {
    mappings.push({ memoryStart: r.number(), memoryLimit: r.number(), fileOffset: r.number(), filename: r.uvarint(), buildId: r.uvarint(), flags: r.uvarint() });
  }
  const functions: StoredFunction[] = [{ name: 0, systemName: 0, filename: 0, startLine: 0 }];
  for (let i = r.count(); i > 0; i--) functions.push({ name: r.uvarint(), systemName: r.uvarint(), filename: r.uvarint(), startLine: r.number() });
  const locations: StoredLocation[] = [{ mappingId: 0, address: 0, lines: [] }];
  for (let i = r.count(); i > 0; i--) {
    const mappingId = r.uvarint();
    const address = r.number();
    // Sized once: an array grown by push keeps 17 or more slots for the one or two lines a location has,
    // three times what it holds, for every location of every cached partition.
    const lineCount = r.count();
    const lines: number[] = new Array<number>(2 * lineCount);
    for (let j = 0; j < lineCount; j++) {
      lines[2 * j] = r.uvarint();
      lines[2 * j + 1] = r.number();
    }
    locations.push({ mappingId, address, lines });
  }
  const stackCount = r.count() + 1;
  const stackParent = new Uint32Array(stackCount);
  const stackLocation = new Uint32Array(stackCount);
  for (let n = 1; n < stackCount; n++) {
    const back = r.uvarint();
    if (back < 1 || back > n) throw new Error(`corrupt ${what}: stack ${n} has parent distance ${back}`);
    stackParent[n] = n - back;
    stackLocation[n] = r.uvarint();
    if (stackLocation[n]! >= locations.length) throw new Error(`corrupt ${what}: stack ${n} names location ${stackLocation[n]}`);
  }
  return { strings, mappings, functions, locations, stackParent, stackLocation, stackCount };
}

export function encodeSymbols(s: SymbolTables): Buffer {
  const w = new ByteWriter(1 << 16);
  writeSymbols(w, s);
  return w.finish();
}

/**
 * Takes subsets of one set of tables: for each call, the symbols some samples use (their stack nodes and
 * every ancestor, the nodes' locations, their functions and mappings, and the strings those name), renumbered
 * densely in ascending order of their old IDs. Ascending order keeps every stack node's parent before it.
 * Work is proportional to the symbols used, not to the whole tables: marks are stamps, reset by a new stamp.
 */
export class SymbolSubsets {
  private stamp = 0;
  private readonly stackStamp: Int32Array;
  private readonly stackNew: Uint32Array;
  private readonly locationStamp: Int32Array;
  private readonly locationNew: Uint32Array;
  private readonly functionStamp: Int32Array;
  private readonly functionNew: Uint32Array;
  private readonly mappingStamp: Int32Array;
  private readonly mappingNew: Uint32Array;
  private readonly stringStamp: Int32Array;
  private readonly stringNew: Uint32Array;

  constructor(private readonly src: SymbolTables) {
    this.stackStamp = new Int32Array(src.stackCount);
    this.stackNew = new Uint32Array(src.stackCount);
    this.locationStamp = new Int32Array(src.locations.length);
    this.locationNew = new Uint32Array(src.locations.length);
    this.functionStamp = new Int32Array(src.functions.length);
    this.functionNew = new Uint32Array(src.functions.length);
    this.mappingStamp = new Int32Array(src.mappings.length);
    this.mappingNew = new Uint32Array(src.mappings.length);
    this.stringStamp = new Int32Array(src.strings.length);
    this.stringNew = new Uint32Array(src.strings.length);
  }

  /**
   * The tables used by the samples `stacks` yields (their stack IDs), and `stackId(old)`: a used node's new ID.
   * The returned function is valid until the next call.
   */
  subset(forEachStack: (use: (stack: number) => void) => void): { tables: SymbolTables; stackId: (old: number) => number } {
    const s = ++this.stamp;
    const src = this.src;
    const nodes: number[] = [];
    this.stackStamp[0] = s;
    forEachStack((stack) => {
      for (let n = stack; this.stackStamp[n] !== s; n = src.stackParent[n]!) {
        this.stackStamp[n] = s;
        nodes.push(n);
      }
    });
    const sortedNodes = Uint32Array.from(nodes).sort();
    const locs: number[] = [];
    for (const n of sortedNodes) mark(this.locationStamp, s, src.stackLocation[n]!, locs);
    const sortedLocs = Uint32Array.from(locs).sort();
    const fns: number[] = [];
    const maps: number[] = [];
    for (const l of sortedLocs) {
      const loc = src.locations[l]!;
      mark(this.mappingStamp, s, loc.mappingId, maps);
      for (let j = 0; j < loc.lines.length; j += 2) mark(this.functionStamp, s, loc.lines[j]!, fns);
    }
    const sortedFns = Uint32Array.from(fns).sort();
    const sortedMaps = Uint32Array.from(maps).sort();
    const strs: number[] = [];
    for (const f of sortedFns) {
      const fn = src.functions[f]!;
      mark(this.stringStamp, s, fn.name, strs);
      mark(this.stringStamp, s, fn.systemName, strs);
      mark(this.stringStamp, s, fn.filename, strs);
    }
    for (const m of sortedMaps) {
      mark(this.stringStamp, s, src.mappings[m]!.filename, strs);
      mark(this.stringStamp, s, src.mappings[m]!.buildId, strs);
    }
    const sortedStrs = Uint32Array.from(strs).sort();

    // Index 0 of every table is the placeholder ("" for strings), kept at 0.
    const strings: string[] = [''];
    for (const i of sortedStrs) {
      this.stringNew[i] = strings.length;
      strings.push(src.strings[i]!);
    }
    const str = (i: number): number => (i === 0 ? 0 : this.stringNew[i]!);
    const mappings: StoredMapping[] = [src.mappings[0] ?? { memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }];
    for (const i of sortedMaps) {
      this.mappingNew[i] = mappings.length;
      const m = src.mappings[i]!;
      mappings.push({ ...m, filename: str(m.filename), buildId: str(m.buildId) });
    }
    const functions: StoredFunction[] = [{ name: 0, systemName: 0, filename: 0, startLine: 0 }];
    for (const i of sortedFns) {
      this.functionNew[i] = functions.length;
      const f = src.functions[i]!;
      functions.push({ name: str(f.name), systemName: str(f.systemName), filename: str(f.filename), startLine: f.startLine });
    }
    const locations: StoredLocation[] = [{ mappingId: 0, address: 0, lines: [] }];
    for (const i of sortedLocs) {
      this.locationNew[i] = locations.length;
      const l = src.locations[i]!;
      const lines: number[] = new Array<number>(l.lines.length);
      for (let j = 0; j < l.lines.length; j += 2) {
        lines[j] = l.lines[j] === 0 ? 0 : this.functionNew[l.lines[j]!]!;
        lines[j + 1] = l.lines[j + 1]!;
      }
      locations.push({ mappingId: l.mappingId === 0 ? 0 : this.mappingNew[l.mappingId]!, address: l.address, lines });
    }
    const stackCount = sortedNodes.length + 1;
    const stackParent = new Uint32Array(stackCount);
    const stackLocation = new Uint32Array(stackCount);
    this.stackNew[0] = 0;
    for (let k = 0; k < sortedNodes.length; k++) {
      const n = sortedNodes[k]!;
      this.stackNew[n] = k + 1;
      stackParent[k + 1] = this.stackNew[src.stackParent[n]!]!;
      const loc = src.stackLocation[n]!;
      stackLocation[k + 1] = loc === 0 ? 0 : this.locationNew[loc]!;
    }
    return { tables: { strings, mappings, functions, locations, stackParent, stackLocation, stackCount }, stackId: (old) => this.stackNew[old]! };
  }
}

/** Marks id (not 0, the placeholder) with the stamp and lists it, once per stamp. */
function mark(stamps: Int32Array, s: number, id: number, into: number[]): void {
  if (id === 0 || stamps[id] === s) return;
  stamps[id] = s;
  into.push(id);
}

/**
 * One set of tables holding several (one per partition of a version-2 block) side by side, and the offsets
 * that translate each part's IDs: ID 0 stays 0 (the shared placeholder or root), ID i > 0 of part k becomes
 * offset[k] + i. Symbols are not de-duplicated across parts (a merge re-interns them: compact/merge.ts).
 */
export function concatSymbols(parts: readonly SymbolTables[]): { tables: SymbolTables; stackOffset: number[] } {
  const strings: string[] = [''];
  const mappings: StoredMapping[] = [{ memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }];
  const functions: StoredFunction[] = [{ name: 0, systemName: 0, filename: 0, startLine: 0 }];
  const locations: StoredLocation[] = [{ mappingId: 0, address: 0, lines: [] }];
  let stackCount = 1;
  for (const p of parts) stackCount += p.stackCount - 1;
  const stackParent = new Uint32Array(stackCount);
  const stackLocation = new Uint32Array(stackCount);
  const stackOffset: number[] = [];
  let nextStack = 1;
  for (const p of parts) {
    const so = strings.length - 1;
    const mo = mappings.length - 1;
    const fo = functions.length - 1;
    const lo = locations.length - 1;
    const to = nextStack - 1;
    const str = (i: number): number => (i === 0 ? 0 : so + i);
    for (let i = 1; i < p.strings.length; i++) strings.push(p.strings[i]!);
    for (let i = 1; i < p.mappings.length; i++) {
      const m = p.mappings[i]!;
      mappings.push({ ...m, filename: str(m.filename), buildId: str(m.buildId) });
    }
    for (let i = 1; i < p.functions.length; i++) {
      const f = p.functions[i]!;
      functions.push({ name: str(f.name), systemName: str(f.systemName), filename: str(f.filename), startLine: f.startLine });
    }
    for (let i = 1; i < p.locations.length; i++) {
      const l = p.locations[i]!;
      const lines = l.lines.map((v, j) => (j % 2 === 0 && v !== 0 ? fo + v : v));
      locations.push({ mappingId: l.mappingId === 0 ? 0 : mo + l.mappingId, address: l.address, lines });
    }
    for (let n = 1; n < p.stackCount; n++) {
      const parent = p.stackParent[n]!;
      const loc = p.stackLocation[n]!;
      stackParent[nextStack] = parent === 0 ? 0 : to + parent;
      stackLocation[nextStack] = loc === 0 ? 0 : lo + loc;
      nextStack++;
    }
    stackOffset.push(to);
  }
  return { tables: { strings, mappings, functions, locations, stackParent, stackLocation, stackCount }, stackOffset };
}
