import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { Registry } from 'prom-client';
import { push } from '../../gen/index.ts';
import { limitsWith } from '../../ingest/limits.ts';
import { normalizePush } from '../../ingest/normalize.ts';
import { decodePushRequest } from '../../ingest/push-decoder.ts';
import { IngestionRateLimiter } from '../../ingest/rate-limiter.ts';
import { inflateProfile } from '../../pprof/inflate.ts';
import { PROFILES_DIR } from '../../pprof/testdata.ts';
import { MemoryRingStore } from '../../ring/kv/memory.ts';
import type { InstanceDesc } from '../../ring/model.ts';
import { Ring } from '../../ring/ring.ts';
import { instance, ring } from '../../ring/testing.ts';
import { ManualClock } from '../../util/clock.ts';
import { ApiError } from '../../util/errors.ts';
import { silentLogger } from '../../util/log.ts';
import { Distributor, type IngesterPush } from './distributor.ts';
import { pprofTimeMs, profileTimeStamp } from './profile-time.ts';

const NOW = 1_700_000_000_000;
const goCpu = fs.readFileSync(path.join(PROFILES_DIR, 'go-cpu.pb.gz'));
/** An old py-spy profile: microseconds in time_nanos, which counts as no time. */
const pyspy = fs.readFileSync(path.join(PROFILES_DIR, 'pyspy-1.pb.gz'));

interface Call {
  ingester: string;
  tenant: string;
  /** What the ingester decodes. */
  request: push.v1.PushRequest;
  /** What the gRPC client sends, as the parts it writes one after the other. */
  encoded: readonly Uint8Array[];
  resolve: () => void;
  reject: (err: Error) => void;
}

async function setup(opts: { replicationFactor?: number; instances?: InstanceDesc[]; rateBytesPerSecond?: number } = {}) {
  const clock = new ManualClock(NOW);
  const instances = opts.instances ?? [
    instance('ing-a', { tokens: [1_000_000_000], heartbeatMs: NOW }),
    instance('ing-b', { tokens: [2_000_000_000], heartbeatMs: NOW }),
    instance('ing-c', { tokens: [3_000_000_000], heartbeatMs: NOW }),
  ];
  const r = new Ring({ store: new MemoryRingStore(ring(...instances)), config: { replicationFactor: opts.replicationFactor ?? 3, heartbeatTimeoutMs: 60_000, zoneAwarenessEnabled: false }, clock });
  await r.start();
  const calls: Call[] = [];
  const pushToIngester: IngesterPush = (inst, tenant, sub) =>
    new Promise<void>((resolve, reject) => calls.push({ ingester: inst.id, tenant, request: push.v1.PushRequest.decode(Buffer.concat(sub.encoded())), encoded: sub.encoded(), resolve, reject }));
  const registry = new Registry();
  const limits = limitsWith({ rejectOlderThanMs: 0, creationGracePeriodMs: 0, ingestionRateBytesPerSecond: opts.rateBytesPerSecond ?? 0, ingestionBurstSizeBytes: opts.rateBytesPerSecond ?? 0 });
  const limiter = new IngestionRateLimiter(() => ({ bytesPerSecond: limits.ingestionRateBytesPerSecond, burstBytes: limits.ingestionBurstSizeBytes }), clock, registry);
  const distributor = new Distributor({ ring: r, pushToIngester, limits: () => limits, rateLimiter: limiter, clock, logger: silentLogger(), registry });
  return { distributor, calls, ring: r, registry };
}

const request = (...services: string[]): push.v1.PushRequest =>
  push.v1.PushRequest.create({ series: services.map((s, i) => ({ labels: [{ name: 'service_name', value: s }], samples: [{ rawProfile: goCpu, ID: `id-${i}` }] })) });

/** Lets the promise chain run, then tells whether `p` settled. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  p.then(() => (done = true), () => (done = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('distributor', () => {
  it('acknowledges once 2 of 3 replicas stored the push, and still sends the third its copy without cancelling it', async () => {
    const { distributor, calls } = await setup();
    const p = distributor.push({ tenant: 't' }, request('checkout'));
    await settled(Promise.resolve());
    expect(calls.map((c) => c.ingester).sort()).to.deep.equal(['ing-a', 'ing-b', 'ing-c']);
    calls[0]!.resolve();
    expect(await settled(p), 'one acknowledgement is not a quorum').to.equal(false);
    calls[1]!.resolve();
    await p; // quorum: acknowledged while the third call is still in flight
    calls[2]!.resolve();
  });

  it('fails with an error naming the replicas when only 1 of 3 can store a series, never a success', async () => {
    const { distributor, calls } = await setup();
    const p = distributor.push({ tenant: 't' }, request('checkout'));
    await settled(Promise.resolve());
    calls[0]!.resolve();
    calls[1]!.reject(new ApiError('unavailable', 'connection refused'));
    expect(await settled(p)).to.equal(false);
    calls[2]!.reject(new ApiError('unavailable', 'deadline exceeded'));
    const err = await p.then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).code).to.equal('unavailable');
    expect((err as Error).message).to.include('needs 2 of 3 replicas').and.include(calls[1]!.ingester).and.include(calls[2]!.ingester).and.include('connection refused');
  });

  it('reports invalid_argument when every failing replica refused the data as invalid', async () => {
    const { distributor, calls } = await setup();
    const p = distributor.push({ tenant: 't' }, request('checkout'));
    await settled(Promise.resolve());
    for (const c of calls.slice(0, 2)) c.reject(new ApiError('invalid_argument', 'bad'));
    calls[2]!.resolve();
    const err = (await p.then(() => undefined, (e: unknown) => e)) as ApiError;
    expect(err.code).to.equal('invalid_argument');
  });

  it('reports resource_exhausted (429) with the ingester\'s message when every failing replica refused it for a limit', async () => {
    const { distributor, calls } = await setup();
    const p = distributor.push({ tenant: 't' }, request('checkout'));
    await settled(Promise.resolve());
    for (const c of calls.slice(0, 2)) c.reject(new ApiError('resource_exhausted', 'limit max-global-series-per-tenant (5000 across the cluster) exceeded'));
    calls[2]!.resolve();
    const err = (await p.then(() => undefined, (e: unknown) => e)) as ApiError;
    expect(err.code).to.equal('resource_exhausted');
    expect(err.message).to.match(/limit max-global-series-per-tenant \(5000 across the cluster\) exceeded/);
  });

  it('sends each ingester only the series it owns (replication factor 1)', async () => {
    const { distributor, calls, ring: r } = await setup({ replicationFactor: 1 });
    const services = Array.from({ length: 30 }, (_, i) => `svc-${i}`);
    const p = distributor.push({ tenant: 't' }, request(...services));
    await settled(Promise.resolve());
    const { seriesToken } = await import('../../ring/series-token.ts');
    for (const c of calls) {
      for (const s of c.request.series ?? []) {
        const labels = (s.labels ?? []).map((l) => ({ name: l.name ?? '', value: l.value ?? '' }));
        expect(r.get(seriesToken('t', labels), 'write', [])[0]!.id).to.equal(c.ingester);
      }
    }
    expect(calls.reduce((n, c) => n + (c.request.series?.length ?? 0), 0)).to.equal(services.length);
    expect(calls.length, 'the series spread over several ingesters').to.be.greaterThan(1);
    for (const c of calls) c.resolve();
    await p;
  });

  it('refuses a push over the tenant rate limit with 429 before any ingester is called', async () => {
    const { distributor, calls } = await setup({ rateBytesPerSecond: 100 });
    const err = (await distributor.push({ tenant: 't' }, request('checkout')).then(() => undefined, (e: unknown) => e)) as ApiError;
    expect(err.code).to.equal('resource_exhausted');
    expect(err.httpStatus).to.equal(429);
    expect(calls).to.have.length(0);
  });

  it('rejects invalid input with invalid_argument before any ingester is called', async () => {
    const { distributor, calls } = await setup();
    const bad = push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'x' }], samples: [{ rawProfile: Buffer.from('not a profile') }] }] });
    const err = (await distributor.push({ tenant: 't' }, bad).then(() => undefined, (e: unknown) => e)) as ApiError;
    expect(err.code).to.equal('invalid_argument');
    expect(calls).to.have.length(0);
  });

  it('refuses a push when the ring has fewer ACTIVE replicas than a quorum, naming the others', async () => {
    const { distributor, calls } = await setup({
      instances: [
        instance('ing-a', { tokens: [1], heartbeatMs: NOW }),
        instance('ing-b', { tokens: [2], heartbeatMs: NOW, state: 'LEAVING' }),
        instance('ing-c', { tokens: [3], heartbeatMs: NOW - 120_000 }),
      ],
    });
    const err = (await distributor.push({ tenant: 't' }, request('checkout')).then(() => undefined, (e: unknown) => e)) as ApiError;
    expect(err.code).to.equal('unavailable');
    expect(err.message).to.include('could only find 1').and.include('ing-b (LEAVING)').and.include('ing-c (UNHEALTHY)');
    expect(calls).to.have.length(0);
  });

  it('needs every ACTIVE replica while an instance joins: the set is extended past it and the quorum rises to 3 of 4 (dskit Ring.Get)', async () => {
    const { distributor, calls } = await setup({
      instances: [
        instance('ing-a', { tokens: [1_000_000_000], heartbeatMs: NOW }),
        instance('ing-b', { tokens: [2_000_000_000], heartbeatMs: NOW, state: 'JOINING' }),
        instance('ing-c', { tokens: [3_000_000_000], heartbeatMs: NOW }),
        instance('ing-d', { tokens: [4_000_000_000], heartbeatMs: NOW }),
      ],
    });
    const p = distributor.push({ tenant: 't' }, request('checkout'));
    await settled(Promise.resolve());
    expect(calls.map((c) => c.ingester).sort()).to.deep.equal(['ing-a', 'ing-c', 'ing-d']);
    calls[0]!.resolve();
    calls[1]!.resolve();
    expect(await settled(p), 'two of the three ACTIVE replicas are not a quorum of the extended set').to.equal(false);
    calls[2]!.reject(new ApiError('unavailable', 'connection refused'));
    const err = (await p.then(() => undefined, (e: unknown) => e)) as ApiError;
    expect(err.code).to.equal('unavailable');
    expect(err.message).to.include('needs 3 of 3 replicas');
  });

  it('stamps a profile that has no time once, so every replica stores the same timestamp and bytes', async () => {
    const { distributor, calls } = await setup();
    const req = push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'py' }], samples: [{ rawProfile: pyspy }] }] });
    expect(pprofTimeMs(inflateProfile(pyspy, 0))).to.be.lessThan(365 * 24 * 3600 * 1000);
    const p = distributor.push({ tenant: 't' }, req);
    await settled(Promise.resolve());
    const sent = calls.map((c) => Buffer.from(c.request.series[0]!.samples![0]!.rawProfile!));
    expect(sent).to.have.length(3);
    expect(sent[1]!.equals(sent[0]!) && sent[2]!.equals(sent[0]!)).to.equal(true);
    expect(pprofTimeMs(inflateProfile(sent[0]!, 0))).to.equal(NOW);
    // What an ingester makes of it, received later: the stamped time, and the profile's samples unchanged.
    const stored = normalizePush('t', { series: [{ labels: [{ name: 'service_name', value: 'py' }], samples: [{ rawProfile: sent[0]! }] }] }, limitsWith({ rejectOlderThanMs: 0 }), NOW + 60_000);
    const original = normalizePush('t', { series: [{ labels: [{ name: 'service_name', value: 'py' }], samples: [{ rawProfile: pyspy }] }] }, limitsWith({ rejectOlderThanMs: 0 }), NOW + 60_000);
    expect(stored.map((x) => x.timestampMs)).to.deep.equal(original.map(() => NOW));
    expect(stored.map((x) => Array.from(x.profile.values))).to.deep.equal(original.map((x) => Array.from(x.profile.values)));
    for (const c of calls) c.resolve();
    await p;
  });

  it('passes a profile that has a time as it was sent', async () => {
    const { distributor, calls } = await setup();
    const p = distributor.push({ tenant: 't' }, request('checkout'));
    await settled(Promise.resolve());
    expect(Buffer.from(calls[0]!.request.series![0]!.samples![0]!.rawProfile!).equals(goCpu)).to.equal(true);
    for (const c of calls) c.resolve();
    await p;
  });

  it("forwards the client's bytes as received to every replica when nothing was stamped, and otherwise one encoding shared by the replicas", async () => {
    const { distributor, calls } = await setup();
    const wire = push.v1.PushRequest.encode(request('checkout')).finish();
    const p = distributor.push({ tenant: 't' }, decodePushRequest(wire, limitsWith()));
    await settled(Promise.resolve());
    expect(calls).to.have.length(3);
    for (const c of calls) expect(c.encoded, `what ${c.ingester} is sent`).to.deep.equal([wire]).and.satisfy((parts: Uint8Array[]) => parts[0] === wire);
    for (const c of calls) c.resolve();
    await p;

    const stamped = distributor.push({ tenant: 't' }, push.v1.PushRequest.create({ series: [{ labels: [{ name: 'service_name', value: 'py' }], samples: [{ rawProfile: pyspy }] }] }));
    await settled(Promise.resolve());
    const sent = calls.slice(3);
    expect(sent).to.have.length(3);
    expect(sent[1]!.encoded).to.equal(sent[0]!.encoded);
    expect(sent[2]!.encoded).to.equal(sent[0]!.encoded);
    // The client's raw profile is sent as it came, its stamp after it: neither is copied into one buffer.
    expect(sent[0]!.encoded, 'the parts sent').to.include(pyspy);
    expect(Buffer.concat([pyspy, profileTimeStamp(pyspy, 0, NOW)!]).equals(Buffer.from(sent[0]!.request.series[0]!.samples![0]!.rawProfile!))).to.equal(true);
    for (const c of sent) c.resolve();
    await stamped;
  });
});
