// Repeated signals during an ingester's shutdown flush. A signal to a whole process group (`kill -TERM -- -PGID`
// on `make run`, or systemd's control-group kill) reaches each ingester, and the local cluster's front then
// forwards a second one: the second must not end the process in the middle of its upload. The ingester keeps
// flushing, uploads its head, leaves the ring and exits 0.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { eventually } from '../../ingester/src/util/eventually.ts';
import { pushProfile, stopProcess, type IngesterProcess } from './harness.ts';
import { startProgram } from '../support/program.ts';

describe('ingester process: repeated signals during the shutdown flush', function () {
  this.timeout(120_000);
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
  let dir: string;
  let ing: IngesterProcess | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingester-signals-'));
  });
  afterEach(async () => {
    await stopProcess(ing);
    ing = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  for (const second of ['SIGTERM', 'SIGINT'] as const) {
    it(`a second signal (${second}) while the head is uploading does not abort the flush: the head is uploaded and the instance leaves the ring`, async () => {
      const ringFile = join(dir, 'ring.json');
      const bucket = join(dir, 'bucket');
      ing = await startProgram('ingester', [
        '-target=ingester', '-ingester.ring.instance-id=ing-sig', '-ingester.ring.instance-addr=127.0.0.1',
        '-server.http-listen-port=0', '-server.grpc-listen-port=0', '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
        '-ingester.ring.store=file', `-ring.store.file-path=${ringFile}`, '-ingester.ring.heartbeat-period=500ms', '-ingester.ring.min-ready-duration=0s',
        `-ingester.data-dir=${join(dir, 'data')}`, `-ingester.ring.tokens-file-path=${join(dir, 'data', 'tokens.json')}`, `-storage.filesystem.dir=${bucket}`,
        '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
        // Every object upload waits 1 s: the flush lasts several seconds, long enough to be signalled again.
        '-storage.upload-delay=1s',
      ], { timeoutMs: 60_000 });
      await Promise.all(Array.from({ length: 5 }, (_, i) => pushProfile(ing!.http, raw, { service_name: 'signalled', __name__: 'process_cpu' }, `profile-${i}`)));
      expect(JSON.parse(readFileSync(ringFile, 'utf8')) as unknown, 'registered in the ring').to.satisfy((r: unknown) => JSON.stringify(r).includes('ing-sig'));

      ing.child.kill('SIGTERM');
      await eventually('the shutdown started', () => ing!.logs.some((l) => l.includes('"shutting down"')), { timeoutMs: 30_000 });
      // Signalled again while uploading (the first object is delayed 1 s), and once more for good measure.
      await new Promise((r) => setTimeout(r, 300));
      ing.child.kill(second);
      await new Promise((r) => setTimeout(r, 300));
      ing.child.kill(second);

      expect(await ing.exited, `exit\n${ing.logs.slice(-15).join('\n')}`).to.deep.equal({ code: 0, signal: null });
      const blocks = await readdir(join(bucket, 'anonymous', 'blocks'));
      expect(blocks, 'the head uploaded as one block').to.have.length(1);
      expect(existsSync(join(bucket, 'anonymous', 'blocks', blocks[0]!, 'meta.json')), 'the block complete (meta.json last)').to.equal(true);
      expect(readFileSync(ringFile, 'utf8'), 'the instance left the ring').not.to.include('ing-sig');
      expect(ing.logs.some((l) => l.includes('"stopped cleanly"'))).to.equal(true);
      expect(ing.logs.some((l) => l.includes('already shutting down') && l.includes(second)), 'the repeated signal is logged').to.equal(true);
    });
  }
});
