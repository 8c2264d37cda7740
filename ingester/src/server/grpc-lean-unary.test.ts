import { expect } from 'chai';
import * as grpc from '@grpc/grpc-js';
import http2 from 'node:http2';
import { push, types } from '../gen/index.ts';
import type { RequestContext } from '../model/api.ts';
import { ApiError } from '../util/errors.ts';
import { PassThrough } from 'node:stream';
import { createLogger } from '../util/log.ts';
import { GrpcChannel } from './grpc-channel.ts';
import { deadlineOf, percentEncode } from './grpc-lean-unary.ts';
import { createGrpcClient, GrpcServer, serviceDefinition } from './grpc.ts';
import { INGESTER_SERVICE, methodPath, SERVICE_METHODS, type BoundMethod } from './service-table.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

const failure = (p: Promise<unknown>): Promise<ApiError> => p.then(() => expect.fail('expected the call to fail'), (err: unknown) => err as ApiError);

/** A grpc-js client of the ingester service, with gzip-compressed requests when asked. */
function grpcJsCall(address: string, method: string, request: object, o: { gzip?: boolean } = {}): Promise<object> {
  const Ctor = grpc.makeGenericClientConstructor(serviceDefinition(SERVICE_METHODS[INGESTER_SERVICE]!), INGESTER_SERVICE);
  const client = new Ctor(address, grpc.credentials.createInsecure(), o.gzip ? { 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip } : {});
  const def = serviceDefinition(SERVICE_METHODS[INGESTER_SERVICE]!)[method]!;
  const metadata = new grpc.Metadata();
  metadata.set('x-scope-orgid', 'team-g');
  return new Promise<object>((resolve, reject) =>
    client.makeUnaryRequest(def.path, def.requestSerialize, def.responseDeserialize, request, metadata, { deadline: Date.now() + 10_000 }, (err, value) => {
      client.close();
      if (err) reject(err);
      else resolve(value as object);
    }),
  );
}

describe("the gRPC server's lean path for query methods (node:http2, before grpc-js)", () => {
  let server: GrpcServer;
  const seen: RequestContext[] = [];
  const pushes: string[] = [];
  let names: (ctx: RequestContext) => Promise<object> = async () => ({ names: ['x'] });
  // The server's log lines, read back.
  const logLines: string[] = [];
  const logStream = new PassThrough().on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));

  before(async () => {
    const method = (name: string, requestType: BoundMethod['requestType'], responseType: BoundMethod['responseType'], handler: BoundMethod['handler'], extra: Partial<BoundMethod> = {}): BoundMethod => ({ service: INGESTER_SERVICE, method: name, requestType, responseType, handler, ...extra });
    server = new GrpcServer({ port: 0, logger: createLogger('test', { stream: logStream, level: 'warn' }), multiTenancy: () => true, maxReceiveMessageBytes: 4096 });
    server.addMethods([
      method('LabelNames', types.v1.LabelNamesRequest, types.v1.LabelNamesResponse, async (ctx) => {
        seen.push(ctx);
        return names(ctx);
      }),
      // A method with its own decoder (Push) stays on grpc-js's path.
      method('Push', push.v1.PushRequest, push.v1.PushResponse, async (ctx) => {
        pushes.push(ctx.tenant);
        return {};
      }, { decodeRequest: (b) => push.v1.PushRequest.decode(b) }),
    ]);
    await server.start();
  });
  after(() => server.stop());
  beforeEach(() => {
    seen.length = 0;
    names = async () => ({ names: ['x'] });
  });

  it('answers a query method itself, with the tenant and deadline the caller sent', async () => {
    const before = server.leanCalls;
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    const answer = await client.call<types.v1.LabelNamesResponse>('LabelNames', { matchers: ['{a="b"}'] }, { tenant: 'team-l', deadlineMs: 20_000 });
    expect(answer.names).to.deep.equal(['x']);
    expect(server.leanCalls).to.equal(before + 1);
    expect(seen[0]!.tenant).to.equal('team-l');
    expect(seen[0]!.deadline).to.be.within(Date.now() + 18_000, Date.now() + 20_000);
    client.close();
  });

  it('answers a grpc-js client the same (uncompressed), and sends its error status the same way', async () => {
    const before = server.leanCalls;
    expect(await grpcJsCall(server.address, 'LabelNames', {})).to.deep.include({ names: ['x'] });
    names = async () => {
      throw new ApiError('invalid_argument', 'bad matcher: 5% of "é"');
    };
    const err = (await grpcJsCall(server.address, 'LabelNames', {}).catch((e: unknown) => e)) as grpc.ServiceError;
    expect(err.code).to.equal(grpc.status.INVALID_ARGUMENT);
    expect(err.details).to.equal('bad matcher: 5% of "é"');
    expect(server.leanCalls).to.equal(before + 2);
  });

  it('leaves a compressed request to grpc-js, which answers it', async () => {
    const before = server.leanCalls;
    expect(await grpcJsCall(server.address, 'LabelNames', { matchers: ['{a="b"}'] }, { gzip: true })).to.deep.include({ names: ['x'] });
    expect(seen[0]!.tenant).to.equal('team-g');
    expect(server.leanCalls).to.equal(before);
  });

  it('leaves Push (its own bounded decoder) to grpc-js', async () => {
    const before = server.leanCalls;
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    await client.call('Push', { series: [] }, { tenant: 'team-p' });
    expect(pushes).to.deep.equal(['team-p']);
    expect(server.leanCalls).to.equal(before);
    client.close();
  });

  it("refuses a request larger than the server's largest request message with RESOURCE_EXHAUSTED, as grpc-js does", async () => {
    const channel = new GrpcChannel(server.address, { keepaliveTimeMs: 20_000, keepaliveTimeoutMs: 10_000, maxReceiveMessageBytes: 1 << 20 });
    const big = types.v1.LabelNamesRequest.encode({ matchers: ['x'.repeat(10_000)] }).finish();
    const err = await failure(channel.unary(methodPath({ service: INGESTER_SERVICE, method: 'LabelNames' }), big, { tenant: 't' }));
    expect(err.code).to.equal('resource_exhausted');
    expect(err.message).to.match(/Received message larger than max \(\d+ vs\. 4096\)/);
    expect(seen).to.have.length(0);
    channel.close(0);
  });

  it('answers INTERNAL when the handler returns an answer that cannot be encoded, and logs what the encoder said', async () => {
    names = async () => ({ names: [null] });
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    const err = await failure(client.call('LabelNames', {}, { tenant: 't', deadlineMs: 5000 }));
    expect(err.code).to.equal('internal');
    expect(err.message).to.match(/internal error$/);
    const logged = logLines.map((l) => JSON.parse(l) as { message: string; level: string; err?: string; method?: string }).find((l) => l.message === 'grpc answer could not be encoded');
    expect(logged, logLines.join('\n')).to.include({ level: 'error', method: `/${INGESTER_SERVICE}/LabelNames` });
    expect(logged!.err).to.be.a('string').and.not.equal('');
    client.close();
  });

  it("aborts a handler's signal with a TimeoutError when the caller's grpc-timeout passes while it runs (the caller still waiting), and not that of a call answered in time", async () => {
    // A raw HTTP/2 call: no client-side deadline, so only the server's reading of grpc-timeout can abort it.
    const rawCall = async (timeout: string): Promise<{ status: string | undefined; message: string | undefined }> => {
      const session = http2.connect(`http://${server.address}`);
      try {
        const body = types.v1.LabelNamesRequest.encode({}).finish();
        const prefix = Buffer.from([0, 0, 0, 0, body.length]);
        const stream = session.request({ ':method': 'POST', ':path': `/${INGESTER_SERVICE}/LabelNames`, 'content-type': 'application/grpc', te: 'trailers', 'grpc-timeout': timeout, 'x-scope-orgid': 't' });
        stream.end(Buffer.concat([prefix, body]));
        stream.resume();
        return await new Promise((resolve, reject) => {
          let status: string | undefined;
          let message: string | undefined;
          const read = (h: http2.IncomingHttpHeaders): void => {
            if (h['grpc-status'] !== undefined) [status, message] = [String(h['grpc-status']), String(h['grpc-message'] ?? '')];
          };
          stream.on('response', read).on('trailers', read).on('error', reject).on('close', () => resolve({ status, message }));
        });
      } finally {
        session.close();
      }
    };
    const reasons: unknown[] = [];
    names = (ctx) =>
      new Promise((_resolve, reject) =>
        ctx.signal!.addEventListener('abort', () => {
          reasons.push(ctx.signal!.reason);
          reject(ctx.signal!.reason as Error);
        }),
      );
    const late = await rawCall('150m');
    expect(reasons).to.have.length(1);
    expect((reasons[0] as Error).name).to.equal('TimeoutError');
    expect(late.status).to.equal(String(grpc.status.DEADLINE_EXCEEDED));

    const signals: AbortSignalLike[] = [];
    names = async (ctx) => {
      signals.push(ctx.signal!);
      return { names: ['in time'] };
    };
    expect((await rawCall('100m')).status).to.equal('0');
    await new Promise((r) => setTimeout(r, 250));
    expect(signals[0]!.aborted).to.equal(false);
  });

  it('answers a method it does not serve through grpc-js (UNIMPLEMENTED)', async () => {
    const client = createGrpcClient(INGESTER_SERVICE, server.address);
    const err = await failure(client.call('Series', {}, { tenant: 't' }));
    expect(err.code).to.equal('unimplemented');
    client.close();
  });

  it('reads grpc-timeout in every unit grpc-js reads, and percent-encodes grpc-message as the protocol says', () => {
    const now = Date.now();
    expect(deadlineOf('1500m')).to.be.within(now + 1500, Date.now() + 1500);
    expect(deadlineOf('2S')).to.be.within(now + 2000, Date.now() + 2000);
    expect(deadlineOf('1M')).to.be.within(now + 60_000, Date.now() + 60_000);
    expect(deadlineOf('123456789m')).to.equal(undefined); // 9 digits: not a grpc-timeout
    expect(percentEncode('plain text')).to.equal('plain text');
    expect(percentEncode('50% é\n')).to.equal('50%25 %C3%A9%0A');
  });
});
