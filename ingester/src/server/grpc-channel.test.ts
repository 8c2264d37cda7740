import { expect } from 'chai';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { ingester, types } from '../gen/index.ts';
import type { RequestContext } from '../model/api.ts';
import { ApiError } from '../util/errors.ts';
import { eventually } from '../util/eventually.ts';
import { silentLogger } from '../util/log.ts';
import { GrpcChannel, GrpcStatusError } from './grpc-channel.ts';
import { createGrpcClient, GrpcServer } from './grpc.ts';
import { INGESTER_SERVICE, methodPath, type BoundMethod } from './service-table.ts';

const OPTIONS = { keepaliveTimeMs: 20_000, keepaliveTimeoutMs: 10_000, maxReceiveMessageBytes: 64 * 1024 * 1024 };
const failure = (p: Promise<unknown>): Promise<ApiError> => p.then(() => expect.fail('expected the call to fail'), (err: unknown) => err as ApiError);

describe('the gRPC client over node:http2 (createGrpcClient, as the querier calls ingesters)', () => {
  let server: GrpcServer;
  const seen: RequestContext[] = [];
  let labelNames: (ctx: RequestContext) => Promise<object> = async () => ({ names: ['a', 'b'] });

  before(async () => {
    const method = (name: string, requestType: BoundMethod['requestType'], responseType: BoundMethod['responseType'], handler: BoundMethod['handler']): BoundMethod => ({ service: INGESTER_SERVICE, method: name, requestType, responseType, handler });
    server = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => true });
    server.addMethods([
      method('LabelNames', types.v1.LabelNamesRequest, types.v1.LabelNamesResponse, async (ctx) => {
        seen.push(ctx);
        return labelNames(ctx);
      }),
      method('SelectSeriesDigests', ingester.v1.SeriesDigestsRequest, ingester.v1.SeriesDigestsResponse, async () => ({})),
    ]);
    await server.start();
  });
  after(() => server.stop());
  beforeEach(() => {
    seen.length = 0;
    labelNames = async () => ({ names: ['a', 'b'] });
  });

  it('calls a grpc-js server with the tenant and the deadline, and decodes its answer', async () => {
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    const before = Date.now();
    const answer = await client.call<types.v1.LabelNamesResponse>('LabelNames', {}, { tenant: 'team-a', deadlineMs: 30_000 });
    expect(answer.names).to.deep.equal(['a', 'b']);
    expect(seen[0]!.tenant).to.equal('team-a');
    // grpc-timeout carried the deadline: the handler's is about 30 s after the call began.
    expect(seen[0]!.deadline).to.be.within(before + 29_000, Date.now() + 30_000);
    client.close();
  });

  it('reads an empty answer (a message with no fields) as the empty message', async () => {
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    const answer = await client.call<ingester.v1.SeriesDigestsResponse>('SelectSeriesDigests', {}, { tenant: 't' });
    expect(answer.series).to.deep.equal([]);
    client.close();
  });

  it("answers a server's error with its code and message, percent-decoded, the gRPC status as the cause", async () => {
    labelNames = async () => {
      throw new ApiError('invalid_argument', 'bad selector: 100% {wrong}');
    };
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    const err = await failure(client.call('LabelNames', {}, { tenant: 't' }));
    expect(err.code).to.equal('invalid_argument');
    expect(err.message).to.equal(`ingester.v1.IngesterService/LabelNames at ${server.address}: bad selector: 100% {wrong}`);
    expect((err.cause as GrpcStatusError).code).to.equal(3);
    client.close();
  });

  it('ends a call past its deadline with deadline_exceeded, and the server sees the call end', async () => {
    labelNames = (ctx) => new Promise<object>((resolve) => ctx.signal!.addEventListener('abort', () => resolve({}), { once: true }));
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    const err = await failure(client.call('LabelNames', {}, { tenant: 't', deadlineMs: 200 }));
    expect(err.code).to.equal('deadline_exceeded');
    await eventually("the handler's signal to be aborted", () => seen[0]?.signal?.aborted === true);
    client.close();
  });

  it('refuses an answer larger than the largest message it accepts (RESOURCE_EXHAUSTED, as grpc-js does)', async () => {
    labelNames = async () => ({ names: Array.from({ length: 200 }, (_, i) => `label_${i}`) });
    const channel = new GrpcChannel(server.address, { ...OPTIONS, maxReceiveMessageBytes: 1000 });
    const path = methodPath({ service: INGESTER_SERVICE, method: 'LabelNames' });
    const err = await failure(channel.unary(path, new Uint8Array(0), { tenant: 't' }));
    expect(err.code).to.equal('resource_exhausted');
    expect(err.message).to.match(/larger than max \(\d+ vs\. 1000\)/);
    // The channel still serves calls with smaller answers.
    labelNames = async () => ({ names: ['a'] });
    expect(types.v1.LabelNamesResponse.decode(await channel.unary(path, new Uint8Array(0), { tenant: 't' })).names).to.deep.equal(['a']);
    channel.close();
  });

  it('offers flow-control windows that take a large answer in one go (4 MiB per stream, 16 MiB per connection), and reads it whole', async () => {
    const seenWindows: { stream: number | undefined; connection: number | undefined }[] = [];
    const answer = Buffer.alloc(1024 * 1024, 7);
    const plain = http2.createServer();
    plain.on('stream', (stream) => {
      seenWindows.push({ stream: stream.session?.remoteSettings.initialWindowSize, connection: stream.session?.state.remoteWindowSize });
      const prefix = Buffer.from([0, 0, 0, 0, 0]);
      prefix.writeUInt32BE(answer.length, 1);
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
      stream.write(prefix);
      stream.end(answer);
      stream.resume();
    });
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    const channel = new GrpcChannel(`127.0.0.1:${(plain.address() as AddressInfo).port}`, OPTIONS);
    await channel.unary('/x.Y/Z', new Uint8Array(0)); // the first call connects; the connection window is raised once connected
    const got = await channel.unary('/x.Y/Z', new Uint8Array(0));
    expect(got.equals(answer)).to.equal(true);
    expect(seenWindows[1]!.stream).to.equal(4 * 1024 * 1024);
    expect(seenWindows[1]!.connection).to.be.greaterThan(8 * 1024 * 1024); // less what the first answer took until its WINDOW_UPDATE
    channel.close(0);
    await new Promise((r) => plain.close(r));
  });

  it('fails an answer that is not one gRPC message (internal), naming what it got', async () => {
    const plain = http2.createServer();
    plain.on('stream', (stream) => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
      stream.end(Buffer.from([0, 0, 0, 0, 9, 1, 2])); // declares 9 bytes, holds 2
      stream.resume();
    });
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    const channel = new GrpcChannel(`127.0.0.1:${(plain.address() as AddressInfo).port}`, OPTIONS);
    const err = await failure(channel.unary('/x.Y/Z', new Uint8Array(0)));
    expect(err.code).to.equal('internal');
    expect(err.message).to.match(/holds 2 bytes after its prefix, which declares 9/);
    channel.close(0);
    await new Promise((r) => plain.close(r));
  });
});
