import { expect } from 'chai';
import { ring, instance } from '../testing.ts';
import { applyDiff, decodeRingChange, diffRings, encodeRingChange, MAX_CHANGE_BYTES } from './ring-change.ts';

describe('ring change annotation', () => {
  const base = ring(instance('a', { tokens: [1, 2] }), instance('b', { tokens: [3] }), instance('c', { tokens: [4] }));

  it('carries only the entries that changed and the IDs removed, and rebuilds the new ring from the old one', () => {
    const next = ring(instance('a', { tokens: [1, 2], state: 'LEAVING' }), instance('c', { tokens: [4] }), instance('d', { tokens: [5], state: 'JOINING' }));
    const diff = diffRings(base, next);
    expect(Object.keys(diff.set.instances).sort()).to.deep.equal(['a', 'd']);
    expect(diff.del).to.deep.equal(['b']);
    const decoded = decodeRingChange(encodeRingChange('41', diff), '41');
    expect(applyDiff(base, decoded!)).to.deep.equal(next);
    expect(base.instances['b']).to.exist; // the old ring is left as it was
  });

  it('applies only to the ring it was computed from: another resourceVersion, no annotation or an unreadable one means "read the ring"', () => {
    const text = encodeRingChange('41', diffRings(base, ring(instance('a'))));
    expect(decodeRingChange(text, '40')).to.equal(null);
    expect(decodeRingChange(undefined, '41')).to.equal(null);
    expect(decodeRingChange('{not json', '41')).to.equal(null);
    expect(decodeRingChange('{"from":"41","set":{"v":9,"instances":{}},"del":[]}', '41')).to.equal(null);
  });

  it('says "full" instead of carrying a change too big for an annotation', () => {
    const many = ring(...Array.from({ length: 2000 }, (_, i) => instance(`ingester-${i}`, { tokens: Array.from({ length: 128 }, (_, k) => i * 128 + k) })));
    const text = encodeRingChange('', diffRings({ instances: {} }, many));
    expect(Buffer.byteLength(text)).to.be.below(MAX_CHANGE_BYTES);
    expect(JSON.parse(text)).to.deep.equal({ from: '', full: true });
    expect(decodeRingChange(text, '')).to.equal(null);
  });
});
