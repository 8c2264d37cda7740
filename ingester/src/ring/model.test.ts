import { expect } from 'chai';
import fc from 'fast-check';
import {
  countStates,
  decodeTokens,
  displayState,
  encodeTokens,
  forgetUnhealthy,
  ownership,
  parseRing,
  resolveTokenConflicts,
  RingFormatError,
  ringsEqual,
  serializeRing,
} from './model.ts';
import { randomTokens } from './tokens.ts';
import { instance, ring } from './testing.ts';

describe('ring model', () => {
  it('round-trips a ring through its serialized form, tokens included', () => {
    const desc = ring(
      instance('ingester-0', { tokens: [0, 1, 2 ** 32 - 1], zone: 'a', httpAddr: 'h:4040' }),
      instance('ingester-1', { state: 'LEAVING', tokens: randomTokens(128), readOnly: true }),
      instance('ingester-2', { state: 'PENDING' }),
    );
    const back = parseRing(serializeRing(desc));
    expect(ringsEqual(back, desc)).to.equal(true);
    expect(back.instances['ingester-0']!.httpAddr).to.equal('h:4040');
    expect(back.instances['ingester-1']!.readOnly).to.equal(true);
  });

  it('keeps 300 instances × 128 tokens well under the 1 MiB ConfigMap limit', () => {
    const instances = Array.from({ length: 300 }, (_, i) => instance(`ingester-${i}`, { addr: `ingester-${i}.ingester.profiles.svc.cluster.local:9095`, zone: `zone-${i % 3}`, tokens: randomTokens(128) }));
    const size = Buffer.byteLength(serializeRing(ring(...instances)));
    expect(size).to.be.below(300 * 128 * 6 + 300 * 200);
    expect(size).to.be.below(512 * 1024);
  });

  it('encodes tokens as little-endian uint32 in base64', () => {
    expect(encodeTokens([1, 256])).to.equal(Buffer.from([1, 0, 0, 0, 0, 1, 0, 0]).toString('base64'));
    expect(decodeTokens(encodeTokens([7, 4294967295]))).to.deep.equal([7, 4294967295]);
  });

  it('rejects unknown format versions, states and broken token fields with the reason', () => {
    expect(() => parseRing('{"v":2,"instances":{}}')).to.throw(RingFormatError, /version 2/);
    expect(() => parseRing('{"instances":{}}')).to.throw(RingFormatError, /"v"/);
    expect(() => parseRing('{"v":1,"instances":{"a":{"state":"DANCING"}}}')).to.throw(RingFormatError, /DANCING/);
    expect(() => parseRing('{"v":1,"instances":{"a":{"state":"ACTIVE","tokens":"AAA="}}}')).to.throw(RingFormatError, /multiple of 4/);
    expect(() => parseRing('nope')).to.throw(RingFormatError, /JSON/);
    expect(parseRing('')).to.deep.equal({ instances: {} });
  });

  it('reports an instance whose heartbeat is older than the timeout as UNHEALTHY', () => {
    const inst = instance('a', { heartbeatMs: 1000 });
    expect(displayState(inst, 61_000, 60_000)).to.equal('ACTIVE');
    expect(displayState(inst, 61_001, 60_000)).to.equal('UNHEALTHY');
    expect(countStates(ring(inst, instance('b', { state: 'LEAVING', heartbeatMs: 61_000 })), 61_001, 60_000)).to.deep.include({ UNHEALTHY: 1, LEAVING: 1, ACTIVE: 0 });
  });

  it('resolves a token claimed twice: a LEAVING owner loses, otherwise the smaller ID wins', () => {
    const desc = ring(
      instance('a', { state: 'LEAVING', tokens: [1, 2, 3] }),
      instance('b', { tokens: [2, 5] }),
      instance('c', { tokens: [5, 6, 3] }),
    );
    const losers = resolveTokenConflicts(desc);
    expect([...losers].sort()).to.deep.equal(['a', 'c']);
    expect(desc.instances['a']!.tokens).to.deep.equal([1]);
    expect(desc.instances['b']!.tokens).to.deep.equal([2, 5]);
    expect(desc.instances['c']!.tokens).to.deep.equal([6, 3]);
  });

  it('leaves every token with exactly one owner, chosen by the rule, for any ring', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ leaving: fc.boolean(), tokens: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 8 }) }), { minLength: 1, maxLength: 6 }),
        (specs) => {
          const desc = ring(...specs.map((sp, i) => instance(`i${i}`, { state: sp.leaving ? 'LEAVING' : 'ACTIVE', tokens: sp.tokens })));
          const before = new Map<number, string[]>();
          specs.forEach((sp, i) => sp.tokens.forEach((t) => before.set(t, [...(before.get(t) ?? []), `i${i}`])));
          resolveTokenConflicts(desc);
          for (const [token, claimants] of before) {
            const owners = Object.values(desc.instances).filter((inst) => inst.tokens.includes(token)).map((inst) => inst.id);
            const active = claimants.filter((id) => desc.instances[id]!.state !== 'LEAVING').sort();
            const expected = (active.length ? active : [...claimants].sort())[0];
            expect(owners).to.deep.equal([expected]);
          }
        },
      ),
    );
  });

  it('forgets instances whose heartbeat is older than the limit, but never the caller', () => {
    const desc = ring(instance('old', { heartbeatMs: 0 }), instance('me', { heartbeatMs: 0 }), instance('fresh', { heartbeatMs: 900 }));
    expect(forgetUnhealthy(desc, 1000, 500, 'me')).to.deep.equal(['old']);
    expect(Object.keys(desc.instances).sort()).to.deep.equal(['fresh', 'me']);
  });

  it('computes ownership as the share of the token space before each token', () => {
    const own = ownership(ring(instance('a', { tokens: [2 ** 30] }), instance('b', { tokens: [2 ** 31] })));
    expect(own.get('a')).to.equal(0.75); // (2^31, 2^32) ∪ [0, 2^30]
    expect(own.get('b')).to.equal(0.25);
  });
});
