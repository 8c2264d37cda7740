// The two outputs of SelectMergeStacktraces, in Pyroscope's formats:
//
// FlameGraph (querier.v1.FlameGraph): `names` plus one Level per depth; each node is four numbers
// [x offset from the end of the previous node on the same level, total, self, index into names]. Level 0
// is the root, named "total", whose total is the sum of its children's. Within a node, its self value
// sits at the left and its children follow in name order. With max_nodes, the threshold is the
// max_nodes-th largest node total (nodes tied with it are kept only within max_nodes: keptNodes); the children of a node below it (and children literally named
// "other") are folded into one "other" child whose self = total = their sum, placed after the kept
// children. Names are numbered in the order Pyroscope visits nodes: depth first, last child first.
//
// Tree bytes (PROFILE_FORMAT_TREE): the same tree, depth first, last child first, starting with a
// virtual root (empty name, self 0). Each node is varint(len(name)) name-bytes varint(self)
// varint(number of children), varints being unsigned LEB128. The same truncation applies, except that a
// child named "other" is kept as is and the folded sum is added to it.
import type { querier } from '../gen/index.ts';
import { ROOT, StackTree, keptNodes } from './stack-tree.ts';

export const OTHER_NAME = 'other';

/** Marks the synthetic "other" node on the work stacks (it is not a node of the tree). */
const SYNTHETIC_OTHER = -1;

export function toFlameGraph(tree: StackTree, maxNodes: number): querier.v1.FlameGraph.$Properties {
  // As in Pyroscope, the root's total is the sum of its children's (a stack without frames shows nowhere).
  const total = tree.total - tree.self(ROOT);
  const keep = keptNodes(tree, maxNodes);
  // Flame graph name indexes, numbered in visit order. Pyroscope keys its cache by name and stores the
  // root under "total", so a function named "total" shares index 0 while one named "" gets its own.
  const names: string[] = ['total'];
  const byNameId = new Int32Array(tree.nameCount()).fill(-1);
  const totalId = tree.findNameId('total');
  if (totalId !== undefined) byNameId[totalId] = 0;
  let otherIdx = -1;
  // Children named "other" are folded like truncated ones: compared by name ID, not by string.
  const otherNameId = tree.findNameId(OTHER_NAME) ?? -1;
  const { start, order } = tree.childOrder();
  // Per level, nodes are appended right to left (the visit order); reversed at the end.
  const levels: number[][] = [];
  let maxSelf = 0;

  // The depth-first work stack as parallel arrays: node (or SYNTHETIC_OTHER), level, absolute x, and the
  // value of a synthetic "other".
  const stackNodes: number[] = [ROOT];
  const stackLevels: number[] = [0];
  const stackX: number[] = [0];
  const stackOther: number[] = [0];
  while (stackNodes.length > 0) {
    const node = stackNodes.pop()!;
    const level = stackLevels.pop()!;
    const x = stackX.pop()!;
    const otherValue = stackOther.pop()!;
    const synthetic = node === SYNTHETIC_OTHER;
    const self = synthetic ? otherValue : node === ROOT ? 0 : tree.self(node);
    const nodeTotal = synthetic ? otherValue : node === ROOT ? total : tree.nodeTotal(node);
    if (self > maxSelf) maxSelf = self;
    let nameIdx: number;
    if (node === ROOT) nameIdx = 0;
    else if (synthetic) {
      if (otherIdx < 0) {
        otherIdx = names.length;
        names.push(OTHER_NAME);
      }
      nameIdx = otherIdx;
    } else {
      const id = tree.nameId(node);
      nameIdx = byNameId[id]!;
      if (nameIdx < 0) {
        nameIdx = names.length;
        names.push(tree.nameById(id));
        byNameId[id] = nameIdx;
      }
    }
    let values = levels[level];
    if (values === undefined) {
      values = [];
      levels[level] = values;
    }
    values.push(x, nodeTotal, self, nameIdx);
    if (synthetic) continue;

    let childX = x + self;
    let otherTotal = 0;
    for (let i = start[node]!; i < start[node + 1]!; i++) {
      const child = order[i]!;
      const childTotal = tree.nodeTotal(child);
      if ((!keep || keep[child]) && tree.nameId(child) !== otherNameId) {
        stackNodes.push(child);
        stackLevels.push(level + 1);
        stackX.push(childX);
        stackOther.push(0);
        childX += childTotal;
      } else otherTotal += childTotal;
    }
    if (otherTotal !== 0) {
      stackNodes.push(SYNTHETIC_OTHER);
      stackLevels.push(level + 1);
      stackX.push(childX);
      stackOther.push(otherTotal);
    }
  }

  const out: querier.v1.Level.$Properties[] = [];
  for (const values of levels) {
    const ordered = new Array<number>(values.length);
    // Reverse node order (groups of four) and turn absolute x into the gap after the previous node.
    let prevEnd = 0;
    for (let src = values.length - 4, dst = 0; src >= 0; src -= 4, dst += 4) {
      const absX = values[src]!;
      const nodeTotal = values[src + 1]!;
      ordered[dst] = absX - prevEnd;
      ordered[dst + 1] = nodeTotal;
      ordered[dst + 2] = values[src + 2]!;
      ordered[dst + 3] = values[src + 3]!;
      prevEnd = absX + nodeTotal;
    }
    out.push({ values: ordered });
  }
  return { names, levels: out, total, maxSelf };
}

/** Rebuilds a tree from a FlameGraph (self values only; "other" nodes become leaves named "other"). */
export function flameGraphToTree(fg: querier.v1.FlameGraph.$Properties): StackTree {
  const tree = new StackTree();
  const names = fg.names ?? [];
  const levels = (fg.levels ?? []).map((l) => {
    const v = (l.values ?? []).map(Number);
    // absolute x of each node
    let prevEnd = 0;
    const abs: number[] = [];
    for (let i = 0; i < v.length; i += 4) {
      const x = prevEnd + v[i]!;
      abs.push(x);
      prevEnd = x + v[i + 1]!;
    }
    return { v, abs };
  });
  for (let depth = 1; depth < levels.length; depth++) {
    const { v, abs } = levels[depth]!;
    for (let j = 0; j < v.length; j += 4) {
      const self = v[j + 2]!;
      if (self <= 0) continue;
      const stack: string[] = new Array<string>(depth);
      stack[depth - 1] = names[v[j + 3]!] ?? '';
      let x = abs[j / 4]!;
      for (let d = depth - 1; d >= 1; d--) {
        const parent = levels[d]!;
        // the last node on the parent level starting at or before x
        let lo = 0;
        let hi = parent.abs.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (parent.abs[mid]! <= x) lo = mid + 1;
          else hi = mid;
        }
        const k = lo - 1;
        stack[d - 1] = names[parent.v[k * 4 + 3]!] ?? '';
        x = parent.abs[k]!;
      }
      tree.addStack(stack, self);
    }
  }
  return tree;
}

/** Serializes the tree into Pyroscope's tree bytes, truncated to about maxNodes nodes (0 = all). */
export function toTreeBytes(tree: StackTree, maxNodes: number): Uint8Array {
  const { start, order } = tree.childOrder();
  if (start[ROOT + 1] === start[ROOT]) return new Uint8Array(0);
  const keep = keptNodes(tree, maxNodes);
  const otherNameId = tree.findNameId(OTHER_NAME) ?? -1;
  const w = new ByteWriter();
  const encoder = new TextEncoder();
  // Work stack: node (or SYNTHETIC_OTHER) and a value folded into it (an "other" node gets the sum of the
  // children it replaces, added to its own self and total). The caller's tree is never modified.
  const stackNodes: number[] = [ROOT];
  const stackFolded: number[] = [0];
  while (stackNodes.length > 0) {
    const n = stackNodes.pop()!;
    const folded = stackFolded.pop()!;
    const synthetic = n === SYNTHETIC_OTHER;
    const nameBytes = encoder.encode(synthetic ? OTHER_NAME : n === ROOT ? '' : tree.name(n));
    w.uvarint(nameBytes.length);
    w.bytes(nameBytes);
    w.uvarint((synthetic || n === ROOT ? 0 : tree.self(n)) + folded);
    if (synthetic) {
      w.uvarint(0);
      continue;
    }
    const kept: number[] = [];
    const keptFolded: number[] = [];
    let other = 0;
    let existingOther = -1;
    for (let i = start[n]!; i < start[n + 1]!; i++) {
      const c = order[i]!;
      const isOther = tree.nameId(c) === otherNameId;
      if (!keep || keep[c] || isOther) {
        if (isOther) existingOther = kept.length;
        kept.push(c);
        keptFolded.push(0);
      } else other += tree.nodeTotal(c);
    }
    if (other > 0) {
      if (existingOther >= 0) keptFolded[existingOther] = other;
      else {
        // Insert the synthetic "other" at its place in name order.
        let at = 0;
        while (at < kept.length && tree.name(kept[at]!) < OTHER_NAME) at++;
        kept.splice(at, 0, SYNTHETIC_OTHER);
        keptFolded.splice(at, 0, other);
      }
    }
    for (let i = 0; i < kept.length; i++) {
      stackNodes.push(kept[i]!);
      stackFolded.push(keptFolded[i]!);
    }
    w.uvarint(kept.length);
  }
  return w.finish();
}

/** Parses tree bytes (as written by toTreeBytes or by Pyroscope) into a tree. */
export function fromTreeBytes(bytes: Uint8Array): StackTree {
  const tree = new StackTree();
  if (bytes.length < 2) return tree;
  const r = new ByteReader(bytes);
  const decoder = new TextDecoder();
  // Each entry is a parent waiting for one more child; the path gives the stack to that parent.
  interface Frame {
    depth: number;
    remaining: number;
  }
  const path: string[] = [];
  const parents: Frame[] = [{ depth: -1, remaining: 1 }];
  while (parents.length > 0) {
    const top = parents[parents.length - 1]!;
    if (top.remaining === 0) {
      parents.pop();
      continue;
    }
    top.remaining--;
    const nameLen = r.uvarint();
    const name = decoder.decode(r.bytes(nameLen));
    const self = r.uvarint();
    const children = r.uvarint();
    const depth = top.depth + 1;
    // depth 0 is the virtual root: its stack is empty.
    if (depth > 0) path[depth - 1] = name;
    if (self > 0) tree.addStack(path.slice(0, Math.max(0, depth)), self);
    if (children > 0) parents.push({ depth, remaining: children });
  }
  if (!r.done()) throw new Error(`malformed tree bytes: ${bytes.length - r.offset} trailing bytes`);
  return tree;
}

class ByteWriter {
  private buf = new Uint8Array(1024);
  private len = 0;

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  uvarint(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`cannot encode ${v} as an unsigned varint`);
    this.ensure(10);
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

class ByteReader {
  offset = 0;
  constructor(private readonly buf: Uint8Array) {}

  uvarint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.buf[this.offset++];
      if (b === undefined) throw new Error('malformed tree bytes: truncated varint');
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 0x80;
    }
    throw new Error('malformed tree bytes: varint too long');
  }

  bytes(n: number): Uint8Array {
    if (this.offset + n > this.buf.length) throw new Error('malformed tree bytes: name runs past the end');
    const b = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return b;
  }

  done(): boolean {
    return this.offset === this.buf.length;
  }
}
