// Ingester figures on the real profiles (../shared/testdata/profiles), printed as JSON lines
// {"name","value","unit"}. Run: `node --import tsx bench/ingester.bench.ts` (BENCH_SCALE=0.2 for a quick run).
//
// 1. One ingester process, WAL on, fed over Connect the way agents send: many services, one profile each
//    per 15 s, values and timestamps varying → profiles/s, decompressed MB/s, then a flush → storage ratio
//    (bucket bytes ÷ gzip'd pprof bytes received) and objects written per 10,000 profiles. Then the same pushes
//    with every push's symbol tables new (…_unique_tables: the table caches never hit, the worst case).
// 2. One hour of data in-process (≥100,000 profiles, built by re-using decoded profiles with new values)
//    → flame graph and SelectSeries latency p50/p99 from the head, cut + upload time of that head (MB/s),
//    the same queries from the block, and the storage ratio of a one-hour block.
// 3. 10,000 active series → resident memory per 10,000 series.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { Registry } from 'prom-client';
import { push, type querier } from '../ingester/src/gen/index.ts';
import { limitsWith } from '../ingester/src/ingest/limits.ts';
import { normalizePush } from '../ingester/src/ingest/normalize.ts';
import type { NormalizedProfile } from '../ingester/src/model/profile.ts';
import { loadTestProfiles } from '../ingester/src/pprof/testdata.ts';
import { IngesterRole } from '../ingester/src/roles/ingester/ingester.ts';
import { FilesystemBucket } from '../ingester/src/storage/objstore/filesystem.ts';
import { IngesterStorage } from '../ingester/src/storage/store.ts';
import { systemClock } from '../ingester/src/util/clock.ts';
import { silentLogger } from '../ingester/src/util/log.ts';
import { programEntry } from '../test/support/program.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const STEP_MS = 15_000;

function emit(name: string, value: number, unit: string, extra: Record<string, number | string> = {}): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, ...extra }));
}

let seed = 7;
const random = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function dirStats(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/**
 * A process's CPU time, minor page faults and resident set so far (/proc/<pid>/stat, proc(5): minflt, utime,
 * stime, rss). Faults are worth watching: on a VM a page first touched costs far more than on bare metal
 * (a 256 MB array first written cost ~1 CPU-s on the bench's VM), so memory the push path grows into is CPU.
 */
async function processStat(pid: number): Promise<{ cpuSeconds: number; minorFaults: number; rssBytes: number }> {
  const { readFile } = await import('node:fs/promises');
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return { cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100, minorFaults: Number(fields[7]), rssBytes: Number(fields[21]) * 4096 };
}

/** CPU seconds of a process's main thread and of its other threads (V8's GC and JIT workers, libuv's pool) so far (Linux /proc/<pid>/task). */
async function threadCpuSeconds(pid: number): Promise<Map<string, number>> {
  const { readFile, readdir: list } = await import('node:fs/promises');
  const out = new Map<string, number>();
  for (const tid of await list(`/proc/${pid}/task`).catch(() => [])) {
    try {
      const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Node names its threads "node" alike (libuv's pool, V8's platform workers): the main thread is told by its ID.
      const name = Number(tid) === pid ? 'main' : 'others';
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      out.set(name, (out.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // the thread ended
    }
  }
  return out;
}

/** A variant of a pprof as an agent would send it 15 s later: new time, values scaled by 0.5–1.5. */
function variant(base: Profile, timeMs: number, uniqueString?: string): { gz: Buffer; rawBytes: number } {
  const saved = base.sample.map((s) => s.value);
  base.timeNanos = BigInt(timeMs) * 1_000_000n;
  for (const s of base.sample) s.value = s.value.map((v) => Math.max(1, Math.round(Number(v) * (0.5 + random()))));
  let raw = base.encode();
  // One more string_table entry (field 6), named by nobody: the same profile, whose tables are new bytes.
  if (uniqueString !== undefined) {
    const text = Buffer.from(uniqueString);
    if (text.length > 127) throw new Error('the unique string must fit a one-byte length');
    raw = Buffer.concat([raw, Buffer.from([0x32, text.length]), text]);
  }
  base.sample.forEach((s, i) => (s.value = saved[i]!));
  return { gz: gzipSync(raw), rawBytes: raw.length };
}

// ---------------------------------------------------------------------------------------------------
// 1. Process throughput over Connect.

/**
 * @param uniqueTables each push's symbol tables differ from every other's (one unnamed string more): the
 *   decoder's table cache and the head's remaps by table key never hit, the worst case for the push path;
 *   by default a service sends the same tables every time (agents mostly do: same binary, same code), the best.
 */
async function processThroughput(uniqueTables: boolean): Promise<void> {
  const suffix = uniqueTables ? '_unique_tables' : '';
  const corpus = loadTestProfiles();
  const bases = corpus.map((f) => Profile.decode(f.raw[0] === 0x1f ? gunzipSync(f.raw) : f.raw));
  const services = Math.max(10, Math.round(100 * SCALE));
  const rounds = 10;
  const start = Date.now() - rounds * STEP_MS;
  const pushes: { body: Uint8Array; gz: Buffer; rawBytes: number; gzBytes: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let s = 0; s < services; s++) {
      const { gz, rawBytes } = variant(bases[s % bases.length]!, start + r * STEP_MS + s, uniqueTables ? `bench-${r}-${s}` : undefined);
      const body = push.v1.PushRequest.encode({
        series: [{ labels: [{ name: 'service_name', value: `svc-${s}` }, { name: 'env', value: 'bench' }], samples: [{ rawProfile: gz, ID: `${s}-${r}` }] }],
      }).finish();
      pushes.push({ body, gz, rawBytes, gzBytes: gz.length });
    }
  }

  // Baseline in the same run: pprof-format's gunzip + decode of the very same profiles, per CPU-second of
  // this (single-threaded) process. The ratio compares CPU cost, which a shared machine distorts less than wall time.
  // Measured before and after the pushes (the machine's load drifts), and averaged.
  const decodeRounds = Math.max(1, Math.round(1.5 / SCALE));
  const pprofFormatDecodeMbPerCpu = (): number => {
    const d0 = process.cpuUsage();
    for (let k = 0; k < decodeRounds; k++) for (const p of pushes) Profile.decode(gunzipSync(p.gz));
    const d = process.cpuUsage(d0);
    return (pushes.reduce((a, p) => a + p.rawBytes, 0) * decodeRounds) / 1e6 / ((d.user + d.system) / 1e6);
  };
  const pprofFormatBefore = pprofFormatDecodeMbPerCpu();

  const dir = await mkdtemp(path.join(tmpdir(), 'ingester-bench-'));
  // BENCH_INGESTER_NODE_ARGS: extra node flags for the ingester process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  // BENCH_PERF_INGESTER=<file>: `perf record` of the ingester's CPU (every thread, user and kernel) during the measured
  // pushes only, with the JIT's symbols (--perf-basic-prof), to <file> (<file>_unique_tables for the second run); read it
  // with `perf report -i <file>`. V8's --cpu-prof sees the main thread only, and samples wall time.
  const perfFile = process.env['BENCH_PERF_INGESTER'] ? `${process.env['BENCH_PERF_INGESTER']}${suffix}` : undefined;
  const nodeArgs = [...(perfFile ? ['--perf-basic-prof'] : []), ...(process.env['BENCH_INGESTER_NODE_ARGS'] ?? '').split(' ').filter(Boolean)];
  // BENCH_INGESTER_FLAGS: extra ingester flags, e.g. "-push.decode-workers=0" (decode on the event loop).
  const flags = (process.env['BENCH_INGESTER_FLAGS'] ?? '').split(' ').filter(Boolean);
  // BENCH_INGESTER_STDOUT=<file>: the ingester's standard output (what node flags such as --trace-opt print) to <file>.
  const stdoutFile = process.env['BENCH_INGESTER_STDOUT'];
  const child = spawn(process.execPath, [
    ...nodeArgs, ...programEntry(), '-target=ingester', '-server.http-listen-port=0', '-server.grpc-listen-port=0',
    '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1', `-ingester.data-dir=${dir}/data`, `-storage.filesystem.dir=${dir}/bucket`, '-ingester.ring.store=memory', ...flags,
  ], { cwd: ROOT, stdio: ['ignore', stdoutFile ? openSync(`${stdoutFile}${suffix}`, 'w') : 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stderr = child.stderr!; // piped (stdio[2])
  const base = await new Promise<string>((resolve, reject) => {
    let buf = '';
    stderr.on('data', (c: Buffer) => {
      buf += c.toString();
      const m = /"http":"(http:\/\/[^"]+)"/.exec(buf);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`ingester exited with ${code}: ${buf}`)));
  });
  // Log lines are not needed any more; keep the pipe drained.
  stderr.removeAllListeners('data');
  stderr.resume();

  const concurrency = 16;
  let next = 0;
  const send = async (until: number): Promise<void> => {
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < until) {
        const p = pushes[next++]!;
        const res = await fetch(`${base}/push.v1.PusherService/Push`, { method: 'POST', headers: { 'content-type': 'application/proto' }, body: p.body });
        if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      }
    }));
  };
  // BENCH_WARMUP_PUSHES=<n> (default 200): the first n pushes are sent before measuring and left out of the figures,
  // which then are of a process past its first pushes, as a deployed ingester is for all but its first seconds. V8
  // compiles the push path's functions over those first pushes (by perf, ~40% of the ingester's CPU over the first
  // fifth of the bench's 1,000 pushes, ~10-15% after), and the baseline decodes 1.5 rounds of the same profiles, so
  // it is mostly warm too. The figure from the very first push is printed beside it (`...FromFirstPush`).
  const warmup = Math.max(0, Math.min(pushes.length - 1, Number(process.env['BENCH_WARMUP_PUSHES'] ?? 200)));
  const cpuAtFirstPush = (await processStat(child.pid!)).cpuSeconds;
  if (warmup > 0) await send(warmup);
  const measured = pushes.slice(warmup);
  const stat0 = await processStat(child.pid!);
  const cpu0 = stat0.cpuSeconds;
  const threads0 = await threadCpuSeconds(child.pid!);
  const perf = perfFile ? spawn('perf', ['record', '-F', '1999', '-e', 'cpu-clock', '-g', '-p', String(child.pid), '-o', perfFile], { stdio: 'ignore' }) : undefined;
  const t0 = performance.now();
  await send(pushes.length);
  const seconds = (performance.now() - t0) / 1000;
  if (perf) {
    const stopped = new Promise((resolve) => perf.once('exit', resolve));
    perf.kill('SIGINT');
    await stopped;
  }
  const stat1 = await processStat(child.pid!);
  const cpu = stat1.cpuSeconds - cpu0;
  const threads = await threadCpuSeconds(child.pid!);
  // Where the CPU-seconds went: the main thread (event loop), the others (V8's concurrent GC marking and sweeping
  // and JIT compiles, libuv's pool: the WAL's writes and fsyncs).
  const perThread = [...threads].map(([name, s]) => [name, s - (threads0.get(name) ?? 0)] as const).filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1]).map(([name, s]) => `${name} ${s.toFixed(2)}`).join(', ');
  const rawBytes = measured.reduce((a, p) => a + p.rawBytes, 0);
  emit(`ingester_process_ingest_profiles_per_second${suffix}`, measured.length / seconds, 'profiles/s', { profiles: measured.length, concurrency, ...(warmup > 0 ? { warmupPushes: warmup } : {}) });
  emit(`ingester_process_ingest_decompressed_mb_per_second${suffix}`, rawBytes / 1e6 / seconds, 'MB/s');
  // The same per CPU-second of the ingester process: comparable between a busy and an idle machine.
  emit(`ingester_process_ingest_profiles_per_cpu_second${suffix}`, measured.length / cpu, 'profiles/CPU-s', {
    cpuSeconds: Number(cpu.toFixed(2)), threads: perThread,
    minorFaults: stat1.minorFaults - stat0.minorFaults, rssGrowthMB: Math.round((stat1.rssBytes - stat0.rssBytes) / 1e6),
  });
  emit(`ingester_process_ingest_decompressed_mb_per_cpu_second${suffix}`, rawBytes / 1e6 / cpu, 'MB/CPU-s');

  if (!uniqueTables) await flushFigures(base, dir, pushes, rounds);
  const s0 = performance.now();
  child.kill('SIGTERM');
  const code = await exited;
  if (!uniqueTables) emit('ingester_process_sigterm_exit_seconds', (performance.now() - s0) / 1000, 's', { exitCode: code ?? -1 });
  // After the process is gone (its keep-alive connections too), on the same cores.
  const oursMbPerCpu = rawBytes / 1e6 / cpu;
  const oursFromFirstPush = pushes.reduce((a, p) => a + p.rawBytes, 0) / 1e6 / (stat1.cpuSeconds - cpuAtFirstPush);
  const pprofFormatAfter = pprofFormatDecodeMbPerCpu();
  const pprofFormatMbPerCpu = (pprofFormatBefore + pprofFormatAfter) / 2;
  emit(`ingest_process_vs_pprof_format_decode${suffix}`, oursMbPerCpu, `MB/CPU-s (ingester process over Connect, WAL on${uniqueTables ? ', every push with new symbol tables' : ''})`, {
    baseline: Number(pprofFormatMbPerCpu.toPrecision(4)), ratio: Number((oursMbPerCpu / pprofFormatMbPerCpu).toPrecision(3)), aim: 3,
    baselineBefore: Number(pprofFormatBefore.toPrecision(4)), baselineAfter: Number(pprofFormatAfter.toPrecision(4)),
    warmupPushes: warmup, measuredPushes: measured.length,
    mbPerCpuFromFirstPush: Number(oursFromFirstPush.toPrecision(4)), ratioFromFirstPush: Number((oursFromFirstPush / pprofFormatMbPerCpu).toPrecision(3)),
  });

  await rm(dir, { recursive: true, force: true });
}

/** WAL pushes per fsync, then a flush: its time, the storage ratio and objects written. */
async function flushFigures(base: string, dir: string, pushes: readonly { gzBytes: number }[], rounds: number): Promise<void> {
  const gzBytes = pushes.reduce((a, p) => a + p.gzBytes, 0);
  const metrics = await (await fetch(`${base}/metrics`)).text();
  const fsyncs = Number(/^ingester_wal_fsyncs_total (\d+)/m.exec(metrics)?.[1] ?? 0);
  emit('ingester_wal_pushes_per_fsync', pushes.length / Math.max(1, fsyncs), 'pushes/fsync');

  const f0 = performance.now();
  const res = await fetch(`${base}/flush`, { method: 'POST' });
  if (!res.ok) throw new Error(`flush failed: ${res.status}`);
  emit('ingester_process_flush_seconds', (performance.now() - f0) / 1000, 's', { profiles: pushes.length });
  const bucket = await dirStats(path.join(dir, 'bucket'));
  emit('ingester_storage_ratio_short_block', bucket.bytes / gzBytes, 'bucket bytes / gzip bytes', { profilesPerSeries: rounds, baseline: 0.3 });
  emit('ingester_objects_written_per_10k_profiles', (bucket.files / pushes.length) * 10_000, 'objects', { profiles: pushes.length });
}

// ---------------------------------------------------------------------------------------------------
// 2. One hour of data in-process.

async function oneHour(): Promise<void> {
  const corpus = loadTestProfiles();
  const manifestSmall = new Set(['cpu-js.pb.gz', 'cpu_go_truncated_1.pb.gz', 'dotnet-pprof-3.pb.gz', 'go-cpu.pb.gz', 'go-heap-delta.pprof', 'go.cpu.labels.pprof', 'heap-js.pprof',
    'java-kafka-memory_alloc_in_new_tlab_bytes_bytes_space_bytes.pb.gz', 'java-kafka-mutex_delay_nanoseconds_mutex_count.pb.gz', 'java-kafka-process_cpu_cpu_nanoseconds_cpu_nanoseconds.pb.gz',
    'nodejs-cpu.pprof', 'nodejs-heap.pb.gz', 'nodejs-wall.pb.gz', 'pyspy-1.pb.gz', 'python-cpu.pprof', 'rust-cpu.pprof', 'single_group_with_optional_span_id.pb.gz']);
  const bases = corpus.filter((f) => manifestSmall.has(f.name));
  const services = Math.max(20, Math.round(420 * SCALE));
  const rounds = 240; // one hour at one profile per 15 s
  const hourStart = Date.now() - rounds * STEP_MS;
  const limits = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });

  const dir = await mkdtemp(path.join(tmpdir(), 'ingester-hour-'));
  const registry = new Registry();
  const storage = new IngesterStorage(
    { dataDir: path.join(dir, 'data'), maxBlockDurationMs: 24 * 3_600_000, maxBlockBytes: 2 ** 40, localRetentionMs: 3_600_000, walSegmentBytes: 64 << 20, uploadMinBackoffMs: 100, uploadMaxBackoffMs: 1000 },
    { bucket: new FilesystemBucket(path.join(dir, 'bucket')), logger: silentLogger(), registry, clock: systemClock, decodeRecord: () => ({ tenant: 'bench', profiles: [] }) },
  );
  const role = new IngesterRole({ id: 'bench', storage, normalize: normalizePush, limits: () => limits, clock: systemClock, logger: silentLogger(), registry, tickIntervalMs: 3_600_000 });
  await role.start();

  // Per service: its base profile normalized once, and the gzip size of one variant (for the storage ratio).
  const perService = bases.map((f) => {
    const gz = variant(Profile.decode(f.raw[0] === 0x1f ? gunzipSync(f.raw) : f.raw), hourStart).gz;
    return { raw: f.raw, gzBytes: gz.length };
  });
  const heapBefore = process.memoryUsage();
  const t0 = performance.now();
  let pushed = 0;
  let gzBytes = 0;
  const payload = Buffer.from('bench'); // the WAL gets a small record per push: this phase measures reads
  for (let s = 0; s < services; s++) {
    const base = perService[s % perService.length]!;
    const normalized = normalizePush('bench', { series: [{ labels: [{ name: 'service_name', value: `svc-${s}` }, { name: 'env', value: 'bench' }], samples: [{ rawProfile: base.raw, ID: 'x' }] }] }, limits, hourStart);
    const batch: Promise<number>[] = [];
    for (let r = 0; r < rounds; r++) {
      const profiles: NormalizedProfile[] = normalized.map((p) => {
        const values = new Float64Array(p.profile.values.length);
        for (let i = 0; i < values.length; i++) values[i] = Math.round(p.profile.values[i]! * (0.5 + random()));
        return { ...p, id: `${s}-${r}`, timestampMs: hourStart + r * STEP_MS + s, profile: { ...p.profile, values } };
      });
      batch.push(storage.append('bench', payload, profiles));
      gzBytes += base.gzBytes;
      pushed++;
    }
    await Promise.all(batch);
  }
  const buildSeconds = (performance.now() - t0) / 1000;
  emit('ingester_hour_build_profiles_per_second', pushed / buildSeconds, 'profiles/s', { profiles: pushed, note: 'in-process head append, decode excluded' });
  const heapAfter = process.memoryUsage();
  emit('ingester_hour_head_bytes', storage.headBytes / 1e6, 'MB (estimate)', { rssDeltaMB: Math.round((heapAfter.rss - heapBefore.rss) / 1e6) });

  const ctx = { tenant: 'bench' };
  const end = hourStart + (rounds + 1) * STEP_MS;
  const cpuType = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
  const measure = async (name: string, runs: number, fn: (i: number) => Promise<unknown>) => {
    await fn(0);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      const q0 = performance.now();
      await fn(i);
      times.push(performance.now() - q0);
      const c = process.cpuUsage(c0);
      cpuTimes.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    // Wall time, and the CPU time this process spent (the machine may be shared: CPU time is the steadier figure).
    emit(`${name}_p50`, percentile(times, 0.5), 'ms', { cpuMs: Number(percentile(cpuTimes, 0.5).toFixed(1)) });
    emit(`${name}_p99`, percentile(times, 0.99), 'ms', { cpuMs: Number(percentile(cpuTimes, 0.99).toFixed(1)), ...(name.includes('flamegraph') ? { baseline: 300 } : {}) });
  };
  // Services whose base profile has a cpu:nanoseconds type (go, java, rust, …): pick among them.
  const cpuServices = Array.from({ length: services }, (_, s) => s).filter((s) => normalizePush('bench', { series: [{ labels: [{ name: 'service_name', value: 'x' }], samples: [{ rawProfile: perService[s % perService.length]!.raw, ID: 'x' }] }] }, limits, hourStart)[0]!.seriesLabels.some((l) => l.some((p) => p.name === '__profile_type__' && p.value.endsWith(':cpu:nanoseconds:cpu:nanoseconds'))));
  const oneService = (i: number) => `{service_name="svc-${cpuServices[i % cpuServices.length]}"}`;
  const typeFor = async (i: number) => {
    const types = await role.profileTypes(ctx, { start: hourStart, end } as querier.v1.ProfileTypesRequest);
    return types.profileTypes!.find((t) => t.ID!.endsWith(':cpu:nanoseconds:cpu:nanoseconds'))?.ID ?? cpuType ?? String(i);
  };
  const typeId = await typeFor(0);
  const queries = async (where: string) => {
    await measure(`ingester_${where}_flamegraph_one_service_hour`, 40, (i) => role.selectMergeStacktraces(ctx, { profileTypeID: typeId, labelSelector: oneService(i), start: hourStart, end, maxNodes: 8192 } as querier.v1.SelectMergeStacktracesRequest));
    await measure(`ingester_${where}_flamegraph_all_services_hour`, 8, () => role.selectMergeStacktraces(ctx, { profileTypeID: typeId, labelSelector: '{}', start: hourStart, end, maxNodes: 8192 } as querier.v1.SelectMergeStacktracesRequest));
    await measure(`ingester_${where}_select_series_one_service_hour`, 40, (i) => role.selectSeries(ctx, { profileTypeID: typeId, labelSelector: oneService(i), start: hourStart, end, step: 15, groupBy: [] } as unknown as querier.v1.SelectSeriesRequest));
    await measure(`ingester_${where}_select_series_all_by_service_hour`, 8, () => role.selectSeries(ctx, { profileTypeID: typeId, labelSelector: '{}', start: hourStart, end, step: 15, groupBy: ['service_name'] } as unknown as querier.v1.SelectSeriesRequest));
  };
  await queries('head');

  const headBytes = storage.headBytes;
  const c0 = performance.now();
  const cpu0 = process.cpuUsage();
  await storage.flush();
  const cutSeconds = (performance.now() - c0) / 1000;
  const cutCpu = process.cpuUsage(cpu0);
  const cutCpuSeconds = (cutCpu.user + cutCpu.system) / 1e6;
  const bucket = await dirStats(path.join(dir, 'bucket'));
  emit('ingester_cut_upload_head_mb_per_second', headBytes / 1e6 / cutSeconds, 'MB/s (head size estimate)', { seconds: Number(cutSeconds.toFixed(2)), cpuSeconds: Number(cutCpuSeconds.toFixed(2)), blockMB: Number((bucket.bytes / 1e6).toFixed(1)), baseline: 100 });
  emit('ingester_cut_upload_head_mb_per_cpu_second', headBytes / 1e6 / cutCpuSeconds, 'MB/CPU-s (head size estimate)');
  emit('ingester_objects_written_per_10k_profiles_one_hour_block', (bucket.files / pushed) * 10_000, 'objects', { profiles: pushed });
  emit('ingester_storage_ratio_one_hour_block', bucket.bytes / gzBytes, 'bucket bytes / gzip bytes (estimated per push)', { profiles: pushed, baseline: 0.3 });
  await queries('block');
  await role.stop();
  await rm(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// 3. Memory per 10,000 active series.

async function memoryPerSeries(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw; // 2 sample types → 2 series per service
  const limits = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });
  const dir = await mkdtemp(path.join(tmpdir(), 'ingester-mem-'));
  const registry = new Registry();
  const storage = new IngesterStorage(
    { dataDir: path.join(dir, 'data'), maxBlockDurationMs: 3_600_000, maxBlockBytes: 2 ** 40, localRetentionMs: 0, walSegmentBytes: 64 << 20, uploadMinBackoffMs: 100, uploadMaxBackoffMs: 1000 },
    { bucket: new FilesystemBucket(path.join(dir, 'bucket')), logger: silentLogger(), registry, clock: systemClock, decodeRecord: () => ({ tenant: 'm', profiles: [] }) },
  );
  await storage.open();
  const services = 5000;
  const now = Date.now();
  const push = (s: number) =>
    normalizePush('m', { series: [{ labels: [{ name: 'service_name', value: `service-${s}` }, { name: 'pod', value: `pod-${s}-abcdef` }, { name: 'namespace', value: `ns-${s % 50}` }], samples: [{ rawProfile: raw, ID: `${s}` }] }] }, limits, now);
  gc();
  const before = process.memoryUsage();
  const payload = Buffer.from('m');
  // Pushes are decoded and appended in batches and then dropped, as the ingester drops a request once it is
  // in the head: what remains is what the head holds (holding every decoded push would also hold the
  // head's per-pprof remaps, which are keyed weakly by them).
  for (let s = 0; s < services; s += 250) {
    await Promise.all(Array.from({ length: Math.min(250, services - s) }, (_, i) => storage.append('m', payload, push(s + i))));
  }
  gc();
  gc();
  const after = process.memoryUsage();
  const series = services * 2;
  emit('ingester_memory_per_10k_series', ((after.heapUsed + after.external - before.heapUsed - before.external) / series) * 10_000 / 1e6, 'MB (heap, one small profile per series)', {
    series, rssDeltaMB: Math.round((after.rss - before.rss) / 1e6),
  });
  await storage.close();
  await rm(dir, { recursive: true, force: true });
}

// Memory first: the other phases leave garbage that would blur the heap difference.
// BENCH_PHASES (comma-separated: memory,process,hour) runs only those.
const phases = new Set((process.env['BENCH_PHASES'] ?? 'memory,process,hour').split(','));
if (phases.has('memory')) await memoryPerSeries();
if (phases.has('process')) await processThroughput(false);
// The same with every push's tables new (the caches' worst case); BENCH_PHASES=process-unique-tables runs it alone.
if (phases.has('process') || phases.has('process-unique-tables')) await processThroughput(true);
if (phases.has('hour')) await oneHour();
