import { expect } from 'chai';
import { querier } from '../gen/index.ts';
import { toFlameGraph, toTreeBytes } from './flamegraph.ts';
import { flameAnswerBytesAtMost } from './response-size.ts';
import { StackTree } from './stack-tree.ts';

describe('flameAnswerBytesAtMost', () => {
  const tree = new StackTree();
  // Names of every width: ASCII, 2- and 3-byte UTF-8, and a surrogate pair (4 bytes for 2 units).
  const names = ['main', 'ünïcode', '処理', 'emoji😀', 'x'.repeat(300)];
  for (let i = 0; i < 500; i++) tree.addStack([names[i % names.length]!, `f${i % 37}`, names[(i * 7) % names.length]!, `leaf${i}`], 2 ** (i % 40) + i);

  it('is never below the encoded size of a flame graph or tree answer', () => {
    for (const answer of [{ flamegraph: toFlameGraph(tree, 8192) }, { flamegraph: toFlameGraph(tree, 10) }, { tree: toTreeBytes(tree, 8192) }, { flamegraph: toFlameGraph(new StackTree(), 8192) }]) {
      const size = querier.v1.SelectMergeStacktracesResponse.encode(answer).finish().length;
      expect(flameAnswerBytesAtMost(answer)).to.be.at.least(size);
    }
  });

  it('stays within a small factor of it, so that it spares the encode for answers well within the limit', () => {
    const answer = { flamegraph: toFlameGraph(tree, 8192) };
    const size = querier.v1.SelectMergeStacktracesResponse.encode(answer).finish().length;
    expect(flameAnswerBytesAtMost(answer)).to.be.below(size * 6);
  });
});
