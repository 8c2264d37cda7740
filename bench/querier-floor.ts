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
// Nothing is decoded, checked, counted or logged. Every process runs under node's flags as the program does
// (NODE_FLAGS). Not a bench itself (make bench runs bench/*.bench.ts).
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import http2 from 'node:http2';
import { fileURLToPath } from 'node:url';
import { MessageSplitter } from '../ingester/src/server/push-stream-wire.ts';
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




export interface HopFloor {
  /** The one process answering directly. */
  direct: { url: string; child: ChildProcess };
  /** The front asking the two replicas. */
  front: { url: string; child: ChildProcess };
  /** Every process: the front's and the replicas' CPU is the fan-out's. */
  fanOut: ChildProcess[];
  stop(): Promise<void>;
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
}
