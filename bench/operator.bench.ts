// Operator figures on the test cluster (real API server, controllers, kubelet running real ingester,
// distributor and querier processes; the operator in this process with the production controller):
//   - reconcile latency from applying an IngesterCluster to Available=True;
//   - rolling-upgrade time per ingester for N ingesters holding a filled head each, with steady load
//     during the rollout: pushes failed and acknowledged profiles missing afterwards (both must be 0);
//   - operator_rollout_zone_aware_seconds: the same 6 ingesters rolled zone-aware (3 zones, a zone at a
//     time) against one at a time (the baseline, measured in the same run), each on a fresh test cluster,
//     under load with small heads (test/operator/rollout-run.ts, shared with test/operator/zone-rollout.test.ts).
// Prints JSON lines {"name","value","unit",…}. Flags: -ingesters=3,6 (0: none) -head-mb=100 -fill-seconds=60 -zone-ingesters=6
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { Registry } from 'prom-client';
import { FlagSet } from '../ingester/src/util/flags.ts';
import { silentLogger } from '../ingester/src/util/log.ts';
import { parseRing } from '../ingester/src/ring/model.ts';
import { push } from '../ingester/src/gen/index.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fs = new FlagSet('operator.bench', 'Operator rollout benchmark');
const ingesterCounts = fs.define('ingesters', 'list', ['3', '6'], 'Cluster sizes to roll.');
const headMb = fs.define('head-mb', 'float', 100, 'Head size to fill each ingester with before rolling (best effort within -fill-seconds).');
const fillSeconds = fs.define('fill-seconds', 'duration', 60_000, 'Longest time spent filling heads.');
const zoneIngesters = fs.define('zone-ingesters', 'int', 6, 'Ingesters of the zone-aware vs one-at-a-time comparison (3 zones); 0 skips it.');
fs.parse(process.argv.slice(2), {});

const required = ['test/kube/cluster.ts', 'ingester/src/ring/kv/configmap.ts', 'ingester/src/roles/distributor', 'ingester/src/roles/querier'];
const missing = required.filter((p) => !existsSync(path.join(repo, p)));
if (missing.length) {
  console.log(JSON.stringify({ name: 'operator', error: `cannot run yet: ${missing.join(', ')} missing` }));
  process.exit(1);
}

const { startTestCluster } = await import('../test/kube/cluster.ts');
const { kubectl, eventually } = await import('../test/operator/helpers.ts');
const { startLoad, totalsPerSeq } = await import('../test/operator/load.ts');
const { IngesterClusterController } = await import('../operator/src/kube/controller.ts');
const { openRingStore } = await import('../operator/src/kube/ring-store.ts');

const emit = (name: string, value: number, unit: string, extra: Record<string, unknown> = {}) => console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, ...extra }));

interface Pod { metadata: { name: string; deletionTimestamp?: string }; status?: { podIP?: string; conditions?: { type: string; status: string }[] } }
const { PROFILES_DIR } = await import('../ingester/src/pprof/testdata.ts');
/** The largest test profile, stamped now: the ingesters reject profiles older than an hour (-validation.reject-older-than). */
function freshBigProfile(): Uint8Array {
  const profile = Profile.decode(gunzipSync(readFileSync(path.join(PROFILES_DIR, 'cpu_go_truncated_1.pb.gz'))));
  profile.timeNanos = BigInt(Date.now()) * 1_000_000n;
  return gzipSync(profile.encode());
}

for (const n of ingesterCounts().map(Number).filter((count) => count > 0)) {
  const cluster = await startTestCluster({});
  const controller = new IngesterClusterController({
    kubeConfig: cluster.kubeConfig, namespace: '', registry: new Registry(), log: silentLogger(), busyRequeueMs: 300, idleRequeueMs: 2000,
    ringStoreFor: (ns, name, timeoutMs) => openRingStore(cluster.kubeConfig, ns, name, timeoutMs, silentLogger()),
  });
  try {
    const kc = cluster.kubeconfigPath;
    const run = async (args: string[], input?: string) => {
      const r = await kubectl(kc, args, input);
      if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    const json = async <T>(args: string[]) => JSON.parse(await run([...args, '-o', 'json'])) as T;
    const readyIp = async (component: string) => (await json<{ items: Pod[] }>(['get', 'pods', '-l', `app.kubernetes.io/component=${component}`])).items
      .find((p) => !p.metadata.deletionTimestamp && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))?.status?.podIP;
    await run(['apply', '-f', path.join(repo, 'crds', 'ingestercluster.yaml')]);
    await eventually('the CRD', async () => (await kubectl(kc, ['get', 'ic'])).code === 0);
    await controller.start();

    const applied = Date.now();
    await run(['apply', '-f', '-'], `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: bench-bucket, namespace: default}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: ingester-cluster.dev/v1alpha1
kind: IngesterCluster
metadata: {name: bench, namespace: default}
spec:
  image: ingester-cluster/ingester:1
  replicas: ${n}
  ring: {heartbeatPeriod: 1s, heartbeatTimeout: 10s}
  storage: {backend: filesystem, filesystem: {path: /bucket, claimName: bench-bucket}}
  rollout: {flushTimeout: 10m}
  extraArgs: [-ingester.ring.min-ready-duration=1s]
`);
    await run(['wait', '--for=condition=Available', 'ic/bench', '--timeout=300s']);
    emit('operator.apply_to_available', (Date.now() - applied) / 1000, 's', { ingesters: n });
    await eventually('all ingesters ACTIVE', async () => {
      const cm = await json<{ data?: Record<string, string> }>(['get', 'configmap', 'bench-ring']);
      return Object.values(parseRing(cm.data?.['ring.json'] ?? '').instances).filter((i) => i.state === 'ACTIVE').length === n;
    }, 300_000, 500);

    // Fill heads with a large profile under many series (RF=3: each series lands on 3 ingesters), at most 1,000
    // of them: the load below adds a series per push, and the tenant's series limit
    // (-ingester.max-global-series-per-tenant, 5,000) would refuse pushes (429) the rollout is not to blame for.
    const distributor = await eventually('a ready distributor', () => readyIp('distributor'));
    const bigProfile = freshBigProfile();
    const fillUntil = Date.now() + fillSeconds();
    const targetBytes = headMb() * 1e6;
    let headBytes = 0;
    for (let i = 0; Date.now() < fillUntil; i++) {
      const body = push.v1.PushRequest.encode({ series: [{ labels: [{ name: '__name__', value: 'process_cpu' }, { name: 'service_name', value: `fill-${i % 50}` }, { name: 'i', value: String(i % 1000) }], samples: [{ rawProfile: bigProfile, ID: randomUUID() }] }] }).finish();
      await fetch(`http://${distributor}:4040/push.v1.PusherService/Push`, { method: 'POST', headers: { 'Content-Type': 'application/proto' }, body }).then((r) => r.arrayBuffer()).catch(() => undefined);
      if (i % 50 === 49) {
        const ips = (await json<{ items: Pod[] }>(['get', 'pods', '-l', 'app.kubernetes.io/component=ingester'])).items.map((p) => p.status?.podIP).filter(Boolean);
        const statuses = await Promise.all(ips.map((ip) => fetch(`http://${ip}:4040/ingester/status`).then((r) => r.json() as Promise<{ headBytes: number }>).catch(() => ({ headBytes: 0 }))));
        headBytes = Math.min(...statuses.map((s) => s.headBytes));
        if (headBytes >= targetBytes) break;
      }
    }

    const started = Date.now();
    // startLoad takes host:port, as the e2e test gives it.
    let target = `${distributor}:4040`;
    const load = startLoad(() => target, 20);
    const refresh = setInterval(() => void readyIp('distributor').then((ip) => (target = ip ? `${ip}:4040` : target)), 1000);
    await run(['patch', 'ic', 'bench', '--type=merge', '-p', '{"spec":{"image":"ingester-cluster/ingester:2"}}']);
    await eventually('the rollout to finish', async () => {
      const c = await json<{ metadata: { generation: number }; status?: { observedGeneration?: number; updatedReplicas?: number; conditions?: { type: string; status: string }[] } }>(['get', 'ic', 'bench']);
      return c.status?.observedGeneration === c.metadata.generation && c.status?.updatedReplicas === n && c.status?.conditions?.find((x) => x.type === 'Progressing')?.status === 'False';
    }, 60 * 60_000, 500);
    const rolloutSeconds = (Date.now() - started) / 1000;
    clearInterval(refresh);
    const result = await load.stop();
    const querier = await eventually('a ready querier', () => readyIp('querier'));
    const totals = await totalsPerSeq(`${querier}:4040`, started - 60_000, Date.now() + 60_000).catch(() => new Map<string, number>());
    const lost = result.acknowledged.filter((seq) => !totals.has(String(seq))).length;
    emit('operator.rollout_seconds_per_ingester', rolloutSeconds / n, 's', { ingesters: n, head_mb_per_ingester: Math.round(headBytes / 1e5) / 10 });
    emit('operator.rollout_seconds_total', rolloutSeconds, 's', { ingesters: n });
    emit('operator.rollout_profiles_lost', lost, 'profiles', { ingesters: n, acknowledged: result.acknowledged.length });
    emit('operator.rollout_pushes_failed', result.failed.length, 'pushes', { ingesters: n, connection_retries: result.connectionRetries });
  } finally {
    await controller.stop().catch(() => undefined);
    await cluster.stop();
  }
}

// Zone-aware vs one at a time, in the same run: the same number of ingesters, the same load, fresh clusters.
if (zoneIngesters() > 0) {
  const { runRollout, startOperator } = await import('../test/operator/rollout-run.ts');
  const rollWith = async (zones: string[]) => {
    const cluster = await startTestCluster({});
    const stopOperator = await startOperator(cluster);
    try {
      return await runRollout(cluster, { name: zones.length ? 'zoned' : 'flat', replicas: zoneIngesters(), zones }, { createMs: 600_000, rolloutMs: 60 * 60_000 });
    } finally {
      await stopOperator().catch(() => undefined);
      await cluster.stop();
    }
  };
  const oneAtATime = await rollWith([]);
  const zoneAware = await rollWith(['a', 'b', 'c']);
  const details = (r: typeof zoneAware) => ({ steps: r.episodes.length, max_out_of_active: r.maxOut, pushes_failed: r.load.failed.length, profiles_lost: r.missing.length, acknowledged: r.load.acknowledged.length });
  emit('operator_rollout_zone_aware_seconds', zoneAware.seconds, 's', {
    ingesters: zoneIngesters(), zones: 3, baseline: Math.round(oneAtATime.seconds * 10) / 10, ratio: Math.round((zoneAware.seconds / oneAtATime.seconds) * 1000) / 1000,
    ...details(zoneAware), baseline_details: details(oneAtATime),
  });
}
