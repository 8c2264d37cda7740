import { expect } from 'chai';
import http from 'node:http';
import zlib from 'node:zlib';
import { Registry } from 'prom-client';
import { querier } from '../gen/index.ts';
import type { QuerierApi, RequestContext } from '../model/api.ts';
import { encodedAnswer } from '../query/encoded-answer.ts';
import { silentLogger } from '../util/log.ts';
import { connectNotFound } from './connect.ts';
import { createGrpcClient, GrpcServer } from './grpc.ts';
import { HttpServer } from './http.ts';
import { QUERIER_SERVICE } from './service-table.ts';
import { registerServices } from './services.ts';

/** A QuerierApi fake (plain object) recording the requests it sees. */
function fakeQuerier(): QuerierApi & { seen: Array<{ method: string; ctx: RequestContext; request: unknown }> } {
  const seen: Array<{ method: string; ctx: RequestContext; request: unknown }> = [];
  const record = (method: string, ctx: RequestContext, request: unknown): void => void seen.push({ method, ctx, request });
  return {
    seen,
    async profileTypes(ctx, r) {
      record('profileTypes', ctx, r);
      return { profileTypes: [{ ID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', name: 'process_cpu', sampleType: 'cpu', sampleUnit: 'nanoseconds', periodType: 'cpu', periodUnit: 'nanoseconds' }] };
    },
    async labelNames(ctx, r) {
      record('labelNames', ctx, r);
      return { names: ['service_name'] };
    },
    async labelValues(ctx, r) {
      record('labelValues', ctx, r);
      return { names: Array.from({ length: 500 }, (_, i) => `value-${i}`) };
    },
    async series(ctx, r) {
      record('series', ctx, r);
      return { labelsSet: [] };
    },
    async selectMergeStacktraces(ctx, r) {
      record('selectMergeStacktraces', ctx, r);
      return { flamegraph: { names: ['total', 'main'], levels: [{ values: [0, 100, 0, 0] }, { values: [0, 100, 100, 1] }], total: 100, maxSelf: 100 } };
    },
    async selectMergeSpanProfile(ctx, r) {
      record('selectMergeSpanProfile', ctx, r);
      return { flamegraph: { names: ['total'], levels: [{ values: [0, 0, 0, 0] }], total: 0, maxSelf: 0 } };
    },
    async selectMergeProfile(ctx, r) {
      record('selectMergeProfile', ctx, r);
      return { stringTable: [''], timeNanos: 1_700_000_000_000_000_000 };
    },
    async selectSeries(ctx, r) {
      record('selectSeries', ctx, r);
      return { series: [{ labels: [{ name: 'service_name', value: 'svc' }], points: [{ value: 1.5, timestamp: 1_700_000_000_000 }] }] };
    },
  };
}

describe('Connect JSON mapping, gzip responses, deadlines and the querier service over gRPC', () => {
  let server: HttpServer;
  let grpcServer: GrpcServer;
  let q: ReturnType<typeof fakeQuerier>;

  before(async () => {
    q = fakeQuerier();
    server = new HttpServer({ port: 0, registry: new Registry(), logger: silentLogger(), notFound: connectNotFound, maxBodyBytes: 64 * 1024 });
    grpcServer = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => false });
    registerServices({ http: server, grpc: grpcServer }, { querier: q }, { multiTenancy: () => false });
    await server.start();
    await grpcServer.start();
  });
  after(async () => {
    await server.stop();
    await grpcServer.stop();
  });

  const post = (method: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.address}/querier.v1.QuerierService/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('reads int64 given as strings and enums given as names, and writes int64 as strings', async () => {
    const res = await post('SelectSeries', { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', label_selector: '{service_name="svc"}', start: '1700000000000', end: 1700000060000, step: 15, aggregation: 'TIME_SERIES_AGGREGATION_TYPE_AVERAGE', group_by: ['service_name'] });
    expect(res.status).to.equal(200);
    const request = q.seen.at(-1)!.request as querier.v1.SelectSeriesRequest;
    expect(request.start).to.equal(1_700_000_000_000);
    expect(request.end).to.equal(1_700_000_060_000);
    expect(request.labelSelector).to.equal('{service_name="svc"}');
    expect(request.groupBy).to.deep.equal(['service_name']);
    expect(request.aggregation).to.equal(1);
    expect(await res.json()).to.deep.equal({ series: [{ labels: [{ name: 'service_name', value: 'svc' }], points: [{ value: 1.5, timestamp: '1700000000000' }] }] });
  });

  it('refuses int64 fields that are no integer within ±2^53 with 400, as the other out-of-range numbers ("1e20" was read as 1)', async () => {
    for (const start of ['1e20', 1e20, '1.5', 1.5, '0x10', ' 12', '9007199254740993', 9007199254740992, 'abc', '-1e400']) {
      const res = await post('SelectSeries', { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', label_selector: '{}', start, end: 1700000060000, step: 15 });
      const body = (await res.json()) as { code: string; message: string };
      expect(res.status, `start ${JSON.stringify(start)}: ${JSON.stringify(body)}`).to.equal(400);
      expect(body.code).to.equal('invalid_argument');
      expect(body.message).to.include(JSON.stringify(String(start)).slice(1, -1).trim());
    }
  });

  it('reads an int64 given as an exact integer in exponent form as proto3 JSON does ("1.7e12" is 1700000000000)', async () => {
    const res = await post('SelectSeries', { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', label_selector: '{}', start: '1.7e12', end: 1.70000006e12, step: '15' });
    expect(res.status).to.equal(200);
    const request = q.seen.at(-1)!.request as querier.v1.SelectSeriesRequest;
    expect(request.start).to.equal(1_700_000_000_000);
    expect(request.end).to.equal(1_700_000_060_000);
  });

  it('writes a flame graph in proto3 JSON (camelCase names, int64 as strings)', async () => {
    const res = await post('SelectMergeStacktraces', { profile_typeID: 'x', format: 'PROFILE_FORMAT_FLAMEGRAPH' });
    expect((q.seen.at(-1)!.request as querier.v1.SelectMergeStacktracesRequest).format).to.equal(1);
    expect(await res.json()).to.deep.equal({ flamegraph: { names: ['total', 'main'], levels: [{ values: ['0', '100', '0', '0'] }, { values: ['0', '100', '100', '1'] }], total: '100', maxSelf: '100' } });
  });

  it('gzips large responses for clients that accept gzip', async () => {
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      const req = http.request(`${server.address}/querier.v1.QuerierService/LabelValues`, { method: 'POST', headers: { 'content-type': 'application/proto', 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(raw.encoding).to.equal('gzip');
    const names = (await import('../gen/index.ts')).types.v1.LabelValuesResponse.decode(zlib.gunzipSync(raw.body)).names;
    expect(names).to.have.length(500);
  });

  it('sends an answer that came gzip\'d as those bytes to a protobuf client that accepts gzip, and inflated to any other', async () => {
    const flame = { flamegraph: { names: ['total', ...Array.from({ length: 300 }, (_, i) => `function-${i}`)], levels: [{ values: [0, 100, 0, 0] }], total: 100, maxSelf: 0 } };
    const plain = querier.v1.SelectMergeStacktracesResponse.encode(flame).finish();
    const gzipped = zlib.gzipSync(plain);
    const asked: Array<boolean | undefined> = [];
    const own = new HttpServer({ port: 0, registry: new Registry(), logger: silentLogger(), notFound: connectNotFound });
    const api = { ...fakeQuerier(), selectMergeStacktraces: async (ctx: RequestContext) => (asked.push(ctx.answerMayBeGzipped), encodedAnswer(querier.v1.SelectMergeStacktracesResponse, gzipped, ['flamegraph'], true)) };
    registerServices({ http: own }, { querier: api }, { multiTenancy: () => false });
    await own.start();
    try {
      const call = (headers: Record<string, string>, body: Uint8Array) => new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = http.request(`${own.address}/querier.v1.QuerierService/SelectMergeStacktraces`, { method: 'POST', headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
      const request = querier.v1.SelectMergeStacktracesRequest.encode({ profileTypeID: 'x' }).finish();
      const asIs = await call({ 'content-type': 'application/proto', 'accept-encoding': 'gzip, deflate' }, request);
      expect(asIs.encoding).to.equal('gzip');
      expect(asIs.body).to.deep.equal(gzipped);
      const noGzip = await call({ 'content-type': 'application/proto' }, request);
      expect(noGzip.encoding).to.equal(undefined);
      expect(noGzip.body).to.deep.equal(Buffer.from(plain));
      const json = await call({ 'content-type': 'application/json', 'accept-encoding': 'gzip' }, Buffer.from('{"profileTypeID":"x"}'));
      expect(json.encoding).to.equal('gzip');
      expect(JSON.parse(zlib.gunzipSync(json.body).toString()).flamegraph.names).to.have.length(301);
      expect(asked).to.deep.equal([true, undefined, undefined]);
    } finally {
      await own.stop();
    }
  });

  it('passes Connect-Timeout-Ms to the implementation as an abort signal', async () => {
    await post('LabelNames', {}, { 'connect-timeout-ms': '60000' });
    const ctx = q.seen.at(-1)!.ctx;
    expect(ctx.signal).to.have.property('aborted', false);
    expect(ctx.deadline).to.be.within(Date.now() + 50_000, Date.now() + 60_000);
  });

  it('refuses a chunked body that grows past the limit with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${server.address}/querier.v1.QuerierService/LabelNames`, { method: 'POST', headers: { 'content-type': 'application/proto' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => undefined);
      const chunk = Buffer.alloc(16 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 64) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
      setTimeout(() => reject(new Error('no answer')), 20_000).unref();
    });
    expect(status).to.equal(413);
  });

  it('serves the same implementation over gRPC (querier client from the method table)', async () => {
    const client = createGrpcClient(QUERIER_SERVICE, grpcServer.address, { defaultDeadlineMs: 5000 });
    try {
      const res = await client.call<querier.v1.ProfileTypesResponse>('ProfileTypes', { start: 1, end: 2 }, { tenant: 't' });
      expect(res.profileTypes[0]!.ID).to.equal('process_cpu:cpu:nanoseconds:cpu:nanoseconds');
      expect(q.seen.at(-1)!.ctx.tenant).to.equal('t');
    } finally {
      client.close();
    }
  });
});
