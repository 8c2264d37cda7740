import { expect } from 'chai';
import { loadTestProfiles } from '../../pprof/testdata.ts';
import { toFlameGraph } from '../../query/flamegraph.ts';
import { parseSelector } from '../../query/selector.ts';
import { StackTree } from '../../query/stack-tree.ts';
import { Head } from '../head/head.ts';
import { normalizedFromPprof, profileTypeIds } from '../testutil.ts';
import { mergeIntoTree, mergeStacktraces } from './merge.ts';
import type { IndexData, SampleData } from './profile-data.ts';
import { profilesToMerge } from './select.ts';
import { spanFilterOf } from './span-filter.ts';

const T0 = 1_700_000_000_000;
const all = { start: 0, end: Number.MAX_SAFE_INTEGER };

/** The tree the ingester built before mergeIntoTree: mergeStacktraces' answer added to a tree. */
function viaStacks(index: IndexData, samples: SampleData, profiles: number[], into = new StackTree()): StackTree {
  into.addMergeResponse(mergeStacktraces(index, samples, profiles));
  return into;
}

function direct(index: IndexData, samples: SampleData, profiles: number[], into = new StackTree()): StackTree {
  mergeIntoTree(into, index, samples, profiles);
  return into;
}

describe('mergeIntoTree', () => {
  it('builds the tree that adding mergeStacktraces\' answer builds, for every type of every test profile, alone and into a tree holding others', () => {
    const head = new Head(T0);
    const corpus = loadTestProfiles();
    corpus.forEach((f, i) => head.append('t', normalizedFromPprof(f.raw, { id: `id-${i}`, timestampMs: T0 + i, service: `svc-${i % 3}` })));
    const tenant = head.tenant('t')!;
    const types = new Set(corpus.flatMap((f) => profileTypeIds(f.raw)));
    let checked = 0;
    for (const typeId of types) {
      const kept = profilesToMerge(tenant, { selector: { profileTypeID: typeId }, keepAll: true }, parseSelector('{}'), all);
      expect(toFlameGraph(direct(tenant, tenant, kept), 0), typeId).to.deep.equal(toFlameGraph(viaStacks(tenant, tenant, kept), 0));
      // Into a tree that already holds the first half: the second half adds up the same way.
      const half = kept.slice(0, kept.length >> 1);
      const rest = kept.slice(kept.length >> 1);
      expect(toFlameGraph(direct(tenant, tenant, rest, viaStacks(tenant, tenant, half)), 0)).to.deep.equal(toFlameGraph(viaStacks(tenant, tenant, rest, viaStacks(tenant, tenant, half)), 0));
      checked++;
    }
    expect(checked).to.be.greaterThan(5);
  });

  it('adds no node for stacks whose values sum to zero or less, and nothing for samples without frames, as mergeStacktraces does', () => {
    // Stack trie: 1 = a, 2 = a;b, 3 = c (locations 1, 2, 3 are functions a, b, c); stack 0 has no frames.
    const samples: SampleData = {
      strings: ['', 'a', 'b', 'c'],
      mappings: [{ memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }],
      functions: [{ name: 0, systemName: 0, filename: 0, startLine: 0 }, ...[1, 2, 3].map((name) => ({ name, systemName: 0, filename: 0, startLine: 0 }))],
      locations: [{ mappingId: 0, address: 0, lines: [] }, ...[1, 2, 3].map((f) => ({ mappingId: 0, address: f, lines: [f, 0] }))],
      stackParent: [0, 0, 1, 0],
      stackLocation: [0, 1, 2, 3],
      stackCount: 4,
      sampleStack: [2, 2, 3, 0, 1],
      sampleValue: [5, -7, 4, 9, 0],
    };
    const index: IndexData = {
      series: [], profileSeries: [0], profileTime: [T0], profileId: ['p'], profileSampleStart: [0], profileSampleEnd: [5], profileTotal: [11], profileCount: 1,
    };
    const tree = direct(index, samples, [0]);
    expect(toFlameGraph(tree, 0)).to.deep.equal(toFlameGraph(viaStacks(index, samples, [0]), 0));
    expect(tree.size()).to.equal(1); // only c: a;b sums to -2, a to 0
    expect(tree.total).to.equal(4);
  });

  it('merges only the named spans\' samples when given a span filter, as mergeStacktraces does', () => {
    const samples: SampleData = {
      strings: ['', 'a', 'b'],
      mappings: [{ memoryStart: 0, memoryLimit: 0, fileOffset: 0, filename: 0, buildId: 0, flags: 0 }],
      functions: [{ name: 0, systemName: 0, filename: 0, startLine: 0 }, { name: 1, systemName: 0, filename: 0, startLine: 0 }, { name: 2, systemName: 0, filename: 0, startLine: 0 }],
      locations: [{ mappingId: 0, address: 0, lines: [] }, { mappingId: 0, address: 1, lines: [1, 0] }, { mappingId: 0, address: 2, lines: [2, 0] }],
      stackParent: [0, 0, 0],
      stackLocation: [0, 1, 2],
      stackCount: 3,
      sampleStack: [1, 2],
      sampleValue: [3, 4],
      sampleSpanHi: [0, 0],
      sampleSpanLo: [0, 0x10],
    };
    const index: IndexData = { series: [], profileSeries: [0], profileTime: [T0], profileId: ['p'], profileSampleStart: [0], profileSampleEnd: [2], profileTotal: [7], profileCount: 1 };
    const spans = spanFilterOf(['0000000000000010']);
    const tree = new StackTree();
    mergeIntoTree(tree, index, samples, [0], spans);
    const expected = new StackTree();
    expected.addMergeResponse(mergeStacktraces(index, samples, [0], spans));
    expect(toFlameGraph(tree, 0)).to.deep.equal(toFlameGraph(expected, 0));
    expect(tree.total).to.equal(4);
  });
});
