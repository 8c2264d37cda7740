// What a second hop costs in Node on the machine the querier bench runs on, with no work on either side: the part of
// a querier fan-out's latency that no querier design removes, against which bench/querier.bench.ts's SelectSeries
// ratios can be read (issue 13, aim 3: a fan-out at ≤ 1.5× one ingester).
//
// - `direct <answer bytes>`: one process answering each Connect-style POST over HTTP/1.1 with the same bytes at once,
//   as one ingester would with its answer ready (the baseline's shape).
// - `front <port> <port>`: one process receiving the same POST over HTTP/1.1 and writing its body as a message on a
//   long-lived HTTP/2 stream to each of two replica processes (as the querier's CallStream calls to the two asked
//   ingesters go), answering once both answered, with the first one's bytes (as the querier forwards a rendered answer).
// - `replica <answer bytes>`: each gRPC length-prefixed message on a stream (split as the real streams' are) answered at
//   once with a message of the answer's size.
// - `front-ingesters <host:port,host:port>`: the front again, asking two of the bench's real ingesters on their
//   CallStream what the querier asks them for a SelectSeries it has one of them render (SelectSeriesDigests with
//   render to the first, without steps to the second), and answering with the first one's rendered bytes once both
//   answered: the hop with the ingesters' own work and load in it, where `front` has replicas that answer at once on
//   an otherwise idle machine. It decodes the client's request and the rendering ingester's answer, nothing else.
// Otherwise nothing is decoded, checked, counted or logged. Every process runs under node's flags as the program does
// (NODE_FLAGS). Not a bench itself (make bench runs bench/*.bench.ts).
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import http2 from 'node:http2';
import { fileURLToPath } from 'node:url';
import { ingester, querier } from '../ingester/src/gen/index.ts';
import { callRequestMessage, readAnswerPart } from '../ingester/src/server/call-stream-wire.ts';
import { MessageSplitter } from '../ingester/src/server/push-stream-wire.ts';
import { CALL_STREAM_PATH, INGESTER_SERVICE, methodPath } from '../ingester/src/server/service-table.ts';
import { ANONYMOUS_TENANT } from '../ingester/src/server/tenant.ts';
import { listening, startFloorProcess, stopped } from './floor-process.ts';

const MAX_BYTES = 64 * 1024 * 1024;

function prefixed(body: Uint8Array): Buffer[] {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(body.length, 1);
  return [head, Buffer.from(body.buffer, body.byteOffset, body.byteLength)];
}

function readBody(req: http.IncomingMessage, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => done(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
}

function answer(res: http.ServerResponse, bytes: Uint8Array): void {
  res.writeHead(200, { 'content-type': 'application/proto', 'content-length': String(bytes.length) });
  res.end(bytes);
}

function direct(answerBytes: number): void {
  const bytes = Buffer.alloc(answerBytes, 1);
  const server = http.createServer((req, res) => readBody(req, () => answer(res, bytes)));
  server.keepAliveTimeout = 60_000;
  listening(server);
}

function replica(answerBytes: number): void {
  const [head, body] = prefixed(Buffer.alloc(answerBytes, 1));
  const server = http2.createServer();
  server.on('stream', (stream) => {
    stream.respond({ ':status': 200 });
    const splitter = new MessageSplitter(MAX_BYTES);
    stream.on('data', (chunk: Buffer) => {
      for (let n = splitter.push(chunk).length; n > 0; n--) {
        stream.cork();
        stream.write(head);
        stream.write(body);
        stream.uncork();
      }
    });
  });
  listening(server);
}

/** One long-lived stream to a replica: call() resolves with the replica's answer to that message (in order). */
function replicaStream(port: number): (body: Uint8Array) => Promise<Buffer> {
  const stream = http2.connect(`http://127.0.0.1:${port}`).request({ ':method': 'POST', ':path': '/call' });
  const waiting: ((answer: Buffer) => void)[] = [];
  const splitter = new MessageSplitter(MAX_BYTES);
  stream.on('data', (chunk: Buffer) => {
    for (const message of splitter.push(chunk)) waiting.shift()?.(message);
  });
  return (body) => new Promise<Buffer>((resolve) => {
    waiting.push(resolve);
    stream.cork();
    for (const part of prefixed(body)) stream.write(part);
    stream.uncork();
  });
}

function front(ports: number[]): void {
  const replicas = ports.map(replicaStream);
  const server = http.createServer((req, res) => readBody(req, (body) => {
    void Promise.all(replicas.map((call) => call(body))).then(([first]) => answer(res, first!));
  }));
  server.keepAliveTimeout = 60_000;
  listening(server);
}

/** One CallStream to a real ingester: call() resolves with the answer's bytes (its parts joined). */
function ingesterCalls(address: string): (method: string, request: Uint8Array) => Promise<Buffer> {
  const stream = http2.connect(`http://${address}`).request({ ':method': 'POST', ':path': CALL_STREAM_PATH, 'content-type': 'application/grpc', te: 'trailers' });
  const waiting = new Map<number, { parts: Uint8Array[]; done: (answer: Buffer) => void }>();
  const splitter = new MessageSplitter(MAX_BYTES);
  let nextId = 1;
  stream.on('data', (chunk: Buffer) => {
    for (const message of splitter.push(chunk)) {
      const part = readAnswerPart(message);
      const call = waiting.get(part.id);
      if (!call) continue;
      call.parts.push(part.response);
      if (part.more) continue;
      waiting.delete(part.id);
      call.done(Buffer.concat(call.parts));
    }
  });
  return (method, request) => new Promise<Buffer>((done) => {
    const id = nextId++;
    waiting.set(id, { parts: [], done });
    stream.write(callRequestMessage({ id, method, tenant: ANONYMOUS_TENANT, request }));
  });
}

const DIGESTS = methodPath({ service: INGESTER_SERVICE, method: 'SelectSeriesDigests' });

function frontOnIngesters(addresses: string[]): void {
  const [rendering, other] = addresses.map(ingesterCalls);
  const server = http.createServer((req, res) => readBody(req, (body) => {
    const q = querier.v1.SelectSeriesRequest.decode(body);
    const selector = { profileTypeID: q.profileTypeID, labelSelector: q.labelSelector, start: q.start, end: q.end };
    const asked = { selector, stepMs: Math.round(Number(q.step ?? 0) * 1000), onlyLabelNames: true, labelNames: q.groupBy ?? [], withoutSteps: true };
    // gzip'd by the ingester when the client takes it and it is large enough, as the querier has it rendered.
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const render = { stepSeconds: q.step, aggregation: q.aggregation, groupBy: q.groupBy ?? [], gzip };
    const first = rendering!(DIGESTS, ingester.v1.SeriesDigestsRequest.encode({ ...asked, render }).finish());
    void Promise.all([first, other!(DIGESTS, ingester.v1.SeriesDigestsRequest.encode(asked).finish())]).then(([renderedBy]) => {
      const rendered = ingester.v1.SeriesDigestsResponse.decode(renderedBy);
      const bytes = rendered.renderedSeries ?? new Uint8Array(0);
      res.writeHead(200, { 'content-type': 'application/proto', 'content-length': String(bytes.length), ...(rendered.renderedSeriesGzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(bytes);
    });
  }));
  server.keepAliveTimeout = 60_000;
  listening(server);
}

export interface HopFloor {
  /** The one process answering directly. */
  direct: { url: string; child: ChildProcess };
  /** The front asking the two replicas. */
  front: { url: string; child: ChildProcess };
  /** Every process: the front's and the replicas' CPU is the fan-out's. */
  fanOut: ChildProcess[];
  stop(): Promise<void>;
}

/** The front on two real ingesters (gRPC addresses, host:port; the first renders), in a process of its own. */
export async function startIngestersHopFloor(addresses: readonly string[]): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const p = await startFloorProcess(fileURLToPath(import.meta.url), ['front-ingesters', addresses.join(',')]);
  return { url: `http://127.0.0.1:${p.port}`, child: p.child, stop: () => stopped(p.child) };
}

/** Starts the four processes, each answering with `answerBytes` bytes. */
export async function startHopFloor(answerBytes: number): Promise<HopFloor> {
  const started: ChildProcess[] = [];
  try {
    const spawnOne = async (args: string[]) => {
      const p = await startFloorProcess(fileURLToPath(import.meta.url), args);
      started.push(p.child);
      return p;
    };
    const replicas = [await spawnOne(['replica', String(answerBytes)]), await spawnOne(['replica', String(answerBytes)])];
    const frontProc = await spawnOne(['front', ...replicas.map((r) => String(r.port))]);
    const directProc = await spawnOne(['direct', String(answerBytes)]);
    return {
      direct: { url: `http://127.0.0.1:${directProc.port}`, child: directProc.child },
      front: { url: `http://127.0.0.1:${frontProc.port}`, child: frontProc.child },
      fanOut: [frontProc.child, ...replicas.map((r) => r.child)],
      stop: async () => void (await Promise.all(started.map(stopped))),
    };
  } catch (err) {
    await Promise.all(started.map(stopped));
    throw err;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [role, ...args] = process.argv.slice(2);
  if (role === 'direct') direct(Number(args[0]));
  else if (role === 'replica') replica(Number(args[0]));
  else if (role === 'front') front(args.map(Number));
  else if (role === 'front-ingesters') frontOnIngesters(args[0]!.split(','));
}
