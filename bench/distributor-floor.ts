// What Node itself costs for the part of a distributor's work on a push that no design avoids, measured on the same
// machine as the distributor (bench/distributor.bench.ts): receive the Connect request over HTTP/1.1 (a kept-alive
// connection, as the bench's pushes), decode the PushRequest, inflate each raw profile (the check has to read the
// pprof: validate-push.ts), forward the request's bytes to three replicas as one gRPC message each on a long-lived
// HTTP/2 stream per replica (as PushStream does, without its batching), and answer once two of them acknowledged it.
// Nothing is checked, hashed or counted and the ring is not read: about the least a distributor on Node's HTTP
// servers can spend (the real one's batching of several pushes per message can save some of the forwarding, not
// more). The replicas are either one sink process that acknowledges each message with one byte (the machine
// otherwise idle), or the bench's three real ingesters on their PushStream (`serve-ingesters`: the floor then runs
// beside ingesters storing what it sends, as the distributor does, and its CPU is measured under the same load). Both
// run under node's flags as the program does (NODE_FLAGS). Not a bench itself (make bench runs bench/*.bench.ts).
//
// `node --import tsx bench/distributor-floor.ts sink`, `... serve <sink port>` and `... serve-ingesters <host:port,...>`
// print their port and serve until killed.
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import http2 from 'node:http2';
import { fileURLToPath } from 'node:url';
import { push } from '../ingester/src/gen/index.ts';
import { ScratchInflater } from '../ingester/src/pprof/scratch-inflate.ts';
import { MessageSplitter, readStreamAnswer, streamRequestHead } from '../ingester/src/server/push-stream-wire.ts';
import { PUSH_STREAM_PATH } from '../ingester/src/server/service-table.ts';
import { ANONYMOUS_TENANT } from '../ingester/src/server/tenant.ts';
import { listening, startFloorProcess, stopped } from './floor-process.ts';

export interface FloorServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const MAX_BYTES = 64 * 1024 * 1024;

/** The replicas: each gRPC length-prefixed message on a stream (split as PushStream's are) gets a one-byte ack. */
function sink(): void {
  const server = http2.createServer();
  server.on('stream', (stream) => {
    stream.respond({ ':status': 200 });
    const splitter = new MessageSplitter(MAX_BYTES);
    stream.on('data', (chunk: Buffer) => {
      for (let n = splitter.push(chunk).length; n > 0; n--) stream.write(ACK);
    });
  });
  listening(server);
}

const ACK = Buffer.from([1]);

/** One long-lived stream to a replica: send() resolves when the replica acknowledged that message (in order). */
function replicaStream(sinkPort: number): (body: Buffer) => Promise<void> {
  const stream = http2.connect(`http://127.0.0.1:${sinkPort}`).request({ ':method': 'POST', ':path': '/sink' });
  const waiting: (() => void)[] = [];
  stream.on('data', (acks: Buffer) => {
    for (let i = 0; i < acks.length; i++) waiting.shift()?.();
  });
  return (body) => new Promise<void>((resolve) => {
    waiting.push(resolve);
    // The gRPC prefix (uncompressed, the length), then the bytes as they came: PushStream writes a push so, uncopied.
    const head = Buffer.alloc(5);
    head.writeUInt32BE(body.length, 1);
    stream.cork();
    stream.write(head);
    stream.write(body);
    stream.uncork();
  });
}

/**
 * One PushStream to a real ingester (push-stream-wire.ts, as the distributor's PushStreamClient writes it, without its
 * deadlines, batching or fallbacks): send() resolves when the ingester acknowledged that push.
 */
function ingesterStream(address: string): (body: Buffer) => Promise<void> {
  const stream = http2.connect(`http://${address}`).request({ ':method': 'POST', ':path': PUSH_STREAM_PATH, 'content-type': 'application/grpc', te: 'trailers' });
  const waiting = new Map<number, () => void>();
  const splitter = new MessageSplitter(MAX_BYTES);
  let nextId = 1;
  stream.on('data', (chunk: Buffer) => {
    for (const message of splitter.push(chunk)) {
      const { id } = readStreamAnswer(message);
      waiting.get(id)?.();
      waiting.delete(id);
    }
  });
  return (body) => new Promise<void>((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    stream.cork();
    stream.write(streamRequestHead(id, ANONYMOUS_TENANT, 0, body.length));
    stream.write(body);
    stream.uncork();
  });
}

function serve(replicas: ((body: Buffer) => Promise<void>)[]): void {
  const inflater = new ScratchInflater();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const request = push.v1.PushRequest.decode(body);
      for (const series of request.series) {
        for (const sample of series.samples ?? []) {
          // The gzip trailer's ISIZE sizes the scratch buffer, as the distributor's check does.
          const raw = sample.rawProfile;
          if (!raw || raw.length < 4) continue;
          inflater.inflate(raw, Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).readUInt32LE(raw.length - 4), MAX_BYTES);
        }
      }
      let acknowledged = 0;
      for (const send of replicas) {
        void send(body).then(() => {
          if (++acknowledged !== 2) return;
          res.writeHead(200, { 'content-type': 'application/proto', 'content-length': '0' });
          res.end();
        });
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  listening(server);
}

/** The floor server in its own process, forwarding to the ingesters at these gRPC addresses (host:port). */
export async function startFloorServerOnIngesters(addresses: readonly string[]): Promise<FloorServer> {
  const floor = await startFloorProcess(fileURLToPath(import.meta.url), ['serve-ingesters', addresses.join(',')]);
  return { url: `http://127.0.0.1:${floor.port}`, child: floor.child, stop: () => stopped(floor.child) };
}

/** Starts the replicas' sink and the floor server, each in its own process (the floor's CPU is then read from /proc). */
export async function startFloorServer(): Promise<FloorServer> {
  const replicas = await startFloorProcess(fileURLToPath(import.meta.url), ['sink']);
  const floor = await startFloorProcess(fileURLToPath(import.meta.url), ['serve', String(replicas.port)]).catch(async (err: unknown) => {
    await stopped(replicas.child);
    throw err;
  });
  return {
    url: `http://127.0.0.1:${floor.port}`,
    child: floor.child,
    stop: async () => void (await Promise.all([stopped(floor.child), stopped(replicas.child)])),
  };
}

// Exiting on SIGTERM lets node --cpu-prof write its profile.
process.on('SIGTERM', () => process.exit(0));
if (process.argv[2] === 'sink') sink();
if (process.argv[2] === 'serve') serve([0, 1, 2].map(() => replicaStream(Number(process.argv[3]))));
if (process.argv[2] === 'serve-ingesters') serve(process.argv[3]!.split(',').map(ingesterStream));
