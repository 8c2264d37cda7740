// -target=all: ingester, distributor and querier in one process (its ring in memory, replication factor 1
// by default), and the ingester's shutdown endpoints: prepare-shutdown, then /ingester/shutdown flushes,
// uploads, leaves the ring and ends the process with status 0.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { querier } from '../../ingester/src/gen/index.ts';
import { clusterDirs, connect, kill, metric, pushProfile, readProfile, ringRows, startProcess, sumsBy, type ClusterDirs, type Proc } from './harness.ts';

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
      '-querier.query-ingesters-within=1h',
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

  it('a range ending more than -querier.query-ingesters-within ago is read from the bucket alone: a profile only in the head appears there once flushed', async () => {
    const raw = readProfile('go-cpu.pb.gz');
    // The test profile was recorded years ago: its own time is far older than now - 1h.
    const t = Math.floor(Number(Profile.decode(gunzipSync(raw)).timeNanos) / 1e6);
    const id = randomUUID();
    await pushProfile(proc!.http, raw, { service_name: 'old-range', push_id: id }, randomUUID());
    const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
    const pointsAround = async (): Promise<number> => {
      const res = querier.v1.SelectSeriesResponse.decode(
        await connect(proc!.http, 'querier.v1.QuerierService/SelectSeries', querier.v1.SelectSeriesRequest.encode({ profileTypeID: TYPE, labelSelector: '{service_name="old-range"}', start: t - 1000, end: t + 1000, step: 1 }).finish()),
      );
      return res.series.flatMap((s) => s.points ?? []).length;
    };
    expect(await pointsAround(), 'the head is not asked for a range that old').to.equal(0);
    // Up to now the ingester is asked: the profile is there.
    expect([...(await sumsBy(proc!.http, TYPE, '{service_name="old-range"}', 'push_id')).keys()]).to.deep.equal([id]);
    expect((await fetch(`${proc!.http}/flush`, { method: 'POST' })).status).to.equal(200);
    expect(await pointsAround(), 'from the bucket once uploaded').to.equal(1);
    expect(await metric(proc!.http, 'querier_engine_ingesters_skipped_total', { method: 'selectSeries' })).to.equal(2);
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
