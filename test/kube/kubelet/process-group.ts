// Container processes run detached, each in its own process group, so a signal reaches the container's
// whole tree (a shell and what it started) the way a container runtime signals a container. Every group
// ever started is tracked; `killAllSync` is wired to process exit and to SIGINT/SIGTERM/SIGHUP so that an
// interrupted or crashed test leaves no orphans (only SIGKILL of the test process can).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', killAllSync);
  // Pod processes have their own process groups, so a Ctrl-C or a SIGTERM to the test process does not
  // reach them, and Node's default signal handling exits without the 'exit' event. Kill them first; then,
  // if nobody else handles the signal, die of it as the default would.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAllSync();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/** SIGKILLs every process group this module started that may still run. */
export function killAllSync(): void {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
  liveGroups.clear();
}

/** Sends a signal to a process group; answers false when it no longer exists. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  // -1 would mean every process we may signal, and 1 init's group: never a container's.
  if (!Number.isInteger(pgid) || pgid <= 1) return false;
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

export interface StartedProcess {
  child: ChildProcess;
  pid: number;
  /** Resolves with the exit of the container's main process. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** containerStatuses[].containerID; `process://<pid>` when absent. */
  containerID?: string;
}

/**
 * Tracks a process group started elsewhere (a container's PID 1) so that `killAllSync` reaches it too; it is
 * forgotten when `exited` resolves.
 */
export function trackGroup(pgid: number, exited: Promise<unknown>): void {
  installExitHook();
  liveGroups.add(pgid);
  void exited.then(() => liveGroups.delete(pgid));
}

export function startProcessGroup(argv: string[], options: { cwd: string; env: Record<string, string>; logFile: string }): StartedProcess {
  installExitHook();
  const out = fs.openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', out, out] });
  } finally {
    fs.closeSync(out);
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', (err) => {
      fs.appendFileSync(options.logFile, `failed to start ${argv[0]}: ${err.message}\n`);
      resolve({ code: 128, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const pid = child.pid ?? -1;
  if (pid > 0) {
    liveGroups.add(pid);
    // When the main process ends, the rest of its group goes too (a container ends with its PID 1).
    void exited.then(() => {
      signalGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
    });
  }
  return { child, pid, exited };
}
