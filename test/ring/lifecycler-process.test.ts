// The lifecycle across real process crashes, on the file store: a process killed while LEAVING comes back
// ACTIVE with the same tokens; a clean SIGTERM flushes, leaves the ring and keeps the tokens file.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { FileRingStore } from '../../ingester/src/ring/kv/file.ts';
import { loadTokensFile } from '../../ingester/src/ring/tokens.ts';
import { until } from './helpers.ts';

const CHILD = fileURLToPath(new URL('./lifecycler-child.ts', import.meta.url));

interface Child {
  proc: ChildProcess;
  events: Array<{ event: string; tokens?: number[] }>;
  exited: Promise<number | null>;
}

function startChild(ringFile: string, id: string, tokensFile: string, env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ringFile, id, tokensFile], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const events: Child['events'] = [];
  readline.createInterface({ input: proc.stdout! }).on('line', (line) => events.push(JSON.parse(line)));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, events, exited };
}

describe('lifecycler across process crashes (file store)', function () {
  this.timeout(60_000);
  let dir: string;
  let children: Child[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ring-proc-'));
  });
  afterEach(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exited));
    children = [];
    await rm(dir, { recursive: true, force: true });
  });

  it('comes back ACTIVE with the same tokens after being killed while LEAVING, and leaves cleanly on SIGTERM', async () => {
    const ringFile = path.join(dir, 'ring.json');
    const tokensFile = path.join(dir, 'tokens.json');
    const store = new FileRingStore({ filePath: ringFile });
    const entry = async () => (await store.get()).desc.instances['ingester-0'];

    const first = startChild(ringFile, 'ingester-0', tokensFile, { FLUSH_MS: '60000' });
    children.push(first);
    const active = await until('the first process to be ACTIVE', () => first.events.find((e) => e.event === 'active'), 30_000);
    const tokens = active.tokens!;
    expect((await entry())!.state).to.equal('ACTIVE');

    first.proc.kill('SIGTERM');
    await until('the first process to flush', () => first.events.some((e) => e.event === 'flushing'));
    expect((await entry())!.state).to.equal('LEAVING');
    first.proc.kill('SIGKILL'); // crash mid-flush
    await first.exited;
    expect((await entry())!.state).to.equal('LEAVING');

    const second = startChild(ringFile, 'ingester-0', tokensFile);
    children.push(second);
    const again = await until('the restarted process to be ACTIVE', () => second.events.find((e) => e.event === 'active'), 30_000);
    expect(again.tokens).to.deep.equal(tokens);
    expect((await entry())!.state).to.equal('ACTIVE');

    second.proc.kill('SIGTERM');
    expect(await second.exited).to.equal(0);
    expect(second.events.map((e) => e.event)).to.deep.equal(['active', 'flushing', 'stopped']);
    expect(await entry()).to.equal(undefined);
    expect(await loadTokensFile(tokensFile)).to.deep.equal(tokens);
  });
});
