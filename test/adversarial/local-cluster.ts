// A -target=local-cluster (what `make run` runs) for the adversarial tests (test/support/local-cluster-process.ts),
// and its processes' liveness and RSS read from /proc.
import { readFileSync } from 'node:fs';

// The start itself is shared with test/cluster/local-cluster.test.ts.
export { startLocalCluster, type LocalClusterProcess, type StartLocalClusterOptions } from '../support/local-cluster-process.ts';

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
