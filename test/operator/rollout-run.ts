// One rolling upgrade on the test cluster, watched from outside, for the zone-rollout e2e test and the operator
// bench: an IngesterCluster is created and brought to every ingester ACTIVE, then, under continuous load
// through the distributor, its image is changed and the rollout is timed until the status says it is done.
// Meanwhile a ring watcher (the ring's own store, as every ring client reads it) records each version of the
// ring: which instances are out of ACTIVE, and in which zones. Afterwards the querier is asked for every
// acknowledged profile.
//
// The operator runs in this process with the production controller (as bench/operator.bench.ts always did):
// the operator's own image, RBAC and leader election are what test/operator/e2e.test.ts covers, and two
// fewer containers keep this within the suite's budget on a shared 2-core machine.
import { Registry } from 'prom-client';
import type { RingDesc } from '../../ingester/src/ring/model.ts';
import { silentLogger } from '../../ingester/src/util/log.ts';
import { KubeClient, pathFor } from '../../operator/src/kube/client.ts';
import { IngesterClusterController } from '../../operator/src/kube/controller.ts';
import { openRingStore } from '../../operator/src/kube/ring-store.ts';
import type { TestCluster } from '../kube/cluster.ts';
import { crdFile, eventually, kubectlOk } from './helpers.ts';
import { startLoad, stampedProfile, totalsPerSeq, type LoadResult } from './load.ts';

export interface RolloutPlan {
  name: string;
  replicas: number;
  /** spec.zones; empty for a cluster that is not zone-aware (one ingester at a time). */
  zones: string[];
  /** Milliseconds between pushes of the load. */
  pushIntervalMs?: number;
}

/** A run of consecutive ring versions in which the instances out of ACTIVE were all in one zone. */
export interface ZoneEpisode {
  zone: string;
  /** The most instances of the zone out of ACTIVE at once. */
  maxOut: number;
}

export interface RolloutRun {
  seconds: number;
  load: LoadResult;
  /** Ring versions that had instances of more than one zone out of ACTIVE or absent (each as `id=STATE,…`). */
  crossZone: string[];
  /** The most instances out of ACTIVE at once, in any version. */
  maxOut: number;
  /** In order; zone '' when not zone-aware. */
  episodes: ZoneEpisode[];
  /** Pods whose uid did not change (not replaced). */
  notReplaced: string[];
  /** Acknowledged seqs the querier does not return, and those it returns with another total than one copy. */
  missing: number[];
  wrongTotals: string[];
  ringVersionsSeen: number;
  /** The instances out of ACTIVE, each time that set changed (`-` for none): what a failure message shows. */
  outSets: string[];
}

interface Pod {
  metadata: { name: string; uid: string; deletionTimestamp?: string };
  status?: { phase?: string; podIP?: string; conditions?: { type: string; status: string }[]; containerStatuses?: { restartCount?: number; state?: { waiting?: { reason?: string } } }[] };
}
interface Condition { type: string; status: string; message?: string }
interface Cluster { metadata: { generation: number }; status?: { observedGeneration?: number; updatedReplicas?: number; conditions?: Condition[] } }

/** Starts the in-process operator on `cluster` (CRD applied); returns its stop. */
export async function startOperator(cluster: TestCluster): Promise<() => Promise<void>> {
  await kubectlOk(cluster.kubeconfigPath, ['apply', '-f', crdFile]);
  const controller = new IngesterClusterController({
    kubeConfig: cluster.kubeConfig, namespace: '', registry: new Registry(), log: silentLogger(), busyRequeueMs: 300, idleRequeueMs: 2000,
    ringStoreFor: (ns, name, timeoutMs) => openRingStore(cluster.kubeConfig, ns, name, timeoutMs, silentLogger()),
  });
  await controller.start();
  return () => controller.stop();
}

/** Creates the IngesterCluster of `plan`, waits for every ingester ACTIVE, then rolls it under load. */
export async function runRollout(cluster: TestCluster, plan: RolloutPlan, timeouts = { createMs: 600_000, rolloutMs: 600_000 }): Promise<RolloutRun> {
  const kc = cluster.kubeconfigPath;
  const api = new KubeClient(cluster.kubeConfig);
  const { name } = plan;
  const pods = async (component: string): Promise<Pod[]> =>
    (await api.get<{ items: Pod[] }>(`${pathFor('Pod', 'default')}?labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name},app.kubernetes.io/component=${component}`)}`)).items;
  const readyAddr = async (component: string): Promise<string | undefined> => {
    const ready = (await pods(component)).find((p) => !p.metadata.deletionTimestamp && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
    return ready?.status?.podIP ? `${ready.status.podIP}:4040` : undefined;
  };
  const podSummary = async (): Promise<string> => (await pods('ingester')).map((p) => {
    const waiting = p.status?.containerStatuses?.[0]?.state?.waiting;
    return `${p.metadata.name} ${p.status?.phase ?? '?'}${waiting ? `/${waiting.reason}` : ''} restarts=${p.status?.containerStatuses?.[0]?.restartCount ?? 0}`;
  }).join(', ');
  // Small heads and short timeouts: blocks are cut every 5 s, so a leaving ingester has little to flush.
  await kubectlOk(kc, ['apply', '-f', '-'], `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: ${name}-bucket, namespace: default}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: ingester-cluster.dev/v1alpha1
kind: IngesterCluster
metadata: {name: ${name}, namespace: default}
spec:
  image: ingester-cluster/ingester:1
  replicas: ${plan.replicas}
${plan.zones.length ? `  zones: [${plan.zones.join(', ')}]\n` : ''}  ring: {heartbeatPeriod: 1s, heartbeatTimeout: 20s, tokensPerInstance: 32}
  storage: {backend: filesystem, filesystem: {path: /bucket, claimName: ${name}-bucket}}
  rollout: {flushTimeout: 60s}
  # The rollout figures are about the ingesters: no compactor container competing for the CPU (e2e.test.ts
  # runs one); disabled, its Deployment is kept at 0 replicas.
  compactor: {enabled: false}
  extraArgs: [-ingester.ring.min-ready-duration=1s, -ingester.max-block-duration=5s]
`);
  const store = openRingStore(cluster.kubeConfig, 'default', `${name}-ring`, 20_000, silentLogger());
  try {
    await eventually(`${plan.replicas} ACTIVE and Ready ingesters of ${name}`, async () => {
      const { desc } = await store.get();
      const states = Object.values(desc.instances).map((i) => i.state);
      // And every pod Ready, as the operator counts an ingester in service (controller/rollout.ts inService): a pod
      // ACTIVE in the ring whose readiness probe has not passed yet is out, so its zone would roll first.
      const ready = (await pods('ingester')).filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
      if (states.length === plan.replicas && states.every((s) => s === 'ACTIVE') && ready.length === plan.replicas) return true;
      throw new Error(`ring: ${Object.values(desc.instances).map((i) => `${i.id}=${i.state}`).join(', ') || 'empty'}; pods: ${await podSummary()}`);
    }, timeouts.createMs, 500);
    const before = new Map((await pods('ingester')).map((p) => [p.metadata.name, p.metadata.uid]));

    // Every version of the ring the watch delivers.
    const run = { crossZone: [] as string[], maxOut: 0, episodes: [] as ZoneEpisode[], ringVersionsSeen: 0, outSets: [] as string[] };
    let current: ZoneEpisode | undefined;
    // An instance missing from the ring is out too: a leaving ingester that has flushed removes its entry when
    // its pod stops, and the replacement registers again (PENDING, JOINING, ACTIVE).
    const members = Object.values((await store.get()).desc.instances).map((i) => ({ id: i.id, zone: i.zone }));
    const observe = (desc: RingDesc): void => {
      run.ringVersionsSeen++;
      const absent = members.filter((m) => !desc.instances[m.id]).map((m) => ({ ...m, state: 'ABSENT' }));
      const out = [...Object.values(desc.instances).filter((i) => i.state !== 'ACTIVE'), ...absent];
      run.maxOut = Math.max(run.maxOut, out.length);
      const outSet = out.map((i) => `${i.id}=${i.state}`).sort().join(',') || '-';
      if (run.outSets.at(-1) !== outSet) run.outSets.push(outSet);
      const zones = new Set(out.map((i) => i.zone));
      if (zones.size > 1) run.crossZone.push(out.map((i) => `${i.id}=${i.state}`).join(','));
      if (zones.size !== 1) {
        current = undefined;
        return;
      }
      const zone = [...zones][0]!;
      // Zone-aware, one episode per zone; one at a time, one episode per ingester (a new id out starts one).
      const key = plan.zones.length ? zone : out.map((i) => i.id).sort().join();
      if (!current || (plan.zones.length ? current.zone !== zone : !key.split(',').some((id) => current!.zone.split(',').includes(id)))) {
        current = { zone: plan.zones.length ? zone : key, maxOut: 0 };
        run.episodes.push(current);
      }
      current.maxOut = Math.max(current.maxOut, out.length);
    };
    const unwatch = store.watch(observe);

    let distributor = await eventually('a ready distributor', () => readyAddr('distributor'), 120_000, 500);
    const load = startLoad(() => distributor, plan.pushIntervalMs ?? 50);
    const refresh = setInterval(() => void readyAddr('distributor').then((a) => (distributor = a ?? distributor), () => undefined), 1000);
    let seconds = 0;
    let result: LoadResult = { acknowledged: [], failed: [], connectionRetries: 0 };
    try {
      await eventually('some acknowledged pushes before the upgrade', () => load.acknowledged() >= 5, 60_000);
      const started = Date.now();
      await kubectlOk(kc, ['patch', 'ic', name, '--type=merge', '-p', '{"spec":{"image":"ingester-cluster/ingester:2"}}']);
      await eventually(`the rollout of ${name} to finish`, async () => {
        const c = await api.get<Cluster>(pathFor('IngesterCluster', 'default', name));
        const progressing = c.status?.conditions?.find((x) => x.type === 'Progressing');
        if (c.status?.observedGeneration === c.metadata.generation && c.status?.updatedReplicas === plan.replicas && progressing?.status === 'False') return true;
        // Thrown so that a timeout says where the rollout stood.
        throw new Error(`updated ${c.status?.updatedReplicas}/${plan.replicas}, ${progressing?.message}; pods: ${await podSummary()}`);
      }, timeouts.rolloutMs, 250);
      seconds = (Date.now() - started) / 1000;
      result = await load.stop();
      // The ring and the pods are final: the watcher stops here, with the rollout.
    } finally {
      clearInterval(refresh);
      unwatch();
      await load.stop();
    }
    const after = new Map((await pods('ingester')).map((p) => [p.metadata.name, p.metadata.uid]));
    const notReplaced = [...before].filter(([pod, uid]) => after.get(pod) === uid).map(([pod]) => pod);

    // Exactly once: every acknowledged seq is returned with one copy's total (replicas de-duplicated).
    const querier = await eventually('a ready querier', () => readyAddr('querier'), 120_000, 500);
    const expected = stampedProfile(Date.now()).totals.get('cpu')!;
    const from = Date.now() - 60 * 60_000;
    let totals = new Map<string, number>();
    try {
      totals = await eventually('every acknowledged profile to be queryable', async () => {
        const t = await totalsPerSeq(querier, from, Date.now() + 60_000);
        return result.acknowledged.every((seq) => t.has(String(seq))) ? t : undefined;
      }, 60_000, 1000);
    } catch {
      totals = await totalsPerSeq(querier, from, Date.now() + 60_000);
    }
    const missing = result.acknowledged.filter((seq) => !totals.has(String(seq)));
    const wrongTotals = result.acknowledged.filter((seq) => totals.has(String(seq)) && totals.get(String(seq)) !== expected).map((seq) => `seq ${seq}: ${totals.get(String(seq))} (one copy is ${expected})`);
    return { seconds, load: result, notReplaced, missing, wrongTotals, ...run };
  } finally {
    await store.close();
  }
}
