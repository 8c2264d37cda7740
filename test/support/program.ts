// Starting the real program (ingester/src/main.ts) as a child process for the process-level tests, and
// waiting for its "started" log line, which carries the HTTP address it listens on (ports are picked by the OS).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from '../../ingester/src/node-flags.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ProgramProcess {
  http: string;
  child: ChildProcess;
  /** Every line the program wrote to stderr (its JSON logs, and crash traces). */
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Fail when "started" has not been logged by then; without it, the test's own timeout is the limit. */
  timeoutMs?: number;
  /** How many of the last log lines an exit before starting quotes (default all). */
  logTailOnExit?: number;
  /** Flags for node itself, before the script (e.g. --cpu-prof, which Node 20 refuses in NODE_OPTIONS). */
  nodeArgs?: string[];
  /** Where the program's standard output goes (what node flags such as --trace-gc print); default: discarded. */
  stdoutFile?: string;
}

/**
 * How the program runs: through tsx from its sources, or, with PROGRAM=compiled (make bench), as it ships: the
 * JavaScript `make build` compiled to dist/. The benches measure the compiled one: under tsx a process also holds
 * the loader, the transformed sources and their source maps (the distributor's live heap was ~24 MB, which every
 * major GC marks again).
 */
export const programEntry = (): string[] => {
  if (process.env['PROGRAM'] !== 'compiled') return ['--import', 'tsx', 'ingester/src/main.ts'];
  const main = path.join(ROOT, 'dist/ingester/src/main.js');
  if (!fs.existsSync(main)) throw new Error(`PROGRAM=compiled: ${main} is missing (make build)`);
  return [main];
};

/**
 * Runs the program (programEntry) with `args`, under node's flags as the image runs it (NODE_FLAGS), and resolves once
 * it logs "started" (with its HTTP address).
 */
export async function startProgram(name: string, args: string[], options: StartOptions = {}): Promise<ProgramProcess> {
  const child = spawn(process.execPath, [...NODE_FLAGS, ...(options.nodeArgs ?? []), ...programEntry(), ...args], { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', options.stdoutFile ? fs.openSync(options.stdoutFile, 'w') : 'ignore', 'pipe'] });
  const logs: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const http = await new Promise<string>((resolve, reject) => {
    const { timeoutMs } = options;
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs}ms:\n${logs.slice(-20).join('\n')}`)), timeoutMs);
    let buffer = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        logs.push(line);
        try {
          const entry = JSON.parse(line) as { message?: string; http?: string };
          if (entry.message === 'started' && entry.http) {
            clearTimeout(timer);
            resolve(entry.http);
          }
        } catch {
          // not JSON (a crash trace): kept in logs
        }
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      const tail = options.logTailOnExit === undefined ? logs : logs.slice(-options.logTailOnExit);
      reject(new Error(`${name} exited (${code ?? signal}) before starting:\n${tail.join('\n')}`));
    });
  });
  return { http, child, logs, exited };
}
