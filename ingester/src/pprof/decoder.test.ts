import { expect } from 'chai';
import fc from 'fast-check';
import zlib from 'node:zlib';
import { Label, Profile, Sample } from 'pprof-format';
import { ApiError } from '../util/errors.ts';
import { decodeProfile, symbolBudget } from './decoder.ts';
import { inflateProfile } from './inflate.ts';
import { TableCache } from './table-cache.ts';
import { loadTestProfiles } from './testdata.ts';

const profiles = loadTestProfiles();
const MAX = 64 << 20;
const num = (v: number | bigint): number => Number(v);

describe('pprof decoder', () => {
  it('finds the shared test profiles', () => {
    expect(profiles.length).to.be.greaterThan(20);
  });

  for (const { name, raw } of profiles) {
    it(`decodes ${name} exactly as pprof-format does`, () => {
      const bytes = inflateProfile(raw, MAX);
      const ours = decodeProfile(bytes);
      const ref = Profile.decode(bytes);
      const refStrings = ref.stringTable.strings;
      expect(ours.strings).to.deep.equal(refStrings);
      const str = (i: number): string => ours.strings[i]!;
      expect(ours.sampleTypes.map((t) => `${str(t.type)}:${str(t.unit)}`)).to.deep.equal(
        ref.sampleType.map((t) => `${refStrings[num(t.type)]}:${refStrings[num(t.unit)]}`),
      );
      expect(ours.sampleCount).to.equal(ref.sample.length);
      expect(ours.timeNanos).to.equal(num(ref.timeNanos));
      expect(ours.timeMs).to.equal(Number(BigInt(ref.timeNanos) / 1_000_000n));
      expect(ours.durationNanos).to.equal(num(ref.durationNanos));
      expect(ours.period).to.equal(num(ref.period));
      const types = ours.sampleTypes.length;
      const totals = new Array<number>(types).fill(0);
      const refTotals = new Array<number>(types).fill(0);
      ref.sample.forEach((s, i) => {
        const locs = Array.from(ours.locationIds.subarray(ours.locationOffsets[i], ours.locationOffsets[i + 1]));
        expect(locs, `sample ${i} locations`).to.deep.equal(s.locationId.map(num));
        for (let t = 0; t < types; t++) {
          totals[t]! += ours.values[i * types + t]!;
          refTotals[t]! += num(s.value[t]!);
        }
        const labels: string[] = [];
        for (let j = ours.labelOffsets[i]!; j < ours.labelOffsets[i + 1]!; j++) labels.push(`${str(ours.labelKeys[j]!)}=${str(ours.labelValues[j]!)}`);
        const refLabels = s.label.filter((l) => num(l.str) !== 0).map((l) => `${refStrings[num(l.key)]}=${refStrings[num(l.str)]}`);
        expect(labels, `sample ${i} labels`).to.deep.equal(refLabels);
      });
      expect(totals).to.deep.equal(refTotals);
      expect(ours.locations).to.deep.equal(
        ref.location.map((l) => ({
          id: num(l.id), mappingId: num(l.mappingId), address: num(l.address), isFolded: l.isFolded,
          lines: l.line.map((ln) => ({ functionId: num(ln.functionId), line: num(ln.line) })),
        })),
      );
      expect(ours.functions).to.deep.equal(
        ref.function.map((f) => ({ id: num(f.id), name: num(f.name), systemName: num(f.systemName), filename: num(f.filename), startLine: num(f.startLine) })),
      );
      expect(ours.mappings).to.deep.equal(
        ref.mapping.map((m) => ({
          id: num(m.id), memoryStart: num(m.memoryStart), memoryLimit: num(m.memoryLimit), fileOffset: num(m.fileOffset),
          filename: num(m.filename), buildId: num(m.buildId), hasFunctions: m.hasFunctions, hasFilenames: m.hasFilenames,
          hasLineNumbers: m.hasLineNumbers, hasInlineFrames: m.hasInlineFrames,
        })),
      );
    });
  }

  it('repairs invalid UTF-8 in strings to U+FFFD instead of rejecting the profile', () => {
    const p = decodeProfile(inflateProfile(profiles.find((p) => p.name === 'invalid_utf8.pb.gz')!.raw, MAX));
    expect(p.strings.some((s) => s.includes('\uFFFD'))).to.equal(true);
  });

  it('accepts cpu_go_truncated_1: a complete message whose stacks stop at Go\'s 64-frame limit', () => {
    const p = decodeProfile(inflateProfile(profiles.find((p) => p.name === 'cpu_go_truncated_1.pb.gz')!.raw, MAX));
    let deepest = 0;
    for (let i = 0; i < p.sampleCount; i++) deepest = Math.max(deepest, p.locationOffsets[i + 1]! - p.locationOffsets[i]!);
    expect(p.sampleCount).to.equal(647);
    expect(deepest).to.equal(64);
  });

  it('stops a gzip bomb while inflating, naming the limit (413)', () => {
    const bomb = zlib.gzipSync(Buffer.alloc(8 << 20));
    expect(bomb.length).to.be.lessThan(64 * 1024);
    expect(() => inflateProfile(bomb, 1 << 20)).to.throw(ApiError, /inflates past 1048576 bytes: limit max-profile-size-bytes/).with.property('httpStatus', 413);
    expect(inflateProfile(bomb, 8 << 20)).to.have.length(8 << 20);
  });

  it('passes bytes without the gzip magic through unchanged, and refuses corrupt gzip', () => {
    const plain = Buffer.from([0x0a, 0x00]);
    expect(inflateProfile(plain, 100)).to.equal(plain);
    expect(() => inflateProfile(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff]), 100)).to.throw(ApiError, /malformed gzip/);
  });

  it('inflates by the size the gzip trailer declares, and refuses a trailer that lies (too small, too large) as malformed', () => {
    const raw = zlib.gunzipSync(profiles.find((p) => p.name === 'go-cpu.pb.gz')!.raw);
    const withSize = (size: number): Buffer => {
      const gz = Buffer.from(zlib.gzipSync(raw));
      gz.writeUInt32LE(size >>> 0, gz.length - 4);
      return gz;
    };
    expect(Buffer.from(inflateProfile(withSize(raw.length), 1 << 20)).equals(raw)).to.equal(true);
    expect(Buffer.from(inflateProfile(withSize(raw.length), 0)).equals(raw), 'no limit').to.equal(true);
    for (const size of [0, 1, raw.length - 1, raw.length + 1, 10 * raw.length, 2 ** 32 - 1]) {
      expect(() => inflateProfile(withSize(size), 1 << 20), `ISIZE ${size}`).to.throw(ApiError, /malformed gzip/);
      expect(() => inflateProfile(withSize(size), 0), `ISIZE ${size}, no limit`).to.throw(ApiError, /malformed gzip/);
    }
    expect(() => inflateProfile(withSize(raw.length), raw.length - 1)).to.throw(ApiError, /max-profile-size-bytes/);
    // Two gzip members (as the distributor stamps a time): the trailer declares the last one's size only.
    const twoMembers = Buffer.concat([zlib.gzipSync(raw), zlib.gzipSync(raw.subarray(0, 0))]);
    expect(Buffer.from(inflateProfile(twoMembers, 1 << 20)).equals(raw)).to.equal(true);
  });

  it('reads negative int64 values and 64-bit addresses', () => {
    const p = new Profile({
      stringTable: undefined,
      sampleType: [{ type: 1, unit: 2 }],
      sample: [{ locationId: [1], value: [-5] }],
      location: [{ id: 1, address: 0xffffffff0000n }],
    });
    p.stringTable.dedup('alloc');
    p.stringTable.dedup('bytes');
    const d = decodeProfile(p.encode());
    expect(d.values[0]).to.equal(-5);
    expect(d.locations[0]!.address).to.equal(0xffffffff0000);
  });

  it('keeps location IDs in 4 bytes while they fit 32 bits, and IDs beyond exactly (8 bytes)', () => {
    const withIds = (ids: bigint[]): Uint8Array => {
      const p = new Profile({
        stringTable: undefined,
        sampleType: [{ type: 1, unit: 2 }],
        sample: [{ locationId: ids, value: [3] }, { locationId: [ids[0]!], value: [4] }],
        location: ids.map((id, i) => ({ id, address: 0x1000 + i })),
      });
      p.stringTable.dedup('samples');
      p.stringTable.dedup('count');
      return p.encode();
    };
    const small = decodeProfile(withIds([1n, 2n, 0xffffffffn]));
    expect(small.locationIds).to.be.instanceOf(Uint32Array);
    expect(Array.from(small.locationIds)).to.deep.equal([1, 2, 0xffffffff, 1]);
    const large = decodeProfile(withIds([1n, 0x100000000n, 2n ** 53n - 1n]));
    expect(large.locationIds).to.be.instanceOf(Float64Array);
    expect(Array.from(large.locationIds)).to.deep.equal([1, 0x100000000, 2 ** 53 - 1, 1]);
    // Cached tables give the same column type as a fresh read.
    const cache = new TableCache(1 << 20);
    for (let k = 0; k < 2; k++) expect(decodeProfile(withIds([1n, 0x100000000n]), { tableCache: cache }).locationIds).to.be.instanceOf(Float64Array);
  });

  const rejects: Array<[string, Uint8Array, RegExp]> = [
    ['a length that runs past the end', Uint8Array.from([0x32, 0x10, 0x01]), /malformed pprof: length 16/],
    ['a truncated varint', Uint8Array.from([0x48, 0xff]), /malformed pprof: truncated varint/],
    ['a sample with a wrong wire type', Uint8Array.from([0x10, 0x01]), /malformed pprof: field sample has wire type 0/],
    ['a first string that is not empty', Uint8Array.from([0x32, 0x01, 0x61]), /string_table\[0\] must be ""/],
    ['a sample type naming a string that does not exist', Uint8Array.from([0x0a, 0x02, 0x08, 0x07]), /sample_type\[0\].type refers to string 7/],
    ['a sample that names an unknown location', Uint8Array.from([0x12, 0x02, 0x08, 0x05]), /unknown location 5/],
    ['a sample with more values than sample types', Uint8Array.from([0x12, 0x02, 0x10, 0x05]), /sample 0 has 1 values but the profile declares 0 sample types/],
  ];
  for (const [what, bytes, message] of rejects) {
    it(`rejects ${what} with invalid_argument`, () => {
      expect(() => decodeProfile(bytes)).to.throw(ApiError, message).with.property('code', 'invalid_argument');
    });
  }

  // The errors of the hot readers are built only when thrown (varint.ts truncatedVarint): their words stay these.
  const exactly: Array<[Uint8Array, string]> = [
    [Uint8Array.from([0x32, 0x10, 0x01]), 'length 16 at offset 2 runs past the end of its message (3)'],
    [Uint8Array.from([0x48, 0xff]), 'truncated varint at offset 2'],
    [Uint8Array.from([0x48, ...new Array<number>(10).fill(0xff), 0x01]), 'varint longer than 10 bytes at offset 11'],
    [Uint8Array.from([0x10, 0x01]), 'field sample has wire type 0, expected 2'],
    [Uint8Array.from([0x1a, 0x02, 0x12, 0x00]), 'field mapping field 2 has wire type 2, expected 0'],
    [Uint8Array.from([0x1a, 0x04, 0x08, 0x01, 0x28, 0x09]), 'mapping 1 filename refers to string 9, outside the string table (1 strings)'],
    [Uint8Array.from([0x2a, 0x04, 0x08, 0x03, 0x18, 0x04]), 'function 3 system_name refers to string 4, outside the string table (1 strings)'],
    [Uint8Array.from([0x12, 0x04, 0x1a, 0x02, 0x08, 0x05]), 'sample 0 has a label referring to string 5, outside the string table (1 strings)'],
  ];
  it('words each malformed field exactly, naming the field, the offset or the string', () => {
    for (const [bytes, message] of exactly) {
      expect(() => decodeProfile(bytes), message).to.throw(ApiError, `malformed pprof: ${message}`).with.property('code', 'invalid_argument');
    }
  });

  it('rejects more samples than the limit before decoding them', () => {
    const bytes = inflateProfile(profiles.find((p) => p.name === 'go-heap.pprof')!.raw, MAX);
    expect(() => decodeProfile(bytes, { maxSamples: 16000 })).not.to.throw();
    expect(() => decodeProfile(bytes, { maxSamples: 1000 })).to.throw(ApiError, /more than 1000 samples/);
  });

  describe('fuzzing (never crashes: decodes or throws ApiError)', () => {
    const decodesOrApiError = (bytes: Uint8Array): void => {
      try {
        decodeProfile(bytes);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        expect(err.code).to.equal('invalid_argument');
      }
    };
    const inflated = profiles.filter((p) => p.raw.length < 40_000).map((p) => inflateProfile(p.raw, MAX));

    it('random bytes', () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), decodesOrApiError), { numRuns: 1500 });
    });

    it('truncations of real profiles', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: inflated.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, frac) => {
          const b = inflated[i]!;
          decodesOrApiError(b.subarray(0, Math.floor(b.length * frac)));
        }),
        { numRuns: 300 },
      );
    });

    it('bit flips in real profiles', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: inflated.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (i, flips) => {
          const b = Uint8Array.from(inflated[i]!);
          for (const f of flips) b[f % b.length]! ^= 1 << (f % 8);
          decodesOrApiError(b);
        }),
        { numRuns: 300 },
      );
    });

    it('bit flips in gzip streams are refused by inflate or decoder, never crash', () => {
      const gz = profiles.filter((p) => p.raw[0] === 0x1f && p.raw.length < 20_000);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: gz.length - 1 }), fc.nat(), (i, f) => {
          const b = Uint8Array.from(gz[i]!.raw);
          b[10 + (f % (b.length - 10))]! ^= 1 << (f % 8);
          try {
            decodeProfile(inflateProfile(b, MAX));
          } catch (err) {
            if (!(err instanceof ApiError)) throw err;
          }
        }),
        { numRuns: 200 },
      );
      expect(zlib.gzipSync(Buffer.from('x'))[0]).to.equal(0x1f);
    });
  });
});

describe('pprof decoder limits (Pyroscope\'s, applied while reading)', () => {
  const goCpu = inflateProfile(profiles.find((p) => p.name === 'go-cpu.pb.gz')!.raw, MAX);
  /** go-cpu with one sample whose stack repeats its locations to `depth` frames and carries `labels` labels. */
  const deepSample = (depth: number, labels = 0): Uint8Array => {
    const p = Profile.decode(goCpu);
    const ids = p.location.map((l) => l.id);
    const stack = Array.from({ length: depth }, (_, i) => ids[i % ids.length]!);
    const label = Array.from({ length: labels }, (_, i) => new Label({ key: p.stringTable.dedup(`k${i}`), str: p.stringTable.dedup('v') }));
    p.sample = [new Sample({ locationId: stack, value: p.sample[0]!.value, label })];
    return p.encode();
  };

  it('truncates a stack deeper than maxDepth to its root-most frames (leaf-most dropped), as Pyroscope does', () => {
    const bytes = deepSample(2500);
    const full = decodeProfile(bytes);
    const cut = decodeProfile(bytes, { maxDepth: 1000 });
    expect(cut.locationOffsets[1]).to.equal(1000);
    expect(Array.from(cut.locationIds)).to.deep.equal(Array.from(full.locationIds.subarray(1500)));
    expect(decodeProfile(bytes, { maxDepth: 2500 }).locationIds.length).to.equal(2500);
  });

  it('keeps the last maxSymbolLength characters of longer strings', () => {
    const p = Profile.decode(goCpu);
    p.function[0]!.name = p.stringTable.dedup(`${'x'.repeat(100)}main.work`);
    const decoded = decodeProfile(p.encode(), { maxSymbolLength: 20 });
    expect(decoded.strings).to.include(`${'x'.repeat(11)}main.work`);
    expect(Math.max(...decoded.strings.map((x) => x.length))).to.be.at.most(20);
  });

  it('refuses a sample with more labels than maxSampleLabels, naming the limit', () => {
    expect(decodeProfile(deepSample(3, 100), { maxSampleLabels: 100 }).labelKeys.length).to.equal(100);
    expect(() => decodeProfile(deepSample(3, 101), { maxSampleLabels: 100 })).to.throw(ApiError, 'sample 0 has more than 100 labels: limit max-profile-stacktrace-sample-labels (100) exceeded');
  });

  it('counts the symbols of every profile of a request against one budget, refusing past it (413)', () => {
    const budget = symbolBudget(3 * 3000)!;
    const d = decodeProfile(goCpu);
    const symbols = d.strings.length + d.functions.length + d.locations.length + d.mappings.length + d.locations.reduce((n, l) => n + l.lines.length, 0);
    const fits = Math.floor(budget.limit / symbols);
    for (let i = 0; i < fits; i++) decodeProfile(goCpu, { symbols: budget });
    expect(budget.remaining).to.equal(budget.limit - fits * symbols);
    let error: unknown;
    try {
      decodeProfile(goCpu, { symbols: budget });
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(ApiError).with.property('httpStatus', 413);
    expect((error as ApiError).message).to.match(/limit max-symbols-per-request \(9000\) exceeded/);
  });

  it('refuses values and per-type totals past 2^53-1 instead of rounding them', () => {
    const p = Profile.decode(goCpu);
    const first = p.sample[0]!;
    p.sample = [new Sample({ locationId: first.locationId, value: first.value.map(() => 2n ** 53n) })];
    expect(() => decodeProfile(p.encode())).to.throw(ApiError, /sample 0 has value 9007199254740992 for sample type 0, beyond ±2\^53-1/);
    p.sample = [new Sample({ locationId: first.locationId, value: first.value.map(() => -(2n ** 63n)) })];
    expect(() => decodeProfile(p.encode())).to.throw(ApiError, /beyond ±2\^53-1/);
    p.sample = [1, 2].map(() => new Sample({ locationId: first.locationId, value: first.value.map(() => 2n ** 52n) }));
    expect(() => decodeProfile(p.encode())).to.throw(ApiError, /values of sample type 0 add up beyond 2\^53-1/);
    p.sample = [new Sample({ locationId: first.locationId, value: first.value.map(() => 2n ** 53n - 1n) })];
    expect(decodeProfile(p.encode()).values[0]).to.equal(Number.MAX_SAFE_INTEGER);
  });

  describe('table cache', () => {
    it('gives a second decode of the same tables the very tables a fresh decode reads, shared, within one scope only', () => {
      const cache = new TableCache(64 << 20);
      for (const { name, raw } of profiles) {
        const bytes = inflateProfile(raw, MAX);
        const fresh = decodeProfile(bytes);
        const first = decodeProfile(bytes, { tableCache: cache, tableScope: 'a' });
        const again = decodeProfile(bytes, { tableCache: cache, tableScope: 'a' });
        expect(again.tableKey, name).to.be.a('string').and.equal(first.tableKey);
        expect(again.locations, name).to.equal(first.locations);
        expect(again.strings, name).to.equal(first.strings);
        const { tableKey: _, ...plain } = again;
        expect(plain, name).to.deep.equal(fresh);
        const other = decodeProfile(bytes, { tableCache: cache, tableScope: 'b' });
        expect(other.tableKey, name).not.to.equal(first.tableKey);
        expect(other.locations, name).not.to.equal(first.locations);
        expect(decodeProfile(bytes, { tableCache: cache, tableScope: 'a', maxSymbolLength: 5 }).tableKey, name).not.to.equal(first.tableKey);
      }
      expect(cache.stats.hits).to.equal(profiles.length);
    });

    it('takes the same symbols from the request budget on a hit as on a miss, refusing past it (413)', () => {
      const cache = new TableCache(64 << 20);
      const miss = symbolBudget(1_000_000)!;
      decodeProfile(goCpu, { tableCache: cache, tableScope: 't', symbols: miss });
      const hit = symbolBudget(1_000_000)!;
      decodeProfile(goCpu, { tableCache: cache, tableScope: 't', symbols: hit });
      expect(cache.stats.hits).to.equal(1);
      expect(hit.remaining).to.equal(miss.remaining);
      const short = symbolBudget(miss.limit - miss.remaining - 1)!;
      expect(() => decodeProfile(goCpu, { tableCache: cache, tableScope: 't', symbols: short })).to.throw(ApiError, /limit max-symbols-per-request/).with.property('httpStatus', 413);
    });

    it('still checks what the samples name against cached tables', () => {
      const cache = new TableCache(64 << 20);
      const p = Profile.decode(goCpu);
      decodeProfile(p.encode(), { tableCache: cache, tableScope: 't' });
      const unknown = p.location.reduce((m, l) => Math.max(m, Number(l.id)), 0) + 1;
      p.sample[0]!.locationId = [unknown];
      const bytes = p.encode();
      // Only a sample changed: the same table bytes, so a hit.
      expect(() => decodeProfile(bytes, { tableCache: cache, tableScope: 't' })).to.throw(ApiError, `a sample refers to unknown location ${unknown}`);
      expect(cache.stats.hits).to.equal(1);
    });

    it('keeps at most its byte budget, least recently used out first', () => {
      const cache = new TableCache(256 << 10);
      for (const { raw } of profiles) decodeProfile(inflateProfile(raw, MAX), { tableCache: cache, tableScope: 't' });
      expect(cache.stats.bytes).to.be.at.most(256 << 10);
      expect(cache.stats.evictions).to.be.greaterThan(0);
    });
  });
});
