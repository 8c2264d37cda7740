// Crashes of a real ingester process: kill -9 with acknowledged data in the WAL and in blocks, kill -9 in
// the middle of an upload, and a clean SIGTERM.
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { openBlock } from '../../ingester/src/storage/block/reader.ts';
import { BucketBlockSource } from '../../ingester/src/storage/block/source.ts';
import { FilesystemBucket } from '../../ingester/src/storage/objstore/filesystem.ts';
import { eventually, pprofTotals, profileTypeIds } from '../../ingester/src/storage/testutil.ts';
import { client, httpJson, pushProfile, startIngester, stopProcess, type IngesterProcess } from './harness.ts';

interface Status {
  state: string;
  flushed: boolean;
  blocksPendingUpload: number;
  uploadFailing: boolean;
  lastUploadError: string | null;
}

describe('ingester process: crashes and shutdown', function () {
  this.timeout(60_000);
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
  const typeIds = profileTypeIds(raw);
  const totals = pprofTotals(raw);
  let dir: string;
  let ing: IngesterProcess | undefined;
  const data = () => join(dir, 'data');
  const bucketDir = () => join(dir, 'bucket');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingester-crash-'));
  });
  afterEach(async () => {
    await stopProcess(ing);
    ing = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  const pushMany = (from: number, count: number) =>
    Promise.all(Array.from({ length: count }, (_, i) => pushProfile(ing!.http, raw, { service_name: 'crashy', __name__: 'process_cpu' }, `profile-${from + i}`)));

  /** Per profile type: how many profiles the ingester holds and the flame graph total. */
  const holdings = async () =>
    Promise.all(
      typeIds.map(async (id) => ({
        profiles: (await client.selectProfiles(ing!.http, id, '{service_name="crashy"}')).profiles.length,
        total: Number((await client.flameGraph(ing!.http, id, '{service_name="crashy"}')).flamegraph!.total),
      })),
    );
  const expected = (n: number) => totals.map((t) => ({ profiles: n, total: n * t }));

  it('keeps every acknowledged profile through kill -9, whether in the WAL or in blocks', async () => {
    ing = await startIngester(data(), bucketDir());
    await pushMany(0, 15);
    await httpJson(ing.http, '/flush', 'POST');
    await pushMany(15, 25);
    expect(await holdings()).to.deep.equal(expected(40));
    await stopProcess(ing, 'SIGKILL');
    ing = await startIngester(data(), bucketDir());
    expect(await holdings()).to.deep.equal(expected(40));
    // And once more, after a second crash with nothing new: replay does not double anything.
    await stopProcess(ing, 'SIGKILL');
    ing = await startIngester(data(), bucketDir());
    expect(await holdings()).to.deep.equal(expected(40));
  });

  it('puts a block interrupted by kill -9 mid-upload in the bucket exactly once after restart, same ULID, nothing lost', async () => {
    ing = await startIngester(data(), bucketDir(), ['-storage.upload-delay=300ms']);
    await pushMany(0, 10);
    void fetch(`${ing.http}/flush`, { method: 'POST' }).catch(() => undefined);
    const ulid = await eventually(async (): Promise<string> => {
      const blocks = await readdir(join(bucketDir(), 'anonymous', 'blocks')).catch(() => []);
      const first = blocks[0];
      return first && existsSync(join(bucketDir(), 'anonymous', 'blocks', first, 'index.bin')) ? first : '';
    }, 'the first file of the block in the bucket');
    await stopProcess(ing, 'SIGKILL');
    expect(existsSync(join(bucketDir(), 'anonymous', 'blocks', ulid, 'meta.json')), 'meta.json uploaded before the kill').to.equal(false);
    expect(await readdir(join(data(), 'blocks'))).to.deep.equal([ulid]);

    ing = await startIngester(data(), bucketDir());
    await eventually(async () => (await httpJson<Status>(ing!.http, '/ingester/status')).flushed, 'the pending block uploaded');
    expect(await readdir(join(bucketDir(), 'anonymous', 'blocks'))).to.deep.equal([ulid]);
    const block = await openBlock(new BucketBlockSource(new FilesystemBucket(bucketDir()), `anonymous/blocks/${ulid}/`));
    expect(block.meta.stats.profiles).to.equal(10 * typeIds.length);
    expect((await block.index()).profileCount).to.equal(10 * typeIds.length);
    await pushMany(10, 5);
    expect(await holdings()).to.deep.equal(expected(15));
  });

  it('on SIGTERM stops, uploads everything and exits 0', async () => {
    ing = await startIngester(data(), bucketDir());
    await pushMany(0, 5);
    ing.child.kill('SIGTERM');
    expect((await ing.exited).code).to.equal(0);
    const blocks = await readdir(join(bucketDir(), 'anonymous', 'blocks'));
    expect(blocks).to.have.length(1);
    const block = await openBlock(new BucketBlockSource(new FilesystemBucket(bucketDir()), `anonymous/blocks/${blocks[0]}/`));
    expect(block.meta.stats.profiles).to.equal(5 * typeIds.length);
    expect(await readdir(join(data(), 'blocks', blocks[0]!))).to.include('uploaded.json');
    expect(ing.logs.some((l) => l.includes('"stopped cleanly"'))).to.equal(true);
  });
});
