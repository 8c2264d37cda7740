// The operator's RBAC (operator/rbac/cluster-role.yaml) is derived from what it does: the operator runs as a
// pod with only that ClusterRole, through a whole life cycle (create → Available, an administrator's edit of the
// objects it owns put back, a spec change that rolls every ingester, a scale-down that deletes the departed
// claim), with the test API server auditing every request
// (kube-apiserver's audit Event: user, verb, objectRef). The test then fails on
// - a request of the operator that RBAC denied (a verb it needs and lacks), and
// - a granted verb it never used, unless it grants that permission itself in a Role it writes (kube-apiserver's
//   RBAC escalation check — pkg/registry/rbac/validation ConfirmNoEscalation — requires whoever writes a Role
//   to hold every permission in it).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KubeClient, pathFor } from '../../operator/src/kube/client.ts';
import type { AuditEvent } from '../kube/apiserver/server.ts';
import { crdFile, eventually, kubectlOk, moduleExists, repoRoot } from './helpers.ts';

const PREREQUISITES = ['test/kube/cluster.ts', 'ingester/src/main.ts', 'operator/src/main.ts'];
const missing = PREREQUISITES.filter((p) => !moduleExists(p));
const suite = missing.length ? describe.skip : describe;

const OPERATOR_USER = 'system:serviceaccount:ingester-cluster-system:ingester-cluster-operator';
const RBAC_DIR = path.join(repoRoot, 'operator', 'rbac');

interface PolicyRule { apiGroups?: string[]; resources?: string[]; verbs?: string[]; resourceNames?: string[]; nonResourceURLs?: string[] }
interface Condition { type: string; status: string; message?: string }
interface Cluster { metadata: { generation: number }; status?: { observedGeneration?: number; updatedReplicas?: number; conditions?: Condition[] } }

/** `verb group/resource[/subresource]`, the core group written as "core". */
const permission = (verb: string, group: string, resource: string): string => `${verb} ${group || 'core'}/${resource}`;

/** Every (verb, group, resource) a list of rules grants; `*` is kept as written. */
function expand(rules: PolicyRule[]): Set<string> {
  const out = new Set<string>();
  for (const r of rules) for (const g of r.apiGroups ?? []) for (const res of r.resources ?? []) for (const v of r.verbs ?? []) out.add(permission(v, g, res));
  return out;
}

function grantedRules(): PolicyRule[] {
  const docs = parseAllDocuments(readFileSync(path.join(RBAC_DIR, 'cluster-role.yaml'), 'utf8')).map((d) => d.toJS() as { kind?: string; rules?: PolicyRule[] });
  return docs.filter((d) => d.kind === 'ClusterRole').flatMap((d) => d.rules ?? []);
}

const auditedPermission = (e: AuditEvent): string | undefined => {
  const ref = e.objectRef;
  if (!ref?.resource) return undefined;
  return permission(e.verb, ref.apiGroup ?? '', ref.subresource ? `${ref.resource}/${ref.subresource}` : ref.resource);
};

interface Pod { metadata: { name: string; namespace?: string }; status?: { phase?: string; conditions?: { type: string; status: string }[]; containerStatuses?: { name: string; restartCount?: number; state?: Record<string, { reason?: string; message?: string }> }[] } }
const podSummary = (p: Pod): string =>
  `${p.metadata.namespace}/${p.metadata.name} ${p.status?.phase} ready=${p.status?.conditions?.find((c) => c.type === 'Ready')?.status} ${JSON.stringify(p.status?.containerStatuses?.map((c) => ({ name: c.name, restarts: c.restartCount, state: c.state })))}`;

type TestCluster = Awaited<ReturnType<typeof import('../kube/cluster.ts')['startTestCluster']>>;

suite(`the operator's RBAC, derived from an audited life cycle${missing.length ? ` (skipped until these exist: ${missing.join(', ')})` : ''}`, function () {
  this.timeout(1_500_000);
  let cluster: TestCluster;
  let kc: string;
  const run = (args: string[], input?: string) => kubectlOk(kc, args, input);
  const api = () => new KubeClient(cluster.kubeConfig);
  const ic = () => api().get<Cluster>(pathFor('IngesterCluster', 'default', 'audited'));
  const condition = (c: Cluster, type: string) => c.status?.conditions?.find((x) => x.type === type);

  before(async () => {
    const { startTestCluster, clusterLogger } = await import('../kube/cluster.ts');
    cluster = await startTestCluster({ log: clusterLogger() });
    kc = cluster.kubeconfigPath;
    cluster.api.audit.start();
    await run(['apply', '-f', crdFile]);
    await run(['apply', '-f', RBAC_DIR]);
    await run(['apply', '-f', path.join(repoRoot, 'operator', 'deploy', 'operator.yaml')]);
    await run(['set', 'env', '-n', 'ingester-cluster-system', 'deployment/ingester-cluster-operator',
      'OPERATOR_LEADER_ELECTION_LEASE_DURATION=4s', 'OPERATOR_LEADER_ELECTION_RENEW_DEADLINE=3s', 'OPERATOR_LEADER_ELECTION_RETRY_PERIOD=500ms',
      'OPERATOR_RECONCILE_BUSY_REQUEUE=300ms', 'OPERATOR_RECONCILE_IDLE_REQUEUE=2s']);
  });

  after(async () => {
    await cluster?.stop();
  });

  /** Failed requests by user (denials, refusals), deduplicated: what to read when the life cycle stalls. */
  const failures = (): string => {
    const seen = new Map<string, number>();
    for (const e of cluster.api.audit.events()) {
      if (e.responseStatus.code < 400 || e.responseStatus.code === 404 || e.responseStatus.code === 409) continue;
      const key = `${(e.impersonatedUser ?? e.user).username} ${e.responseStatus.code} ${auditedPermission(e) ?? e.requestURI}: ${e.responseStatus.message ?? ''}`.slice(0, 400);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return [...seen].map(([k, n]) => `${n}× ${k}`).join('\n') || '(none)';
  };

  it('grants the operator exactly the verbs it uses to create, roll and scale down an IngesterCluster (none denied, none unused)', async () => {
    try {
      await lifeCycle();
    } catch (err) {
      const status = await ic().then((c) => JSON.stringify(c.status), (e: unknown) => String(e));
      const pods = await api().get<{ items: Pod[] }>('/api/v1/pods').then((l) => l.items.map(podSummary).join('\n'), (e: unknown) => String(e));
      throw new Error(`the life cycle did not complete; IngesterCluster status: ${status}\npods:\n${pods}\nfailed requests (404 and 409 left out):\n${failures()}`, { cause: err });
    }
    const events = cluster.api.audit.events().filter((e) => (e.impersonatedUser ?? e.user).username === OPERATOR_USER);
    const denied = [...new Set(events.filter((e) => e.annotations?.['authorization.k8s.io/decision'] === 'forbid').map(auditedPermission))];
    const used = new Set(events.map(auditedPermission).filter((p): p is string => p !== undefined));

    // What the operator grants in the Roles and ClusterRoles it writes, which it must hold itself.
    const written = events.filter((e) => ['create', 'update', 'patch'].includes(e.verb) && e.responseStatus.code < 300 && e.objectRef?.apiGroup === 'rbac.authorization.k8s.io' && ['roles', 'clusterroles'].includes(e.objectRef.resource ?? ''));
    const grantedOnward = expand(written.flatMap((e) => (cluster.api.store.get('rbac.authorization.k8s.io', e.objectRef!.resource!, e.objectRef!.namespace, e.objectRef!.name!)?.rules as PolicyRule[] | undefined) ?? []));

    const granted = expand(grantedRules());
    const unused = [...granted].filter((p) => !used.has(p) && !grantedOnward.has(p)).sort();
    expect(denied, `requests of the operator that RBAC denied:\n${denied.join('\n')}`).to.deep.equal([]);
    expect(unused, `granted to the operator and never used (nor granted onward in its Roles):\n${unused.join('\n')}\nused: ${[...used].sort().join(', ')}`).to.deep.equal([]);
  });

  /** Create → Available, drift put back, a spec change that rolls every ingester, a scale-down that deletes the claim. */
  async function lifeCycle(): Promise<void> {
    await run(['apply', '-f', '-'], `apiVersion: ingester-cluster.dev/v1alpha1
kind: IngesterCluster
metadata: {name: audited, namespace: default}
spec:
  image: ingester-cluster/ingester:1
  replicas: 3
  replicationFactor: 2
  ring: {heartbeatPeriod: 1s, heartbeatTimeout: 20s, autoForgetAfter: 4s}
  storage: {backend: filesystem, filesystem: {path: ${path.join(cluster.dataDir, 'bucket')}}}
  persistence: {deleteOnScaleDown: true}
  rollout: {flushTimeout: 60s}
  extraArgs: [-ingester.ring.min-ready-duration=1s, -ingester.max-block-duration=5s]
`);
    // Polled rather than `kubectl wait`: the first pods may wait minutes for the image build on a busy machine,
    // longer than a kubectl call may last (helpers.ts).
    await eventually('Available=True', async () => condition(await ic(), 'Available')?.status === 'True', 600_000, 1000);

    // Drift: what an administrator changes in the objects the operator owns is put back (updates).
    const owned = 'deployments,services,serviceaccounts,poddisruptionbudgets,roles,rolebindings';
    await run(['label', owned, '-l', 'app.kubernetes.io/instance=audited', 'app.kubernetes.io/managed-by-']);
    await eventually('the operator to restore its label on every object it owns', async () => {
      const out = (await run(['get', owned, '-l', 'app.kubernetes.io/instance=audited', '-o', 'jsonpath={range .items[*]}{.kind}/{.metadata.name}={.metadata.labels.app\\.kubernetes\\.io/managed-by}{"\\n"}{end}'])).stdout.trim().split('\n');
      return out.length >= 6 && out.every((l) => !l.endsWith('=')) ? out : undefined;
    }, 120_000, 1000);

    await run(['patch', 'ic', 'audited', '--type=merge', '-p', '{"spec":{"image":"ingester-cluster/ingester:2"}}']);
    await eventually('the rollout to finish', async () => {
      const c = await ic();
      if (c.status?.observedGeneration === c.metadata.generation && c.status?.updatedReplicas === 3 && condition(c, 'Progressing')?.status === 'False' && condition(c, 'Available')?.status === 'True') return true;
      throw new Error(`updated ${c.status?.updatedReplicas}/3, ${condition(c, 'Progressing')?.message}`);
    }, 300_000, 500);

    await run(['scale', 'ic/audited', '--replicas=2']);
    await eventually('the departed claim deleted after the scale-down', async () => {
      const claims = await api().get<{ items: { metadata: { name: string } }[] }>(pathFor('PersistentVolumeClaim', 'default'));
      const names = claims.items.map((c) => c.metadata.name);
      return names.some((n) => n.endsWith('-1')) && !names.some((n) => n.endsWith('-2')) ? names : undefined;
    }, 240_000, 500);
  }
});
