// BucketReader.selectProfiles' skipBlocks (query/querier-engine.ts readDigests: blocks the answering ingesters
// read locally are not read from the bucket again).
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
import { normalizedFromPprof, profileTypeIds } from '../../storage/testutil.ts';
import { silentLogger } from '../../util/log.ts';
import { BucketReader } from './bucket-reader.ts';

const raw = readFileSync(path.join(PROFILES_DIR, 'go-cpu.pb.gz'));
const TYPE = profileTypeIds(raw)[1]!;
const ctx = { tenant: 'team-a' };

describe('querier bucket reader: skipping blocks read elsewhere', () => {
  let dir: string;
  let bucket: MemoryBucket;

  async function uploadBlock(ids: string[]): Promise<string> {
    const head = new Head(0);
    for (const id of ids) head.append(ctx.tenant, normalizedFromPprof(raw, { id, timestampMs: 1_700_000_000_000 + Number(id.replace(/\D/g, '')), service: `svc-${id}` }));
    const t = head.tenant(ctx.tenant)!;
    const meta = await writeBlock(t, t, { blocksDir: dir, tenant: ctx.tenant, nowMs: Date.now() });
    const files = readdirSync(path.join(dir, meta.ulid)).filter((f) => f !== META_FILE);
    for (const f of [...files, META_FILE]) await bucket.upload(`${ctx.tenant}/blocks/${meta.ulid}/${f}`, readFileSync(path.join(dir, meta.ulid, f)));
    return meta.ulid;
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bucket-reader-skip-'));
    bucket = new MemoryBucket();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the profiles of every block but those it is told to skip', async () => {
    const a = await uploadBlock(['p1', 'p2']);
    await uploadBlock(['p3']);
    const reader = new BucketReader({ bucket, logger: silentLogger(), registry: new Registry(), cacheSizeBytes: 1 << 20 });
    const selector = ingester.v1.ProfileSelector.create({ profileTypeID: TYPE, labelSelector: '{}', start: 0, end: 0 });
    const ids = async (skipBlocks?: ReadonlySet<string>) => ((await reader.selectProfiles(ctx, selector, skipBlocks ? { skipBlocks } : {})).profiles ?? []).map((p) => p.key!.id).sort();
    expect(await ids()).to.deep.equal(['p1', 'p2', 'p3']);
    expect(await ids(new Set([a]))).to.deep.equal(['p3']);
    expect(await ids(new Set(['01NOTABLOCKOFTHISBUCKET0000']))).to.deep.equal(['p1', 'p2', 'p3']);
  });
});
