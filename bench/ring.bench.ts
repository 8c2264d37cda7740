// Ring benchmarks (make bench): JSON lines {"name","value","unit"}.
//
// 1. Replica lookups per second (RF=3, 100 instances × 128 tokens), writes and reads.
// 2. Serialized ring size: 300 and 1,000 instances × 128 tokens (ConfigMap limit 1 MiB).
// 3. Ring churn on the test Kubernetes API server, through a byte-counting TCP proxy in front of it:
//    N simulated instances renewing their heartbeat Lease every period, each also watching the ring
//    ConfigMap (as a lifecycler does), plus R readers (distributors) watching the ConfigMap and listing the
//    Leases every refresh period. Measured over a window, then extrapolated to 1,000 instances × 50 readers
//    with the heartbeat timeout's refresh (timeout/2). Also measured: the bytes one Lease watch would send
//    per renewal (the alternative to listing), and the time for a state change to reach every reader.
//
// 4. Fan-out of a state change at 1,000 instances (issue 13 aim 5), on the test API server through the
//    byte-counting proxy, real watches: a 1,000 × 128-token ring; first the baseline, 50 plain watches of the
//    whole ConfigMap parsing ring.json on each event (what every watcher got before the change annotation);
//    then 50 ConfigMapRingStore readers (metadata watch + change annotation). Per change: the bytes the API
//    server sent the watchers, divided by the watchers, × 1,050 (1,000 lifecyclers + 50 readers: every
//    store watches the same way), and each reader's delay from the write's start to its watch callback.
//
// Environment overrides (for a quicker run): RING_BENCH_INSTANCES, RING_BENCH_READERS, RING_BENCH_WINDOW_MS,
// RING_BENCH_FANOUT_CHANGES, RING_BENCH_ONLY.
import * as k8s from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import { ConfigMapRingStore, RING_LABEL } from '../ingester/src/ring/kv/configmap.ts';
import { serializeRing, type RingDesc } from '../ingester/src/ring/model.ts';
import { RingIndex, type ReplicationConfig } from '../ingester/src/ring/replication.ts';
import { instance } from '../ingester/src/ring/testing.ts';
import { randomTokens } from '../ingester/src/ring/tokens.ts';
import { parseRing } from '../ingester/src/ring/model.ts';
import { RING_DATA_KEY } from '../ingester/src/ring/kv/configmap.ts';
import { startKube } from '../test/ring/helpers.ts';
import { countingProxy, viaProxy as pointedAt } from '../test/ring/counting-proxy.ts';
import type { InstanceDesc } from '../ingester/src/ring/model.ts';

const emit = (name: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, ...extra }));

function makeRing(n: number, tokens = 128): RingDesc {
  const desc: RingDesc = { instances: {} };
  const taken = new Set<number>();
  for (let i = 0; i < n; i++) {
    const t = randomTokens(tokens, taken);
    for (const x of t) taken.add(x);
    desc.instances[`ingester-${i}`] = instance(`ingester-${i}`, { addr: `ingester-${i}.ingester.profiles.svc.cluster.local:9095`, zone: `zone-${i % 3}`, tokens: t, heartbeatMs: Date.now() });
  }
  return desc;
}

function lookups(): void {
  const index = new RingIndex(makeRing(100));
  const cfg: ReplicationConfig = { replicationFactor: 3, heartbeatTimeoutMs: 60_000, zoneAwarenessEnabled: false };
  const keys = new Uint32Array(1 << 20);
  for (let i = 0; i < keys.length; i++) keys[i] = (Math.random() * 2 ** 32) >>> 0;
  const buf: InstanceDesc[] = [];
  const now = Date.now();
  for (const op of ['write', 'read'] as const) {
    for (let i = 0; i < 200_000; i++) index.get(keys[i & (keys.length - 1)]!, op, cfg, now, buf); // warm up
    const rounds = 3_000_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) index.get(keys[i & (keys.length - 1)]!, op, cfg, now, buf);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    emit(`ring_lookups_per_second_${op}_rf3_100x128`, rounds / seconds, 'lookups/s');
  }
  const zoned = { ...cfg, zoneAwarenessEnabled: true };
  const rounds = 1_000_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) index.get(keys[i & (keys.length - 1)]!, 'write', zoned, now, buf);
  emit('ring_lookups_per_second_write_rf3_100x128_zone_aware', rounds / (Number(process.hrtime.bigint() - start) / 1e9), 'lookups/s');
}

function sizes(): void {
  for (const n of [300, 1000]) emit(`ring_serialized_bytes_${n}x128`, Buffer.byteLength(serializeRing(makeRing(n))), 'bytes', { limit: 1024 * 1024 });
  const perInstance = Buffer.byteLength(serializeRing(makeRing(100))) / 100;
  emit('ring_max_instances_in_1mib_configmap_128_tokens', Math.floor((1024 * 1024 - 200) / perInstance), 'instances');
}

async function churn(): Promise<void> {
  const instances = Number(process.env.RING_BENCH_INSTANCES ?? 300);
  const readers = Number(process.env.RING_BENCH_READERS ?? 50);
  const windowMs = Number(process.env.RING_BENCH_WINDOW_MS ?? 20_000);
  const periodMs = 5000;
  const refreshMs = 4000; // shortened from timeout/3 = 20 s so that several rounds happen inside the window; scaled below
  const kube = await startKube();
  const proxy = await countingProxy(kube.api.port);
  const base = kube.kubeConfig();
  // A second proxy carries only the requests whose size is measured one by one.
  const probe = await countingProxy(kube.api.port);
  const viaProxy = (port = proxy.port) => pointedAt(base, port);
  const stores: ConfigMapRingStore[] = [];
  const newStore = (port = proxy.port) => {
    const s = new ConfigMapRingStore({ kubeConfig: viaProxy(port), namespace: 'default', name: 'ring', heartbeatRefreshMs: refreshMs, registry: new Registry(), backoff: { minMs: 5, maxMs: 1000, maxAttempts: 100 } });
    stores.push(s);
    return s;
  };
  try {
    // The ring, written once (as the operator and lifecyclers would over time).
    const desc = makeRing(instances);
    await newStore().cas(() => desc);
    const ringBytes = Buffer.byteLength(serializeRing(desc));

    // Simulated instances only renew their Leases here: in a real cluster each lifecycler also watches the
    // ring ConfigMap in its own process (its cost per state change is reported below), which in this one
    // process would only compete with the readers for the CPU.
    const members = Array.from({ length: instances }, () => newStore());
    for (let i = 0; i < members.length; i += 25) await Promise.all(members.slice(i, i + 25).map((m, k) => m.heartbeat(`ingester-${i + k}`, Date.now())));
    const latest: Array<RingDesc | null> = Array(readers).fill(null);
    const readerStores = Array.from({ length: readers }, () => newStore());
    readerStores.forEach((r, i) => r.watch((d) => (latest[i] = d)));
    const deadline = Date.now() + 30_000;
    while (latest.some((d) => !d || Object.keys(d.instances).length !== instances)) {
      if (Date.now() > deadline) throw new Error('readers did not sync');
      await new Promise((r) => setTimeout(r, 50));
    }

    // Steady state: heartbeats spread over the period; readers list Leases every refreshMs.
    const startDown = proxy.toClients();
    const startUp = proxy.toServer();
    let renewals = 0;
    let failures = 0;
    const timers = members.map((m, i) => {
      const beat = () => m.heartbeat(`ingester-${i}`, Date.now()).then(() => renewals++, () => failures++);
      const first = setTimeout(() => {
        void beat();
        timers.push(setInterval(beat, periodMs));
      }, (i / members.length) * periodMs);
      return first;
    });
    const started = Date.now();
    await new Promise((r) => setTimeout(r, windowMs));
    const seconds = (Date.now() - started) / 1000;
    for (const t of timers) clearTimeout(t);
    const down = proxy.toClients() - startDown;
    const up = proxy.toServer() - startUp;
    emit('ring_churn_lease_renewals_per_second', renewals / seconds, 'writes/s', { instances, periodMs, failures });
    emit('ring_churn_measured_bytes_per_second_to_clients', down / seconds, 'B/s', { instances, readers, periodMs, refreshMs, windowMs });
    emit('ring_churn_measured_bytes_per_second_to_server', up / seconds, 'B/s', { instances, readers });

    // Per-operation costs, each measured alone through the probe proxy (keep-alive connection warmed first).
    const meter = newStore(probe.port);
    await meter.heartbeat('ingester-0', Date.now());
    await meter.listLeaseBeats();
    const measure = async (fn: () => Promise<unknown>, times: number) => {
      const d0 = probe.toClients();
      const u0 = probe.toServer();
      for (let i = 0; i < times; i++) await fn();
      return { down: (probe.toClients() - d0) / times, up: (probe.toServer() - u0) / times };
    };
    const renew = await measure(() => meter.heartbeat('ingester-0', Date.now()), 20);
    const list = await measure(() => meter.listLeaseBeats(), 5);
    const summaryRead = await measure(() => meter.refreshHeartbeats(), 5);
    emit('ring_lease_renewal_bytes', renew.down + renew.up, 'bytes', { down: Math.round(renew.down), up: Math.round(renew.up) });
    emit('ring_lease_list_bytes', list.down + list.up, 'bytes', { instances, perInstance: Math.round(list.down / instances) });
    emit('ring_heartbeat_summary_read_bytes', summaryRead.down + summaryRead.up, 'bytes', { instances, perInstance: Math.round(summaryRead.down / instances) });

    // A Lease watch would send every renewal to every reader: bytes per event, measured on one watch.
    let watchEvents = 0;
    const abort = await new k8s.Watch(viaProxy(probe.port)).watch(`/apis/coordination.k8s.io/v1/namespaces/default/leases`, { labelSelector: `${RING_LABEL}=ring` }, () => watchEvents++, () => undefined);
    const synced = Date.now() + 10_000;
    while (watchEvents < instances && Date.now() < synced) await new Promise((r) => setTimeout(r, 20));
    const eventsBase = watchEvents;
    const wBase = probe.toClients();
    for (let i = 0; i < 20; i++) await members[i]!.heartbeat(`ingester-${i}`, Date.now());
    const until = Date.now() + 5000;
    while (watchEvents - eventsBase < 20 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const perEvent = (probe.toClients() - wBase) / Math.max(1, watchEvents - eventsBase);
    abort.abort();
    emit('ring_lease_watch_bytes_per_event', perEvent, 'bytes', { events: watchEvents - eventsBase });

    // Time for a state change to reach every reader.
    const reach: number[] = [];
    for (let k = 0; k < 5; k++) {
      const state = k % 2 === 0 ? 'LEAVING' : 'ACTIVE';
      const t0 = Date.now();
      await members[1]!.cas((d) => ((d.instances['ingester-1']!.state = state), d));
      const until2 = Date.now() + 20_000;
      while (latest.some((d) => d?.instances['ingester-1']?.state !== state)) {
        if (Date.now() > until2) throw new Error('state change did not reach every reader');
        await new Promise((r) => setTimeout(r, 5));
      }
      reach.push(Date.now() - t0);
    }
    reach.sort((a, b) => a - b);
    emit('ring_state_change_to_all_readers_p50', reach[2]!, 'ms', { readers, ringBytes });
    emit('ring_state_change_to_all_readers_max', reach[4]!, 'ms', { readers, ringBytes });

    // Extrapolation to 1,000 instances × 50 readers, heartbeat 5 s, timeout 60 s: one elected reader lists
    // the Leases every 20 s (timeout/3) and publishes the summary, every reader reads it every 10 s.
    const N = 1000;
    const R = 50;
    const refresh = 20;
    const renewalsBps = (N / 5) * (renew.down + renew.up);
    const leaderListBps = ((list.down / instances) * N + list.up) / refresh;
    const summaryBytes1000 = (summaryRead.down / instances) * N;
    const summaryPublishBps = summaryBytes1000 / refresh;
    const summaryReadsBps = (R * (summaryBytes1000 + summaryRead.up)) / (refresh / 2);
    const electionBps = (R * (renew.down + renew.up)) / refresh;
    const everyReaderListsBps = (R * ((list.down / instances) * N + list.up)) / refresh;
    const watchAltBps = (N / 5) * R * Math.max(perEvent, 0);
    const ringBytes1000 = (ringBytes / instances) * N;
    const total = renewalsBps + leaderListBps + summaryPublishBps + summaryReadsBps + electionBps;
    emit('ring_extrapolated_1000x50_lease_renewal_bytes_per_second', renewalsBps, 'B/s', { writesPerSecond: N / 5 });
    emit('ring_extrapolated_1000x50_heartbeat_aggregation_bytes_per_second', leaderListBps + summaryPublishBps + electionBps, 'B/s', { listEveryMs: refresh * 1000 });
    emit('ring_extrapolated_1000x50_summary_reads_bytes_per_second', summaryReadsBps, 'B/s', { readEveryMs: (refresh / 2) * 1000 });
    emit('ring_extrapolated_1000x50_steady_total_bytes_per_second', total, 'B/s', { budget: 1_000_000 });
    emit('ring_extrapolated_1000x50_alternative_every_reader_lists_bytes_per_second', renewalsBps + everyReaderListsBps, 'B/s', { listEveryMs: refresh * 1000 });
    emit('ring_extrapolated_1000x50_alternative_lease_watch_bytes_per_second', renewalsBps + watchAltBps, 'B/s', { note: 'if readers watched Leases' });
    emit('ring_extrapolated_1000_configmap_bytes_per_state_change', ringBytes1000 * (N + R), 'bytes', { ringBytes: Math.round(ringBytes1000), watchers: N + R, note: 'computed: the whole ring to every watcher, as before the change annotation (measured now: ring_fanout_1000_*)' });
    emit('ring_live_heartbeat_max_staleness_at_readers', 5 + refresh * 2, 's', { timeout: 60, note: 'period + 1.5 refresh (summary age) + refresh/2 (read cadence): a live instance never looks UNHEALTHY' });
    emit('ring_detect_unhealthy_worst_case', 1, 'x timeout', { note: 'readers never hold a heartbeat newer than the last renewal' });
  } finally {
    await Promise.all(stores.map((s) => s.close()));
    await proxy.close();
    await probe.close();
    await kube.stop();
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function fanout(): Promise<void> {
  const N = 1000;
  const R = 50;
  const WATCHERS_AT_SCALE = N + R;
  const changes = Number(process.env.RING_BENCH_FANOUT_CHANGES ?? 20);
  const kube = await startKube();
  const watchProxy = await countingProxy(kube.api.port);
  const writerProxy = await countingProxy(kube.api.port);
  const stores: ConfigMapRingStore[] = [];
  const newStore = (kc: k8s.KubeConfig) => {
    // Refresh far beyond the run: only the ring's watch moves bytes while changes are measured.
    const s = new ConfigMapRingStore({ kubeConfig: kc, namespace: 'default', name: 'ring', heartbeatRefreshMs: 3_600_000, registry: new Registry() });
    stores.push(s);
    return s;
  };
  try {
    const writer = newStore(pointedAt(kube.kubeConfig(), writerProxy.port));
    const desc = makeRing(N);
    await writer.cas(() => desc);
    const ringBytes = Buffer.byteLength(serializeRing(desc));
    type Target = { id: string; state: string; t0: number; arrived: number[] };
    let target: Target | null = null;
    const arrive = (i: number, d: RingDesc) => {
      if (target && target.arrived[i] === undefined && d.instances[target.id]?.state === target.state) target.arrived[i] = performance.now() - target.t0;
    };
    /** Runs `count` state changes (one instance flips ACTIVE ⇄ LEAVING); per change, waits for every watcher. */
    const run = async (count: number, watchers: number) => {
      const perReader: number[] = [];
      const toAll: number[] = [];
      let writerBytes = 0;
      const writeMs: number[] = [];
      /** From the write's response to each reader: the watch's share (an event may beat the response: 0). */
      const afterAck: number[] = [];
      const d0 = watchProxy.toClients();
      const cpu0 = process.cpuUsage();
      for (let c = 0; c < count; c++) {
        const id = `ingester-${(c * 37) % N}`;
        const state = (await writer.get({ staleHeartbeatsOk: true })).desc.instances[id]!.state === 'ACTIVE' ? 'LEAVING' : 'ACTIVE';
        const t = (target = { id, state, t0: performance.now(), arrived: [] });
        const w0 = writerProxy.toClients() + writerProxy.toServer();
        await writer.cas((d) => ((d.instances[id]!.state = state), d));
        writerBytes += writerProxy.toClients() + writerProxy.toServer() - w0;
        writeMs.push(performance.now() - t.t0);
        const until = Date.now() + 60_000;
        while (t.arrived.filter((x) => x !== undefined).length < watchers) {
          if (Date.now() > until) throw new Error(`change ${c} did not reach every watcher`);
          await new Promise((r) => setTimeout(r, 2));
        }
        perReader.push(...t.arrived);
        const acked = writeMs[writeMs.length - 1]!;
        afterAck.push(...t.arrived.map((x) => Math.max(0, x - acked)));
        toAll.push(Math.max(...t.arrived));
        target = null;
      }
      perReader.sort((a, b) => a - b);
      toAll.sort((a, b) => a - b);
      writeMs.sort((a, b) => a - b);
      afterAck.sort((a, b) => a - b);
      const cpu = process.cpuUsage(cpu0);
      const cpuMsPerChange = (cpu.user + cpu.system) / 1000 / count;
      return { cpuMsPerChange, writeMs, afterAck, bytesPerWatcher: (watchProxy.toClients() - d0) / watchers / count, perReader, toAll, writerBytes: writerBytes / count };
    };
    const latest: Array<RingDesc | null> = Array(R).fill(null);

    // Baseline: plain watches of the whole ConfigMap, each event's ring.json parsed (the store before).
    const aborts: AbortController[] = [];
    for (let i = 0; i < R; i++) {
      aborts.push(
        await new k8s.Watch(pointedAt(kube.kubeConfig(), watchProxy.port)).watch(
          '/api/v1/namespaces/default/configmaps',
          { fieldSelector: 'metadata.name=ring' },
          (type, obj: k8s.V1ConfigMap) => {
            if (type !== 'ADDED' && type !== 'MODIFIED') return;
            const d = parseRing(obj.data?.[RING_DATA_KEY] ?? '');
            latest[i] = d;
            arrive(i, d);
          },
          () => undefined,
        ),
      );
    }
    const synced = Date.now() + 120_000;
    while (latest.some((d) => !d)) {
      if (Date.now() > synced) throw new Error('baseline watchers did not sync');
      await new Promise((r) => setTimeout(r, 20));
    }
    const before = await run(Math.max(3, Math.round(changes / 4)), R);
    for (const a of aborts) a.abort();
    latest.fill(null);

    // Now: the ring store's own watch (metadata + change annotation).
    const readers = Array.from({ length: R }, () => newStore(pointedAt(kube.kubeConfig(), watchProxy.port)));
    readers.forEach((r, i) =>
      r.watch((d) => {
        latest[i] = d;
        arrive(i, d);
      }),
    );
    while (latest.some((d) => !d || Object.keys(d.instances).length !== N)) {
      if (Date.now() > synced + 120_000) throw new Error('readers did not sync');
      await new Promise((r) => setTimeout(r, 20));
    }
    const after = await run(changes, R);

    const atScale = (perWatcher: number) => perWatcher * WATCHERS_AT_SCALE;
    emit('ring_fanout_1000_bytes_to_watchers_per_state_change_baseline_whole_configmap', atScale(before.bytesPerWatcher), 'bytes', { perWatcher: Math.round(before.bytesPerWatcher), watchers: WATCHERS_AT_SCALE, measuredWatchers: R, ringBytes });
    emit('ring_fanout_1000_bytes_to_watchers_per_state_change', atScale(after.bytesPerWatcher), 'bytes', {
      perWatcher: Math.round(after.bytesPerWatcher),
      watchers: WATCHERS_AT_SCALE,
      measuredWatchers: R,
      aim: 10_000_000,
      baselineRatio: Math.round((before.bytesPerWatcher / after.bytesPerWatcher) * 10) / 10,
    });
    emit('ring_fanout_1000_writer_bytes_per_state_change', after.writerBytes, 'bytes', { note: 'the writer\'s replace of the whole ConfigMap and its response, both ways' });
    emit('ring_fanout_1000_state_change_to_each_of_50_readers_p99', quantile(after.perReader, 0.99), 'ms', { p50: Math.round(quantile(after.perReader, 0.5)), samples: after.perReader.length, aim: 1000, baselineP99: Math.round(quantile(before.perReader, 0.99)), baselineP50: Math.round(quantile(before.perReader, 0.5)), writeP50: Math.round(quantile(after.writeMs, 0.5)), writeP99: Math.round(quantile(after.writeMs, 0.99)) });
    emit('ring_fanout_1000_state_change_from_write_acknowledged_to_each_of_50_readers_p99', quantile(after.afterAck, 0.99), 'ms', { p50: Math.round(quantile(after.afterAck, 0.5)), baselineP99: Math.round(quantile(before.afterAck, 0.99)), baselineP50: Math.round(quantile(before.afterAck, 0.5)) });
    emit('ring_fanout_1000_cpu_ms_per_state_change_server_writer_and_50_readers', after.cpuMsPerChange, 'ms', { baseline: Math.round(before.cpuMsPerChange), note: 'one process: the test API server, the writer and the 50 watchers' });
    emit('ring_fanout_1000_state_change_to_all_50_readers_p99', quantile(after.toAll, 0.99), 'ms', { p50: Math.round(quantile(after.toAll, 0.5)), changes: after.toAll.length, baselineP99: Math.round(quantile(before.toAll, 0.99)), baselineChanges: before.toAll.length });
  } finally {
    await Promise.all(stores.map((s) => s.close()));
    await watchProxy.close();
    await writerProxy.close();
    await kube.stop();
  }
}

// RING_BENCH_ONLY=fanout (or lookups, sizes, churn) runs one section.
const only = process.env.RING_BENCH_ONLY;
if (!only || only === 'lookups') lookups();
if (!only || only === 'sizes') sizes();
if (!only || only === 'churn') await churn();
if (!only || only === 'fanout') await fanout();
process.exit(0);
