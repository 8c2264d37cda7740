// Compactor and bucket-read figures, printed as JSON lines {"name","value","unit","baseline","ratio",…}, each
// baseline measured in the same run. Run: `node --import tsx bench/compactor.bench.ts` (BENCH_SCALE=0.2 for a
// quick run; BENCH_ONLY_READS=1 for part 2 alone). The default run needs about 80 s of CPU: about two minutes
// on a quiet machine.
//
// 1. Storage and throughput. Three ingesters (RF=3) receive the same pushes — real profiles, several
//    services, one profile per service every 15 s with varying values — for two hours, each cutting its head
//    every 20 minutes at its own offset, and upload their blocks to a folder bucket. Then:
//    - bucket bytes ÷ gzip'd pprof bytes received, before compaction (the baseline) and after;
//    - compaction throughput: MB of source blocks merged per second of compactor time.
// 2. Reads through the querier's bucket index path (roles/querier/bucket-reader.ts BucketReader, as the
//    querier builds it; blocks found through `<tenant>/bucket-index.json.gz`, never by listing):
//    - a flame graph over the last hour with 1,000 blocks of older history in the bucket, against the same
//      with 10 (the baseline): the history must cost nothing to a query that does not touch it;
//    - a 7-day flame graph of one service from compacted blocks (p99), against the same over the 168 hourly
//      blocks before compaction (the baseline);
//    - the querier's RSS (in a child process) after flame graphs over all of the 1,000-block tenant, and of a
//      3,000-block tenant, with the block cache set to CACHE_MB, against the same over the 10-block tenant (the
//      baseline): its growth must stay within the cache plus RSS_ALLOWANCE_MB, however many blocks are read.
// Blocks are written with the ingesters' writer and read with the querier's reader, whatever block format
// those use.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { Registry } from 'prom-client';
import { ingester } from '../ingester/src/gen/index.ts';
import { limitsWith } from '../ingester/src/ingest/limits.ts';
import { normalizePush } from '../ingester/src/ingest/normalize.ts';
import type { NormalizedProfile } from '../ingester/src/model/profile.ts';
import { loadTestProfiles } from '../ingester/src/pprof/testdata.ts';
import { Compactor } from '../ingester/src/roles/compactor/compactor.ts';
import { BucketReader } from '../ingester/src/roles/querier/bucket-reader.ts';
import { buildBlock } from '../ingester/src/storage/block/build.ts';
import { Head } from '../ingester/src/storage/head/head.ts';
import { splitByWindow } from '../ingester/src/storage/head/window-split.ts';
import { FilesystemBucket } from '../ingester/src/storage/objstore/filesystem.ts';
import type { Bucket } from '../ingester/src/storage/objstore/bucket.ts';
import { ManualClock } from '../ingester/src/util/clock.ts';
import { silentLogger } from '../ingester/src/util/log.ts';

const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const HOUR = 3_600_000;
const STEP_MS = 15_000;
const TENANT = 'bench';

function emit(name: string, value: number, unit: string, extra: Record<string, number | string> = {}): void {
  console.log(JSON.stringify({ name, value: round(value), unit, ...extra }));
}
const round = (v: number): number => Number(v.toPrecision(4));

/** A compactor as -target=compactor runs it (default ranges), on a clock set where every window has ended. */
function compactorFor(bucket: Bucket, nowMs: number, registry = new Registry()): Compactor {
  return new Compactor({
    config: { blockRanges: [HOUR, 12 * HOUR, 24 * HOUR], intervalMs: 60_000, deletionDelayMs: 0, partialBlockDeletionDelayMs: 0, retentionMs: 0, retentionOverrides: new Map(), lockLeaseMs: 600_000, lockSettleMs: 0 },
    bucket, instanceId: 'bench', clock: new ManualClock(nowMs), logger: silentLogger(), registry,
  });
}

let seed = 11;
const random = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

async function dirBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) bytes += (await stat(path.join(e.parentPath, e.name))).size;
  return bytes;
}

const ANY_TIME = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });

async function storageAndThroughput(): Promise<void> {
  const corpus = loadTestProfiles().filter((p) => /cpu/.test(p.name)).slice(0, 4);
  const services = Math.max(2, Math.round(10 * SCALE));
  const start = Math.floor(1_700_000_000_000 / (24 * HOUR)) * 24 * HOUR;
  const end = start + 2 * HOUR;
  const dir = await mkdtemp(path.join(tmpdir(), 'compactor-bench-'));
  const bucketDir = path.join(dir, 'bucket');
  const bucket = new FilesystemBucket(bucketDir);
  try {
    const bases = corpus.map((c) => Profile.decode(gunzipSync(c.raw)));
    // Three ingesters, each cutting every 20 minutes at its own offset.
    const cutEvery = 20 * 60_000;
    const offsets = [0, 7 * 60_000, 13 * 60_000];
    const pending: NormalizedProfile[][] = offsets.map(() => []);
    const nextCut = offsets.map((o) => start + o + cutEvery);
    let gzBytes = 0;
    let profiles = 0;
    const upload = async (i: number) => {
      if (pending[i]!.length === 0) return;
      await shipBlock(bucket, TENANT, pending[i]!);
      pending[i] = [];
    };
    for (let t = start; t < end; t += STEP_MS) {
      for (let i = 0; i < 3; i++) if (t >= nextCut[i]!) {
        await upload(i);
        nextCut[i]! += cutEvery;
      }
      for (let s = 0; s < services; s++) {
        const base = bases[s % bases.length]!;
        const saved = base.sample.map((x) => x.value);
        for (const x of base.sample) x.value = x.value.map((v) => Math.max(1, Math.round(Number(v) * (0.5 + random()))));
        base.timeNanos = BigInt(t) * 1_000_000n;
        const raw = base.encode();
        base.sample.forEach((x, k) => (x.value = saved[k]!));
        const gz = gzipSync(raw);
        gzBytes += gz.length;
        profiles++;
        const normalized: NormalizedProfile[] = normalizePush(TENANT, { series: [{ labels: [{ name: 'service_name', value: `svc-${s}` }, { name: '__name__', value: 'process_cpu' }], samples: [{ rawProfile: gz, ID: `p-${s}-${t}` }] }] }, ANY_TIME, t);
        for (const p of pending) p.push(...normalized);
      }
    }
    for (let i = 0; i < 3; i++) await upload(i);
    const before = await dirBytes(path.join(bucketDir, TENANT));
    emit('compactor_storage_ratio_uncompacted_rf3', before / gzBytes, 'bucket bytes / gzip bytes received', { profiles, replicationFactor: 3 });

    const registry = new Registry();
    const compactor = compactorFor(bucket, end + 25 * HOUR, registry);
    const t0 = performance.now();
    await compactor.runOnce();
    const seconds = (performance.now() - t0) / 1000;
    await compactor.runOnce(); // deletes the marked sources (deletion delay 0)
    const after = await dirBytes(path.join(bucketDir, TENANT));
    const sourceBytes = (await registry.getSingleMetric('compactor_source_bytes_total')!.get()).values[0]!.value;
    emit('compactor_storage_ratio_compacted_rf3', after / gzBytes, 'bucket bytes / gzip bytes received', { profiles, baseline: round(before / gzBytes), ratio: round(after / before), target: 0.1 });
    emit('compactor_throughput', sourceBytes / 1e6 / seconds, 'MB of source blocks / s', { sourceMB: Number((sourceBytes / 1e6).toPrecision(4)), seconds: Number(seconds.toPrecision(4)) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}


// ---- Reads through the bucket index -------------------------------------------------------------------

const CPU_TYPE = 'process_cpu:cpu:nanoseconds:cpu:nanoseconds';
const QUERIES = Math.max(10, Math.round(40 * SCALE));
/** The querier's block cache in the RSS figure (-querier.block-cache-size-bytes). */
const CACHE_MB = 32;
/**
 * What a querier may hold beyond its cache, whatever the blocks it reads: garbage between collections, sized
 * by V8's own constants, not by the bench. 32 MiB: the young generation's two semi-spaces (16 MiB each, the
 * default on 64-bit, heap.cc Heap::ConfigureHeap max_semi_space_size_); 64 MiB: Buffers (outside the JS heap)
 * no longer used but not collected yet: V8 starts a collection for them once they grow by
 * kExternalAllocationSoftLimit (64 MiB, include/v8-internal.h). The child runs without a heap cap
 * (--max-old-space-size), as a querier without a memory limit does.
 */
const RSS_ALLOWANCE_MB = 32 + 64;

/** One normalized push per service (a real CPU profile each), to be stamped with other times and IDs. */
function servicePushes(services: number): NormalizedProfile[][] {
  const pushOf = (raw: Uint8Array, service: string) => normalizePush('base', {
    series: [{ labels: [{ name: 'service_name', value: service }, { name: '__name__', value: 'process_cpu' }], samples: [{ rawProfile: raw, ID: 'base' }] }],
  }, ANY_TIME, 0);
  // The test profiles holding the type the flame graphs ask for (some "cpu" files are wall-clock profiles).
  const corpus = loadTestProfiles().filter((p) => {
    try {
      return pushOf(p.raw, 'x').some((n) => n.seriesLabels.some((ls) => ls.some((l) => l.name === '__profile_type__' && l.value === CPU_TYPE)));
    } catch {
      return false;
    }
  });
  return Array.from({ length: services }, (_, s) => pushOf(corpus[s % corpus.length]!.raw, `svc-${s}`));
}

const stamped = (push: readonly NormalizedProfile[], id: string, timestampMs: number): NormalizedProfile[] => push.map((p) => ({ ...p, id, timestampMs }));

/**
 * Cuts the profiles as an ingester cuts its head (one block per hour of profile time, -ingester.max-block-duration
 * 1h) with the ingesters' writer, and uploads each block as their shipper does (meta.json last).
 */
async function shipBlock(bucket: Bucket, tenant: string, profiles: readonly NormalizedProfile[]): Promise<void> {
  const head = new Head(0);
  head.append(tenant, profiles);
  const t = head.tenant(tenant)!;
  for (const part of await splitByWindow(t, t, HOUR)) {
    // The writer's encoding without its local fsyncs (buildBlock is what writeBlock writes), to keep the setup short.
    const block = buildBlock(part.index, part.samples, { tenant, nowMs: Date.now() }, {});
    for (const [name, data] of block.files) await bucket.upload(`${tenant}/blocks/${block.meta.ulid}/${name}`, data);
    await bucket.upload(`${tenant}/blocks/${block.meta.ulid}/meta.json`, block.metaJson);
  }
}

const flameGraphRequest = (selector: string, start: number, end: number) =>
  ingester.v1.MergeRequest.create({ selector: { profileTypeID: CPU_TYPE, labelSelector: selector, start, end }, keepAll: true });

/** Latencies (ms, sorted) of `n` flame graphs after a first one (which opens the index and blocks, as a running querier has). */
async function flameGraphLatencies(reader: BucketReader, tenant: string, request: ingester.v1.MergeRequest, n: number): Promise<{ sorted: number[]; firstMs: number }> {
  const t0 = performance.now();
  const first = await reader.mergeStacktraces({ tenant }, request);
  const firstMs = performance.now() - t0;
  if (!(first.stacks ?? []).some((s) => Number(s.value) > 0)) throw new Error(`the flame graph of ${tenant} is empty: the bench's data is not what it queries`);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await reader.mergeStacktraces({ tenant }, request);
    out.push(performance.now() - t);
  }
  return { sorted: out.sort((a, b) => a - b), firstMs };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function readerFor(bucket: Bucket, registry = new Registry(), cacheSizeBytes = 1 << 30): BucketReader {
  return new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes });
}

/** Fails the bench when a query listed the bucket instead of reading the tenant's bucket index. */
async function expectIndexPath(registry: Registry): Promise<void> {
  const listings = (await registry.getSingleMetric('querier_bucket_listings_total')!.get()).values.reduce((a, v) => a + v.value, 0);
  if (listings > 0) throw new Error(`queries listed the bucket ${listings} times instead of reading the bucket index`);
}

/** Figures 2a and 2c: the last hour with 10, then 1,000 blocks of older history (hourly blocks, one per hour back). */
async function lastHourWithHistory(bucket: FilesystemBucket, now: number): Promise<void> {
  const services = 4;
  const pushes = servicePushes(services);
  const lastHourTimes = Array.from({ length: Math.max(4, Math.round(12 * SCALE)) }, (_, k) => now - HOUR + k * Math.floor(HOUR / Math.max(4, Math.round(12 * SCALE))));
  const tenants = { 'history-10': 10, 'history-1000': 1000 } as const;
  // Read only by the RSS figure: blocks beyond what the cache holds.
  const rssOnly = { 'history-3000': 3000 } as const;
  const t0 = performance.now();
  for (const [tenant, history] of Object.entries({ ...tenants, ...rssOnly })) {
    // The last hour: three ingesters' replicas of the same pushes (RF=3), not compacted yet.
    const lastHour = lastHourTimes.flatMap((t) => pushes.flatMap((p, s) => stamped(p, `last-${s}-${t}`, t)));
    for (let i = 0; i < 3; i++) await shipBlock(bucket, tenant, lastHour);
    // Older history: one block per hour back, each with one profile of one service (the count of blocks is
    // what this figure is about, not their size).
    for (let h = 0; h < history; h++) {
      const t = now - (h + 2) * HOUR + 600_000;
      await shipBlock(bucket, tenant, stamped(pushes[h % services]!, `old-${h}`, t));
    }
    await compactorFor(bucket, Date.now()).writeIndex(tenant); // written now: an index older than 30m is not read alone
  }
  const setupSeconds = (performance.now() - t0) / 1000;

  // The two tenants' queries alternate, so that both see the same machine (JIT, load of the other helpers).
  const registries = Object.keys(tenants).map(() => new Registry());
  const readers = registries.map((r) => readerFor(bucket, r));
  const request = flameGraphRequest('{}', now - HOUR, now);
  const times: number[][] = [[], []];
  for (const [k, tenant] of Object.keys(tenants).entries()) await flameGraphLatencies(readers[k]!, tenant, request, 1);
  for (let i = 0; i < QUERIES; i++) {
    for (const [k, tenant] of Object.keys(tenants).entries()) times[k]!.push((await flameGraphLatencies(readers[k]!, tenant, request, 0)).firstMs);
  }
  for (const r of registries) await expectIndexPath(r);
  const medians: Record<string, number> = {};
  for (const [k, tenant] of Object.keys(tenants).entries()) medians[tenant] = percentile(times[k]!.sort((a, b) => a - b), 0.5);
  const [few, many] = [medians['history-10']!, medians['history-1000']!];
  emit('querier_flame_graph_last_hour_1000_history_blocks', many, 'ms (median, warm)', { baseline: round(few), ratio: round(many / few), target: 1.2, baselineIs: 'the same with 10 blocks of history', queries: QUERIES, setupSeconds: round(setupSeconds) });

  // 2c: RSS of a querier process after flame graphs over all of a tenant's blocks, its block cache CACHE_MB.
  const rss: Record<string, RssReport> = {};
  for (const tenant of ['history-10', 'history-1000', 'history-3000']) rss[tenant] = await childRss(bucket.root, tenant, now);
  const [base, big, bigger] = [rss['history-10']!, rss['history-1000']!, rss['history-3000']!];
  const bound = CACHE_MB + RSS_ALLOWANCE_MB;
  const growth = (r: RssReport) => r.peakRssMB - base.peakRssMB;
  emit('querier_rss_1000_blocks', big.rssMB, 'MB RSS after the queries', {
    baseline: base.rssMB, ratio: round(big.rssMB / base.rssMB), baselineIs: 'the same querier over the 10-block tenant', cacheMB: CACHE_MB,
    peakRssMB: big.peakRssMB, baselinePeakRssMB: base.peakRssMB, rss3000BlocksMB: bigger.rssMB, peakRss3000BlocksMB: bigger.peakRssMB,
    // Peak RSS over the 10-block baseline's, against the cache setting plus what V8 leaves uncollected
    // between collections (RSS_ALLOWANCE_MB): the figure fails when either grows past it.
    peakGrowthOverBaselineMB: round(growth(big)), peakGrowth3000BlocksMB: round(growth(bigger)), allowanceMB: RSS_ALLOWANCE_MB,
    boundedByCache: growth(big) <= bound && growth(bigger) <= bound ? 'yes' : 'no',
    cacheHeldMB: big.cacheMB, cacheHeld3000BlocksMB: bigger.cacheMB,
    heapAfterGcMB: big.heapAfterGcMB, baselineHeapAfterGcMB: base.heapAfterGcMB, blocksRead: 1003,
    // What the 1,000 blocks leave held (the cache among it) against the cache setting.
    heldOverBaselineMB: round(big.heapAfterGcMB - base.heapAfterGcMB), heldWithinCache: big.heapAfterGcMB - base.heapAfterGcMB <= CACHE_MB ? 'yes' : 'no',
  });
}

interface RssReport {
  rssMB: number;
  peakRssMB: number;
  cacheMB: number;
  /** What the querier still holds once garbage is collected (the cache and the bucket index among it): JS heap and Buffers. */
  heapAfterGcMB: number;
}

/** Runs this file as a querier process (`--rss-child`) and returns what it reports. */
async function childRss(bucketDir: string, tenant: string, now: number): Promise<RssReport> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--rss-child'], {
    env: { ...process.env, RSS_BUCKET: bucketDir, RSS_TENANT: tenant, RSS_NOW: String(now) }, maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as RssReport;
}

/**
 * The child: a BucketReader with a CACHE_MB block cache, three flame graphs over all of the tenant's data (the
 * first fills the cache, the others read it as a running querier does). Peak RSS is the kernel's high-water
 * mark (VmHWM, peakRssBytes), which sampling from a timer would miss: warm queries run without yielding to timers.
 */
async function rssChild(): Promise<void> {
  const bucket = new FilesystemBucket(process.env['RSS_BUCKET']!);
  const tenant = process.env['RSS_TENANT']!;
  const now = Number(process.env['RSS_NOW']);
  const registry = new Registry();
  const reader = readerFor(bucket, registry, CACHE_MB << 20);
  const request = flameGraphRequest('{}', now - 3100 * HOUR, now);
  for (let i = 0; i < 3; i++) await reader.mergeStacktraces({ tenant }, request);
  await expectIndexPath(registry);
  const cache = (await registry.getSingleMetric('querier_bucket_block_cache_bytes')!.get()).values[0]!.value;
  const mb = (b: number) => round(b / 2 ** 20);
  const rss = process.memoryUsage().rss;
  (globalThis as { gc?: () => void }).gc?.();
  const held = process.memoryUsage();
  const report: RssReport = { rssMB: mb(rss), peakRssMB: mb(peakRssBytes()), cacheMB: mb(cache), heapAfterGcMB: mb(held.heapUsed + held.external) };
  console.log(JSON.stringify(report));
}

/**
 * This process's RSS high-water mark: VmHWM of /proc/self/status (proc(5)), which belongs to the address space
 * made at exec. Not getrusage's maxrss: Linux keeps it across execve (the forking bench's own RSS, ~180 MB, was
 * every child's "peak").
 */
function peakRssBytes(): number {
  const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!kb) throw new Error('no VmHWM in /proc/self/status');
  return Number(kb[1]) * 1024;
}

/** Figure 2b: a 7-day flame graph of one service, over 168 hourly blocks (the baseline), then over the compacted blocks. */
async function sevenDays(bucket: FilesystemBucket, now: number): Promise<void> {
  const tenant = 'week';
  const services = 3;
  const pushes = servicePushes(services);
  const perHour = Math.max(1, Math.round(2 * SCALE));
  const start = now - 7 * 24 * HOUR;
  for (let h = 0; h < 7 * 24; h++) {
    const times = Array.from({ length: perHour }, (_, k) => start + h * HOUR + k * Math.floor(HOUR / perHour));
    await shipBlock(bucket, tenant, times.flatMap((t) => pushes.flatMap((p, s) => stamped(p, `w-${s}-${t}`, t))));
  }
  const request = flameGraphRequest('{service_name="svc-1"}', start, now);
  const compactor = compactorFor(bucket, now + 25 * HOUR);
  await compactor.writeIndex(tenant);
  const hourly = await flameGraphLatencies(readerFor(bucket), tenant, request, QUERIES);
  const t0 = performance.now();
  await compactor.compactTenant(tenant);
  const compactSeconds = (performance.now() - t0) / 1000;
  const registry = new Registry();
  const compacted = await flameGraphLatencies(readerFor(bucket, registry), tenant, request, QUERIES);
  await expectIndexPath(registry);
  const [p99, base] = [percentile(compacted.sorted, 0.99), percentile(hourly.sorted, 0.99)];
  emit('querier_flame_graph_7d_one_service_p99', p99, 'ms (p99, warm)', {
    baseline: round(base), ratio: round(p99 / base), target: 1000, baselineIs: 'the same over the 168 hourly blocks before compaction',
    p50: round(percentile(compacted.sorted, 0.5)), firstQueryMs: round(compacted.firstMs), baselineFirstQueryMs: round(hourly.firstMs),
    profiles: 7 * 24 * perHour * services, queries: QUERIES, compactSeconds: round(compactSeconds),
  });
}

async function readBenches(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'compactor-read-bench-'));
  try {
    const bucket = new FilesystemBucket(path.join(dir, 'bucket'));
    const now = Math.floor(Date.now() / HOUR) * HOUR;
    await lastHourWithHistory(bucket, now);
    await sevenDays(bucket, now);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--rss-child') {
  await rssChild();
} else {
  if (process.env['BENCH_ONLY_READS'] !== '1') await storageAndThroughput();
  await readBenches();
}
