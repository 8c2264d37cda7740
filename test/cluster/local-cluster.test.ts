// -target=local-cluster (what `make run` runs), as a real process: it starts 3 ingester children and a
// compactor child on the same bucket, prints
// where to push and query once they are ACTIVE, takes pushes and reads on its front port, reports a
// child that dies without restarting it, and on SIGTERM stops the children (they flush and leave) and
// exits 0.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCluster, type LocalClusterProcess } from '../support/local-cluster-process.ts';
import { eventually, pushProfile, readProfile, ringRows, sumsBy, type ClusterDirs } from './harness.ts';

describe('-target=local-cluster (make run)', function () {
  this.timeout(120_000);
  let cluster: LocalClusterProcess;
  let dirs: ClusterDirs;
  let logs: string[];
  let front = '';
  let compactor = '';

  before(async function () {
    this.timeout(180_000);
    cluster = await startLocalCluster({
      readyTimeoutMs: 150_000,
      listenAddressArgs: ['-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1'],
      extraArgs: ['-querier.max-query-length=0'], // sumsBy reads over all time (the test profiles are years old)
    });
    ({ dirs, logs, front, compactor } = cluster);
  });

  after(async () => cluster?.destroy());

  it('prints where to push and query, and serves both on the front port', async () => {
    expect(cluster.stdout()).to.include(`push:  ${front}/ingest`).and.include(`query: ${front}/querier.v1.QuerierService`);
    const rows = await ringRows(front);
    expect(rows.map((r) => [r.id, r.state])).to.deep.equal([['ingester-0', 'ACTIVE'], ['ingester-1', 'ACTIVE'], ['ingester-2', 'ACTIVE']]);
    const id = randomUUID();
    await pushProfile(front, readProfile('go-cpu.pb.gz'), { service_name: 'make-run', push_id: id }, randomUUID());
    expect([...(await sumsBy(front, 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', '{service_name="make-run"}', 'push_id')).keys()]).to.deep.equal([id]);
  });

  it('runs a compactor on the same bucket: named in the ready message, ready, passing over the bucket, with its metrics', async () => {
    expect(cluster.stdout()).to.include(`compactor: ${compactor}/compactor/status`);
    expect((await fetch(`${compactor}/ready`)).status).to.equal(200);
    const status = await eventually('a first successful pass', async () => {
      const s = (await (await fetch(`${compactor}/compactor/status`)).json()) as { lastSuccessfulPassAt: string | null; passes: { success: number } };
      return s.lastSuccessfulPassAt ? s : undefined;
    }, 60_000);
    expect(status.passes.success).to.be.at.least(1);
    expect(await (await fetch(`${compactor}/metrics`)).text()).to.match(/^compactor_runs_total\{result="success"\} [1-9]/m);
  });

  it('reports an ingester that dies and does not restart it; the cluster keeps taking writes', async () => {
    process.kill(cluster.pids().get('ingester-1')!, 'SIGKILL');
    await eventually('the death reported', async () => (logs.some((l) => l.includes('exited unexpectedly') && l.includes('ingester-1')) ? true : undefined));
    await pushProfile(front, readProfile('go-cpu.pb.gz'), { service_name: 'make-run', push_id: randomUUID() }, randomUUID());
    expect(cluster.pids().size, 'nothing restarted').to.equal(3);
    expect(logs.filter((l) => l.includes('ingester started')), 'nothing restarted').to.have.length(3);
  });

  it('on SIGTERM stops the remaining ingesters (flushed, out of the ring) and exits', async () => {
    cluster.child.kill('SIGTERM');
    const code = await cluster.exited;
    // ingester-1 was killed above, so the stop reports it (exit 1); the others left cleanly.
    expect(code).to.equal(1);
    expect(logs.some((l) => l.includes('did not stop cleanly') && l.includes('ingester-1'))).to.equal(true);
    // The failed list ends the message: ingester-1 alone, so the compactor stopped cleanly.
    expect(logs.filter((l) => l.includes('did not stop cleanly')).join('\n'), 'the compactor stops cleanly').to.include('): ingester-1"');
    const ring = JSON.parse(readFileSync(dirs.ringFile, 'utf8')) as { instances: Record<string, unknown> };
    expect(Object.keys(ring.instances)).to.deep.equal(['ingester-1']);
    expect(readFileSync(path.join(dirs.root, 'ingester-0', 'tokens.json'), 'utf8')).to.include('tokens');
  });
});
