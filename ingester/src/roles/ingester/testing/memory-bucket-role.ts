// An ingester role for tests that read real ingesters in one process: its WAL and blocks in a folder, its uploads in
// an in-memory bucket, a manual clock. Not built into the program (tsconfig.build.json leaves testing/ out).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import type { Limits } from '../../../ingest/limits.ts';
import { normalizePush } from '../../../ingest/normalize.ts';
import { MemoryBucket } from '../../../storage/objstore/memory.ts';
import { IngesterStorage } from '../../../storage/store.ts';
import { ManualClock } from '../../../util/clock.ts';
import { silentLogger } from '../../../util/log.ts';
import { IngesterRole } from '../ingester.ts';
import { decodePushRecord } from '../wal-record.ts';

/** A started IngesterRole named `id` keeping its data in `dataDir`. */
export async function startMemoryBucketIngester(dataDir: string, id: string, limits: Limits): Promise<IngesterRole> {
  const clock = new ManualClock();
  const registry = new Registry();
  const storage = new IngesterStorage(
    { dataDir, maxBlockDurationMs: 3_600_000, maxBlockBytes: 1 << 30, localRetentionMs: 3_600_000, walSegmentBytes: 1 << 20, uploadMinBackoffMs: 5, uploadMaxBackoffMs: 20 },
    {
      bucket: new MemoryBucket(), logger: silentLogger(), registry, clock,
      decodeRecord: (payload) => {
        const r = decodePushRecord(payload);
        return { tenant: r.tenant, profiles: normalizePush(r.tenant, r.request, limits, r.receivedAtMs) };
      },
    },
  );
  const role = new IngesterRole({ id, storage, normalize: normalizePush, limits: () => limits, clock, logger: silentLogger(), registry, tickIntervalMs: 60_000 });
  await role.start();
  return role;
}

/**
 * For a mocha describe block: each test gets a fresh folder, and `start(id)` starts an ingester in it; after each test
 * they are stopped and the folder removed.
 */
export function memoryBucketIngesters(prefix: string, limits: Limits): (id: string) => Promise<IngesterRole> {
  let dir = '';
  const roles: IngesterRole[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    for (const r of roles.splice(0)) await r.stop();
    await rm(dir, { recursive: true, force: true });
  });
  return async (id) => {
    const role = await startMemoryBucketIngester(join(dir, id), id, limits);
    roles.push(role);
    return role;
  };
}
