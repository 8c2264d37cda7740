// A -target=local-cluster (what `make run` runs) for the adversarial tests: started as a real process on
// loopback ports picked at random, with the children's PIDs from its log and its RSS read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { clusterDirs, eventually, freeRun, ROOT, type ClusterDirs } from '../cluster/harness.ts';

export interface LocalClusterProcess {
  front: string;
  frontGrpc: string;
  frontPort: number;
  ingesterHttpPorts: number[];
  dirs: ClusterDirs;
  child: ChildProcess;
  stdout: () => string;
  logs: string[];
  exited: Promise<number | null>;
  /** The children's PIDs by ingester ID, from the front's "ingester started" log lines. */
  pids: () => Map<string, number>;
  /** SIGKILLs the front and whatever child is left, and removes the folders. */
  destroy: () => Promise<void>;
}

export interface StartLocalClusterOptions {
  extraArgs?: string[];
  /** Wait for "Local cluster ready" (default true). */
  waitReady?: boolean;
  ingesterHttpPort?: number;
  ingesterGrpcPort?: number;
  /** Whether to pass -server.*-listen-address (default: no, so the front's own default applies). */
  listenAddressArgs?: string[];
}

export async function startLocalCluster(o: StartLocalClusterOptions = {}): Promise<LocalClusterProcess> {
  const dirs = clusterDirs('adversarial-');
  const http = o.ingesterHttpPort ?? (await freeRun(3));
  const grpc = o.ingesterGrpcPort ?? (await freeRun(3));
  const frontPort = await freeRun(2);
  const child = spawn(
    process.execPath,
    [
      '--import', 'tsx', 'ingester/src/main.ts', '-target=local-cluster',
      `-server.http-listen-port=${frontPort}`, `-server.grpc-listen-port=${frontPort + 1}`, ...(o.listenAddressArgs ?? []),
      `-local-cluster.data-dir=${dirs.root}`, `-ring.store.file-path=${dirs.ringFile}`, `-storage.filesystem.dir=${dirs.bucket}`,
      `-local-cluster.ingester-http-port=${http}`, `-local-cluster.ingester-grpc-port=${grpc}`,
      '-ingester.ring.heartbeat-period=500ms', '-ingester.ring.min-ready-duration=0s', '-validation.reject-older-than=0', '-validation.creation-grace-period=0',
      ...(o.extraArgs ?? []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => logs.push(...c.toString().split('\n').filter(Boolean)));
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
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
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
    ingesterHttpPorts: [http, http + 1, http + 2],
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
      }, 170_000, 250);
    } catch (err) {
      await destroy();
      throw err;
    }
  }
  return proc;
}

/** Whether a process is alive (signal 0). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resident memory of a process now, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Peak resident memory of a process so far, in MiB (Linux /proc VmHWM). */
export function peakRssMiB(pid: number): number {
  const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}
