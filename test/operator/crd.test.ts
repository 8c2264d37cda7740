// The CRD on the test API server, through the real kubectl: defaults, CEL rules with readable messages,
// printer columns, the status and scale subresources.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApiServer, type ApiServer } from '../kube/apiserver/server.ts';
import { crdFile, eventually, kubectl, repoRoot } from './helpers.ts';

describe('the IngesterCluster CRD on the API server (kubectl)', function () {
  this.timeout(60_000);
  let api: ApiServer;
  let dir: string;
  let kubeconfig: string;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'operator-crd-'));
    api = await startApiServer();
    kubeconfig = path.join(dir, 'kubeconfig');
    api.writeKubeconfig(kubeconfig);
    const applied = await kubectl(kubeconfig, ['apply', '-f', crdFile]);
    expect(applied.code, applied.stderr).to.equal(0);
    await eventually('the CRD to be served', async () => (await kubectl(kubeconfig, ['get', 'ic'])).code === 0);
  });

  after(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the filesystem example applies as it is and gets the schema defaults', async () => {
    const applied = await kubectl(kubeconfig, ['apply', '-f', path.join(repoRoot, 'examples', 'filesystem.yaml')]);
    expect(applied.code, applied.stderr).to.equal(0);
    const got = JSON.parse((await kubectl(kubeconfig, ['get', 'ic', 'demo', '-o', 'json'])).stdout);
    expect(got.spec.limits.ingestionRateMB).to.equal(4);
    expect(got.spec.imagePullPolicy).to.equal('IfNotPresent');
  });

  it('spec.paused defaults to false and spec.rollout.progressDeadlineSeconds to 600', async () => {
    const got = JSON.parse((await kubectl(kubeconfig, ['get', 'ic', 'demo', '-o', 'json'])).stdout);
    expect(got.spec.paused).to.equal(false);
    expect(got.spec.rollout.progressDeadlineSeconds).to.equal(600);
  });

  it('the GCS example with its Secret applies as it is', async () => {
    const applied = await kubectl(kubeconfig, ['apply', '-f', path.join(repoRoot, 'examples', 'gcs.yaml')]);
    expect(applied.code, applied.stderr).to.equal(0);
    expect(applied.stdout).to.contain('secret/gcs-credentials').and.contain('ingestercluster.ingester-cluster.dev/profiles');
  });

  it('replicas below the replication factor are rejected with a message that names the fields', async () => {
    const manifest = 'apiVersion: ingester-cluster.dev/v1alpha1\nkind: IngesterCluster\nmetadata: {name: small}\nspec: {image: "x:1", replicas: 2, replicationFactor: 3}\n';
    const result = await kubectl(kubeconfig, ['apply', '-f', '-'], manifest);
    expect(result.code).to.not.equal(0);
    expect(result.stderr).to.contain('spec.replicas must be at least spec.replicationFactor');
  });

  it('a GCS store without a bucket is rejected with a message that names the field', async () => {
    const manifest = 'apiVersion: ingester-cluster.dev/v1alpha1\nkind: IngesterCluster\nmetadata: {name: nobucket}\nspec: {image: "x:1", storage: {backend: gcs}}\n';
    const result = await kubectl(kubeconfig, ['apply', '-f', '-'], manifest);
    expect(result.code).to.not.equal(0);
    expect(result.stderr).to.contain('spec.storage.gcs.bucketName is required');
  });

  it('an unknown storage backend is rejected by the schema', async () => {
    const manifest = 'apiVersion: ingester-cluster.dev/v1alpha1\nkind: IngesterCluster\nmetadata: {name: s3}\nspec: {image: "x:1", storage: {backend: s3}}\n';
    const result = await kubectl(kubeconfig, ['apply', '-f', '-'], manifest);
    expect(result.code).to.not.equal(0);
    expect(result.stderr).to.match(/backend/);
  });

  /** Applies an IngesterCluster manifest; `spec` is YAML flow text. */
  const applyIc = (name: string, spec: string) =>
    kubectl(kubeconfig, ['apply', '-f', '-'], `apiVersion: ingester-cluster.dev/v1alpha1\nkind: IngesterCluster\nmetadata: {name: ${name}}\nspec: ${spec}\n`);
  const refused = async (result: Promise<{ code: number; stderr: string }>, message: string | RegExp) => {
    const r = await result;
    expect(r.code, 'kubectl should have failed').to.not.equal(0);
    if (typeof message === 'string') expect(r.stderr).to.contain(message);
    else expect(r.stderr).to.match(message);
  };

  it('zones are a set: a zone listed twice is refused as a duplicate', async () => {
    await refused(applyIc('twice', '{image: "x:1", replicationFactor: 1, replicas: 3, zones: [a, b, a]}'), 'spec.zones[2]: Duplicate value: "a"');
  });

  it('a zone name that is not a lowercase DNS label is refused by the pattern', async () => {
    await refused(applyIc('badzone', '{image: "x:1", replicationFactor: 1, replicas: 3, zones: [Zone_A]}'), /spec\.zones\[0\] in body should match/);
  });

  const zoneChanges: [string, string][] = [
    ['adding a zone', '[a, b, c, d]'],
    ['removing a zone', '[a, b]'],
    ['reordering the zones', '[b, a, c]'],
    ['dropping zone awareness', '[]'],
  ];
  for (const [change, zones] of zoneChanges) {
    it(`${change} to an existing cluster is refused with a message that names spec.zones`, async () => {
      const created = await applyIc('zoned', '{image: "x:1", replicas: 3, zones: [a, b, c]}');
      expect(created.code, created.stderr).to.equal(0);
      await refused(applyIc('zoned', `{image: "x:1", replicas: 3, zones: ${zones}}`), 'spec.zones cannot be changed after creation');
    });
  }

  it('a cluster without zones cannot become zone-aware in place', async () => {
    expect((await applyIc('flat', '{image: "x:1"}')).code).to.equal(0);
    await refused(applyIc('flat', '{image: "x:1", zones: [a, b, c]}'), 'spec.zones cannot be changed after creation');
  });

  it('resources accept quantities as numbers or strings (cpu: 1, memory: 2Gi) for every component', async () => {
    const applied = await applyIc('sized', '{image: "x:1", resources: {requests: {cpu: 1}}, ingester: {resources: {requests: {cpu: 2, memory: 2Gi}}}, distributor: {resources: {limits: {cpu: "500m"}}}, querier: {resources: {requests: {memory: 1e9}}}}');
    expect(applied.code, applied.stderr).to.equal(0);
    const got = JSON.parse((await kubectl(kubeconfig, ['get', 'ic', 'sized', '-o', 'json'])).stdout);
    expect(got.spec.ingester.resources.requests).to.deep.equal({ cpu: 2, memory: '2Gi' });
    expect(got.spec.resources.requests.cpu).to.equal(1);
  });

  it('a resource that is not a quantity is refused with the quantity pattern', async () => {
    await refused(applyIc('abc', '{image: "x:1", distributor: {resources: {requests: {cpu: abc}}}}'), /spec\.distributor\.resources\.requests\.cpu in body should match/);
  });

  it('node selector, tolerations and priority class are accepted per component', async () => {
    const applied = await applyIc('placed', '{image: "x:1", ingester: {nodeSelector: {pool: ingest}, tolerations: [{key: dedicated, operator: Equal, value: ingest, effect: NoSchedule}], priorityClassName: high}, querier: {priorityClassName: low}}');
    expect(applied.code, applied.stderr).to.equal(0);
    const got = JSON.parse((await kubectl(kubeconfig, ['get', 'ic', 'placed', '-o', 'json'])).stdout);
    expect(got.spec.ingester.tolerations).to.deep.equal([{ key: 'dedicated', operator: 'Equal', value: 'ingest', effect: 'NoSchedule' }]);
    expect(got.spec.querier.priorityClassName).to.equal('low');
  });

  it('a toleration with an unknown effect is refused', async () => {
    await refused(applyIc('badtoleration', '{image: "x:1", querier: {tolerations: [{key: k, effect: Sometimes}]}}'), /spec\.querier\.tolerations\[0\]\.effect: Unsupported value: "Sometimes"/);
  });

  const heartbeatCases: [string, string][] = [
    ['equal to', '{heartbeatPeriod: 1m, heartbeatTimeout: 60s}'],
    ['shorter than', '{heartbeatPeriod: 90s, heartbeatTimeout: 1m}'],
  ];
  for (const [relation, ring] of heartbeatCases) {
    it(`a heartbeat timeout ${relation} the heartbeat period is refused (compared as durations)`, async () => {
      await refused(applyIc('heartbeat', `{image: "x:1", ring: ${ring}}`), 'spec.ring.heartbeatTimeout must be longer than spec.ring.heartbeatPeriod');
    });
  }

  it('a heartbeat timeout longer than the period in other units is accepted (1500ms < 2s)', async () => {
    const applied = await applyIc('heartbeat-ok', '{image: "x:1", ring: {heartbeatPeriod: 1500ms, heartbeatTimeout: 2s}}');
    expect(applied.code, applied.stderr).to.equal(0);
  });

  it('a compactor and keep-forever retention by default', async () => {
    expect((await applyIc('compacted', '{image: "x:1"}')).code).to.equal(0);
    const got = JSON.parse((await kubectl(kubeconfig, ['get', 'ic', 'compacted', '-o', 'json'])).stdout);
    expect(got.spec.compactor).to.deep.equal({ enabled: true, replicas: 1, blockRanges: ['1h', '12h', '24h'], compactionInterval: '10m', deletionDelay: '12h', firstLevelCompactionWaitPeriod: '25m', maxLag: '3h' });
    expect(got.spec.retention).to.deep.equal({ blocksRetentionPeriod: '0' });
  });

  // The lag is the age of the oldest profile in an unmerged ingester block whose window has ended: a block waits out
  // its window (the smallest block range), then firstLevelCompactionWaitPeriod, then up to one compactionInterval for
  // the next pass. A healthy compactor's lag reaches their sum (1h35m by default), so a maxLag at or under it would
  // report CompactionBehind on a cluster that keeps up.
  it('a maxLag not longer than the smallest block range plus the first-level wait plus the compaction interval is refused', async () => {
    const message = 'spec.compactor.maxLag must be longer than the smallest of spec.compactor.blockRanges plus spec.compactor.firstLevelCompactionWaitPeriod plus spec.compactor.compactionInterval';
    await refused(applyIc('lag', '{image: "x:1", compactor: {compactionInterval: 30m, maxLag: 1800s}}'), message);
    await refused(applyIc('lag-wait', '{image: "x:1", compactor: {compactionInterval: 10m, firstLevelCompactionWaitPeriod: 25m, maxLag: 95m}}'), message);
    await refused(applyIc('lag-range', '{image: "x:1", compactor: {blockRanges: [2h, 24h], firstLevelCompactionWaitPeriod: 0s, maxLag: 2h}}'), message);
    const ok = await applyIc('lag-ok', '{image: "x:1", compactor: {compactionInterval: 10m, firstLevelCompactionWaitPeriod: 25m, maxLag: 96m}}');
    expect(ok.code, ok.stderr).to.equal(0);
  });

  // A tenant listed twice is refused by kube-apiserver's list-type map check (apiextensions-apiserver
  // pkg/apiserver/schema/listtype/validation.go, ValidateListSetsAndMaps), as by the test API server.
  it('per-tenant retention takes tenant IDs and durations only: a tenant ID with a comma, or days, or twice, is refused', async () => {
    await refused(applyIc('twice', '{image: "x:1", retention: {tenants: [{tenant: a, blocksRetentionPeriod: 1h}, {tenant: a, blocksRetentionPeriod: 2h}]}}'), 'spec.retention.tenants[1]: Duplicate value: map[string]interface {}{"tenant":"a"}');
    await refused(applyIc('comma', '{image: "x:1", retention: {tenants: [{tenant: "a,b", blocksRetentionPeriod: 1h}]}}'), /spec\.retention\.tenants\[0\]\.tenant in body should match/);
    await refused(applyIc('days', '{image: "x:1", retention: {blocksRetentionPeriod: 30d}}'), /spec\.retention\.blocksRetentionPeriod in body should match/);
    const ok = await applyIc('kept', '{image: "x:1", retention: {blocksRetentionPeriod: 720h, tenants: [{tenant: "team-a", blocksRetentionPeriod: "0"}]}}');
    expect(ok.code, ok.stderr).to.equal(0);
  });

  it('a change of the persistence size is refused with a message that says why and what to do', async () => {
    expect((await applyIc('grow', '{image: "x:1", persistence: {size: 10Gi}}')).code).to.equal(0);
    await refused(applyIc('grow', '{image: "x:1", persistence: {size: 20Gi}}'), 'spec.persistence.size cannot be changed');
    await refused(applyIc('grow', '{image: "x:1", persistence: {size: 10Gi, storageClassName: fast}}'), 'spec.persistence.storageClassName cannot be changed');
    const unchanged = await applyIc('grow', '{image: "x:1", persistence: {size: 10Gi, deleteOnScaleDown: true}}');
    expect(unchanged.code, 'other persistence fields still change').to.equal(0);
  });

  it('status conditions are shaped like metav1.Condition: reason, message and lastTransitionTime are required', async () => {
    const bad = JSON.stringify({ status: { conditions: [{ type: 'Available', status: 'True' }] } });
    const result = await kubectl(kubeconfig, ['patch', 'ic', 'demo', '--subresource=status', '--type=merge', '-p', bad]);
    expect(result.code).to.not.equal(0);
    for (const field of ['reason', 'message', 'lastTransitionTime']) expect(result.stderr).to.contain(`status.conditions[0].${field}: Required value`);
    const good = JSON.stringify({ status: { conditions: [{ type: 'Available', status: 'True', reason: 'QuorumAvailable', message: 'ok', lastTransitionTime: '2026-12-05T18:00:00Z', observedGeneration: 1 }] } });
    const accepted = await kubectl(kubeconfig, ['patch', 'ic', 'demo', '--subresource=status', '--type=merge', '-p', good]);
    expect(accepted.code, accepted.stderr).to.equal(0);
  });

  it('the CRD upgrade path of docs/sre/install.md works: kubectl apply --server-side --force-conflicts over the installed CRD', async () => {
    const chartCrd = path.join(repoRoot, 'charts', 'ingester-cluster', 'crds', 'ingestercluster.yaml');
    const upgraded = await kubectl(kubeconfig, ['apply', '--server-side', '--force-conflicts', '-f', chartCrd]);
    expect(upgraded.code, upgraded.stderr).to.equal(0);
    expect(upgraded.stdout).to.contain('customresourcedefinition.apiextensions.k8s.io/ingesterclusters.ingester-cluster.dev serverside-applied');
    const established = await kubectl(kubeconfig, ['wait', '--for=condition=Established', 'crd/ingesterclusters.ingester-cluster.dev', '--timeout=30s']);
    expect(established.code, established.stderr).to.equal(0);
  });

  it('kubectl get ic shows the printer columns', async () => {
    const result = await kubectl(kubeconfig, ['get', 'ic']);
    expect(result.code, result.stderr).to.equal(0);
    const header = result.stdout.split('\n')[0]!;
    for (const column of ['NAME', 'READY', 'RING', 'VERSION', 'PHASE', 'AGE']) expect(header).to.contain(column);
  });

  it('the scale subresource drives spec.replicas (kubectl scale)', async () => {
    const result = await kubectl(kubeconfig, ['scale', 'ic/demo', '--replicas=5']);
    expect(result.code, result.stderr).to.equal(0);
    const got = JSON.parse((await kubectl(kubeconfig, ['get', 'ic', 'demo', '-o', 'json'])).stdout);
    expect(got.spec.replicas).to.equal(5);
  });
});
