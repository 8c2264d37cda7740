// Honest readiness of the front (-target=distributor,querier, what `make run` serves on :4040): /ready answers
// 503, with a body saying why, until a write can reach a quorum of ingesters (distributor) and a read can
// (querier). Before this, /ready said 200 ~0.4 s after start while a push got 503 "the ring is empty".
import { expect } from 'chai';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { clusterDirs, commonArgs, eventually, ingesterArgs, kill, pushProfile, startProcess, type ClusterDirs, type Proc } from './harness.ts';

describe('front readiness: /ready answers 200 only when a write and a read can succeed', function () {
  this.timeout(180_000);
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
  let dirs: ClusterDirs;
  let front: Proc | undefined;
  let ingester: Proc | undefined;

  before(() => {
    dirs = clusterDirs('front-ready-');
  });
  after(async () => {
    await kill(front);
    await kill(ingester);
    dirs.cleanup();
  });

  const ready = async (): Promise<{ status: number; body: string }> => {
    const res = await fetch(`${front!.http}/ready`);
    return { status: res.status, body: await res.text() };
  };
  let pushes = 0;
  const push = () => pushProfile(front!.http, raw, { service_name: 'ready-check', __name__: 'process_cpu' }, `profile-${pushes++}`).then(() => 'ok', (e: unknown) => (e as Error).message);

  it('is 503 naming the empty ring while no ingester is in the ring, when a push fails too', async () => {
    front = await startProcess('front', ['-target=distributor,querier', '-ingester.ring.replication-factor=1', ...commonArgs(dirs)]);
    // Right after start, and for a while: never 200 while pushes cannot succeed.
    for (let i = 0; i < 10; i++) {
      const r = await ready();
      expect(r.status, r.body).to.equal(503);
      expect(r.body).to.match(/not ready: .*writes: .*the ring is empty/);
      expect(r.body).to.match(/reads: /);
      expect(await push()).to.match(/HTTP 503/);
      await new Promise((res) => setTimeout(res, 100));
    }
  });

  it('turns 200 once an ingester is ACTIVE, and a push right after succeeds', async () => {
    ingester = await startProcess('ingester-1', ingesterArgs(dirs, 'ingester-1', ['-ingester.ring.replication-factor=1']));
    await eventually('the front ready', async () => ((await ready()).status === 200 ? true : undefined), 60_000, 50);
    expect(await push()).to.equal('ok');
  });

  it('is 503 again when the only ingester has left the ring', async () => {
    expect(await kill(ingester, 'SIGTERM')).to.deep.equal({ code: 0, signal: null });
    const r = await eventually('the front not ready', async () => {
      const answer = await ready();
      return answer.status === 503 ? answer : undefined;
    });
    expect(r.body).to.match(/writes: .*the ring is empty/);
    expect(await push()).to.match(/HTTP 503/);
  });
});
