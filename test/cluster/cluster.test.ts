// Three ingester processes (file ring, folder bucket) behind one front process serving the distributor and
// the querier: replication with quorum, de-duplicated reads from ingesters and the bucket, kill -9 of one
// and then two ingesters, restarts with the same tokens, and a LEAVING ingester. One set of processes
// runs through the cases in order (each case starts from where the previous one left the cluster).
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import {
  allActive, clusterDirs, commonArgs, eventually, flameGraphTotal, ingesterArgs, kill, metric, pushProfile, readProfile, ringRows, RpcError, startProcess, sumsBy,
  type ClusterDirs, type Proc,
} from './harness.ts';

const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const IDS = ['ing-0', 'ing-1', 'ing-2'];

describe('a cluster of 3 ingester processes behind a distributor and a querier', function () {
  this.timeout(180_000);
  let dirs: ClusterDirs;
  const ing: Record<string, Proc | undefined> = {};
  let front: Proc;
  const raw = readProfile('go-cpu.pb.gz');
  let total = 0; // the profile's cpu:nanoseconds total, what one copy of it sums to
  const acked: string[] = [];
  let tokensBefore: Record<string, number[]> = {};

  // ing-2 uploads slowly, so that its LEAVING phase (flush and upload) lasts long enough to be observed.
  const extra = (id: string): string[] => ['-ingester.local-retention=0', '-ingester.cut-check-interval=100ms', ...(id === 'ing-2' ? ['-storage.upload-delay=1500ms'] : [])];
  const startIngester = async (id: string): Promise<Proc> => (ing[id] = await startProcess(id, ingesterArgs(dirs, id, extra(id))));

  async function pushOne(prefix: string): Promise<string> {
    const id = `${prefix}-${acked.length}-${randomUUID().slice(0, 8)}`;
    await pushProfile(front.http, raw, { service_name: 'cluster-test', push_id: id }, randomUUID());
    acked.push(id);
    return id;
  }

  /** Every acknowledged push is readable through the front, each exactly once. */
  async function expectAllAckedOnce(ids: readonly string[] = acked): Promise<void> {
    const sums = await sumsBy(front.http, TYPE, '{service_name="cluster-test"}', 'push_id');
    const missing = ids.filter((id) => !sums.has(id));
    expect(missing, 'acknowledged pushes missing from reads').to.deep.equal([]);
    const wrong = ids.filter((id) => sums.get(id) !== total);
    expect(wrong.map((id) => `${id}=${sums.get(id)}`), `each push counted once (${total})`).to.deep.equal([]);
    // The flame graph's two-phase read (each profile merged by the one source it was assigned to) counts each
    // once too: its total is the series' (which also hold a push refused for want of a quorum but written to
    // the one replica that was up, as in Pyroscope: not acknowledged, yet stored).
    const seriesTotal = [...sums.values()].reduce((a, b) => a + b, 0);
    expect(await flameGraphTotal(front.http, TYPE, '{service_name="cluster-test"}'), 'flame graph total').to.equal(seriesTotal);
  }

  before(async function () {
    this.timeout(240_000);
    const p = Profile.decode(gunzipSync(raw));
    const idx = p.sampleType.findIndex((t) => p.stringTable.strings[Number(t.type)] === 'cpu');
    for (const s of p.sample) total += Number(s.value[idx]);
    expect(total).to.be.greaterThan(0);
    dirs = clusterDirs('cluster-test-');
    await Promise.all(IDS.map(startIngester));
    front = await startProcess('front', ['-target=distributor,querier', ...commonArgs(dirs)]);
    const rows = await allActive(front.http, IDS);
    tokensBefore = Object.fromEntries(rows.map((r) => [r.id, r.tokens ?? []]));
  });

  after(async () => {
    await Promise.all([front, ...Object.values(ing)].map((p) => kill(p)));
    dirs?.cleanup();
  });

  it('returns each profile once though 3 replicas hold it: from the ingesters, from the bucket after a flush, and across both', async () => {
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await pushOne('a'));
    // Every ingester holds every series (RF=3 on 3 instances). The distributor answers once 2 replicas
    // acknowledged; the third copy is still on its way, so it is awaited, not assumed.
    for (const id of IDS) {
      let held: string[] = [];
      await eventually(`${id} to hold every push`, async () => {
        held = [...(await sumsBy(ing[id]!.http, TYPE, '{service_name="cluster-test"}', 'push_id')).keys()].sort();
        return held.length === first.length ? true : undefined;
      }).catch(() => undefined);
      expect(held, `${id} holds every push`).to.deep.equal([...first].sort());
    }
    await expectAllAckedOnce();
    expect(await flameGraphTotal(front.http, TYPE, '{service_name="cluster-test"}')).to.equal(4 * total);

    // Flush: three copies of each profile go to the bucket; with no local retention the ingesters drop theirs.
    await Promise.all(IDS.map(async (id) => expect((await fetch(`${ing[id]!.http}/flush`, { method: 'POST' })).status).to.equal(200)));
    for (const id of IDS) {
      await eventually(`${id} to hold nothing locally`, async () => ((await sumsBy(ing[id]!.http, TYPE, '{}', 'push_id')).size === 0 ? true : undefined));
    }
    await expectAllAckedOnce(); // from the bucket alone
    expect(await flameGraphTotal(front.http, TYPE, '{service_name="cluster-test"}')).to.equal(4 * total);

    for (let i = 0; i < 3; i++) await pushOne('b');
    await expectAllAckedOnce(); // across the bucket and the ingesters
    expect(await flameGraphTotal(front.http, TYPE, '{service_name="cluster-test"}')).to.equal(acked.length * total);
  });

  it('after kill -9 of one ingester, pushes keep succeeding, reads stay complete and every acknowledged profile is readable', async () => {
    const failures: string[] = [];
    let stop = false;
    let afterKill = 0;
    let killed = false;
    const loop = (async () => {
      while (!stop) {
        try {
          await pushOne('c');
          if (killed) afterKill++;
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    })();
    await eventually('a few pushes before the kill', async () => (acked.length >= 10 ? true : undefined));
    await kill(ing['ing-0']);
    killed = true;
    await eventually('pushes after the kill', async () => (afterKill >= 8 ? true : undefined), 90_000);
    stop = true;
    await loop;
    expect(failures, 'no push failed while one replica was down').to.deep.equal([]);
    await expectAllAckedOnce();
  });

  it('after kill -9 of a second ingester, pushes fail with an error naming the replicas, and reads refuse to be incomplete', async () => {
    await kill(ing['ing-1']);
    const before = acked.length;
    const err = await pushOne('d').then(() => undefined, (e: unknown) => e);
    expect(acked.length, 'no acknowledgement without a quorum').to.equal(before);
    expect(err).to.be.instanceOf(RpcError);
    expect((err as RpcError).status).to.equal(503);
    expect((err as RpcError).body).to.match(/needs 2 of 3 replicas/).and.match(/ing-[01]/);
    const readErr = await sumsBy(front.http, TYPE, '{}', 'push_id').then(() => undefined, (e: unknown) => e);
    expect(readErr).to.be.instanceOf(RpcError);
    expect((readErr as RpcError).status).to.equal(503);
    expect((readErr as RpcError).body).to.match(/missing: .*ing-[01]/);
  });

  it('restarted, the killed ingesters rejoin with the same tokens and everything acknowledged is there', async () => {
    await Promise.all(['ing-0', 'ing-1'].map(startIngester));
    // The ring still lists the killed processes as ACTIVE at their old addresses until the new ones register:
    // wait for the restarted ingesters to be ready (ACTIVE under their new address), then for the front to
    // read through them.
    for (const id of ['ing-0', 'ing-1']) await eventually(`${id} ready`, async () => ((await fetch(`${ing[id]!.http}/ready`)).ok ? true : undefined), 90_000);
    const rows = await allActive(front.http, IDS);
    for (const id of ['ing-0', 'ing-1']) expect(rows.find((r) => r.id === id)!.tokens, `${id} tokens`).to.deep.equal(tokensBefore[id]);
    // Push 'd' (refused for want of a quorum) is on ing-2 alone, and the querier asks only two of the three
    // ingesters, the third being a standby drawn from the query (-querier.minimize-ingester-requests). While the
    // front's ring view still names a killed ingester's old address, a read fails over to the standby and may see
    // 'd' where the next read, through the new address, does not: wait for a read that needed no standby.
    const standbysAsked = () => metric(front.http, 'querier_engine_standby_ingesters_asked_total');
    await eventually('reads through the restarted ingesters, none failing over', async () => {
      const before = await standbysAsked();
      const read = await sumsBy(front.http, TYPE, '{service_name="cluster-test"}', 'push_id').then(() => true, () => false);
      return read && (await standbysAsked()) === before ? true : undefined;
    }, 30_000);
    await expectAllAckedOnce();
    await pushOne('e');
    await expectAllAckedOnce();
  });

  it('a LEAVING ingester receives no writes but answers reads until its last block is uploaded, then leaves and rejoins with its tokens file', async () => {
    const leaving = ing['ing-2']!;
    const held = await sumsBy(leaving.http, TYPE, '{}', 'push_id');
    expect(held.size).to.be.greaterThan(0);
    expect((await fetch(`${leaving.http}/ingester/leave`, { method: 'POST' })).status).to.equal(202);
    await eventually('ing-2 LEAVING in the ring', async () => ((await ringRows(front.http)).find((r) => r.id === 'ing-2')?.state === 'LEAVING' ? true : undefined));
    const pushesBefore = await metric(leaving.http, 'ingester_pushes_total', { result: 'success' });

    // While its blocks upload (slowly), it still answers reads with everything it held, and the front's
    // reads are complete; new pushes go to the two ACTIVE ingesters only.
    const during = await sumsBy(leaving.http, TYPE, '{}', 'push_id');
    const statusAfterRead = (await (await fetch(`${leaving.http}/ingester/status`)).json()) as { state: string; flushed: boolean };
    expect(statusAfterRead.state).to.equal('LEAVING');
    // Its uploads take several seconds (1.5 s per object), so this read happened before the last one.
    expect(statusAfterRead.flushed, 'still uploading when it answered').to.equal(false);
    expect([...during.keys()].sort()).to.deep.equal([...held.keys()].sort());
    const newIds = [await pushOne('f'), await pushOne('f')];
    await expectAllAckedOnce();
    expect(await metric(leaving.http, 'ingester_pushes_total', { result: 'success' }), 'writes to the LEAVING ingester').to.equal(pushesBefore);
    expect([...(await sumsBy(leaving.http, TYPE, '{}', 'push_id')).keys()]).to.not.include.members(newIds);

    await eventually('ing-2 flushed', async () => (((await (await fetch(`${leaving.http}/ingester/status`)).json()) as { flushed: boolean }).flushed ? true : undefined), 90_000);
    await expectAllAckedOnce();

    // SIGTERM: it leaves the ring for good (its data is in the bucket) and exits 0; its tokens file stays.
    expect(await kill(leaving, 'SIGTERM')).to.deep.equal({ code: 0, signal: null });
    await eventually('ing-2 gone from the ring', async () => ((await ringRows(front.http)).some((r) => r.id === 'ing-2') ? undefined : true));
    await expectAllAckedOnce();
    await startIngester('ing-2');
    const rows = await allActive(front.http, IDS);
    expect(rows.find((r) => r.id === 'ing-2')!.tokens, 'tokens from the tokens file').to.deep.equal(tokensBefore['ing-2']);
    await expectAllAckedOnce();
  });
});
