// A decode worker thread (node:worker_threads): runs one task at a time for the pool (pool.ts), which sends it a
// job only when it is idle. Errors go back as data; the pool rebuilds the ApiError so the client gets its code.
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../util/errors.ts';
import { TASKS, type TaskName } from './tasks.ts';
import { unpackRequest } from './transfer.ts';
import type { JobMessage, ResultMessage } from './messages.ts';

const port = parentPort;
if (!port) throw new Error('decode-pool/worker.ts runs as a worker thread of the decode pool');

// Below the event loops in the CPU's queue (-push.decode-worker-nice): when decoding fills every core, the
// threads that answer requests still run first. Linux nice values are per thread; /proc/thread-self names this
// one's ID. Raising one's own nice value needs no privilege; where it fails (not Linux), nothing changes.
const nice = Number((workerData as { nice?: number } | undefined)?.nice ?? 0);
if (nice > 0) {
  try {
    os.setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), nice);
  } catch {
    // not Linux, or no /proc
  }
}

port.on('message', (m: JobMessage) => {
  let reply: ResultMessage;
  let transfer: ArrayBuffer[] = [];
  try {
    const task = TASKS[m.task as TaskName] as (typeof TASKS)[TaskName];
    const out = task.run(m.tenant, unpackRequest(m.request), m.limits, m.receivedAtMs);
    const packed = (task.pack as (o: typeof out) => { wire: unknown; transfer: ArrayBuffer[] })(out);
    transfer = packed.transfer;
    reply = { id: m.id, ok: true, result: packed.wire };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id: m.id, ok: false, error: { message: e.message, ...(e instanceof ApiError ? { code: e.code, httpStatus: e.httpStatus } : { stack: e.stack }) } };
  }
  port.postMessage(reply, transfer);
});

// Loaded (under tsx, compiled too): the pool waits for this before it counts the worker as started, so that the
// first push it gets does not wait for the modules to load.
port.postMessage({ ready: true });
