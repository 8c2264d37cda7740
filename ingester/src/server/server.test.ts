import { expect } from 'chai';
import * as grpc from '@grpc/grpc-js';
import net from 'node:net';
import zlib from 'node:zlib';
import { Profile } from 'pprof-format';
import { Registry } from 'prom-client';
import { push } from '../gen/index.ts';
import type { PushApi, RequestContext } from '../model/api.ts';
import { ApiError, invalidArgument } from '../util/errors.ts';
import { ManualClock } from '../util/clock.ts';
import { silentLogger } from '../util/log.ts';
import { limitsWith } from '../ingest/limits.ts';
import { decodeProfile } from '../pprof/decoder.ts';
import { inflateProfile } from '../pprof/inflate.ts';
import { loadTestProfiles } from '../pprof/testdata.ts';
import { connectNotFound } from './connect.ts';
import { createGrpcClient, GrpcServer } from './grpc.ts';
import { HttpServer, type Readiness } from './http.ts';
import { registerIngestRoute } from './ingest-route.ts';
import { PUSHER_SERVICE } from './service-table.ts';
import { registerServices } from './services.ts';
// The real SDK's uploader (not in the package's export map, so imported by path).
import { PyroscopeApiExporter } from '../../../node_modules/@pyroscope/nodejs/dist/esm/pyroscope-api-exporter.js';

/** A PushApi that records calls and fails when told to. */
function recordingPusher(): PushApi & { calls: Array<{ ctx: RequestContext; request: push.v1.PushRequest }>; failWith?: Error } {
  const p = {
    calls: [] as Array<{ ctx: RequestContext; request: push.v1.PushRequest }>,
    failWith: undefined as Error | undefined,
    async push(ctx: RequestContext, request: push.v1.PushRequest): Promise<void> {
      if (p.failWith) throw p.failWith;
      p.calls.push({ ctx, request });
    },
  };
  return p;
}

const profiles = loadTestProfiles();
const goCpu = profiles.find((p) => p.name === 'go-cpu.pb.gz')!.raw;

describe('server plumbing over real sockets', () => {
  let httpServer: HttpServer;
  let grpcServer: GrpcServer;
  let pusher: ReturnType<typeof recordingPusher>;
  let multiTenancy = false;
  let readiness: Readiness = { ok: true };
  const registry = new Registry();

  before(async () => {
    pusher = recordingPusher();
    httpServer = new HttpServer({ port: 0, registry, logger: silentLogger(), ready: () => readiness, maxBodyBytes: 1024 * 1024, notFound: connectNotFound });
    grpcServer = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => multiTenancy });
    registerServices({ http: httpServer, grpc: grpcServer }, { pusher }, { multiTenancy: () => multiTenancy });
    registerIngestRoute(httpServer, { pusher, limits: () => limitsWith(), multiTenancy: () => multiTenancy, clock: new ManualClock() });
    await httpServer.start();
    await grpcServer.start();
  });
  after(async () => {
    await httpServer.stop();
    await grpcServer.stop();
  });
  beforeEach(() => {
    pusher.calls.length = 0;
    pusher.failWith = undefined;
    multiTenancy = false;
  });

  const request = (): push.v1.PushRequest =>
    push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'svc' }, { name: '__name__', value: 'process_cpu' }], samples: [{ rawProfile: goCpu, ID: 'id-1' }] }] });
  const url = (path: string): string => `${httpServer.address}${path}`;
  const PUSH_PATH = '/push.v1.PusherService/Push';

  describe('Connect', () => {
    it('accepts a push as application/proto and hands the decoded request to the PushApi', async () => {
      const res = await fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto', 'connect-protocol-version': '1', 'x-scope-orgid': 'team-a' }, body: push.v1.PushRequest.encode(request()).finish() });
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.equal('application/proto');
      expect(pusher.calls).to.have.length(1);
      expect(pusher.calls[0]!.ctx.tenant).to.equal('team-a');
      const sample = pusher.calls[0]!.request.series[0]!.samples![0]!;
      expect(Buffer.from(sample.rawProfile!).equals(goCpu)).to.equal(true);
      expect(sample.ID).to.equal('id-1');
    });

    it('accepts the same push as proto3 JSON (bytes as base64, snake_case or camelCase names)', async () => {
      const body = { series: [{ labels: [{ name: 'service_name', value: 'svc' }], samples: [{ raw_profile: goCpu.toString('base64'), ID: 'id-2' }] }] };
      const res = await fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({});
      expect(pusher.calls[0]!.ctx.tenant).to.equal('anonymous');
      expect(Buffer.from(pusher.calls[0]!.request.series[0]!.samples![0]!.rawProfile!).equals(goCpu)).to.equal(true);
    });

    it('inflates a gzip request body (Content-Encoding: gzip)', async () => {
      const res = await fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto', 'content-encoding': 'gzip' }, body: zlib.gzipSync(push.v1.PushRequest.encode(request()).finish()) });
      expect(res.status).to.equal(200);
      expect(pusher.calls).to.have.length(1);
    });

    const errorCases: Array<[string, () => Promise<Response>, number, string, RegExp]> = [
      ['a malformed protobuf body is invalid_argument (400)', () => fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto' }, body: Buffer.from([0x0a, 0xff, 0xff]) }), 400, 'invalid_argument', /cannot decode push.v1.PusherService\/Push request as protobuf/],
      ['malformed JSON is invalid_argument (400)', () => fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"series": [' }), 400, 'invalid_argument', /as JSON/],
      ['a wrong content type is refused with 415', () => fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }), 415, 'invalid_argument', /application\/proto or application\/json/],
      ['an unknown method is 404 unimplemented', () => fetch(url('/push.v1.PusherService/Nope'), { method: 'POST', headers: { 'content-type': 'application/proto' }, body: '' }), 404, 'unimplemented', /not implemented/],
      ['a bad Connect-Protocol-Version is invalid_argument', () => fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto', 'connect-protocol-version': '2' }, body: '' }), 400, 'invalid_argument', /Connect-Protocol-Version/],
      ['an invalid tenant ID is invalid_argument', () => fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto', 'x-scope-orgid': 'bad tenant/../' }, body: '' }), 400, 'invalid_argument', /tenant ID "bad tenant\/..\/" has characters outside/],
      // 2 MiB of zeros gzip to ~2 KiB: within the 1 MiB body limit compressed, past it inflated.
      ['a gzip body that inflates past the request body limit is 413 naming that limit', () => fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto', 'content-encoding': 'gzip' }, body: zlib.gzipSync(Buffer.alloc(2 * 1024 * 1024)) }), 413, 'invalid_argument', /inflates past 1048576 bytes: limit max-request-body-size \(1048576 bytes\) exceeded/],
      ['a corrupt gzip body is invalid_argument', () => fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto', 'content-encoding': 'gzip' }, body: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad]) }), 400, 'invalid_argument', /malformed gzip/],
    ];
    for (const [what, send, status, code, message] of errorCases) {
      it(what, async () => {
        const res = await send();
        expect(res.status).to.equal(status);
        const body = (await res.json()) as { code: string; message: string };
        expect(body.code).to.equal(code);
        expect(body.message).to.match(message);
        expect(pusher.calls).to.have.length(0);
      });
    }

    it('passes the PushApi error through with its status: 429 resource_exhausted', async () => {
      pusher.failWith = new ApiError('resource_exhausted', 'push rate limit exceeded', 429);
      const res = await fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto' }, body: push.v1.PushRequest.encode(request()).finish() });
      expect(res.status).to.equal(429);
      expect(await res.json()).to.deep.equal({ code: 'resource_exhausted', message: 'push rate limit exceeded' });
    });

    it('hides the detail of unexpected errors behind 500 internal', async () => {
      pusher.failWith = new Error('disk on fire at /var/lib/secret');
      const res = await fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto' }, body: push.v1.PushRequest.encode(request()).finish() });
      expect(res.status).to.equal(500);
      expect(await res.json()).to.deep.equal({ code: 'internal', message: 'internal error' });
    });

    it('requires X-Scope-OrgID when multi-tenancy is on (401 unauthenticated)', async () => {
      multiTenancy = true;
      const res = await fetch(url(PUSH_PATH), { method: 'POST', headers: { 'content-type': 'application/proto' }, body: push.v1.PushRequest.encode(request()).finish() });
      expect(res.status).to.equal(401);
      expect(((await res.json()) as { code: string }).code).to.equal('unauthenticated');
    });

    it('answers 413 from the declared length, before the body is sent', async () => {
      const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const socket = net.connect(httpServer.port, '127.0.0.1', () => {
          // Only the head and 10 bytes of a declared 50 MB body: the answer must come anyway.
          socket.write(`POST /push.v1.PusherService/Push HTTP/1.1\r\nHost: x\r\nContent-Type: application/proto\r\nContent-Length: 50000000\r\n\r\n0123456789`);
        });
        let data = '';
        socket.on('data', (d) => {
          data += d.toString();
          const m = /^HTTP\/1.1 (\d+)[\s\S]*?\r\n\r\n([\s\S]*)$/.exec(data);
          if (m && m[2]!.includes('}')) {
            socket.destroy();
            resolve({ status: Number(m[1]), body: m[2]! });
          }
        });
        socket.on('error', reject);
      });
      expect(response.status).to.equal(413);
      expect(response.body).to.match(/request body is 50000000 bytes: limit max-request-body-size \(1048576 bytes\) exceeded/);
    });
  });

  describe('gRPC', () => {
    it('round-trips a push through createGrpcClient with the tenant in metadata', async () => {
      const client = createGrpcClient(PUSHER_SERVICE, grpcServer.address, { defaultDeadlineMs: 5000 });
      try {
        await client.call('Push', request(), { tenant: 'team-b' });
        expect(pusher.calls).to.have.length(1);
        expect(pusher.calls[0]!.ctx.tenant).to.equal('team-b');
        expect(pusher.calls[0]!.request.series[0]!.samples![0]!.ID).to.equal('id-1');
      } finally {
        client.close();
      }
    });

    it('maps an invalid_argument ApiError to INVALID_ARGUMENT and back to an ApiError', async () => {
      pusher.failWith = invalidArgument('series has 31 label names: limit max-label-names-per-series (30) exceeded');
      const client = createGrpcClient(PUSHER_SERVICE, grpcServer.address);
      try {
        const err = await client.call('Push', request()).then(() => undefined, (e: unknown) => e);
        expect(err).to.be.instanceOf(ApiError);
        expect((err as ApiError).code).to.equal('invalid_argument');
        expect((err as ApiError).message).to.match(/max-label-names-per-series \(30\)/);
        expect(((err as ApiError).cause as grpc.ServiceError).code).to.equal(grpc.status.INVALID_ARGUMENT);
      } finally {
        client.close();
      }
    });

    it('refuses a missing tenant with UNAUTHENTICATED when multi-tenancy is on', async () => {
      multiTenancy = true;
      const client = createGrpcClient(PUSHER_SERVICE, grpcServer.address);
      try {
        const err = (await client.call('Push', request()).then(() => undefined, (e: unknown) => e)) as ApiError;
        expect(err.code).to.equal('unauthenticated');
      } finally {
        client.close();
      }
    });
  });

  describe('/ingest', () => {
    it('accepts what the real @pyroscope/nodejs SDK uploads (gzip pprof as application/octet-stream)', async () => {
      const wall = Profile.decode(inflateProfile(profiles.find((p) => p.name === 'nodejs-wall.pb.gz')!.raw, 1 << 24));
      const exporter = new PyroscopeApiExporter('checkout{env=prod}', undefined, httpServer.address, { tenantID: 'sdk-tenant' } as never);
      const stoppedAt = new Date();
      await exporter.export({ profile: wall, startedAt: new Date(stoppedAt.getTime() - 10_000), stoppedAt, sampleRate: 100 });
      expect(pusher.calls).to.have.length(1);
      const { ctx, request: req } = pusher.calls[0]!;
      expect(ctx.tenant).to.equal('sdk-tenant');
      const labels = Object.fromEntries(req.series[0]!.labels!.map((l) => [l.name ?? '', l.value ?? '']));
      expect(labels).to.include({ service_name: 'checkout', __name__: 'wall', env: 'prod', pyroscope_spy: 'nodespy' });
      expect(decodeProfile(inflateProfile(req.series[0]!.samples![0]!.rawProfile!, 1 << 24)).sampleCount).to.equal(wall.sample.length);
    });

    it('answers bad input with a clear message and status', async () => {
      const post = (query: string, body: string | Buffer, contentType = 'application/octet-stream'): Promise<Response> =>
        fetch(url(`/ingest?${query}`), { method: 'POST', headers: { 'content-type': contentType }, body });
      let res = await post('name=app&format=pprof', '');
      expect(res.status).to.equal(400);
      expect(await res.text()).to.match(/empty body/);
      res = await post('format=pprof', goCpu);
      expect(res.status).to.equal(400);
      expect(await res.text()).to.match(/"name" is required/);
      res = await post('name=app&format=pprof', goCpu, 'application/json');
      expect(res.status).to.equal(415);
      expect(pusher.calls).to.have.length(0);
    });
  });

  describe('/metrics and /ready', () => {
    it('serves the injected registry on /metrics', async () => {
      const res = await fetch(url('/metrics'));
      expect(res.status).to.equal(200);
      expect(await res.text()).to.match(/http_request_duration_seconds_bucket/);
    });

    it('reports readiness from the injected function: 200, or 503 with the reason', async () => {
      readiness = { ok: true };
      expect((await fetch(url('/ready'))).status).to.equal(200);
      readiness = { ok: false, reason: 'ingester is JOINING, not ACTIVE' };
      const res = await fetch(url('/ready'));
      expect(res.status).to.equal(503);
      expect(await res.text()).to.match(/ingester is JOINING, not ACTIVE/);
      readiness = { ok: true };
    });
  });
});

