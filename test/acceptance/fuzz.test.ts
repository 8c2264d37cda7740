// Issue 14: a fuzz target for the push decoders. Random bytes and mutations of real requests (the profiles
// in ../shared/testdata/profiles, wrapped in PushRequests) go through every decoder a push meets: the bounded
// PushRequest decoder (gRPC, Connect proto), its JSON shape check (Connect JSON), gunzip, the pprof decoder
// and normalizePush, and the /ingest parser. Every input must decode or be refused with an ApiError (a client
// error: 4xx), never a throw of another kind; what is decoded stays within the limits (the bound on memory),
// and each run is bounded by the test's timeout (a hang fails it). Then a sample of the same inputs goes
// through a real ingester process over gRPC, Connect and /ingest: each gets an answer that is not a server
// error, and the process stays up with its earlier data intact.
//
// A fixed number of runs with a fixed seed, so `make test` is repeatable: FUZZ_RUNS and FUZZ_SEED change them.
import * as grpcJs from '@grpc/grpc-js';
import { expect } from 'chai';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { push } from '../../ingester/src/gen/index.ts';
import { limitsWith } from '../../ingester/src/ingest/limits.ts';
import { normalizePush } from '../../ingester/src/ingest/normalize.ts';
import { checkPushShape, decodePushRequest } from '../../ingester/src/ingest/push-decoder.ts';
import { parseIngestRequest } from '../../ingester/src/ingest/sdk-ingest.ts';
import { decodeProfile } from '../../ingester/src/pprof/decoder.ts';
import { inflateProfile } from '../../ingester/src/pprof/inflate.ts';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { httpStatusOf } from '../../ingester/src/server/status.ts';
import { ApiError } from '../../ingester/src/util/errors.ts';
import { pprofTotals, profileTypeIds } from '../../ingester/src/storage/testutil.ts';
import { client, startIngester, stopProcess, sumSeries, type IngesterProcess } from '../ingester/harness.ts';
import { connectPushJson, connectPushProto, encodePushRequest, grpcAddressOf, ingestRaw, plain, pushRequest } from './helpers.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? 14);
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ numRuns, seed: SEED, endOnFailure: true });

// Small limits, so that the inputs reach them often and the bounds below are tight.
const limits = limitsWith({
  rejectOlderThanMs: 0, creationGracePeriodMs: 0, maxSeriesPerRequest: 8, maxProfilesPerRequest: 8, maxLabelNamesPerSeries: 6,
  maxProfileStacktraceSamples: 2000, maxProfileStacktraceSampleLabels: 8, maxProfileStacktraceDepth: 64, maxProfileSymbolValueLength: 256,
  maxProfileSizeBytes: 1 << 20,
});

const corpus = loadTestProfiles().filter((p) => p.raw.length < 64 * 1024);
const plains = corpus.map((p) => plain(p.raw));

/** A PushRequest of 1-3 series of real profiles (plain or gzip'd), with labels. */
const realRequest = fc
  .array(fc.record({ profile: fc.nat(corpus.length - 1), gzip: fc.boolean(), service: fc.constantFrom('a', 'b', 'c.d'), extra: fc.nat(7) }), { minLength: 1, maxLength: 3 })
  .map((series) =>
    Buffer.from(
      push.v1.PushRequest.encode({
        series: series.map((s) => ({
          labels: [{ name: 'service_name', value: s.service }, ...Array.from({ length: s.extra }, (_, i) => ({ name: `l${i}`, value: 'v' }))],
          samples: [{ rawProfile: s.gzip ? corpus[s.profile]!.raw : plains[s.profile]!, ID: '' }],
        })),
      }).finish(),
    ),
  );

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'hugeLength'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(0x00, 0x0a, 0x12, 0x1a, 0x7f, 0x80, 0xff) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('hugeLength' as const), at: fc.nat() }),
);

function mutate(input: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let b = Buffer.from(input);
  for (const m of mutations) {
    if (b.length === 0) break;
    const at = m.at % b.length;
    switch (m.op) {
      case 'flip': b[at]! ^= 1 << m.bit; break;
      case 'set': b[at] = m.value; break;
      case 'insert': b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]); break;
      case 'delete': b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]); break;
      case 'duplicate': b = Buffer.concat([b.subarray(0, at + m.length), b.subarray(at, at + m.length), b.subarray(at + m.length)]); break;
      case 'truncate': b = b.subarray(0, at); break;
      // A length prefix of 2^31-ish: "allocate this much" to a careless decoder.
      case 'hugeLength': b = Buffer.concat([b.subarray(0, at), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x07]), b.subarray(at + 1)]); break;
    }
  }
  return b;
}

const mutatedRequest = fc.tuple(realRequest, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([b, ms]) => mutate(b, ms));
const mutatedPprof = fc.tuple(fc.nat(plains.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([i, ms]) => mutate(plains[i]!, ms));
const anyRequestBytes = fc.oneof(mutatedRequest, fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)));

/** Runs `f`; a throw must be an ApiError with a client status (4xx). Returns the value or the error. */
function clientErrorOr<T>(f: () => T): T | ApiError {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof ApiError)) throw new Error(`not an ApiError: ${String(err)}`, { cause: err });
    const status = httpStatusOf(err);
    if (status < 400 || status >= 500) throw new Error(`a server error (${status}) for the client's bytes: ${err.message}`, { cause: err });
    return err;
  }
}

/** What was built stays within the limits: the bound on the memory a push can make the server spend. */
function expectWithinLimits(request: push.v1.PushRequest): void {
  expect(request.series.length).to.be.at.most(limits.maxSeriesPerRequest);
  let profiles = 0;
  for (const s of request.series) {
    expect((s.labels ?? []).length).to.be.at.most(limits.maxLabelNamesPerSeries);
    expect((s.annotations ?? []).length).to.be.at.most(limits.maxLabelNamesPerSeries);
    profiles += (s.samples ?? []).length;
  }
  expect(profiles).to.be.at.most(limits.maxProfilesPerRequest);
}

describe('fuzz: the push decoders decode or refuse with a client error, within bounds', function () {
  this.timeout(300_000);

  it('finds real profiles to mutate', () => {
    expect(corpus.length).to.be.greaterThan(10);
  });

  it(`PushRequest decoder: ${RUNS} random and mutated requests`, () => {
    fc.assert(
      fc.property(anyRequestBytes, (bytes) => {
        const out = clientErrorOr(() => decodePushRequest(bytes, limits));
        if (!(out instanceof ApiError)) expectWithinLimits(out);
      }),
      params(),
    );
  });

  it(`the whole push path (decode, gunzip, pprof, split, validation): ${RUNS} mutated requests`, () => {
    fc.assert(
      fc.property(mutatedRequest, (bytes) => {
        const request = clientErrorOr(() => decodePushRequest(bytes, limits));
        if (request instanceof ApiError) return;
        const profiles = clientErrorOr(() => normalizePush('fuzz', request, limits, Date.now()));
        if (profiles instanceof ApiError) return;
        for (const p of profiles) {
          expect(p.profile.sampleCount).to.be.at.most(limits.maxProfileStacktraceSamples);
          for (let i = 0; i < p.profile.sampleCount; i++) {
            expect(p.profile.locationOffsets[i + 1]! - p.profile.locationOffsets[i]!).to.be.at.most(limits.maxProfileStacktraceDepth);
          }
          for (const s of p.profile.strings) expect(s.length).to.be.at.most(limits.maxProfileSymbolValueLength);
          for (const v of p.profile.values) expect(Number.isSafeInteger(v)).to.equal(true);
        }
      }),
      params(),
    );
  });

  it(`pprof decoder (plain and gzip'd): ${RUNS} mutated profiles`, () => {
    fc.assert(
      fc.property(mutatedPprof, fc.boolean(), (bytes, gzip) => {
        const raw = gzip ? zlib.gzipSync(bytes) : bytes;
        clientErrorOr(() => decodeProfile(inflateProfile(raw, limits.maxProfileSizeBytes), { maxSamples: limits.maxProfileStacktraceSamples, maxSampleLabels: 8, maxDepth: 64 }));
      }),
      params(),
    );
  });

  it(`Connect JSON shape check and conversion: ${RUNS} random JSON values`, () => {
    const series = fc.record({ labels: fc.array(fc.record({ name: fc.string(), value: fc.string() }), { maxLength: 10 }), samples: fc.array(fc.record({ rawProfile: fc.base64String(), ID: fc.string() }), { maxLength: 4 }) }, { requiredKeys: [] });
    const json = fc.oneof(fc.jsonValue(), fc.record({ series: fc.array(fc.oneof(series, fc.jsonValue()), { maxLength: 12 }) }));
    fc.assert(
      fc.property(json, (value) => {
        const out = clientErrorOr(() => {
          checkPushShape(value, limits);
          return value;
        });
        if (out instanceof ApiError) return;
        // What Connect does next (server/connect.ts): fromObject, whose TypeErrors it turns into invalid_argument.
        try {
          expectWithinLimits(push.v1.PushRequest.fromObject(value as Record<string, unknown>));
        } catch (err) {
          if (!(err instanceof Error)) throw err; // any Error here is answered invalid_argument by connect.ts
        }
      }),
      params(),
    );
  });

  it(`/ingest parser: ${RUNS} mutated profiles, names and folded bodies`, () => {
    const name = fc.oneof(fc.string(), fc.constantFrom('app', 'app.cpu{a=b}', 'app{a=b}}', 'app{a=1,a=2}', '{}', 'a{b', 'app{=}'));
    const folded = fc.array(fc.tuple(fc.array(fc.constantFrom('main', 'a', 'b;c', ''), { maxLength: 5 }), fc.oneof(fc.nat(), fc.constantFrom('9007199254740993', '1e308', '-1', '0x10', ''))), { maxLength: 8 })
      .map((lines) => Buffer.from(lines.map(([frames, n]) => `${frames.join(';')} ${n}`).join('\n')));
    fc.assert(
      fc.property(name, fc.oneof(mutatedPprof.map((b) => ({ format: 'pprof', body: b })), folded.map((b) => ({ format: 'folded', body: b }))), (n, { format, body }) => {
        const query = new URLSearchParams({ name: n, format, from: '1700000000', until: '1700000010' });
        const request = clientErrorOr(() => parseIngestRequest(query, format === 'pprof' ? 'application/octet-stream' : 'text/plain', body, Date.now(), limits));
        if (!(request instanceof ApiError)) clientErrorOr(() => normalizePush('fuzz', request, limits, Date.now()));
      }),
      params(),
    );
  });
});

describe('fuzz: a real ingester answers mutated pushes with client errors and keeps its data', function () {
  this.timeout(300_000);
  const SERVER_RUNS = Math.max(10, Math.floor(RUNS / 10));
  const good = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!;
  let dir: string;
  let ing: IngesterProcess | undefined;
  let grpcClient: grpcJs.Client | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'acceptance-fuzz-'));
    ing = await startIngester(join(dir, 'data'), join(dir, 'bucket'));
    grpcClient = new grpcJs.Client(grpcAddressOf(ing), grpcJs.credentials.createInsecure());
    expect((await connectPushProto(ing.http, encodePushRequest(pushRequest(good.raw, { service_name: 'fuzz-good' }, '')))).status).to.equal(200);
  });
  after(async () => {
    grpcClient?.close();
    await stopProcess(ing);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const grpcPush = (bytes: Buffer): Promise<grpcJs.status> =>
    new Promise((resolve) => {
      const identity = (b: Buffer): Buffer => b;
      grpcClient!.makeUnaryRequest('/push.v1.PusherService/Push', identity, identity, bytes, new grpcJs.Metadata(), { deadline: Date.now() + 60_000 }, (err) => resolve(err ? err.code : grpcJs.status.OK));
    });
  const serverErrors = new Set([grpcJs.status.INTERNAL, grpcJs.status.UNKNOWN, grpcJs.status.UNAVAILABLE, grpcJs.status.DEADLINE_EXCEEDED, grpcJs.status.DATA_LOSS]);

  it(`answers ${SERVER_RUNS} mutated requests over gRPC, Connect (proto, JSON) and /ingest without a server error`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedRequest, mutatedPprof, fc.string({ maxLength: 200 }), async (request, pprof, json) => {
        const code = await grpcPush(request);
        expect(serverErrors.has(code), `gRPC ${grpcJs.status[code]}`).to.equal(false);
        const connect = await connectPushProto(ing!.http, request);
        expect(connect.status, connect.body).to.be.oneOf([200, 400, 413, 415, 429]);
        const asJson = await connectPushJson(ing!.http, json);
        expect(asJson.status, asJson.body).to.be.oneOf([200, 400, 413, 429]);
        const ingest = await ingestRaw(ing!.http, { name: 'fuzz-ingest' }, pprof);
        expect(ingest.status, ingest.body).to.be.oneOf([200, 400, 413, 429]);
      }),
      params(SERVER_RUNS),
    );
    expect(ing!.child.exitCode).to.equal(null);
    expect((await fetch(`${ing!.http}/ready`)).status).to.be.oneOf([200, 503]); // alive; readiness is the ring's
    const typeId = profileTypeIds(good.raw)[0]!;
    expect(sumSeries(await client.selectSeries(ing!.http, typeId, '{service_name="fuzz-good"}'))).to.equal(pprofTotals(good.raw)[0]);
    const errors = ing!.logs.filter((l) => /"level":"error"/.test(l));
    expect(errors, errors.join('\n').slice(0, 2000)).to.deep.equal([]);
  });
});
