// max_nodes must bound every merged answer, whatever the shape of the stacks: issue 14 item 5 found that
// deep stacks (every node of a chain has the same total) or many equal stacks make the threshold tie with
// every node, so that max_nodes=1 kept the whole tree.
import { expect } from 'chai';
import { google } from '../gen/index.ts';
import { flameGraphToTree, fromTreeBytes, toFlameGraph, toTreeBytes } from './flamegraph.ts';
import { mergeProfiles } from './pprof-merge.ts';
import { treeFromPprof } from './profile-tree.ts';
import { StackTree } from './stack-tree.ts';

/** One stack `depth` frames deep (f0;f1;…), value 1. */
function deepChain(depth: number): string[] {
  return Array.from({ length: depth }, (_, i) => `f${i}`);
}

/** `width` stacks of `depth` distinct frames each, all with the same value: every node ties. */
function tiedTree(width: number, depth: number): StackTree {
  const t = new StackTree();
  for (let w = 0; w < width; w++) t.addStack(Array.from({ length: depth }, (_, d) => `s${w}_${d}`), 1);
  return t;
}

function flameGraphNodes(fg: ReturnType<typeof toFlameGraph>): number {
  // Four numbers per node; the root is not counted.
  return (fg.levels ?? []).reduce((n, l) => n + (l.values?.length ?? 0) / 4, 0) - 1;
}

function treeSize(t: StackTree): number {
  return t.size();
}

describe('max_nodes bounds every merged answer, even when node totals tie', () => {
  it('a flame graph of one stack 5,000 frames deep with max_nodes=1 has one node and an "other", and keeps the total', () => {
    const t = new StackTree();
    t.addStack(deepChain(5000), 7);
    const fg = toFlameGraph(t, 1);
    expect(flameGraphNodes(fg)).to.be.at.most(2);
    expect(fg.total).to.equal(7);
  });

  it('a flame graph of 2,000 equal stacks 50 deep keeps at most max_nodes nodes plus one "other" under the root and under each kept node', () => {
    const t = tiedTree(2000, 50);
    for (const maxNodes of [1, 10, 100]) {
      const fg = toFlameGraph(t, maxNodes);
      expect(flameGraphNodes(fg), `max_nodes=${maxNodes}`).to.be.at.most(2 * maxNodes + 1);
      expect(fg.total).to.equal(2000);
      expect(flameGraphToTree(fg).total).to.equal(2000);
    }
  });

  it('tree bytes of a deep chain with max_nodes=1 hold at most two nodes and the whole total', () => {
    const t = new StackTree();
    t.addStack(deepChain(5000), 7);
    const back = fromTreeBytes(toTreeBytes(t, 1));
    expect(treeSize(back)).to.be.at.most(2);
    expect(back.total).to.equal(7);
  });

  it('an ingester merge response of tied stacks with max_nodes=10 rebuilds into at most 21 nodes (10 kept, 11 "other") with the same total', () => {
    const t = tiedTree(2000, 50);
    const back = new StackTree();
    back.addMergeResponse(t.toMergeResponse(10));
    expect(treeSize(back)).to.be.at.most(21);
    expect(back.total).to.equal(2000);
  });

  it('a merged pprof of equal deep call paths with max_nodes=10 has at most 21 call-tree nodes (10 kept, 11 "other") and the same total', () => {
    const strings = ['', 'cpu', 'nanoseconds'];
    const functions: google.v1.Function.$Properties[] = [];
    const locations: google.v1.Location.$Properties[] = [];
    const samples: google.v1.Sample.$Properties[] = [];
    for (let w = 0; w < 300; w++) {
      const ids: number[] = [];
      for (let d = 0; d < 30; d++) {
        const id = functions.length + 1;
        strings.push(`p${w}_${d}`);
        functions.push({ id, name: strings.length - 1 });
        locations.push({ id, line: [{ functionId: id }] });
        ids.unshift(id); // leaf first
      }
      samples.push({ locationId: ids, value: [1] });
    }
    const profile: google.v1.Profile.$Properties = { sampleType: [{ type: 1, unit: 2 }], sample: samples, location: locations, function: functions, stringTable: strings };
    const merged = mergeProfiles([profile], 10);
    const tree = treeFromPprof(google.v1.Profile.decode(google.v1.Profile.encode(merged).finish()), 0);
    expect(tree.size()).to.be.at.most(21);
    expect(tree.total).to.equal(300);
  });
});
