// A tree of merged stacks: each path from the root is a stack of function names (root frame first), each
// node carries `total` (its value plus its descendants') and `self` (the value of stacks ending there).
// Readers see children in name order, as Pyroscope keeps them, because the flame graph and tree byte
// formats list nodes in that order.
//
// Ingesters build one over the profiles they were asked to merge and return it as a
// MergeStacktracesResponse (a names table plus one entry per node with self > 0); the querier adds the
// responses of several sources, each with its own names table, into one tree.
//
// Layout: nodes are rows of typed arrays (parent, name ID, self, total, first child, next sibling) and a
// child is found through an open-addressing hash table keyed by (parent, name ID). A tree of a million
// nodes is then a handful of arrays rather than a million objects, and inserting a frame allocates
// nothing. Node 0 is the virtual root (name "").
import type { ingester } from '../gen/index.ts';

export const ROOT = 0;

/** Every node's children in name order: node n's are order[start[n]] … order[start[n + 1] - 1] (StackTree.childOrder). */
export interface ChildOrder {
  start: Int32Array;
  order: Int32Array;
}
const NONE = -1;
/** The name truncation gives to folded nodes (Pyroscope's). */
const OTHER = 'other';

export class StackTree {
  private readonly names: string[] = [''];
  private readonly nameIds = new Map<string, number>([['', 0]]);

  private parentOf: Int32Array = new Int32Array(1024);
  private nameOf: Int32Array = new Int32Array(1024);
  private selfOf: Float64Array = new Float64Array(1024);
  private totalOf: Float64Array = new Float64Array(1024);
  private firstChild: Int32Array = new Int32Array(1024).fill(NONE);
  private nextSibling: Int32Array = new Int32Array(1024).fill(NONE);
  private count = 1;

  /** Every node's children in name order (childOrder), cached for the node count it was built at. */
  private ordered: { count: number; children: ChildOrder } | undefined;

  /** Open addressing: slot → node ID (NONE = empty); probed linearly from hash(parent, name). */
  private slots: Int32Array = new Int32Array(2048).fill(NONE);

  get total(): number {
    return this.totalOf[ROOT]!;
  }

  /** Number of nodes, not counting the virtual root. */
  size(): number {
    return this.count - 1;
  }

  name(node: number): string {
    return this.names[this.nameOf[node]!]!;
  }

  self(node: number): number {
    return this.selfOf[node]!;
  }

  nodeTotal(node: number): number {
    return this.totalOf[node]!;
  }

  /** The children of a node, in name order (JS string order). */
  children(node: number): number[] {
    const out: number[] = [];
    for (let c = this.firstChild[node]!; c !== NONE; c = this.nextSibling[c]!) out.push(c);
    if (out.length > 1) {
      const names = this.names;
      const nameOf = this.nameOf;
      out.sort((a, b) => compareStrings(names[nameOf[a]!]!, names[nameOf[b]!]!));
    }
    return out;
  }

  /** The node's name ID: an index into the tree's names table (see nameById). */
  nameId(node: number): number {
    return this.nameOf[node]!;
  }

  nameById(id: number): string {
    return this.names[id]!;
  }

  /** Number of distinct names (including "" at ID 0). */
  nameCount(): number {
    return this.names.length;
  }

  /** The ID of a name, or undefined when no node has it. */
  findNameId(name: string): number | undefined {
    return this.nameIds.get(name);
  }

  /**
   * Every node's children in name order at once: node n's children are order[start[n]] … order[start[n + 1] - 1].
   * Readers that visit the whole tree (flame graphs, truncation) use it rather than children(), which sorts one
   * node's children into a new array per call. The nodes are bucketed by parent (a counting sort), then each
   * node's children sorted by name: only siblings are compared, never the whole names table (most nodes have
   * one child; sorting every name cost milliseconds per tree). Kept until a node is added.
   */
  childOrder(): ChildOrder {
    if (this.ordered?.count === this.count) return this.ordered.children;
    const n = this.count;
    const parentOf = this.parentOf;
    const start = new Int32Array(n + 1);
    for (let i = 1; i < n; i++) start[parentOf[i]! + 1]!++;
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, n);
    const order = new Int32Array(n - 1);
    for (let i = 1; i < n; i++) order[next[parentOf[i]!]!++] = i;
    const names = this.names;
    const nameOf = this.nameOf;
    const byName = (a: number, b: number): number => compareStrings(names[nameOf[a]!]!, names[nameOf[b]!]!);
    for (let p = 0; p < n; p++) {
      const from = start[p]!;
      const to = start[p + 1]!;
      if (to - from < 2) continue;
      if (to - from <= 12) {
        // Insertion sort: few siblings, no array.
        for (let i = from + 1; i < to; i++) {
          const node = order[i]!;
          const name = names[nameOf[node]!]!;
          let j = i - 1;
          while (j >= from && names[nameOf[order[j]!]!]! > name) {
            order[j + 1] = order[j]!;
            j--;
          }
          order[j + 1] = node;
        }
      } else order.subarray(from, to).set(Array.from(order.subarray(from, to)).sort(byName));
    }
    const children = { start, order };
    this.ordered = { count: n, children };
    return children;
  }

  /** Totals of every node but the root, in no particular order (a view: do not keep it across inserts). */
  nodeTotals(): Float64Array {
    return this.totalOf.subarray(1, this.count);
  }

  /** Adds one stack (root frame first). Values ≤ 0 are ignored, as Pyroscope ignores them. */
  addStack(names: readonly string[], value: number): void {
    if (!(value > 0)) return;
    let n = ROOT;
    this.totalOf[ROOT]! += value;
    for (let i = 0; i < names.length; i++) {
      n = this.child(n, this.internName(names[i]!));
      this.totalOf[n]! += value;
    }
    this.selfOf[n]! += value;
  }

  /** Adds one stack given as indexes into `names` (root frame first). */
  addStackIds(ids: ArrayLike<number>, names: readonly string[], value: number): void {
    if (!(value > 0)) return;
    const local = new Array<number>(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const name = names[ids[i]!];
      if (name === undefined) throw new RangeError(`stack refers to name ${ids[i]} but the names table has ${names.length} entries`);
      local[i] = this.internName(name);
    }
    this.addInterned(local, value);
  }

  /** Adds every stack of `other` into this tree. */
  merge(other: StackTree): void {
    const nameMap = other.names.map((n) => this.internName(n));
    // Other's nodes are numbered parents first, so one pass in ID order sees every parent before its children.
    const mapped = new Int32Array(other.count);
    mapped[ROOT] = ROOT;
    this.selfOf[ROOT]! += other.selfOf[ROOT]!;
    this.totalOf[ROOT]! += other.totalOf[ROOT]!;
    for (let o = 1; o < other.count; o++) {
      const n = this.child(mapped[other.parentOf[o]!]!, nameMap[other.nameOf[o]!]!);
      mapped[o] = n;
      this.selfOf[n]! += other.selfOf[o]!;
      this.totalOf[n]! += other.totalOf[o]!;
    }
  }

  /** Adds a MergeStacktracesResponse (one source's names table, and its stacks or its tree's columns). */
  addMergeResponse(part: ingester.v1.MergeStacktracesResponse.$Properties): void {
    const names = part.names ?? [];
    // Map the response's names table once, not once per frame.
    const local = names.map((n) => this.internName(n));
    const localId = (id: number): number => {
      const mapped = local[id];
      if (mapped === undefined) throw new RangeError(`a merge response refers to name ${id} but its names table has ${names.length} entries`);
      return mapped;
    };
    const n = part.treeSelf?.length ?? 0;
    if (n > 0) {
      const parents = part.treeParent ?? [];
      const nameIds = part.treeName ?? [];
      if (parents.length !== n || nameIds.length !== n) {
        throw new RangeError(`a merge response's tree columns differ in length: ${parents.length} parents, ${nameIds.length} names, ${n} values`);
      }
      this.addColumns(parents, nameIds, part.treeSelf!, n, localId);
    }
    const path: number[] = [];
    for (const s of part.stacks ?? []) {
      const value = Number(s.value ?? 0);
      if (!(value > 0)) continue;
      const ids = s.nameIds ?? [];
      path.length = ids.length;
      for (let i = 0; i < ids.length; i++) path[i] = localId(ids[i]!);
      this.addInterned(path, value);
    }
  }

  /**
   * Adds a tree given as columns whose name IDs are already this tree's (nameIdOf): parents before children,
   * node 0 the root, `count` nodes (the arrays may be longer). As with a merge response's columns, self values
   * ≤ 0 count as 0 and a subtree without value adds no node.
   */
  addColumnsOfIds(parents: ArrayLike<number>, nameIds: ArrayLike<number>, selfs: ArrayLike<number>, count: number): void {
    this.addColumns(parents, nameIds, selfs, count, (id) => id);
  }

  /** The name's ID in this tree, added when new (for addColumnsOfIds). */
  nameIdOf(name: string): number {
    return this.internName(name);
  }

  /** Adds a tree given as columns (MergeStacktracesResponse.tree_*): parents before children, node 0 the root. */
  private addColumns(parents: ArrayLike<number>, nameIds: ArrayLike<number>, selfs: ArrayLike<number>, n: number, localId: (id: number) => number): void {
    // Each node's total is its subtree's self: summed children first (a parent always comes before its children).
    const self = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = Number(selfs[i]);
      self[i] = v > 0 ? v : 0;
    }
    const total = Float64Array.from(self);
    for (let i = n - 1; i > 0; i--) {
      const p = parents[i]!;
      if (!(p < i)) throw new RangeError(`a merge response's tree node ${i} has parent ${p}, not an earlier node`);
      total[p]! += total[i]!;
    }
    const mapped = new Int32Array(n);
    mapped[0] = ROOT;
    this.selfOf[ROOT]! += self[0]!;
    this.totalOf[ROOT]! += total[0]!;
    for (let i = 1; i < n; i++) {
      // A subtree without value adds nothing (as a stack of value 0 adds nothing).
      if (total[i] === 0) continue;
      const node = this.child(mapped[parents[i]!]!, localId(nameIds[i]!));
      mapped[i] = node;
      this.selfOf[node]! += self[i]!;
      this.totalOf[node]! += total[i]!;
    }
  }

  static fromMergeResponses(parts: Iterable<ingester.v1.MergeStacktracesResponse.$Properties>): StackTree {
    const list = [...parts];
    const t = new StackTree();
    // Sized once for the nodes the columns bring (an upper bound: sources share nodes), not grown and rehashed
    // from 1,024 nodes up as they are added.
    t.reserve(list.reduce((n, p) => n + (p.treeSelf?.length ?? 0), 1));
    for (const p of list) t.addMergeResponse(p);
    return t;
  }

  /** Calls `fn` once per node with self > 0, in depth-first name order, with its stack (root first). */
  forEachStack(fn: (stack: readonly string[], self: number) => void): void {
    const path: string[] = [];
    this.walk((n, depth) => {
      if (depth > 0) path[depth - 1] = this.name(n);
      if (this.selfOf[n]! > 0) fn(path.slice(0, depth), this.selfOf[n]!);
    });
  }

  /**
   * The compact wire form that ingesters return: the names table and one stack per node with self > 0.
   * With maxNodes > 0 the tree is truncated first as flame graphs are (nodes whose total is below the
   * max_nodes-th largest are folded, with their descendants, into an "other" leaf under their parent), so a
   * source sends about maxNodes stacks instead of its whole tree; totals are unchanged. With `columns`, the
   * kept nodes are sent once each as the tree's columns (tree_parent, tree_name, tree_self) instead of one
   * name path per stack: for a tree of depth d that is about d times less to build, encode and decode.
   */
  toMergeResponse(maxNodes = 0, columns = false): ingester.v1.MergeStacktracesResponse.$Properties {
    const keep = keptNodes(this, maxNodes);
    const stacks: ingester.v1.Stack.$Properties[] = [];
    const used = new Int32Array(this.names.length + 1).fill(NONE);
    const names: string[] = [];
    const otherId = this.names.length; // a pseudo name ID for "other", mapped like the others
    const local = (global: number): number => {
      let id = used[global]!;
      if (id === NONE) {
        id = names.length;
        names.push(global === otherId ? OTHER : this.names[global]!);
        used[global] = id;
      }
      return id;
    };
    const path = (n: number, extra: number): number[] => {
      let depth = extra === NONE ? 0 : 1;
      for (let p = n; p !== ROOT; p = this.parentOf[p]!) depth++;
      const ids = new Array<number>(depth);
      let i = depth - 1;
      if (extra !== NONE) ids[i--] = local(extra);
      for (let p = n; p !== ROOT; p = this.parentOf[p]!) ids[i--] = local(this.nameOf[p]!);
      return ids;
    };
    // Nodes are numbered parents first: one pass decides what is kept and what each kept node folds.
    const kept = new Uint8Array(this.count);
    const folded = new Float64Array(keep ? this.count : 0);
    kept[ROOT] = 1;
    for (let n = 1; n < this.count; n++) {
      const parent = this.parentOf[n]!;
      if (!kept[parent]) continue;
      if (!keep || keep[n] || this.names[this.nameOf[n]!] === OTHER) kept[n] = 1;
      else folded[parent]! += this.totalOf[n]!;
    }
    if (columns) {
      // Kept nodes keep their order (parents first); each folded remainder becomes an "other" child after them.
      const index = new Int32Array(this.count);
      const treeParent: number[] = [0];
      const treeName: number[] = [0];
      const treeSelf: number[] = [this.selfOf[ROOT]!];
      for (let n = 1; n < this.count; n++) {
        if (!kept[n]) continue;
        index[n] = treeParent.length;
        treeParent.push(index[this.parentOf[n]!]!);
        treeName.push(local(this.nameOf[n]!));
        treeSelf.push(this.selfOf[n]!);
      }
      for (let n = 0; n < folded.length; n++) {
        if (!(folded[n]! > 0)) continue;
        treeParent.push(index[n]!);
        treeName.push(local(otherId));
        treeSelf.push(folded[n]!);
      }
      return { names, treeParent, treeName, treeSelf };
    }
    for (let n = 1; n < this.count; n++) {
      if (kept[n] && this.selfOf[n]! > 0) stacks.push({ nameIds: path(n, NONE), value: this.selfOf[n]! });
    }
    for (let n = 0; n < folded.length; n++) if (folded[n]! > 0) stacks.push({ nameIds: path(n, otherId), value: folded[n]! });
    if (this.selfOf[ROOT]! > 0) stacks.push({ nameIds: [], value: this.selfOf[ROOT]! });
    return { names, stacks };
  }

  /**
   * Visits every node in pre-order, children in name order, with its depth (root = 0). Iterative, so that
   * stacks thousands of frames deep cannot overflow the JS call stack.
   */
  walk(visit: (node: number, depth: number) => void): void {
    const { start, order } = this.childOrder();
    const nodes: number[] = [ROOT];
    const depths: number[] = [0];
    while (nodes.length > 0) {
      const n = nodes.pop()!;
      const depth = depths.pop()!;
      visit(n, depth);
      for (let i = start[n + 1]! - 1; i >= start[n]!; i--) {
        nodes.push(order[i]!);
        depths.push(depth + 1);
      }
    }
  }

  private addInterned(path: readonly number[], value: number): void {
    let n = ROOT;
    this.totalOf[ROOT]! += value;
    for (let i = 0; i < path.length; i++) {
      n = this.child(n, path[i]!);
      this.totalOf[n]! += value;
    }
    this.selfOf[n]! += value;
  }

  private internName(name: string): number {
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.nameIds.set(name, id);
    }
    return id;
  }

  /** The child of `parent` with name ID `name`, created with zero values when absent. */
  private child(parent: number, name: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = hash(parent, name) & mask;
    for (;;) {
      const id = slots[i]!;
      if (id === NONE) break;
      if (this.parentOf[id] === parent && this.nameOf[id] === name) return id;
      i = (i + 1) & mask;
    }
    const id = this.count++;
    if (id >= this.parentOf.length) this.grow();
    this.parentOf[id] = parent;
    this.nameOf[id] = name;
    this.nextSibling[id] = this.firstChild[parent]!;
    this.firstChild[parent] = id;
    if (this.count * 2 > slots.length) this.rehash();
    else slots[i] = id;
    return id;
  }

  /** Room for `nodes` nodes without growing or rehashing. */
  private reserve(nodes: number): void {
    if (nodes <= this.parentOf.length) return;
    let size = this.parentOf.length;
    while (size < nodes) size *= 2;
    this.grow(size);
    let slots = this.slots.length;
    while (slots < size * 2) slots *= 2;
    if (slots > this.slots.length) this.rehash(slots);
  }

  private grow(size = this.parentOf.length * 2): void {
    const growI = (a: Int32Array, fill: number): Int32Array => {
      const b = new Int32Array(size).fill(fill);
      b.set(a);
      return b;
    };
    const growF = (a: Float64Array): Float64Array => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.parentOf = growI(this.parentOf, 0);
    this.nameOf = growI(this.nameOf, 0);
    this.firstChild = growI(this.firstChild, NONE);
    this.nextSibling = growI(this.nextSibling, NONE);
    this.selfOf = growF(this.selfOf);
    this.totalOf = growF(this.totalOf);
  }

  /** Doubles the hash table (or makes it `size` slots) and re-inserts every node (the root has no slot). */
  private rehash(size = this.slots.length * 2): void {
    const slots = new Int32Array(size).fill(NONE);
    const mask = slots.length - 1;
    for (let id = 1; id < this.count; id++) {
      let i = hash(this.parentOf[id]!, this.nameOf[id]!) & mask;
      while (slots[i] !== NONE) i = (i + 1) & mask;
      slots[i] = id;
    }
    this.slots = slots;
  }
}

/** JS string order (UTF-16 code units): the order children have always been given in. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hash(parent: number, name: number): number {
  let h = Math.imul(parent ^ 0x9e3779b9, 0x85ebca6b);
  h ^= Math.imul(name + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 15;
  return h;
}

/**
 * Which nodes a tree truncated to `maxNodes` keeps (1 = kept, indexed by node; the root is always kept), or
 * undefined when nothing is truncated (maxNodes < 1 or the tree is small enough).
 *
 * Like Pyroscope (its tree's minValue), every node whose total is above the maxNodes-th largest total is
 * kept. Unlike Pyroscope, nodes whose total equals that threshold are kept only while the count stays within
 * maxNodes, taken breadth first (shallow before deep, siblings in name order): in a deep chain or among
 * many equal stacks every node ties, and keeping all ties made max_nodes=1 return the whole tree (issue 14,
 * item 5). Without ties the kept set is exactly Pyroscope's. A kept node's parent is always kept, since a
 * parent's total is at least its child's.
 */
export function keptNodes(tree: StackTree, maxNodes: number): Uint8Array | undefined {
  const minValue = minNodeValue(tree, maxNodes);
  if (minValue === 0) return undefined;
  const kept = new Uint8Array(tree.size() + 1);
  kept[ROOT] = 1;
  const totals = tree.nodeTotals();
  let budget = maxNodes;
  for (let i = 0; i < totals.length; i++) {
    if (totals[i]! > minValue) {
      kept[i + 1] = 1;
      budget--;
    }
  }
  // Ties, breadth first over kept nodes; only a kept node's children can be kept.
  if (budget <= 0) return kept;
  const { start, order } = tree.childOrder();
  const queue: number[] = [ROOT];
  for (let head = 0; head < queue.length && budget > 0; head++) {
    const node = queue[head]!;
    for (let i = start[node]!; i < start[node + 1]!; i++) {
      const c = order[i]!;
      if (kept[c]) queue.push(c);
      else if (budget > 0 && tree.nodeTotal(c) === minValue) {
        kept[c] = 1;
        budget--;
        queue.push(c);
      }
    }
  }
  return kept;
}

/**
 * The smallest `total` a node must have to be kept when at most `maxNodes` nodes are wanted: the
 * maxNodes-th largest total among all nodes (0 = keep all, when maxNodes < 1 or the tree is small enough).
 * Nodes whose total equals the threshold are kept only within the budget: see keptNodes.
 */
export function minNodeValue(tree: StackTree, maxNodes: number): number {
  if (maxNodes < 1) return 0;
  if (tree.size() <= maxNodes) return 0;
  // The maxNodes-th largest, ties counted (as a min-heap of the maxNodes largest would hold at its top), found
  // by selection in linear time on a copy rather than by a heap over every node.
  return kthLargest(Float64Array.from(tree.nodeTotals()), maxNodes);
}

/**
 * The k-th largest value of `a` (1 ≤ k ≤ a.length), duplicates counted; reorders `a`. Quickselect with a
 * three-way partition, so that the many equal totals of a tree (small leaves) do not make it quadratic.
 */
export function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const want = k - 1; // its index in descending order
  while (lo < hi) {
    // Median of three as the pivot.
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x > y ? (y > z ? y : x > z ? z : x) : x > z ? x : y > z ? z : y;
    // Descending: [lo, gt) > pivot, [gt, i) = pivot, (lt, hi] < pivot.
    let gt = lo;
    let i = lo;
    let lt = hi;
    while (i <= lt) {
      const v = a[i]!;
      if (v > pivot) {
        a[i] = a[gt]!;
        a[gt++] = v;
        i++;
      } else if (v < pivot) {
        a[i] = a[lt]!;
        a[lt--] = v;
      } else i++;
    }
    if (want < gt) hi = gt - 1;
    else if (want > lt) lo = lt + 1;
    else return pivot;
  }
  return a[want]!;
}
