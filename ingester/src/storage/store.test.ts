import { expect } from 'chai';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { ManualClock } from '../util/clock.ts';
import { silentLogger } from '../util/log.ts';
import { loadTestProfiles } from '../pprof/testdata.ts';
import { MemoryBucket } from './objstore/memory.ts';
import { IngesterStorage, type DecodedRecord, type StorageConfig } from './store.ts';
import { eventually, normalizedFromPprof } from './testutil.ts';
import type { NormalizedProfile } from '../model/profile.ts';

const T0 = 1_700_000_000_000;

describe('IngesterStorage', () => {
  let dir: string;
  const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
  // Test records carry tenant, id and timestamp; the profile is rebuilt from the fixture pprof.
  const profileFor = (id: string, ts: number): NormalizedProfile[] => normalizedFromPprof(raw, { id, timestampMs: ts, service: 'svc' });
  const encode = (tenant: string, id: string, ts: number) => Buffer.from(JSON.stringify({ tenant, id, ts }));
  const decodeRecord = (payload: Buffer): DecodedRecord => {
    const r = JSON.parse(payload.toString()) as { tenant: string; id: string; ts: number };
    return { tenant: r.tenant, profiles: profileFor(r.id, r.ts) };
  };
  const config = (overrides: Partial<StorageConfig> = {}): StorageConfig => ({
    dataDir: dir, maxBlockDurationMs: 3_600_000, maxBlockBytes: 1 << 30, localRetentionMs: 0, walSegmentBytes: 1 << 20, uploadMinBackoffMs: 5, uploadMaxBackoffMs: 20, ...overrides,
  });
  const open = async (bucket: MemoryBucket, registry = new Registry(), overrides: Partial<StorageConfig> = {}, clock = new ManualClock(T0)) => {
    const s = new IngesterStorage(config(overrides), { bucket, logger: silentLogger(), registry, clock, decodeRecord });
    const report = await s.open();
    return { s, report };
  };
  const push = (s: IngesterStorage, tenant: string, id: string, ts: number) => s.append(tenant, encode(tenant, id, ts), profileFor(id, ts));
  const countProfiles = async (s: IngesterStorage, tenant: string) => {
    let n = 0;
    for (const src of s.sources(tenant)) n += (await src.index()).profileCount;
    return n;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'store-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replays acknowledged profiles after a restart without a clean stop', async () => {
    const bucket = new MemoryBucket();
    const { s } = await open(bucket);
    for (let i = 0; i < 5; i++) await push(s, 'a', `p${i}`, T0 + i);
    // No close(): the process "dies" here.
    const { s: again, report } = await open(bucket);
    expect(report.replayedProfiles).to.equal(5 * 2);
    expect(await countProfiles(again, 'a')).to.equal(5 * 2);
    await again.close();
    await s.close();
  });

  it('flush uploads one block per tenant, meta.json last, then drops the WAL segments it covers', async () => {
    const bucket = new MemoryBucket();
    const { s } = await open(bucket);
    await push(s, 'a', 'p1', T0);
    await push(s, 'b', 'p2', T0);
    const ulids = await s.flush();
    expect(ulids).to.have.length(2);
    const names = [...bucket.objects.keys()];
    for (const u of ulids) {
      expect(names.filter((n) => n.includes(u))).to.have.length(4);
      expect(bucket.uploadLog.filter((n) => n.includes(u)).at(-1)).to.match(/\/meta\.json$/);
    }
    expect(s.flushed).to.equal(true);
    expect(await readdir(join(dir, 'wal'))).to.not.include('00000001.wal');
    // Reads now come from the blocks, and the data survives a restart without being replayed twice.
    expect(await countProfiles(s, 'a')).to.equal(2);
    await s.close();
    const { s: again, report } = await open(bucket);
    expect(report.replayedProfiles).to.equal(0);
    expect(await countProfiles(again, 'a')).to.equal(2);
    await again.close();
  });

  it('keeps blocks on disk while the bucket is down, counts failures, and uploads them once it is back', async () => {
    const bucket = new MemoryBucket();
    bucket.failUploads = new Error('bucket unavailable');
    const registry = new Registry();
    const { s } = await open(bucket, registry);
    await push(s, 'a', 'p1', T0);
    await s.cut('test');
    await eventually(async () => ((await registry.getSingleMetric('ingester_block_uploads_total')!.get()).values.find((v) => v.labels['result'] === 'failure')?.value ?? 0) >= 2, 'upload failures');
    expect(s.shipperStatus().uploadFailing).to.equal(true);
    expect(s.shipperStatus().lastUploadError).to.match(/bucket unavailable/);
    expect(s.flushed).to.equal(false);
    // A restart while the bucket is down keeps the block and does not replay it into the head.
    await s.close();
    const { s: again, report } = await open(bucket);
    expect(report.pendingBlocks).to.equal(1);
    expect(report.replayedProfiles).to.equal(0);
    bucket.failUploads = undefined;
    await again.flush();
    expect(again.flushed).to.equal(true);
    expect([...bucket.uploads.values()].every((n) => n === 1)).to.equal(true);
    await again.close();
  });

  it('deletes half-written blocks at start and rebuilds them from the WAL', async () => {
    const bucket = new MemoryBucket();
    const { s } = await open(bucket);
    await push(s, 'a', 'p1', T0);
    await s.close();
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(dir, 'blocks', '01J00000000000000000000000.tmp'), { recursive: true });
    await mkdir(join(dir, 'blocks', '01J00000000000000000000001'), { recursive: true });
    await writeFile(join(dir, 'blocks', '01J00000000000000000000001', 'index.bin'), 'partial');
    const { s: again, report } = await open(bucket);
    expect(report.removedBlocks).to.have.length(2);
    expect(await countProfiles(again, 'a')).to.equal(2);
    await again.close();
  });

  it('cuts by size', async () => {
    const bucket = new MemoryBucket();
    const { s } = await open(bucket, new Registry(), { maxBlockBytes: 1 });
    await push(s, 'a', 'p1', T0);
    await eventually(() => bucket.objects.size === 4, 'a block in the bucket');
    await s.close();
  });

  it('keeps uploaded blocks on local disk for the local retention, and pending ones until they are uploaded', async () => {
    const bucket = new MemoryBucket();
    const clock = new ManualClock(T0);
    const { s } = await open(bucket, new Registry(), { localRetentionMs: 60_000 }, clock);
    await push(s, 'a', 'p1', T0);
    await s.flush();
    bucket.failUploads = new Error('down');
    await push(s, 'a', 'p2', T0 + 1);
    await s.cut('test');
    clock.advance(59_000);
    await s.sweep();
    expect(await readdir(join(dir, 'blocks'))).to.have.length(2);
    clock.advance(2_000);
    await s.sweep();
    // The uploaded block is past retention and gone; the pending one stays, and its data is still read.
    expect(s.blocks.all().map((b) => b.uploadedAt === undefined)).to.deep.equal([true]);
    expect(await readdir(join(dir, 'blocks'))).to.have.length(1);
    expect(await countProfiles(s, 'a')).to.equal(2);
    await s.close();
  });

  describe('blocks aligned to -ingester.max-block-duration windows (the compactor\'s hours)', () => {
    const HOUR = 3_600_000;
    const EDGE = Math.ceil(T0 / HOUR) * HOUR;

    it('a head holding profiles of two hours is cut into one block per hour, each inside its hour, every profile once', async () => {
      const bucket = new MemoryBucket();
      const { s } = await open(bucket);
      await push(s, 'a', 'before', EDGE - 5 * 60_000);
      await push(s, 'a', 'after', EDGE + 5 * 60_000);
      await push(s, 'a', 'late', EDGE - 1);
      const ulids = await s.flush();
      expect(ulids, 'one block per hour').to.have.length(2);
      const metas = s.blocks.all().map((b) => b.meta).sort((x, y) => x.minTime - y.minTime);
      expect(metas.map((m) => [m.minTime, m.maxTime])).to.deep.equal([[EDGE - 5 * 60_000, EDGE - 1], [EDGE + 5 * 60_000, EDGE + 5 * 60_000]]);
      expect(metas.map((m) => m.stats.profiles)).to.deep.equal([4, 2]);
      expect(await countProfiles(s, 'a')).to.equal(6);
      await s.close();
    });

    it('the head is cut when the wall clock passes the end of the window its first profile arrived in, before max-block-duration', async () => {
      const bucket = new MemoryBucket();
      const clock = new ManualClock(EDGE - 10 * 60_000);
      const registry = new Registry();
      const { s } = await open(bucket, registry, {}, clock);
      await push(s, 'a', 'p1', clock.now());
      clock.advance(10 * 60_000 - 1);
      s.tick();
      await new Promise((r) => setTimeout(r, 200)); // a cut, had tick started one, writes its block meanwhile
      expect(s.blocks.all(), 'still inside the hour: no cut').to.have.length(0);
      clock.advance(1);
      s.tick();
      await eventually(() => s.blocks.all().length === 1, 'cut at the hour edge, 10 minutes after the first profile');
      expect((await registry.getSingleMetric('ingester_head_cuts_total')!.get()).values.find((v) => v.labels['reason'] === 'window-edge')?.value).to.equal(1);
      await s.close();
    });
  });
});
