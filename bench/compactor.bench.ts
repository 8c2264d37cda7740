// Compactor figures, printed as JSON lines {"name","value","unit",…}. Run: `node --import tsx
// bench/compactor.bench.ts` (BENCH_SCALE=0.2 for a quick run).
//
// Three ingesters (RF=3) receive the same pushes — real profiles, several services, one profile per service
// every 15 s with varying values — for two hours, each cutting its head every 20 minutes at its own offset
// (as ingesters cut by age), and upload their blocks to a folder bucket. Then:
//   - bucket bytes ÷ gzip'd pprof bytes received, before compaction (the baseline, measured in the same run)
//     and after (the compactor's passes done and the sources deleted);
//   - compaction throughput: MB of source blocks merged per second of compactor time.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { Registry } from 'prom-client';
import { limitsWith } from '../ingester/src/ingest/limits.ts';
import { normalizePush } from '../ingester/src/ingest/normalize.ts';
import type { NormalizedProfile } from '../ingester/src/model/profile.ts';
import { loadTestProfiles } from '../ingester/src/pprof/testdata.ts';
import { Compactor } from '../ingester/src/roles/compactor/compactor.ts';
import { writeBlock } from '../ingester/src/storage/block/writer.ts';
import { Head } from '../ingester/src/storage/head/head.ts';
import { FilesystemBucket } from '../ingester/src/storage/objstore/filesystem.ts';
import { ManualClock } from '../ingester/src/util/clock.ts';
import { silentLogger } from '../ingester/src/util/log.ts';

const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const HOUR = 3_600_000;
const STEP_MS = 15_000;
const TENANT = 'bench';

function emit(name: string, value: number, unit: string, extra: Record<string, number | string> = {}): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, ...extra }));
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

async function main(): Promise<void> {
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
    const heads = offsets.map(() => new Head(0));
    const nextCut = offsets.map((o) => start + o + cutEvery);
    let gzBytes = 0;
    let profiles = 0;
    const upload = async (i: number) => {
      const t = heads[i]!.tenant(TENANT);
      if (!t) return;
      const blocksDir = path.join(dir, `ingester-${i}`);
      const meta = await writeBlock(t, t, { blocksDir, tenant: TENANT, nowMs: Date.now() });
      for (const f of [...meta.files.map((x) => x.name), 'meta.json']) {
        const { readFile } = await import('node:fs/promises');
        await bucket.upload(`${TENANT}/blocks/${meta.ulid}/${f}`, await readFile(path.join(blocksDir, meta.ulid, f)));
      }
      heads[i] = new Head(0);
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
        for (const h of heads) h.append(TENANT, normalized);
      }
    }
    for (let i = 0; i < 3; i++) await upload(i);
    const before = await dirBytes(path.join(bucketDir, TENANT));
    emit('compactor_storage_ratio_uncompacted_rf3', before / gzBytes, 'bucket bytes / gzip bytes received', { profiles, replicationFactor: 3 });

    const clock = new ManualClock(end + 25 * HOUR);
    const registry = new Registry();
    const compactor = new Compactor({
      config: { blockRanges: [HOUR, 12 * HOUR, 24 * HOUR], intervalMs: 60_000, deletionDelayMs: 0, partialBlockDeletionDelayMs: 0, retentionMs: 0, retentionOverrides: new Map(), lockLeaseMs: 600_000, lockSettleMs: 0 },
      bucket, instanceId: 'bench', clock, logger: silentLogger(), registry,
    });
    const t0 = performance.now();
    await compactor.runOnce();
    const seconds = (performance.now() - t0) / 1000;
    await compactor.runOnce(); // deletes the marked sources (deletion delay 0)
    const after = await dirBytes(path.join(bucketDir, TENANT));
    const sourceBytes = (await registry.getSingleMetric('compactor_source_bytes_total')!.get()).values[0]!.value;
    emit('compactor_storage_ratio_compacted_rf3', after / gzBytes, 'bucket bytes / gzip bytes received', { profiles, baseline: Number((before / gzBytes).toPrecision(4)), target: 0.1 });
    emit('compactor_throughput', sourceBytes / 1e6 / seconds, 'MB of source blocks / s', { sourceMB: Number((sourceBytes / 1e6).toPrecision(4)), seconds: Number(seconds.toPrecision(4)) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
