import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { HttpServer } from '../../server/http.ts';
import { pushesAt, uploadBlock, writeBlocks } from '../../storage/compact/test-fixtures.ts';
import { MemoryBucket } from '../../storage/objstore/memory.ts';
import { ManualClock } from '../../util/clock.ts';
import { silentLogger } from '../../util/log.ts';
import { FlagSet } from '../../util/flags.ts';
import { Compactor } from './compactor.ts';
import { registerCompactorFlags } from './config.ts';
import { COMPACTOR_STATUS_PATH, registerCompactorStatusRoute, type CompactorStatus } from './status.ts';

const HOUR = 3_600_000;
const DAY0 = Math.floor(1_700_000_000_000 / (24 * HOUR)) * 24 * HOUR;

/** The flags' defaults, so the test keeps up with new settings. */
function defaultConfig() {
  const fs = new FlagSet('compactor', 'test');
  const config = registerCompactorFlags(fs);
  fs.parse([]);
  return config();
}

describe('GET /compactor/status', () => {
  let dir: string;
  let bucket: MemoryBucket;
  let clock: ManualClock;
  let registry: Registry;
  let compactor: Compactor;
  let http: HttpServer;
  const started = DAY0 + 2 * HOUR;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'compactor-status-'));
    bucket = new MemoryBucket();
    clock = new ManualClock(started);
    registry = new Registry();
    compactor = new Compactor({
      // No first-level wait: the fixtures' blocks are written at the real time, the clock is in the past.
      config: { ...defaultConfig(), blockRanges: [HOUR, 12 * HOUR], lockSettleMs: 0, firstLevelCompactionWaitMs: 0 },
      bucket, instanceId: 'compactor-1', clock, logger: silentLogger(), registry,
    });
    http = new HttpServer({ port: 0, registry, logger: silentLogger() });
    registerCompactorStatusRoute(http, { compactor, registry, clock, startedAtMs: started });
    await http.start();
  });

  afterEach(async () => {
    await http.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const status = async (): Promise<CompactorStatus> => {
    const res = await fetch(`${http.address}${COMPACTOR_STATUS_PATH}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('application/json');
    return (await res.json()) as CompactorStatus;
  };

  /** One ingester block per entry of `replicas`, all holding the same pushes at `times`. */
  async function upload(tenant: string, times: number[], replicas: number): Promise<void> {
    for (let r = 0; r < replicas; r++) for (const u of await writeBlocks(dir, tenant, pushesAt(times))) await uploadBlock(bucket, dir, tenant, u);
  }

  it('before its first pass: no successful pass yet, no lag, and when it started (lateness counts from there)', async () => {
    expect(await status()).to.deep.equal({
      startedAt: new Date(started).toISOString(), lastSuccessfulPassAt: null, passes: { success: 0, failure: 0 }, lagSeconds: 0, tenants: [],
    });
  });

  it('after a pass: a tenant whose ended hour was merged has no lag; a tenant with an ingester block left unmerged reports its age, growing with time', async () => {
    await upload('merged', [DAY0 + 10 * 60_000], 3);
    // A lone replica in an ended hour has nothing to merge with until the 12h window ends: it waits.
    await upload('waiting', [DAY0 + 20 * 60_000], 1);
    await compactor.runOnce();
    let s = await status();
    expect(s.lastSuccessfulPassAt).to.equal(new Date(started).toISOString());
    expect(s.passes).to.deep.equal({ success: 1, failure: 0 });
    expect(s.tenants).to.deep.equal([{ tenant: 'waiting', oldestUncompactedBlockTime: new Date(DAY0 + 20 * 60_000).toISOString(), lagSeconds: (2 * HOUR - 20 * 60_000) / 1000 }]);
    expect(s.lagSeconds).to.equal((2 * HOUR - 20 * 60_000) / 1000);

    clock.advance(30 * 60_000);
    s = await status();
    expect(s.lagSeconds, 'the lag grows between passes').to.equal((2 * HOUR + 10 * 60_000) / 1000);
  });
});
