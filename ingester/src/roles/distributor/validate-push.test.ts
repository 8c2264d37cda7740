import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { gzip, pprof } from '../../../../test/adversarial/payloads.ts';
import { limitsWith } from '../../ingest/limits.ts';
import { normalizePush } from '../../ingest/normalize.ts';
import { inflateProfile } from '../../pprof/inflate.ts';
import { PROFILES_DIR } from '../../pprof/testdata.ts';
import { ApiError } from '../../util/errors.ts';
import { pprofTimeMs } from './profile-time.ts';
import { validatePush } from './validate-push.ts';

const goCpu = fs.readFileSync(path.join(PROFILES_DIR, 'go-cpu.pb.gz'));
const NOW = pprofTimeMs(inflateProfile(goCpu, 0));
const one = (raw: Uint8Array, labels = [{ name: 'service_name', value: 'svc' }]) => ({ series: [{ labels, samples: [{ rawProfile: raw }] }] });
const refusal = (f: () => unknown): ApiError => {
  try {
    f();
  } catch (err) {
    return err as ApiError;
  }
  throw new Error('not refused');
};

describe('the distributor\'s check (without decoding the samples)', () => {
  it('reads each profile\'s time_nanos, in whole ms', () => {
    expect(validatePush('t', one(goCpu), limitsWith(), NOW)).to.deep.equal([[{ timeMs: NOW }]]);
  });

  it('refuses what the top level of a pprof shows: too many samples, a time outside the window, bad labels, malformed bytes', () => {
    const samples = refusal(() => validatePush('t', one(goCpu), limitsWith({ maxProfileStacktraceSamples: 5 }), NOW));
    expect(samples.message).to.match(/^series 0 sample 0: profile has more than 5 samples: limit max-profile-stacktrace-samples \(5\) exceeded/);
    const old = refusal(() => validatePush('t', one(goCpu), limitsWith(), NOW + 2 * 3600_000));
    expect(old.message).to.match(/too old: limit reject-older-than/);
    const label = refusal(() => validatePush('t', one(goCpu, [{ name: '1bad', value: 'x' }]), limitsWith(), NOW));
    expect(label.message).to.match(/label name "1bad" is invalid/);
    const garbage = refusal(() => validatePush('t', one(Buffer.from('not a profile')), limitsWith(), NOW));
    expect(garbage.code).to.equal('invalid_argument');
    expect(garbage.message).to.match(/malformed pprof/);
    const symbols = refusal(() => validatePush('t', one(goCpu), limitsWith({ maxSymbolsPerRequest: 10 }), NOW));
    expect(symbols.httpStatus).to.equal(413);
  });

  it('leaves to the ingesters what only a decode sees: a sample value beyond 2^53 passes here and is refused there', () => {
    const raw = gzip(pprof({ samples: [{ stack: ['a'], value: 2n ** 63n - 1n }], timeMs: NOW }));
    expect(validatePush('t', one(raw), limitsWith(), NOW)).to.have.length(1);
    expect(refusal(() => normalizePush('t', one(raw), limitsWith(), NOW)).code).to.equal('invalid_argument');
  });

  it('sizes its inflate by the gzip trailer without trusting it: a lying trailer is malformed, a second member is read, a bomb stops at the limit', () => {
    const lying = Buffer.from(goCpu);
    lying.writeUInt32LE(1, lying.length - 4);
    const malformed = refusal(() => validatePush('t', one(lying), limitsWith(), NOW));
    expect([malformed.code, malformed.message]).to.deep.equal(['invalid_argument', `series 0 sample 0: ${refusal(() => inflateProfile(lying, 0)).message}`]);
    // Two gzip members (what the distributor's stamp appends): the trailer is the second one's, the time is in it.
    const twoMembers = Buffer.concat([goCpu, gzip(Buffer.from([9 << 3, 42]))]);
    expect(validatePush('t', one(twoMembers), limitsWith(), 0)).to.deep.equal([[{ timeMs: 0 }]]);
    const bomb = gzip(Buffer.alloc(8 * 1024 * 1024));
    const tooBig = refusal(() => validatePush('t', one(bomb), limitsWith({ maxProfileSizeBytes: 1024 * 1024 }), NOW));
    expect([tooBig.httpStatus, tooBig.message]).to.deep.equal([413, `series 0 sample 0: ${refusal(() => inflateProfile(bomb, 1024 * 1024)).message}`]);
  });

  it('reads a pprof with fields its quick walk leaves to the exact one alike: a field past 15, a truncated sample, time_nanos sent twice', () => {
    const plain = inflateProfile(goCpu, 0);
    // Field 20 as a varint (its tag, 160, takes two bytes: a0 01), which a later pprof version could carry: skipped, as the decoder does.
    const withField20 = Buffer.concat([plain, Buffer.from([0xa0, 0x01, 7])]);
    expect(validatePush('t', one(withField20), limitsWith(), NOW)).to.deep.equal([[{ timeMs: NOW }]]);
    const truncated = Buffer.concat([plain, Buffer.from([(2 << 3) | 2, 50, 1, 2])]);
    expect(refusal(() => validatePush('t', one(truncated), limitsWith(), NOW)).message).to.equal(`series 0 sample 0: malformed pprof: length 50 at offset ${plain.length + 2} runs past the end of its message (${truncated.length})`);
    // The last time_nanos wins, as protobuf reads a repeated scalar field.
    expect(validatePush('t', one(Buffer.concat([plain, Buffer.from([9 << 3, 42])])), limitsWith(), 0)).to.deep.equal([[{ timeMs: 0 }]]);
  });
});
