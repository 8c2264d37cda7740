import { expect } from 'chai';
import { loadTestProfiles } from '../../pprof/testdata.ts';
import { parseSelector } from '../../query/selector.ts';
import { mergeProfile, mergeStacktraces } from '../read/merge.ts';
import { labelNames, labelValues, profilesToMerge, profileTypes, selectProfiles } from '../read/select.ts';
import { normalizedFromPprof, pprofFunctionNames, pprofTotals, profileTypeIds } from '../testutil.ts';
import type { DecodedProfile, NormalizedProfile } from '../../model/profile.ts';
import { Head } from './head.ts';
import { expectSameContents } from './same-contents.ts';
import { TenantHead } from './tenant-head.ts';

const all = { start: 0, end: Number.MAX_SAFE_INTEGER };
const T0 = 1_700_000_000_000;

describe('Head', () => {
  const corpus = loadTestProfiles();

  it('reports, per sample type of every test profile, the totals and function names of the pprof', () => {
    const head = new Head(T0);
    corpus.forEach((f, i) => head.append('t', normalizedFromPprof(f.raw, { id: `id-${i}`, timestampMs: T0 + i, service: f.name })));
    const tenant = head.tenant('t')!;
    for (const [i, f] of corpus.entries()) {
      const totals = pprofTotals(f.raw);
      profileTypeIds(f.raw).forEach((typeId, t) => {
        const matchers = parseSelector(`{service_name="${f.name}"}`);
        const selected = selectProfiles(tenant, typeId, matchers, all);
        const selectedTotal = (selected.profiles ?? []).reduce((a, p) => a + Number(p.value), 0);
        expect(selectedTotal, `${f.name} ${typeId}`).to.equal(totals[t]);
        const kept = profilesToMerge(tenant, { selector: { profileTypeID: typeId }, keepAll: true }, matchers, all);
        const merged = mergeStacktraces(tenant, tenant, kept);
        const mergedTotal = (merged.stacks ?? []).reduce((a, s) => a + Number(s.value), 0);
        expect(mergedTotal, `${f.name} ${typeId} stacks`).to.equal(totals[t]);
        const used = new Set((merged.stacks ?? []).flatMap((s) => (s.nameIds ?? []).map((n) => merged.names![n]!)));
        const expected = pprofFunctionNames(f.raw, t);
        for (const n of expected) expect(used.has(n), `${f.name}: function ${n}`).to.equal(true);
        const pprof = mergeProfile(tenant, tenant, kept, typeId);
        expect((pprof.sample ?? []).reduce((a, s) => a + Number(s.value![0]), 0)).to.equal(totals[t]);
      });
      expect(i).to.be.a('number');
    }
  });

  it('stores a profile pushed twice with the same identity once, and symbols once across profiles', () => {
    const head = new Head(T0);
    const raw = corpus.find((f) => f.name === 'go-heap.pb.gz')!.raw;
    head.append('t', normalizedFromPprof(raw, { id: 'same', timestampMs: T0, service: 'a' }));
    const tenant = head.tenant('t')!;
    const before = { profiles: tenant.profileCount, locations: tenant.locations.length, stacks: tenant.stackCount, bytes: tenant.sizeBytes };
    head.append('t', normalizedFromPprof(raw, { id: 'same', timestampMs: T0, service: 'a' }));
    expect(tenant.profileCount).to.equal(before.profiles);
    head.append('t', normalizedFromPprof(raw, { id: 'other', timestampMs: T0 + 15_000, service: 'a' }));
    expect(tenant.profileCount).to.equal(before.profiles * 2);
    expect(tenant.locations.length).to.equal(before.locations);
    expect(tenant.stackCount).to.equal(before.stacks);
    expect(tenant.sizeBytes).to.be.greaterThan(before.bytes);
  });

  it('answers label reads with selectors and time ranges', () => {
    const head = new Head(T0);
    const raw = corpus.find((f) => f.name === 'go-cpu.pb.gz')!.raw;
    head.append('t', normalizedFromPprof(raw, { id: '1', timestampMs: T0, service: 'checkout', extra: [{ name: 'env', value: 'prod' }] }));
    head.append('t', normalizedFromPprof(raw, { id: '2', timestampMs: T0 + 60_000, service: 'cart', extra: [{ name: 'env', value: 'dev' }] }));
    const tenant = head.tenant('t')!;
    const values = new Set<string>();
    labelValues(tenant, 'service_name', [parseSelector('{env=~"pr.*"}')], all, values);
    expect([...values]).to.deep.equal(['checkout']);
    const late = new Set<string>();
    labelValues(tenant, 'service_name', [], { start: T0 + 1, end: T0 + 120_000 }, late);
    expect([...late]).to.deep.equal(['cart']);
    const names = new Set<string>();
    labelNames(tenant, [], all, names);
    expect([...names].sort()).to.deep.equal(['__name__', '__period_type__', '__period_unit__', '__profile_type__', '__type__', '__unit__', 'env', 'service_name']);
    const types = new Set<string>();
    profileTypes(tenant, all, types);
    expect([...types].sort()).to.deep.equal(profileTypeIds(raw).sort());
  });

  it('stores the same symbols, stacks and samples whether a push reuses the mapping of tables seen before (same tableKey) or maps them afresh', () => {
    // Copies (structuredClone): new table objects, as from a decode worker, so only the tableKey can match.
    const pushes = (keep: boolean): NormalizedProfile[][] =>
      [0, 1, 2].flatMap((round) => corpus.map((f, i) => normalizedFromPprof(f.raw, { id: `${i}-${round}`, timestampMs: T0 + round * 15_000 + i, service: f.name }).map((p) => {
        const copy = structuredClone(p);
        if (!keep) delete copy.profile.tableKey;
        return copy;
      })));
    const withKeys = new Head(T0);
    for (const p of pushes(true)) withKeys.append('t', p);
    const fresh = new Head(T0);
    for (const p of pushes(false)) fresh.append('t', p);
    const a = withKeys.tenant('t')!;
    const b = fresh.tenant('t')!;
    // Every profile has a key but go.cpu.labels.pprof's: its profile_id labels renamed to span_id, its string table is a copy.
    const keyed = pushes(true).slice(0, corpus.length).map((ps, i) => [corpus[i]!.name, ps.every((p) => typeof p.profile.tableKey === 'string')]);
    expect(keyed.filter(([, k]) => !k).map(([name]) => name)).to.deep.equal(['go.cpu.labels.pprof']);
    expectSameContents(a, b);
  });

  it('stores the same stacks and samples whether a pprof\'s location IDs come in 4 bytes each or in 8 (IDs past 32 bits)', () => {
    // The decoder gives a Uint32Array when every ID fits, a Float64Array otherwise; the head reads either.
    const pushes = (wide: boolean): NormalizedProfile[][] =>
      [0, 1].flatMap((round) => corpus.map((f, i) => normalizedFromPprof(f.raw, { id: `${i}-${round}`, timestampMs: T0 + round * 15_000 + i, service: f.name }).map((p) => {
        const copy = structuredClone(p);
        if (wide) copy.profile.locationIds = Float64Array.from(copy.profile.locationIds);
        return copy;
      })));
    expect(pushes(false)[0]![0]!.profile.locationIds).to.be.instanceOf(Uint32Array);
    const narrow = new Head(T0);
    for (const p of pushes(false)) narrow.append('t', p);
    const wide = new Head(T0);
    for (const p of pushes(true)) wide.append('t', p);
    expectSameContents(narrow.tenant('t')!, wide.tenant('t')!);
  });

  it('keeps two series whose fingerprints collide apart by their labels, each with its own profiles', () => {
    const tenant = new TenantHead('t', { fingerprintOf: () => 'same-fingerprint' });
    const raw = corpus.find((f) => f.name === 'go-cpu.pb.gz')!.raw;
    const push = (service: string, id: string, at: number) => {
      for (const p of normalizedFromPprof(raw, { id, timestampMs: at, service })) tenant.append(p);
    };
    push('a', 'a1', T0);
    push('b', 'b1', T0);
    push('b', 'b2', T0 + 15_000);
    push('a', 'a2', T0 + 15_000);
    push('b', 'b2', T0 + 15_000); // a repeat: stored once
    const typeId = profileTypeIds(raw)[0]!;
    const idsOf = (service: string) => (selectProfiles(tenant, typeId, parseSelector(`{service_name="${service}"}`), all).profiles ?? []).map((p) => p.key!.id).sort();
    expect(idsOf('a')).to.deep.equal(['a1', 'a2']);
    expect(idsOf('b')).to.deep.equal(['b1', 'b2']);
    // Both series (per sample type) carry the shared fingerprint; the labels tell them apart.
    expect(new Set(tenant.series.map((s) => s.fingerprint))).to.deep.equal(new Set(['same-fingerprint']));
    expect(tenant.series.map((s) => s.labels.find((l) => l.name === 'service_name')!.value).sort()).to.deep.equal(['a', 'a', 'b', 'b']);
    expect(tenant.profileCount).to.equal(8);
  });

  it('keeps every sample, stack and span exactly while its sample columns grow past a million samples (4× growths)', () => {
    // One pprof of 300,000 samples (stacks of 1-3 frames), pushed 5 times with other values: 1.5 million samples,
    // so the columns grow by doubling up to 2^20 and then 4× (reserveSamples). The second push carries span IDs.
    const n = 300_000;
    const profileOf = (round: number): NormalizedProfile => {
      const locationOffsets = new Uint32Array(n + 1);
      const ids: number[] = [];
      const values = new Float64Array(n);
      const labelOffsets = new Uint32Array(n + 1);
      const keys: number[] = [];
      for (let i = 0; i < n; i++) {
        for (let d = 0; d <= i % 3; d++) ids.push(1 + ((i + d) % 7));
        locationOffsets[i + 1] = ids.length;
        values[i] = round * n + i + 1;
        if (round === 1 && i % 1000 === 0) keys.push(4);
        labelOffsets[i + 1] = keys.length;
      }
      const profile: DecodedProfile = {
        strings: ['', 'samples', 'count', 'fn', 'span_id', '00000000000000ab'], sampleTypes: [{ type: 1, unit: 2 }], periodType: undefined, period: 0,
        timeNanos: 0, timeMs: 0, durationNanos: 0, defaultSampleType: 0, sampleCount: n, locationOffsets, locationIds: Uint32Array.from(ids), values,
        labelOffsets, labelKeys: Uint32Array.from(keys), labelValues: Uint32Array.from(keys, () => 5),
        locations: Array.from({ length: 7 }, (_, k) => ({ id: k + 1, mappingId: 0, address: 0, lines: [{ functionId: 1, line: k + 1 }], isFolded: false })),
        functions: [{ id: 1, name: 3, systemName: 3, filename: 0, startLine: 0 }], mappings: [],
      };
      return { id: `big-${round}`, timestampMs: T0 + round * 15_000, seriesLabels: [[{ name: '__name__', value: 'big' }, { name: 'service_name', value: 'big' }]], profile };
    };
    const tenant = new TenantHead('t');
    for (let round = 0; round < 5; round++) expect(tenant.append(profileOf(round))).to.equal(1);
    expect(tenant.sampleCount).to.equal(5 * n);
    expect(tenant.sampleStack.length).to.equal(4 << 20); // 1024 doubled to 2^20, then 4× once
    const firstStacks = Array.from(tenant.sampleStack.subarray(0, n));
    for (let round = 0; round < 5; round++) {
      const start = tenant.profileSampleStart[round]!;
      expect(tenant.profileSampleEnd[round]! - start).to.equal(n);
      expect(Array.from(tenant.sampleStack.subarray(start, start + n)), `round ${round} stacks`).to.deep.equal(firstStacks);
      for (let i = 0; i < n; i++) if (tenant.sampleValue[start + i] !== round * n + i + 1) expect.fail(`round ${round} sample ${i}: value ${tenant.sampleValue[start + i]}`);
      for (let i = 0; i < n; i++) {
        const span = round === 1 && i % 1000 === 0 ? 0xab : 0;
        if (tenant.sampleSpanHi![start + i] !== 0 || tenant.sampleSpanLo![start + i] !== span) expect.fail(`round ${round} sample ${i}: span ${tenant.sampleSpanLo![start + i]}`);
      }
    }
    // Stacks are the trie's: sample i's leaf frame is location 1 + (i % 7).
    for (const i of [0, 1, 2, 299_999]) expect(tenant.locations[tenant.stackLocation[firstStacks[i]!]!]!.lines).to.deep.equal([1, 1 + (i % 7)]);
  });

  it('keeps the span IDs of profiles appended apart, with spanless profiles and sample types between them, through every growth', () => {
    // 40 pushes of 40,000 samples with 2 sample types (the second zero on every third sample, so its runs are shorter):
    // 2.9 million samples, past 2^20 (doubling, then 4×). Pushes 3, 4 (adjacent runs), 17 and 38 carry span IDs; a
    // growth copies only the samples appended with spans (reserveSamples), every other sample's span stays 0.
    const n = 40_000;
    const withSpans = new Set([3, 4, 17, 38]);
    const spanOf = (round: number, i: number): number => (withSpans.has(round) && i % 7 === 0 ? 0x100 + round : 0);
    const profileOf = (round: number): NormalizedProfile => {
      const locationOffsets = new Uint32Array(n + 1);
      const ids = new Uint32Array(n);
      const values = new Float64Array(2 * n);
      const labelOffsets = new Uint32Array(n + 1);
      const keys: number[] = [];
      const spanValues: number[] = [];
      for (let i = 0; i < n; i++) {
        ids[i] = 1 + (i % 5);
        locationOffsets[i + 1] = i + 1;
        values[2 * i] = i + 1;
        values[2 * i + 1] = i % 3 === 0 ? 0 : round + 1;
        if (spanOf(round, i) !== 0) {
          keys.push(4);
          spanValues.push(5 + [3, 4, 17, 38].indexOf(round));
        }
        labelOffsets[i + 1] = keys.length;
      }
      const profile: DecodedProfile = {
        strings: ['', 'samples', 'count', 'fn', 'span_id', '0000000000000103', '0000000000000104', '0000000000000111', '0000000000000126'],
        sampleTypes: [{ type: 1, unit: 2 }, { type: 2, unit: 2 }], periodType: undefined, period: 0, timeNanos: 0, timeMs: 0, durationNanos: 0, defaultSampleType: 0,
        sampleCount: n, locationOffsets, locationIds: ids, values, labelOffsets, labelKeys: Uint32Array.from(keys), labelValues: Uint32Array.from(spanValues),
        locations: Array.from({ length: 5 }, (_, k) => ({ id: k + 1, mappingId: 0, address: 0, lines: [{ functionId: 1, line: k + 1 }], isFolded: false })),
        functions: [{ id: 1, name: 3, systemName: 3, filename: 0, startLine: 0 }], mappings: [],
      };
      const series = (type: string) => [{ name: '__name__', value: 'spans' }, { name: 'service_name', value: 'spans' }, { name: 'type', value: type }];
      return { id: `spans-${round}`, timestampMs: T0 + round * 15_000, seriesLabels: [series('a'), series('b')], profile };
    };
    const tenant = new TenantHead('t');
    for (let round = 0; round < 40; round++) expect(tenant.append(profileOf(round))).to.equal(2);
    expect(tenant.sampleStack.length).to.be.greaterThan(1 << 20);
    for (let p = 0; p < tenant.profileCount; p++) {
      const round = p >> 1;
      const second = (p & 1) === 1;
      const start = tenant.profileSampleStart[p]!;
      let at = start;
      for (let i = 0; i < n; i++) {
        if (second && i % 3 === 0) continue; // a zero value: not stored
        if (tenant.sampleSpanHi![at] !== 0 || tenant.sampleSpanLo![at] !== spanOf(round, i)) {
          expect.fail(`profile ${p} (push ${round}) sample ${i}: span ${tenant.sampleSpanHi![at]}/${tenant.sampleSpanLo![at]}, expected ${spanOf(round, i)}`);
        }
        at++;
      }
      expect(tenant.profileSampleEnd[p]).to.equal(at);
    }
  });

  it('keeps the table remaps it reuses by key within their byte bound, counting the stacks each has memoized since', () => {
    const budget = 256 << 10;
    const tenant = new TenantHead('t', { remapCacheBytes: budget });
    for (const round of [0, 1]) {
      corpus.forEach((f, i) => {
        for (const p of normalizedFromPprof(f.raw, { id: `${i}-${round}`, timestampMs: T0 + round * 15_000 + i, service: f.name })) tenant.append(structuredClone(p));
        const { countedBytes, heldBytes, entries } = tenant.remapCache;
        expect(countedBytes, f.name).to.equal(heldBytes);
        if (entries > 1) expect(countedBytes, f.name).to.be.at.most(budget); // one remap alone may be larger
      });
    }
    expect(tenant.remapCache.entries).to.be.greaterThan(1);
  });
});
