import { expect } from 'chai';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { ingester } from '../gen/index.ts';
import { PROFILES_DIR } from '../pprof/testdata.ts';
import { flameGraphToTree, fromTreeBytes, toFlameGraph, toTreeBytes } from './flamegraph.ts';
import { StackTree } from './stack-tree.ts';

function treeOf(stacks: [string, number][]): StackTree {
  const t = new StackTree();
  for (const [s, v] of stacks) t.addStack(s.split(';'), v);
  return t;
}

/** Stacks with self values as "a;b;c" → value, for comparing trees. */
function stacksOf(t: StackTree): Record<string, number> {
  const out: Record<string, number> = {};
  t.forEachStack((s, v) => (out[s.join(';')] = v));
  return out;
}

const levels = (fg: { levels?: { values?: number[] | null }[] | null }): number[][] => (fg.levels ?? []).map((l) => l.values ?? []);

describe('toFlameGraph', () => {
  it('lays out nodes as Pyroscope does: self first, children by name, names in visit order', () => {
    const fg = toFlameGraph(treeOf([['a;b;e', 1], ['a;c', 2], ['a;c;d', 1]]), 0);
    expect(fg.names).to.deep.equal(['total', 'a', 'c', 'd', 'b', 'e']);
    expect(levels(fg)).to.deep.equal([
      [0, 4, 0, 0],
      [0, 4, 0, 1],
      [0, 1, 0, 4, 0, 3, 2, 2],
      [0, 1, 1, 5, 2, 1, 1, 3],
    ]);
    expect(fg.total).to.equal(4);
    expect(fg.maxSelf).to.equal(2);
  });

  it('an empty tree is a single root named total', () => {
    const fg = toFlameGraph(new StackTree(), 10);
    expect(fg.names).to.deep.equal(['total']);
    expect(levels(fg)).to.deep.equal([[0, 0, 0, 0]]);
    expect(fg.total).to.equal(0);
  });

  it('max_nodes folds nodes below the max_nodes-th largest total into "other", and any child named other too', () => {
    const t = treeOf([['foo;bar', 1], ['foo;bar;baz', 1], ['foo;qux', 2], ['fred;zoo', 1], ['fred;other', 1]]);
    const back = flameGraphToTree(toFlameGraph(t, 4));
    expect(stacksOf(back)).to.deep.equal({ 'foo;bar': 1, 'foo;bar;other': 1, 'foo;qux': 2, 'fred;other': 2 });
  });

  it('keeps the total and the sum of self values equal to the sum of the stacks, for any stacks', () => {
    const stack = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'other', 'total', ''), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(stack, fc.integer({ min: 0, max: 1000 })), { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (stacks, maxNodes) => {
        const t = new StackTree();
        let sum = 0;
        for (const [s, v] of stacks) {
          t.addStack(s, v);
          sum += v;
        }
        const fg = toFlameGraph(t, maxNodes);
        expect(fg.total).to.equal(sum);
        let selfSum = 0;
        for (const l of levels(fg)) {
          let end = 0;
          for (let i = 0; i < l.length; i += 4) {
            expect(l[i]).to.be.at.least(0);
            selfSum += l[i + 2]!;
            end += l[i]! + l[i + 1]!;
          }
          expect(end).to.be.at.most(sum);
        }
        expect(selfSum).to.equal(sum);
        // Children never overflow their parent: round trip keeps every stack's value.
        expect(flameGraphToTree(fg).total).to.equal(sum);
        if (maxNodes === 0) expect(stacksOf(flameGraphToTree(fg))).to.deep.equal(stacksOf(withOtherFolded(t)));
      }),
      { numRuns: 100 },
    );
  });

  it('totals of real profiles equal the sums computed by pprof-format', () => {
    for (const file of ['go-heap.pb.gz', 'java-cpu.pprof', 'nodejs-cpu.pprof', 'cpu_go_truncated_1.pb.gz']) {
      const p = decodeWithPprofFormat(file);
      for (let st = 0; st < p.sampleType.length; st++) {
        let want = 0;
        for (const s of p.sample) want += Number(s.value[st] ?? 0);
        const tree = treeFromPprofFormat(p, st);
        expect(toFlameGraph(tree, 0).total, `${file} sample type ${st}`).to.equal(want);
        expect(toFlameGraph(tree, 64).total, `${file} sample type ${st} truncated`).to.equal(want);
      }
    }
  });
});

describe('tree bytes (PROFILE_FORMAT_TREE)', () => {
  it('encodes a small tree byte for byte: depth first, last child first, virtual root first', () => {
    const bytes = toTreeBytes(treeOf([['a;b', 1], ['a;c', 2]]), 0);
    // root("",0,1) a(0,2) c(2,0) b(1,0)
    expect([...bytes]).to.deep.equal([0, 0, 1, 1, 97, 0, 2, 1, 99, 2, 0, 1, 98, 1, 0]);
  });

  it('an empty tree is empty bytes, and empty bytes are an empty tree', () => {
    expect(toTreeBytes(new StackTree(), 0).length).to.equal(0);
    expect(fromTreeBytes(new Uint8Array(0)).total).to.equal(0);
  });

  it('round trips any tree, and truncation keeps the total', () => {
    const stack = fc.array(fc.constantFrom('a', 'b', 'c', 'other', 'é'), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(stack, fc.integer({ min: 1, max: 100_000 })), { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (stacks, maxNodes) => {
        const t = new StackTree();
        for (const [s, v] of stacks) t.addStack(s, v);
        expect(stacksOf(fromTreeBytes(toTreeBytes(t, 0)))).to.deep.equal(stacksOf(t));
        const truncated = fromTreeBytes(toTreeBytes(t, maxNodes));
        expect(truncated.total).to.equal(t.total);
        // the input tree is not modified by truncation
        expect(stacksOf(fromTreeBytes(toTreeBytes(t, 0)))).to.deep.equal(stacksOf(t));
      }),
      { numRuns: 100 },
    );
  });

  it('rejects truncated bytes', () => {
    const bytes = toTreeBytes(treeOf([['a;b', 1]]), 0);
    expect(() => fromTreeBytes(bytes.subarray(0, bytes.length - 2))).to.throw(/malformed tree bytes/);
  });
});

describe('StackTree', () => {
  it('merges responses from several sources, each with its own names table', () => {
    const t = StackTree.fromMergeResponses([
      { names: ['main', 'work'], stacks: [{ nameIds: [0, 1], value: 5 }, { nameIds: [0], value: 1 }] },
      { names: ['work', 'main', 'idle'], stacks: [{ nameIds: [1, 0], value: 2 }, { nameIds: [1, 2], value: 3 }] },
    ]);
    expect(stacksOf(t)).to.deep.equal({ main: 1, 'main;work': 7, 'main;idle': 3 });
  });

  it('a truncated response keeps the total and folds light subtrees into "other" leaves', () => {
    const t = treeOf([['foo;bar', 1], ['foo;bar;baz', 1], ['foo;qux', 2], ['fred;zoo', 1], ['fred;other', 1]]);
    const r = t.toMergeResponse(4);
    expect(stacksOf(StackTree.fromMergeResponses([r]))).to.deep.equal({ 'foo;bar': 1, 'foo;bar;other': 1, 'foo;qux': 2, 'fred;other': 2 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'other'), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 50 })), { maxLength: 30 }), fc.integer({ min: 1, max: 10 }), (stacks, maxNodes) => {
        const tree = new StackTree();
        for (const [s, v] of stacks) tree.addStack(s, v);
        const back = StackTree.fromMergeResponses([tree.toMergeResponse(maxNodes)]);
        expect(back.total).to.equal(tree.total);
        expect(back.size()).to.be.at.most(tree.size() + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('the tree-columns response rebuilds exactly the tree the stacks response does, truncated or not, and survives the wire', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'other'), { maxLength: 5 }), fc.integer({ min: 0, max: 50 })), { maxLength: 30 }), fc.integer({ min: 0, max: 10 }), (stacks, maxNodes) => {
        const tree = new StackTree();
        for (const [s, v] of stacks) tree.addStack(s, v);
        const columns = ingester.v1.MergeStacktracesResponse.decode(ingester.v1.MergeStacktracesResponse.encode(tree.toMergeResponse(maxNodes, true)).finish());
        expect(columns.stacks).to.have.length(0);
        const viaColumns = StackTree.fromMergeResponses([columns]);
        const viaStacks = StackTree.fromMergeResponses([tree.toMergeResponse(maxNodes)]);
        expect(stacksOf(viaColumns)).to.deep.equal(stacksOf(viaStacks));
        expect(viaColumns.total).to.equal(tree.total);
        expect(toFlameGraph(viaColumns, 0)).to.deep.equal(toFlameGraph(viaStacks, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('tree columns whose parent is not an earlier node, or whose lengths differ, are refused', () => {
    expect(() => new StackTree().addMergeResponse({ names: ['', 'a'], treeParent: [0, 1], treeName: [0, 1], treeSelf: [0, 1] })).to.throw(/node 1 has parent 1/);
    expect(() => new StackTree().addMergeResponse({ names: ['', 'a'], treeParent: [0], treeName: [0, 1], treeSelf: [0, 1] })).to.throw(/differ in length/);
    expect(() => new StackTree().addMergeResponse({ names: [''], treeParent: [0, 0], treeName: [0, 5], treeSelf: [0, 1] })).to.throw(/refers to name 5/);
  });

  it('exports a response that rebuilds the same tree', () => {
    const t = treeOf([['a;b', 1], ['a', 3], ['c;d;e', 4]]);
    expect(stacksOf(StackTree.fromMergeResponses([t.toMergeResponse()]))).to.deep.equal(stacksOf(t));
  });

  it('merging is associative and commutative on totals and stacks', () => {
    const stacks = fc.array(fc.tuple(fc.array(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 50 })), { maxLength: 10 });
    fc.assert(
      fc.property(stacks, stacks, stacks, (a, b, c) => {
        const mk = (s: [string[], number][]): StackTree => {
          const t = new StackTree();
          for (const [x, v] of s) t.addStack(x, v);
          return t;
        };
        const left = mk(a);
        const ab = mk(b);
        ab.merge(mk(c));
        left.merge(ab); // a + (b + c)
        const right = mk(c);
        const ba = mk(b);
        ba.merge(mk(a));
        right.merge(ba); // c + (b + a)
        expect(left.total).to.equal(right.total);
        expect(stacksOf(left)).to.deep.equal(stacksOf(right));
      }),
      { numRuns: 100 },
    );
  });

  it('walks stacks 20,000 frames deep without overflowing the call stack', () => {
    const deep = Array.from({ length: 20_000 }, (_, i) => `f${i % 7}`);
    const t = new StackTree();
    t.addStack(deep, 3);
    const r = t.toMergeResponse();
    expect(r.stacks?.[0]?.nameIds).to.have.length(20_000);
    expect(toFlameGraph(t, 0).levels).to.have.length(20_001);
    expect(fromTreeBytes(toTreeBytes(t, 0)).total).to.equal(3);
  });

  it('rejects a stack that refers past the names table', () => {
    expect(() => StackTree.fromMergeResponses([{ names: ['a'], stacks: [{ nameIds: [3], value: 1 }] }])).to.throw(/names table has 1/);
  });
});

/** The flame graph folds children literally named "other" into the synthetic "other"; mirror that. */
function withOtherFolded(t: StackTree): StackTree {
  const out = new StackTree();
  t.forEachStack((s, v) => {
    const i = s.indexOf('other');
    out.addStack(i >= 0 ? s.slice(0, i + 1) : s, v);
  });
  return out;
}

function decodeWithPprofFormat(file: string): PprofProfile {
  let raw: Buffer = fs.readFileSync(path.join(PROFILES_DIR, file));
  if (raw[0] === 0x1f && raw[1] === 0x8b) raw = zlib.gunzipSync(raw);
  return PprofProfile.decode(raw);
}

/** Builds a tree the straightforward way (root first, inlined frames outermost first), independently of pprof-merge. */
export function treeFromPprofFormat(p: PprofProfile, sampleType: number): StackTree {
  const fnName = new Map<string, string>();
  for (const f of p.function) fnName.set(String(f.id), p.stringTable.strings[Number(f.name)] ?? '');
  const locNames = new Map<string, string[]>();
  for (const l of p.location) {
    const names = l.line.map((ln) => fnName.get(String(ln.functionId)) ?? '').reverse();
    locNames.set(String(l.id), names.length > 0 ? names : [Number(l.address).toString(16)]);
  }
  const t = new StackTree();
  for (const s of p.sample) {
    const stack: string[] = [];
    for (let i = s.locationId.length - 1; i >= 0; i--) stack.push(...(locNames.get(String(s.locationId[i])) ?? []));
    t.addStack(stack, Number(s.value[sampleType] ?? 0));
  }
  return t;
}
