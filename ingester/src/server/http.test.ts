import { expect } from 'chai';
import { execFile } from 'node:child_process';
import net from 'node:net';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import winston from 'winston';
import { Registry } from 'prom-client';
import { silentLogger } from '../util/log.ts';
import { HttpServer, PathnameCache, readBody } from './http.ts';
import { eventually } from '../util/eventually.ts';

const KiB = 1024;
const MiB = 1024 * KiB;
const LIMIT = 64 * KiB;

/** Polls until `check` is true (the deadline is only there so that a broken server fails instead of hanging). */
function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<boolean> {
  return eventually(what, check, { timeoutMs, retryErrors: false });
}

/**
 * A raw client socket that records everything the server sends, whether the server ended its side (FIN),
 * and whether the connection is gone (closed: the server reset it, or both sides ended).
 */
function rawClient(port: number): Promise<{ socket: net.Socket; received: () => string; serverEnded: () => boolean; closed: () => boolean; writeFailed: () => boolean }> {
  return new Promise((resolve, reject) => {
    let data = '';
    let serverEnded = false;
    let closed = false;
    let writeFailed = false;
    // Half-open allowed: the client keeps its side open after the server's FIN, as a client still sending does.
    const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => resolve({ socket, received: () => data, serverEnded: () => serverEnded, closed: () => closed, writeFailed: () => writeFailed }));
    socket.on('data', (d: Buffer) => (data += d.toString('latin1')));
    socket.on('end', () => (serverEnded = true));
    socket.on('close', () => (closed = true));
    socket.on('error', (err) => {
      writeFailed = true;
      if (!socket.connecting) return;
      reject(err);
    });
  });
}

describe('HttpServer refuses oversize request bodies so that clients still sending read the 413', () => {
  let server: HttpServer;
  let stored = 0;

  before(async () => {
    server = new HttpServer({ port: 0, registry: new Registry(), logger: silentLogger(), drainMaxBytes: 16 * MiB, drainMaxMs: 2_000 });
    server.route('POST', '/upload', async (req, res) => {
      stored += (await readBody(req, LIMIT)).length;
      res.writeHead(204);
      res.end();
    });
    await server.start();
  });
  after(() => server.stop());

  const upload = (body: NonNullable<RequestInit['body']>, extra: RequestInit = {}): Promise<Response> => fetch(`${server.address}/upload`, { method: 'POST', body, ...extra });

  // fetch in a child process, as an SDK uploads: in this process the server would read while the client
  // writes. The bodies are several MiB: smaller ones fit in the loopback socket buffers, so even a server
  // that closes without reading would let the client finish writing.
  it('answers 413 naming the limit to fetch (another process) sending a whole body past the limit, every time', async () => {
    const client = `
      const body = Buffer.alloc(8 * 1024 * 1024, 1);
      for (let i = 0; i < 5; i++) {
        try {
          const res = await fetch(process.argv[1], { method: 'POST', body });
          console.log(JSON.stringify({ status: res.status, connection: res.headers.get('connection'), text: await res.text() }));
        } catch (err) {
          console.log(JSON.stringify({ status: 'client error', text: String(err.cause ?? err) }));
        }
      }`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', client, `${server.address}/upload`]);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: number | string; connection?: string; text: string });
    expect(answers).to.have.length(5);
    for (const a of answers) {
      expect(a.status, a.text).to.equal(413);
      expect(a.connection).to.equal('close');
      expect(a.text).to.match(/request body is 8388608 bytes: limit max-request-body-size \(65536 bytes\) exceeded/);
    }
    expect(stored).to.equal(0);
  });

  it('answers 413 to a client (another process) that writes a whole chunked body past the limit before it ends the request', async () => {
    // node:http's client, chunked: it writes every chunk, ends, and only then counts on the answer.
    const client = `
      import http from 'node:http';
      const req = http.request(process.argv[1], { method: 'POST' }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => console.log(JSON.stringify({ status: res.statusCode, text })));
      });
      req.on('error', (err) => console.log(JSON.stringify({ status: 'client error', text: String(err) })));
      const chunk = Buffer.alloc(256 * 1024, 2);
      for (let i = 0; i < 32 && !req.destroyed; i++) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r).once('close', r));
      req.end();`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', client, `${server.address}/upload`]);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: number | string; text: string });
    expect(answers, stdout).to.have.length(1);
    expect(answers[0]!.status, answers[0]!.text).to.equal(413);
    expect(answers[0]!.text).to.match(/request body exceeds 65536 bytes: limit max-request-body-size \(65536 bytes\) exceeded/);
  });

  it('still accepts a body within the limit on a kept-alive connection after a refusal', async () => {
    expect((await upload(Buffer.alloc(8 * MiB))).status).to.equal(413);
    expect((await upload(Buffer.alloc(LIMIT, 3))).status).to.equal(204);
    expect(stored).to.equal(LIMIT);
    stored = 0;
  });

  it('closes the connection once the drain passes its byte bound, without waiting for the rest', async () => {
    const client = await rawClient(server.port);
    client.socket.write('POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = `${(256 * KiB).toString(16)}\r\n${'x'.repeat(256 * KiB)}\r\n`;
    // Twice the drain bound, and never the final chunk: only the bound can end it.
    for (let i = 0; i < 128 && !client.closed() && !client.writeFailed(); i++) {
      if (!client.socket.write(chunk)) await new Promise((r) => client.socket.once('drain', r).once('close', r));
    }
    await until(() => client.closed(), 'the server to close the connection');
    expect(client.received()).to.match(/^HTTP\/1\.1 413 /);
    expect(client.received()).to.match(/limit max-request-body-size \(65536 bytes\) exceeded/);
    client.socket.destroy();
  });

  it('closes at once after the 413 when the declared length is past the drain bound', async () => {
    const client = await rawClient(server.port);
    client.socket.write(`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ${100 * 1024 * KiB}\r\n\r\n`);
    await until(() => client.serverEnded(), 'the server to close the connection with none of the body sent');
    expect(client.received()).to.match(/^HTTP\/1\.1 413 [\s\S]*request body is 104857600 bytes/);
    client.socket.destroy();
  });

  it('closes a drain that stalls once its time bound passes', async () => {
    const client = await rawClient(server.port);
    // Declares 256 KiB (within the drain bound) and sends a little more than the limit, then nothing.
    client.socket.write(`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ${256 * KiB}\r\n\r\n${'y'.repeat(LIMIT + KiB)}`);
    await until(() => /^HTTP\/1\.1 413 /.test(client.received()), 'the 413');
    expect(client.serverEnded(), 'still open while the body may come').to.equal(false);
    await until(() => client.serverEnded(), 'the drain time bound to close the connection');
    client.socket.destroy();
  });
});

describe('HttpServer answers a request head past its limit with 431 and a message naming the limit', () => {
  let server: HttpServer;
  const logged: Array<Record<string, unknown>> = [];
  let routed = 0;

  before(async () => {
    const lines = new Writable({
      objectMode: true,
      write(entry: Record<string, unknown>, _enc, done) {
        logged.push(entry);
        done();
      },
    });
    const logger = winston.createLogger({ level: 'debug', transports: [new winston.transports.Stream({ stream: lines })] });
    // maxHeaderBytes left to its default: the message must state the number actually in force.
    server = new HttpServer({ port: 0, registry: new Registry(), logger });
    server.route('POST', '/ingest', async (req, res) => {
      routed++;
      await readBody(req, LIMIT);
      res.writeHead(200);
      res.end();
    });
    await server.start();
  });
  after(() => server.stop());

  it('says so to fetch (another process) sending a 2 MB name and a body, and logs it once at warn', async () => {
    const client = `
      try {
        const res = await fetch(process.argv[1] + '?name=' + 'n'.repeat(2_000_000), { method: 'POST', body: Buffer.alloc(8 * 1024 * 1024) });
        console.log(JSON.stringify({ status: res.status, contentType: res.headers.get('content-type'), text: await res.text() }));
      } catch (err) {
        console.log(JSON.stringify({ status: 'client error', text: String(err.cause ?? err) }));
      }`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', client, `${server.address}/ingest`]);
    const answer = JSON.parse(stdout) as { status: number | string; contentType?: string; text: string };
    expect(answer.status, answer.text).to.equal(431);
    expect(answer.contentType).to.equal('text/plain; charset=utf-8');
    expect(answer.text).to.match(/request head \(request line and headers\) exceeds 1048576 bytes: limit maxHeaderSize \(1048576 bytes\) exceeded/);
    expect(routed).to.equal(0);
    await until(() => logged.some((l) => l['status'] === 431), 'the rejection to be logged');
    const rejections = logged.filter((l) => l['status'] === 431);
    expect(rejections).to.have.length(1);
    expect(rejections[0]).to.include({ level: 'warn', code: 'HPE_HEADER_OVERFLOW' });
  });

  it('closes the connection once what follows an oversized head passes the drain byte bound', async () => {
    const small = new HttpServer({ port: 0, registry: new Registry(), logger: silentLogger(), maxHeaderBytes: 16 * KiB, drainMaxBytes: MiB });
    await small.start();
    try {
      const client = await rawClient(small.port);
      client.socket.write(`POST /ingest?name=${'n'.repeat(32 * KiB)} HTTP/1.1\r\nHost: x\r\nContent-Length: ${64 * MiB}\r\n\r\n`);
      const chunk = Buffer.alloc(256 * KiB, 4);
      // Up to 16 times the bound, and never the whole declared body: only the bound can end it.
      for (let i = 0; i < 64 && !client.closed() && !client.writeFailed(); i++) {
        if (!client.socket.write(chunk)) await new Promise((r) => client.socket.once('drain', r).once('close', r));
      }
      await until(() => client.closed(), 'the server to close the connection');
      expect(client.received()).to.match(/^HTTP\/1\.1 431 [\s\S]*limit maxHeaderSize \(16384 bytes\) exceeded/);
    } finally {
      await small.stop();
    }
  });

  it('answers a malformed request line with 400 naming the parser error', async () => {
    const client = await rawClient(server.port);
    client.socket.write('NOT HTTP AT ALL\r\n\r\n');
    await until(() => client.serverEnded(), 'the server to end the connection');
    client.socket.destroy();
    expect(client.received()).to.match(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*\r\n\r\nmalformed HTTP request \(HPE_/);
  });
});

describe('HttpServer cuts off slow clients (issue 14: a client dripping its body held a connection for more than 100 s)', () => {
  let server: HttpServer;
  let registry: Registry;

  before(async () => {
    registry = new Registry();
    server = new HttpServer({ port: 0, registry, logger: silentLogger(), requestTimeoutMs: 1500, headersTimeoutMs: 1000 });
    server.route('POST', '/upload', async (req, res) => {
      await readBody(req, LIMIT);
      res.writeHead(204);
      res.end();
    });
    await server.start();
  });
  after(() => server.stop());

  const timeouts = async (phase: string): Promise<number> => {
    const m = new RegExp(`http_server_request_timeouts_total\\{phase="${phase}"\\} (\\d+)`).exec(await registry.metrics());
    return m ? Number(m[1]) : 0;
  };

  it('a client that drips its body one byte at a time gets 408 and is disconnected once the request timeout passes, and it is counted', async () => {
    const c = await rawClient(server.port);
    c.socket.write('POST /upload HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\n');
    const started = Date.now();
    const drip = setInterval(() => {
      if (!c.closed()) c.socket.write('a');
    }, 200);
    try {
      await until(() => c.closed() || c.serverEnded(), 'the server to cut the dripping client off', 30_000);
    } finally {
      clearInterval(drip);
    }
    expect(Date.now() - started).to.be.below(20_000);
    expect(c.received()).to.match(/^HTTP\/1\.1 408/);
    expect(await timeouts('body')).to.be.at.least(1);
    c.socket.destroy();
  });

  it('a client that never finishes its request head is disconnected once the header timeout passes, and it is counted', async () => {
    const c = await rawClient(server.port);
    c.socket.write('POST /upload HTTP/1.1\r\nhost: x\r\n');
    const drip = setInterval(() => {
      if (!c.closed()) c.socket.write('x');
    }, 200);
    try {
      await until(() => c.closed() || c.serverEnded(), 'the server to cut the slow head off', 30_000);
    } finally {
      clearInterval(drip);
    }
    expect(c.received()).to.match(/^HTTP\/1\.1 408/);
    expect(await timeouts('headers')).to.be.at.least(1);
    c.socket.destroy();
  });
});

describe('HttpServer routes by the path URL parsing gives the request target, remembered for targets without a query', () => {
  let server: HttpServer;
  let registry: Registry;
  const seen: { pathname: string; query: string | null }[] = [];

  before(async () => {
    registry = new Registry();
    server = new HttpServer({ port: 0, registry, logger: silentLogger() });
    server.route('GET', '/a/b', (_req, res, ctx) => {
      seen.push({ pathname: ctx.pathname, query: ctx.url.searchParams.get('q') });
      res.writeHead(204);
      res.end();
    });
    await server.start();
  });
  after(() => server.stop());

  /** The status of a raw request with this target (fetch would normalize the target itself). */
  const statusOf = async (target: string): Promise<number> => {
    const c = await rawClient(server.port);
    c.socket.write(`GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
    await until(() => c.closed() || c.serverEnded(), `an answer to ${target}`);
    c.socket.destroy();
    return Number(/^HTTP\/1\.1 (\d+)/.exec(c.received())?.[1]);
  };

  it('matches dot segments and query strings as URL parsing resolves them, every time (remembered or not)', async () => {
    for (let i = 0; i < 2; i++) {
      expect(await statusOf('/a/b')).to.equal(204);
      expect(await statusOf('/a/./x/../b')).to.equal(204);
      expect(await statusOf('/a/b?q=1')).to.equal(204);
      expect(await statusOf('/a/b?q=2')).to.equal(204);
      // An authority, not a path: "//a/b" is host "a", path "/b".
      expect(await statusOf('//a/b')).to.equal(404);
      // Percent-escapes are kept, not decoded: "%62" is not "b".
      expect(await statusOf('/a/%62')).to.equal(404);
    }
    expect(seen.map((s) => s.query)).to.deep.equal([null, null, '1', '2', null, null, '1', '2']);
    expect(new Set(seen.map((s) => s.pathname))).to.deep.equal(new Set(['/a/b']));
  });

  it('counts each request once in http_request_duration_seconds by method, route and status', async () => {
    const count = async (labels: string): Promise<number> => Number(new RegExp(`^http_request_duration_seconds_count\\{${labels}\\} (\\d+)$`, 'm').exec(await registry.metrics())?.[1] ?? 0);
    const before = [await count('method="GET",route="/a/b",status="204"'), await count('method="GET",route="unmatched",status="404"')];
    await statusOf('/a/b');
    await statusOf('/a/b');
    await statusOf('/nowhere');
    expect([await count('method="GET",route="/a/b",status="204"'), await count('method="GET",route="unmatched",status="404"')]).to.deep.equal([before[0]! + 2, before[1]! + 1]);
  });

  it('remembers a bounded number of targets: past the bound it starts again, and answers stay those of URL parsing', () => {
    const cache = new PathnameCache();
    for (let i = 0; i < PathnameCache.MAX * 3; i++) expect(cache.pathname(`/p/${i}/../q`)).to.equal(`/p/q`);
    expect(cache.pathname('/x/./y?z=1')).to.equal('/x/y');
    expect(cache.size).to.be.at.most(PathnameCache.MAX);
  });
});
