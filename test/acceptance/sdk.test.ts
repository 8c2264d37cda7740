// Issue #2 acceptance: the real @pyroscope/nodejs SDK, profiling a small program in a child process, pushes
// to a real ingester process; its wall and heap profiles become queryable under its app name and tags.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { client, startIngester, stopProcess, sumSeries, type IngesterProcess } from '../ingester/harness.ts';
import { eventually } from './helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = 'test/acceptance/fixtures/sdk-app.ts';
const SELECTOR = '{service_name="acceptance-app", env="test", region="eu"}';

/** The SDK names a frame "<file relative to the cwd>:<function>:<line>". */
const hasFunction = (names: readonly string[], fn: string): boolean => names.some((n) => n === fn || n.split(':').includes(fn));

interface App {
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startApp(serverAddress: string): App {
  // DEBUG=pyroscope* makes the SDK log rejected uploads: kept for the failure message.
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: ROOT, env: { ...process.env, ACCEPTANCE_SERVER_ADDRESS: serverAddress, DEBUG: 'pyroscope*' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output, exited };
}

describe('acceptance: the @pyroscope/nodejs SDK pushing to a real ingester', function () {
  this.timeout(90_000);
  let dir: string;
  let ing: IngesterProcess | undefined;
  let app: App | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'acceptance-sdk-'));
    ing = await startIngester(join(dir, 'data'), join(dir, 'bucket'));
  });
  after(async () => {
    if (app && app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill('SIGKILL');
      await app.exited;
    }
    await stopProcess(ing);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('makes the wall and heap profiles of a profiled program queryable under its app name and tags, then stops cleanly', async () => {
    app = startApp(ing!.http);
    const diagnostics = (): string => `\nSDK program output:\n${app!.output.join('').slice(-3000)}\ningester logs:\n${ing!.logs.slice(-20).join('\n')}`;

    // Both profilers flush every second; both types are listed once the first uploads are stored.
    const types = await eventually(async () => {
      const ids = (await client.profileTypes(ing!.http)).profileTypes.map((t) => t.ID ?? '');
      const wall = ids.filter((id) => id.startsWith('wall:'));
      const heap = ids.filter((id) => id.startsWith('memory:'));
      return wall.length > 0 && heap.length > 0 ? { wall, heap } : undefined;
    }, 'wall and heap profile types from the SDK', 45_000).catch((err: Error) => {
      throw new Error(`${err.message}${diagnostics()}`, { cause: err });
    });
    // @datadog/pprof's profiles: wall (sample count and wall time) and heap (inuse_objects and inuse_space).
    expect(types.wall).to.include.members(['wall:wall:nanoseconds:wall:nanoseconds', 'wall:samples:count:wall:nanoseconds']);
    expect(types.heap).to.include.members(['memory:inuse_space:bytes:inuse_space:bytes', 'memory:inuse_objects:count:inuse_space:bytes']);

    expect((await client.labelValues(ing!.http, 'service_name')).names).to.include('acceptance-app');
    expect((await client.labelValues(ing!.http, 'env')).names).to.deep.equal(['test']);
    expect((await client.labelValues(ing!.http, 'region')).names).to.deep.equal(['eu']);
    expect((await client.labelValues(ing!.http, 'pyroscope_spy')).names).to.deep.equal(['nodespy']);

    // The wall profile sees the busy loop; the heap profile the allocations still alive (frames are named
    // file:function:line by the SDK).
    const wall = await eventually(async () => {
      const { flamegraph } = await client.flameGraph(ing!.http, 'wall:wall:nanoseconds:wall:nanoseconds', SELECTOR);
      return Number(flamegraph!.total) > 0 && hasFunction(flamegraph!.names ?? [], 'acceptanceBusyLoop') ? flamegraph! : undefined;
    }, 'a wall flame graph with acceptanceBusyLoop', 30_000);
    expect(Number(wall.total)).to.be.greaterThan(0);
    expect(sumSeries(await client.selectSeries(ing!.http, 'wall:wall:nanoseconds:wall:nanoseconds', SELECTOR))).to.equal(Number(wall.total));
    const heap = await eventually(async () => {
      const { flamegraph } = await client.flameGraph(ing!.http, 'memory:inuse_space:bytes:inuse_space:bytes', SELECTOR);
      return Number(flamegraph!.total) > 0 && hasFunction(flamegraph!.names ?? [], 'acceptanceRetainAllocations') ? flamegraph! : undefined;
    }, 'a heap flame graph with acceptanceRetainAllocations', 30_000);
    expect(Number(heap.total)).to.be.greaterThan(0);

    // SIGTERM: the program stops the SDK (its last wall profile is sent) and exits 0.
    app.child.kill('SIGTERM');
    const { code, signal } = await app.exited;
    expect({ code, signal }, diagnostics()).to.deep.equal({ code: 0, signal: null });
    const output = app.output.join('');
    expect(output).to.include('stopped');
    // The SDK logs (DEBUG=pyroscope*, on as its own lines show) every upload the server refused or that
    // failed: there were none.
    expect(output, 'SDK debug logging').to.match(/pyroscope::profiler/);
    expect(output, 'SDK upload failures').to.not.match(/Server rejected data ingest|Error sending data ingest/);
  });
});
