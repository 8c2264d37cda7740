// A query's deadline crosses the wire: the querier's gRPC deadline (from -querier.query-timeout) reaches the
// ingester's handler, whose synchronous loops stop between series once it passes (issue 10 item 1's CPU
// bound; issue 14's "a query deadline propagates to the ingesters and cancels their work").
import { expect } from 'chai';
import { Registry } from 'prom-client';
import type { IngesterApi, RequestContext } from '../model/api.ts';
import { createGrpcClient, GrpcServer } from '../server/grpc.ts';
import { HttpServer } from '../server/http.ts';
import { INGESTER_SERVICE } from '../server/service-table.ts';
import { registerServices } from '../server/services.ts';
import { ApiError } from '../util/errors.ts';
import { eventually } from '../util/eventually.ts';
import { silentLogger } from '../util/log.ts';
import { checkQueryDeadline } from './deadline.ts';

describe('a query deadline reaches the ingester and stops its work between series', function () {
  this.timeout(60_000);
  let grpcServer: GrpcServer;
  let http: HttpServer;
  const runs: Array<{ series: number; ended?: string }> = [];

  /** An ingester whose Series walks "series" forever unless its deadline stops it. */
  const busyIngester = {
    async series(ctx: RequestContext) {
      const run: { series: number; ended?: string } = { series: 0 };
      runs.push(run);
      try {
        for (;;) {
          checkQueryDeadline(ctx, 'series');
          run.series++;
        }
      } catch (err) {
        run.ended = (err as ApiError).code;
        throw err;
      }
    },
  } as unknown as IngesterApi;

  before(async () => {
    grpcServer = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => false });
    http = new HttpServer({ port: 0, registry: new Registry(), logger: silentLogger() });
    registerServices({ grpc: grpcServer, http }, { ingester: busyIngester }, { multiTenancy: () => false });
    await grpcServer.start();
    await http.start();
  });
  after(async () => {
    await grpcServer.stop();
    await http.stop();
  });

  it('over gRPC: the caller gets DEADLINE_EXCEEDED and the ingester stops looping', async () => {
    const client = createGrpcClient(INGESTER_SERVICE, grpcServer.address);
    try {
      const err = await client.call('Series', {}, { deadlineMs: 3000 }).then(() => undefined, (e: unknown) => e);
      expect(err).to.be.instanceOf(ApiError).with.property('code', 'deadline_exceeded');
      const run = await eventually('the ingester to stop its loop', () => runs.at(-1)?.ended, { timeoutMs: 30_000 });
      expect(run).to.equal('deadline_exceeded');
      expect(runs.at(-1)!.series).to.be.above(0);
    } finally {
      client.close();
    }
  });

  it('over Connect: Connect-Timeout-Ms bounds the ingester the same way, answered 504', async () => {
    const res = await fetch(`${http.address}/${INGESTER_SERVICE}/Series`, { method: 'POST', headers: { 'content-type': 'application/json', 'connect-timeout-ms': '300' }, body: '{}' });
    expect(res.status).to.equal(504);
    expect(((await res.json()) as { code: string }).code).to.equal('deadline_exceeded');
    expect(runs.at(-1)!.ended).to.equal('deadline_exceeded');
  });
});
