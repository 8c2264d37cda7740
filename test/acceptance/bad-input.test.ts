// Issue #2 acceptance: bad input against a real ingester process. Good data goes in first; then each bad
// input, over Connect, /ingest and gRPC where it applies, gets its clear error (status and a message naming
// the problem or the limit), and afterwards the process still serves, takes a good push, holds the earlier
// data unchanged, and did not balloon in memory on the gzip bomb.
import * as grpcJs from '@grpc/grpc-js';
import { expect } from 'chai';
import { Label, Profile, Sample } from 'pprof-format';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { push } from '../../ingester/src/gen/index.ts';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import type { GrpcClient } from '../../ingester/src/server/grpc.ts';
import { ApiError } from '../../ingester/src/util/errors.ts';
import { pprofTotals, profileTypeIds } from '../../ingester/src/storage/testutil.ts';
import { client, startIngester, stopProcess, sumSeries, type IngesterProcess } from '../ingester/harness.ts';
import {
  connectPushJson, connectPushProto, encodePushRequest, eventually, expectedIngestName, grpcAddressOf, ingestMultipart, ingestRaw, ingestUrl, metricValue, multipartBody, plain, post, pusherClient, pushRequest, type HttpAnswer, type Labels,
} from './helpers.ts';

const MiB = 1024 * 1024;
/** ACCEPTANCE_RUN_KNOWN_BUGS=1 runs the cases skipped for a known ingester bug (they fail until it is fixed). */
const RUN_KNOWN_BUGS = process.env['ACCEPTANCE_RUN_KNOWN_BUGS'] === '1';

/** 1 GiB of zeros as a gzip stream of ~1 MB: 16 concatenated gzip members of 64 MiB each (a valid gzip file). */
async function gzipBomb(): Promise<Buffer> {
  const gz = zlib.createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => gz.once('end', resolve));
  const zeros = Buffer.alloc(MiB);
  for (let i = 0; i < 64; i++) if (!gz.write(zeros)) await new Promise((resolve) => gz.once('drain', resolve));
  gz.end();
  await ended;
  const member = Buffer.concat(out);
  return Buffer.concat(Array.from({ length: 16 }, () => member));
}

/** Deterministic pseudo-random bytes (not starting with the gzip magic). */
function randomBytes(n: number, seed = 42): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  b[0] = 0x0a ^ 0xff; // never 1f 8b
  return b;
}

/** A request that declares a body of `declaredBytes` and sends none of it: the answer can only come before it is read. */
function declareHugeBody(url: string, declaredBytes: number, contentType: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': contentType, 'content-length': String(declaredBytes) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), contentType: String(res.headers['content-type'] ?? '') });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

interface Answer {
  status: number | string;
  message: string;
}

/** `n` empty `series` entries (field 1, length 0: two bytes each), the shape of issue 14's PushRequest bomb. */
function emptySeries(n: number): Buffer {
  const b = Buffer.alloc(2 * n);
  for (let i = 0; i < b.length; i += 2) b[i] = 0x0a;
  return b;
}

/**
 * Sends `message` as the request message itself to a unary gRPC method, optionally gzip'd on the wire (grpc-js
 * message compression), as a client with its own encoder would. The answer's code by its Connect name.
 */
async function rawGrpcCall(address: string, path: string, message: Buffer, gzip = false): Promise<Answer> {
  const identity = (b: Buffer): Buffer => b;
  const client = new grpcJs.Client(address, grpcJs.credentials.createInsecure(), {
    'grpc.max_send_message_length': -1,
    ...(gzip ? { 'grpc.default_compression_algorithm': grpcJs.compressionAlgorithms.gzip } : {}),
  });
  try {
    return await new Promise<Answer>((resolve) => {
      client.makeUnaryRequest(path, identity, identity, message, new grpcJs.Metadata(), { deadline: Date.now() + 120_000 }, (err) => {
        if (!err) resolve({ status: 'ok', message: '' });
        else resolve({ status: grpcJs.status[err.code]!.toLowerCase(), message: err.details });
      });
    });
  } finally {
    client.close();
  }
}

const connectAnswer = (a: HttpAnswer): Answer => {
  try {
    const body = JSON.parse(a.body) as { code?: string; message?: string };
    return { status: a.status, message: `${body.code ?? '?'}: ${body.message ?? ''}` };
  } catch {
    return { status: a.status, message: `(not Connect JSON) ${a.body}` };
  }
};
const plainAnswer = (a: HttpAnswer): Answer => ({ status: a.status, message: a.body });

interface BadCase {
  what: string;
  send: () => Promise<Answer>;
  /** HTTP status, or the gRPC code by its Connect name. */
  status: number | string;
  message: RegExp;
  /** A known bug in the ingester that makes this case fail: the case is skipped and names it. */
  bug?: string;
}

describe('acceptance: bad input to a real ingester gets a clear error and harms nothing', function () {
  this.timeout(60_000);
  const corpus = loadTestProfiles();
  const good = corpus.find((f) => f.name === 'go-cpu.pb.gz')!;
  const goodPlain = plain(good.raw);
  let dir: string;
  let ing: IngesterProcess | undefined;
  let grpc: GrpcClient | undefined;
  let bomb: Buffer;
  let rssBefore = 0;
  const totalsBefore: Record<string, number[]> = {};

  const base = (): string => ing!.http;
  const viaConnect = async (raw: Uint8Array, labels: Labels = { service_name: 'bad' }): Promise<Answer> => connectAnswer(await connectPushProto(base(), encodePushRequest(pushRequest(raw, labels, ''))));
  const viaGrpc = async (raw: Uint8Array, labels: Labels = { service_name: 'bad' }): Promise<Answer> => {
    try {
      await grpc!.call('Push', pushRequest(raw, labels, ''));
      return { status: 'ok', message: '' };
    } catch (err) {
      if (err instanceof ApiError) return { status: err.code, message: err.message };
      throw err;
    }
  };
  const viaIngest = async (body: Uint8Array | string, name = 'bad', contentType?: string): Promise<Answer> => plainAnswer(await ingestRaw(base(), { name }, body, contentType));

  // The good data: one profile over each protocol family, each with its own service.
  const goodServices = { connect: 'good-connect', grpc: 'good-grpc', ingest: 'good-ingest' } as const;
  const goodTypeIds = (service: string): string[] => (service === goodServices.ingest ? profileTypeIds(good.raw, expectedIngestName(['samples', 'cpu'])) : profileTypeIds(good.raw));
  const readTotals = async (service: string): Promise<number[]> => {
    const out: number[] = [];
    for (const typeId of goodTypeIds(service)) {
      out.push(sumSeries(await client.selectSeries(base(), typeId, `{service_name="${service}"}`)));
      out.push(Number((await client.flameGraph(base(), typeId, `{service_name="${service}"}`)).flamegraph!.total));
    }
    return out;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'acceptance-bad-input-'));
    [ing, bomb] = await Promise.all([startIngester(join(dir, 'data'), join(dir, 'bucket'), ['-ingester.ring.min-ready-duration=1s']), gzipBomb()]);
    grpc = pusherClient(ing);
    expect((await connectPushProto(base(), encodePushRequest(pushRequest(good.raw, { service_name: goodServices.connect, __name__: 'process_cpu' }, '')))).status).to.equal(200);
    await grpc.call('Push', pushRequest(good.raw, { service_name: goodServices.grpc, __name__: 'process_cpu' }, ''));
    expect((await ingestMultipart(base(), { name: goodServices.ingest }, good.raw)).status).to.equal(200);
    const totals = pprofTotals(good.raw);
    for (const service of Object.values(goodServices)) {
      totalsBefore[service] = await readTotals(service);
      expect(totalsBefore[service], `${service} reads back the pprof's totals`).to.deep.equal(totals.flatMap((t) => [t, t]));
    }
    rssBefore = await metricValue(base(), 'process_resident_memory_bytes');
    // Ready before the bad inputs, so that being ready afterwards means something.
    await eventually(async () => (await fetch(`${base()}/ready`)).status === 200, '/ready to answer 200', 20_000);
  });
  after(async () => {
    grpc?.close();
    await stopProcess(ing);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const corruptGzip = (): Buffer => {
    const b = Buffer.from(good.raw); // gzip'd: keep the header, scramble the deflate stream
    for (let i = 12; i < b.length - 8; i += 7) b[i] = b[i]! ^ 0x5a;
    return b;
  };
  const truncatedGzip = (): Buffer => Buffer.from(good.raw).subarray(0, Math.floor(good.raw.length / 2));
  const truncatedPprof = (): Buffer => goodPlain.subarray(0, Math.floor(goodPlain.length / 2));
  const tooManySamples = (): Buffer => {
    const p = Profile.decode(goodPlain);
    const first = p.sample[0]!;
    p.sample = Array.from({ length: 16_001 }, () => new Sample({ locationId: first.locationId, value: first.value, label: [] }));
    return Buffer.from(p.encode());
  };
  const manyLabels = (): Labels => Object.fromEntries([['service_name', 'bad-many'], ...Array.from({ length: 10_000 }, (_, i) => [`label_${i}`, 'v'])]);
  const manyLabelsName = (): string => `bad-many{${Array.from({ length: 10_000 }, (_, i) => `k${i}=v`).join(',')}}`;

  /** The good profile with one sample carrying `n` distinct string labels k0..k{n-1}. */
  const sampleWithLabelKeys = (n: number): Buffer => {
    const p = Profile.decode(goodPlain);
    const first = p.sample[0]!;
    const labels = Array.from({ length: n }, (_, i) => new Label({ key: p.stringTable.dedup(`k${i}`), str: p.stringTable.dedup('v') }));
    p.sample = [new Sample({ locationId: first.locationId, value: first.value, label: labels })];
    return Buffer.from(p.encode());
  };
  /** The good profile whose samples carry the given values (one sample type each). */
  const withValues = (values: bigint[]): Buffer => {
    const p = Profile.decode(goodPlain);
    const first = p.sample[0]!;
    p.sample = values.map((v) => new Sample({ locationId: first.locationId, value: first.value.map(() => v), label: [] }));
    return Buffer.from(p.encode());
  };
  const ingestFolded = async (body: string, name = 'bad'): Promise<Answer> => plainAnswer(await ingestRaw(base(), { name, format: 'folded' }, body, 'text/plain'));
  const grpcPushPath = '/push.v1.PusherService/Push';

  const cases: BadCase[] = [
    { what: 'corrupt gzip over Connect', send: () => viaConnect(corruptGzip()), status: 400, message: /invalid_argument: .*malformed gzip/ },
    { what: 'corrupt gzip over /ingest', send: () => viaIngest(corruptGzip()), status: 400, message: /malformed gzip/ },
    { what: 'corrupt gzip over gRPC', send: () => viaGrpc(corruptGzip()), status: 'invalid_argument', message: /malformed gzip/ },
    { what: 'truncated gzip over Connect', send: () => viaConnect(truncatedGzip()), status: 400, message: /malformed gzip: .*end of file/ },
    { what: 'truncated pprof over Connect', send: () => viaConnect(truncatedPprof()), status: 400, message: /invalid_argument: .*malformed pprof/ },
    { what: 'truncated pprof over /ingest', send: () => viaIngest(truncatedPprof()), status: 400, message: /malformed pprof/ },
    { what: 'truncated pprof over gRPC', send: () => viaGrpc(truncatedPprof()), status: 'invalid_argument', message: /malformed pprof/ },
    { what: 'random bytes over Connect', send: () => viaConnect(randomBytes(4096)), status: 400, message: /malformed pprof/ },
    { what: 'random bytes over /ingest', send: () => viaIngest(randomBytes(4096)), status: 400, message: /malformed pprof/ },
    { what: 'random bytes over gRPC', send: () => viaGrpc(randomBytes(4096)), status: 'invalid_argument', message: /malformed pprof/ },
    { what: 'random bytes as the Connect request itself', send: async () => connectAnswer(await connectPushProto(base(), randomBytes(4096))), status: 400, message: /cannot decode push\.v1\.PusherService\/Push request as protobuf/ },
    { what: 'a gzip bomb (1 GiB of zeros) over Connect', send: () => viaConnect(bomb), status: 413, message: /limit max-profile-size-bytes \(4194304 bytes\) exceeded/ },
    { what: 'a gzip bomb over /ingest', send: () => viaIngest(bomb), status: 413, message: /limit max-profile-size-bytes \(4194304 bytes\) exceeded/ },
    { what: 'a gzip bomb over /ingest multipart', send: async () => plainAnswer(await ingestMultipart(base(), { name: 'bad' }, bomb)), status: 413, message: /limit max-profile-size-bytes/ },
    { what: 'a gzip bomb over gRPC', send: () => viaGrpc(bomb), status: 'invalid_argument', message: /limit max-profile-size-bytes \(4194304 bytes\) exceeded/ },
    {
      what: 'a gzip-bombed Connect request body (Content-Encoding: gzip)',
      send: async () => connectAnswer(await connectPushProto(base(), bomb, { 'content-encoding': 'gzip' })),
      status: 413,
      // The limit that applies here is the request body's (16 MiB), not the profile's (4 MiB).
      message: /limit max-request-body-size \(16777216 bytes\) exceeded/,
    },
    { what: '10,000 labels over Connect', send: () => viaConnect(good.raw, manyLabels()), status: 400, message: /10001 label names: limit max-label-names-per-series \(30\) exceeded/ },
    { what: '10,000 labels over gRPC', send: () => viaGrpc(good.raw, manyLabels()), status: 'invalid_argument', message: /limit max-label-names-per-series \(30\) exceeded/ },
    { what: '10,000 labels in the /ingest name', send: () => viaIngest(good.raw, manyLabelsName()), status: 400, message: /query parameter "name" is \d+ characters long: limit 65536 exceeded/ },
    ...['1abc', 'a-b', ''].flatMap((bad): BadCase[] => [
      { what: `label name ${JSON.stringify(bad)} over Connect`, send: () => viaConnect(good.raw, { service_name: 'bad', [bad]: 'x' }), status: 400, message: new RegExp(`label name "${bad}" is invalid: must match`) },
      { what: `label name ${JSON.stringify(bad)} over gRPC`, send: () => viaGrpc(good.raw, { service_name: 'bad', [bad]: 'x' }), status: 'invalid_argument', message: new RegExp(`label name "${bad}" is invalid`) },
      { what: `label name ${JSON.stringify(bad)} over /ingest`, send: () => viaIngest(good.raw, `bad{${bad}=x}`), status: 400, message: new RegExp(`label name "${bad}" is invalid`) },
    ]),
    { what: 'an empty body over Connect', send: async () => connectAnswer(await connectPushProto(base(), new Uint8Array(0))), status: 400, message: /no profiles received/ },
    { what: 'an empty raw_profile over Connect', send: () => viaConnect(new Uint8Array(0)), status: 400, message: /raw_profile is empty/ },
    { what: 'an empty body over /ingest', send: () => viaIngest(new Uint8Array(0)), status: 400, message: /empty body/ },
    { what: 'an empty request over gRPC', send: async () => viaGrpcEmpty(), status: 'invalid_argument', message: /no profiles received/ },
    {
      what: 'a wrong content type over Connect',
      send: async () => connectAnswer(await post(`${base()}/push.v1.PusherService/Push`, encodePushRequest(pushRequest(good.raw, { service_name: 'bad' }, '')), { 'content-type': 'text/html' })),
      status: 415,
      message: /content type "text\/html" is not supported: send application\/proto or application\/json/,
    },
    { what: 'a wrong content type over /ingest', send: () => viaIngest(good.raw, 'bad', 'text/html'), status: 415, message: /content type "text\/html" is not accepted for format=pprof/ },
    { what: 'a 1 MB name over /ingest', send: () => viaIngest(good.raw, 'n'.repeat(1_000_000)), status: 400, message: /query parameter "name" is 1000000 characters long: limit 65536 exceeded/ },
    {
      // Past the server's 1 MiB request-head limit, Node answers before any route runs.
      what: 'a 2 MB name over /ingest (past the request-head limit)',
      send: () => viaIngest(good.raw, 'n'.repeat(2_000_000)),
      status: 431,
      message: /header|request head|limit/i,
    },
    { what: 'a 1 MB service_name over Connect', send: () => viaConnect(good.raw, { service_name: 's'.repeat(1_000_000) }), status: 400, message: /value 1000000 characters long: limit max-length-label-value \(2048\) exceeded/ },
    { what: 'a 1 MB service_name over gRPC', send: () => viaGrpc(good.raw, { service_name: 's'.repeat(1_000_000) }), status: 'invalid_argument', message: /limit max-length-label-value \(2048\) exceeded/ },
    {
      what: 'a body over the size limit over Connect (refused before it is read)',
      send: async () => connectAnswer(await declareHugeBody(`${base()}/push.v1.PusherService/Push`, 100 * MiB, 'application/proto')),
      status: 413,
      message: /request body is 104857600 bytes: limit max-request-body-size \(16777216 bytes\) exceeded/,
    },
    {
      what: 'a body over the size limit over /ingest (refused before it is read)',
      send: async () => plainAnswer(await declareHugeBody(ingestUrl(base(), { name: 'bad' }), 100 * MiB, 'application/octet-stream')),
      status: 413,
      message: /request body is 104857600 bytes: limit max-request-body-size \(\d+ bytes\) exceeded/,
    },
    { what: 'malformed JSON over Connect', send: async () => connectAnswer(await post(`${base()}/push.v1.PusherService/Push`, '{"series": [', { 'content-type': 'application/json' })), status: 400, message: /cannot decode push\.v1\.PusherService\/Push request as JSON/ },
    {
      what: 'a multipart /ingest without a "profile" part',
      send: async () => {
        const { body, contentType } = multipartBody([{ name: 'other', data: good.raw }]);
        return plainAnswer(await post(ingestUrl(base(), { name: 'bad' }), body, { 'content-type': contentType }));
      },
      status: 400,
      message: /multipart body has no "profile" part/,
    },
    {
      what: 'a multipart /ingest with a cumulative "prev_profile"',
      send: async () => {
        const { body, contentType } = multipartBody([{ name: 'profile', data: good.raw }, { name: 'prev_profile', data: good.raw }]);
        return plainAnswer(await post(ingestUrl(base(), { name: 'bad' }), body, { 'content-type': contentType }));
      },
      status: 400,
      message: /"prev_profile" \(cumulative profiles\) is not supported/,
    },
    {
      what: 'a tenant ID with a slash over Connect',
      send: async () => connectAnswer(await connectPushProto(base(), encodePushRequest(pushRequest(good.raw, { service_name: 'bad' }, '')), { 'x-scope-orgid': 'a/b' })),
      status: 400,
      message: /tenant ID "a\/b" has characters outside/,
    },
    {
      // What an SDK does (@pyroscope/nodejs uses fetch): send the whole body, then read the answer. Five
      // times, so that a client that only sometimes sees the 413 fails.
      what: 'a 6 MiB body sent whole by fetch to /ingest, five times',
      send: async () => {
        const answers: Answer[] = [];
        for (let i = 0; i < 5; i++) {
          try {
            answers.push(plainAnswer(await post(ingestUrl(base(), { name: 'bad' }), Buffer.alloc(6 * MiB, 7), { 'content-type': 'application/octet-stream' })));
          } catch (err) {
            const cause = (err as Error).cause as NodeJS.ErrnoException | undefined;
            answers.push({ status: `client error ${cause?.code ?? ''}`, message: `${(err as Error).message}: ${cause?.message ?? ''}` });
          }
        }
        return answers.find((a) => a.status !== 413) ?? answers[0]!;
      },
      status: 413,
      message: /limit max-request-body-size \(\d+ bytes\) exceeded/,
    },
    {
      what: 'a profile with 16,001 samples over Connect',
      send: () => viaConnect(tooManySamples()),
      status: 400,
      message: /more than 16000 samples: limit max-profile-stacktrace-samples \(16000\) exceeded/,
    },
    {
      // One good series and one bad in the same request: the request is refused whole (the good series,
      // bad-mixed-good, is not stored: the final test finds no service starting with "bad").
      what: 'a request whose second series is corrupt, over Connect',
      send: async () => {
        const request = pushRequest(good.raw, { service_name: 'bad-mixed-good' }, '');
        request.series.push(...pushRequest(corruptGzip(), { service_name: 'bad-mixed-bad' }, '').series);
        return connectAnswer(await connectPushProto(base(), encodePushRequest(request)));
      },
      status: 400,
      message: /series 1 sample 0: malformed gzip/,
    },
    { what: 'a raw_profile over the size limit over gRPC', send: () => viaGrpc(randomBytes(5 * MiB)), status: 'invalid_argument', message: /limit max-profile-size-compressed-bytes \(4194304 bytes\) exceeded/ },
    // Issue 14, item 1: grpc-js stops inflating at the same 16 MiB as an HTTP body (it took 64 MiB, and the
    // 66 MB of empty series then decoded to 33 million objects: 4.5 GB and a dead process).
    {
      what: 'a 66 MB PushRequest of 33 million empty series, gzip\'d on the gRPC wire (64 KB)',
      send: () => rawGrpcCall(grpcAddressOf(ing!), grpcPushPath, emptySeries(33_000_000), true),
      status: 'resource_exhausted',
      message: /larger than 16777216/,
    },
    {
      what: 'a 16 MiB PushRequest of 8 million empty series over gRPC (inside the message size)',
      send: () => rawGrpcCall(grpcAddressOf(ing!), grpcPushPath, emptySeries(8 * 1024 * 1024 - 8)),
      status: 'resource_exhausted',
      message: /push request has more than 10000 series: limit max-series-per-request \(10000\) exceeded/,
    },
    // Issue 14, item 3: counted while decoding, so the 8 million series are never built.
    {
      what: 'a 16 KB gzip\'d Connect body inflating to 16 MB of empty series',
      send: async () => connectAnswer(await connectPushProto(base(), zlib.gzipSync(emptySeries(8 * 1024 * 1024 - 8), { level: 9 }), { 'content-encoding': 'gzip' })),
      status: 413,
      message: /resource_exhausted: push request has more than 10000 series: limit max-series-per-request \(10000\) exceeded/,
    },
    {
      what: 'a Connect JSON body of a million empty series',
      send: async () => connectAnswer(await connectPushJson(base(), `{"series":[${'{},'.repeat(1_000_000)}{}]}`)),
      status: 413,
      message: /resource_exhausted: push\.v1\.PusherService\/Push JSON request has 1000002 objects/,
    },
    {
      what: 'a request with 10,001 raw profiles over Connect',
      send: async () => {
        const samples = Array.from({ length: 10_001 }, () => ({ rawProfile: Buffer.from([0]), ID: '' }));
        return connectAnswer(await connectPushProto(base(), encodePushRequest(push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'bad' }], samples }] }))));
      },
      status: 413,
      message: /more than 10000 raw profiles: limit max-profiles-per-request \(10000\) exceeded/,
    },
    // What decoding may build is bounded per request, not only per profile: 8 profiles of 4 KB gzip'd, each
    // 2 million empty locations, took 44 s and 2.1 GB before, and eighty would have taken 20 GB.
    {
      what: 'a request of 8 profiles of 4 KB gzip\'d, each 2 million empty locations',
      send: async () => {
        const amplifier = Buffer.alloc(4 * MiB - 60);
        amplifier.set([0x12, 0x02, 0x0a, 0x00], 0); // one sample, no locations
        for (let i = 4; i < amplifier.length; i += 2) amplifier[i] = 0x22; // empty locations
        const gz = zlib.gzipSync(amplifier, { level: 9 });
        const samples = Array.from({ length: 8 }, () => ({ rawProfile: gz, ID: '' }));
        return connectAnswer(await connectPushProto(base(), encodePushRequest(push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'bad' }], samples }] }))));
      },
      status: 413,
      message: /more than 1000000 strings, mappings, functions, locations and lines: limit max-symbols-per-request \(1000000\) exceeded/,
    },
    {
      what: 'a request of 5 profiles that inflate to 4 MiB each',
      send: async () => {
        const padded = Buffer.alloc(4 * MiB - 64); // one unknown length-delimited field of zeros (skipped by decoders)
        padded.set([0xa2, 0x01, 0xba, 0xff, 0xff, 0x01], 0); // field 20, wire type 2, length 4194234 (the rest)
        const gz = zlib.gzipSync(padded, { level: 9 });
        const samples = Array.from({ length: 5 }, () => ({ rawProfile: gz, ID: '' }));
        return connectAnswer(await connectPushProto(base(), encodePushRequest(push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'bad' }], samples }] }))));
      },
      status: 413,
      message: /series 0 sample 4: the request's profiles inflate past 16777216 bytes together: limit max-uncompressed-bytes-per-request \(16777216 bytes\) exceeded/,
    },
    // Issue 14, item 8: an undecodable gRPC message is the client's fault, not INTERNAL.
    { what: 'random bytes as the gRPC Push request itself', send: () => rawGrpcCall(grpcAddressOf(ing!), grpcPushPath, randomBytes(4096)), status: 'invalid_argument', message: /cannot decode push\.v1\.PusherService\/Push request as protobuf/ },
    {
      what: 'a truncated message to a gRPC query method',
      send: () => rawGrpcCall(grpcAddressOf(ing!), '/querier.v1.QuerierService/LabelNames', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f])),
      status: 'invalid_argument',
      message: /cannot decode querier\.v1\.QuerierService\/LabelNames request as protobuf/,
    },
    // Issue 14, item 2: sample labels are counted as they are read (it took 6.4 s for 40,000 keys).
    { what: 'one sample with 40,000 distinct label keys over Connect', send: () => viaConnect(sampleWithLabelKeys(40_000)), status: 400, message: /sample 0 has more than 100 labels: limit max-profile-stacktrace-sample-labels \(100\) exceeded/ },
    { what: 'one sample with 40,000 distinct label keys over gRPC', send: () => viaGrpc(sampleWithLabelKeys(40_000)), status: 'invalid_argument', message: /limit max-profile-stacktrace-sample-labels \(100\) exceeded/ },
    { what: 'one sample whose 60 labels take its series past 30 label names', send: () => viaConnect(sampleWithLabelKeys(60)), status: 400, message: /series has more than 30 label names once sample 0's labels are added: limit max-label-names-per-series \(30\) exceeded/ },
    // Issue 14, item 7: int64 beyond what a JS number holds exactly is refused, never stored wrapped.
    { what: 'a pprof value of 2^63-1 over Connect', send: () => viaConnect(withValues([2n ** 63n - 1n])), status: 400, message: /sample 0 has value 9223372036854776000 for sample type 0, beyond ±2\^53-1/ },
    { what: 'a pprof value of 2^63-1 over /ingest', send: () => viaIngest(withValues([2n ** 63n - 1n])), status: 400, message: /beyond ±2\^53-1/ },
    { what: 'two pprof values that add up past 2^53 over gRPC', send: () => viaGrpc(withValues([2n ** 52n + 1n, 2n ** 52n + 1n])), status: 'invalid_argument', message: /values of sample type 0 add up beyond 2\^53-1/ },
    { what: 'a folded count of 9007199254740993', send: () => ingestFolded('main;work 9007199254740993\n'), status: 400, message: /folded line 1 has a sample count of 9007199254740993: more than 2\^53-1/ },
    { what: 'a folded count of 1e308', send: () => ingestFolded('main;work 1e308\n'), status: 400, message: /folded line 1 does not end with a sample count: "main;work 1e308"/ },
    { what: 'folded counts whose nanoseconds add up past 2^53', send: () => ingestFolded('main;a 500000000\nmain;b 500000000\n'), status: 400, message: /add up to 10000000000000000: more than 2\^53-1/ },
    // Issue 14, item 8: strict name= parsing.
    { what: 'name=bad{a=b}} over /ingest', send: () => viaIngest(good.raw, 'bad{a=b}}'), status: 400, message: /query parameter "name" has "}" after the "}" that closes its label list/ },
    { what: 'a duplicate label in name= over /ingest', send: () => viaIngest(good.raw, 'bad{a=1,a=2}'), status: 400, message: /label name "a" appears twice in query parameter "name"/ },
  ];

  async function viaGrpcEmpty(): Promise<Answer> {
    try {
      await grpc!.call('Push', {});
      return { status: 'ok', message: '' };
    } catch (err) {
      if (err instanceof ApiError) return { status: err.code, message: err.message };
      throw err;
    }
  }

  for (const c of cases) {
    (c.bug && !RUN_KNOWN_BUGS ? it.skip : it)(`refuses ${c.what} with ${c.status} and a message saying why${c.bug ? ` (skipped: ${c.bug})` : ''}`, async () => {
      const answer = await c.send();
      expect(answer.status, `${c.what}: ${answer.message.slice(0, 300)}`).to.equal(c.status);
      expect(answer.message.slice(0, 2000), `${c.what}: ${answer.message.slice(0, 300)}`).to.match(c.message);
    });
  }

  it('keeps serving afterwards: ready, a new good push reads back, the earlier data is unchanged, and the gzip bomb did not balloon memory', async () => {
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status, await ready.text()).to.equal(200);
    expect((await connectPushProto(base(), encodePushRequest(pushRequest(good.raw, { service_name: 'good-after', __name__: 'process_cpu' }, '')))).status).to.equal(200);
    const totals = pprofTotals(good.raw);
    expect(await readTotals('good-after')).to.deep.equal(totals.flatMap((t) => [t, t]));
    for (const service of Object.values(goodServices)) expect(await readTotals(service), service).to.deep.equal(totalsBefore[service]);
    // Nothing of the refused pushes was stored.
    const services = (await client.labelValues(base(), 'service_name')).names;
    expect(services.filter((s) => s.startsWith('bad'))).to.deep.equal([]);
    // Every refusal was the client's fault: logged as rejected (warn), never as a server error.
    const errors = ing!.logs.filter((l) => /"level":"error"/.test(l));
    expect(errors, errors.join('\n').slice(0, 2000)).to.deep.equal([]);
    expect(ing!.logs.filter((l) => /rejected/.test(l)).length).to.be.greaterThan(cases.length / 2);
    // A sanity bound, not a measurement: inflating stops at 4 MiB, so the RSS cannot grow by anything like 1 GiB.
    const rssAfter = await eventually(() => metricValue(base(), 'process_resident_memory_bytes'), 'the RSS metric', 5_000);
    expect(rssAfter - rssBefore, `RSS ${rssBefore} → ${rssAfter}`).to.be.lessThan(500 * MiB);
  });
});

// Issue 14, item 4: a tenant's active series are limited per ingester; the push that would pass the limit is
// refused whole with 429 (RESOURCE_EXHAUSTED over gRPC) and a message naming the limit, while series already
// active keep taking pushes and other tenants are not affected.
describe('acceptance: a tenant past its series limit gets 429 naming the limit, and nothing else is harmed', function () {
  this.timeout(60_000);
  const good = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!;
  const typeIds = profileTypeIds(good.raw); // go-cpu has two sample types: every service is two series
  let dir: string;
  let ing: IngesterProcess | undefined;
  let grpc: GrpcClient | undefined;
  const base = (): string => ing!.http;
  const pushTo = async (service: string, tenant = 'noisy'): Promise<Answer> =>
    connectAnswer(await connectPushProto(base(), encodePushRequest(pushRequest(good.raw, { service_name: service }, '')), { 'x-scope-orgid': tenant }));

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'acceptance-series-limit-'));
    // One ingester, replication factor 1: the global limit of 10 is 10 on this ingester.
    ing = await startIngester(join(dir, 'data'), join(dir, 'bucket'), ['-ingester.max-global-series-per-tenant=10', '-ingester.ring.replication-factor=1', '-ingester.ring.min-ready-duration=1s']);
    grpc = pusherClient(ing);
  });
  after(async () => {
    grpc?.close();
    await stopProcess(ing);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('takes 10 series, refuses the 11th and 12th over Connect, gRPC and /ingest, keeps the active ones and another tenant writable', async () => {
    for (let i = 0; i < 5; i++) {
      const answer = await pushTo(`svc-${i}`);
      expect(answer.status, `svc-${i}: ${answer.message}`).to.equal(200);
    }
    const refused = await pushTo('svc-5');
    expect(refused.status).to.equal(429);
    expect(refused.message).to.match(/resource_exhausted: tenant noisy has 10 active series on .* and this push adds 2 more: limit max-global-series-per-tenant \(10 across the cluster = 10 on this ingester: 10 \/ 1 healthy ingesters × replication factor 1\) exceeded/);
    let grpcError: unknown;
    await grpc!.call('Push', pushRequest(good.raw, { service_name: 'svc-5' }, ''), { tenant: 'noisy' }).catch((e: unknown) => (grpcError = e));
    expect(grpcError).to.be.instanceOf(ApiError).with.property('code', 'resource_exhausted');
    expect((grpcError as ApiError).message).to.match(/limit max-global-series-per-tenant/);
    const viaIngest = await post(ingestUrl(base(), { name: 'svc-6' }), good.raw, { 'content-type': 'application/octet-stream', 'x-scope-orgid': 'noisy' });
    expect(viaIngest.status, viaIngest.body).to.equal(429);
    expect(viaIngest.body).to.match(/limit max-global-series-per-tenant/);
    // The active series still take pushes (a new profile of svc-0), and another tenant has its own count.
    const again = pushRequest(good.raw, { service_name: 'svc-0' }, 'second-profile');
    expect((await connectPushProto(base(), encodePushRequest(again), { 'x-scope-orgid': 'noisy' })).status).to.equal(200);
    expect((await pushTo('svc-5', 'quiet')).status).to.equal(200);
    // Nothing of the refused pushes was stored; the accepted ones read back.
    const services = (await client.labelValues(base(), 'service_name', 'noisy')).names;
    expect(services).to.deep.equal(['svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4']);
    const totals = pprofTotals(good.raw);
    expect(sumSeries(await client.selectSeries(base(), typeIds[0]!, '{service_name="svc-1"}', 'noisy'))).to.equal(totals[0]);
    expect(sumSeries(await client.selectSeries(base(), typeIds[0]!, '{service_name="svc-0"}', 'noisy'))).to.equal(2 * totals[0]!);
    expect(await metricValue(base(), 'ingester_active_series')).to.be.greaterThan(0);
    await eventually(async () => (await fetch(`${base()}/ready`)).status === 200, 'the ingester to be ready', 20_000);
  });
});
