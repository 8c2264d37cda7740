// A GCS outage seen by a real ingester process (GcsBucket against the GCS test server): blocks wait on
// local disk, failures are counted and reported in /ingester/status, and once the bucket is back every
// block is uploaded, once.
import { expect } from 'chai';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { eventually } from '../../ingester/src/storage/testutil.ts';
import { startGcsServer, type GcsServer } from '../gcs/server.ts';
import { httpJson, pushProfile, startIngester, stopProcess, type IngesterProcess } from './harness.ts';

interface Status {
  flushed: boolean;
  blocksPendingUpload: number;
  uploadFailing: boolean;
  lastUploadError: string | null;
}

const failures = async (base: string): Promise<number> => {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = /^ingester_block_uploads_total\{result="failure"\} (\d+)/m.exec(text);
  return Number(m?.[1] ?? 0);
};

describe('ingester process: bucket outage', function () {
  this.timeout(60_000);
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
  let dir: string;
  let gcs: GcsServer | undefined;
  let ing: IngesterProcess | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingester-outage-'));
    gcs = await startGcsServer({ buckets: ['blocks'] });
  });
  after(async () => {
    await stopProcess(ing);
    await gcs?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps blocks on disk while GCS is down, reports the failure, and uploads every block once it is back', async () => {
    ing = await startIngester(join(dir, 'data'), join(dir, 'unused'), [
      '-storage.backend=gcs', '-storage.gcs.bucket-name=blocks', `-storage.gcs.endpoint=${gcs!.url}`, '-storage.gcs.max-retries=0',
      '-ingester.max-block-duration=500ms', '-ingester.cut-check-interval=100ms',
    ]);
    gcs!.faults.outage(true);
    for (let round = 0; round < 2; round++) {
      await pushProfile(ing.http, raw, { service_name: 'outage', __name__: 'process_cpu' }, `p-${round}`);
      // Each round is cut by age into its own block.
      await eventually(async () => (await httpJson<Status>(ing!.http, '/ingester/status')).blocksPendingUpload === round + 1, `block ${round + 1} cut`);
    }
    await eventually(async () => (await failures(ing!.http)) >= 3, 'upload failures counted');
    const status = await httpJson<Status>(ing.http, '/ingester/status');
    expect(status.uploadFailing).to.equal(true);
    expect(status.flushed).to.equal(false);
    expect(status.lastUploadError).to.be.a('string').and.not.equal('');
    const local = await readdir(join(dir, 'data', 'blocks'));
    expect(local).to.have.length(2);

    gcs!.faults.outage(false);
    await eventually(async () => (await httpJson<Status>(ing!.http, '/ingester/status')).flushed, 'every block uploaded', 30_000);
    const after = await httpJson<Status>(ing.http, '/ingester/status');
    expect(after.uploadFailing).to.equal(false);
    const names = gcs!.objects.list('blocks', {}).items.map((o) => o.name).sort();
    expect(names).to.deep.equal(local.flatMap((u) => ['index.bin', 'meta.json', 'samples.bin', 'symbols.bin'].map((f) => `anonymous/blocks/${u}/${f}`)).sort());
  });
});
