// StatefulSets on the test cluster, end to end: real API server, real controllers, pods as real local
// processes running a small HTTP program, checked through HTTP, the real kubectl and client-node.
import { expect } from 'chai';
import http from 'node:http';
import type { V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import { Informer } from './controllers/informer.ts';
import { resourcePath } from './controllers/client.ts';
import { clusterLogger, startTestCluster, type TestCluster } from './cluster.ts';
import { eventually, fixtureImages, kubectl, podReady, statefulSetManifest } from './kubelet/testing.ts';

describe('StatefulSets on the test cluster', function () {
  this.timeout(120_000);
  let cluster: TestCluster;

  before(async () => {
    cluster = await startTestCluster({ images: fixtureImages(), log: clusterLogger() });
  });
  after(async () => {
    await cluster?.stop();
  });

  const getPod = (name: string) => cluster.client.get<V1Pod>(resourcePath('v1', 'pods', 'default', name));
  const getSet = (name: string) => cluster.client.get<V1StatefulSet>(resourcePath('apps/v1', 'statefulsets', 'default', name));

  it('brings up 3 pods in order, each Ready only after the one before, on distinct IPs, each serving on its own IP', async () => {
    // Watch pods as they appear: when web-i is first seen, web-(i-1) must already be Ready.
    const pods = new Informer<V1Pod>(cluster.client, cluster.kubeConfig, '/api/v1/namespaces/default/pods', clusterLogger());
    const violations: string[] = [];
    pods.on((event, pod) => {
      const name = pod.metadata?.name ?? '';
      const m = /^web-(\d+)$/.exec(name);
      if (event !== 'add' || !m || m[1] === '0') return;
      const previous = pods.get('default', `web-${Number(m[1]) - 1}`);
      if (!previous || !podReady(previous)) violations.push(`${name} created before web-${Number(m[1]) - 1} was Ready`);
    });
    await pods.start();
    try {
      await kubectl(cluster, ['apply', '-f', '-'], statefulSetManifest('web', { replicas: 3 }));
      const out = await kubectl(cluster, ['rollout', 'status', 'statefulset/web', '--timeout=100s']);
      expect(out).to.match(/(roll out complete: 3 new pods have been updated|rolling update complete 3 pods at revision web-)/);
    } finally {
      await pods.stop();
    }
    expect(violations).to.deep.equal([]);
    const ips: string[] = [];
    for (let i = 0; i < 3; i++) {
      const pod = await getPod(`web-${i}`);
      expect(pod.status?.podIP).to.match(/^127\.\d+\.\d+\.\d+$/);
      ips.push(pod.status!.podIP!);
      const who = JSON.parse(await httpGet(`http://${pod.status!.podIP}:8080/whoami`)) as { pod: string; tag: string };
      expect(who).to.include({ pod: `web-${i}`, tag: 'v1' });
      expect(pod.metadata?.labels).to.include({ 'statefulset.kubernetes.io/pod-name': `web-${i}`, 'apps.kubernetes.io/pod-index': String(i) });
    }
    expect(new Set(ips).size).to.equal(3);
    const set = await getSet('web');
    expect(set.status).to.include({ replicas: 3, readyReplicas: 3, availableReplicas: 3, currentReplicas: 3, updatedReplicas: 3, observedGeneration: set.metadata?.generation });
    expect(set.status?.currentRevision).to.equal(set.status?.updateRevision).and.to.match(/^web-/);
    const wide = await kubectl(cluster, ['get', 'pods', '-o', 'wide', '-l', 'app=web']);
    for (let i = 0; i < 3; i++) expect(wide).to.match(new RegExp(`web-${i}\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+${ips[i]!.replace(/\./g, '\\.')}\\s+node-`));
  });

  it("keeps a pod's volume across a delete: the new pod sees what the old one wrote", async () => {
    const before = await getPod('web-1');
    await httpRequest('PUT', `http://${before.status!.podIP}:8080/file?path=kept.txt`, 'written by the first web-1');
    await kubectl(cluster, ['delete', 'pod', 'web-1', '--wait=false']);
    const after = await eventually(async () => {
      const pod = await getPod('web-1').catch(() => undefined);
      return pod && pod.metadata?.uid !== before.metadata?.uid && podReady(pod) ? pod : undefined;
    }, 'a new web-1 to be Ready');
    expect(await httpGet(`http://${after.status!.podIP}:8080/file?path=kept.txt`)).to.equal('written by the first web-1');
    const claims = await kubectl(cluster, ['get', 'pvc', 'data-web-1', '-o', 'jsonpath={.status.phase}']);
    expect(claims).to.equal('Bound');
  });

  it('the PodDisruptionBudget of the set reports expected, healthy and allowed disruptions', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], JSON.stringify({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'default' }, spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } } } }));
    const status = await eventually(async () => {
      const pdb = await cluster.client.get<{ metadata: { generation?: number }; status?: Record<string, unknown> }>(resourcePath('policy/v1', 'poddisruptionbudgets', 'default', 'web'));
      return pdb.status?.observedGeneration === pdb.metadata.generation && pdb.status?.currentHealthy === 3 ? pdb.status : undefined;
    }, 'the PDB status');
    expect(status).to.include({ expectedPods: 3, currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
    expect((status.conditions as { type: string; status: string }[])[0]).to.include({ type: 'DisruptionAllowed', status: 'True' });
  });

  it('an OnDelete template change makes a new updateRevision that only deleted pods pick up', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], statefulSetManifest('ondel', { replicas: 2, updateStrategy: 'OnDelete', podManagementPolicy: 'Parallel' }));
    await eventually(async () => ((await getSet('ondel')).status?.readyReplicas === 2 ? true : undefined), 'ondel to have 2 ready pods');
    const first = await getSet('ondel');
    const oldRevision = first.status!.updateRevision!;
    await kubectl(cluster, ['set', 'image', 'statefulset/ondel', 'web=test/http:v2']);
    const changed = await eventually(async () => {
      const s = await getSet('ondel');
      return s.status?.observedGeneration === s.metadata?.generation && s.status?.updateRevision !== oldRevision ? s : undefined;
    }, 'a new updateRevision');
    const newRevision = changed.status!.updateRevision!;
    expect(changed.status).to.include({ currentRevision: oldRevision, updatedReplicas: 0, currentReplicas: 2 });
    // Nothing is restarted by itself.
    for (const name of ['ondel-0', 'ondel-1']) {
      const pod = await getPod(name);
      expect(pod.metadata?.labels?.['controller-revision-hash']).to.equal(oldRevision);
      expect(JSON.parse(await httpGet(`http://${pod.status!.podIP}:8080/whoami`)).tag).to.equal('v1');
    }
    const revisions = await kubectl(cluster, ['get', 'controllerrevisions', '-o', 'name']);
    expect(revisions).to.include(`controllerrevision.apps/${oldRevision}`).and.to.include(`controllerrevision.apps/${newRevision}`);
    // A deleted pod comes back at the update revision, running the new image tag; the other keeps the old.
    const old1 = await getPod('ondel-1');
    await kubectl(cluster, ['delete', 'pod', 'ondel-1', '--wait=false']);
    const new1 = await eventually(async () => {
      const pod = await getPod('ondel-1').catch(() => undefined);
      return pod && pod.metadata?.uid !== old1.metadata?.uid && podReady(pod) ? pod : undefined;
    }, 'ondel-1 to come back');
    expect(new1.metadata?.labels?.['controller-revision-hash']).to.equal(newRevision);
    expect(JSON.parse(await httpGet(`http://${new1.status!.podIP}:8080/whoami`)).tag).to.equal('v2');
    expect((await getPod('ondel-0')).metadata?.labels?.['controller-revision-hash']).to.equal(oldRevision);
    const s = await eventually(async () => {
      const x = await getSet('ondel');
      return x.status?.updatedReplicas === 1 && x.status?.readyReplicas === 2 ? x : undefined;
    }, 'status to count the updated pod');
    expect(s.status).to.include({ currentReplicas: 1, updatedReplicas: 1, currentRevision: oldRevision, updateRevision: newRevision });
  });

  it('a RollingUpdate rolls from the highest ordinal down and kubectl rollout status follows it', async () => {
    await kubectl(cluster, ['set', 'image', 'statefulset/web', 'web=test/http:v3']);
    const out = await kubectl(cluster, ['rollout', 'status', 'statefulset/web', '--timeout=100s']);
    expect(out).to.match(/(roll out complete: 3 new pods have been updated|rolling update complete 3 pods at revision web-)/);
    const set = await eventually(async () => {
      const s = await getSet('web');
      return s.status?.currentRevision === s.status?.updateRevision && s.status?.readyReplicas === 3 ? s : undefined;
    }, 'the update revision to become current');
    for (let i = 0; i < 3; i++) {
      const pod = await getPod(`web-${i}`);
      expect(pod.metadata?.labels?.['controller-revision-hash']).to.equal(set.status?.updateRevision);
      expect(JSON.parse(await httpGet(`http://${pod.status!.podIP}:8080/whoami`)).tag).to.equal('v3');
    }
  });

  it('scaling down removes the highest ordinal and keeps its claim', async () => {
    await kubectl(cluster, ['scale', 'statefulset/web', '--replicas=2']);
    await eventually(async () => ((await getPod('web-2').catch(() => undefined)) ? undefined : true), 'web-2 to be gone');
    const set = await eventually(async () => {
      const s = await getSet('web');
      return s.status?.replicas === 2 && s.status?.readyReplicas === 2 ? s : undefined;
    }, 'status to show 2 replicas');
    expect(set.status?.replicas).to.equal(2);
    expect(await kubectl(cluster, ['get', 'pvc', 'data-web-2', '-o', 'jsonpath={.metadata.name}'])).to.equal('data-web-2');
  });

  it('keeps working after the API server closes every watch and fails some requests', async () => {
    expect(cluster.api.faults.closeWatches()).to.be.greaterThan(0);
    // The controllers' and kubelet's status writes fail for a while; they retry.
    const failures = cluster.api.faults.failNext(3, 500, { method: 'PATCH', path: /\/status$/ });
    await kubectl(cluster, ['scale', 'statefulset/web', '--replicas=3']);
    await eventually(async () => {
      const s = await getSet('web');
      return s.status?.readyReplicas === 3 && s.status?.replicas === 3 ? true : undefined;
    }, 'web back at 3 ready replicas');
    expect(failures.hits).to.equal(3);
    failures.remove();
  });

  it('deleting the set deletes its pods (garbage collection, graceful) and keeps the claims', async () => {
    await kubectl(cluster, ['delete', 'statefulset', 'web', '--wait=true', '--timeout=100s']);
    await eventually(async () => {
      const pods = await cluster.client.get<{ items: V1Pod[] }>('/api/v1/namespaces/default/pods?labelSelector=app%3Dweb');
      return pods.items.length === 0 ? true : undefined;
    }, 'the pods of web to be gone');
    const claims = await kubectl(cluster, ['get', 'pvc', '-l', 'app=web', '-o', 'name']);
    expect(claims.trim().split('\n').sort()).to.deep.equal(['persistentvolumeclaim/data-web-0', 'persistentvolumeclaim/data-web-1', 'persistentvolumeclaim/data-web-2']);
  });
});

function httpRequest(method: string, url: string, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ((res.statusCode ?? 0) < 300 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`${method} ${url}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const httpGet = (url: string): Promise<string> => httpRequest('GET', url);
