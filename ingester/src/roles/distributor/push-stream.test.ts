import { expect } from 'chai';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { ingester, push } from '../../gen/index.ts';
import type { IngesterApi, PushApi, RequestContext } from '../../model/api.ts';
import { GrpcServer } from '../../server/grpc.ts';
import { MessageSplitter, readStreamedPush, streamAnswerMessage, streamRequestHead } from '../../server/push-stream-wire.ts';
import { INGESTER_SERVICE, methodPath } from '../../server/service-table.ts';
import { registerServices } from '../../server/services.ts';
import { ApiError } from '../../util/errors.ts';
import { eventually } from '../../util/eventually.ts';
import { silentLogger } from '../../util/log.ts';
import { GrpcPushClient } from './push-client.ts';
import { STREAM_MAX_PUSH_BYTES } from './push-stream.ts';

const PUSH = methodPath({ service: INGESTER_SERVICE, method: 'Push' });

const encoded = (service: string, raw = Buffer.from([1, 2, 3])): Uint8Array =>
  push.v1.PushRequest.encode({ series: [{ labels: [{ name: 'service_name', value: service }], samples: [{ rawProfile: raw, ID: 'id-1' }] }] }).finish();

const failure = (p: Promise<unknown>): Promise<ApiError> => p.then(() => expect.fail('expected the push to fail'), (err: unknown) => err as ApiError);

/** An ingester's gRPC server whose Push records the service of each push it runs, after `answer`. */
async function startIngester(answer: (service: string, ctx: RequestContext) => Promise<void> = async () => {}, maxReceiveMessageBytes?: number) {
  const received: string[] = [];
  const pusher: PushApi = {
    push: async (ctx, request) => {
      const service = request.series[0]?.labels?.[0]?.value ?? '';
      received.push(service);
      await answer(service, ctx);
    },
  };
  const registry = new Registry();
  const server = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => true, registry, ...(maxReceiveMessageBytes ? { maxReceiveMessageBytes } : {}) });
  registerServices({ grpc: server }, { ingester: pusher as IngesterApi }, { multiTenancy: () => true });
  await server.start();
  const metric = async (name: string): Promise<number> => (await registry.getSingleMetric(name)!.get()).values[0]?.value ?? 0;
  return { server, received, metric };
}

/** A promise to hold a push with, and its release. */
function gate(): { held: Promise<void>; release: () => void } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  return { held, release };
}

describe('PushStream: the distributor\'s pushes to an ingester on one long-lived stream', () => {
  let cleanup: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });
  let fallbacks: string[] = [];
  beforeEach(() => (fallbacks = []));
  const client = (address: string, timeoutMs = 10_000): GrpcPushClient => {
    const c = new GrpcPushClient(address, PUSH, { timeoutMs, keepaliveTimeMs: 20_000, keepaliveTimeoutMs: 10_000, stream: true, streamEvents: { fellBackToUnary: (a) => fallbacks.push(a) } });
    cleanup.push(() => c.close());
    return c;
  };
  const serve = async (...args: Parameters<typeof startIngester>) => {
    const started = await startIngester(...args);
    cleanup.push(() => started.server.stop());
    return started;
  };

  it('answers each push by its id as it finishes: a slow push holds none of the others on its stream', async () => {
    const slow = gate();
    const { server, received } = await serve((service) => (service === 'slow' ? slow.held : Promise.resolve()));
    const c = client(server.address);
    let slowDone = false;
    const first = c.push('t', encoded('slow')).then(() => (slowDone = true));
    await Promise.all(['a', 'b', 'c'].map((s) => c.push('t', encoded(s))));
    expect(slowDone, 'the slow push still runs').to.equal(false);
    slow.release();
    await first;
    expect(received).to.have.members(['slow', 'a', 'b', 'c']);
    expect(server.pushStreams!.served, 'streams opened').to.equal(1);
  });

  it('sends to an ingester without PushStream (UNIMPLEMENTED, an earlier version) unary pushes, this one and the next', async () => {
    const { server, received } = await serve();
    // What an ingester of a version before PushStream is: grpc-js answers the unknown method UNIMPLEMENTED.
    server.pushStreams = undefined;
    const c = client(server.address);
    await c.push('t', encoded('first'));
    await c.push('t', encoded('second'));
    expect(received).to.deep.equal(['first', 'second']);
    expect(c.streaming).to.equal(false);
    expect(fallbacks, 'reported once').to.deep.equal([server.address]);
  });

  it('at shutdown answers the pushes it runs, and a push it no longer takes is sent once more and fails unavailable, never stored', async () => {
    const held = gate();
    const { server, received, metric } = await startIngester((service) => (service === 'running' ? held.held : Promise.resolve()));
    const c = client(server.address);
    const running = c.push('t', encoded('running'));
    await eventually('the push to run', () => received.length === 1);
    expect(await metric('ingester_push_streams_open')).to.equal(1);
    const stopped = server.stop();
    const late = await failure(c.push('t', encoded('late')));
    expect(late.code).to.equal('unavailable');
    expect(late.message).to.contain('not taken');
    expect(await metric('ingester_push_stream_not_taken_total'), 'pushes answered not taken').to.equal(1);
    held.release();
    await running;
    await stopped;
    expect(received).to.deep.equal(['running']);
    expect(await metric('ingester_push_streams_open')).to.equal(0);
  });

  it('fails a push whose deadline passes, and the stream carries the next one', async () => {
    const held = gate();
    cleanup.push(held.release);
    const { server, received } = await serve((service) => (service === 'stuck' ? held.held : Promise.resolve()));
    const c = client(server.address, 300);
    expect((await failure(c.push('t', encoded('stuck')))).code).to.equal('deadline_exceeded');
    await c.push('t', encoded('next'));
    expect(received).to.deep.equal(['stuck', 'next']);
    expect(server.pushStreams!.served).to.equal(1);
  });

  it('ends a stream that sends a message past the largest request with RESOURCE_EXHAUSTED; the next push opens a new one', async () => {
    const { server, received } = await serve(async () => {}, 4096);
    const c = client(server.address);
    const tooLarge = await failure(c.push('t', encoded('large', Buffer.alloc(8192, 7))));
    expect(tooLarge.code).to.equal('resource_exhausted');
    expect(tooLarge.message).to.contain('larger than max');
    await c.push('t', encoded('small'));
    expect(received).to.deep.equal(['small']);
    expect(server.pushStreams!.served).to.equal(2);
  });

  it('sends a push above STREAM_MAX_PUSH_BYTES as a unary call of its own, so that no push on the stream waits behind its transfer', async () => {
    const { server, received } = await serve();
    const c = client(server.address);
    const large = encoded('large', Buffer.alloc(STREAM_MAX_PUSH_BYTES, 7));
    expect(large.length).to.be.greaterThan(STREAM_MAX_PUSH_BYTES);
    await c.push('t', large);
    expect(server.pushStreams!.served, 'no stream for the large push').to.equal(0);
    await Promise.all([c.push('t', [encoded('small')]), c.push('t', [large])]);
    expect(server.pushStreams!.served, 'the small one on a stream').to.equal(1);
    expect(received).to.have.members(['large', 'small', 'large']);
    expect(c.streaming).to.equal(true);
  });

  it('lets a client send 1 MiB per stream and 4 MiB per connection before the ingester acknowledges (HTTP/2 windows)', async () => {
    const { server } = await serve();
    const session = http2.connect(`http://${server.address}`);
    cleanup.push(() => session.destroy());
    await new Promise((resolve) => session.once('remoteSettings', resolve));
    expect(session.remoteSettings.initialWindowSize).to.equal(1024 * 1024);
    await eventually('the connection window update', () => (session.state.remoteWindowSize ?? 0) >= 4 * 1024 * 1024);
  });

  it('aborts the pushes a stream runs when the distributor goes away', async () => {
    let aborted = false;
    const { server, received } = await serve((_service, ctx) => new Promise<void>((resolve) => ctx.signal!.addEventListener('abort', () => {
      aborted = true;
      resolve();
    })));
    // No deadline, so that nothing but the distributor's going away aborts the push; a client closes its
    // connection one deadline after close(), here at once.
    const c = client(server.address, 0);
    const p = c.push('t', encoded('abandoned')).catch(() => {});
    await eventually('the push to run', () => received.length === 1);
    c.close();
    await eventually('the ingester to abort the push', () => aborted);
    await p;
  });
});

describe('PushStream against a scripted ingester', () => {
  /**
   * A raw HTTP/2 server speaking PushStream: `script(n)` says what its n-th stream (from 1) does with each push it
   * reads: answer it (a gRPC code, possibly `unprocessed`), or end the stream with a status without answering.
   */
  async function scripted(script: (stream: number) => { code: number; unprocessed?: boolean } | { endWith: number }) {
    const server = http2.createServer();
    let streams = 0;
    const taken: string[] = [];
    server.on('stream', (stream) => {
      const n = ++streams;
      stream.on('error', () => {});
      stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto' }, { waitForTrailers: true });
      const splitter = new MessageSplitter(1 << 20);
      stream.on('data', (chunk: Buffer) => {
        for (const m of splitter.push(chunk)) {
          const push = readStreamedPush(m);
          const what = script(n);
          if ('endWith' in what) {
            stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': String(what.endWith) }));
            stream.end();
            return;
          }
          if (what.code === 0) taken.push(String(ingester.v1.PushStreamRequest.decode(m).request?.series?.[0]?.labels?.[0]?.value));
          stream.write(streamAnswerMessage({ id: push.id, code: what.code, message: what.unprocessed ? 'shutting down' : 'refused', unprocessed: what.unprocessed ?? false }));
        }
      });
      stream.on('end', () => {
        if (!stream.closed && !stream.writableEnded) {
          stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
          stream.end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { address, taken, streams: () => streams, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  let resent = 0;
  beforeEach(() => (resent = 0));
  const client = (address: string) =>
    new GrpcPushClient(address, PUSH, { timeoutMs: 5000, keepaliveTimeMs: 20_000, keepaliveTimeoutMs: 10_000, stream: true, streamEvents: { resent: () => resent++ } });

  it('sends a push answered "unprocessed" once more on a new stream, where it is stored', async () => {
    const s = await scripted((n) => (n === 1 ? { code: 14, unprocessed: true } : { code: 0 }));
    const c = client(s.address);
    try {
      await c.push('t', encoded('svc'));
      expect(s.streams()).to.equal(2);
      expect(s.taken).to.deep.equal(['svc']);
      expect(resent, 'resent events').to.equal(1);
    } finally {
      c.close();
      await s.close();
    }
  });

  it('sends once more a push its stream ended (grpc-status 0) without answering: the ingester never took it', async () => {
    const s = await scripted((n) => (n === 1 ? { endWith: 0 } : { code: 0 }));
    const c = client(s.address);
    try {
      await c.push('t', encoded('svc'));
      expect(s.streams()).to.equal(2);
      expect(s.taken).to.deep.equal(['svc']);
    } finally {
      c.close();
      await s.close();
    }
  });

  it('does not send again a push whose stream ended with an error: the ingester may have taken it', async () => {
    const s = await scripted(() => ({ endWith: 13 }));
    const c = client(s.address);
    try {
      const err = await failure(c.push('t', encoded('svc')));
      expect(err.code).to.equal('internal');
      expect(s.streams()).to.equal(1);
      expect(resent).to.equal(0);
    } finally {
      c.close();
      await s.close();
    }
  });
});

describe('PushStream messages on the wire', () => {
  const request = encoded('svc');

  it('writes a request head that, with the PushRequest after it, is the generated PushStreamRequest', () => {
    for (const [id, tenant, timeoutMs] of [[1, 'team-a', 10_000], [2 ** 40 + 3, '', 0], [0, 'ü-tenant', 1]] as const) {
      const head = streamRequestHead(id, tenant, timeoutMs, request.length);
      const message = Buffer.concat([head, request]);
      expect(message.readUInt32BE(1)).to.equal(message.length - 5);
      const generated = ingester.v1.PushStreamRequest.decode(message.subarray(5));
      // protobufjs gives an absent uint64 as a Long of 0, even with --force-number.
      expect([id === 0 ? 0 : generated.id, generated.tenant, generated.timeoutMs]).to.deep.equal([id, tenant, timeoutMs]);
      expect(push.v1.PushRequest.encode(generated.request!).finish()).to.deep.equal(request);
      const read = readStreamedPush(message.subarray(5));
      expect([read.id, read.tenant, read.timeoutMs, Buffer.from(read.request)]).to.deep.equal([id, tenant, timeoutMs, Buffer.from(request)]);
    }
  });

  it('reads a request the generated code wrote, with fields it does not know skipped', () => {
    const bytes = ingester.v1.PushStreamRequest.encode({ id: 7, tenant: 'x', timeoutMs: 5, request: push.v1.PushRequest.decode(request) }).finish();
    const withUnknown = Buffer.concat([bytes, Buffer.from([(9 << 3) | 0, 1])]);
    const read = readStreamedPush(withUnknown);
    expect([read.id, read.tenant, read.timeoutMs, Buffer.from(read.request)]).to.deep.equal([7, 'x', 5, Buffer.from(request)]);
    expect(() => readStreamedPush(Buffer.from([(4 << 3) | 0, 1]))).to.throw(/field 4 of PushStreamRequest has wire type 0/);
  });

  it('splits messages whatever the chunks: one byte at a time, several in one chunk, and refuses a compressed or too large one', () => {
    const messages = [Buffer.from('a'), Buffer.alloc(0), Buffer.alloc(300, 2)];
    const wire = Buffer.concat(messages.map((m) => Buffer.concat([Buffer.from([0, 0, 0, (m.length >> 8) & 0xff, m.length & 0xff]), m])));
    const oneByOne = new MessageSplitter(1000);
    const got: Buffer[] = [];
    for (let i = 0; i < wire.length; i++) got.push(...oneByOne.push(wire.subarray(i, i + 1)));
    expect(got).to.deep.equal(messages);
    expect(oneByOne.pending).to.equal(0);
    expect(new MessageSplitter(1000).push(wire)).to.deep.equal(messages);
    expect(() => new MessageSplitter(1000).push(Buffer.from([1, 0, 0, 0, 0]))).to.throw(/compressed/);
    expect(() => new MessageSplitter(100).push(wire)).to.throw(/larger than max \(300 vs\. 100\)/);
  });
});
