// The UI's flame-graph arithmetic (ui/src/flame-model.ts), in Node: decoding levels, the top table, the diff
// and search.
import { expect } from 'chai';
import { decodeFlameGraph, diffFlames, diffShare, searchNodes, topTable } from '../../ui/src/flame-model.ts';

/** total(10) → a(6, self 1) → c(5, self 5); total → b(4, self 4). Int64s as JSON strings, as Connect sends them. */
const simple = {
  names: ['total', 'a', 'b', 'c'],
  levels: [{ values: ['0', '10', '0', '0'] }, { values: ['0', '6', '1', '1', '0', '4', '4', '2'] }, { values: ['1', '5', '5', '3'] }],
  total: '10',
};

describe('the UI flame-graph model', () => {
  it('decodes offsets into positions and links each node to the parent whose span holds it', () => {
    const flame = decodeFlameGraph(simple);
    expect(flame.total).to.equal(10);
    expect(flame.nodes.map((n) => [n.name, n.level, n.x, n.total, n.self, n.parent])).to.deep.equal([
      ['total', 0, 0, 10, 0, -1],
      ['a', 1, 0, 6, 1, 0],
      ['b', 1, 6, 4, 4, 0],
      ['c', 2, 1, 5, 5, 1],
    ]);
    expect(flame.levels).to.deep.equal([[0], [1, 2], [3]]);
  });

  it('an empty answer decodes to no nodes and a zero total', () => {
    expect(decodeFlameGraph({})).to.deep.equal({ nodes: [], levels: [], total: 0 });
  });

  it('the top table sums self per function and counts a recursive function\'s total once per stack', () => {
    // total(9) → f(9) → f(9, self 4) → g(5, self 5)
    const recursive = decodeFlameGraph({
      names: ['total', 'f', 'g'],
      levels: [{ values: [0, 9, 0, 0] }, { values: [0, 9, 0, 1] }, { values: [0, 9, 4, 1] }, { values: [4, 5, 5, 2] }],
    });
    const rows = Object.fromEntries(topTable(recursive).map((r) => [r.name, [r.self, r.total]]));
    expect(rows).to.deep.equal({ f: [4, 9], g: [5, 5] });
  });

  it('the diff keeps both sides per frame and widths by share, so a larger baseline does not hide the comparison', () => {
    const left = decodeFlameGraph({ names: ['total', 'a'], levels: [{ values: [0, 100, 0, 0] }, { values: [0, 100, 100, 1] }] });
    const right = decodeFlameGraph({ names: ['total', 'a', 'b'], levels: [{ values: [0, 10, 0, 0] }, { values: [0, 5, 5, 1, 0, 5, 5, 2] }] });
    const diff = diffFlames(left, right);
    const byName = Object.fromEntries(diff.nodes.map((n) => [n.name, n]));
    expect(byName.a!.diff).to.deep.equal({ leftTotal: 100, rightTotal: 5, leftSelf: 100, rightSelf: 5 });
    expect(byName.b!.diff).to.deep.equal({ leftTotal: 0, rightTotal: 5, leftSelf: 0, rightSelf: 5 });
    // a: 100% of the baseline + 50% of the comparison; b: 0% + 50%.
    expect(byName.a!.total / diff.total).to.be.closeTo(0.75, 1e-9);
    expect(byName.b!.total / diff.total).to.be.closeTo(0.25, 1e-9);
    expect(byName.b!.x).to.equal(byName.a!.total);
    expect(diffShare(byName.a!, 100, 10)).to.be.closeTo(-50, 1e-9);
    expect(diffShare(byName.b!, 100, 10)).to.be.closeTo(50, 1e-9);
    const rows = Object.fromEntries(topTable(diff).map((r) => [r.name, r.diff]));
    expect(rows.b).to.deep.equal({ leftSelf: 0, rightSelf: 5, leftTotal: 0, rightTotal: 5 });
  });

  it('search matches names case-insensitively and an empty term matches nothing', () => {
    const flame = decodeFlameGraph(simple);
    expect([...searchNodes(flame, 'C')]).to.deep.equal([3]);
    expect([...searchNodes(flame, 'TAL')]).to.deep.equal([0]);
    expect(searchNodes(flame, '  ').size).to.equal(0);
  });
});
