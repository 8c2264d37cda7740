import { expect } from 'chai';
import { InlineShare } from './inline-share.ts';

const MiB = 1024 * 1024;

describe("a tenant's inline decode share", () => {
  let now = 0;
  const share = () => new InlineShare(4 * MiB, MiB, () => now);

  it('bounds a tenant once another tenant pushes too: past its share, its pushes go to the workers', () => {
    now = 0;
    const s = share();
    expect(s.take('victim', 1000)).to.equal(true);
    let inline = 0;
    for (let i = 0; i < 10; i++) if (s.take('noisy', MiB)) inline++;
    expect(inline, 'the noisy tenant decodes its burst (4 MiB) inline, not more').to.equal(4);
    expect(s.take('victim', 1000), 'the other tenant keeps its share').to.equal(true);
  });

  it('lets a tenant alone use the event loop past its share (nobody waits behind it), and bounds it as soon as another tenant pushes', () => {
    now = 0;
    const s = share();
    for (let i = 0; i < 20; i++) {
      now += 10;
      expect(s.take('only', MiB), `push ${i} of the only tenant`).to.equal(true);
    }
    now += 10;
    expect(s.take('victim', 1000)).to.equal(true);
    now += 10;
    expect(s.take('only', MiB), 'its share was used up while it was alone').to.equal(false);
    // Once the other tenant has been quiet for a while, the first is alone again.
    now += 5_000;
    for (let i = 0; i < 10; i++) {
      now += 10;
      expect(s.take('only', MiB), `push ${i} after the other tenant left`).to.equal(true);
    }
  });

  it('bounds nothing when its rate is 0', () => {
    const s = new InlineShare(0, MiB, () => now);
    for (let i = 0; i < 10; i++) expect(s.take(i % 2 ? 'a' : 'b', 10 * MiB)).to.equal(true);
  });
});
