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
