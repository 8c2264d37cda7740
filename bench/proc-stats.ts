// What a bench reads of another process from /proc (Linux, proc(5)): its CPU time and its main thread's wake-ups.
// Not a bench itself (make bench runs bench/*.bench.ts).
import { readFileSync } from 'node:fs';

/** User and system CPU seconds of a process so far: utime and stime of /proc/<pid>/stat, in clock ticks of 1/100 s. */
export function cpuTimes(pid: number): { user: number; system: number } {
  // Fields 14 and 15 of stat(5); after "pid (comm) " they are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

/**
 * Minor page faults of a process so far (field 10 of stat(5), minflt): pages it touched for the first time. On this
 * kind of VM each costs ~13 µs of CPU, so memory a process keeps allocating anew is CPU.
 */
export function minorFaults(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[7]);
}

/** User + system CPU seconds of a process so far. */
export function cpuSeconds(pid: number): number {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

/**
 * Times the process's main thread (its event loop) went to sleep and was woken: voluntary context switches, from
 * /proc/<pid>/status, which is the main thread's. On this kind of VM a wake-up costs ~70-150 µs of CPU by itself (a
 * timer that does nothing, measured with /proc/<pid>/schedstat), so wake-ups are much of a process's CPU per push or
 * per query.
 */
export function wakeups(pid: number): number {
  const m = /^voluntary_ctxt_switches:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? NaN);
}

/**
 * Seconds the process's main thread has spent runnable but waiting for a CPU (the second field of
 * /proc/<pid>/schedstat, in ns; Documentation/scheduler/sched-stats.rst): time a request spends in a process that is
 * ready to run its code while other threads hold both cores.
 */
export function runQueueWaitSeconds(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
}
