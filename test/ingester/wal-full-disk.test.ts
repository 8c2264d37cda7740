// A WAL that cannot write (here: its disk is full, a real ENOSPC on a 2 MiB tmpfs mounted over the WAL folder)
// must not latch forever while the ingester stays ACTIVE and keeps getting writes. While the WAL cannot write:
// pushes are refused with a retryable error (503 / UNAVAILABLE), the instance is read-only in the ring (out of
// the write path, still serving reads), /ingester/status and ingester_wal_writable say so; the WAL keeps
// retrying and, once the disk has room, the instance is writable again and nothing acknowledged was lost.
// Mounting needs root (CAP_SYS_ADMIN): without it the test is skipped, saying why.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { parseRing } from '../../ingester/src/ring/model.ts';
import { eventually } from '../../ingester/src/util/eventually.ts';
import { startProgram } from '../support/program.ts';
import { client, httpJson, pushProfile, stopProcess, type IngesterProcess } from './harness.ts';

interface Status {
  state: string;
  walWritable: boolean;
  walError: string | null;
}

/** Fills the file system holding `dir` with one file until ENOSPC; returns its path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  return path;
}

async function metric(base: string, name: string): Promise<number | undefined> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(' ')[1]);
}

describe('ingester process: a WAL that cannot write (full disk)', function () {
  this.timeout(180_000);
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
  const typeId = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
  let dir: string;
  let walDir: string;
  let mounted = false;
  let ing: IngesterProcess | undefined;

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'ingester-wal-full-'));
    walDir = join(dir, 'data', 'wal');
    mkdirSync(walDir, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', walDir], { stdio: 'pipe' });
      mounted = true;
    } catch (err) {
      this.skip(); // needs root to mount a small tmpfs: ${(err as Error).message}
    }
  });
  after(async () => {
    await stopProcess(ing);
    if (mounted) execFileSync('umount', ['-l', walDir]);
    await rm(dir, { recursive: true, force: true });
  });

  const start = () =>
    startProgram('ingester', [
      '-target=ingester', '-ingester.ring.instance-id=ing-wal', '-ingester.ring.instance-addr=127.0.0.1',
      '-server.http-listen-port=0', '-server.grpc-listen-port=0', '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
      '-ingester.ring.store=file', `-ring.store.file-path=${join(dir, 'ring.json')}`, '-ingester.ring.heartbeat-period=500ms', '-ingester.ring.min-ready-duration=0s',
      `-ingester.data-dir=${join(dir, 'data')}`, `-ingester.ring.tokens-file-path=${join(dir, 'tokens.json')}`, `-storage.filesystem.dir=${join(dir, 'bucket')}`,
      '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
      '-ingester.wal.retry-min-backoff=100ms', '-ingester.wal.retry-max-backoff=500ms',
    ], { timeoutMs: 60_000 });
  const readOnlyInRing = () => parseRing(readFileSync(join(dir, 'ring.json'), 'utf8')).instances['ing-wal']?.readOnly === true;
  const status = () => httpJson<Status>(ing!.http, '/ingester/status');
  let pushed = 0;
  let acknowledged = 0;
  const push = () =>
    pushProfile(ing!.http, raw, { service_name: 'wal-full', __name__: 'process_cpu' }, `profile-${pushed++}`).then(
      () => {
        acknowledged++;
        return 'ok';
      },
      (e: unknown) => (e as Error).message,
    );
  const held = async () => (await client.selectProfiles(ing!.http, typeId, '{service_name="wal-full"}')).profiles.length;

  it('refuses pushes with 503 while the disk is full, read-only in the ring, and writable again once there is room', async () => {
    ing = await start();
    expect(await push()).to.equal('ok');
    expect((await status()).walWritable).to.equal(true);
    expect(await metric(ing.http, 'ingester_wal_writable')).to.equal(1);

    const filler = fillDisk(walDir);
    // The segment's last page may still have room for a push or two; the next ones meet ENOSPC.
    let refused = 'ok';
    for (let i = 0; i < 50 && refused === 'ok'; i++) refused = await push();
    expect(refused, 'a push while the disk is full').to.match(/HTTP 503 .*WAL/);
    const s = await eventually('the status to show the WAL unwritable', async () => {
      const st = await status();
      return st.walWritable ? undefined : st;
    });
    expect(s.walError).to.match(/ENOSPC/);
    expect(s.state, 'still in the ring (serving reads)').to.equal('ACTIVE');
    await eventually('read-only in the ring', () => readOnlyInRing());
    expect(await metric(ing.http, 'ingester_wal_writable')).to.equal(0);
    expect(await metric(ing.http, 'ingester_wal_write_failures_total')).to.be.at.least(1);
    expect(await push(), 'still refused: the disk is still full').to.match(/HTTP 503/);
    expect(await held(), 'reads still served, every acknowledged push').to.equal(acknowledged);

    rmSync(filler);
    await eventually('the WAL writable again', async () => ((await status()).walWritable ? true : undefined), { timeoutMs: 30_000 });
    await eventually('writable in the ring again', () => !readOnlyInRing());
    expect(await metric(ing.http, 'ingester_wal_writable')).to.equal(1);
    expect(await push()).to.equal('ok');
    expect(await held()).to.equal(acknowledged);

    // Every acknowledged push survives a crash, and nothing refused comes back: the WAL replays past the
    // segment that failed, which was truncated to what had been acknowledged.
    await stopProcess(ing, 'SIGKILL');
    ing = await start();
    expect(await held()).to.equal(acknowledged);
    expect(await push()).to.equal('ok');
  });
});
