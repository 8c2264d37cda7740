// The compactor as a real process on the real GCS client against the GCS test server, with three ingester
// processes (RF=3, each uploading its own replica blocks) and a front (distributor + querier) reading the
// bucket. Ingesters keep uploaded blocks for 10 s (-ingester.local-retention), longer than the bucket index
// can be stale here (300 ms passes, 300 ms refresh, 3 s max stale), as docs/sre/compactor.md requires; each check is also
// made once they have dropped them, so that every profile is read from the bucket only. Through every step — a compactor SIGKILLed mid-merge (its partial block deleted after -compactor.partial-block-deletion-delay), 503s from the bucket, two compactors started at once, retention —
// each acknowledged push is counted exactly once by SelectSeries (summed per push) and by the flame graph.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { decodeTime } from 'ulid';
import { parseDuration } from '../../ingester/src/util/flags.ts';
import { startGcsServer, type GcsServer } from '../gcs/server.ts';
import {
  allActive, clusterDirs, commonArgs, eventually, flameGraphTotal, ingesterArgs, kill, metric, pushProfile, readProfile, startProcess, sumsBy,
  type ClusterDirs, type Proc,
} from '../cluster/harness.ts';

const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const IDS = ['ing-0', 'ing-1', 'ing-2'];
const BUCKET = 'blocks';
const TENANT = 'anonymous';
// Far longer than an ingester's upload here (well under a second, a few with 503s), as the flag's help asks.
const PARTIAL_DELAY = '15s';

describe('compactor process on GCS: exactly-once reads through a crash, 503s, two compactors and retention', function () {
  this.timeout(600_000);
  let dirs: ClusterDirs;
  let gcs: GcsServer;
  const ing: Record<string, Proc | undefined> = {};
  let front: Proc;
  const compactors: Proc[] = [];
  const raw = readProfile('go-cpu.pb.gz');
  let total = 0;
  const acked: string[] = [];

  const gcsArgs = () => ['-storage.backend=gcs', `-storage.gcs.bucket-name=${BUCKET}`, `-storage.gcs.endpoint=${gcs.url}`, '-storage.gcs.max-retry-delay=1s'];
  const startCompactor = async (name: string, extra: string[] = []): Promise<Proc> => {
    const p = await startProcess(name, [
      '-target=compactor', `-ingester.instance-id=${name}`, ...commonArgs(dirs, [...gcsArgs(), '-compactor.compaction-interval=300ms', '-compactor.tenant-lock-settle=200ms', '-compactor.tenant-lock-lease=10s', '-compactor.deletion-delay=3s', `-compactor.partial-block-deletion-delay=${PARTIAL_DELAY}`, '-compactor.first-level-compaction-wait-period=0', ...extra]),
    ]);
    compactors.push(p);
    return p;
  };

  /** Pushes `n` profiles (each its own push_id series), then flushes every ingester so all are in the bucket. */
  async function pushAndFlush(n: number): Promise<void> {
    const fresh: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = `push-${acked.length}-${randomUUID().slice(0, 8)}`;
      await pushProfile(front.http, raw, { service_name: 'compactor-test', push_id: id }, randomUUID());
      acked.push(id);
      fresh.push(id);
    }
    // The distributor answers after 2 of 3 replicas: wait for the third before cutting.
    for (const id of IDS) {
      await eventually(`${id} holds every new push`, async () => {
        const held = await sumsBy(ing[id]!.http, TYPE, '{service_name="compactor-test"}', 'push_id');
        return fresh.every((p) => held.has(p)) ? true : undefined;
      }).catch(() => undefined);
    }
    await Promise.all(IDS.map(async (id) => {
      const res = await fetch(`${ing[id]!.http}/flush`, { method: 'POST' });
      expect(res.status, `${id} flushed`).to.equal(200);
    }));
  }

  /** The reads a user makes, each push expected exactly once (or, with `expired`, each either once or not at all). */
  async function expectExactlyOnce(expired = false): Promise<{ present: number }> {
    const sums = await sumsBy(front.http, TYPE, '{service_name="compactor-test"}', 'push_id');
    const wrong = acked.filter((id) => (expired ? ![undefined, total].includes(sums.get(id)) : sums.get(id) !== total));
    expect(wrong.map((id) => `${id}=${sums.get(id)}`), `each push counted once (${total})`).to.deep.equal([]);
    const present = acked.filter((id) => sums.get(id) === total).length;
    expect(await flameGraphTotal(front.http, TYPE, '{service_name="compactor-test"}')).to.equal(present * total);
    return { present };
  }

  /** Waits until no ingester holds a block on local disk any more: reads then come from the bucket only. */
  const localBlocksGone = () => eventually('the ingesters dropped their uploaded blocks (local retention)', async () =>
    (IDS.every((id) => { try { return readdirSync(path.join(dirs.root, id, 'blocks')).length === 0; } catch { return true; } }) ? true : undefined), 60_000);

  /** Block folders in the bucket: complete or not, marked or not. */
  function blocks(): { ulid: string; files: string[] }[] {
    const byUlid = new Map<string, string[]>();
    for (const o of gcs.objects.list(BUCKET, { prefix: `${TENANT}/blocks/` }).items) {
      const [, , ulid, file] = o.name.split('/');
      if (!ulid || !file) continue;
      byUlid.set(ulid, [...(byUlid.get(ulid) ?? []), file]);
    }
    return [...byUlid].map(([ulid, files]) => ({ ulid, files }));
  }
  const live = () => blocks().filter((b) => b.files.includes('meta.json') && !b.files.includes('deletion-mark.json'));
  const metaOf = (ulid: string) => JSON.parse(gcs.objects.get(BUCKET, `${TENANT}/blocks/${ulid}/meta.json`)!.data.toString('utf8')) as { compaction?: { sources: string[] } };

  before(async function () {
    this.timeout(240_000);
    const p = Profile.decode(gunzipSync(raw));
    const idx = p.sampleType.findIndex((t) => p.stringTable.strings[Number(t.type)] === 'cpu');
    for (const s of p.sample) total += Number(s.value[idx]);
    dirs = clusterDirs('compactor-gcs-');
    gcs = await startGcsServer({ buckets: [BUCKET] });
    await Promise.all(IDS.map(async (id) => (ing[id] = await startProcess(id, ingesterArgs(dirs, id, [...gcsArgs(), '-ingester.local-retention=10s', '-ingester.cut-check-interval=100ms'])))));
    // A querier serves a query from the index it holds and refreshes it in the background, so after an idle
    // spell it may read an index up to -querier.bucket-index-max-stale-period old: kept below the ingesters'
    // 10 s local retention here, as docs/sre/compactor.md requires (with the default 30m, a query after the
    // ingesters dropped their copies read an index from before the merge and missed the newest pushes).
    front = await startProcess('front', ['-target=distributor,querier', ...commonArgs(dirs, [...gcsArgs(), '-querier.bucket-index-refresh=300ms', '-querier.bucket-index-max-stale-period=3s'])]);
    await allActive(front.http, IDS);
  });

  after(async () => {
    await Promise.all([front, ...Object.values(ing), ...compactors].map((p) => kill(p)));
    await gcs?.stop();
    dirs?.cleanup();
  });

  it('reads every push once from the three replicas uploaded by the ingesters (no compactor yet, no bucket index)', async () => {
    await pushAndFlush(6);
    expect(live().length, 'each ingester uploaded its replica block').to.be.at.least(3);
    await expectExactlyOnce();
    await localBlocksGone();
    await expectExactlyOnce();
  });

  it('a compactor SIGKILLed mid-merge leaves a partial block that no read sees; a new compactor finishes the work, the sources go after the deletion delay and the partial block after the partial-block delay', async () => {
    const sources = live().map((b) => b.ulid);
    // Slow uploads down, so the merge's files are seen going up before its meta.json.
    const slow = gcs.faults.delay(1500, { kind: ['upload.multipart', 'upload.media', 'upload.resumable.start'] });
    const first = await startCompactor('compactor-killed');
    const partial = await eventually('the merge writes its first file', async () => blocks().find((b) => !sources.includes(b.ulid) && !b.files.includes('meta.json') && b.files.length > 0));
    await kill(first, 'SIGKILL');
    slow();
    expect(blocks().find((b) => b.ulid === partial.ulid)!.files).to.not.include('meta.json');
    await expectExactlyOnce();

    const second = await startCompactor('compactor-2');
    const merged = await eventually('one compacted block holds every source', async () => {
      const l = live();
      return l.length === 1 && metaOf(l[0]!.ulid).compaction ? l[0] : undefined;
    }, 120_000);
    expect(metaOf(merged.ulid).compaction!.sources).to.include.members(sources);
    await expectExactlyOnce();
    expect(gcs.objects.get(BUCKET, `${TENANT}/bucket-index.json.gz`), 'the bucket index is written').to.not.equal(undefined);
    // A querier fetches the index again only when a query finds its copy old: so each poll queries.
    await eventually('the querier reads the bucket index', async () => {
      await expectExactlyOnce();
      return (await metric(front.http, 'querier_bucket_index_loads_total', { result: 'success' })) > 0 ? true : undefined;
    });
    await eventually('the sources are deleted after the delay', async () => (blocks().some((b) => sources.includes(b.ulid)) ? undefined : true), 60_000);
    await expectExactlyOnce();
    await eventually('the partial block is deleted after -compactor.partial-block-deletion-delay', async () => (blocks().some((b) => b.ulid === partial.ulid) ? undefined : true), 90_000);
    expect(Date.now() - decodeTime(partial.ulid), 'not before the delay (its ULID is when the merge began)').to.be.at.least(parseDuration(PARTIAL_DELAY));
    expect(await metric(second.http, 'compactor_partial_blocks_deleted_total')).to.equal(1);
    expect(blocks().every((b) => b.files.includes('meta.json')), 'no other folder without meta.json').to.equal(true);
    await expectExactlyOnce();
    expect(await metric(second.http, 'compactor_runs_total', { result: 'success' })).to.be.greaterThan(0);
    await kill(second, 'SIGTERM');
  });

  it('with 503s on a third of bucket requests, new replica blocks are still merged and every read stays exactly once', async () => {
    const c = await startCompactor('compactor-503');
    await pushAndFlush(4);
    await expectExactlyOnce();
    const faults = gcs.faults.failShare(0.33, 503, { kind: ['object.get', 'object.download', 'object.list', 'upload.multipart', 'upload.media', 'object.delete'] });
    try {
      await eventually('merged into one block again', async () => {
        await expectExactlyOnce();
        return live().length === 1 ? true : undefined;
      }, 120_000);
      await localBlocksGone();
      await expectExactlyOnce();
      expect(faults.hits, 'the faults were hit').to.be.greaterThan(0);
    } finally {
      faults.remove();
      await kill(c, 'SIGTERM');
    }
    await expectExactlyOnce();
  });

  it('two compactors started at once: reads stay exactly once and the tenant ends in one block', async () => {
    const [a, b] = await Promise.all([startCompactor('compactor-a'), startCompactor('compactor-b')]);
    try {
      await pushAndFlush(4);
      await eventually('merged into one block', async () => {
        await expectExactlyOnce();
        return live().length === 1 ? true : undefined;
      }, 120_000);
      await localBlocksGone();
      await expectExactlyOnce();
    } finally {
      await Promise.all([kill(a, 'SIGTERM'), kill(b, 'SIGTERM')]);
    }
  });

  it('retention: blocks past it are marked, no push is ever counted twice, then none is read and the blocks are deleted', async () => {
    // The recorded profiles are years old: any retention expires them.
    const c = await startCompactor('compactor-retention', ['-compactor.blocks-retention-period=24h']);
    await eventually('every push expired', async () => ((await expectExactlyOnce(true)).present === 0 ? true : undefined), 60_000);
    await eventually('the blocks are deleted, every file of them', async () => (blocks().length === 0 ? true : undefined), 60_000);
    await expectExactlyOnce(true);
    const exit = await kill(c, 'SIGTERM');
    expect(exit?.code, 'SIGTERM: a clean exit').to.equal(0);
  });
});
