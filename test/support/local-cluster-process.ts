// A -target=local-cluster (what `make run` runs) as a real process on loopback ports picked at random, for the
// tests that start one: the front, its ingester children and its compactor child, with the children's PIDs from
// the front's log.
import { spawn, type ChildProcess } from 'node:child_process';
import { clusterDirs, eventually, freeRun, ROOT, type ClusterDirs } from '../cluster/harness.ts';
import { programEntry } from './program.ts';

/** The local cluster's default -local-cluster.ingesters. */
const INGESTERS = 3;

export interface LocalClusterProcess {
  front: string;
  frontGrpc: string;
  frontPort: number;
  ingesterHttpPorts: number[];
  /** The compactor child's HTTP base URL: the port after the last ingester's (LocalCluster.compactorHttpPort). */
  compactor: string;
  dirs: ClusterDirs;
  child: ChildProcess;
  stdout: () => string;
  /** The front's log lines (stderr), its children's included. */
  logs: string[];
  exited: Promise<number | null>;
  /** The children's PIDs by ingester ID, from the front's "ingester started" log lines. */
  pids: () => Map<string, number>;
  /** SIGKILLs the front and whatever child is left, and removes the folders. */
  destroy: () => Promise<void>;
}

export interface StartLocalClusterOptions {
  /** Prefix of the temporary folders (default "local-cluster-"). */
  dirPrefix?: string;
  extraArgs?: string[];
  /** Wait for "Local cluster ready" (default true). */
  waitReady?: boolean;
  /** How long to wait for it (default 170 s: the children start on a shared machine). */
  readyTimeoutMs?: number;
  /** First ingester HTTP port; by default a free run of one per ingester plus the compactor's after them. */
  ingesterHttpPort?: number;
  ingesterGrpcPort?: number;
  /** Flags such as -server.http-listen-address (default none, so the front's own default applies). */
  listenAddressArgs?: string[];
  /** Its own process group, as `make run` in a shell: signal the whole group with process.kill(-pid). */
  detached?: boolean;
}

export async function startLocalCluster(o: StartLocalClusterOptions = {}): Promise<LocalClusterProcess> {
  const dirs = clusterDirs(o.dirPrefix ?? 'local-cluster-');
  // Every port the cluster takes: the ingesters' HTTP ports and the compactor's after them, the ingesters'
  // gRPC ports, and the front's HTTP and gRPC (the compactor's gRPC port is 0).
  const http = o.ingesterHttpPort ?? (await freeRun(INGESTERS + 1));
  const grpc = o.ingesterGrpcPort ?? (await freeRun(INGESTERS));
  const frontPort = await freeRun(2);
  const child = spawn(
    process.execPath,
    [
      ...programEntry(), '-target=local-cluster',
      `-server.http-listen-port=${frontPort}`, `-server.grpc-listen-port=${frontPort + 1}`, ...(o.listenAddressArgs ?? []),
      `-local-cluster.data-dir=${dirs.root}`, `-ring.store.file-path=${dirs.ringFile}`, `-storage.filesystem.dir=${dirs.bucket}`,
      `-local-cluster.ingester-http-port=${http}`, `-local-cluster.ingester-grpc-port=${grpc}`,
      '-ingester.ring.heartbeat-period=500ms', '-ingester.ring.min-ready-duration=0s', '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
      ...(o.extraArgs ?? []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: o.detached ?? false },
  );
  let stdout = '';
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  // Whole lines only: a chunk may end inside a line, whose rest comes with the next chunk.
  let partial = '';
  child.stderr!.on('data', (c: Buffer) => {
    const parts = (partial + c.toString()).split('\n');
    partial = parts.pop()!;
    logs.push(...parts.filter(Boolean));
  });
  const pids = (): Map<string, number> => {
    const out = new Map<string, number>();
    for (const line of logs) {
      try {
        const e = JSON.parse(line) as { message?: string; ingester?: string; pid?: number };
        if (e.message === 'ingester started' && e.ingester && e.pid) out.set(e.ingester, e.pid);
      } catch {
        // not JSON
      }
    }
    return out;
  };
  const destroy = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      if (o.detached) process.kill(-child.pid!, 'SIGKILL');
      else child.kill('SIGKILL');
    }
    await exited;
    // Children of a SIGKILLed front would linger.
    for (const pid of pids().values()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    dirs.cleanup();
  };
  const proc: LocalClusterProcess = {
    front: `http://127.0.0.1:${frontPort}`,
    frontGrpc: `127.0.0.1:${frontPort + 1}`,
    frontPort,
    ingesterHttpPorts: Array.from({ length: INGESTERS }, (_, i) => http + i),
    compactor: `http://127.0.0.1:${http + INGESTERS}`,
    dirs,
    child,
    stdout: () => stdout,
    logs,
    exited,
    pids,
    destroy,
  };
  if (o.waitReady !== false) {
    try {
      await eventually('the "Local cluster ready" message', async () => {
        if (child.exitCode !== null) throw new Error(`the local cluster exited (${child.exitCode}):\n${logs.slice(-20).join('\n')}`);
        return stdout.includes('Local cluster ready') ? true : undefined;
      }, o.readyTimeoutMs ?? 170_000, 250);
    } catch (err) {
      await destroy();
      throw err;
    }
  }
  return proc;
}
