import { expect } from 'chai';
import { ingester } from '../gen/index.ts';
import type { RequestContext } from '../model/api.ts';
import { silentLogger } from '../util/log.ts';
import { eventually } from '../util/eventually.ts';
import { createGrpcClient, GrpcServer } from './grpc.ts';
import { INGESTER_SERVICE, type BoundMethod } from './service-table.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a gRPC call's signal (what a handler watches to stop its work)", () => {
  let server: GrpcServer;
  const seen: AbortSignalLike[] = [];
  let hold: Promise<void> = Promise.resolve();

  before(async () => {
    const method: BoundMethod = {
      service: INGESTER_SERVICE,
      method: 'SelectSeriesDigests',
      requestType: ingester.v1.SeriesDigestsRequest,
      responseType: ingester.v1.SeriesDigestsResponse,
      handler: async (ctx: RequestContext) => {
        seen.push(ctx.signal!);
        await hold;
        return {};
      },
    };
    server = new GrpcServer({ port: 0, logger: silentLogger(), multiTenancy: () => false });
    server.addMethods([method]);
    await server.start();
  });
  after(() => server.stop());

  it('is aborted when the client cancels the call while the handler runs', async () => {
    seen.length = 0;
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const client = createGrpcClient(INGESTER_SERVICE, `127.0.0.1:${server.port}`);
    const caller = new AbortController();
    const answer = client.call('SelectSeriesDigests', { stepMs: 1 }, { signal: caller.signal }).catch((err: unknown) => err);
    await eventually('the handler to run', () => seen.length === 1);
    caller.abort();
    await eventually("the handler's signal to be aborted", () => seen[0]!.aborted);
    release();
    await answer;
    client.close();
  });

  it('is not aborted after the call was answered (grpc-js reports every closed stream as cancelled)', async () => {
    seen.length = 0;
    hold = Promise.resolve();
    const client = createGrpcClient(INGESTER_SERVICE, `127.0.0.1:${server.port}`);
    await client.call('SelectSeriesDigests', { stepMs: 1 });
    await sleep(50);
    expect(seen).to.have.length(1);
    expect(seen[0]!.aborted).to.equal(false);
    client.close();
  });
});
