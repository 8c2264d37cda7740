// Pure flame-graph arithmetic for the UI: decoding querier.v1.FlameGraph levels into positioned nodes,
// the top table, and the diff of two flame graphs. No DOM here, so mocha tests it in Node.
//
// A FlameGraph's levels hold four numbers per node: [x offset from the end of the previous node on the same
// level, total, self, index into names] (docs/protocol.md; int64s arrive as JSON strings or numbers).

export interface FlameGraphJson {
  names?: string[];
  levels?: Array<{ values?: Array<number | string> }>;
  total?: number | string;
  maxSelf?: number | string;
}

/** One frame box: `x` and `total` in sample units; `level` 0 is the root. */
export interface FlameNode {
  level: number;
  x: number;
  total: number;
  self: number;
  name: string;
  /** Index of the parent in the node list, -1 for the root. */
  parent: number;
  /** In a diff: the baseline's (left) and comparison's (right) totals and selfs. */
  diff?: { leftTotal: number; rightTotal: number; leftSelf: number; rightSelf: number };
}

export interface Flame {
  nodes: FlameNode[];
  /** Node indexes per level, in x order. */
  levels: number[][];
  total: number;
}

const num = (v: number | string | undefined): number => (v === undefined ? 0 : typeof v === 'number' ? v : Number(v));

/** Positions every node of a FlameGraph and links it to its parent (the node above whose span contains it). */
export function decodeFlameGraph(fg: FlameGraphJson): Flame {
  const names = fg.names ?? [];
  const nodes: FlameNode[] = [];
  const levels: number[][] = [];
  (fg.levels ?? []).forEach((level, depth) => {
    const values = level.values ?? [];
    const indexes: number[] = [];
    const above = depth > 0 ? levels[depth - 1] ?? [] : [];
    let parentCursor = 0;
    let end = 0;
    for (let i = 0; i + 3 < values.length; i += 4) {
      const x = end + num(values[i]);
      const total = num(values[i + 1]);
      end = x + total;
      // Parents are in x order too, so one cursor walks them once per level: O(nodes).
      let parent = -1;
      while (parentCursor < above.length) {
        const candidate = nodes[above[parentCursor]!]!;
        if (x < candidate.x + candidate.total || (total === 0 && x <= candidate.x + candidate.total)) {
          parent = above[parentCursor]!;
          break;
        }
        parentCursor++;
      }
      indexes.push(nodes.length);
      nodes.push({ level: depth, x, total, self: num(values[i + 2]), name: names[num(values[i + 3])] ?? '?', parent });
    }
    levels.push(indexes);
  });
  const total = nodes[0]?.total ?? num(fg.total);
  return { nodes, levels, total };
}

export interface TopRow {
  name: string;
  self: number;
  total: number;
  /** In a diff: each side's self and total for this function. */
  diff?: { leftSelf: number; rightSelf: number; leftTotal: number; rightTotal: number };
}

/**
 * Self and total per function name. A function's total counts each stack once even when it recurses: a node
 * whose ancestors include the same name adds nothing to that name's total.
 */
export function topTable(flame: Flame): TopRow[] {
  const rows = new Map<string, TopRow>();
  const { nodes } = flame;
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    let row = rows.get(node.name);
    if (!row) {
      row = { name: node.name, self: 0, total: 0, ...(node.diff ? { diff: { leftSelf: 0, rightSelf: 0, leftTotal: 0, rightTotal: 0 } } : {}) };
      rows.set(node.name, row);
    }
    row.self += node.self;
    if (row.diff && node.diff) {
      row.diff.leftSelf += node.diff.leftSelf;
      row.diff.rightSelf += node.diff.rightSelf;
    }
    let recursive = false;
    for (let p = node.parent; p > 0; p = nodes[p]!.parent) {
      if (nodes[p]!.name === node.name) {
        recursive = true;
        break;
      }
    }
    if (!recursive) {
      row.total += node.total;
      if (row.diff && node.diff) {
        row.diff.leftTotal += node.diff.leftTotal;
        row.diff.rightTotal += node.diff.rightTotal;
      }
    }
  }
  return [...rows.values()];
}

interface MergedNode {
  name: string;
  leftTotal: number;
  rightTotal: number;
  leftSelf: number;
  rightSelf: number;
  children: Map<string, MergedNode>;
}

function emptyMerged(name: string): MergedNode {
  return { name, leftTotal: 0, rightTotal: 0, leftSelf: 0, rightSelf: 0, children: new Map() };
}

function addSide(root: MergedNode, flame: Flame, side: 'left' | 'right'): void {
  const merged: MergedNode[] = new Array(flame.nodes.length);
  flame.nodes.forEach((node, i) => {
    let target: MergedNode;
    if (node.parent < 0) target = root;
    else {
      const parent = merged[node.parent]!;
      target = parent.children.get(node.name) ?? emptyMerged(node.name);
      parent.children.set(node.name, target);
    }
    merged[i] = target;
    if (side === 'left') {
      target.leftTotal += node.total;
      target.leftSelf += node.self;
    } else {
      target.rightTotal += node.total;
      target.rightSelf += node.self;
    }
  });
}

/**
 * The diff of a baseline (left) and a comparison (right), as Pyroscope's diff view shows it: one tree with
 * both sides' values per frame. Widths are each side's share of its own total, summed, so that a baseline
 * ten times larger does not hide the comparison; colour comes from the change in share (diffColor).
 */
export function diffFlames(left: Flame, right: Flame): Flame {
  const root = emptyMerged('total');
  addSide(root, left, 'left');
  addSide(root, right, 'right');
  const lt = root.leftTotal || 1;
  const rt = root.rightTotal || 1;
  const SCALE = 1_000_000;
  const width = (m: MergedNode): number => (m.leftTotal / lt + m.rightTotal / rt) * SCALE;
  const selfWidth = (m: MergedNode): number => (m.leftSelf / lt + m.rightSelf / rt) * SCALE;
  const nodes: FlameNode[] = [];
  const levels: number[][] = [];
  const place = (m: MergedNode, level: number, x: number, parent: number): void => {
    const index = nodes.length;
    nodes.push({
      level, x, total: width(m), self: selfWidth(m), name: m.name, parent,
      diff: { leftTotal: m.leftTotal, rightTotal: m.rightTotal, leftSelf: m.leftSelf, rightSelf: m.rightSelf },
    });
    (levels[level] ??= []).push(index);
    let childX = x + selfWidth(m);
    for (const child of [...m.children.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      place(child, level + 1, childX, index);
      childX += width(child);
    }
  };
  place(root, 0, 0, -1);
  // Levels were filled depth first; within a level that is already x order.
  return { nodes, levels, total: nodes[0]!.total };
}

/**
 * Change of a frame's share of its side's total, in percentage points (right − left): positive when the
 * comparison spends more there.
 */
export function diffShare(node: FlameNode, leftRootTotal: number, rightRootTotal: number): number {
  if (!node.diff) return 0;
  const l = leftRootTotal > 0 ? node.diff.leftTotal / leftRootTotal : 0;
  const r = rightRootTotal > 0 ? node.diff.rightTotal / rightRootTotal : 0;
  return (r - l) * 100;
}

/** Indexes of the nodes whose name contains `term` (case-insensitive); empty term matches none. */
export function searchNodes(flame: Flame, term: string): Set<number> {
  const found = new Set<number>();
  const t = term.trim().toLowerCase();
  if (!t) return found;
  flame.nodes.forEach((n, i) => {
    if (n.name.toLowerCase().includes(t)) found.add(i);
  });
  return found;
}
