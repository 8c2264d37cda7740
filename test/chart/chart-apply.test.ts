// The chart's renders on the test Kubernetes API server, through the real kubectl: each scenario passes
// `kubectl apply --dry-run=server` and then applies for real; and the operator installed from the chart's
// manifests (with exactly the chart's RBAC) reconciles an IngesterCluster to Available, after which the
// equivalent of `helm uninstall` plus deleting the IngesterCluster leaves nothing behind.
import { expect } from 'chai';
import path from 'node:path';
import { stringify } from 'yaml';
import { eventually, kubectl, kubectlOk, moduleExists, type KubectlResult } from '../operator/helpers.ts';
import { parseManifests, renderChart, scenarios, type K8sObject } from './render.ts';

type TestCluster = Awaited<ReturnType<(typeof import('../kube/cluster.ts'))['startTestCluster']>>;

const serviceMonitorCrd = path.join(import.meta.dirname, 'fixtures', 'servicemonitor-crd.yaml');
const OPERATOR_E2E_PREREQUISITES = ['ingester/src/roles/distributor', 'ingester/src/roles/querier'];

const toYaml = (objects: K8sObject[]): string => objects.map((o) => stringify(o)).join('---\n');

describe('the Helm chart on the test Kubernetes API server', function () {
  this.timeout(180_000);
  let cluster: TestCluster;
  let kc: string;
  const run = (args: string[], input?: string): Promise<KubectlResult> => kubectlOk(kc, args, input);

  before(async () => {
    const { startTestCluster, clusterLogger } = await import('../kube/cluster.ts');
    cluster = await startTestCluster({ log: clusterLogger() });
    kc = cluster.kubeconfigPath;
    await run(['apply', '-f', serviceMonitorCrd]);
  });

  after(async () => {
    await cluster?.stop();
  });

  /**
   * Applies a render as `helm install` does: CRDs first (waiting until they are served), then the rest. With
   * `podSecurity`, the namespace enforces that Pod Security level before anything is created in it.
   */
  const install = async (objects: K8sObject[], namespace: string, dryRun: boolean, podSecurity?: 'restricted'): Promise<void> => {
    const crds = objects.filter((o) => o.kind === 'CustomResourceDefinition');
    const rest = objects.filter((o) => o.kind !== 'CustomResourceDefinition');
    await run(['apply', '-f', '-'], toYaml(crds));
    for (const crd of crds) await run(['wait', '--for=condition=Established', `crd/${crd.metadata.name}`, '--timeout=30s']);
    await kubectl(kc, ['create', 'namespace', namespace]);
    if (podSecurity) await run(['label', 'namespace', namespace, `pod-security.kubernetes.io/enforce=${podSecurity}`, '--overwrite']);
    await run(['apply', '-n', namespace, ...(dryRun ? ['--dry-run=server'] : []), '-f', '-'], toYaml(rest));
  };

  for (const scenario of scenarios) {
    it(`the ${scenario} render passes a server-side dry run, then applies for real`, async () => {
      const namespace = `chart-${scenario}`;
      // No operator pods: this case is about the manifests; the next one runs the operator.
      const objects = parseManifests(renderChart(scenario, ['--set', 'operator.replicas=0'], namespace));
      await install(objects, namespace, true);
      const afterDryRun = await run(['get', 'deployments,serviceaccounts,roles,rolebindings', '-n', namespace, '-o', 'name']);
      expect(afterDryRun.stdout, 'a dry run must create nothing').to.not.contain('ingester-cluster-operator');
      await install(objects, namespace, false);
      const rest = objects.filter((o) => o.kind !== 'CustomResourceDefinition');
      const got = await run(['get', '-n', namespace, '-f', '-', '-o', 'name'], toYaml(rest));
      expect(got.stdout.trim().split('\n')).to.have.length(rest.length);
    });
  }

  const missing = OPERATOR_E2E_PREREQUISITES.filter((p) => !moduleExists(p));
  (missing.length ? it.skip : it)(`the operator installed from the chart reconciles an IngesterCluster to Available, and uninstalling removes everything${missing.length ? ` (skipped until ${missing.join(', ')} exist)` : ''}`, async function () {
    // Containers of the operator and of five pods start, reach Available and are uninstalled: generous on a busy machine.
    this.timeout(600_000);
    const namespace = 'chart-e2e';
    const objects = parseManifests(renderChart('default', [
      '--set', 'operator.replicas=1',
      '--set', 'operator.leaderElection.leaseDuration=4s', '--set', 'operator.leaderElection.renewDeadline=3s', '--set', 'operator.leaderElection.retryPeriod=500ms',
      '--set', 'operator.extraArgs={-reconcile.busy-requeue=300ms,-reconcile.idle-requeue=2s}',
    ], namespace));
    // A namespace that enforces Pod Security "restricted": the chart's operator pods and every pod the operator
    // renders must pass it; they then run as real containers with that securityContext enforced.
    await install(objects, namespace, false, 'restricted');
    const rollout = await kubectl(kc, ['rollout', 'status', '-n', namespace, 'deployment/ic-ingester-cluster-operator', '--timeout=300s']);
    if (rollout.code !== 0) {
      // Say why: the pods' state and the operator's last log lines.
      const podsNow = (await kubectl(kc, ['get', 'pods', '-n', namespace, '-o', 'wide'])).stdout;
      const logs = (await kubectl(kc, ['logs', '-n', namespace, 'deployment/ic-ingester-cluster-operator', '--tail=30'])).stdout;
      throw new Error(`the operator Deployment did not become ready: ${rollout.stderr}\n${podsNow}\n${logs}`);
    }

    // The bucket is a claim every ingester and querier mounts (root filesystems are read-only).
    const manifest = `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: charted-bucket, namespace: ${namespace}}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: ingester-cluster.dev/v1alpha1
kind: IngesterCluster
metadata: {name: charted, namespace: ${namespace}}
spec:
  image: ingester-cluster/ingester:1
  replicas: 3
  ring: {heartbeatPeriod: 1s, heartbeatTimeout: 6s}
  storage: {backend: filesystem, filesystem: {path: /bucket, claimName: charted-bucket}}
  extraArgs: [-ingester.ring.min-ready-duration=1s]
`;
    await run(['apply', '-f', '-'], manifest);
    await run(['wait', '-n', namespace, '--for=condition=Available', 'ic/charted', '--timeout=300s']);
    // The workloads the operator created run as the chart's pods do: non-root, read-only root filesystem.
    const sts = JSON.parse((await run(['get', 'statefulset', '-n', namespace, '-o', 'json'])).stdout) as { items: { spec: { template: { spec: { containers: { securityContext?: Record<string, unknown> }[] } } } }[] };
    expect(sts.items).to.have.length(1);
    for (const c of sts.items[0]!.spec.template.spec.containers) {
      expect(c.securityContext?.readOnlyRootFilesystem).to.equal(true);
      expect(c.securityContext?.allowPrivilegeEscalation).to.equal(false);
    }
    const running = JSON.parse((await run(['get', 'pods', '-n', namespace, '-o', 'json'])).stdout) as { items: { metadata: { name: string }; status?: { containerStatuses?: { containerID?: string }[] } }[] };
    const notContainers = running.items.filter((p) => !(p.status?.containerStatuses ?? []).every((c) => c.containerID?.startsWith('podman://'))).map((p) => p.metadata.name);
    expect(notContainers, 'pods whose containers podman did not run').to.deep.equal([]);

    // Uninstall: the IngesterCluster first (its owned objects go by garbage collection), then the release.
    await run(['delete', '-n', namespace, 'ic/charted', '--wait=true', '--timeout=120s']);
    await run(['delete', '-n', namespace, '-f', '-', '--wait=true'], toYaml(objects.filter((o) => o.kind !== 'CustomResourceDefinition')));
    let left: string[] = [];
    await eventually('nothing left in the namespace', async () => {
      const got = await run(['get', 'pods,statefulsets,deployments,replicasets,services,configmaps,poddisruptionbudgets,serviceaccounts,roles,rolebindings,leases', '-n', namespace, '-o', 'name']);
      left = got.stdout.split('\n').filter((l) => l && !l.includes('kube-root-ca.crt') && l !== 'serviceaccount/default');
      return left.length === 0 ? true : undefined;
    }, 90_000, 500).catch((err: Error) => {
      throw new Error(`${err.message}; still there: ${left.join(', ')}`);
    });
  });
});
