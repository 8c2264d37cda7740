import * as grpc from '@grpc/grpc-js';
import { expect } from 'chai';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { types } from '../gen/index.ts';
import type { RequestContext } from '../model/api.ts';
import { ApiError } from '../util/errors.ts';
import { eventually } from '../util/eventually.ts';
import { silentLogger } from '../util/log.ts';
import { ANSWER_PART_BYTES, answerMessages, callRequestMessage, readAnswerPart, readCall } from './call-stream-wire.ts';
import { createGrpcClient, GrpcServer, serviceDefinition, type GrpcClient } from './grpc.ts';
import { lengthPrefixed, MessageSplitter } from './push-stream-wire.ts';
import { CALL_STREAM_PATH, INGESTER_SERVICE, methodPath, SERVICE_METHODS, type BoundMethod } from './service-table.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

const failure = (p: Promise<unknown>): Promise<ApiError> => p.then(() => expect.fail('expected the call to fail'), (err: unknown) => err as ApiError);
const spec = (name: string) => SERVICE_METHODS[INGESTER_SERVICE]!.find((m) => m.method === name)!;
/** A handler's work that ends only when its call is aborted, as a real one does. */
const untilAborted = (ctx: RequestContext): Promise<object> => new Promise((_, reject) => ctx.signal?.addEventListener('abort', () => reject(ctx.signal!.reason)));
/** The tenant of the calls (the shared server runs with multi-tenancy). */
const T = { tenant: 't' };
const bound = (name: string, handler: BoundMethod['handler']): BoundMethod => ({ ...spec(name), handler });

describe('CallStream: the querier\'s calls to an ingester on one long-lived stream (grpc-call-stream.ts, call-stream-client.ts)', () => {
  let server: GrpcServer;
  const seen: RequestContext[] = [];
  let labelNames: (ctx: RequestContext, r: types.v1.LabelNamesRequest) => Promise<object>;
  let labelValues: (ctx: RequestContext, r: types.v1.LabelValuesRequest) => Promise<object>;
  const events = { fellBack: 0, resent: 0, failures: [] as (Error | undefined)[] };
  const streamedClient = (address = server.address): GrpcClient =>
    createGrpcClient(INGESTER_SERVICE, address, {
      callStream: {
        fellBackToUnary: () => events.fellBack++,
        resentAsUnary: (_address, calls, failure) => {
          events.resent += calls;
          events.failures.push(failure);
        },
      },
    });

  before(async () => {
    server = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => true });
    server.addMethods([
      bound('LabelNames', async (ctx, r) => {
        seen.push(ctx);
        return labelNames(ctx, r as types.v1.LabelNamesRequest);
      }),
      bound('LabelValues', async (ctx, r) => labelValues(ctx, r as types.v1.LabelValuesRequest)),
    ]);
    await server.start();
  });
  after(() => server.stop());
  beforeEach(() => {
    seen.length = 0;
    events.fellBack = 0;
    events.resent = 0;
    events.failures = [];
    labelNames = async () => ({ names: ['a', 'b'] });
    labelValues = async (_ctx, r) => ({ names: [r.name] });
  });

  it('carries every call on one stream, with the tenant and the deadline, and answers as a unary call does', async () => {
    const client = streamedClient();
    const streams = server.callStreams!.served;
    const lean = server.leanCalls;
    try {
      const before = Date.now();
      for (let i = 0; i < 3; i++) {
        const answer = await client.call<types.v1.LabelNamesResponse>('LabelNames', {}, { tenant: 'team-a', deadlineMs: 30_000 });
        expect(answer.names).to.deep.equal(['a', 'b']);
      }
      expect(seen.map((c) => c.tenant)).to.deep.equal(['team-a', 'team-a', 'team-a']);
      expect(seen[0]!.deadline).to.be.within(before + 29_000, Date.now() + 30_000);
      expect(server.callStreams!.served - streams, 'one stream for the three calls').to.equal(1);
      expect(server.leanCalls - lean, 'no unary call').to.equal(0);
    } finally {
      client.close();
    }
  });

  it('answers calls in the order they finish, not the order they were sent', async () => {
    let release!: () => void;
    const slowGate = new Promise<void>((resolve) => (release = resolve));
    labelValues = async (_ctx, r) => {
      if (r.name === 'slow') await slowGate;
      return { names: [r.name] };
    };
    const client = streamedClient();
    try {
      const order: string[] = [];
      const slow = client.call<types.v1.LabelValuesResponse>('LabelValues', { name: 'slow' }, T).then((a) => order.push(a.names[0]!));
      await client.call<types.v1.LabelValuesResponse>('LabelValues', { name: 'fast' }, T).then((a) => order.push(a.names[0]!));
      release();
      await slow;
      expect(order).to.deep.equal(['fast', 'slow']);
    } finally {
      client.close();
    }
  });

  it('reads an answer larger than one part whole, and a small one sent after it too', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `label_name_${i}`);
    labelNames = async () => ({ names: many });
    const client = streamedClient();
    try {
      const [large, small] = await Promise.all([
        client.call<types.v1.LabelNamesResponse>('LabelNames', {}, T),
        client.call<types.v1.LabelValuesResponse>('LabelValues', { name: 'small' }, T),
      ]);
      expect(types.v1.LabelNamesResponse.encode({ names: many }).finish().length).to.be.above(4 * ANSWER_PART_BYTES);
      expect(large.names).to.deep.equal(many);
      expect(small.names).to.deep.equal(['small']);
    } finally {
      client.close();
    }
  });

  it('fails a call with the code and message a unary call gets', async () => {
    labelNames = async () => {
      throw new ApiError('invalid_argument', 'bad selector: 100% {wrong}');
    };
    const streamed = streamedClient();
    const unary = createGrpcClient(INGESTER_SERVICE, server.address);
    try {
      const onStream = await failure(streamed.call('LabelNames', {}, T));
      const alone = await failure(unary.call('LabelNames', {}, T));
      expect(onStream).to.be.instanceOf(ApiError);
      expect(onStream.code).to.equal('invalid_argument');
      expect(onStream.message).to.equal(alone.message);
      expect(onStream.message).to.equal(`ingester.v1.IngesterService/LabelNames at ${server.address}: bad selector: 100% {wrong}`);
    } finally {
      streamed.close();
      unary.close();
    }
  });

  it('ends a call past its deadline with deadline_exceeded, and the ingester\'s handler is aborted', async () => {
    let signal: AbortSignalLike | undefined;
    labelNames = (ctx) => {
      signal = ctx.signal;
      return untilAborted(ctx);
    };
    const client = streamedClient();
    try {
      const err = await failure(client.call('LabelNames', {}, { ...T, deadlineMs: 200 }));
      expect(err.code).to.equal('deadline_exceeded');
      await eventually('the handler aborted', () => signal?.aborted === true);
    } finally {
      client.close();
    }
  });

  it('cancels a call whose caller aborts: the handler is aborted, and the stream serves the next call', async () => {
    let signal: AbortSignalLike | undefined;
    labelNames = (ctx) => {
      signal = ctx.signal;
      return untilAborted(ctx);
    };
    const client = streamedClient();
    const streams = server.callStreams!.served;
    try {
      const caller = new AbortController();
      const call = failure(client.call('LabelNames', {}, { ...T, signal: caller.signal }));
      await eventually('the handler running', () => signal !== undefined);
      caller.abort();
      // As a unary call's: CANCELLED, which status.ts reads as unavailable.
      const cancelled = await call;
      expect(cancelled.message).to.match(/: Cancelled on client$/);
      expect((cancelled.cause as { code: number }).code).to.equal(grpc.status.CANCELLED);
      await eventually('the cancel message reaching the ingester', () => signal!.aborted);
      const next = await client.call<types.v1.LabelValuesResponse>('LabelValues', { name: 'next' }, T);
      expect(next.names).to.deep.equal(['next']);
      expect(server.callStreams!.served - streams).to.equal(1);
    } finally {
      client.close();
    }
  });

  it('calls an ingester without CallStream (an earlier version) with unary calls, and says so once', async () => {
    // grpc-js alone, as an ingester before CallStream: it answers the stream's path UNIMPLEMENTED.
    const old = new grpc.Server();
    old.addService(serviceDefinition([spec('LabelNames')]), { LabelNames: (_call: unknown, cb: grpc.sendUnaryData<object>) => cb(null, { names: ['old'] }) });
    const port = await new Promise<number>((resolve, reject) => old.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
    const client = streamedClient(`127.0.0.1:${port}`);
    try {
      for (let i = 0; i < 3; i++) expect((await client.call<types.v1.LabelNamesResponse>('LabelNames', {})).names).to.deep.equal(['old']);
      expect(events.fellBack).to.equal(1);
      expect(events.resent, 'falling back is not a resend').to.equal(0);
    } finally {
      client.close();
      old.forceShutdown();
    }
  });

  it('sends a call whose stream broke before its answer once more as a unary call', async () => {
    // An ingester whose CallStream fails (the connection reset under it) while a unary call succeeds.
    const h2 = http2.createServer();
    h2.on('stream', (stream, headers) => {
      stream.on('error', () => {});
      if (headers[':path'] === CALL_STREAM_PATH) {
        stream.once('data', () => stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR));
        return;
      }
      stream.resume();
      stream.on('end', () => {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto' }, { waitForTrailers: true });
        stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
        stream.end(lengthPrefixed(types.v1.LabelNamesResponse.encode({ names: [`unary ${headers[':path']}`] }).finish()));
      });
    });
    await new Promise<void>((resolve) => h2.listen(0, '127.0.0.1', resolve));
    const client = streamedClient(`127.0.0.1:${(h2.address() as AddressInfo).port}`);
    try {
      const answer = await client.call<types.v1.LabelNamesResponse>('LabelNames', {});
      expect(answer.names).to.deep.equal([`unary ${methodPath(spec('LabelNames'))}`]);
      expect(events.resent).to.equal(1);
      // Why it broke is reported (the querier logs it): the stream's reset, not a clean end.
      expect(events.failures).to.have.length(1);
      expect(events.failures[0]?.message).to.match(/NGHTTP2_INTERNAL_ERROR|HTTP\/2 code 2/);
    } finally {
      client.close();
      await new Promise((resolve) => h2.close(resolve));
    }
  });

  it('on shutdown answers the calls it runs before it ends the stream, and sends a later call as a unary call', async () => {
    const own = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => false });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    own.addMethods([
      bound('LabelNames', async () => {
        if (started) return { names: ['late'] };
        started = true;
        await gate;
        return { names: ['answered'] };
      }),
    ]);
    await own.start();
    const client = streamedClient(own.address);
    try {
      const inFlight = client.call<types.v1.LabelNamesResponse>('LabelNames', {});
      await eventually('the call running', () => started);
      const stopped = own.stop();
      // A call sent while the ingester drains its streams is not run on the stream: it goes again as a unary call,
      // which the ingester still serves until its gRPC server shuts down.
      const late = await client.call<types.v1.LabelNamesResponse>('LabelNames', {});
      expect(late.names).to.deep.equal(['late']);
      expect(events.resent).to.equal(1);
      // A shutdown is no failure: nothing to warn about.
      expect(events.failures).to.deep.equal([undefined]);
      release();
      expect((await inFlight).names).to.deep.equal(['answered']);
      await stopped;
    } finally {
      client.close();
    }
  });
});

describe('CallStream messages (call-stream-wire.ts)', () => {
  it('reads back a request as written, the request bytes and a cancel', () => {
    const request = types.v1.LabelValuesRequest.encode({ name: 'service_name' }).finish();
    const [message] = new MessageSplitter(1 << 20).push(callRequestMessage({ id: 7, method: '/m/x', tenant: 't', timeoutMs: 1500, request }));
    expect(readCall(message!)).to.deep.include({ id: 7, method: '/m/x', tenant: 't', timeoutMs: 1500, cancel: false });
    expect(Buffer.from(readCall(message!).request)).to.deep.equal(Buffer.from(request));
    const [cancel] = new MessageSplitter(1 << 20).push(callRequestMessage({ id: 7, cancel: true }));
    expect(readCall(cancel!)).to.deep.include({ id: 7, cancel: true, method: '' });
  });

  it('cuts an answer into parts of at most 64 KiB, in order, the last one without `more`', () => {
    const answer = Buffer.alloc(2 * ANSWER_PART_BYTES + 10, 0x61);
    const splitter = new MessageSplitter(1 << 20);
    const parts = answerMessages(3, { message: answer }).flatMap((m) => splitter.push(m)).map((m) => readAnswerPart(m));
    expect(parts.map((p) => [p.id, p.response.length, p.more, p.code])).to.deep.equal([
      [3, ANSWER_PART_BYTES, true, 0], [3, ANSWER_PART_BYTES, true, 0], [3, 10, false, 0],
    ]);
    expect(Buffer.concat(parts.map((p) => p.response))).to.deep.equal(answer);
    const [empty] = answerMessages(4, { message: new Uint8Array(0) }).map((m) => readAnswerPart(m.subarray(5)));
    expect(empty).to.deep.include({ id: 4, more: false, code: 0 });
    const [error] = answerMessages(5, { code: 3, details: 'bad' }).map((m) => readAnswerPart(m.subarray(5)));
    expect(error).to.deep.include({ id: 5, code: 3, message: 'bad', more: false });
  });
});
