import { expect } from 'chai';
import { coveringSources, judgeSeries, type SourceDigests } from './series-pick.ts';

/** A digest: its fingerprint, count and digest; its local blocks' count and digest when given. */
const d = (fp: string, count: number, digest: number, block?: { count: number; digest: number }) => ({
  seriesFingerprint: fp, count, digestLo: digest, digestHi: 0, ...(block ? { blockCount: block.count, blockDigestLo: block.digest, blockDigestHi: 0 } : {}),
});
const ingester = (source: string, ...series: ReturnType<typeof d>[]): SourceDigests => ({ source, fallback: false, series });
const bucket = (...series: ReturnType<typeof d>[]): SourceDigests => ({ source: 'bucket', fallback: true, series });

describe('judgeSeries and coveringSources (series-pick.ts)', () => {
  it('takes a series the ingesters agree on, from the first in name order, and names the ingesters that agree', () => {
    const { agreed, disagreed } = judgeSeries([ingester('ing-2', d('a', 3, 9)), ingester('ing-0', d('a', 3, 9)), ingester('ing-1', d('b', 1, 4))]);
    expect([...agreed.keys()].sort()).to.deep.equal(['a', 'b']);
    expect(agreed.get('a')!.sources).to.deep.equal(['ing-0', 'ing-2']);
    expect(agreed.get('b')!.sources).to.deep.equal(['ing-1']);
    expect(disagreed.size).to.equal(0);
  });

  it('sends a series to the key lists when the ingesters differ in count or digest, or the bucket holds more than they agreed on', () => {
    const { agreed, disagreed } = judgeSeries([
      ingester('ing-0', d('count', 3, 9), d('digest', 2, 5), d('bucket-more', 2, 5)),
      ingester('ing-1', d('count', 4, 9), d('digest', 2, 6), d('bucket-more', 2, 5)),
      bucket(d('bucket-more', 3, 7)),
    ]);
    expect(agreed.size).to.equal(0);
    expect([...disagreed].sort()).to.deep.equal(['bucket-more', 'count', 'digest']);
  });

  it('takes a series the bucket holds no more of than the ingesters: the same profiles, or those an ingester uploaded', () => {
    const { agreed, disagreed } = judgeSeries([
      ingester('ing-0', d('same', 3, 9), d('uploaded', 5, 11, { count: 2, digest: 4 })),
      ingester('ing-1', d('same', 3, 9), d('uploaded', 5, 11)),
      bucket(d('same', 3, 9), d('uploaded', 2, 4)),
    ]);
    expect([...agreed.keys()].sort()).to.deep.equal(['same', 'uploaded']);
    expect(agreed.get('uploaded')!.digest.count).to.equal(5);
    expect(disagreed.size).to.equal(0);
  });

  it('takes a series only the bucket holds from it, leaves out empty digests, and has two fallbacks alone read by keys', () => {
    const { agreed, disagreed } = judgeSeries([ingester('ing-0', d('empty', 0, 0)), bucket(d('old', 4, 8)), { source: 'bucket-2', fallback: true, series: [d('two', 1, 1)] }, bucket(d('two', 1, 1))]);
    expect(agreed.get('old')!.sources).to.deep.equal(['bucket']);
    expect(agreed.has('empty')).to.equal(false);
    expect([...disagreed]).to.deep.equal(['two']);
  });

  it('names the ingesters holding every agreed series (name order), none when a series was disagreed on or is the bucket\'s alone', () => {
    const answers = [ingester('ing-1', d('a', 1, 1), d('b', 1, 2)), ingester('ing-0', d('a', 1, 1), d('b', 1, 2)), ingester('ing-2', d('a', 1, 1))];
    const judged = judgeSeries(answers);
    expect(coveringSources(answers, judged.agreed, judged.disagreed)).to.deep.equal(['ing-0', 'ing-1']);
    const withBucket = [...answers, bucket(d('c', 1, 3))];
    const judgedWithBucket = judgeSeries(withBucket);
    expect(coveringSources(withBucket, judgedWithBucket.agreed, judgedWithBucket.disagreed)).to.deep.equal([]);
    const split = [ingester('ing-0', d('a', 1, 1)), ingester('ing-1', d('a', 2, 1))];
    const judgedSplit = judgeSeries(split);
    expect(coveringSources(split, judgedSplit.agreed, judgedSplit.disagreed)).to.deep.equal([]);
    expect(coveringSources(split, new Map(), new Set()), 'no series: every ingester').to.deep.equal(['ing-0', 'ing-1']);
  });
});
