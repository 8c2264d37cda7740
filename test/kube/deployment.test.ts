// Deployments (and their ReplicaSets) and Service Endpoints on the test cluster, end to end.
import { expect } from 'chai';
import type { V1Deployment, V1Endpoints, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import YAML from 'yaml';
import { resourcePath } from './controllers/client.ts';
import { Informer } from './controllers/informer.ts';
import { clusterLogger, startTestCluster, type TestCluster } from './cluster.ts';
import { eventually, FIXTURE_IMAGE, fixtureImages, kubectl, podReady } from './kubelet/testing.ts';

const deployment = (tag: string) =>
  YAML.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'front', namespace: 'default' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'front' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: { app: 'front' } },
        spec: {
          terminationGracePeriodSeconds: 5,
          containers: [
            {
              name: 'web',
              image: `${FIXTURE_IMAGE}:${tag}`,
              args: ['--listen=$(POD_IP):8080'],
              env: [{ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }],
              ports: [{ name: 'http', containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 1, timeoutSeconds: 5 },
            },
          ],
        },
      },
    },
  }) +
  '---\n' +
  YAML.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'front', namespace: 'default' }, spec: { selector: { app: 'front' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } });

describe('Deployments on the test cluster', function () {
  this.timeout(120_000);
  let cluster: TestCluster;

  before(async () => {
    cluster = await startTestCluster({ images: fixtureImages(), log: clusterLogger() });
  });
  after(async () => {
    await cluster?.stop();
  });

  const pods = async () => (await cluster.client.get<{ items: V1Pod[] }>('/api/v1/namespaces/default/pods?labelSelector=app%3Dfront')).items.filter((p) => !p.metadata?.deletionTimestamp);

  it('runs 2 replicas through a ReplicaSet named by the template hash, and kubectl rollout status sees it complete', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], deployment('v1'));
    const out = await kubectl(cluster, ['rollout', 'status', 'deployment/front', '--timeout=100s']);
    expect(out).to.match(/deployment "front" successfully rolled out/);
    const d = await cluster.client.get<V1Deployment>(resourcePath('apps/v1', 'deployments', 'default', 'front'));
    expect(d.status).to.include({ replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: d.metadata?.generation });
    expect(d.status?.conditions?.find((c) => c.type === 'Available')).to.include({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')).to.include({ status: 'True', reason: 'NewReplicaSetAvailable' });
    const running = await pods();
    expect(running).to.have.length(2);
    const hash = running[0]!.metadata?.labels?.['pod-template-hash'];
    expect(hash).to.be.a('string');
    const rs = await cluster.client.get<V1ReplicaSet>(resourcePath('apps/v1', 'replicasets', 'default', `front-${hash}`));
    expect(rs.status).to.include({ replicas: 2, readyReplicas: 2, availableReplicas: 2 });
    expect(running.every((p) => p.metadata?.name?.startsWith(`front-${hash}-`) && podReady(p))).to.equal(true);
  });

  it('publishes the ready pod IPs and resolved target ports as the Service Endpoints', async () => {
    const ips = (await pods()).map((p) => p.status?.podIP).sort();
    const ep = await eventually(async () => {
      const e = await cluster.client.find<V1Endpoints>(resourcePath('v1', 'endpoints', 'default', 'front'));
      const got = (e?.subsets?.[0]?.addresses ?? []).map((a) => a.ip).sort();
      return JSON.stringify(got) === JSON.stringify(ips) ? e : undefined;
    }, 'the endpoints to list both pods');
    expect(ep.subsets?.[0]?.ports).to.deep.equal([{ name: 'http', port: 8080, protocol: 'TCP' }]);
  });

  it('rolls a template change out to a new ReplicaSet within maxSurge, scaling the old one to zero', async () => {
    const before = (await pods())[0]!.metadata?.labels?.['pod-template-hash'];
    // Watch the pods during the rollout: never more than replicas+maxSurge = 3 of them, never fewer than
    // replicas-maxUnavailable = 2 ready.
    const watch = new Informer<V1Pod>(cluster.client, cluster.kubeConfig, '/api/v1/namespaces/default/pods', clusterLogger(), { labelSelector: 'app=front' });
    let most = 0;
    let fewestReady = Infinity;
    let listed = false;
    watch.on(() => {
      if (!listed) return;
      const live = watch.list().filter((p) => !p.metadata?.deletionTimestamp);
      most = Math.max(most, live.length);
      fewestReady = Math.min(fewestReady, live.filter(podReady).length);
    });
    await watch.start();
    listed = true;
    try {
      await kubectl(cluster, ['apply', '-f', '-'], deployment('v2'));
      const out = await kubectl(cluster, ['rollout', 'status', 'deployment/front', '--timeout=100s']);
      expect(out).to.match(/successfully rolled out/);
    } finally {
      await watch.stop();
    }
    expect(most).to.equal(3);
    expect(fewestReady).to.equal(2);
    const after = await eventually(async () => {
      const p = await pods();
      return p.length === 2 && p.every((x) => x.metadata?.labels?.['pod-template-hash'] !== before && podReady(x)) ? p : undefined;
    }, 'only new pods to remain');
    for (const pod of after) expect(pod.spec?.containers[0]?.image).to.equal(`${FIXTURE_IMAGE}:v2`);
    const old = await cluster.client.get<V1ReplicaSet>(resourcePath('apps/v1', 'replicasets', 'default', `front-${before}`));
    expect(old.spec?.replicas).to.equal(0);
    const history = await kubectl(cluster, ['get', 'rs', '-l', 'app=front', '-o', 'jsonpath={range .items[*]}{.metadata.annotations.deployment\\.kubernetes\\.io/revision}{" "}{end}']);
    expect(history.trim().split(' ').sort()).to.deep.equal(['1', '2']);
  });

  it('scaling the Deployment scales its current ReplicaSet', async () => {
    await kubectl(cluster, ['scale', 'deployment/front', '--replicas=1']);
    await eventually(async () => ((await pods()).length === 1 ? true : undefined), 'one pod to remain');
    const d = await eventually(async () => {
      const x = await cluster.client.get<V1Deployment>(resourcePath('apps/v1', 'deployments', 'default', 'front'));
      return x.status?.replicas === 1 && x.status?.availableReplicas === 1 ? x : undefined;
    }, 'the deployment status to show 1 replica');
    expect(d.status?.updatedReplicas).to.equal(1);
  });
});
