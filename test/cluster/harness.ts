// A cluster of real processes for the tests: ingesters (-target=ingester) sharing a file ring and a folder
// bucket, and a front process (-target=distributor,querier), all on 127.0.0.1 with ports picked by the OS.
// Clients talk to them as users do: Connect (application/proto) for pushes and reads, HTTP for the
// operational endpoints.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { querier } from '../../ingester/src/gen/index.ts';
import { defined, eventually as pollUntil } from '../../ingester/src/util/eventually.ts';
import { connect } from '../support/connect.ts';
import { startProgram } from '../support/program.ts';

export { connect, pushProfile, RpcError } from '../support/connect.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PROFILES = path.resolve(ROOT, '../shared/testdata/profiles');

export interface Proc {
  name: string;
  http: string;
  child: ChildProcess;
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the program and resolves once it logs "started" (with its HTTP address). */
export async function startProcess(name: string, args: string[], timeoutMs = 90_000): Promise<Proc> {
  return { name, ...(await startProgram(name, args, { timeoutMs, logTailOnExit: 30 })) };
}

export async function kill(p: Proc | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined> {
  if (!p) return undefined;
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal);
  return p.exited;
}

/** Polls `check` until it returns a value (not undefined) or the deadline passes. */
export function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000, intervalMs = 200): Promise<T> {
  return pollUntil(what, check, { timeoutMs, intervalMs, done: defined });
}

export interface ClusterDirs {
  root: string;
  ringFile: string;
  bucket: string;
  cleanup(): void;
}

export function clusterDirs(prefix: string): ClusterDirs {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { root, ringFile: path.join(root, 'ring.json'), bucket: path.join(root, 'bucket'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Flags every process of a test cluster shares: ring, bucket, timings fit for tests. */
export function commonArgs(d: ClusterDirs, extra: string[] = []): string[] {
  return [
    '-server.http-listen-port=0', '-server.grpc-listen-port=0', '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
    '-ingester.ring.store=file', `-ring.store.file-path=${d.ringFile}`, `-storage.filesystem.dir=${d.bucket}`,
    '-ingester.ring.heartbeat-period=500ms', '-ingester.ring.min-ready-duration=0s',
    // The test profiles were recorded years ago: accept any timestamp.
    '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
    // ...and read them over all time (start 0): no -querier.max-query-length (Pyroscope's 24h by default).
    '-querier.max-query-length=0',
    ...extra,
  ];
}

export function ingesterArgs(d: ClusterDirs, id: string, extra: string[] = []): string[] {
  const dir = path.join(d.root, id);
  return [
    '-target=ingester', `-ingester.instance-id=${id}`, `-ingester.ring.instance-id=${id}`, '-ingester.ring.instance-addr=127.0.0.1',
    `-ingester.data-dir=${dir}`, `-ingester.ring.tokens-file-path=${path.join(dir, 'tokens.json')}`,
    '-ingester.upload.min-backoff=50ms', '-ingester.upload.max-backoff=200ms',
    ...commonArgs(d, extra),
  ];
}

export interface RingRow {
  id: string;
  addr: string;
  state: string;
  displayState: string;
  tokens?: number[];
}

export async function ringRows(http: string): Promise<RingRow[]> {
  const res = await fetch(`${http}/ring?format=json&tokens=true`);
  if (!res.ok) throw new Error(`/ring: HTTP ${res.status}`);
  return ((await res.json()) as { instances: RingRow[] }).instances;
}

/** Waits until exactly these instances are in the ring, all ACTIVE. */
export function allActive(http: string, ids: string[], timeoutMs = 60_000): Promise<RingRow[]> {
  return eventually(`${ids.join(', ')} ACTIVE in the ring`, async () => {
    const rows = await ringRows(http);
    const active = rows.filter((r) => r.state === 'ACTIVE' && ids.includes(r.id));
    return active.length === ids.length && rows.length === ids.length ? rows : undefined;
  }, timeoutMs);
}

const Q = 'querier.v1.QuerierService';

/** SelectSeries summed over all time, grouped by `groupBy`: label value → sum. */
export async function sumsBy(base: string, profileTypeID: string, labelSelector: string, groupBy: string): Promise<Map<string, number>> {
  const stepMs = 1e9;
  const end = Math.ceil((Date.now() + 3_600_000) / stepMs) * stepMs;
  const res = querier.v1.SelectSeriesResponse.decode(
    await connect(base, `${Q}/SelectSeries`, querier.v1.SelectSeriesRequest.encode({ profileTypeID, labelSelector, start: 0, end, step: stepMs / 1000, groupBy: [groupBy] }).finish()),
  );
  const out = new Map<string, number>();
  for (const s of res.series) {
    const key = (s.labels ?? []).find((l) => l.name === groupBy)?.value ?? '';
    out.set(key, (out.get(key) ?? 0) + (s.points ?? []).reduce((a, p) => a + Number(p.value), 0));
  }
  return out;
}

export async function flameGraphTotal(base: string, profileTypeID: string, labelSelector: string): Promise<number> {
  const res = querier.v1.SelectMergeStacktracesResponse.decode(
    await connect(base, `${Q}/SelectMergeStacktraces`, querier.v1.SelectMergeStacktracesRequest.encode({ profileTypeID, labelSelector, start: 0, end: Date.now() + 3_600_000 }).finish()),
  );
  return Number(res.flamegraph?.total ?? 0);
}

export function readProfile(file: string): Buffer {
  return readFileSync(path.join(PROFILES, file));
}

export async function metric(http: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${http}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([^{\s]+)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`))) sum += Number(m[3]);
  }
  return sum;
}

/** A first port such that it and the next `count - 1` are free on 127.0.0.1. */
export async function freeRun(count: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (let i = 0; i < count && ok; i++) ok = await tryListen(base + i);
    if (ok) return base;
  }
  throw new Error('no free run of ports');
}
