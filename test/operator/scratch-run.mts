import path from 'node:path';
import { startTestCluster } from '../kube/cluster.ts';
import { kubectl, crdFile, repoRoot } from './helpers.ts';
const cluster = await startTestCluster({});
try {
const kc = cluster.kubeconfigPath;
const k = async (args: string[], input?: string) => { const r = await kubectl(kc, args, input); console.log('$ kubectl', args.join(' '), '\n', r.stdout, r.stderr); return r; };
await k(['apply', '-f', crdFile]);
await k(['apply', '-f', path.join(repoRoot, 'operator', 'rbac')]);
await k(['apply', '-f', path.join(repoRoot, 'operator', 'deploy', 'operator.yaml')]);
await k(['apply', '-f', '-'], `apiVersion: ingester-cluster.dev/v1alpha1
kind: IngesterCluster
metadata: {name: demo, namespace: default}
spec:
  image: ingester-cluster/ingester:1
  replicas: 3
  ring: {heartbeatPeriod: 1s, heartbeatTimeout: 6s, autoForgetAfter: 4s}
  storage: {backend: filesystem, filesystem: {path: ${path.join(cluster.dataDir, 'bucket')}}}
  rollout: {flushTimeout: 60s}
  extraArgs: [-ingester.ring.min-ready-duration=1s]
`);
await k(['wait', '--for=condition=Available', 'ic/demo', '--timeout=200s']);
await k(['patch', 'ic', 'demo', '--type=merge', '-p', '{"spec":{"image":"ingester-cluster/ingester:2"}}']);
const t0 = Date.now();
for (let i = 0; i < 60; i++) {
  const st = JSON.parse((await kubectl(kc, ['get', 'ic', 'demo', '-o', 'json'])).stdout).status;
  const ps = JSON.parse((await kubectl(kc, ['get', 'pods', '-l', 'app.kubernetes.io/component=ingester', '-o', 'json'])).stdout).items.map((p: any) => `${p.metadata.name}:${p.metadata.labels['controller-revision-hash']?.slice(-4)}:${p.metadata.deletionTimestamp ? 'T' : ''}${p.status?.conditions?.find((c: any) => c.type === 'Ready')?.status}`);
  console.log(((Date.now() - t0) / 1000).toFixed(1), st.updatedReplicas, JSON.stringify(st.rollout), ps.join(' '));
  if (st.updatedReplicas === 3 && st.rollout?.action === 'done') break;
  await new Promise((r) => setTimeout(r, 2000));
}
const r2 = await kubectl(kc, ['logs', 'demo-ingester-2']); console.log('ING2\n', r2.stdout.slice(-3000));
const r3 = await kubectl(kc, ['logs', 'demo-ingester-2', '--previous']); console.log('ING2 PREV\n', r3.stdout.slice(-3000));
} finally { await cluster.stop(); }
