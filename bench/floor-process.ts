// The processes a floor runs (distributor-floor.ts, querier-floor.ts): each part of a floor is a process of its own,
// so that its CPU is read from /proc as the real programs' is, started under node's flags as the program runs
// (NODE_FLAGS) and printing its port once it listens. Not a bench itself (make bench runs bench/*.bench.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import type http from 'node:http';
import type http2 from 'node:http2';
import { NODE_FLAGS } from '../ingester/src/node-flags.ts';

/** Listens on a free port of 127.0.0.1 and prints the port (what startFloorProcess waits for). */
export function listening(server: http.Server | http2.Http2Server): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
  });
}

/** A process running the floor `file` with `args` (its role first), once it printed its port. */
export async function startFloorProcess(file: string, args: string[]): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', file, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the floor's ${args[0]} exited (${code}) before listening`)));
    child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
  });
  return { port, child };
}

/** Kills a floor's process; resolves once it exited. */
export function stopped(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
