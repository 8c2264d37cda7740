import { expect } from 'chai';
import fc from 'fast-check';
import zlib from 'node:zlib';
import { Profile, StringTable } from 'pprof-format';
import { Registry } from 'prom-client';
import { push } from '../gen/index.ts';
import { ApiError } from '../util/errors.ts';
import { FlagSet } from '../util/flags.ts';
import { ManualClock } from '../util/clock.ts';
import { decodeProfile } from '../pprof/decoder.ts';
import { inflateProfile } from '../pprof/inflate.ts';
import { loadTestProfiles } from '../pprof/testdata.ts';
import { defaultLimits, limitsWith, registerLimitFlags, replayLimits } from './limits.ts';
import { normalizePush } from './normalize.ts';
import { IngestionRateLimiter } from './rate-limiter.ts';
import { gzip, pprof } from '../../../test/adversarial/payloads.ts';
import { parseIngestRequest } from './sdk-ingest.ts';

const profiles = new Map(loadTestProfiles().map((p) => [p.name, p.raw]));
const raw = (name: string): Buffer => profiles.get(name)!;
const noTimeWindow = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });
const NOW = 1_700_000_000_000;

const pushOf = (rawProfile: Uint8Array, labels: Array<[string, string]> = [['service_name', 'svc']], ID = ''): push.v1.PushRequest =>
  push.v1.PushRequest.create({ series: [{ labels: labels.map(([name, value]) => ({ name, value })), samples: [{ rawProfile, ID }] }] });

const labelsOf = (ls: Array<{ name: string; value: string }>): Record<string, string> => Object.fromEntries(ls.map((l) => [l.name, l.value]));

/** Expects `fn` to throw an ApiError with this message and HTTP status (400 unless told). */
function expectRejected(fn: () => unknown, message: RegExp, status = 400): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a rejection').to.be.instanceOf(ApiError);
  expect((err as ApiError).message).to.match(message);
  expect((err as ApiError).httpStatus ?? ((err as ApiError).code === 'invalid_argument' ? 400 : 0)).to.equal(status);
}

describe('normalizePush', () => {
  it('gives every profile of a run of pushes what a decode of its own inflated copy gives, though they share one inflate buffer', () => {
    // Each push's gzip'd profile is inflated into the thread's reused buffer: nothing decoded may still point into it.
    const gzipped = [...profiles].filter(([, r]) => r[0] === 0x1f);
    const decoded = gzipped.map(([name, r]) => [name, normalizePush('t', pushOf(r), noTimeWindow, NOW)] as const);
    for (const [name, parts] of decoded) {
      const fresh = decodeProfile(Uint8Array.from(inflateProfile(raw(name), 0)));
      const p = parts[0]!.profile;
      expect(p.strings.slice(0, fresh.strings.length), name).to.deep.equal(fresh.strings);
      expect(p.locations, name).to.deep.equal(fresh.locations);
      expect(p.functions, name).to.deep.equal(fresh.functions);
      if (parts.length === 1 && p.sampleCount === fresh.sampleCount) {
        expect(Array.from(p.locationIds), name).to.deep.equal(Array.from(fresh.locationIds));
        expect(Array.from(p.values), name).to.deep.equal(Array.from(fresh.values));
      }
    }
    // Past the size limit, inflated into the buffer or not, the refusal names the limit.
    const big = raw('go-heap.pb.gz');
    expectRejected(() => normalizePush('t', pushOf(big), limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0, maxProfileSizeBytes: 4096 }), NOW), /limit max-profile-size-bytes \(4096 bytes\) exceeded/, 413);
  });

  it('splits a pprof with several sample types into one series per type with the profile type labels', () => {
    const [p] = normalizePush('t', pushOf(raw('go-heap.pb.gz'), [['service_name', 'svc'], ['__name__', 'memory']]), noTimeWindow, NOW);
    expect(p!.seriesLabels.map((ls) => labelsOf(ls)['__profile_type__'])).to.deep.equal([
      'memory:alloc_objects:count:space:bytes',
      'memory:alloc_space:bytes:space:bytes',
      'memory:inuse_objects:count:space:bytes',
      'memory:inuse_space:bytes:space:bytes',
    ]);
    expect(labelsOf(p!.seriesLabels[1]!)).to.include({ __type__: 'alloc_space', __unit__: 'bytes', __period_type__: 'space', __period_unit__: 'bytes', service_name: 'svc' });
    expect(p!.timestampMs).to.equal(1640942110146);
  });

  it('always sets service_name ("unspecified" when absent) and derives __name__ from the sample types', () => {
    const [p] = normalizePush('t', pushOf(raw('go-cpu.pb.gz'), []), noTimeWindow, NOW);
    expect(labelsOf(p!.seriesLabels[1]!)).to.include({ service_name: 'unspecified', __name__: 'process_cpu', __profile_type__: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds' });
  });

  it('moves sample labels into series labels, splitting the profile, and keeps span_id on the samples', () => {
    const parts = normalizePush('t', pushOf(raw('go.cpu.labels.pprof')), noTimeWindow, NOW);
    expect(parts.length).to.be.greaterThan(1);
    const total = parts.reduce((n, p) => n + p.profile.sampleCount, 0);
    expect(total).to.equal(decodeProfile(inflateProfile(raw('go.cpu.labels.pprof'), 1 << 24)).sampleCount);
    for (const p of parts) {
      const left = new Set(Array.from(p.profile.labelKeys, (k) => p.profile.strings[k]));
      expect([...left].filter((k) => k !== 'span_id'), 'only span_id (renamed from profile_id) stays on samples').to.deep.equal([]);
    }
    expect(parts.map((p) => labelsOf(p.seriesLabels[0]!)['function'])).to.include('slow');

    const spans = normalizePush('t', pushOf(raw('single_group_with_optional_span_id.pb.gz')), noTimeWindow, NOW);
    expect(spans).to.have.length(1);
    const keys = new Set(Array.from(spans[0]!.profile.labelKeys, (k) => spans[0]!.profile.strings[k]));
    expect([...keys]).to.deep.equal(['span_id']);
  });

  it('makes one part of a pprof whose samples all carry the same labels, with every stack and value and no sample label left', () => {
    const decoded = decodeProfile(inflateProfile(raw('dotnet.labels.pprof'), 1 << 24));
    const parts = normalizePush('t', pushOf(raw('dotnet.labels.pprof')), noTimeWindow, NOW);
    expect(parts).to.have.length(1);
    const { profile, seriesLabels } = parts[0]!;
    expect(Object.keys(labelsOf(seriesLabels[0]!))).to.include.members(['qweqwe', 'pod']);
    expect(profile.sampleCount).to.equal(decoded.sampleCount);
    expect(Array.from(profile.locationOffsets)).to.deep.equal(Array.from(decoded.locationOffsets));
    expect(Array.from(profile.locationIds)).to.deep.equal(Array.from(decoded.locationIds));
    expect(Array.from(profile.values)).to.deep.equal(Array.from(decoded.values));
    expect(profile.labelKeys).to.have.length(0);
    expect(Array.from(profile.labelOffsets).every((o) => o === 0)).to.equal(true);
  });

  it('derives the same profile ID on every replay when the push has none, and keeps a given one', () => {
    const a = normalizePush('t', pushOf(raw('go-cpu.pb.gz')), noTimeWindow, NOW);
    const b = normalizePush('t', pushOf(raw('go-cpu.pb.gz')), noTimeWindow, NOW + 5);
    expect(a[0]!.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/).and.equal(b[0]!.id);
    expect(normalizePush('other', pushOf(raw('go-cpu.pb.gz')), noTimeWindow, NOW)[0]!.id).not.to.equal(a[0]!.id);
    expect(normalizePush('t', pushOf(raw('go-cpu.pb.gz'), undefined, 'given'), noTimeWindow, NOW)[0]!.id).to.equal('given');
  });

  const tooMany = Array.from({ length: 10_000 }, (_, i): [string, string] => [`l${i}`, 'v']);
  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
  const cases: Array<[string, () => unknown, RegExp, number?]> = [
    ['a series with 10,000 labels is refused naming max-label-names-per-series', () => normalizePush('t', pushOf(raw('go-cpu.pb.gz'), tooMany), noTimeWindow, NOW), /10000 label names: limit max-label-names-per-series \(30\)/],
    ['a label name with a dash is refused', () => normalizePush('t', pushOf(raw('go-cpu.pb.gz'), [['bad-name', 'x']]), noTimeWindow, NOW), /label name "bad-name" is invalid/],
    ['a label name starting with a digit is refused', () => normalizePush('t', pushOf(raw('go-cpu.pb.gz'), [['1abc', 'x']]), noTimeWindow, NOW), /label name "1abc" is invalid/],
    ['a label value longer than 2048 characters is refused', () => normalizePush('t', pushOf(raw('go-cpu.pb.gz'), [['k', 'x'.repeat(3000)]]), noTimeWindow, NOW), /3000 characters long: limit max-length-label-value \(2048\)/],
    ['a label value with a lone surrogate (broken UTF-8) is refused', () => normalizePush('t', pushOf(raw('go-cpu.pb.gz'), [['k', 'a\ud800b']]), noTimeWindow, NOW), /not valid UTF-8/],
    ['an invalid profile name (__name__) is refused', () => normalizePush('t', pushOf(raw('go-cpu.pb.gz'), [['__name__', 'process cpu']]), noTimeWindow, NOW), /profile name \(__name__\) "process cpu" is invalid/],
    ['a duplicated label name is refused', () => normalizePush('t', pushOf(raw('go-cpu.pb.gz'), [['k', '1'], ['k', '2']]), noTimeWindow, NOW), /appears twice/],
    ['an empty raw profile is refused', () => normalizePush('t', pushOf(new Uint8Array()), noTimeWindow, NOW), /raw_profile is empty/],
    ['a request without samples is refused', () => normalizePush('t', push.v1.PushRequest.create({ series: [] }), noTimeWindow, NOW), /no profiles received/],
    ['random bytes are refused as malformed pprof', () => normalizePush('t', pushOf(Buffer.from('definitely not a profile')), noTimeWindow, NOW), /series 0 sample 0: malformed pprof/],
    ['a truncated gzip stream is refused', () => normalizePush('t', pushOf(raw('go-heap.pb.gz').subarray(0, 5000)), noTimeWindow, NOW), /malformed gzip/],
    ['a gzip bomb is stopped while inflating, with 413 naming the limit', () => normalizePush('t', pushOf(bomb), noTimeWindow, NOW), /inflates past 4194304 bytes: limit max-profile-size-bytes \(4194304 bytes\)/, 413],
    ['a raw profile above the compressed limit is refused with 413', () => normalizePush('t', pushOf(raw('go-heap.pb.gz')), limitsWith({ maxCompressedProfileSizeBytes: 1000 }), NOW), /limit max-profile-size-compressed-bytes \(1000 bytes\)/, 413],
    ['a profile with more samples than allowed is refused', () => normalizePush('t', pushOf(raw('go-heap.pprof')), limitsWith({ ...noTimeWindow, maxProfileStacktraceSamples: 5000 }), NOW), /more than 5000 samples/],
    ['a profile older than 1 h is refused as too old', () => normalizePush('t', pushOf(raw('go-heap.pb.gz')), defaultLimits, 1640942110146 + 2 * 3600_000), /too old: limit reject-older-than \(3600s/],
    ['a profile more than 10 min in the future is refused', () => normalizePush('t', pushOf(raw('go-heap.pb.gz')), defaultLimits, 1640942110146 - 3600_000), /too far in the future: limit creation-grace-period \(600s/],
    ['an invalid tenant ID is refused', () => normalizePush('a/b', pushOf(raw('go-cpu.pb.gz')), noTimeWindow, NOW), /tenant ID "a\/b" has characters outside/],
    ['a tenant ID over 150 characters is refused', () => normalizePush('x'.repeat(151), pushOf(raw('go-cpu.pb.gz')), noTimeWindow, NOW), /151 characters long: limit max-tenant-id-length \(150\)/],
  ];
  for (const [what, fn, message, status] of cases) it(what, () => expectRejected(fn, message, status));

  it('accepts a profile within the time window and stamps profiles without time with the receive time', () => {
    expect(normalizePush('t', pushOf(raw('go-heap.pb.gz')), defaultLimits, 1640942110146 + 60_000)).to.have.length(1);
    const [p] = normalizePush('t', pushOf(raw('pyspy-1.pb.gz')), defaultLimits, NOW);
    expect(p!.timestampMs).to.equal(NOW);
  });

  it('stores a profile at the exact millisecond of its time_nanos, which past 2^53 a double cannot hold', () => {
    // 1 in 8 of these times, read into a double and divided by 1e6, came out a millisecond early.
    for (let ms = NOW; ms < NOW + 200; ms++) {
      for (const extraNanos of [0n, 999_999n]) {
        const profile = gzip(pprof({ samples: [{ stack: ['a'], value: 1n }], timeNanos: BigInt(ms) * 1_000_000n + extraNanos }));
        const [p] = normalizePush('t', pushOf(profile), noTimeWindow, NOW);
        expect(p!.timestampMs, `${ms} ms + ${extraNanos} ns`).to.equal(ms);
      }
    }
  });
});

describe('limit flags', () => {
  it('default to Pyroscope\'s limits and can be overridden by flag', () => {
    const fs = new FlagSet('test', 'test');
    const limits = registerLimitFlags(fs);
    fs.parse([]);
    expect(limits()).to.deep.equal(defaultLimits);
    fs.parse(['-validation.max-label-names-per-series=5', '-distributor.ingestion-rate-limit-mb=1', '-validation.reject-older-than=30m']);
    expect(limits()).to.include({ maxLabelNamesPerSeries: 5, ingestionRateBytesPerSecond: 1024 * 1024, rejectOlderThanMs: 30 * 60_000 });
    // One frozen object while no flag changes, a new one after any change.
    const kept = limits();
    expect(limits()).to.equal(kept);
    expect(Object.isFrozen(kept)).to.equal(true);
    fs.override('validation.max-label-names-per-series', 7);
    expect(limits()).to.not.equal(kept);
    expect(limits().maxLabelNamesPerSeries).to.equal(7);
  });

  it('use Pyroscope\'s names and defaults for stack depth, symbol length, sample labels and series per tenant', () => {
    expect(defaultLimits).to.include({
      maxProfileStacktraceDepth: 1000, maxProfileSymbolValueLength: 65_535, maxProfileStacktraceSampleLabels: 100, maxGlobalSeriesPerTenant: 5000, maxLocalSeriesPerTenant: 0,
    });
    const fs = new FlagSet('test', 'test');
    const limits = registerLimitFlags(fs);
    fs.parse(['-validation.max-profile-stacktrace-depth=64', '-validation.max-profile-symbol-value-length=10', '-validation.max-profile-stacktrace-sample-labels=3', '-ingester.max-global-series-per-tenant=7', '-ingester.max-local-series-per-tenant=9', '-validation.max-series-per-request=2', '-validation.max-profiles-per-request=4']);
    expect(limits()).to.include({ maxProfileStacktraceDepth: 64, maxProfileSymbolValueLength: 10, maxProfileStacktraceSampleLabels: 3, maxGlobalSeriesPerTenant: 7, maxLocalSeriesPerTenant: 9, maxSeriesPerRequest: 2, maxProfilesPerRequest: 4 });
  });

  it('at WAL replay refuse nothing but truncate stacks and strings as at push time', () => {
    const replay = replayLimits(limitsWith({ maxProfileStacktraceDepth: 64, maxProfileSymbolValueLength: 10 }));
    expect(replay.maxProfileStacktraceDepth).to.equal(64);
    expect(replay.maxProfileSymbolValueLength).to.equal(10);
    const refusals = Object.entries(replay).filter(([k]) => k !== 'maxProfileStacktraceDepth' && k !== 'maxProfileSymbolValueLength');
    expect(refusals.filter(([, v]) => v !== 0)).to.deep.equal([]);
  });
});

describe('ingestion rate limiter', () => {
  it('admits a burst, refuses the next request with 429 naming the limit, and refills over time', () => {
    const clock = new ManualClock(NOW);
    const limiter = new IngestionRateLimiter(() => ({ bytesPerSecond: 1000, burstBytes: 2000 }), clock, new Registry());
    limiter.check('t', 1500);
    expectRejected(() => limiter.check('t', 1000), /tenant t: limit ingestion-rate-limit \(1000 B\/s, burst 2.0 KiB\) exceeded while adding 1000 B/, 429);
    expect(limiter.allow('other', 1000), 'tenants have separate buckets').to.equal(true);
    clock.advance(500);
    expect(limiter.allow('t', 1000)).to.equal(true);
    expect(limiter.allow('t', 1)).to.equal(false);
  });

  it('never admits a request larger than the burst', () => {
    const limiter = new IngestionRateLimiter(() => ({ bytesPerSecond: 1e9, burstBytes: 100 }), new ManualClock(), new Registry());
    expect(limiter.allow('t', 101)).to.equal(false);
  });
});

describe('parseIngestRequest (/ingest)', () => {
  const q = (s: string): URLSearchParams => new URLSearchParams(s);
  const labels = (r: push.v1.PushRequest): Record<string, string> => Object.fromEntries(r.series[0]!.labels!.map((l) => [l.name ?? '', l.value ?? '']));
  const profileOf = (r: push.v1.PushRequest) => decodeProfile(inflateProfile(r.series[0]!.samples![0]!.rawProfile!, 1 << 26));

  it('reads name=app.cpu{env=prod,region=eu} into service_name, __name__ and labels', () => {
    const r = parseIngestRequest(q('name=app.cpu{env=prod,region=eu}&format=folded&from=1700000000&until=1700000010&spyName=gospy'), 'text/plain', Buffer.from('main;work 3\nmain;idle 1\n'), NOW);
    expect(labels(r)).to.deep.equal({ __name__: 'process_cpu', __delta__: 'false', service_name: 'app', pyroscope_spy: 'gospy', env: 'prod', region: 'eu' });
  });

  it('converts folded stacks to a pprof: root first in the text, leaf first in pprof, cpu scaled by the sample rate', () => {
    const r = parseIngestRequest(q('name=app.cpu&format=folded&from=1700000000&sampleRate=100'), 'text/plain', Buffer.from('main;work 3\nmain;idle 1\nmain;work 2\n'), NOW);
    const p = profileOf(r);
    const s = (i: number): string => p.strings[i]!;
    expect(p.sampleTypes.map((t) => `${s(t.type)}:${s(t.unit)}`)).to.deep.equal(['cpu:nanoseconds']);
    expect(p.periodType && `${s(p.periodType.type)}:${s(p.periodType.unit)}`).to.equal('cpu:nanoseconds');
    expect(Array.from(p.values)).to.deep.equal([5 * 10_000_000, 1 * 10_000_000]);
    const leafName = (loc: number): string => s(p.functions.find((f) => f.id === p.locations.find((l) => l.id === loc)!.lines[0]!.functionId)!.name);
    expect(leafName(p.locationIds[0]!)).to.equal('work');
    expect(p.timeNanos).to.equal(1_700_000_000 * 1e9);
  });

  it('reads the lines format as one sample of 1 per line', () => {
    const r = parseIngestRequest(q('name=app.alloc_objects&format=lines'), 'text/plain', Buffer.from('a;b\na;b\na;c\n'), NOW);
    const p = profileOf(r);
    expect(labels(r)['__name__']).to.equal('memory');
    expect(Array.from(p.values)).to.deep.equal([2, 1]);
  });

  it('takes format=pprof as the raw (gzip) body and names it from its sample types', () => {
    const r = parseIngestRequest(q('name=svc&format=pprof&spyName=nodespy'), 'application/octet-stream', raw('nodejs-heap.pb.gz'), NOW);
    expect(labels(r)).to.include({ service_name: 'svc', __name__: 'memory' });
    expect(Buffer.from(r.series[0]!.samples![0]!.rawProfile!).equals(raw('nodejs-heap.pb.gz'))).to.equal(true);
  });

  const multipartBody = (boundary: string, profile: Uint8Array, config?: unknown): Buffer =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="profile"; filename="profile.pprof"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      profile,
      Buffer.from(config === undefined ? '' : `\r\n--${boundary}\r\nContent-Disposition: form-data; name="sample_type_config"; filename="sample_type_config.json"\r\n\r\n${JSON.stringify(config)}`),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);

  it('takes a multipart upload (pyroscope-go heap) and keeps the pprof as sent', () => {
    const heap = raw('go-heap.pb.gz');
    const config = { alloc_objects: { units: 'objects' }, alloc_space: { units: 'bytes' }, inuse_space: { units: 'bytes', aggregation: 'average' }, inuse_objects: { units: 'objects', aggregation: 'average' } };
    const r = parseIngestRequest(q('name=goapp.alloc_objects{x=y}&spyName=gospy'), 'multipart/form-data; boundary=XyZ', multipartBody('XyZ', heap, config), NOW);
    expect(Buffer.from(r.series[0]!.samples![0]!.rawProfile!).equals(heap)).to.equal(true);
    expect(labels(r)).to.include({ __name__: 'memory', service_name: 'goapp', x: 'y' });
  });

  it('names a mutex profile from sample_type_config display names but keeps its sample types (as Pyroscope v1)', () => {
    const st = new StringTable();
    const mutex = new Profile({
      stringTable: st,
      sampleType: [{ type: st.dedup('contentions'), unit: st.dedup('count') }, { type: st.dedup('delay'), unit: st.dedup('nanoseconds') }],
      periodType: { type: st.dedup('contentions'), unit: st.dedup('count') },
      period: 1,
      timeNanos: NOW * 1e6,
      function: [{ id: 1, name: st.dedup('sync.(*Mutex).Lock') }],
      location: [{ id: 1, line: [{ functionId: 1 }] }],
      sample: [{ locationId: [1], value: [3, 4000] }],
    }).encode();
    const config = { contentions: { 'display-name': 'mutex_count', units: 'lock_samples' }, delay: { 'display-name': 'mutex_duration', units: 'lock_nanoseconds' } };
    const r = parseIngestRequest(q('name=goapp.mutex_count'), 'multipart/form-data; boundary=b', multipartBody('b', zlib.gzipSync(mutex), config), NOW);
    expect(labels(r)['__name__']).to.equal('mutex');
    const [p] = normalizePush('t', r, noTimeWindow, NOW);
    expect(p!.seriesLabels.map((ls) => labelsOf(ls)['__profile_type__'])).to.deep.equal(['mutex:contentions:count:contentions:count', 'mutex:delay:nanoseconds:contentions:count']);
  });

  it('accepts an empty label list and a trailing comma in name=, as Pyroscope does', () => {
    expect(labels(parseIngestRequest(q(`name=${encodeURIComponent('app{}')}`), 'text/plain', Buffer.from('a 1'), NOW))['service_name']).to.equal('app');
    expect(labels(parseIngestRequest(q(`name=${encodeURIComponent('app{env=prod,}')}`), 'text/plain', Buffer.from('a 1'), NOW))['env']).to.equal('prod');
  });

  it('fixes .NET dashed sample types (dotnetspy) and stamps a pprof without a usable time with `from`', () => {
    const r = parseIngestRequest(q('name=dotnet-app&format=pprof&spyName=dotnetspy'), 'application/octet-stream', raw('dotnet-pprof-3.pb.gz'), NOW);
    const p = profileOf(r);
    expect(p.sampleTypes.map((t) => p.strings[t.type])).to.deep.equal(['cpu', 'exception', 'alloc_samples', 'alloc_size', 'lock_count', 'lock_time']);
    const py = profileOf(parseIngestRequest(q('name=py&format=pprof&spyName=pyspy&from=1700000000'), 'application/octet-stream', raw('pyspy-1.pb.gz'), NOW));
    expect(py.timeNanos).to.equal(1_700_000_000 * 1e9);
  });

  const bad: Array<[string, () => unknown, RegExp, number?]> = [
    ['an empty body', () => parseIngestRequest(q('name=app&format=pprof'), 'application/octet-stream', Buffer.alloc(0), NOW), /empty body/],
    ['a missing name', () => parseIngestRequest(q('format=folded'), 'text/plain', Buffer.from('a 1'), NOW), /"name" is required/],
    ['a huge name', () => parseIngestRequest(q(`name=${'a'.repeat(70_000)}`), 'text/plain', Buffer.from('a 1'), NOW), /70000 characters long: limit 65536/],
    ['an unclosed label list', () => parseIngestRequest(q('name=app{env=prod'), 'text/plain', Buffer.from('a 1'), NOW), /unclosed label list/],
    ['a label that is not key=value', () => parseIngestRequest(q('name=app{env}'), 'text/plain', Buffer.from('a 1'), NOW), /label "env" in "name" is not key=value/],
    ['text after the closing brace of the labels', () => parseIngestRequest(q(`name=${encodeURIComponent('app{a=b}}')}`), 'text/plain', Buffer.from('a 1'), NOW), /has "}" after the "}" that closes its label list/],
    ['a brace inside the labels', () => parseIngestRequest(q(`name=${encodeURIComponent('app{a={b}')}`), 'text/plain', Buffer.from('a 1'), NOW), /has a "{" inside its label list/],
    ['a label given twice', () => parseIngestRequest(q(`name=${encodeURIComponent('app{env=a, env=b}')}`), 'text/plain', Buffer.from('a 1'), NOW), /label name "env" appears twice/],
    ['a folded count past 2^53-1', () => parseIngestRequest(q('name=app&format=folded'), 'text/plain', Buffer.from('a;b 9007199254740993\n'), NOW), /sample count of 9007199254740993: more than 2\^53-1/],
    ['a folded count in exponent notation', () => parseIngestRequest(q('name=app&format=folded'), 'text/plain', Buffer.from('a;b 1e308\n'), NOW), /does not end with a sample count/],
    ['a from past 2^63 nanoseconds', () => parseIngestRequest(q('name=app&from=99999999999999999999'), 'text/plain', Buffer.from('a 1'), NOW), /"from" is out of range/],
    ['a wrong content type for pprof', () => parseIngestRequest(q('name=app&format=pprof'), 'application/json', raw('go-cpu.pb.gz'), NOW), /content type "application\/json" is not accepted for format=pprof/, 415],
    ['an unsupported format', () => parseIngestRequest(q('name=app&format=jfr'), 'application/octet-stream', Buffer.from('x'), NOW), /format "jfr" is not supported/],
    ['a folded line without a count', () => parseIngestRequest(q('name=app&format=folded'), 'text/plain', Buffer.from('a;b;c\n'), NOW), /folded line 1 does not end with a sample count/],
    ['a bad sampleRate', () => parseIngestRequest(q('name=app&sampleRate=-3'), 'text/plain', Buffer.from('a 1'), NOW), /"sampleRate" must be a non-negative integer/],
    ['a bad from', () => parseIngestRequest(q('name=app&from=yesterday'), 'text/plain', Buffer.from('a 1'), NOW), /"from" must be a Unix time/],
    ['multipart without a profile part', () => parseIngestRequest(q('name=app'), 'multipart/form-data; boundary=b', Buffer.from('--b\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--b--\r\n'), NOW), /no "profile" part/],
    ['multipart with prev_profile (cumulative, as Pyroscope v1 refuses)', () => parseIngestRequest(q('name=app'), 'multipart/form-data; boundary=b', Buffer.concat([Buffer.from('--b\r\nContent-Disposition: form-data; name="profile"\r\n\r\n'), raw('go-cpu.pb.gz'), Buffer.from('\r\n--b\r\nContent-Disposition: form-data; name="prev_profile"\r\n\r\n'), raw('go-cpu.pb.gz'), Buffer.from('\r\n--b--\r\n')]), NOW), /"prev_profile" \(cumulative profiles\) is not supported/],
    ['a truncated multipart body', () => parseIngestRequest(q('name=app'), 'multipart/form-data; boundary=b', Buffer.from('--b\r\nContent-Disposition: form-data; name="profile"\r\n\r\nabc'), NOW), /missing closing boundary/],
  ];
  for (const [what, fn, message, status] of bad) it(`refuses ${what} with a clear message`, () => expectRejected(fn, message, status));
});

describe('/ingest parsing under fuzzing', () => {
  it('random names, formats, content types and bodies either parse or throw ApiError', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('pprof', 'folded', 'lines', 'jfr', ''),
        fc.constantFrom('application/octet-stream', 'text/plain', 'multipart/form-data; boundary=b', 'multipart/form-data', ''),
        fc.uint8Array({ maxLength: 512 }),
        (name, format, contentType, body) => {
          try {
            parseIngestRequest(new URLSearchParams({ name, format }), contentType, Buffer.from(body), NOW);
          } catch (err) {
            if (!(err instanceof ApiError)) throw err;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('normalizePush under fuzzing', () => {
  it('bit-flipped real profiles (with sample labels) either normalize or throw ApiError', () => {
    const sources = ['go.cpu.labels.pprof', 'single_group_with_optional_span_id.pb.gz', 'pyspy-1.pb.gz', 'heap-js.pprof'].map((n) => inflateProfile(raw(n), 1 << 24));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (i, flips) => {
        const b = Uint8Array.from(sources[i]!);
        for (const f of flips) b[f % b.length]! ^= 1 << (f % 8);
        try {
          for (const p of normalizePush('t', pushOf(b), noTimeWindow, NOW)) expect(p.seriesLabels).to.have.length(p.profile.sampleTypes.length);
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
        }
      }),
      { numRuns: 300 },
    );
  });
});
