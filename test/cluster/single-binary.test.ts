// -target=all: ingester, distributor and querier in one process (its ring in memory, replication factor 1
// by default), and the ingester's shutdown endpoints: prepare-shutdown, then /ingester/shutdown flushes,
// uploads, leaves the ring and ends the process with status 0.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { clusterDirs, kill, pushProfile, readProfile, ringRows, startProcess, sumsBy, type ClusterDirs, type Proc } from './harness.ts';

describe('-target=all runs ingester, distributor and querier in one process', function () {
  this.timeout(120_000);
  let dirs: ClusterDirs;
  let proc: Proc | undefined;

  before(async function () {
    this.timeout(180_000);
    dirs = clusterDirs('single-binary-');
    proc = await startProcess('all', [
      '-target=all', '-querier.max-query-length=0', '-ingester.ring.store=memory', '-ingester.ring.instance-id=solo', '-ingester.ring.instance-addr=127.0.0.1', '-ingester.ring.min-ready-duration=0s',
      '-server.http-listen-port=0', '-server.grpc-listen-port=0', '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
      `-ingester.data-dir=${path.join(dirs.root, 'data')}`, `-storage.filesystem.dir=${dirs.bucket}`, '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
    ]);
  });

  after(async () => {
    await kill(proc);
    dirs?.cleanup();
  });

  it('is ready and ACTIVE alone in its ring, and pushes and reads go through the distributor and querier', async () => {
    expect((await fetch(`${proc!.http}/ready`)).status).to.equal(200);
    const rows = await ringRows(proc!.http);
    expect(rows.map((r) => [r.id, r.state])).to.deep.equal([['solo', 'ACTIVE']]);
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids) await pushProfile(proc!.http, readProfile('go-cpu.pb.gz'), { service_name: 'solo-app', push_id: id }, randomUUID());
    const sums = await sumsBy(proc!.http, 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', '{service_name="solo-app"}', 'push_id');
    expect([...sums.keys()].sort()).to.deep.equal([...ids].sort());
    expect((await (await fetch(`${proc!.http}/metrics`)).text())).to.match(/distributor_pushes_total\{result="success"\} 2/);
  });

  it('prepare-shutdown is read, set and unset; /ingester/shutdown uploads everything, leaves and exits 0', async () => {
    const prepare = `${proc!.http}/ingester/prepare-shutdown`;
    expect(await (await fetch(prepare)).text()).to.equal('unset\n');
    expect((await fetch(prepare, { method: 'POST' })).status).to.equal(204);
    expect(await (await fetch(prepare)).text()).to.equal('set\n');
    expect((await fetch(prepare, { method: 'DELETE' })).status).to.equal(204);
    expect(await (await fetch(prepare)).text()).to.equal('unset\n');

    const res = await fetch(`${proc!.http}/ingester/shutdown`, { method: 'POST' });
    expect(res.status).to.equal(204);
    expect(await proc!.exited).to.deep.equal({ code: 0, signal: null });
    const blocks = path.join(dirs.bucket, 'anonymous', 'blocks');
    expect(existsSync(blocks) && readdirSync(blocks).length, 'blocks uploaded before exiting').to.be.greaterThan(0);
  });
});
