import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { ingester } from '../../gen/index.ts';
import { PROFILES_DIR } from '../../pprof/testdata.ts';
import { META_FILE } from '../../storage/block/meta.ts';
import { writeBlock } from '../../storage/block/writer.ts';
import { Head } from '../../storage/head/head.ts';
import { MemoryBucket } from '../../storage/objstore/memory.ts';
import { normalizedFromPprof, pprofTotals, profileTypeIds } from '../../storage/testutil.ts';
import { silentLogger } from '../../util/log.ts';
import { BucketReader } from './bucket-reader.ts';
import { BlockReader } from '../../storage/block/reader.ts';
import { BucketBlockSource, blockPrefix } from '../../storage/block/source.ts';
import { BUCKET_INDEX_VERSION, indexedBlock, writeBucketIndex } from '../../storage/bucket-index/bucket-index.ts';
import { TenantBlockLister } from '../../storage/bucket-index/tenant-blocks.ts';
import { compactionOf } from '../../storage/compact/compaction-meta.ts';
import { mergeBlocks } from '../../storage/compact/merge.ts';
import { writeBucketBlock } from '../../storage/compact/write-bucket-block.ts';
import { eventually } from '../../storage/testutil.ts';
import { CountingBucket } from '../../storage/objstore/counting-bucket.ts';
import { ApiError } from '../../util/errors.ts';

const raw = readFileSync(path.join(PROFILES_DIR, 'go-cpu.pb.gz'));
const TYPE = profileTypeIds(raw)[1]!; // process_cpu:cpu:nanoseconds:cpu:nanoseconds
const TOTAL = pprofTotals(raw)[1]!;
const ctx = { tenant: 'team-a' };

describe('querier bucket reader', () => {
  let dir: string;
  let bucket: MemoryBucket;
  let registry: Registry;

  /** Writes a block of `ids` (one profile each, service svc-<id>) and uploads its files; meta.json last unless `withMeta` is false. */
  async function uploadBlock(ids: string[], withMeta = true): Promise<string> {
    const head = new Head(0);
    for (const id of ids) head.append(ctx.tenant, normalizedFromPprof(raw, { id, timestampMs: 1_700_000_000_000 + Number(id.replace(/\D/g, '')), service: `svc-${id}` }));
    const t = head.tenant(ctx.tenant)!;
    const meta = await writeBlock(t, t, { blocksDir: dir, tenant: ctx.tenant, nowMs: Date.now() });
    const files = readdirSync(path.join(dir, meta.ulid)).filter((f) => f !== META_FILE);
    for (const f of [...files, ...(withMeta ? [META_FILE] : [])]) await bucket.upload(`${ctx.tenant}/blocks/${meta.ulid}/${f}`, readFileSync(path.join(dir, meta.ulid, f)));
    return meta.ulid;
  }

  const select = (reader: BucketReader) => reader.selectProfiles(ctx, ingester.v1.ProfileSelector.create({ profileTypeID: TYPE, labelSelector: '{}', start: 0, end: 0 }));
  const mergedTotal = async (reader: BucketReader, within: { deadline?: number } = {}) => {
    const res = await reader.mergeStacktraces({ ...ctx, ...within }, ingester.v1.MergeRequest.create({ selector: { profileTypeID: TYPE, labelSelector: '{}' }, keepAll: true }));
    let total = 0;
    for (const s of res.stacks ?? []) total += Number(s.value);
    return total;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bucket-reader-'));
    bucket = new MemoryBucket();
    registry = new Registry();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes each profile once though three replica blocks hold it', async () => {
    for (let r = 0; r < 3; r++) await uploadBlock(['p1', 'p2']);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect((await select(reader)).profiles).to.have.length(2);
    expect(await mergedTotal(reader)).to.equal(2 * TOTAL);
    const names = await reader.labelValues(ctx, { name: 'service_name', matchers: [] } as never);
    expect(names.names).to.deep.equal(['svc-p1', 'svc-p2']);
  });

  it('skips a block whose meta.json is not uploaded yet, and sees it once it is', async () => {
    await uploadBlock(['p1']);
    const pending = await uploadBlock(['p2'], false);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect((await select(reader)).profiles).to.have.length(1);
    await bucket.upload(`${ctx.tenant}/blocks/${pending}/${META_FILE}`, readFileSync(path.join(dir, pending, META_FILE)));
    expect((await select(reader)).profiles).to.have.length(2);
    expect(await mergedTotal(reader)).to.equal(2 * TOTAL);
  });

  /** A metric's value; of the cache's lookups (by kind), those of blocks unless `kind` says otherwise. */
  const metric = async (name: string, kind = 'block'): Promise<number> => (await registry.getSingleMetric(name)!.get()).values.find((v) => !v.labels.kind || v.labels.kind === kind)!.value;

  /** Each block's samples were read with at most `most` indexes fetched but not yet merged, and all `blocks` were. */
  const expectIndexesAhead = (counting: CountingBucket, blocks: number, most: number) => {
    let indexes = 0;
    let merged = 0;
    for (const name of counting.readOrder) {
      if (name.endsWith('/index.bin')) indexes++;
      if (name.endsWith('/samples.bin')) {
        merged++;
        expect(indexes - merged, `indexes fetched but not yet merged when block ${merged} was`).to.be.at.most(most);
      }
    }
    expect(merged).to.equal(blocks);
  };

  it('sizes its cache of opened blocks in bytes: never more than the capacity, least recently used evicted first, answers still complete', async () => {
    for (let i = 1; i <= 6; i++) await uploadBlock([`p${i}`]);
    // How many bytes one block's decoded files take in the cache, measured with room for everything.
    const roomy = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect(await mergedTotal(roomy)).to.equal(6 * TOTAL);
    const all = await metric('querier_bucket_block_cache_bytes');
    // Each block: the opened block, its index.bin, its service's symbol section, its one chunk.
    const allItems = await metric('querier_bucket_block_cache_items');
    expect(allItems).to.equal(24);
    expect(all).to.be.greaterThan(0);

    registry = new Registry();
    const capacity = Math.floor((all / 6) * 2.5);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: capacity });
    for (let round = 0; round < 3; round++) {
      expect(await mergedTotal(reader)).to.equal(6 * TOTAL);
      expect(await metric('querier_bucket_block_cache_bytes'), 'cached bytes within the capacity').to.be.at.most(capacity);
      expect(await metric('querier_bucket_block_cache_items'), 'what two or three blocks hold fits, not more').to.be.within(8, 11);
    }
    expect(await metric('querier_bucket_block_cache_evictions_total')).to.be.greaterThan(0);
    expect(await metric('querier_bucket_block_cache_capacity_bytes')).to.equal(capacity);
  });

  it('keeps what it fetched of a version-2 block as fetched, not decoded: a cache the size of the blocks\' files (plus 8 KiB of bookkeeping a block) serves a repeated query without fetching again', async () => {
    const blocks = 12;
    for (let i = 1; i <= blocks; i++) await uploadBlock([`p${i}`]);
    const counting = new CountingBucket(bucket);
    let fileBytes = 0;
    for (const name of (await bucket.list(`${ctx.tenant}/blocks/`)).objects) if (name.endsWith('.bin')) fileBytes += (await bucket.get(name)).length;
    const capacity = fileBytes + blocks * 8 * 1024;
    const reader = new BucketReader({ bucket: counting, logger: silentLogger(), registry, cacheSizeBytes: capacity });
    expect(await mergedTotal(reader)).to.equal(blocks * TOTAL);
    counting.reset();
    expect(await mergedTotal(reader)).to.equal(blocks * TOTAL);
    expect(counting.bytesReadFrom(/\.bin$/), 'block files fetched again by the repeated query').to.equal(0);
    expect(await metric('querier_bucket_block_cache_evictions_total')).to.equal(0);
    expect(await metric('querier_bucket_block_cache_bytes')).to.be.at.most(capacity);
  });

  it('a query over more blocks than its cache holds keeps what it read first, not what it read last: the same query again fetches only the rest', async () => {
    const blocks = 12;
    for (let i = 1; i <= blocks; i++) await uploadBlock([`p${i}`]);
    const counting = new CountingBucket(bucket);
    const roomyRegistry = new Registry();
    const roomy = new BucketReader({ bucket: counting, logger: silentLogger(), registry: roomyRegistry, cacheSizeBytes: 1 << 30 });
    expect(await mergedTotal(roomy)).to.equal(blocks * TOTAL);
    const all = counting.bytesReadFrom(/\.bin$/);
    const cached = (await roomyRegistry.getSingleMetric('querier_bucket_block_cache_bytes')!.get()).values[0]!.value;
    counting.reset();
    // Room for half of what the blocks take in the cache: least-recently-used alone would have evicted each
    // block before the query came back to it, and fetched everything again.
    const reader = new BucketReader({ bucket: counting, logger: silentLogger(), registry, cacheSizeBytes: Math.floor(cached / 2) });
    expect(await mergedTotal(reader)).to.equal(blocks * TOTAL);
    counting.reset();
    expect(await mergedTotal(reader)).to.equal(blocks * TOTAL);
    expect(counting.bytesReadFrom(/\.bin$/), 'bytes fetched again by the repeated query').to.be.below(0.7 * all);
  });

  it('counts hits and misses: a block read again while cached is a hit', async () => {
    await uploadBlock(['p1']);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect((await select(reader)).profiles).to.have.length(1);
    expect(await metric('querier_bucket_block_cache_misses_total')).to.equal(1);
    expect((await select(reader)).profiles).to.have.length(1);
    expect(await mergedTotal(reader)).to.equal(TOTAL);
    expect(await metric('querier_bucket_block_cache_hits_total')).to.equal(2);
    expect(await metric('querier_bucket_blocks_opened_total'), 'meta.json read once').to.equal(1);
  });

  it('does not keep a block larger than the whole cache, and still answers from it', async () => {
    await uploadBlock(['p1']);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 });
    expect(await mergedTotal(reader)).to.equal(TOTAL);
    expect(await metric('querier_bucket_block_cache_items')).to.equal(0);
    expect(await metric('querier_bucket_block_cache_bytes')).to.equal(0);
  });

  it('stops between blocks once the query deadline has passed: deadline_exceeded, and no further block is read', async () => {
    for (let i = 1; i <= 4; i++) await uploadBlock([`p${i}`]);
    const counting = new CountingBucket(bucket);
    const reader = new BucketReader({ bucket: counting, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    const past = { deadline: Date.now() - 1 };
    const error = await mergedTotal(reader, past).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('deadline_exceeded');
    expect(counting.bytesReadFrom(/\.bin$/), 'no block file fetched past the deadline').to.equal(0);
    // Within its deadline the same read completes.
    expect(await mergedTotal(reader, { deadline: Date.now() + 60_000 })).to.equal(4 * TOTAL);
  });

  it('holds a bounded number of block indexes at a time however many blocks a query spans: each block is merged soon after its index is read', async () => {
    const blocks = 24;
    for (let i = 1; i <= blocks; i++) await uploadBlock([`p${i}`]);
    const counting = new CountingBucket(bucket);
    // A cache of one byte keeps nothing: what the query holds is what it reads ahead.
    const reader = new BucketReader({ bucket: counting, logger: silentLogger(), registry, cacheSizeBytes: 1 });
    expect(await mergedTotal(reader)).to.equal(blocks * TOTAL);
    // Indexes read before a block's samples are: those are held until their blocks are merged.
    expectIndexesAhead(counting, blocks, 9);
  });

  it('reads index.bin files ahead by at most its read-ahead bytes (one block always): with a budget of one byte, one index is fetched ahead of the block being merged', async () => {
    const blocks = 6;
    for (let i = 1; i <= blocks; i++) await uploadBlock([`p${i}`]);
    const counting = new CountingBucket(bucket);
    const reader = new BucketReader({ bucket: counting, logger: silentLogger(), registry, cacheSizeBytes: 1, readAheadBytes: 1 });
    expect(await mergedTotal(reader)).to.equal(blocks * TOTAL);
    expectIndexesAhead(counting, blocks, 1);
  });

  it('reads only the blocks of the tenant asked about', async () => {
    await uploadBlock(['p1']);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect((await reader.selectProfiles({ tenant: 'team-b' }, ingester.v1.ProfileSelector.create({ profileTypeID: TYPE, labelSelector: '{}' }))).profiles).to.have.length(0);
  });

  describe('with a bucket index', () => {
    /** A bucket whose listings (and, with failReads, every read) fail, as during an outage. */
    class OutageBucket extends MemoryBucket {
      failLists = false;
      failReads = false;
      lists = 0;
      override async list(prefix: string, options?: { delimiter?: string }) {
        this.lists++;
        if (this.failLists) throw new Error('503 Service Unavailable');
        return super.list(prefix, options);
      }
      override async get(name: string) {
        if (this.failReads) throw new Error('503 Service Unavailable');
        return super.get(name);
      }
    }

    async function writeIndex(): Promise<void> {
      const listed = await new TenantBlockLister(bucket).list(ctx.tenant);
      await writeBucketIndex(bucket, { version: BUCKET_INDEX_VERSION, tenant: ctx.tenant, updated_at: Math.floor(Date.now() / 1000), blocks: [...listed.metas.values()].map(indexedBlock), block_deletion_marks: [...listed.marks.values()] });
    }

    it('finds blocks through the index: no listing and no meta.json read per query; a block uploaded after the index is seen after the refresh', async () => {
      const outage = new OutageBucket();
      bucket = outage;
      await uploadBlock(['p1']);
      await writeIndex();
      let now = 1_000_000;
      const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30, indexRefreshMs: 60_000, now: () => now });
      outage.lists = 0;
      for (let i = 0; i < 3; i++) expect((await select(reader)).profiles).to.have.length(1);
      expect(outage.lists, 'never lists').to.equal(0);
      expect(await metric('querier_bucket_blocks_opened_total'), 'no meta.json read').to.equal(0);

      await uploadBlock(['p2']);
      await writeIndex();
      outage.lists = 0;
      expect((await select(reader)).profiles, 'the index is still fresh').to.have.length(1);
      now += 60_000;
      await select(reader); // starts the background refresh
      await eventually(async () => (await select(reader)).profiles!.length === 2, 'the refreshed index is used');
      expect(await mergedTotal(reader)).to.equal(2 * TOTAL);
      expect(outage.lists).to.equal(0);
    });

    it('does not trust an index older than the max stale period (its compactor stopped): queries list, and see blocks the index lacks', async () => {
      const outage = new OutageBucket();
      bucket = outage;
      await uploadBlock(['p1']);
      await writeIndex();
      const writtenMs = Date.now();
      let now = writtenMs;
      const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30, indexRefreshMs: 60_000, indexMaxStaleMs: 30 * 60_000, now: () => now });
      expect((await select(reader)).profiles).to.have.length(1);
      // A block uploaded after the index; the ingester that uploaded it drops its local copy after its retention.
      await uploadBlock(['p2']);
      outage.lists = 0;
      now = writtenMs + 29 * 60_000;
      expect((await select(reader)).profiles, 'a fresh-enough index is used alone').to.have.length(1);
      expect(outage.lists).to.equal(0);
      now = writtenMs + 31 * 60_000;
      expect((await select(reader)).profiles, 'a stale index is not trusted').to.have.length(2);
      expect(outage.lists).to.be.greaterThan(0);
      expect(await mergedTotal(reader)).to.equal(2 * TOTAL);
    });

    it('keeps answering from the last index while the bucket cannot list or serve the index', async () => {
      const outage = new OutageBucket();
      bucket = outage;
      await uploadBlock(['p1']);
      await uploadBlock(['p2']);
      await writeIndex();
      let now = 1_000_000;
      const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30, indexRefreshMs: 1000, now: () => now });
      expect(await mergedTotal(reader)).to.equal(2 * TOTAL);
      outage.failLists = true;
      // The index can no longer be fetched either; the block files are cached.
      const index = outage.objects.get(`${ctx.tenant}/bucket-index.json.gz`)!;
      outage.objects.delete(`${ctx.tenant}/bucket-index.json.gz`);
      now += 5000;
      await select(reader);
      outage.objects.set(`${ctx.tenant}/bucket-index.json.gz`, index);
      outage.failReads = true;
      now += 5000;
      for (let i = 0; i < 3; i++) {
        expect((await select(reader)).profiles).to.have.length(2);
        expect(await mergedTotal(reader)).to.equal(2 * TOTAL);
      }
      expect(await metric('querier_bucket_listings_total')).to.equal(0);
    });

    it('reads a version-2 block listed by an index that records no format version (written by a compactor older than version 2)', async () => {
      await uploadBlock(['p1']);
      const listed = await new TenantBlockLister(bucket).list(ctx.tenant);
      const blocks = [...listed.metas.values()].map(indexedBlock).map(({ format_version: _, ...b }) => b);
      expect(listed.metas.size).to.equal(1);
      await writeBucketIndex(bucket, { version: BUCKET_INDEX_VERSION, tenant: ctx.tenant, updated_at: Math.floor(Date.now() / 1000), blocks, block_deletion_marks: [] });
      const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
      expect((await select(reader)).profiles).to.have.length(1);
      expect(await mergedTotal(reader)).to.equal(TOTAL);
    });

    it('skips blocks marked for deletion and blocks superseded by a compacted one', async () => {
      const a = await uploadBlock(['p1', 'p2']);
      const b = await uploadBlock(['p1', 'p2']);
      const c = await uploadBlock(['p3']);
      await bucket.upload(`${ctx.tenant}/blocks/${c}/deletion-mark.json`, Buffer.from(JSON.stringify({ id: c, version: 1, details: 'retention', deletion_time: 1 })));
      const listed = await new TenantBlockLister(bucket).list(ctx.tenant);
      const sources = [listed.metas.get(a)!, listed.metas.get(b)!];
      const merged = await mergeBlocks(sources.map((m) => new BlockReader(m, new BucketBlockSource(bucket, blockPrefix(ctx.tenant, m.ulid)))));
      await writeBucketBlock(bucket, merged, { tenant: ctx.tenant, nowMs: Date.now(), compaction: compactionOf(sources, 3_600_000) });
      await writeIndex();
      const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
      expect((await select(reader)).profiles).to.have.length(2);
      expect(await mergedTotal(reader)).to.equal(2 * TOTAL);
      expect(await metric('querier_bucket_block_cache_misses_total'), 'only the compacted block is opened').to.equal(1);
    });
  });
});
