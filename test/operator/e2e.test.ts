// End to end on the test cluster (API server + controllers + a kubelet that runs our images as real
// containers, with the securityContext the operator renders enforced: read-only root, non-root uid, no
// capabilities): the operator runs as a pod with only its RBAC (operator/rbac/), two replicas with leader
// election, and drives real ingester, distributor, querier and compactor pods (the compactor merging minute
// windows throughout, so the exactly-once checks hold with compaction running).
//
// The tests share one cluster and run in order (each builds on the state the previous one left), which
// keeps the suite within its time budget. The dead node comes last: it takes a third of the cluster away. They skip only when a module they need has not been written yet.
import { expect } from 'chai';
import path from 'node:path';
import { parseRing, type RingDesc } from '../../ingester/src/ring/model.ts';
import { tokensForOrdinal } from '../../operator/src/controller/tokens.ts';
import { KubeClient, pathFor } from '../../operator/src/kube/client.ts';
import { pvcFolder } from '../kube/kubelet/volumes.ts';
import { crdFile, denyWrites, eventually, kubectlOk, moduleExists, repoRoot, type KubectlResult } from './helpers.ts';
import { startLoad, stampedProfile, totalsPerSeq } from './load.ts';

const PREREQUISITES = ['test/kube/cluster.ts', 'ingester/src/main.ts', 'ingester/src/ring/kv/configmap.ts', 'ingester/src/roles/distributor', 'ingester/src/roles/querier'];
const missing = PREREQUISITES.filter((p) => !moduleExists(p));
const suite = missing.length ? describe.skip : describe;

type TestCluster = Awaited<ReturnType<typeof import('../kube/cluster.ts')['startTestCluster']>>;
interface Pod { metadata: { name: string; labels?: Record<string, string>; deletionTimestamp?: string }; spec: { nodeName?: string }; status?: { podIP?: string; conditions?: { type: string; status: string }[]; containerStatuses?: { restartCount?: number; containerID?: string }[] } }
interface Condition { type: string; status: string; reason?: string; message?: string }
interface Cluster {
  metadata: { generation: number };
  status?: { observedGeneration?: number; updatedReplicas?: number; readyReplicas?: number; conditions?: Condition[]; phase?: string; compactor?: { replicas?: number; readyReplicas?: number; lag?: string; lastSuccessfulPassTime?: string } };
}

suite(`operator e2e on the test cluster${missing.length ? ` (skipped until these exist: ${missing.join(', ')})` : ''}`, function () {
  this.timeout(300_000);
  let cluster: TestCluster;
  let kc: string;
  const run = (args: string[], input?: string): Promise<KubectlResult> => kubectlOk(kc, args, input);
  const getJson = async <T>(args: string[]): Promise<T> => JSON.parse((await run([...args, '-o', 'json'])).stdout) as T;
  // Frequent reads go through an in-process client: spawning kubectl every 100 ms would starve the machine.
  const api = () => new KubeClient(cluster.kubeConfig);
  const pods = async (selector: string, ns = 'default') => (await api().get<{ items: Pod[] }>(`${pathFor('Pod', ns)}?labelSelector=${encodeURIComponent(selector)}`)).items;
  const isReady = (p: Pod) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  const ring = async (name = 'demo-ring'): Promise<RingDesc> => parseRing((await api().get<{ data?: Record<string, string> }>(pathFor('ConfigMap', 'default', name))).data?.['ring.json'] ?? '');
  const condition = (c: Cluster, type: string) => c.status?.conditions?.find((x) => x.type === type);
  const ic = (name = 'demo') => api().get<Cluster>(pathFor('IngesterCluster', 'default', name));
  const podAddr = async (component: string) => {
    const ready = (await pods(`app.kubernetes.io/instance=demo,app.kubernetes.io/component=${component}`)).find((p) => isReady(p) && !p.metadata.deletionTimestamp);
    return ready?.status?.podIP ? `${ready.status.podIP}:4040` : undefined;
  };

  let rollout: { started: number; acknowledged: number[] } | undefined;

  before(async () => {
    const { startTestCluster, clusterLogger } = await import('../kube/cluster.ts');
    cluster = await startTestCluster({ log: clusterLogger() });
    kc = cluster.kubeconfigPath;
    await run(['apply', '-f', crdFile]);
    await run(['apply', '-f', path.join(repoRoot, 'operator', 'rbac')]);
    // Both namespaces enforce Pod Security "restricted", as a hardened cluster does: the operator's Deployment
    // and every pod the operator renders must pass it.
    for (const ns of ['default', 'ingester-cluster-system']) await run(['label', 'namespace', ns, 'pod-security.kubernetes.io/enforce=restricted', '--overwrite']);
    await run(['apply', '-f', path.join(repoRoot, 'operator', 'deploy', 'operator.yaml')]);
    // Shorter lease and requeue than production, so a killed leader is replaced within seconds.
    await run(['set', 'env', '-n', 'ingester-cluster-system', 'deployment/ingester-cluster-operator',
      'OPERATOR_LEADER_ELECTION_LEASE_DURATION=4s', 'OPERATOR_LEADER_ELECTION_RENEW_DEADLINE=3s', 'OPERATOR_LEADER_ELECTION_RETRY_PERIOD=500ms',
      'OPERATOR_RECONCILE_BUSY_REQUEUE=300ms', 'OPERATOR_RECONCILE_IDLE_REQUEUE=2s']);
    await eventually('two ready operator replicas', async () => (await pods('app.kubernetes.io/name=ingester-cluster-operator', 'ingester-cluster-system')).filter(isReady).length === 2, 240_000, 250);
  });

  after(async () => {
    await cluster?.stop();
  });

  it('the operator, with only its RBAC, brings an IngesterCluster to 3 ACTIVE ingesters and Available (kubectl wait)', async () => {
    // The bucket is a claim every ingester and querier mounts, as on a real cluster (root filesystems are
    // read-only; a path under /tmp would land in each pod's own /tmp emptyDir).
    const manifest = `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: demo-bucket, namespace: default}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: ingester-cluster.dev/v1alpha1
kind: IngesterCluster
metadata: {name: demo, namespace: default}
spec:
  image: ingester-cluster/ingester:1
  replicas: 3
  ring: {heartbeatPeriod: 1s, heartbeatTimeout: 20s, autoForgetAfter: 4s}
  storage: {backend: filesystem, filesystem: {path: /bucket, claimName: demo-bucket}}
  rollout: {flushTimeout: 60s}
  # Minute windows, a pass every 10 s and no first-level wait, so the compactor merges while the tests below push, roll and query.
  compactor: {blockRanges: [1m, 5m], compactionInterval: 10s, deletionDelay: 2m, firstLevelCompactionWaitPeriod: 0s}
  extraArgs: [-ingester.ring.min-ready-duration=1s, -ingester.max-block-duration=5s]
`;
    await run(['apply', '-f', '-'], manifest);
    await run(['wait', '--for=condition=Available', 'ic/demo', '--timeout=270s']);
    const desc = await eventually('3 ACTIVE instances', async () => {
      const d = await ring();
      return Object.values(d.instances).filter((i) => i.state === 'ACTIVE').length === 3 ? d : undefined;
    }, 60_000, 250);
    for (let i = 0; i < 3; i++) expect(desc.instances[`demo-ingester-${i}`]!.tokens).to.deep.equal(tokensForOrdinal(i, 128));
    // Real containers of the images, not processes: every pod of the cluster and the operator.
    // Available does not wait for every pod (a compactor pod may have just been created): wait until the kubelet has
    // started a container in each (status.containerStatuses[].containerID is set once it runs, kubelet's
    // convertToAPIContainerStatuses), then check which runtime ran them.
    const all = await eventually('a started container in every pod', async () => {
      const listed = [...(await pods('app.kubernetes.io/instance=demo')), ...(await pods('app.kubernetes.io/name=ingester-cluster-operator', 'ingester-cluster-system'))];
      return listed.every((p) => p.status?.containerStatuses?.[0]?.containerID) ? listed : undefined;
    }, 60_000, 250);
    expect(all.map((p) => p.status?.containerStatuses?.[0]?.containerID ?? 'none').filter((id) => !id.startsWith('podman://')), 'containers not run by podman').to.deep.equal([]);
    await eventually('kubectl get ic to show 3/3 ready and 3/3 in the ring', async () => {
      const out = (await run(['get', 'ic', 'demo'])).stdout;
      return /demo\s+3\/3\s+3\/3\s+1\s+Running/.test(out) ? out : undefined;
    }, 30_000, 250);
  });

  it('the compactor runs beside them: its pod is Ready, it answers the operator, and the status shows the compaction lag', async () => {
    const compactors = await eventually('a Ready compactor pod', async () => {
      const p = (await pods('app.kubernetes.io/instance=demo,app.kubernetes.io/component=compactor')).filter(isReady);
      return p.length === 1 ? p : undefined;
    }, 120_000, 250);
    expect(compactors[0]!.status?.containerStatuses?.[0]?.containerID).to.match(/^podman:\/\//);
    // No Role, no token: the compactor talks to the bucket only.
    const account = (await api().get<{ automountServiceAccountToken?: boolean }>(pathFor('ServiceAccount', 'default', 'demo-compactor')));
    expect(account.automountServiceAccountToken).to.equal(false);
    const c = await eventually('status.compactor with a lag and a successful pass', async () => {
      const got = await ic();
      return got.status?.compactor?.lag !== undefined && got.status.compactor.lastSuccessfulPassTime ? got : undefined;
    }, 120_000, 500);
    expect(c.status!.compactor).to.deep.include({ replicas: 1, readyReplicas: 1 });
    expect(c.status!.compactor!.lag).to.match(/^(0s|\d+m)$/);
    expect(condition(c, 'CompactionBehind')).to.deep.include({ status: 'False', reason: 'WithinMaxLag' });
    expect((await run(['get', 'ic', 'demo', '-o', 'wide'])).stdout).to.match(/COMPACTION LAG[\s\S]*demo\s.*\s(0s|\d+m)\s/);
  });

  it('a rolling upgrade under load keeps at most one ingester out of ACTIVE and fails no push, even when the leading operator is killed mid-rollout', async function () {
    // Generous: each step stops, flushes and starts a container; on a machine shared with other work that can
    // take minutes (a deadline costs nothing when the rollout is quick).
    this.timeout(600_000);
    const started = Date.now();
    let maxOut = 0;
    const outSnapshots: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        try {
          const d = await ring();
          const out = Object.values(d.instances).filter((i) => i.state !== 'ACTIVE');
          if (out.length > maxOut) {
            maxOut = out.length;
            outSnapshots.push(out.map((i) => `${i.id}=${i.state}`).join(','));
          }
        } catch {
          // a failed read is not an observation
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    let distributor = await podAddr('distributor');
    const load = startLoad(() => distributor);
    const refresh = setInterval(() => void podAddr('distributor').then((a) => (distributor = a ?? distributor)), 1000);
    try {
      await eventually('some acknowledged pushes before the upgrade', () => load.acknowledged() >= 5, 30_000);
      await run(['patch', 'ic', 'demo', '--type=merge', '-p', '{"spec":{"image":"ingester-cluster/ingester:2"}}']);
      // Once the first ingester has been replaced, kill the leading operator without a chance to release its lease.
      await eventually('the first ingester replaced', async () => ((await ic()).status?.updatedReplicas ?? 0) >= 1, 120_000, 250);
      const lease = await getJson<{ spec: { holderIdentity: string } }>(['get', 'lease', '-n', 'ingester-cluster-system', 'ingester-cluster-operator']);
      await run(['delete', 'pod', '-n', 'ingester-cluster-system', lease.spec.holderIdentity, '--grace-period=0', '--force']);
      await eventually('the rollout to finish', async () => {
        const c = await ic();
        if (c.status?.observedGeneration === c.metadata.generation && c.status?.updatedReplicas === 3 && condition(c, 'Progressing')?.status === 'False' && condition(c, 'Available')?.status === 'True') return true;
        // Thrown so that a timeout says where the rollout stood.
        throw new Error(`updated ${c.status?.updatedReplicas}/3, ${condition(c, 'Progressing')?.message}`);
      }, 540_000, 250);
    } finally {
      clearInterval(refresh);
      watching = false;
      await watcher;
    }
    const result = await load.stop();
    expect(result.failed, JSON.stringify(result.failed.slice(0, 5))).to.have.length(0);
    expect(result.acknowledged.length).to.be.greaterThan(10);
    expect(maxOut, `instances out of ACTIVE at once: ${outSnapshots.join(' | ')}`).to.be.at.most(1);
    rollout = { started, acknowledged: result.acknowledged };
  });

  it('after the rolling upgrade every acknowledged profile is queryable exactly once', async () => {
    if (!rollout) throw new Error('the rolling upgrade above did not complete, so there is nothing to check');
    const { started, acknowledged } = rollout!;
    const result = { acknowledged };
    const querier = await eventually('a ready querier', () => podAddr('querier'));
    const expected = stampedProfile(Date.now()).totals.get('cpu')!;
    const totals = await eventually('every acknowledged profile to be queryable', async () => {
      const t = await totalsPerSeq(querier, started - 60_000, Date.now() + 60_000);
      const missingSeqs = result.acknowledged.filter((seq) => !t.has(String(seq)));
      if (missingSeqs.length === 0) return t;
      throw new Error(`${missingSeqs.length} of ${result.acknowledged.length} acknowledged profiles not found (e.g. seq ${missingSeqs.slice(0, 5).join(', ')}); the querier returned ${t.size} series, e.g. ${JSON.stringify([...t].slice(0, 3))}`);
    }, 30_000, 1000);
    for (const seq of result.acknowledged) expect(totals.get(String(seq)), `profile seq=${seq}`).to.equal(expected);
    // ...while the compactor merged the replicas the ingesters uploaded under that load.
    const compactor = await eventually('a ready compactor', () => podAddr('compactor'));
    const merges = await eventually('the compactor to have merged blocks', async () => {
      const m = /^compactor_merges_total (\d+)/m.exec(await (await fetch(`http://${compactor}/metrics`)).text());
      return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
    }, 120_000, 1000);
    expect(merges).to.be.greaterThan(0);
  });

  it('scaling 3 → 5 joins the new ordinals with their assigned tokens, and 5 → 3 removes them after they flush', async () => {
    await run(['scale', 'ic/demo', '--replicas=5']);
    await eventually('5 ACTIVE instances', async () => Object.values((await ring()).instances).filter((i) => i.state === 'ACTIVE').length === 5, 120_000, 250);
    expect((await ring()).instances['demo-ingester-4']!.tokens).to.deep.equal(tokensForOrdinal(4, 128));
    await run(['scale', 'ic/demo', '--replicas=3']);
    await eventually('the ring back to 3 ACTIVE instances and 3 pods', async () => {
      const d = await ring();
      const ids = Object.keys(d.instances).sort();
      const p = await pods('app.kubernetes.io/instance=demo,app.kubernetes.io/component=ingester');
      return ids.join() === 'demo-ingester-0,demo-ingester-1,demo-ingester-2' && Object.values(d.instances).every((i) => i.state === 'ACTIVE') && p.length === 3;
    }, 120_000, 250);
    const events = (await run(['get', 'events', '--field-selector', 'involvedObject.name=demo'])).stdout;
    expect(events).to.contain('ScaleUp').and.contain('ScaleDown');
  });

  it('an unreachable bucket is reported as Degraded with reason UploadFailing, and clears when it is back', async () => {
    // The filesystem bucket is the claim's folder on this machine, bind-mounted into the ingester and querier
    // containers: taking the write permission from its folders makes every upload fail (EACCES).
    const bucket = pvcFolder(path.join(cluster.dataDir, 'kubelet'), 'default', 'demo-bucket');
    const giveBack = denyWrites(bucket);
    try {
      const distributor = await eventually('a ready distributor', () => podAddr('distributor'));
      const load = startLoad(() => distributor, 100);
      const degraded = await eventually('Degraded=True with reason UploadFailing', async () => {
        const c = condition(await ic(), 'Degraded');
        return c?.status === 'True' && c.reason === 'UploadFailing' ? c : undefined;
      }, 90_000, 500);
      const result = await load.stop();
      expect(degraded.message).to.match(/demo-ingester-\d/);
      expect(result.failed, 'pushes are still acknowledged while uploads fail').to.have.length(0);
    } finally {
      giveBack();
    }
    await eventually('UploadFailing to clear once the bucket is back', async () => condition(await ic(), 'Degraded')?.reason !== 'UploadFailing', 90_000, 500);
  });

  it('the instance of an ingester whose node died is forgotten after the limit', async () => {
    // The node to kill hosts an ingester and, if the scheduler allows, no operator replica: the test cluster's
    // scheduler ignores anti-affinity, and a node holding both operator replicas would take the operator down
    // with it, which is not what this case is about.
    const operatorNodes = new Set((await pods('app.kubernetes.io/name=ingester-cluster-operator', 'ingester-cluster-system')).map((p) => p.spec.nodeName));
    const ingesters = await pods('app.kubernetes.io/instance=demo,app.kubernetes.io/component=ingester');
    const victim = ingesters.find((p) => !operatorNodes.has(p.spec.nodeName)) ?? ingesters.find((p) => p.metadata.name === 'demo-ingester-0')!;
    const victimId = victim.metadata.name;
    await cluster.kubelet.killNode(victim.spec.nodeName!);
    await eventually('the dead instance to be reported', async () => condition(await ic(), 'Degraded')?.reason === 'RingUnhealthy', 60_000, 250);
    await eventually(`${victimId} forgotten from the ring`, async () => !(await ring()).instances[victimId], 60_000, 250);
    const events = (await run(['get', 'events', '--field-selector', 'involvedObject.name=demo'])).stdout;
    expect(events).to.contain('ForgetUnhealthy');
  });

});
