// What the UI's browser test and its bench share: a -target=all process (ingester, distributor and querier,
// so the front serves the UI at /) loaded with real profiles, and headless Debian Chromium driven by
// playwright-core, as the /ring page's test does.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Profile } from 'pprof-format';
import { chromium, type BrowserContext } from 'playwright-core';
import { gunzipSync, gzipSync } from 'node:zlib';
import { clusterDirs, kill, pushProfile, readProfile, startProcess, type ClusterDirs, type Proc } from '../cluster/harness.ts';
import { ROOT } from '../support/program.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const CPU_TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';

/** Builds ui/dist when it is missing or older than a source (make test builds it first; a lone mocha run may not have). */
export function ensureUiBuilt(): void {
  const built = path.join(ROOT, 'ui/dist/index.html');
  const sources = [path.join(ROOT, 'ui/index.html'), ...readdirSync(path.join(ROOT, 'ui/src')).map((f) => path.join(ROOT, 'ui/src', f))];
  if (existsSync(built) && sources.every((f) => statSync(f).mtimeMs <= statSync(built).mtimeMs)) return;
  execFileSync('npx', ['vite', 'build', 'ui'], { cwd: ROOT, stdio: 'inherit' });
}

export interface UiCluster {
  proc: Proc;
  dirs: ClusterDirs;
  stop(): Promise<void>;
}

export async function startUiCluster(extraArgs: string[] = []): Promise<UiCluster> {
  ensureUiBuilt();
  const dirs = clusterDirs('ui-');
  const proc = await startProcess('all', [
    '-target=all', '-ingester.ring.store=memory', '-ingester.ring.instance-id=solo', '-ingester.ring.instance-addr=127.0.0.1', '-ingester.ring.min-ready-duration=0s',
    '-server.http-listen-port=0', '-server.grpc-listen-port=0', '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
    `-ingester.data-dir=${path.join(dirs.root, 'data')}`, `-storage.filesystem.dir=${dirs.bucket}`,
    // The test profiles were recorded years ago: accept any timestamp.
    '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
    ...extraArgs,
  ]);
  return {
    proc,
    dirs,
    async stop() {
      await kill(proc);
      dirs.cleanup();
    },
  };
}

export interface PushedProfile {
  /** Sum of the sample values of the `cpu` sample type (what the flame graph's root must show). */
  total: number;
  /** The time the profile was stamped with, in Unix ms. */
  timeMs: number;
}

/**
 * Pushes a real profile restamped to `timeMs` (now by default), so that the UI's default range ("last
 * hour") shows it, and returns its cpu total as the ingester will store it.
 */
export async function pushFile(base: string, file: string, labels: Record<string, string>, options: { tenant?: string; timeMs?: number } = {}): Promise<PushedProfile> {
  const raw = readProfile(file);
  const profile = Profile.decode(raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw);
  const timeMs = options.timeMs ?? Date.now();
  profile.timeNanos = BigInt(timeMs) * 1_000_000n;
  const index = profile.sampleType.findIndex((t) => profile.stringTable.strings[Number(t.type)] === 'cpu');
  if (index < 0) throw new Error(`${file} has no cpu sample type`);
  let total = 0;
  for (const s of profile.sample) total += Number(s.value[index]);
  await pushProfile(base, gzipSync(profile.encode()), labels, randomUUID(), options.tenant);
  return { total, timeMs };
}

export async function launchBrowser(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-test-deps.sh (apt-get install -y chromium)`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'chromium-ui-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The page URL for a profile type, selector and absolute range. */
export function uiUrl(base: string, params: Record<string, string>): string {
  return `${base}/?${new URLSearchParams(params)}`;
}

/** Where screenshots go: TEST_ARTIFACTS_DIR, else test-artifacts/ in the repository (ignored by git). */
export function artifactsDir(): string {
  return process.env.TEST_ARTIFACTS_DIR ?? path.join(ROOT, 'test-artifacts');
}
