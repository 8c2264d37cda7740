import { expect } from 'chai';
import zlib from 'node:zlib';
import { loadTestProfiles } from './testdata.ts';
import { ScratchInflater } from './scratch-inflate.ts';

const gzipped = loadTestProfiles().filter((p) => p.raw[0] === 0x1f && p.raw[1] === 0x8b).map((p) => p.raw);
const isize = (gz: Uint8Array): number => Buffer.from(gz).readUInt32LE(gz.length - 4);

describe('inflating into a reused buffer (the distributor\'s check)', () => {
  it('inflates every gzip\'d test profile to the bytes gunzipSync gives, one after the other into the same buffer', () => {
    const inflater = new ScratchInflater();
    for (const gz of gzipped) expect(Buffer.from(inflater.inflate(gz, isize(gz), 0)!).equals(zlib.gunzipSync(gz))).to.equal(true);
  });

  it('reads a second gzip member as gunzipSync does (what the distributor\'s time stamp appends)', () => {
    const two = Buffer.concat([gzipped[0]!, zlib.gzipSync(Buffer.from([9 << 3, 42]))]);
    expect(Buffer.from(new ScratchInflater().inflate(two, isize(two), 0)!).equals(zlib.gunzipSync(two))).to.equal(true);
  });

  it('answers undefined, for gunzipSync to refuse it with its own error, when the stream is corrupt, truncated or past the limit, and keeps working after', () => {
    const inflater = new ScratchInflater();
    const gz = gzipped.find((g) => g.length > 5000)!;
    const badChecksum = Buffer.from(gz);
    badChecksum[badChecksum.length - 6]! ^= 0xff;
    expect(inflater.inflate(badChecksum, isize(gz), 0)).to.equal(undefined);
    expect(inflater.inflate(gz.subarray(0, gz.length - 100), isize(gz), 0)).to.equal(undefined);
    const bomb = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024));
    expect(inflater.inflate(bomb, 8 * 1024 * 1024, 1024 * 1024)).to.equal(undefined);
    expect(Buffer.from(inflater.inflate(gz, isize(gz), 0)!).equals(zlib.gunzipSync(gz))).to.equal(true);
  });

  it('answers undefined when a lying trailer made the buffer too small, rather than a cut profile', () => {
    const gz = gzipped.reduce((a, b) => (isize(a) > isize(b) ? a : b));
    expect(new ScratchInflater().inflate(gz, 10, 0)).to.equal(undefined);
  });
});
