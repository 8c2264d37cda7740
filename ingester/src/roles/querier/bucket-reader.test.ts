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
  const mergedTotal = async (reader: BucketReader) => {
    const res = await reader.mergeStacktraces(ctx, ingester.v1.MergeRequest.create({ selector: { profileTypeID: TYPE, labelSelector: '{}' }, keepAll: true }));
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

  const metric = async (name: string): Promise<number> => (await registry.getSingleMetric(name)!.get()).values[0]!.value;

  it('sizes its cache of opened blocks in bytes: never more than the capacity, least recently used evicted first, answers still complete', async () => {
    for (let i = 1; i <= 6; i++) await uploadBlock([`p${i}`]);
    // How many bytes one block's decoded files take in the cache, measured with room for everything.
    const roomy = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect(await mergedTotal(roomy)).to.equal(6 * TOTAL);
    const all = await metric('querier_bucket_block_cache_bytes');
    expect(await metric('querier_bucket_block_cache_items')).to.equal(6);
    expect(all).to.be.greaterThan(0);

    registry = new Registry();
    const capacity = Math.floor((all / 6) * 2.5);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: capacity });
    for (let round = 0; round < 3; round++) {
      expect(await mergedTotal(reader)).to.equal(6 * TOTAL);
      expect(await metric('querier_bucket_block_cache_bytes'), 'cached bytes within the capacity').to.be.at.most(capacity);
      expect(await metric('querier_bucket_block_cache_items'), 'two blocks fit').to.equal(2);
    }
    expect(await metric('querier_bucket_block_cache_evictions_total')).to.be.greaterThan(0);
    expect(await metric('querier_bucket_block_cache_capacity_bytes')).to.equal(capacity);
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

  it('reads only the blocks of the tenant asked about', async () => {
    await uploadBlock(['p1']);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry, cacheSizeBytes: 1 << 30 });
    expect((await reader.selectProfiles({ tenant: 'team-b' }, ingester.v1.ProfileSelector.create({ profileTypeID: TYPE, labelSelector: '{}' }))).profiles).to.have.length(0);
  });
});
