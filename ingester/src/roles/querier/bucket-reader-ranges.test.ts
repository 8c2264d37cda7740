// What the bucket reader fetches of a block: of a version-2 block, a small fraction for a query about one
// service of many (index.bin, that service's symbol section, the chunks of its profiles), nothing the second
// time (cached); of a version-1 block, every file. The services are the test corpus' profiles (Go, Java,
// .NET, Ruby, Python, …: distinct binaries, as distinct services have). Counted through a counting Bucket, and through the real
// GCS client on the GCS test server (ranged downloads answered 206).
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { Registry } from 'prom-client';
import { startGcsServer, type GcsServer } from '../../../../test/gcs/server.ts';
import { ingester } from '../../gen/index.ts';
import { loadTestProfiles, PROFILES_DIR } from '../../pprof/testdata.ts';
import { META_FILE, type BlockMeta } from '../../storage/block/meta.ts';
import { writeBlock } from '../../storage/block/writer.ts';
import { Head } from '../../storage/head/head.ts';
import type { Bucket } from '../../storage/objstore/bucket.ts';
import { CountingBucket } from '../../storage/objstore/counting-bucket.ts';
import { GcsBucket } from '../../storage/objstore/gcs.ts';
import { MemoryBucket } from '../../storage/objstore/memory.ts';
import { normalizedFromPprof, pprofTotals, profileTypeIds } from '../../storage/testutil.ts';
import { silentLogger } from '../../util/log.ts';
import { BucketReader } from './bucket-reader.ts';

// A Go CPU profile of a few thousand samples; each pushed copy has its values scaled, so that the profiles
// of the block differ as real ones do (identical copies would compress to nearly nothing).
const raw = readFileSync(path.join(PROFILES_DIR, 'cpu_go_truncated_1.pb.gz'));
const TYPE = profileTypeIds(raw)[1]!;
const TOTAL = pprofTotals(raw)[1]!;
const base = Profile.decode(gunzipSync(raw));
/** The profile with every value multiplied by `factor`. */
function scaled(factor: number): Uint8Array {
  const p = Profile.decode(gunzipSync(raw));
  p.sample.forEach((s, i) => (s.value = base.sample[i]!.value.map((v) => (typeof v === 'bigint' ? v * BigInt(factor) : v * factor))));
  return p.encode();
}
/** The factor of service s's k-th profile, and the total of a service's profiles. */
const factorOf = (s: number, k: number) => 1 + ((s * 7 + k * 3) % 11);
const serviceTotal = (s: number, ks: readonly number[]) => ks.reduce((a, k) => a + factorOf(s, k) * TOTAL, 0);
const TENANT = 'team-a';
const T0 = 1_700_000_000_000;
const PROFILES_PER_SERVICE = 4;
const corpus = loadTestProfiles();
/** The service queried: a mid-sized profile of the corpus. */
const QUERIED = corpus.find((f) => f.name === 'java-kafka-process_cpu_cpu_nanoseconds_cpu_nanoseconds.pb.gz')!;
const QUERIED_TYPE = profileTypeIds(QUERIED.raw)[0]!;
const QUERIED_TOTAL = PROFILES_PER_SERVICE * pprofTotals(QUERIED.raw)[0]!;
const OTHER = corpus.find((f) => f.name === 'go.cpu.labels.pprof')!;

describe('querier bucket reader: what a query fetches of a block', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'bucket-ranges-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One block of every corpus profile as a service × 4 profiles, in the given format, uploaded with meta.json last. */
  async function uploadBlock(bucket: Bucket, version: 1 | 2): Promise<BlockMeta> {
    const head = new Head(0);
    for (const f of corpus) {
      for (let k = 0; k < PROFILES_PER_SERVICE; k++) head.append(TENANT, normalizedFromPprof(f.raw, { id: `${f.name}-${k}`, timestampMs: T0 + k * 10_000, service: f.name }));
    }
    const t = head.tenant(TENANT)!;
    const meta = await writeBlock(t, t, { blocksDir: dir, tenant: TENANT, nowMs: Date.now(), version });
    for (const f of [...meta.files.map((f) => f.name), META_FILE]) await bucket.upload(`${TENANT}/blocks/${meta.ulid}/${f}`, readFileSync(path.join(dir, meta.ulid, f)));
    return meta;
  }

  const flameGraphOf = async (reader: BucketReader, service: string, range: { start?: number; end?: number } = {}, type = TYPE) => {
    const res = await reader.mergeStacktraces({ tenant: TENANT }, ingester.v1.MergeRequest.create({ selector: { profileTypeID: type, labelSelector: `{service_name="${service}"}`, ...range }, keepAll: true }));
    return (res.stacks ?? []).reduce((a, s) => a + Number(s.value), 0);
  };
  const blockBytes = (meta: BlockMeta) => meta.files.reduce((a, f) => a + f.size, 0);

  it(`a flame graph of one service of ${corpus.length} fetches under a tenth of a version-2 block, and nothing when repeated; of a version-1 block (the same size), all of it`, async () => {
    const memory = new MemoryBucket();
    const v2 = await uploadBlock(memory, 2);
    const old = new MemoryBucket();
    const v1 = await uploadBlock(old, 1);
    expect(blockBytes(v2) / blockBytes(v1), 'version 2 weighs what version 1 does').to.be.within(0.8, 1.1);

    const counting = new CountingBucket(memory);
    const registry = new Registry();
    const reader = new BucketReader({ bucket: counting, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect(await flameGraphOf(reader, QUERIED.name, {}, QUERIED_TYPE)).to.equal(QUERIED_TOTAL);
    const fetched = counting.bytesReadFrom(/\.bin$/);
    const byPart = Object.fromEntries((await registry.getSingleMetric('querier_bucket_block_fetched_bytes_total')!.get()).values.map((v) => [v.labels.part, v.value]));
    expect(byPart['index']! + byPart['symbols']! + byPart['chunks']!, 'querier_bucket_block_fetched_bytes_total by part').to.equal(fetched);
    expect(fetched / blockBytes(v2), `fetched ${fetched} of ${blockBytes(v2)} bytes`).to.be.below(0.1);
    expect(counting.rangeGets, 'the symbol section and the chunks by range').to.be.at.least(2);

    counting.reset();
    expect(await flameGraphOf(reader, QUERIED.name, {}, QUERIED_TYPE)).to.equal(QUERIED_TOTAL);
    expect(counting.bytesReadFrom(/\.bin$/), 'repeated: all from the cache').to.equal(0);

    // Another service of the same block: only its own symbols and chunks are fetched (index.bin is cached).
    const otherType = profileTypeIds(OTHER.raw)[0]!;
    expect(await flameGraphOf(reader, OTHER.name, {}, otherType)).to.equal(PROFILES_PER_SERVICE * pprofTotals(OTHER.raw)[0]!);
    expect(counting.bytesReadFrom(/index\.bin$/)).to.equal(0);
    expect(counting.bytesReadFrom(/\.bin$/)).to.be.greaterThan(0);
    expect(counting.bytesReadFrom(/\.bin$/) / blockBytes(v2)).to.be.below(0.1);

    // The baseline: version 1 reads every file for the same query.
    const countingOld = new CountingBucket(old);
    const oldReader = new BucketReader({ bucket: countingOld, logger: silentLogger(), registry: new Registry(), cacheSizeBytes: 1 << 30 });
    expect(await flameGraphOf(oldReader, QUERIED.name, {}, QUERIED_TYPE)).to.equal(QUERIED_TOTAL);
    expect(countingOld.bytesReadFrom(/\.bin$/)).to.equal(blockBytes(v1));
  });

  it('a time range reads only the chunks holding profiles in it', async () => {
    const memory = new MemoryBucket();
    const head = new Head(0);
    // One service, 40 profiles: several chunks, of which a 1-profile range needs one.
    for (let k = 0; k < 40; k++) head.append(TENANT, normalizedFromPprof(scaled(factorOf(0, k)), { id: `p${k}`, timestampMs: T0 + k * 10_000, service: 'svc' }));
    const t = head.tenant(TENANT)!;
    const perProfile = t.profileSampleEnd[0]! - t.profileSampleStart[0]!;
    const meta = await writeBlock(t, t, { blocksDir: dir, tenant: TENANT, nowMs: Date.now(), chunkSamples: 2 * perProfile });
    for (const f of [...meta.files.map((f) => f.name), META_FILE]) await memory.upload(`${TENANT}/blocks/${meta.ulid}/${f}`, readFileSync(path.join(dir, meta.ulid, f)));
    const counting = new CountingBucket(memory);
    const reader = new BucketReader({ bucket: counting, logger: silentLogger(), registry: new Registry(), cacheSizeBytes: 1 << 30 });
    expect(await flameGraphOf(reader, 'svc', { start: T0 + 200_000, end: T0 + 200_000 })).to.equal(factorOf(0, 20) * TOTAL);
    const samples = meta.files.find((f) => f.name === 'samples.bin')!.size;
    expect(counting.bytesReadFrom(/samples\.bin$/) / samples, 'one chunk of samples.bin').to.be.below(0.1);
    expect(await flameGraphOf(reader, 'svc')).to.equal(serviceTotal(0, Array.from({ length: 40 }, (_, k) => k)));
  });

  describe('through the real GCS client on the GCS test server', () => {
    let server: GcsServer;
    beforeEach(async () => (server = await startGcsServer({ buckets: ['blocks'] })));
    afterEach(async () => server.stop());

    it('reads a version-2 block by ranged downloads (206): the bytes served are a small fraction of the block', async () => {
      const gcs = new GcsBucket({ bucketName: 'blocks', endpoint: server.url, maxRetries: 2, maxRetryDelayMs: 1000, requestTimeoutMs: 5000 });
      const meta = await uploadBlock(gcs, 2);
      server.resetStats();
      const reader = new BucketReader({ bucket: gcs, logger: silentLogger(), registry: new Registry(), cacheSizeBytes: 1 << 30 });
      expect(await flameGraphOf(reader, QUERIED.name, {}, QUERIED_TYPE)).to.equal(QUERIED_TOTAL);
      const stats = server.stats();
      expect(stats.rangedDownloads, 'symbol section and chunks as 206 answers').to.be.at.least(2);
      // Served: the listing's meta.json, index.bin whole, and the ranges.
      expect(stats.bytesRead / blockBytes(meta), `served ${stats.bytesRead} of ${blockBytes(meta)} bytes`).to.be.below(0.1);
    });
  });
});
