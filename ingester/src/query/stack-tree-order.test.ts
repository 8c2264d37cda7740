import { expect } from 'chai';
import fc from 'fast-check';
import { kthLargest, minNodeValue, ROOT, StackTree } from './stack-tree.ts';

const stacksArb = fc.array(fc.tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'other', 'total', '', 'é', 'B'), { minLength: 0, maxLength: 6 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 });

function treeOf(stacks: [string[], number][]): StackTree {
  const t = new StackTree();
  for (const [s, v] of stacks) t.addStack(s, v);
  return t;
}

describe('StackTree.childOrder', () => {
  it('lists every node\'s children in name order, as children() does one node at a time', () => {
    fc.assert(
      fc.property(stacksArb, (stacks) => {
        const t = treeOf(stacks);
        const { start, order } = t.childOrder();
        for (let n = ROOT; n <= t.size(); n++) expect([...order.subarray(start[n]!, start[n + 1]!)]).to.deep.equal(t.children(n));
      }),
    );
  });

  it('is built again after nodes are added, not served stale', () => {
    const t = treeOf([[['b'], 1]]);
    expect(t.childOrder().order.length).to.equal(1);
    t.addStack(['a'], 1);
    const { start, order } = t.childOrder();
    expect([...order.subarray(start[ROOT]!, start[ROOT + 1]!)].map((n) => t.name(n))).to.deep.equal(['a', 'b']);
  });
});

describe('kthLargest', () => {
  it('is the k-th value of a descending sort, duplicates counted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 200 }), fc.nat(), (values, pick) => {
        const k = 1 + (pick % values.length);
        const sorted = [...values].sort((x, y) => y - x);
        expect(kthLargest(Float64Array.from(values), k)).to.equal(sorted[k - 1]);
      }),
    );
  });

  it('gives minNodeValue the max_nodes-th largest node total of a tree', () => {
    fc.assert(
      fc.property(stacksArb, fc.integer({ min: 1, max: 20 }), (stacks, maxNodes) => {
        const t = treeOf(stacks);
        const totals = [...t.nodeTotals()].sort((x, y) => y - x);
        expect(minNodeValue(t, maxNodes)).to.equal(totals.length <= maxNodes ? 0 : totals[maxNodes - 1]);
      }),
    );
  });
});
