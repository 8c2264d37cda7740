// -target=local-cluster (what `make run` runs), as a real process: it starts 3 ingester children and a
// compactor child on the same bucket, prints
// where to push and query once they are ACTIVE, takes pushes and reads on its front port, reports a
// child that dies without restarting it, and on SIGTERM stops the children (they flush and leave) and
// exits 0.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clusterDirs, eventually, freeRun, pushProfile, readProfile, ringRows, ROOT, sumsBy, type ClusterDirs } from './harness.ts';

describe('-target=local-cluster (make run)', function () {
  this.timeout(120_000);
  let dirs: ClusterDirs;
  let child: ChildProcess;
  let stdout = '';
  const logs: string[] = [];
  let exited: Promise<number | null>;
  let front = '';
  let compactor = '';

  /** The children's PIDs by ingester ID, from the front's "ingester started" log lines. */
  function startedPids(): Map<string, number> {
    const out = new Map<string, number>();
    for (const line of logs) {
      try {
        const e = JSON.parse(line) as { message?: string; ingester?: string; pid?: number };
        if (e.message === 'ingester started' && e.ingester && e.pid) out.set(e.ingester, e.pid);
      } catch {
        // not JSON
      }
    }
    return out;
  }

  before(async function () {
    this.timeout(180_000);
    dirs = clusterDirs('local-cluster-');
    // Four HTTP ports: the three ingesters' and the compactor's after them.
    const [http, grpc, frontPort] = [await freeRun(4), await freeRun(3), await freeRun(2)];
    compactor = `http://127.0.0.1:${http + 3}`;
    front = `http://127.0.0.1:${frontPort}`;
    child = spawn(process.execPath, [
      '--import', 'tsx', 'ingester/src/main.ts', '-target=local-cluster',
      `-server.http-listen-port=${frontPort}`, `-server.grpc-listen-port=${frontPort + 1}`, '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
      `-local-cluster.data-dir=${dirs.root}`, `-ring.store.file-path=${dirs.ringFile}`, `-storage.filesystem.dir=${dirs.bucket}`,
      `-local-cluster.ingester-http-port=${http}`, `-local-cluster.ingester-grpc-port=${grpc}`,
      '-ingester.ring.heartbeat-period=500ms', '-ingester.ring.min-ready-duration=0s', '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
      '-querier.max-query-length=0', // sumsBy reads over all time (the test profiles are years old)
    ], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => logs.push(...c.toString().split('\n').filter(Boolean)));
    await eventually('the "ready" message', async () => (stdout.includes('Local cluster ready') ? true : undefined), 150_000);
  });

  after(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    // Children of a SIGKILLed front would linger: stop whatever ingester of this cluster is still in the ring file.
    for (const pid of startedPids().values()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    dirs?.cleanup();
  });

  it('prints where to push and query, and serves both on the front port', async () => {
    expect(stdout).to.include(`push:  ${front}/ingest`).and.include(`query: ${front}/querier.v1.QuerierService`);
    const rows = await ringRows(front);
    expect(rows.map((r) => [r.id, r.state])).to.deep.equal([['ingester-0', 'ACTIVE'], ['ingester-1', 'ACTIVE'], ['ingester-2', 'ACTIVE']]);
    const id = randomUUID();
    await pushProfile(front, readProfile('go-cpu.pb.gz'), { service_name: 'make-run', push_id: id }, randomUUID());
    expect([...(await sumsBy(front, 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', '{service_name="make-run"}', 'push_id')).keys()]).to.deep.equal([id]);
  });

  it('runs a compactor on the same bucket: named in the ready message, ready, passing over the bucket, with its metrics', async () => {
    expect(stdout).to.include(`compactor: ${compactor}/compactor/status`);
    expect((await fetch(`${compactor}/ready`)).status).to.equal(200);
    const status = await eventually('a first successful pass', async () => {
      const s = (await (await fetch(`${compactor}/compactor/status`)).json()) as { lastSuccessfulPassAt: string | null; passes: { success: number } };
      return s.lastSuccessfulPassAt ? s : undefined;
    }, 60_000);
    expect(status.passes.success).to.be.at.least(1);
    expect(await (await fetch(`${compactor}/metrics`)).text()).to.match(/^compactor_runs_total\{result="success"\} [1-9]/m);
  });

  it('reports an ingester that dies and does not restart it; the cluster keeps taking writes', async () => {
    process.kill(startedPids().get('ingester-1')!, 'SIGKILL');
    await eventually('the death reported', async () => (logs.some((l) => l.includes('exited unexpectedly') && l.includes('ingester-1')) ? true : undefined));
    await pushProfile(front, readProfile('go-cpu.pb.gz'), { service_name: 'make-run', push_id: randomUUID() }, randomUUID());
    expect(startedPids().size, 'nothing restarted').to.equal(3);
    expect(logs.filter((l) => l.includes('ingester started')), 'nothing restarted').to.have.length(3);
  });

  it('on SIGTERM stops the remaining ingesters (flushed, out of the ring) and exits', async () => {
    child.kill('SIGTERM');
    const code = await exited;
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
