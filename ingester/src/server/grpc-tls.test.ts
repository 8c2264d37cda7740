import { expect } from 'chai';
import * as grpc from '@grpc/grpc-js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { push, type types } from '../gen/index.ts';
import type { IngesterApi, PushApi } from '../model/api.ts';
import { ApiError } from '../util/errors.ts';
import { silentLogger } from '../util/log.ts';
import { createGrpcClient, GrpcServer } from './grpc.ts';
import { INGESTER_SERVICE, PUSHER_SERVICE } from './service-table.ts';
import { registerServices } from './services.ts';

describe('gRPC with TLS credentials', () => {
  let dir: string;
  let cert: Buffer;
  let key: Buffer;
  let server: GrpcServer;
  const tenants: string[] = [];

  before(async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grpc-tls-'));
    // A self-signed EC certificate for 127.0.0.1, made by the real openssl.
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    cert = fs.readFileSync(path.join(dir, 'cert.pem'));
    key = fs.readFileSync(path.join(dir, 'key.pem'));
    const pusher: PushApi = { push: async (ctx) => void tenants.push(ctx.tenant) };
    server = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => false, credentials: grpc.ServerCredentials.createSsl(null, [{ private_key: key, cert_chain: cert }]) });
    const ingester = { labelNames: async () => ({ names: ['over_tls'] }) } as unknown as IngesterApi;
    registerServices({ grpc: server }, { pusher, ingester }, { multiTenancy: () => false });
    await server.start();
  });
  after(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a client given the CA pushes over TLS without any change to its calls', async () => {
    const client = createGrpcClient(PUSHER_SERVICE, `localhost:${server.port}`, { tls: { ca: cert }, defaultDeadlineMs: 10_000 });
    try {
      await client.call('Push', push.v1.PushRequest.create({ series: [] }), { tenant: 'secure' });
      expect(tenants).to.deep.equal(['secure']);
    } finally {
      client.close();
    }
  });

  it('a querier\'s client reads over TLS on its CallStream', async () => {
    const client = createGrpcClient(INGESTER_SERVICE, `localhost:${server.port}`, { tls: { ca: cert }, defaultDeadlineMs: 10_000, callStream: {} });
    const streams = server.callStreams!.served;
    try {
      const answer = await client.call<types.v1.LabelNamesResponse>('LabelNames', {});
      expect(answer.names).to.deep.equal(['over_tls']);
      expect(server.callStreams!.served - streams).to.equal(1);
    } finally {
      client.close();
    }
  });

  it('a plaintext client cannot talk to the TLS server (UNAVAILABLE, as an ApiError)', async () => {
    const client = createGrpcClient(PUSHER_SERVICE, server.address, { defaultDeadlineMs: 3000 });
    try {
      const err = await client.call('Push', push.v1.PushRequest.create({ series: [] })).then(() => undefined, (e: unknown) => e);
      expect(err).to.be.instanceOf(ApiError);
      expect(['unavailable', 'deadline_exceeded']).to.include((err as ApiError).code);
    } finally {
      client.close();
    }
  });
});
