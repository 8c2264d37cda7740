import { expect } from 'chai';
import zlib from 'node:zlib';
import { gzip, pprof } from '../../../../test/adversarial/payloads.ts';
import { decodeProfile } from '../../pprof/decoder.ts';
import { inflateProfile } from '../../pprof/inflate.ts';
import { profileTimestampMs } from '../../ingest/normalize.ts';
import { pprofTimeMs, profileTimeStamp, storedGzipMember } from './profile-time.ts';

const NOW_MS = 1_700_000_000_123;

describe('stamping a profile with the time the distributor received it', () => {
  it('appends time_nanos to a gzip\'d pprof as a second gzip member, which gunzip and the ingesters read as the last field', () => {
    const raw = gzip(pprof({ samples: [{ stack: ['a'], value: 1n }], timeMs: 0 }));
    const stamped = Buffer.concat([raw, profileTimeStamp(raw, 0, NOW_MS)!]);
    expect(pprofTimeMs(inflateProfile(stamped, 0))).to.equal(NOW_MS);
  });

  it('stamps the exact millisecond it was given, which nowMs * 1e6 in a double is not past 2^53', () => {
    for (let now = NOW_MS; now < NOW_MS + 200; now++) {
      const raw = pprof({ samples: [{ stack: ['a'], value: 1n }], timeNanos: 0n });
      const stamped = decodeProfile(Buffer.concat([raw, profileTimeStamp(raw, 0, now)!]));
      expect(profileTimestampMs(stamped.timeMs, 0), String(now)).to.equal(now);
    }
  });

  it('builds a gzip member zlib reads back byte for byte, checksum and length included', () => {
    for (const data of [Buffer.alloc(0), Buffer.from([9 << 3, 0x80, 0x01]), Buffer.alloc(70_000 >> 2, 7)]) {
      expect(zlib.gunzipSync(storedGzipMember(data)).equals(data)).to.equal(true);
    }
  });

  it('appends nothing to a profile that has a time', () => {
    const raw = gzip(pprof({ samples: [{ stack: ['a'], value: 1n }], timeMs: NOW_MS }));
    expect(profileTimeStamp(raw, NOW_MS, NOW_MS + 5)).to.equal(undefined);
  });
});
