// Querier figures, printed as JSON lines {"name","value","unit"} (+ "baseline","ratio").
// Run: `node --import tsx bench/querier.bench.ts` (BENCH_SCALE=0.2 for a quick run).
//
// 3 ingester processes with replication factor 3 behind a querier: real profiles pushed through a
// distributor, half of them flushed (so they are read from the bucket, 3 replica blocks each, and from the
// ingesters' local copies), half still in the heads. Then the same flame graph (SelectMergeStacktraces over
// every service) and SelectSeries through the querier, against the same queries asked of one of the
// ingesters directly (which holds every profile: RF=3 on 3 instances). Latency p50/p99 of each (and p90/p95).
// Then each query is asked of the two in turns (`…_paired_latency_p50/p99`): on this host a burst of other work lasts
// a few ms, and in two back-to-back runs it lands in one of them, which moved a p99 ratio by 2× between runs.
//
// The measured queries go through node:http on a kept-alive connection (connect-client.ts), not fetch: undici cost
// the bench's process 0.5-0.75 ms of CPU per SelectSeries, more than the querier's own work, on the same two cores
// (BENCH_CLIENT=fetch measures through fetch, as rounds before 2026-12-06 did). The client's CPU per query is shown.
//
// Two data sets, each on a cluster of its own: 600 profiles at the test profiles' own times (the lines without a
// suffix, as earlier rounds measured them), and the last hour of 20 services each sending a profile every 15 s,
// the interval agents and Alloy's pyroscope.scrape use by default: 4,800 profiles (the lines ending `_1h`), each
// pushed with its time_nanos set to its turn, what a query over the last hour (the UI's default range) reads. Over
// the hour SelectSeries is asked a third time, as a dashboard asks it: 15 s steps (`_15s_steps`). At 600 profiles
// one ingester answers a SelectSeries in ~2 ms, so the fan-out's fixed cost per call (a second hop, four processes
// on two cores) sets its ratio; the hour shows the work.
//
// After the flush the bench writes the tenant's bucket index, as the compactor does in a deployment (its
// index pass: Compactor.writeIndex), so that the querier finds the blocks through it rather than listing the
// bucket on every query; the bench fails if a query listed. The querier's SelectSeries counters are printed
// too: series whose replicas disagreed (and were read from key lists) and profiles listed vs kept.
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { Registry } from 'prom-client';
import { querier } from '../ingester/src/gen/index.ts';
import { Compactor } from '../ingester/src/roles/compactor/compactor.ts';
import { FilesystemBucket } from '../ingester/src/storage/objstore/filesystem.ts';
import { ManualClock } from '../ingester/src/util/clock.ts';
import { silentLogger } from '../ingester/src/util/log.ts';
import { limitsWith } from '../ingester/src/ingest/limits.ts';
import { normalizePush } from '../ingester/src/ingest/normalize.ts';
import { loadTestProfiles } from '../ingester/src/pprof/testdata.ts';
import { createReader, readTag, skipField } from '../ingester/src/pprof/varint.ts';
import { profileTimeStamp } from '../ingester/src/roles/distributor/profile-time.ts';
import { allActive, clusterDirs, commonArgs, connect, ingesterArgs, kill, metric, pushProfile, startProcess, type Proc } from '../test/cluster/harness.ts';
import { startProgram } from '../test/support/program.ts';
import { connectCall } from './connect-client.ts';
import { startHopFloor, startIngestersHopFloor } from './querier-floor.ts';
import { cpuSeconds, runQueueWaitSeconds, wakeups } from './proc-stats.ts';

const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
/** The data sets: profiles pushed, and the suffix of their lines' names (BENCH_DATASETS=600 or 1h for one of them). */
const DATASETS = [
  { profiles: Math.max(60, Math.round(600 * SCALE)), suffix: '', lastHour: false },
  { profiles: Math.max(60, Math.round(20 * 240 * SCALE)), suffix: '_1h', lastHour: true },
].filter((d) => !process.env['BENCH_DATASETS'] || process.env['BENCH_DATASETS'].split(',').includes(d.suffix.slice(1) || '600'));
// 160 queries of each kind, so that a p99 is the second slowest of them. With 40 flame graphs, as earlier rounds
// ran, it was the slowest one: one outlier set it (at one commit, four runs gave 1.25x to 1.98x over the hour's data).
const QUERIES = Math.max(10, Math.round(160 * SCALE));
const TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
// BENCH_ONLY=series (or flamegraph): measure only that query (a shorter run, a profile of one path).
const ONLY = process.env['BENCH_ONLY'];
// SelectSeries answers in 1-10 ms, so it is asked 1,000 times: its p99 is then the 11th slowest, not the 2nd (with 160,
// the p99 ratio of one line went from 0.8x to 6x between runs at one commit).
const SERIES_QUERIES = Number(process.env['BENCH_SERIES_QUERIES'] ?? Math.max(10, Math.round(1000 * SCALE)));
// Queries before the measured ones, each path's own (BENCH_WARMUP_QUERIES): with one, the fan-out's first few
// queries ran its four processes' code unoptimized (81-181 ms against ~40 after) while the baseline, measured
// next, ran the ingester's merge code the fan-out had already warmed. SelectSeries gets 3,000
// (BENCH_SERIES_WARMUP_QUERIES): V8 compiles on background threads that share the two cores. After 100 it still
// marked 41 of the querier's functions for optimization between the start of the 160 measured queries and the
// querier's exit (--trace-opt; 30 after 600), and the fan-out's CPU per query was 6.4 ms after 10 against 4.8 after
// 600. After 500 the querier still compiled 95 functions during the 1,000 measured queries, 574 ms of CPU (one of them
// 91 ms, twice: a deopt), and the asked ingester 37 (197 ms); after 3,000, 20 (69 ms) and 3 (3 ms), as a querier a
// few minutes into its life at 10 queries/s.
const WARMUP_QUERIES = Number(process.env['BENCH_WARMUP_QUERIES'] ?? 10);
const SERIES_WARMUP_QUERIES = Number(process.env['BENCH_SERIES_WARMUP_QUERIES'] ?? Math.max(10, Math.round(3000 * SCALE)));
// BENCH_LATENCY_FILE=<file>: each measured query appended to <file> as a line "<method> <target> <epoch ms at its start> <ms>",
// to line slow queries up with what the processes did then (their logs, --trace-gc).
const LATENCY_FILE = process.env['BENCH_LATENCY_FILE'];
const runFlame = ONLY === undefined || ONLY === 'flamegraph';
const runSeries = ONLY === undefined || ONLY === 'series';

function emit(name: string, value: number, unit: string, extra: Record<string, number | string> = {}): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, ...extra }));
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** The test profiles of the CPU type the queries ask for. */
const cpuProfiles = loadTestProfiles().filter((p) => {
  try {
    const out = normalizePush('bench', { series: [{ labels: [{ name: 'service_name', value: 'x' }], samples: [{ rawProfile: p.raw }] }] }, limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 }), Date.now());
    return out.some((n) => n.seriesLabels.some((ls) => ls.some((l) => l.name === '__profile_type__' && l.value === TYPE)));
  } catch {
    return false;
  }
});

/** A pprof's top-level fields but time_nanos (field 9), uncompressed: a time is appended to it per push (withTime). */
function withoutTime(raw: Uint8Array): Uint8Array {
  const pb = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  const kept: Uint8Array[] = [];
  const r = createReader(pb);
  while (r.pos < pb.length) {
    const from = r.pos;
    const tag = readTag(r, pb.length);
    skipField(r, tag & 7, pb.length);
    if (tag >>> 3 !== 9) kept.push(pb.subarray(from, r.pos));
  }
  return Buffer.concat(kept);
}

/** The profile with time_nanos set to `ms`, appended as the distributor stamps a plain pprof (pushed uncompressed, which the push path takes as it takes gzip). */
const withTime = (untimed: Uint8Array, ms: number): Uint8Array => Buffer.concat([untimed, profileTimeStamp(untimed, 0, ms)!]);
const untimedProfiles = cpuProfiles.map((p) => withoutTime(p.raw));

/** querier_engine_phase_duration_seconds' cumulative bucket counts of flame graphs, by phase: [le, count][]. */
async function phaseBuckets(http: string): Promise<Map<string, [number, number][]>> {
  const out = new Map<string, [number, number][]>();
  for (const line of (await (await fetch(`${http}/metrics`)).text()).split('\n')) {
    const m = /^querier_engine_phase_duration_seconds_bucket\{(.*)\} (\S+)$/.exec(line);
    if (!m || !m[1]!.includes('method="selectMergeStacktraces"')) continue;
    const phase = /phase="([^"]+)"/.exec(m[1]!)![1]!;
    const le = /le="([^"]+)"/.exec(m[1]!)![1]!;
    let list = out.get(phase);
    if (!list) out.set(phase, (list = []));
    list.push([le === '+Inf' ? Infinity : Number(le), Number(m[2])]);
  }
  return out;
}

/** The smallest bucket bound holding the q-quantile of the observations between two scrapes. */
function histogramQuantile(before: [number, number][], after: [number, number][], q: number): number {
  const total = (after.at(-1)?.[1] ?? 0) - (before.at(-1)?.[1] ?? 0);
  for (let i = 0; i < after.length; i++) if (after[i]![1] - (before[i]?.[1] ?? 0) >= q * total) return after[i]![0];
  return NaN;
}

interface Run {
  /** Latencies, ms, sorted. */
  ms: number[];
  /** CPU ms per query, summed over the processes that take part (the machine is shared: CPU is the fairer figure). */
  cpuMsPerQuery: number;
  /** The same per process, in the order given. */
  perProcess: number[];
  /** Main-thread wake-ups per query, per process in the order given. */
  wakeupsPerQuery: number[];
  /** Ms per query each process's main thread was ready to run but waited for a CPU, in the order given. */
  runQueueWaitMsPerQuery: number[];
  /** CPU ms per query of the bench's own process (the client, on the same cores; the whole process, all threads). */
  clientCpuMsPerQuery: number;
}

/** The measured queries' client (BENCH_CLIENT=fetch: through fetch, as rounds before 2026-12-06 measured). */
const call = process.env['BENCH_CLIENT'] === 'fetch' ? connect : connectCall;

async function measure(base: string, method: string, body: Uint8Array, procs: readonly Pick<Proc, 'child'>[], queries = QUERIES, warmup = WARMUP_QUERIES, afterWarmup?: () => Promise<void>): Promise<Run> {
  // Warm caches (decoded blocks, the replica that merges ahead) and V8's optimized code as a steady querier has them.
  for (let i = 0; i < warmup; i++) await call(base, method, body);
  await afterWarmup?.();
  const out: number[] = [];
  const cpu0 = procs.map((p) => cpuSeconds(p.child.pid!));
  const wake0 = procs.map((p) => wakeups(p.child.pid!));
  const wait0 = procs.map((p) => runQueueWaitSeconds(p.child.pid!));
  const client0 = process.cpuUsage();
  const trace: string[] = [];
  for (let i = 0; i < queries; i++) {
    const t0 = performance.now();
    await call(base, method, body);
    out.push(performance.now() - t0);
    if (LATENCY_FILE) trace.push(`${method} ${base} ${(performance.timeOrigin + t0).toFixed(3)} ${(performance.now() - t0).toFixed(3)}`);
  }
  if (LATENCY_FILE) appendFileSync(LATENCY_FILE, trace.map((l) => `${l}\n`).join(''));
  const client = process.cpuUsage(client0);
  const perProcess = procs.map((p, i) => ((cpuSeconds(p.child.pid!) - cpu0[i]!) * 1000) / queries);
  const wakeupsPerQuery = procs.map((p, i) => (wakeups(p.child.pid!) - wake0[i]!) / queries);
  const runQueueWaitMsPerQuery = procs.map((p, i) => ((runQueueWaitSeconds(p.child.pid!) - wait0[i]!) * 1000) / queries);
  return { ms: out.sort((a, b) => a - b), cpuMsPerQuery: perProcess.reduce((a, b) => a + b, 0), perProcess, wakeupsPerQuery, runQueueWaitMsPerQuery, clientCpuMsPerQuery: (client.user + client.system) / 1000 / queries };
}

/**
 * The same query asked of `viaQuerier` and `alone` in turns, `queries` times each, both warm already: each pair meets
 * the machine in the same state (the other processes' GC, this VM's bursts on a core), so their ratio does not depend
 * on which of two back-to-back runs a burst fell in. Latencies only: the CPU of each is the sequential runs'.
 */
async function measurePaired(viaQuerier: string, alone: string, method: string, body: Uint8Array, queries: number): Promise<[number[], number[]]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < queries; i++) {
    // Which goes first alternates, so that neither always follows the other's work.
    for (const [target, out] of i % 2 === 0 ? ([[viaQuerier, a], [alone, b]] as const) : ([[alone, b], [viaQuerier, a]] as const)) {
      const t0 = performance.now();
      await call(target, method, body);
      out.push(performance.now() - t0);
    }
  }
  return [a.sort((x, y) => x - y), b.sort((x, y) => x - y)];
}

// BENCH_PROFILE_DIR=<dir>: every process runs under node --cpu-prof (a flag on the command line: Node 20 refuses it
// in NODE_OPTIONS), written to <dir>/<process name>/ (one file per thread: the main one is the largest) when it
// exits on SIGTERM at the end.
const PROFILE_DIR = process.env['BENCH_PROFILE_DIR'];
// BENCH_NODE_ARGS: more flags for node in every process (e.g. --trace-gc), each one's standard output then going to
// BENCH_STDOUT_DIR/<process name> when that is set.
const NODE_ARGS = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
const STDOUT_DIR = process.env['BENCH_STDOUT_DIR'];
const start = async (name: string, args: string[]): Promise<Proc> => {
  const nodeArgs = [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}/${name}`] : []), ...NODE_ARGS];
  if (nodeArgs.length === 0 && !STDOUT_DIR) return startProcess(name, args);
  return { name, ...(await startProgram(name, args, { timeoutMs: 90_000, nodeArgs, ...(STDOUT_DIR ? { stdoutFile: `${STDOUT_DIR}/${name}` } : {}) })) };
};

async function main(PROFILES: number, suffix: string, lastHour: boolean): Promise<void> {
  const procs: Proc[] = [];
  const dirs = clusterDirs('bench-querier-');
  try {
    const ids = ['ing-0', 'ing-1', 'ing-2'];
    // The ring's heartbeat at its default (5 s), not the tests' 500 ms (commonArgs), as bench/distributor.bench.ts does:
    // every heartbeat rewrites the ring file, which each process then reads, parses and indexes again, and the CPU
    // per query counts every process's background work over the query's wall time.
    const heartbeat = '-ingester.ring.heartbeat-period=5s';
    const ingesters = await Promise.all(ids.map((id) => start(id, ingesterArgs(dirs, id, [heartbeat]))));
    procs.push(...ingesters);
    // BENCH_FRONT_ARGS: more flags for the querier (e.g. -querier.minimize-ingester-requests=false to compare).
    const frontExtra = (process.env['BENCH_FRONT_ARGS'] ?? '').split(' ').filter(Boolean);
    const front = await start('front', ['-target=distributor,querier', ...commonArgs(dirs, ['-distributor.ingestion-rate-limit-mb=0', '-ingester.client.timeout=60s', heartbeat, ...frontExtra])]);
    procs.push(front);
    const ring = await allActive(front.http, ids);

    // Over the last hour: each service's k-th profile 15·k s into it, the older half flushed.
    const hourStart = Date.now() - 3_600_000;
    const pushHalf = async (from: number, to: number) => {
      let next = from;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < to) {
            const i = next++;
            const k = i % cpuProfiles.length;
            const raw = lastHour ? withTime(untimedProfiles[k]!, hourStart + Math.floor(i / 20) * 15_000) : cpuProfiles[k]!.raw;
            await pushProfile(front.http, raw, { service_name: `svc-${i % 20}` }, randomUUID());
          }
        }),
      );
    };
    await pushHalf(0, PROFILES / 2);
    await Promise.all(ingesters.map(async (p) => void (await fetch(`${p.http}/flush`, { method: 'POST' }))));
    // The compactor's index pass (only that: the bench measures reads of the blocks as the ingesters cut them).
    const HOUR = 3_600_000;
    await new Compactor({
      config: { blockRanges: [HOUR, 12 * HOUR, 24 * HOUR], intervalMs: 60_000, deletionDelayMs: 0, partialBlockDeletionDelayMs: 0, retentionMs: 0, retentionOverrides: new Map(), lockLeaseMs: 600_000, lockSettleMs: 0 },
      bucket: new FilesystemBucket(dirs.bucket), instanceId: 'bench', clock: new ManualClock(Date.now()), logger: silentLogger(), registry: new Registry(),
    }).writeIndex('anonymous');
    await pushHalf(PROFILES / 2, PROFILES);

    const end = Date.now() + 3_600_000;
    const flame = querier.v1.SelectMergeStacktracesRequest.encode({ profileTypeID: TYPE, labelSelector: '{}', start: 0, end }).finish();
    const stepMs = 1e9;
    const series = querier.v1.SelectSeriesRequest.encode({ profileTypeID: TYPE, labelSelector: '{}', start: 0, end: Math.ceil(end / stepMs) * stepMs, step: stepMs / 1000, groupBy: ['service_name'] }).finish();
    // As a dashboard asks over the last hour: a point every 15 s (a series' profiles in 240 steps, summed profile by profile).
    const dashboard = querier.v1.SelectSeriesRequest.encode({ profileTypeID: TYPE, labelSelector: '{}', start: hourStart, end: hourStart + 3_600_000, step: 15, groupBy: ['service_name'] }).finish();
    const FG = 'querier.v1.QuerierService/SelectMergeStacktraces';
    const SS = 'querier.v1.QuerierService/SelectSeries';

    // A pause the profiles show: the samples after it are the queries' (BENCH_PROFILE_DIR).
    if (PROFILE_DIR) await new Promise((r) => setTimeout(r, 2000));
    // The fan-out's CPU is the querier's plus every ingester's; the baseline's is the one ingester's.
    // Under BENCH_PROFILE_DIR a pause after each, so that each run is a span of its own in the profiles.
    const pause = async () => void (PROFILE_DIR && (await new Promise((r) => setTimeout(r, 1500))));
    const phases = ['digests', 'merge', 'keys', 'render'] as const;
    const phaseSums = () => Promise.all(phases.map((phase) => metric(front.http, 'querier_engine_phase_duration_seconds_sum', { method: 'selectMergeStacktraces', phase })));
    let phases0: number[] = [];
    let buckets0 = new Map<string, [number, number][]>();
    let phases1: number[] = [];
    let buckets1 = new Map<string, [number, number][]>();
    const runs: [string, Run, Run][] = [];
    // Each run's query and count, asked again in turns after the runs (measurePaired).
    const pairs: [string, string, Uint8Array, number][] = [];
    // The SelectSeries runs whose hop floor (querier-floor.ts) is measured after them: name, request, the one ingester's run.
    const floors: [string, Uint8Array, Run][] = [];
    if (runFlame) {
      const viaQuerier = await measure(front.http, FG, flame, procs, QUERIES, WARMUP_QUERIES, async () => {
        phases0 = await phaseSums();
        buckets0 = await phaseBuckets(front.http);
      });
      phases1 = await phaseSums();
      buckets1 = await phaseBuckets(front.http);
      await pause();
      const alone = await measure(ingesters[0]!.http, FG, flame, [ingesters[0]!]);
      await pause();
      runs.push([`querier_flamegraph_3_ingesters_and_bucket${suffix}`, viaQuerier, alone]);
      pairs.push([`querier_flamegraph_3_ingesters_and_bucket${suffix}`, FG, flame, QUERIES]);
    }
    if (runSeries) {
      const seriesQuerier = await measure(front.http, SS, series, procs, SERIES_QUERIES, SERIES_WARMUP_QUERIES);
      await pause();
      const seriesAlone = await measure(ingesters[0]!.http, SS, series, [ingesters[0]!], SERIES_QUERIES, SERIES_WARMUP_QUERIES);
      runs.push([`querier_select_series_3_ingesters_and_bucket${suffix}`, seriesQuerier, seriesAlone]);
      floors.push([`querier_select_series_3_ingesters_and_bucket${suffix}`, series, seriesAlone]);
      pairs.push([`querier_select_series_3_ingesters_and_bucket${suffix}`, SS, series, SERIES_QUERIES]);
      if (lastHour) {
        await pause();
        const dashboardQuerier = await measure(front.http, SS, dashboard, procs, SERIES_QUERIES, SERIES_WARMUP_QUERIES);
        await pause();
        const dashboardAlone = await measure(ingesters[0]!.http, SS, dashboard, [ingesters[0]!], SERIES_QUERIES, SERIES_WARMUP_QUERIES);
        runs.push([`querier_select_series_15s_steps_3_ingesters_and_bucket${suffix}`, dashboardQuerier, dashboardAlone]);
        floors.push([`querier_select_series_15s_steps_3_ingesters_and_bucket${suffix}`, dashboard, dashboardAlone]);
        pairs.push([`querier_select_series_15s_steps_3_ingesters_and_bucket${suffix}`, SS, dashboard, SERIES_QUERIES]);
      }
    }
    for (const [name, q, b] of runs) {
      // The p99 line also shows the tail below it (p90, p95), each run's: how far the p99 stands out from it.
      const tail = (r: Run) => [0.9, 0.95].map((p) => percentile(r.ms, p).toPrecision(3)).join('/');
      for (const p of [0.5, 0.99]) {
        const v = percentile(q.ms, p);
        const base = percentile(b.ms, p);
        emit(`${name}_latency_p${p * 100}`, v, 'ms', { baseline: Number(base.toPrecision(4)), ratio: Number((v / base).toPrecision(3)), ...(p === 0.99 ? { p90_p95: tail(q), baselineP90_p95: tail(b) } : {}) });
      }
      // Where the fan-out's CPU went: each ingester's and the front's (the querier, which reads the bucket itself).
      const split = Object.fromEntries(procs.map((p, i) => [`${p.name}_ms`, Number(q.perProcess[i]!.toPrecision(3))]));
      // The bench's own client is not counted in either: its CPU per query (the same work in both) is shown apart.
      emit(`${name}_cpu_per_query`, q.cpuMsPerQuery, 'ms', {
        baseline: Number(b.cpuMsPerQuery.toPrecision(4)), ratio: Number((q.cpuMsPerQuery / b.cpuMsPerQuery).toPrecision(3)), ...split,
        client_ms: Number(q.clientCpuMsPerQuery.toPrecision(3)), baselineClient_ms: Number(b.clientCpuMsPerQuery.toPrecision(3)),
      });
      // …and its main-thread wake-ups per query, each process's (the baseline's: the one ingester's).
      const wakes = Object.fromEntries(procs.map((p, i) => [`${p.name}`, Number(q.wakeupsPerQuery[i]!.toPrecision(3))]));
      emit(`${name}_wakeups_per_query`, q.wakeupsPerQuery.reduce((a, b) => a + b, 0), 'wakeups', { baseline: Number(b.wakeupsPerQuery[0]!.toPrecision(3)), ...wakes });
      // …and the time their main threads were ready to run but waited for one of the two cores (the fan-out's
      // tail: four processes and the bench's own on two cores).
      const waits = Object.fromEntries(procs.map((p, i) => [`${p.name}_ms`, Number(q.runQueueWaitMsPerQuery[i]!.toPrecision(3))]));
      emit(`${name}_runqueue_wait_per_query`, q.runQueueWaitMsPerQuery.reduce((a, b) => a + b, 0), 'ms', { baseline: Number(b.runQueueWaitMsPerQuery[0]!.toPrecision(3)), ...waits });
    }
    // The same queries in turns (measurePaired): the ratio with both sides under the same conditions.
    for (const [name, method, request, queries] of pairs) {
      const [q, b] = await measurePaired(front.http, ingesters[0]!.http, method, request, queries);
      for (const p of [0.5, 0.99]) {
        const v = percentile(q, p);
        const base = percentile(b, p);
        emit(`${name}_paired_latency_p${p * 100}`, v, 'ms', { baseline: Number(base.toPrecision(4)), ratio: Number((v / base).toPrecision(3)) });
      }
    }
    // The second hop's own cost with nothing to do on either side (querier-floor.ts), answering with as many bytes as
    // the one ingester's answer, measured as the runs above were: what the fan-out's latency cannot go below beyond
    // the one ingester's own, and so the best ratio a querier on Node's HTTP servers can reach on this machine for
    // that query (`bestRatio`: the one ingester's latency above plus the hop's added latency, over the former).
    for (const [name, request, alone] of floors) {
      const answerBytes = (await connectCall(ingesters[0]!.http, SS, request)).length;
      const floor = await startHopFloor(answerBytes);
      try {
        const viaHop = await measure(floor.front.url, SS, request, floor.fanOut.map((child) => ({ child })), SERIES_QUERIES, SERIES_WARMUP_QUERIES);
        const direct = await measure(floor.direct.url, SS, request, [{ child: floor.direct.child }], SERIES_QUERIES, SERIES_WARMUP_QUERIES);
        for (const p of [0.5, 0.99]) {
          const v = percentile(viaHop.ms, p);
          const base = percentile(direct.ms, p);
          const added = v - base;
          const aloneMs = percentile(alone.ms, p);
          emit(`${name}_hop_floor_latency_p${p * 100}`, v, 'ms', {
            baseline: Number(base.toPrecision(4)), ratio: Number((v / base).toPrecision(3)), addedMs: Number(added.toPrecision(3)),
            bestRatio: Number(((aloneMs + added) / aloneMs).toPrecision(3)), answerBytes,
            ...(p === 0.5 ? { cpuMsPerQuery: Number(viaHop.cpuMsPerQuery.toPrecision(3)), baselineCpuMsPerQuery: Number(direct.cpuMsPerQuery.toPrecision(3)) } : {}),
          });
        }
      } finally {
        await floor.stop();
      }
      // The floor on two of the real ingesters (querier-floor.ts front-ingesters): the hop with their work and load in
      // it, against the one ingester asked again in the same minutes. Its answer must be the one ingester's.
      const onIngesters = await startIngestersHopFloor(['ing-0', 'ing-1'].map((id) => ring.find((r) => r.id === id)!.addr));
      try {
        const [viaFloor, direct] = await Promise.all([connectCall(onIngesters.url, SS, request), connectCall(ingesters[0]!.http, SS, request)]);
        if (!Buffer.from(viaFloor).equals(Buffer.from(direct))) throw new Error(`${name}: the floor on the ingesters answered ${viaFloor.length} bytes, not the one ingester's ${direct.length}`);
        const viaIngesters = await measure(onIngesters.url, SS, request, [{ child: onIngesters.child }, ingesters[0]!, ingesters[1]!], SERIES_QUERIES, SERIES_WARMUP_QUERIES);
        const aloneAgain = await measure(ingesters[0]!.http, SS, request, [ingesters[0]!], SERIES_QUERIES, SERIES_WARMUP_QUERIES);
        for (const p of [0.5, 0.99]) {
          const v = percentile(viaIngesters.ms, p);
          const base = percentile(aloneAgain.ms, p);
          emit(`${name}_ingesters_floor_latency_p${p * 100}`, v, 'ms', { baseline: Number(base.toPrecision(4)), ratio: Number((v / base).toPrecision(3)) });
        }
      } finally {
        await onIngesters.stop();
      }
    }
    const flameRun = runs.find(([name]) => name.startsWith('querier_flamegraph'))?.[1];
    if (flameRun) {
      // Where a flame graph's time goes in the querier, mean per query.
      emit(`querier_flamegraph_phases_mean${suffix}`, percentile(flameRun.ms, 0.5), 'ms', Object.fromEntries(phases.map((phase, i) => [`${phase}_ms`, Number((((phases1[i]! - phases0[i]!) * 1000) / QUERIES).toPrecision(3))])));
      // …and the 99th percentile of each phase, from the histogram's buckets (an upper bound: the bucket's le).
      emit(`querier_flamegraph_phases_p99${suffix}`, percentile(flameRun.ms, 0.99), 'ms', Object.fromEntries(phases.map((phase) => [`${phase}_ms`, (histogramQuantile(buckets0.get(phase) ?? [], buckets1.get(phase) ?? [], 0.99) || 0) * 1000])));
    }
    emit(`querier_bench_profiles${suffix}`, PROFILES, 'profiles', { flushed: PROFILES / 2, queries: QUERIES, seriesQueries: SERIES_QUERIES, distinctProfiles: cpuProfiles.length });
    emit(`querier_bench_series_listed${suffix}`, await metric(front.http, 'querier_engine_series_listed_total'), 'series', {
      listedProfiles: await metric(front.http, 'querier_engine_profiles_total', { stage: 'listed' }),
      keptProfiles: await metric(front.http, 'querier_engine_profiles_total', { stage: 'kept' }),
    });
    const listings = await metric(front.http, 'querier_bucket_listings_total');
    if (listings > 0) throw new Error(`the querier listed the bucket ${listings} times: it should have read the bucket index`);
  } finally {
    // Under --cpu-prof the processes must exit on their own to write their profiles.
    await Promise.all(procs.map((p) => kill(p, PROFILE_DIR ? 'SIGTERM' : 'SIGKILL')));
    dirs.cleanup();
  }
}

for (const { profiles, suffix, lastHour } of DATASETS) await main(profiles, suffix, lastHour);
