import { expect } from 'chai';
import * as grpc from '@grpc/grpc-js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { push } from '../../gen/index.ts';
import type { IngesterApi, PushApi, RequestContext } from '../../model/api.ts';
import { emptyRing } from '../../ring/model.ts';
import { GrpcServer } from '../../server/grpc.ts';
import { INGESTER_SERVICE, methodPath, PUSHER_SERVICE } from '../../server/service-table.ts';
import { registerServices } from '../../server/services.ts';
import { ApiError, invalidArgument, rateLimited } from '../../util/errors.ts';
import { silentLogger } from '../../util/log.ts';
import { eventually } from '../../util/eventually.ts';
import { GrpcPushClient, grpcTimeout, IngesterPushClients, type PushClientOptions } from './push-client.ts';

const PUSH = methodPath({ service: INGESTER_SERVICE, method: 'Push' });
const OPTIONS: PushClientOptions = { timeoutMs: 10_000, keepaliveTimeMs: 20_000, keepaliveTimeoutMs: 10_000, stream: false };

interface Received {
  tenant: string;
  request: push.v1.PushRequest;
}

/**
 * A real ingester gRPC server (grpc-js, with the lean paths and PushStream) whose Push records what it got, or
 * answers what `answer` says; only Push is served.
 */
async function startServer(answer: (ctx: RequestContext) => Promise<void> = async () => {}, opts: { port?: number; credentials?: grpc.ServerCredentials } = {}) {
  const received: Received[] = [];
  const pusher: PushApi = {
    push: async (ctx, request) => {
      received.push({ tenant: ctx.tenant, request });
      await answer(ctx);
    },
  };
  const server = new GrpcServer({ port: opts.port ?? 0, logger: silentLogger(), multiTenancy: () => true, ...(opts.credentials ? { credentials: opts.credentials } : {}) });
  registerServices({ grpc: server }, { ingester: pusher as IngesterApi }, { multiTenancy: () => true });
  await server.start();
  return { server, received };
}

const encoded = (service: string): Uint8Array =>
  push.v1.PushRequest.encode({ series: [{ labels: [{ name: 'service_name', value: service }], samples: [{ rawProfile: Buffer.from([1, 2, 3]), ID: 'id-1' }] }] }).finish();

/** The service name, sample ID and raw profile of the one profile a received push holds. */
const sent = (r: Received) => {
  const series = r.request.series[0];
  const sample = series?.samples?.[0];
  return { service: series?.labels?.[0]?.value, id: sample?.ID, raw: Buffer.from(sample?.rawProfile ?? []) };
};

const failure = (p: Promise<unknown>): Promise<ApiError> => p.then(() => expect.fail('expected the push to fail'), (err: unknown) => err as ApiError);

for (const stream of [false, true]) describe(`the distributor's push client (${stream ? 'PushStream' : 'gRPC unary'} over node:http2)`, () => {
  let clients: GrpcPushClient[] = [];
  let servers: GrpcServer[] = [];
  const client = (address: string, o: Partial<PushClientOptions> = {}): GrpcPushClient => {
    const c = new GrpcPushClient(address, PUSH, { ...OPTIONS, stream, ...o });
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    for (const c of clients) c.close();
    await Promise.all(servers.map((s) => s.stop()));
    clients = [];
    servers = [];
  });

  it('delivers the encoded request as sent, with the tenant, to a grpc-js server, several calls on one connection', async () => {
    const { server, received } = await startServer();
    servers.push(server);
    const c = client(server.address);
    await Promise.all([c.push('team-a', encoded('one')), c.push('team-b', encoded('two'))]);
    await c.push('team-a', encoded('three'));
    expect(received.map((r) => [r.tenant, sent(r).service, sent(r).id])).to.have.deep.members([
      ['team-a', 'one', 'id-1'], ['team-b', 'two', 'id-1'], ['team-a', 'three', 'id-1'],
    ]);
    expect(received.map((r) => sent(r).raw)).to.deep.equal([1, 2, 3].map(() => Buffer.from([1, 2, 3])));
    expect(c.streaming).to.equal(stream);
    expect(server.pushStreams!.served, 'PushStreams opened').to.equal(stream ? 1 : 0);
  });

  it('a request given as several encoded requests arrives as one PushRequest holding all their series', async () => {
    const { server, received } = await startServer();
    servers.push(server);
    await client(server.address).push('t', [encoded('one'), encoded('two'), encoded('three')]);
    expect(received).to.have.length(1);
    expect(received[0]!.request.series.map((s) => s.labels?.[0]?.value)).to.deep.equal(['one', 'two', 'three']);
  });

  it('answers an ingester\'s refusal with the ingester\'s code and message', async () => {
    const { server } = await startServer(async (ctx) => {
      if (ctx.tenant === 'bad') throw invalidArgument('series 0 sample 0: malformed pprof: 100% broken');
      throw rateLimited('tenant limited has too many series');
    });
    servers.push(server);
    const c = client(server.address);
    const bad = await failure(c.push('bad', encoded('x')));
    expect(bad).to.be.instanceOf(ApiError);
    expect(bad.code).to.equal('invalid_argument');
    expect(bad.message).to.contain('malformed pprof: 100% broken').and.contain(server.address);
    const limited = await failure(c.push('limited', encoded('x')));
    expect(limited.code).to.equal('resource_exhausted');
    expect(limited.message).to.contain('too many series');
  });

  it('fails as unavailable while nothing listens, and connects again once the ingester is back on its address', async () => {
    const first = await startServer();
    const port = first.server.port;
    const c = client(first.server.address);
    await c.push('t', encoded('before'));
    await first.server.stop();
    expect((await failure(c.push('t', encoded('down')))).code).to.equal('unavailable');
    const again = await startServer(async () => {}, { port });
    servers.push(again.server);
    await c.push('t', encoded('after'));
    expect(again.received.map((r) => sent(r).service)).to.deep.equal(['after']);
  });

  it('a call the ingester does not answer within the deadline fails with deadline_exceeded', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { server } = await startServer(() => held);
    servers.push(server);
    try {
      const err = await failure(client(server.address, { timeoutMs: 300 }).push('t', encoded('slow')));
      expect(err.code).to.equal('deadline_exceeded');
    } finally {
      release();
    }
  });

  it('pushes over TLS to an ingester whose certificate the CA verifies, under the configured server name', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'push-client-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=ingester', '-addext', 'subjectAltName=DNS:ingester.example', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
      const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
      const key = fs.readFileSync(path.join(dir, 'key.pem'));
      const { server, received } = await startServer(async () => {}, { credentials: grpc.ServerCredentials.createSsl(null, [{ private_key: key, cert_chain: cert }]) });
      servers.push(server);
      await client(server.address, { tls: { ca: cert, serverName: 'ingester.example' } }).push('secure', encoded('tls'));
      expect(received.map((r) => r.tenant)).to.deep.equal(['secure']);
      const plaintext = await failure(client(server.address, { timeoutMs: 3000 }).push('t', encoded('x')));
      expect(['unavailable', 'deadline_exceeded']).to.include(plaintext.code);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closes the client of an address that left the ring', async () => {
    const pool = new IngesterPushClients(PUSH, { ...OPTIONS, stream });
    const a = pool.get('127.0.0.1:1');
    expect(pool.get('127.0.0.1:1')).to.equal(a);
    pool.prune(emptyRing());
    expect((await failure(a.push('t', encoded('x')))).code).to.equal('unavailable');
    expect(pool.get('127.0.0.1:1')).to.not.equal(a);
    pool.close();
  });

  it('lets a call in flight finish when its address leaves the ring (the client closes gently)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { server, received } = await startServer(() => held);
    servers.push(server);
    const pool = new IngesterPushClients(PUSH, { ...OPTIONS, stream });
    const inFlight = pool.get(server.address).push('t', encoded('leaving'));
    await eventually('the call to reach the ingester', () => received.length === 1);
    pool.prune(emptyRing()); // the ingester left the ring while the push was in flight
    release();
    await inFlight;
    pool.close();
  });

  it('states its deadline in at most 8 digits, as the protocol allows', () => {
    expect([grpcTimeout(10_000), grpcTimeout(0.5), grpcTimeout(99_999_999), grpcTimeout(100_000_000), grpcTimeout(1e15)]).to.deep.equal(['10000m', '1m', '99999999m', '100000S', '99999999S']);
  });

  if (!stream) describe('a call the server never processed (gRFC A6 transparent retry, as grpc-js does)', () => {
    /** Answers a gRPC call with status 0 once its request is read (PROTOCOL-HTTP2.md: headers, trailers). */
    function answerGrpcOk(stream: http2.ServerHttp2Stream): void {
      stream.on('data', () => {});
      stream.on('end', () => {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
        stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
        stream.end();
      });
    }

    /** A plain HTTP/2 server that resets its first `refuse` streams with `code`, then answers gRPC OK. */
    async function resettingServer(refuse: number, code: number) {
      const server = http2.createServer();
      let streams = 0;
      server.on('stream', (stream) => {
        streams++;
        stream.on('error', () => {}); // the server side of a reset stream reports its own reset
        if (streams <= refuse) return stream.close(code);
        answerGrpcOk(stream);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return { address: `127.0.0.1:${(server.address() as AddressInfo).port}`, streams: () => streams, close: () => new Promise((r) => server.close(r)) };
    }

    it('sends a call refused unprocessed (REFUSED_STREAM, as for streams above a GOAWAY) once more, and it succeeds', async () => {
      const s = await resettingServer(1, http2.constants.NGHTTP2_REFUSED_STREAM);
      const c = client(s.address);
      try {
        await c.push('t', encoded('svc'));
        expect(s.streams()).to.equal(2);
      } finally {
        c.close(); // the server's close waits for its sessions
        await s.close();
      }
    });

    it('sends once more a call above the last stream ID of the GOAWAY of a server going away, and it succeeds', async () => {
      const server = http2.createServer();
      let sessions = 0;
      let streams = 0;
      server.on('session', (session) => {
        // The first connection goes away having processed no stream (last stream ID 0), then closes (as a
        // server's forced shutdown does): the client's stream, sent meanwhile, is above that ID.
        if (++sessions > 1) return;
        session.goaway(http2.constants.NGHTTP2_NO_ERROR, 0);
        setTimeout(() => session.destroy(), 50);
      });
      server.on('stream', (stream) => {
        streams++;
        stream.on('error', () => {});
        answerGrpcOk(stream);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const c = client(`127.0.0.1:${(server.address() as AddressInfo).port}`);
      try {
        await c.push('t', encoded('svc'));
        expect(sessions, 'connections').to.equal(2);
        expect(streams, 'calls the server took').to.equal(1);
      } finally {
        c.close();
        await new Promise((r) => server.close(r));
      }
    });

    it('does not send again a call the server may have processed (reset with another code), nor one refused twice', async () => {
      const internal = await resettingServer(1, http2.constants.NGHTTP2_INTERNAL_ERROR);
      const twice = await resettingServer(2, http2.constants.NGHTTP2_REFUSED_STREAM);
      const [ci, ct] = [client(internal.address), client(twice.address)];
      try {
        expect((await failure(ci.push('t', encoded('svc')))).code).to.equal('unavailable');
        expect(internal.streams()).to.equal(1);
        expect((await failure(ct.push('t', encoded('svc')))).code).to.equal('unavailable');
        expect(twice.streams()).to.equal(2);
      } finally {
        ci.close();
        ct.close();
        await internal.close();
        await twice.close();
      }
    });
  });
});
