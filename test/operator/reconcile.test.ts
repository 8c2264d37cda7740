// The controller against the test API server, without pods: what it creates, that a second pass writes
// nothing, that status reaches /status, that ring entries are pre-registered with the ordinals' tokens.
// (Pods and rollouts are in e2e.test.ts, on the full test cluster.)
import { expect } from 'chai';
import { KubeClient, pathFor } from '../../operator/src/kube/client.ts';
import { tokensForOrdinal } from '../../operator/src/controller/tokens.ts';
import { clusterManifest, OperatorHarness } from './harness.ts';
import { eventually, kubectl } from './helpers.ts';

interface Obj { metadata: { name: string; resourceVersion: string; ownerReferences?: { kind: string; name: string; controller?: boolean }[] }; status?: any; spec?: any }

describe('the IngesterCluster controller on the API server', function () {
  this.timeout(60_000);
  const h = new OperatorHarness();
  let kubeconfig: string;
  let client: KubeClient;
  const ring = h.ring;

  before(async () => {
    await h.start();
    kubeconfig = h.kubeconfig;
    client = h.client;
    await h.apply(clusterManifest('default', 'demo', 'replicas: 3'));
  });

  after(() => h.stop());

  const get = (kind: string, name: string) => client.find<Obj>(pathFor(kind, 'default', name));

  it('creates every owned object with a controller ownerReference to the cluster', async () => {
    const owned: [string, string][] = [
      ['StatefulSet', 'demo-ingester'], ['Service', 'demo-ingester-headless'], ['Service', 'demo-ingester'], ['Service', 'demo-distributor'],
      ['Service', 'demo-querier'], ['Deployment', 'demo-distributor'], ['Deployment', 'demo-querier'], ['ConfigMap', 'demo-ring'],
      ['PodDisruptionBudget', 'demo-ingester'], ['ServiceAccount', 'demo-ingester'], ['Role', 'demo-ingester'], ['RoleBinding', 'demo-ingester'],
    ];
    for (const [kind, name] of owned) {
      const obj = await eventually(`${kind} ${name}`, () => get(kind, name));
      expect(obj.metadata.ownerReferences?.[0], `${kind} ${name}`).to.deep.include({ kind: 'IngesterCluster', name: 'demo', controller: true });
    }
  });

  it('pre-registers each ordinal in the ring as PENDING with its assigned tokens', async () => {
    const desc = await eventually('three ring entries', async () => {
      const { desc } = await ring.get();
      return Object.keys(desc.instances).length === 3 ? desc : undefined;
    });
    for (let i = 0; i < 3; i++) {
      expect(desc.instances[`demo-ingester-${i}`]).to.deep.include({ state: 'PENDING', tokens: tokensForOrdinal(i, 16) });
    }
  });

  it('writes status through /status with observedGeneration and conditions', async () => {
    const cluster = await eventually('a status', async () => {
      const c = await client.get<Obj>(pathFor('IngesterCluster', 'default', 'demo'));
      return c.status?.conditions?.length === 4 ? c : undefined;
    });
    expect(cluster.status.observedGeneration).to.equal(1);
    expect(cluster.status.conditions.map((c: { type: string }) => c.type)).to.deep.equal(['Available', 'Progressing', 'Degraded', 'CompactionBehind']);
    expect(cluster.status.conditions[0]).to.deep.include({ status: 'False', reason: 'NoActiveIngesters' });
    // This API server runs no pods: no compactor answers, so whether compaction keeps up is not known.
    expect(cluster.status.conditions[3]).to.deep.include({ status: 'Unknown', reason: 'CompactorUnavailable' });
  });

  it('a second reconcile changes nothing (no resourceVersion moves)', async () => {
    const kinds: [string, string][] = [['StatefulSet', 'demo-ingester'], ['Deployment', 'demo-distributor'], ['Service', 'demo-ingester'], ['Role', 'demo-ingester'], ['ConfigMap', 'demo-ring'], ['IngesterCluster', 'demo']];
    const before = await Promise.all(kinds.map(([k, n]) => get(k, n)));
    // Several requeues (200 ms apart) happen in this window.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await Promise.all(kinds.map(([k, n]) => get(k, n)));
    for (let i = 0; i < kinds.length; i++) expect(after[i]!.metadata.resourceVersion, kinds[i]!.join(' ')).to.equal(before[i]!.metadata.resourceVersion);
  });

  it('a spec change reaches the StatefulSet template, which keeps rolling only when the operator deletes pods (OnDelete)', async () => {
    expect((await kubectl(kubeconfig, ['patch', 'ic', 'demo', '--type=merge', '-p', '{"spec":{"image":"ingester-cluster/ingester:2"}}'])).code).to.equal(0);
    const sts = await eventually('the new image in the template', async () => {
      const s = await get('StatefulSet', 'demo-ingester');
      return s?.spec.template.spec.containers[0].image === 'ingester-cluster/ingester:2' ? s : undefined;
    });
    expect(sts.spec.updateStrategy.type).to.equal('OnDelete');
  });

  it('the ring ConfigMap is never overwritten once it exists', async () => {
    const cm = await get('ConfigMap', 'demo-ring');
    await client.patch(pathFor('ConfigMap', 'default', 'demo-ring'), { data: { marker: 'kept' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = await client.get<{ data?: Record<string, string> }>(pathFor('ConfigMap', 'default', 'demo-ring'));
    expect(after.data?.marker).to.equal('kept');
    expect(cm).to.not.equal(undefined);
  });
});
