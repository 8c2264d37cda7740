// Issue 14: nothing a client sends can crash, stall or exhaust `make run`, or hurt another tenant. Each class
// of hostile input the issue lists is sent to a real local cluster (-target=local-cluster, loopback only), and
// for each the suite checks: a clear 4xx (or the gRPC code) within a bounded time; the front and its three
// ingesters alive; every process's peak RSS below RSS_BOUND_MIB; the totals pushed before the attacks intact;
// another tenant pushing and querying meanwhile.
import * as grpc from '@grpc/grpc-js';
import { expect } from 'chai';
import http from 'node:http';
import net from 'node:net';
import { alive, peakRssMiB, startLocalCluster, type LocalClusterProcess } from './local-cluster.ts';
import { emptySeries, gzip, gzipBomb, lengthBomb, pprof, pushRequest, type Labels } from './payloads.ts';

/** Each answer must come within this (the machine running the tests may be busy). */
const ANSWER_BOUND_MS = 20_000;
/** No process may ever reach this resident size (issue 14 saw 1.7–5 GB). */
const RSS_BOUND_MIB = 1024;
const CPU = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';

interface Answer {
  /** HTTP status, or the gRPC code's name in lower case. */
  status: number | string;
  body: string;
}

describe('adversarial: hostile input to a local cluster gets a clear 4xx and harms nothing', function () {
  this.timeout(900_000);
  let c: LocalClusterProcess;
  let earlierTotal = 0;

  /**
   * One POST on a connection of its own (no keep-alive): a test that builds a large payload blocks its own
   * event loop for seconds, and a pooled idle connection the server closed meanwhile would fail the next
   * request for reasons that have nothing to do with the server.
   */
  const post = (path: string, body: Uint8Array | string, headers: Record<string, string>): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = http.request(`${c.front}${path}`, { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  const push = (body: Uint8Array, tenant: string, headers: Record<string, string> = {}): Promise<Answer> =>
    post('/push.v1.PusherService/Push', body, { 'content-type': 'application/proto', 'x-scope-orgid': tenant, ...headers });
  const query = (method: string, body: unknown, tenant: string, headers: Record<string, string> = {}): Promise<Answer> =>
    post(`/querier.v1.QuerierService/${method}`, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json', 'x-scope-orgid': tenant, ...headers });
  const range = () => ({ start: Date.now() - 3_600_000, end: Date.now() + 600_000 });
  const flameTotal = async (tenant: string, selector = '{}'): Promise<number> => {
    const a = await query('SelectMergeStacktraces', { profile_typeID: CPU, label_selector: selector, ...range() }, tenant);
    expect(a.status, a.body).to.equal(200);
    return Number((JSON.parse(a.body) as { flamegraph?: { total?: string } }).flamegraph?.total ?? 0);
  };
  const profileOf = (service: string, value = 10): Uint8Array =>
    pushRequest([{ labels: { __name__: 'process_cpu', service_name: service }, profiles: [pprof({ samples: [{ stack: ['main', 'work'], value }] })] }]);

  /** A tenant that pushes and reads back while the attack runs: it must be served. */
  async function victimRoundTrip(): Promise<void> {
    const service = `victim-${Math.random().toString(36).slice(2)}`;
    const pushed = await push(profileOf(service, 7), 'victim');
    expect(pushed.status, `the victim's push during the attack: ${pushed.body}`).to.equal(200);
    expect(await flameTotal('victim', `{service_name="${service}"}`), "the victim's read during the attack").to.equal(7);
  }

  /** Sends an attack while another tenant is served, then checks the cluster is intact. */
  async function attack(what: string, send: () => Promise<Answer>): Promise<Answer> {
    const started = Date.now();
    const [answer] = await Promise.all([send(), victimRoundTrip()]);
    const elapsed = Date.now() - started;
    expect(elapsed, `${what}: answered after ${elapsed} ms`).to.be.below(ANSWER_BOUND_MS);
    const pids = [c.child.pid!, ...c.pids().values()];
    expect(pids, 'front and three ingesters').to.have.length(4);
    for (const pid of pids) {
      expect(alive(pid), `process ${pid} alive after ${what}`).to.equal(true);
      expect(peakRssMiB(pid), `peak RSS of ${pid} after ${what} (MiB)`).to.be.below(RSS_BOUND_MIB);
    }
    expect(await flameTotal('earlier'), `earlier totals after ${what}`).to.equal(earlierTotal);
    return answer;
  }

  const expect4xx = (a: Answer, status: number | string | RegExp, message?: RegExp): void => {
    if (!(status instanceof RegExp)) expect(a.status, a.body).to.equal(status);
    else expect(String(a.status), a.body).to.match(status);
    if (message) expect(a.body).to.match(message);
  };

  function rawGrpc(path: string, message: Buffer, opts: { gzip?: boolean; tenant?: string } = {}): Promise<Answer> {
    const identity = (b: Buffer): Buffer => b;
    const client = new grpc.Client(c.frontGrpc, grpc.credentials.createInsecure(), {
      'grpc.max_send_message_length': -1,
      ...(opts.gzip ? { 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip } : {}),
    });
    const md = new grpc.Metadata();
    md.set('x-scope-orgid', opts.tenant ?? 'attacker');
    return new Promise<Answer>((resolve) => {
      client.makeUnaryRequest(path, identity, identity, message, md, { deadline: Date.now() + 60_000 }, (err) => {
        client.close();
        resolve(err ? { status: grpc.status[err.code]!.toLowerCase(), body: err.details } : { status: 'ok', body: '' });
      });
    });
  }

  function rawHttp(text: string, dripMs = 0): Promise<Answer> {
    return new Promise((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port: c.frontPort });
      let data = '';
      let timer: NodeJS.Timeout | undefined;
      s.on('data', (d: Buffer) => (data += d.toString('latin1')));
      s.on('close', () => {
        clearInterval(timer);
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), body: data });
      });
      s.on('error', () => undefined);
      s.write(text);
      if (dripMs > 0) timer = setInterval(() => s.writable && s.write('a'), dripMs);
      else s.end();
    });
  }

  before(async function () {
    this.timeout(240_000);
    c = await startLocalCluster({
      // One decode worker with room for 2 waiting pushes per tenant, in the front and the ingesters, so that one
      // tenant can fill its queue.
      extraArgs: [
        '-server.http-read-timeout=5s', '-querier.query-timeout=15s', '-ingester.max-global-series-per-tenant=200',
        '-push.decode-workers=1', '-push.decode-queue-per-tenant=2', '-local-cluster.ingester-args=-push.decode-workers=1,-push.decode-queue-per-tenant=2',
      ],
    });
    for (let i = 0; i < 3; i++) expect((await push(profileOf(`earlier-${i}`, 100 + i), 'earlier')).status).to.equal(200);
    earlierTotal = await flameTotal('earlier');
    expect(earlierTotal).to.equal(303);
  });
  after(async () => c?.destroy());

  // The classes issue 14 found handled well: they must stay so.
  it('a gzip bomb (1 GiB of zeros) is refused with 413', async () => {
    const bomb = await gzipBomb(256);
    const a = await attack('gzip bomb', () => post('/ingest?name=bomb&format=pprof', bomb, { 'content-type': 'application/octet-stream', 'x-scope-orgid': 'attacker' }));
    expect4xx(a, /^4\d\d$/);
  });

  it('a protobuf length bomb (a series claiming 2 GiB) is refused with 400', async () => {
    expect4xx(await attack('length bomb', () => push(lengthBomb(), 'attacker')), 400);
  });

  it('bad tenants and bad label names are refused with 400', async () => {
    expect4xx(await attack('bad tenant', () => push(profileOf('x'), '../../etc/passwd')), 400);
    expect4xx(await attack('bad label', () => push(pushRequest([{ labels: { __name__: 'process_cpu', '1-bad name': 'x' }, profiles: [pprof({ samples: [{ stack: ['a'], value: 1 }] })] }]), 'attacker')), 400);
  });

  it('malformed HTTP is refused with 400', async () => {
    expect4xx(await attack('malformed HTTP', () => rawHttp('GARBAGE / HTTP/9.9\r\n\r\n')), 400);
  });

  it('cross-tenant reads see nothing of another tenant, whatever the header tricks', async () => {
    // (Surrounding spaces are not a trick: HTTP strips them from header values, so "earlier " is "earlier".)
    for (const tenant of ['victim|earlier', 'EARLIER', 'earlier.', 'earlier%00', 'anonymous']) {
      const a = await attack(`cross-tenant read as ${JSON.stringify(tenant)}`, () =>
        query('SelectMergeStacktraces', { profile_typeID: CPU, label_selector: '{service_name=~"earlier.*"}', ...range() }, tenant),
      );
      if (a.status === 200) expect(Number((JSON.parse(a.body) as { flamegraph?: { total?: string } }).flamegraph?.total ?? 0), tenant).to.equal(0);
      else expect4xx(a, /^4\d\d$/);
    }
  });

  // Issue 14, item 1.
  it('a 66 MB gRPC push of 33 million empty series (64 KB gzip on the wire) is refused, not fatal', async () => {
    const a = await attack('gRPC empty-series bomb', () => rawGrpc('/push.v1.PusherService/Push', emptySeries(33_000_000), { gzip: true }));
    expect4xx(a, /^(resource_exhausted|invalid_argument)$/);
  });

  // Item 2.
  it('one sample with 40,000 distinct label keys is refused with 400 at once', async () => {
    const labels: Array<[string, string]> = Array.from({ length: 40_000 }, (_, i) => [`k${i}`, 'v']);
    const body = pushRequest([{ labels: { __name__: 'process_cpu', service_name: 'keys' }, profiles: [pprof({ samples: [{ stack: ['a'], value: 1, labels }] })] }]);
    expect4xx(await attack('40,000 label keys', () => push(body, 'attacker')), /^4\d\d$/);
  });

  // Item 3.
  it('a 16 KB gzip Connect body inflating to 16 MB of empty series is refused', async () => {
    const body = gzip(emptySeries(8 * 1024 * 1024 - 8));
    expect4xx(await attack('gzip Connect empty series', () => push(body, 'attacker', { 'content-encoding': 'gzip' })), /^4\d\d$/);
  });

  // Item 4.
  it("a tenant past its series limit gets 429 naming the limit; its earlier series and another tenant's pushes go on", async () => {
    const many = (from: number) =>
      pushRequest(Array.from({ length: 50 }, (_, i) => ({ labels: { __name__: 'process_cpu', service_name: `s${from + i}` }, profiles: [pprof({ samples: [{ stack: ['a'], value: 1 }] })] })));
    let last: Answer = { status: 200, body: '' };
    for (let round = 0; round < 8 && last.status === 200; round++) last = await attack(`series flood round ${round}`, () => push(many(round * 50), 'flooder'));
    expect4xx(last, 429, /max-global-series-per-tenant/);
  });

  // Item 5.
  it('deep stacks make bounded answers: max_nodes bounds the flame graph, and the default answer stays small', async () => {
    const deep = (seed: number) =>
      pprof({ samples: Array.from({ length: 30 }, (_, s) => ({ stack: Array.from({ length: 600 }, (_, d) => `f${seed}_${s}_${d}`), value: 1 })) });
    for (let i = 0; i < 2; i++) {
      const pushed = await push(pushRequest([{ labels: { __name__: 'process_cpu', service_name: 'deep' }, profiles: [deep(i)] }]), 'deep');
      expect(pushed.status, pushed.body).to.equal(200);
    }
    const one = await attack('flame graph with max_nodes=1', () => query('SelectMergeStacktraces', { profile_typeID: CPU, label_selector: '{}', max_nodes: 1, ...range() }, 'deep'));
    expect(one.status, one.body).to.equal(200);
    const fg = (JSON.parse(one.body) as { flamegraph: { levels: unknown[]; total: string } }).flamegraph;
    expect(fg.levels.length).to.be.at.most(3);
    expect(Number(fg.total)).to.equal(60);
    const all = await attack('flame graph, default max_nodes', () => query('SelectMergeStacktraces', { profile_typeID: CPU, label_selector: '{}', ...range() }, 'deep'));
    expect(all.status).to.equal(200);
    expect(all.body.length, 'default flame graph bytes').to.be.below(4 * 1024 * 1024);
    const pprofAnswer = await attack('merged pprof, max_nodes=16', () => query('SelectMergeProfile', { profile_typeID: CPU, label_selector: '{}', max_nodes: 16, ...range() }, 'deep'));
    expect(pprofAnswer.status).to.equal(200);
    expect(pprofAnswer.body.length, 'merged pprof bytes').to.be.below(64 * 1024);
  });

  // Item 6.
  it('the ring page refuses to forget a healthy ingester, cross-site posts and __proto__', async () => {
    const form = (f: Record<string, string>) => new URLSearchParams(f).toString();
    const ct = { 'content-type': 'application/x-www-form-urlencoded' };
    expect4xx(await attack('forget a healthy ingester', () => post('/ring', form({ forget: 'ingester-2' }), ct)), 409, /force=true/);
    expect4xx(await attack('cross-site forget', () => post('/ring', form({ forget: 'ingester-2', force: 'true' }), { ...ct, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' })), 403);
    expect4xx(await attack('forget __proto__', () => post('/ring', form({ forget: '__proto__', force: 'true' }), ct)), 404);
    const ring = (await (await fetch(`${c.front}/ring?format=json`)).json()) as { instances: { id: string }[] };
    expect(ring.instances.map((i) => i.id)).to.deep.equal(['ingester-0', 'ingester-1', 'ingester-2']);
  });

  // Item 7.
  it('a pprof value of 2^63-1 is refused with 400 (never stored wrapped)', async () => {
    const body = pushRequest([{ labels: { __name__: 'process_cpu', service_name: 'int64' }, profiles: [pprof({ samples: [{ stack: ['a'], value: 2n ** 63n - 1n }, { stack: ['b'], value: 2n ** 63n - 1n }] })] }]);
    expect4xx(await attack('int64 max value', () => push(body, 'numbers')), 400);
  });

  it('folded counts past 2^53 or 1e308 are refused with 400', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const count of ['9007199254740993', '1e308']) {
      const a = await attack(`folded count ${count}`, () => post(`/ingest?name=folded&from=${now}&until=${now}&format=folded`, `main;work ${count}\n`, { 'content-type': 'text/plain', 'x-scope-orgid': 'numbers' }));
      expect4xx(a, 400);
    }
  });

  it('queries with a non-numeric start or a step of 1e308 are refused with 400, never NaN answers', async () => {
    const now = Date.now();
    expect4xx(await attack('start "abc"', () => query('SelectSeries', `{"profile_typeID":"${CPU}","label_selector":"{}","start":"abc","end":${now},"step":60}`, 'victim')), 400);
    expect4xx(await attack('step 1e308', () => query('SelectSeries', `{"profile_typeID":"${CPU}","label_selector":"{}","start":${now - 60_000},"end":${now},"step":1e308}`, 'victim')), 400);
  });

  // Item 8.
  it('an undecodable gRPC body is INVALID_ARGUMENT', async () => {
    expect4xx(await attack('undecodable gRPC', () => rawGrpc('/push.v1.PusherService/Push', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]))), 'invalid_argument');
  });

  it("a client's own deadline is 504 deadline_exceeded, not 503 blaming the ingesters", async () => {
    const a = await attack('client deadline', () =>
      query('SelectMergeStacktraces', { profile_typeID: CPU, label_selector: '{}', ...range() }, 'deep', { 'connect-timeout-ms': '1' }),
    );
    expect(a.status, a.body).to.be.oneOf([504, 499]);
    expect(a.body).not.to.match(/unavailable|ingester/);
  });

  it('max_nodes "abc" is 400 from SelectMergeStacktraces and SelectMergeProfile alike', async () => {
    for (const method of ['SelectMergeStacktraces', 'SelectMergeProfile']) {
      expect4xx(await attack(`max_nodes "abc" (${method})`, () => query(method, { profile_typeID: CPU, label_selector: '{}', max_nodes: 'abc', ...range() }, 'victim')), 400);
    }
  });

  it('name=app{a=b}} and duplicate labels in name= are refused with 400', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const name of ['app{a=b}}', 'app{a=1,a=2}']) {
      const a = await attack(`name=${name}`, () => post(`/ingest?name=${encodeURIComponent(name)}&from=${now}&until=${now}&format=folded`, 'main;work 1\n', { 'content-type': 'text/plain', 'x-scope-orgid': 'names' }));
      expect4xx(a, 400);
    }
  });

  it('a client dripping its body one byte at a time is cut off with 408 by -server.http-read-timeout', async () => {
    const a = await attack('dripping body', () => rawHttp('POST /push.v1.PusherService/Push HTTP/1.1\r\nhost: x\r\ncontent-type: application/proto\r\ncontent-length: 100000\r\n\r\n', 500));
    expect4xx(a, 408);
  });

  // Item 9 (the regex engine is the hardening issue's item 1).
  it('a hostile regex is answered within the bound and stalls nobody', async () => {
    const a = await attack('hostile regex', () => query('SelectMergeStacktraces', { profile_typeID: CPU, label_selector: '{service_name=~"(.*.*)*x"}', ...range() }, 'deep'));
    expect(String(a.status), a.body).to.match(/^(200|400)$/);
  });

  // Noisy neighbours: decoding runs on worker threads fed by per-tenant queues (ingest/decode-pool/).
  it("a tenant filling its decode queue gets 429 naming -push.decode-queue-per-tenant, while another tenant's large pushes are accepted", async function () {
    this.timeout(300_000);
    /** The worst push the limits accept (16,000 samples), under a service name of its own. */
    const worst = (service: string) => {
      const samples = Array.from({ length: 16_000 }, (_, s) => ({ stack: Array.from({ length: 32 }, (_, d) => `fn_${(s * 7 + d * 131) % 4000}`), value: 1 + (s % 97) }));
      return pushRequest([{ labels: { __name__: 'process_cpu', service_name: service }, profiles: [gzip(pprof({ samples }))] }]);
    };
    const flood = worst('flood');
    const victimBody = worst('victim-large');
    const refusals: string[] = [];
    const victim: Answer[] = [];
    let flooding = true;
    // Six connections send the flood back to back (more than the one running and the two waiting).
    const flooders = Array.from({ length: 6 }, async () => {
      while (flooding) {
        const a = await push(flood, 'flood');
        if (a.status === 429 && /push\.decode-queue-per-tenant/.test(a.body)) refusals.push(a.body);
      }
    });
    const deadline = Date.now() + 180_000;
    // The other tenant pushes a large profile (decoded on the worker too) until the flood has been refused.
    while ((refusals.length === 0 || victim.length < 3) && Date.now() < deadline) {
      const a = await push(victimBody, 'victim');
      expect(a.status, `the other tenant's push while one tenant floods: ${a.body}`).to.equal(200);
      victim.push(a);
    }
    flooding = false;
    await Promise.all(flooders);
    expect(refusals, 'the flooding tenant was refused by its queue bound').to.not.be.empty;
    // From the front's queue, or every replica's (the distributor passes their 429 on, naming the limit).
    expect(refusals[0]).to.match(/tenant flood already has 2 pushes waiting to be decoded: limit -push\.decode-queue-per-tenant \(2\) exceeded/);
    await victimRoundTrip();
  });
});
