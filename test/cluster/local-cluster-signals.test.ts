// `kill -TERM -- -PGID` on `make run` (as systemd's control-group kill does): the signal reaches the front and
// each ingester, and the front then forwards a second SIGTERM to each ingester while it flushes. No ingester
// may die mid-flush: every one uploads its head, leaves the ring, and the front exits 0.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRing } from '../../ingester/src/ring/model.ts';
import { startLocalCluster, type LocalClusterProcess } from '../support/local-cluster-process.ts';
import { eventually, pushProfile, readProfile } from './harness.ts';

describe('-target=local-cluster: a SIGTERM to the whole process group', function () {
  this.timeout(240_000);
  let cluster: LocalClusterProcess;
  /** The JSON log lines of the front and its ingesters (which share its stderr), whole lines only. */
  const logs = (): string[] => cluster.logs;
  const lines = (): { message?: string; instance?: string }[] =>
    logs().flatMap((l) => {
      try {
        return [JSON.parse(l) as { message?: string; instance?: string }];
      } catch {
        return []; // not JSON
      }
    });

  before(async function () {
    this.timeout(180_000);
    cluster = await startLocalCluster({
      dirPrefix: 'local-cluster-group-',
      // Each upload waits 1 s: the flush is still running when the front's forwarded SIGTERM arrives.
      extraArgs: ['-local-cluster.ingester-args=-storage.upload-delay=1s'],
      detached: true, // its own process group, as `make run` in a shell
    });
  });

  after(() => cluster?.destroy());

  it('every ingester uploads its head and leaves the ring; the front exits 0', async () => {
    const front = cluster.front;
    for (let i = 0; i < 5; i++) await pushProfile(front, readProfile('go-cpu.pb.gz'), { service_name: 'group-kill', __name__: 'process_cpu' }, `profile-${i}`);
    const ingesters = cluster.pids();
    process.kill(-cluster.child.pid!, 'SIGTERM');
    // The group's SIGTERM and the front's forwarded one may reach a child together, and standard signals do not
    // queue (signal(7)): then it sees one. So once each ingester has begun its flush (an upload takes 1 s), the
    // test repeats the signal itself, as an impatient operator or a second group kill would: it must be ignored.
    for (const [id, pid] of ingesters) {
      await eventually(`${id} to begin shutting down`, async () => (lines().some((e) => e.message === 'shutting down' && e.instance === id) ? true : undefined), 60_000, 50);
      process.kill(pid, 'SIGTERM');
    }
    const code = await cluster.exited;
    expect(logs().filter((l) => l.includes('did not stop cleanly')), 'ingesters that did not stop cleanly').to.deep.equal([]);
    expect(code).to.equal(0);
    expect(Object.keys(parseRing(readFileSync(cluster.dirs.ringFile, 'utf8')).instances), 'every ingester left the ring').to.deep.equal([]);
    const blocks = readdirSync(path.join(cluster.dirs.bucket, 'anonymous', 'blocks'));
    expect(blocks.length, 'each ingester uploaded its head').to.equal(3);
    for (const b of blocks) expect(readdirSync(path.join(cluster.dirs.bucket, 'anonymous', 'blocks', b))).to.include('meta.json');
    const ignoredBy = new Set(lines().filter((e) => String(e.message).startsWith('already shutting down')).map((e) => e.instance));
    expect([...ingesters.keys()].filter((id) => !ignoredBy.has(id)), `ingesters that did not log the repeated signal as ignored:\n${logs().filter((l) => /signal|shutting|stopped/.test(l)).join('\n')}`).to.deep.equal([]);
  });
});
