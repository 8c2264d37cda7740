// A tree of merged stacks: each path from the root is a stack of function names (root frame first), each
// node carries `total` (its value plus its descendants') and `self` (the value of stacks ending there).
// Children are kept sorted by name, as Pyroscope keeps them, because the flame graph and tree byte
// formats list nodes in that order.
//
// Ingesters build one over the profiles they were asked to merge and return it as a
// MergeStacktracesResponse (a names table plus one entry per node with self > 0); the querier adds the
// responses of several sources, each with its own names table, into one tree.
import type { ingester } from '../gen/index.ts';

export interface TreeNode {
  name: string;
  self: number;
  total: number;
  /** Sorted by name (JS string order). */
  children: TreeNode[];
}

function newNode(name: string): TreeNode {
  return { name, self: 0, total: 0, children: [] };
}

/** Index of the child named `name`, or -(insertion point) - 1 when absent. */
function findChild(children: readonly TreeNode[], name: string): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const n = children[mid]!.name;
    if (n < name) lo = mid + 1;
    else hi = mid;
  }
  if (lo < children.length && children[lo]!.name === name) return lo;
  return -lo - 1;
}

export function childNamed(parent: TreeNode, name: string): TreeNode {
  const i = findChild(parent.children, name);
  if (i >= 0) return parent.children[i]!;
  const child = newNode(name);
  parent.children.splice(-i - 1, 0, child);
  return child;
}

export class StackTree {
  /** A virtual root (name ""), whose total is the tree's total. */
  readonly root: TreeNode = newNode('');

  get total(): number {
    return this.root.total;
  }

  /** Adds one stack (root frame first). Values ≤ 0 are ignored, as Pyroscope ignores them. */
  addStack(names: readonly string[], value: number): void {
    if (!(value > 0)) return;
    let n = this.root;
    n.total += value;
    for (const name of names) {
      n = childNamed(n, name);
      n.total += value;
    }
    n.self += value;
  }

  /** Adds one stack given as indexes into `names` (root frame first). */
  addStackIds(ids: ArrayLike<number>, names: readonly string[], value: number): void {
    if (!(value > 0)) return;
    let n = this.root;
    n.total += value;
    for (let i = 0; i < ids.length; i++) {
      const name = names[ids[i]!];
      if (name === undefined) throw new RangeError(`stack refers to name ${ids[i]} but the names table has ${names.length} entries`);
      n = childNamed(n, name);
      n.total += value;
    }
    n.self += value;
  }

  /** Adds every stack of `other` into this tree. */
  merge(other: StackTree): void {
    const work: [TreeNode, TreeNode][] = [[this.root, other.root]];
    while (work.length > 0) {
      const [dst, src] = work.pop()!;
      dst.self += src.self;
      dst.total += src.total;
      for (const c of src.children) work.push([childNamed(dst, c.name), c]);
    }
  }

  /** Adds a MergeStacktracesResponse (one source's names table and stacks). */
  addMergeResponse(part: ingester.v1.MergeStacktracesResponse.$Properties): void {
    const names = part.names ?? [];
    for (const s of part.stacks ?? []) this.addStackIds(s.nameIds ?? [], names, Number(s.value ?? 0));
  }

  static fromMergeResponses(parts: Iterable<ingester.v1.MergeStacktracesResponse.$Properties>): StackTree {
    const t = new StackTree();
    for (const p of parts) t.addMergeResponse(p);
    return t;
  }

  /** Calls `fn` once per node with self > 0, with its stack (root first; the array is reused). */
  forEachStack(fn: (stack: readonly string[], self: number) => void): void {
    const path: string[] = [];
    const visit = (n: TreeNode, depth: number): void => {
      if (n.self > 0) fn(path.slice(0, depth), n.self);
      for (const c of n.children) {
        path[depth] = c.name;
        visit(c, depth + 1);
      }
    };
    // Deep stacks (thousands of frames) stay well within the JS stack: one frame per tree level.
    visit(this.root, 0);
  }

  /** The compact wire form that ingesters return: names deduplicated, one stack per node with self > 0. */
  toMergeResponse(): ingester.v1.MergeStacktracesResponse.$Properties {
    const names: string[] = [];
    const nameIds = new Map<string, number>();
    const stacks: ingester.v1.Stack.$Properties[] = [];
    const path: number[] = [];
    const visit = (n: TreeNode, depth: number): void => {
      if (n.self > 0) stacks.push({ nameIds: path.slice(0, depth), value: n.self });
      for (const c of n.children) {
        let id = nameIds.get(c.name);
        if (id === undefined) {
          id = names.length;
          names.push(c.name);
          nameIds.set(c.name, id);
        }
        path[depth] = id;
        visit(c, depth + 1);
      }
    };
    visit(this.root, 0);
    return { names, stacks };
  }

  /** Number of nodes, not counting the virtual root. */
  size(): number {
    let count = 0;
    const work: TreeNode[] = [...this.root.children];
    while (work.length > 0) {
      const n = work.pop()!;
      count++;
      for (const c of n.children) work.push(c);
    }
    return count;
  }
}

/**
 * The smallest `total` a node must have to be kept when at most `maxNodes` nodes are wanted: the
 * maxNodes-th largest total among all nodes (0 = keep all, when maxNodes < 1 or the tree is small enough).
 * Nodes whose total equals the threshold are kept too, so ties can exceed maxNodes, as in Pyroscope.
 */
export function minNodeValue(tree: StackTree, maxNodes: number): number {
  if (maxNodes < 1) return 0;
  if (tree.size() <= maxNodes) return 0;
  // A min-heap of the largest totals seen so far. A node not larger than the heap's minimum cannot
  // enter it, and neither can its descendants (their totals are not larger), so the walk skips them.
  const heap: number[] = [];
  const work: TreeNode[] = [...tree.root.children];
  while (work.length > 0) {
    const n = work.pop()!;
    if (heap.length >= maxNodes) {
      if (n.total <= heap[0]!) continue;
      heapReplaceTop(heap, n.total);
    } else heapPush(heap, n.total);
    for (const c of n.children) work.push(c);
  }
  return heap.length < maxNodes ? 0 : heap[0]!;
}

function heapPush(h: number[], v: number): void {
  h.push(v);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p]! <= v) break;
    h[i] = h[p]!;
    i = p;
  }
  h[i] = v;
}

function heapReplaceTop(h: number[], v: number): void {
  const n = h.length;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && h[r]! < h[l]! ? r : l;
    if (h[c]! >= v) break;
    h[i] = h[c]!;
    i = c;
  }
  h[i] = v;
}
