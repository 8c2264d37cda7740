// Decisions made through the API server (issue 10 items 11 and 15): a scale-down never shrinks the
// StatefulSet past an ingester that did not report flushed — here one evicted mid-flush with no ring entry,
// at replication factor 1 — and says why on the resource and in a Warning Event; spec.paused stops every
// change and says so.
import { expect } from 'chai';
import { pathFor } from '../../operator/src/kube/client.ts';
import { labelsFor } from '../../operator/src/controller/layout.ts';
import { clusterManifest, OperatorHarness } from './harness.ts';
import { eventually } from './helpers.ts';

describe('scale-down and pause decisions on the API server', function () {
  this.timeout(90_000);
  const h = new OperatorHarness();
  before(() => h.start());
  after(() => h.stop());

  const stsReplicas = async (ns: string, name: string) => (await h.client.find<{ spec: { replicas: number } }>(pathFor('StatefulSet', ns, name)))?.spec.replicas;

  /** A pod as the StatefulSet controller makes it, bound to a node (so a delete leaves it terminating). */
  const createIngesterPod = (ns: string, cluster: string, name: string) => h.client.create(pathFor('Pod', ns), {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, labels: { ...labelsFor(cluster, 'ingester'), 'controller-revision-hash': 'r1' } },
    spec: { nodeName: 'node-1', containers: [{ name: 'ingester', image: 'ingester-cluster/ingester:1' }] },
  });

  it('RF=1: an ingester evicted during its flush, with no ring entry, keeps the StatefulSet from shrinking; the cluster says why', async () => {
    await h.apply(clusterManifest('rf1', 'solo', 'replicas: 2, replicationFactor: 1'));
    await eventually('the StatefulSet at 2', async () => (await stsReplicas('rf1', 'solo-ingester')) === 2);
    await createIngesterPod('rf1', 'solo', 'solo-ingester-0');
    await createIngesterPod('rf1', 'solo', 'solo-ingester-1');
    // Its entry is gone from the ring and its pod is terminating: nothing says its head reached the bucket.
    await h.ring.cas((desc) => {
      delete desc.instances['solo-ingester-1'];
      return desc;
    });
    await h.client.delete(pathFor('Pod', 'rf1', 'solo-ingester-1'));

    await h.apply(clusterManifest('rf1', 'solo', 'replicas: 1, replicationFactor: 1'));
    const status = await h.condition('rf1', 'solo', 'Progressing', (c) => c.reason === 'ScaleDownBlocked');
    expect(status.conditions!.find((c) => c.type === 'Progressing')!.message).to.contain('solo-ingester-1').and.contain('has not reported flushed');
    expect(status.observedGeneration).to.equal(2);
    expect(await stsReplicas('rf1', 'solo-ingester')).to.equal(2);
    const warning = await eventually('a ScaleDownBlocked Warning', async () => (await h.events('rf1', 'solo')).find((e) => e.type === 'Warning' && e.reason === 'ScaleDownBlocked'));
    expect(warning.message).to.contain('solo-ingester-1');
  });

  it('spec.paused: nothing is created or changed, Progressing is False with reason Paused; unpausing resumes', async () => {
    await h.apply(clusterManifest('held', 'held', 'replicas: 3, paused: true'));
    const status = await h.condition('held', 'held', 'Progressing', (c) => c.reason === 'Paused');
    expect(status.conditions!.find((c) => c.type === 'Progressing')!.status).to.equal('False');
    expect(await h.client.find(pathFor('StatefulSet', 'held', 'held-ingester'))).to.equal(undefined);
    expect(Object.keys((await h.ring.get()).desc.instances).filter((id) => id.startsWith('held-'))).to.deep.equal([]);

    await h.apply(clusterManifest('held', 'held', 'replicas: 3, paused: false'));
    await eventually('the StatefulSet once unpaused', () => h.client.find(pathFor('StatefulSet', 'held', 'held-ingester')));
    await h.condition('held', 'held', 'Progressing', (c) => c.reason !== 'Paused');
  });
});
