import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { instance } from '../testing.ts';
import type { RingDesc } from '../model.ts';
import { FileRingStore } from './file.ts';
import { defined, eventually } from '../../util/eventually.ts';

const WORKER = fileURLToPath(new URL('../../../../test/ring/file-cas-worker.ts', import.meta.url));

function run(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  return eventually(what, probe, { timeoutMs, done: defined, retryErrors: false });
}

describe('file ring store', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ring-file-'));
    file = path.join(dir, 'ring', 'ring.json');
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('starts empty, stores a CAS update and skips writes that change nothing', async () => {
    const store = new FileRingStore({ filePath: file });
    expect((await store.get()).desc).to.deep.equal({ instances: {} });
    await store.cas((d) => ((d.instances['a'] = instance('a', { tokens: [1, 2] })), d));
    const { desc, version } = await store.get();
    expect(desc.instances['a']!.tokens).to.deep.equal([1, 2]);
    await store.cas(() => null);
    await store.cas((d) => d);
    expect((await store.get()).version).to.equal(version);
    await store.heartbeat('a', 42);
    expect((await store.get()).desc.instances['a']!.heartbeatMs).to.equal(42);
    expect(await readdir(path.dirname(file))).to.deep.equal(['ring.json']); // no temp or lock files left
  });

  it('loses no update when several processes CAS the same file at once', async function () {
    this.timeout(60_000);
    const workers = 4;
    const each = 10;
    const codes = await Promise.all(Array.from({ length: workers }, (_, w) => run([WORKER, file, `w${w}`, String(each)])));
    expect(codes).to.deep.equal(Array(workers).fill(0));
    const { desc } = await new FileRingStore({ filePath: file }).get();
    expect(desc.instances['counter']!.heartbeatMs).to.equal(workers * each);
    expect(Object.keys(desc.instances)).to.have.length(workers * each + 1);
  });

  it('recovers a lock left by a process that died', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    const pid = dead.pid!;
    await new Promise((r) => dead.on('exit', r));
    const store = new FileRingStore({ filePath: file, backoff: { minMs: 1, maxMs: 5, maxAttempts: 20 } });
    await store.cas((d) => ((d.instances['a'] = instance('a')), d));
    await writeFile(`${file}.lock`, `${pid} ${Date.now()} abcdef`);
    await store.cas((d) => ((d.instances['b'] = instance('b')), d));
    expect(Object.keys((await store.get()).desc.instances).sort()).to.deep.equal(['a', 'b']);
  });

  it('waits for a lock held by a live process and gives up with a clear error', async () => {
    const store = new FileRingStore({ filePath: file, backoff: { minMs: 1, maxMs: 5, maxAttempts: 5 } });
    await store.cas((d) => ((d.instances['a'] = instance('a')), d));
    await writeFile(`${file}.lock`, `${process.pid} ${Date.now()} abcdef`);
    await store.cas((d) => ((d.instances['b'] = instance('b')), d)).then(
      () => expect.fail('should not get the lock'),
      (err: Error) => expect(err.message).to.match(/gave up after 5 conflicting attempts/),
    );
  });

  it('tells watchers about a change made by another store on the same file', async () => {
    const reader = new FileRingStore({ filePath: file, pollMs: 20 });
    const writer = new FileRingStore({ filePath: file });
    const seen: RingDesc[] = [];
    const unsubscribe = reader.watch((d) => seen.push(d));
    await writer.cas((d) => ((d.instances['x'] = instance('x', { state: 'LEAVING' })), d));
    await until('the watcher to see x LEAVING', () => (seen.some((d) => d.instances['x']?.state === 'LEAVING') ? true : undefined));
    unsubscribe();
    await reader.close();
  });
});
