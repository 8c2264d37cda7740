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
  /** In name order (JS string order) once sortedChildren() has been called; insertion order before. */
  children: TreeNode[];
  /** Name → child, built once a node has many children, so inserting stays O(1) per frame. */
  index: Map<string, TreeNode> | undefined;
  /** True when children may be out of name order. */
  unsorted: boolean;
}

const INDEX_THRESHOLD = 8;

/** Shared by all leaves until they get a child: most nodes of a large tree are leaves. Never mutated. */
const NO_CHILDREN: TreeNode[] = [];

/**
 * Every node is created here with all its fields, so that all nodes share one V8 hidden class (adding a
 * field later would make the hot property accesses polymorphic).
 */
export function newNode(name: string, self = 0, total = 0, children: TreeNode[] = NO_CHILDREN): TreeNode {
  return { name, self, total, children, index: undefined, unsorted: false };
}

/** The child named `name`, or undefined. */
export function findChild(parent: TreeNode, name: string): TreeNode | undefined {
  if (parent.index) return parent.index.get(name);
  for (const c of parent.children) if (c.name === name) return c;
  return undefined;
}

/** The child named `name`, created (with zero values) when absent. */
export function childNamed(parent: TreeNode, name: string): TreeNode {
  return findChild(parent, name) ?? appendChild(parent, name);
}

/** Adds a child named `name`, which the caller knows is absent. */
function appendChild(parent: TreeNode, name: string): TreeNode {
  const child = newNode(name);
  if (parent.children === NO_CHILDREN) parent.children = [];
  const children = parent.children;
  if (children.length > 0 && children[children.length - 1]!.name > name) parent.unsorted = true;
  children.push(child);
  if (parent.index) parent.index.set(name, child);
  else if (children.length > INDEX_THRESHOLD) parent.index = new Map(children.map((c) => [c.name, c]));
  return child;
}

const byName = (a: TreeNode, b: TreeNode): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The children in name order, as Pyroscope keeps them. Sorting is deferred to the first read, because
 * inserting in order would cost a binary search and an array shift per new node.
 */
export function sortedChildren(n: TreeNode): TreeNode[] {
  if (n.unsorted) {
    n.children.sort(byName);
    n.unsorted = false;
  }
  return n.children;
}

export class StackTree {
  /** A virtual root (name ""), whose total is the tree's total. */
  readonly root: TreeNode = newNode('');
  private nodes = 0;

  get total(): number {
    return this.root.total;
  }

  /** Adds one stack (root frame first). Values ≤ 0 are ignored, as Pyroscope ignores them. */
  addStack(names: readonly string[], value: number): void {
    if (!(value > 0)) return;
    let n = this.root;
    n.total += value;
    for (const name of names) {
      n = this.child(n, name);
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
      n = this.child(n, name);
      n.total += value;
    }
    n.self += value;
  }

  private child(parent: TreeNode, name: string): TreeNode {
    const found = findChild(parent, name);
    if (found) return found;
    this.nodes++;
    return appendChild(parent, name);
  }

  /** Adds every stack of `other` into this tree. */
  merge(other: StackTree): void {
    const work: [TreeNode, TreeNode][] = [[this.root, other.root]];
    while (work.length > 0) {
      const [dst, src] = work.pop()!;
      dst.self += src.self;
      dst.total += src.total;
      for (const c of src.children) work.push([this.child(dst, c.name), c]);
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
    this.walk((n, depth) => {
      if (depth > 0) path[depth - 1] = n.name;
      if (n.self > 0) fn(path.slice(0, depth), n.self);
    });
  }

  /** The compact wire form that ingesters return: names deduplicated, one stack per node with self > 0. */
  toMergeResponse(): ingester.v1.MergeStacktracesResponse.$Properties {
    const names: string[] = [];
    const nameIds = new Map<string, number>();
    const stacks: ingester.v1.Stack.$Properties[] = [];
    const path: number[] = [];
    this.walk((n, depth) => {
      if (depth > 0) {
        let id = nameIds.get(n.name);
        if (id === undefined) {
          id = names.length;
          names.push(n.name);
          nameIds.set(n.name, id);
        }
        path[depth - 1] = id;
      }
      if (n.self > 0) stacks.push({ nameIds: path.slice(0, depth), value: n.self });
    });
    return { names, stacks };
  }

  /**
   * Visits every node in pre-order, children in name order, with its depth (root = 0). Iterative, so that
   * stacks thousands of frames deep cannot overflow the JS call stack.
   */
  walk(visit: (node: TreeNode, depth: number) => void): void {
    const nodes: TreeNode[] = [this.root];
    const depths: number[] = [0];
    while (nodes.length > 0) {
      const n = nodes.pop()!;
      const depth = depths.pop()!;
      visit(n, depth);
      const children = sortedChildren(n);
      for (let i = children.length - 1; i >= 0; i--) {
        nodes.push(children[i]!);
        depths.push(depth + 1);
      }
    }
  }

  /** Number of nodes, not counting the virtual root. */
  size(): number {
    return this.nodes;
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
