// Distributor figures, printed as JSON lines {"name","value","unit"} (+ "baseline","ratio").
// Run: `node --import tsx bench/distributor.bench.ts` (BENCH_SCALE=0.2 for a quick run).
//
// End to end over Connect with real profiles (../shared/testdata/profiles), the way agents push (many
// services, one profile per request, several requests in flight): 3 ingester processes behind a
// distributor with replication factor 3, against one ingester process alone pushed directly. Both write
// their WAL with fsync. Prints pushes/s and MB/s of each, the ratio, and push latency p50/p99; the distributor's CPU
// per push against an ingester's, and the floor under it (distributor-floor.ts) against the same.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { limitsWith } from '../ingester/src/ingest/limits.ts';
import { normalizePush } from '../ingester/src/ingest/normalize.ts';
import { loadTestProfiles } from '../ingester/src/pprof/testdata.ts';
import { allActive, clusterDirs, commonArgs, ingesterArgs, kill, metric, pushProfile, startProcess, type Proc } from '../test/cluster/harness.ts';
import { startProgram } from '../test/support/program.ts';
import { startFloorServer, startFloorServerOnIngesters } from './distributor-floor.ts';
import { cpuSeconds, cpuTimes, minorFaults, wakeups } from './proc-stats.ts';

const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const PUSHES = Math.max(50, Math.round(600 * SCALE));
const CONCURRENCY = 4;
// Pushes before the measured ones, so that V8 has optimized the hot code of each process (BENCH_WARMUP_PUSHES), Node's
// own HTTP/1.1 server and HTTP/2 client included: after 600, `perf` still found several of their functions in baseline
// code (http2 `request`, our `handleUnary`), and in paired runs on 2026-12-06 the distributor's CPU per push was
// 2.5-3.2 ms after 600 pushes against 1.8-2.1 ms after 3,000 or 6,000. A distributor serves for hours.
const WARMUP_PUSHES = Number(process.env['BENCH_WARMUP_PUSHES'] ?? Math.max(PUSHES, Math.round(3000 * SCALE)));
let retried = 0;

function emit(name: string, value: number, unit: string, extra: Record<string, number | string> = {}): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, ...extra }));
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

// The profiles the ingest path accepts (with any timestamp), each pushed under many service names.
const accepts = (raw: Uint8Array): boolean => {
  try {
    return normalizePush('bench', { series: [{ labels: [{ name: 'service_name', value: 'x' }], samples: [{ rawProfile: raw }] }] }, limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 }), Date.now()).length > 0;
  } catch {
    return false;
  }
};
const profiles = loadTestProfiles().filter((p) => accepts(p.raw));

interface Run {
  seconds: number;
  bytes: number;
  latenciesMs: number[];
}

async function drive(target: string, label: string, pushes = PUSHES, scrapeEvery = 0): Promise<Run> {
  let next = 0;
  let bytes = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const worker = async () => {
    while (next < pushes) {
      const i = next++;
      // As Prometheus scrapes a distributor while it serves (scrapeEvery > 0: during a warm-up).
      if (scrapeEvery > 0 && i % scrapeEvery === 0) await fetch(`${target}/metrics`).then((r) => r.text());
      const p = profiles[i % profiles.length]!;
      const t0 = performance.now();
      const id = randomUUID();
      const labels = { service_name: `${label}-svc-${i % 50}`, bench: label };
      // A kept-alive connection the server closed as it was reused fails before any answer ("fetch failed"):
      // send that push again (same ID: the head stores one copy), at most once, and count it.
      await pushProfile(target, p.raw, labels, id).catch((err: unknown) => {
        if (!(err instanceof TypeError && err.message === 'fetch failed')) throw err;
        retried++;
        return pushProfile(target, p.raw, labels, id);
      });
      latencies.push(performance.now() - t0);
      bytes += p.raw.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { seconds: (performance.now() - started) / 1000, bytes, latenciesMs: latencies.sort((a, b) => a - b) };
}

async function main(): Promise<void> {
  const procs: Proc[] = [];
  const dirs = clusterDirs('bench-distributor-');
  try {
    // Baseline: one ingester alone, pushed directly.
    const aloneDirs = clusterDirs('bench-alone-');
    const alone = await startProcess('alone', ingesterArgs(aloneDirs, 'alone', ['-ingester.ring.store=memory']));
    procs.push(alone);
    await drive(alone.http, 'warmup-alone', WARMUP_PUSHES);
    const aloneCpu0 = cpuSeconds(alone.child.pid!);
    const base = await drive(alone.http, 'alone');
    const aloneCpuPerPush = ((cpuSeconds(alone.child.pid!)) - aloneCpu0) / PUSHES;
    await kill(alone);
    aloneDirs.cleanup();

    // The floor (distributor-floor.ts): Node receiving, decoding, inflating and forwarding the same pushes, and nothing else.
    const floor = await startFloorServer();
    let floorCpuPerPush: number;
    let floorWakeupsPerPush: number;
    try {
      await drive(floor.url, 'warmup-floor', WARMUP_PUSHES);
      const floorCpu0 = cpuSeconds(floor.child.pid!);
      const floorWake0 = wakeups(floor.child.pid!);
      await drive(floor.url, 'floor');
      floorCpuPerPush = (cpuSeconds(floor.child.pid!) - floorCpu0) / PUSHES;
      floorWakeupsPerPush = (wakeups(floor.child.pid!) - floorWake0) / PUSHES;
    } finally {
      await floor.stop();
    }

    const ids = ['ing-0', 'ing-1', 'ing-2'];
    // The ring's heartbeat at its default (5 s), not the tests' 500 ms (commonArgs): every heartbeat rewrites the ring
    // file, which each process then reads, parses and indexes again, ten times as often as a deployment would.
    const heartbeat = '-ingester.ring.heartbeat-period=5s';
    const ingesters = await Promise.all(ids.map((id) => startProcess(id, ingesterArgs(dirs, id, [heartbeat]))));
    procs.push(...ingesters);
    // BENCH_PROFILE_FRONT=<dir>: the distributor runs with node --cpu-prof, written to <dir> when it exits on SIGTERM.
    // BENCH_FRONT_ARGS: more flags for the distributor (e.g. -distributor.ingester-batch.max-pushes=1 to compare).
    const frontExtra = (process.env['BENCH_FRONT_ARGS'] ?? '').split(' ').filter(Boolean);
    const frontArgs = ['-target=distributor', ...commonArgs(dirs, ['-distributor.ingestion-rate-limit-mb=0', '-ingester.client.timeout=60s', heartbeat, ...frontExtra])];
    const profileDir = process.env['BENCH_PROFILE_FRONT'];
    // BENCH_PERF_FRONT=<file>: `perf record` of the distributor's CPU (user and kernel) during the measured pushes only,
    // with the JIT's symbols (--perf-basic-prof); read it with `perf report -i <file>`. V8's --cpu-prof samples wall
    // time, so a process preempted on a loaded machine shows its waits where it was preempted (a socket write).
    const perfFile = process.env['BENCH_PERF_FRONT'];
    // BENCH_FRONT_NODE_ARGS: more flags for node itself (e.g. --max-semi-space-size=16).
    const nodeArgs = [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(perfFile ? ['--perf-basic-prof'] : []),
      ...(process.env['BENCH_FRONT_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
    ];
    // BENCH_FRONT_STDOUT=<file>: the distributor's standard output (what --trace-gc or --trace-opt print) to <file>.
    const stdoutFile = process.env['BENCH_FRONT_STDOUT'];
    const front: Proc = nodeArgs.length > 0 || stdoutFile
      ? { name: 'distributor', ...(await startProgram('distributor', frontArgs, { timeoutMs: 90_000, nodeArgs, ...(stdoutFile ? { stdoutFile } : {}) })) }
      : await startProcess('distributor', frontArgs);
    procs.push(front);
    const ring = await allActive(front.http, ids);
    // Scraped every 250 pushes as it warms up: the first scrape of /metrics (a GET, a route and Node's objects of
    // other shapes) deoptimized Node's HTTP server functions and our dispatch (--trace-deopt: "wrong map",
    // "insufficient type feedback"), and the bench's own scrape just before the measured pushes left them in baseline
    // code for most of those pushes (perf: 14% of the distributor's samples in Sparkplug code, 5% in the compiler). A
    // deployed distributor is scraped every 15-60 s from its start.
    await drive(front.http, 'warmup-rf3', WARMUP_PUSHES, 250);
    const calls = async () => ({ pushes: await metric(front.http, 'distributor_ingester_batch_pushes_sum'), calls: await metric(front.http, 'distributor_ingester_batch_pushes_count') });
    const calls0 = await calls();
    const split0 = cpuTimes(front.child.pid!);
    const cpu0 = [front, ...ingesters].map((p) => cpuSeconds(p.child.pid!));
    const wake0 = [front, ...ingesters].map((p) => wakeups(p.child.pid!));
    const faults0 = minorFaults(front.child.pid!);
    const perf = perfFile ? spawn('perf', ['record', '-F', '1999', '-e', 'cpu-clock', '-g', '-p', String(front.child.pid), '-o', perfFile], { stdio: 'ignore' }) : undefined;
    const rf3 = await drive(front.http, 'rf3');
    if (perf) {
      const exited = new Promise((resolve) => perf.once('exit', resolve));
      perf.kill('SIGINT');
      await exited;
    }
    const cpu = [front, ...ingesters].map((p, i) => cpuSeconds(p.child.pid!) - cpu0[i]!);
    const wake = [front, ...ingesters].map((p, i) => wakeups(p.child.pid!) - wake0[i]!);
    const faults = minorFaults(front.child.pid!) - faults0;
    const split1 = cpuTimes(front.child.pid!);
    const calls1 = await calls();
    // Client pushes per call to an ingester (ingester-batcher.ts): 1 when nothing was batched.
    const pushesPerCall = (calls1.pushes - calls0.pushes) / Math.max(1, calls1.calls - calls0.calls);
    // How the ingesters decoded what they got: a batch may inflate past -push.decode-inline-max-bytes and go to a worker.
    const workerDecodes = (await Promise.all(ingesters.map((p) => metric(p.http, 'push_decode_jobs_total', { where: 'worker' })))).reduce((a, b) => a + b, 0);
    const inlineDecodes = (await Promise.all(ingesters.map((p) => metric(p.http, 'push_decode_jobs_total', { where: 'inline' })))).reduce((a, b) => a + b, 0);
    // CPU per push of each process (all share the machine's cores, so CPU time, not wall time): the front's
    // against one ingester's (the mean of the three; at RF=3 each takes every push).
    const frontPerPush = cpu[0]! / PUSHES;
    const ingesterPerPush = cpu.slice(1).reduce((a, b) => a + b, 0) / ingesters.length / PUSHES;

    const rate = (r: Run) => PUSHES / r.seconds;
    emit('distributor_rf3_pushes_per_second', rate(rf3), 'pushes/s', { baseline: Number(rate(base).toPrecision(4)), ratio: Number((rate(rf3) / rate(base)).toPrecision(3)) });
    emit('distributor_rf3_throughput', rf3.bytes / rf3.seconds / 1e6, 'MB/s', { baseline: Number((base.bytes / base.seconds / 1e6).toPrecision(4)), ratio: Number((rate(rf3) / rate(base)).toPrecision(3)) });
    emit('distributor_rf3_push_latency_p50', percentile(rf3.latenciesMs, 0.5), 'ms', { baseline: Number(percentile(base.latenciesMs, 0.5).toPrecision(4)) });
    emit('distributor_rf3_push_latency_p99', percentile(rf3.latenciesMs, 0.99), 'ms', {
      baseline: Number(percentile(base.latenciesMs, 0.99).toPrecision(4)),
      ratio: Number((percentile(rf3.latenciesMs, 0.99) / percentile(base.latenciesMs, 0.99)).toPrecision(3)),
    });
    emit('distributor_cpu_per_push_vs_ingester', frontPerPush * 1000, 'CPU-ms per push (distributor process)', {
      baseline: Number((ingesterPerPush * 1000).toPrecision(4)), ratio: Number((frontPerPush / ingesterPerPush).toPrecision(3)), aim: 0.25,
      ingesterAloneCpuMsPerPush: Number((aloneCpuPerPush * 1000).toPrecision(4)), pushesPerIngesterCall: Number(pushesPerCall.toPrecision(3)),
      ingesterDecodesOnWorkers: `${workerDecodes} of ${workerDecodes + inlineDecodes}`,
      distributorUserMsPerPush: Number(((split1.user - split0.user) * 1000 / PUSHES).toPrecision(3)), distributorSystemMsPerPush: Number(((split1.system - split0.system) * 1000 / PUSHES).toPrecision(3)),
      distributorWakeupsPerPush: Number((wake[0]! / PUSHES).toPrecision(3)),
      distributorMinorFaultsPerPush: Number((faults / PUSHES).toPrecision(3)),
      ingesterWakeupsPerPush: Number((wake.slice(1).reduce((a, b) => a + b, 0) / ingesters.length / PUSHES).toPrecision(3)),
    });
    // What the aim leaves the distributor's own work: the floor against the same ingester CPU per push.
    emit('distributor_cpu_floor_per_push_vs_ingester', floorCpuPerPush * 1000, 'CPU-ms per push (Node alone receiving a push over HTTP/1.1, decoding it, inflating its profile and sending it to 3 replicas on HTTP/2 streams)', {
      baseline: Number((ingesterPerPush * 1000).toPrecision(4)), ratio: Number((floorCpuPerPush / ingesterPerPush).toPrecision(3)),
      wakeupsPerPush: Number(floorWakeupsPerPush.toPrecision(3)),
    });
    // The floor again, forwarding to these ingesters (serve-ingesters): its CPU per push beside ingesters that store
    // what it sends, as the distributor's was, against their CPU per push in the same minutes. The floor above runs
    // on an otherwise idle machine (its replicas a sink), where every process's CPU per push is lower.
    const loaded = await startFloorServerOnIngesters(ring.map((r) => r.addr));
    try {
      await drive(loaded.url, 'warmup-floor-loaded', WARMUP_PUSHES);
      const before = [loaded.child.pid!, ...ingesters.map((p) => p.child.pid!)].map(cpuSeconds);
      await drive(loaded.url, 'floor-loaded');
      const used = [loaded.child.pid!, ...ingesters.map((p) => p.child.pid!)].map((pid, i) => cpuSeconds(pid) - before[i]!);
      const floorPerPush = used[0]! / PUSHES;
      const ingesterBesideFloor = used.slice(1).reduce((a, b) => a + b, 0) / ingesters.length / PUSHES;
      emit('distributor_cpu_floor_loaded_per_push_vs_ingester', floorPerPush * 1000, 'CPU-ms per push (the floor forwarding to the 3 ingesters on their PushStream, vs their CPU per push meanwhile)', {
        baseline: Number((ingesterBesideFloor * 1000).toPrecision(4)), ratio: Number((floorPerPush / ingesterBesideFloor).toPrecision(3)),
      });
    } finally {
      await loaded.stop();
    }
    emit('distributor_bench_pushes', PUSHES, 'pushes', { concurrency: CONCURRENCY, profiles: profiles.length, retriedAfterConnectionReset: retried });
  } finally {
    // BENCH_PROFILE_FRONT: SIGTERM, so that the distributor exits by itself and node writes its --cpu-prof.
    const front = procs.find((p) => p.name === 'distributor');
    if (process.env['BENCH_PROFILE_FRONT'] && front) await kill(front, 'SIGTERM');
    await Promise.all(procs.map((p) => kill(p)));
    dirs.cleanup();
  }
}

await main();
