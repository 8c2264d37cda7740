import { expect } from 'chai';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Registry } from 'prom-client';
import type { push } from '../../gen/index.ts';
import { loadTestProfiles } from '../../pprof/testdata.ts';
import { ApiError } from '../../util/errors.ts';
import { silentLogger } from '../../util/log.ts';
import { limitsWith } from '../limits.ts';
import { normalizePush } from '../normalize.ts';
import { FairQueue } from './fair-queue.ts';
import { DecodePool, fitsInline, inlineSize, type DecodePoolConfig } from './pool.ts';

const limits = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0 });
const NOW = 1_700_000_000_000;
const accepted = loadTestProfiles().filter((p) => {
  try {
    return normalizePush('t', one(p.raw), limits, NOW).length > 0;
  } catch {
    return false;
  }
});

function one(raw: Uint8Array, service = 'svc'): push.v1.IPushRequest {
  return { series: [{ labels: [{ name: 'service_name', value: service }], samples: [{ rawProfile: raw }] }] };
}

async function withPool<T>(config: DecodePoolConfig, fn: (pool: DecodePool, registry: Registry) => Promise<T>): Promise<T> {
  const registry = new Registry();
  const pool = new DecodePool({ config, registry, logger: silentLogger() });
  await pool.start();
  try {
    return await fn(pool, registry);
  } finally {
    await pool.stop();
  }
}

describe('fair queue', () => {
  it('serves tenants in turns: a tenant with a long backlog delays another tenant by one job, not its backlog', () => {
    const q = new FairQueue<string>(() => 0);
    for (let i = 1; i <= 5; i++) q.push('a', `a${i}`);
    q.push('b', 'b1');
    q.push('b', 'b2');
    const order: string[] = [];
    for (let next = q.shift(); next; next = q.shift()) order.push(next.job);
    expect(order).to.deep.equal(['a1', 'b1', 'a2', 'b2', 'a3', 'a4', 'a5']);
  });

  it('refuses a job past the tenant\'s bound without touching the other tenants, and forgets a removed job', () => {
    const q = new FairQueue<string>(() => 2);
    expect(q.push('a', 'a1')).to.equal(true);
    expect(q.push('a', 'a2')).to.equal(true);
    expect(q.push('a', 'a3'), 'a third job for a').to.equal(false);
    expect(q.push('b', 'b1')).to.equal(true);
    expect(q.remove('a', 'a1')).to.equal(true);
    expect(q.lengthOf('a')).to.equal(1);
    expect([...q.lengths()]).to.deep.equal([['a', 1], ['b', 1]]);
    expect(q.shift()!.job).to.equal('a2');
    expect(q.shift()!.job).to.equal('b1');
    expect(q.shift()).to.equal(undefined);
  });
});

describe('decode pool (worker threads)', function () {
  this.timeout(120_000);

  it('decodes on a worker exactly what normalizePush decodes inline, for every test profile', async () => {
    await withPool({ workers: 2, queuePerTenant: 0, inlineMaxBytes: 0, workerNice: 0 }, async (pool, registry) => {
      const fromWorkers = await Promise.all(accepted.map((p) => pool.run('normalize', 't', one(p.raw), limits, NOW)));
      accepted.forEach((p, i) => expect(fromWorkers[i], p.name).to.deep.equal(normalizePush('t', one(p.raw), limits, NOW)));
      expect(await registry.getSingleMetricAsString('push_decode_jobs_total')).to.include(`push_decode_jobs_total{task="normalize",where="worker"} ${accepted.length}`);
    });
  });

  it('gives the task\'s error to the caller with its code, and refuses nothing when the push is fine', async () => {
    await withPool({ workers: 1, queuePerTenant: 0, inlineMaxBytes: 0, workerNice: 0 }, async (pool) => {
      const err = (await pool.run('validate', 't', one(Buffer.from('not a profile')), limits, NOW).catch((e: unknown) => e)) as ApiError;
      expect(err).to.be.instanceOf(ApiError);
      expect(err.code).to.equal('invalid_argument');
      expect(err.message).to.match(/^series 0 sample 0: malformed pprof/);
      const checked = await pool.run('validate', 't', one(accepted[0]!.raw), limits, NOW);
      expect(checked).to.have.length(1);
    });
  });

  it('while tenant A\'s queue is full and A gets 429s, tenant B\'s push is accepted and decoded after at most one queued job of A', async () => {
    const big = accepted.reduce((a, b) => (b.raw.length > a.raw.length ? b : a)).raw;
    await withPool({ workers: 1, queuePerTenant: 3, inlineMaxBytes: 0, workerNice: 0 }, async (pool, registry) => {
      const done: string[] = [];
      const submit = (tenant: string, name: string) =>
        pool.run('normalize', tenant, one(big, name), limits, NOW).then(
          () => void done.push(name),
          (err: ApiError) => {
            done.push(`${name}:${err.httpStatus}`);
            throw err;
          },
        );
      // a1 goes to the worker at once; a2..a4 fill A's queue; a5 is one too many.
      const a = ['a1', 'a2', 'a3', 'a4'].map((n) => submit('A', n));
      const refused = (await submit('A', 'a5').catch((e: unknown) => e)) as ApiError;
      expect(refused.code).to.equal('resource_exhausted');
      expect(refused.httpStatus).to.equal(429);
      expect(refused.message).to.match(/tenant A already has 3 pushes waiting to be decoded: limit -push\.decode-queue-per-tenant \(3\) exceeded/);
      const b = submit('B', 'b1');
      await Promise.all([...a, b]);
      // Order of decoding (one worker): the running job, then A and B take turns.
      expect(done).to.deep.equal(['a5:429', 'a1', 'a2', 'b1', 'a3', 'a4']);
      expect(await registry.getSingleMetricAsString('push_decode_queue_refused_total')).to.include('push_decode_queue_refused_total{tenant="A"} 1');
    });
  });

  it('drops a job whose client went away while it waited', async () => {
    const big = accepted.reduce((a, b) => (b.raw.length > a.raw.length ? b : a)).raw;
    await withPool({ workers: 1, queuePerTenant: 0, inlineMaxBytes: 0, workerNice: 0 }, async (pool) => {
      const first = pool.run('normalize', 't', one(big), limits, NOW);
      const controller = new AbortController();
      const second = pool.run('normalize', 't', one(big), limits, NOW, controller.signal);
      controller.abort();
      const err = (await second.catch((e: unknown) => e)) as ApiError;
      expect(err.code).to.equal('canceled');
      expect(await first).to.have.length.greaterThan(0);
    });
  });

  it('runs its workers below the event loop in the CPU queue (Linux nice -push.decode-worker-nice)', async () => {
    await withPool({ workers: 2, queuePerTenant: 0, inlineMaxBytes: 0, workerNice: 7 }, async () => {
      const nices = fs.readdirSync('/proc/self/task').map((tid) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
      expect(nices.filter((n) => n === 7), 'threads at nice 7').to.have.length(2);
      expect(nices.filter((n) => n === 0).length, 'the others (the event loop among them) at 0').to.be.greaterThan(0);
    });
  });

  it('decodes a tenant\'s small pushes on a worker once it used up its inline share, while another tenant\'s small push is still decoded inline', async () => {
    const pprof = accepted[0]!;
    const inflated = inlineSize(one(pprof.raw), Number.MAX_SAFE_INTEGER)!;
    expect(inflated).to.equal(zlib.gunzipSync(pprof.raw).length);
    // A share of 1 byte per second (no refill to speak of) and a burst of three such pushes.
    await withPool({ workers: 1, queuePerTenant: 0, inlineMaxBytes: 3 * inflated, workerNice: 0, inlineTenantRate: 1 }, async (pool, registry) => {
      // The victim pushes first: the share binds only while another tenant pushes too (inline-share.test.ts).
      await pool.run('normalize', 'victim', one(pprof.raw), limits, NOW);
      for (let i = 0; i < 5; i++) await pool.run('normalize', 'noisy', one(pprof.raw), limits, NOW);
      await pool.run('normalize', 'victim', one(pprof.raw), limits, NOW);
      const jobs = await registry.getSingleMetricAsString('push_decode_jobs_total');
      expect(jobs, 'the noisy tenant\'s three first pushes and the victim\'s two').to.include('push_decode_jobs_total{task="normalize",where="inline"} 5');
      expect(jobs, 'the noisy tenant\'s two pushes past its share').to.include('push_decode_jobs_total{task="normalize",where="worker"} 2');
      expect(await registry.getSingleMetricAsString('push_decode_inline_share_exceeded_total')).to.include('push_decode_inline_share_exceeded_total{tenant="noisy"} 2');
    });
  });

  it('decodes small pushes inline and large ones on a worker, by their size once inflated (a small gzip may inflate a thousandfold)', () => {
    const pprof = accepted[0]!;
    const inflated = zlib.gunzipSync(pprof.raw).length;
    expect(fitsInline(one(pprof.raw), inflated)).to.equal(true);
    expect(fitsInline(one(pprof.raw), inflated - 1)).to.equal(false);
    const bomb = zlib.gzipSync(Buffer.alloc(1 << 20));
    expect(bomb.length).to.be.below(4096);
    expect(fitsInline(one(bomb), 64 * 1024), 'a 1 MiB profile in a few KB of gzip').to.equal(false);
    // Two members, the last one tiny (as the distributor stamps a profile): its trailer tells nothing of the first.
    const twoMembers = Buffer.concat([bomb, zlib.gzipSync(Buffer.from([0x48, 0x01]))]);
    expect(fitsInline(one(twoMembers), 64 * 1024), 'a 1 MiB first member').to.equal(false);
    expect(fitsInline(one(Buffer.concat([pprof.raw, zlib.gzipSync(Buffer.from([0x48, 0x01]))])), inflated + 2)).to.equal(true);
  });
});
