// The Helm chart: lint, golden renders, the values schema, drift from the sources it copies, and pod security.
// Applying the renders to the test Kubernetes API server is in chart-apply.test.ts.
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { helm } from './helm.ts';
import { chartDir, parseManifests, renderChart, scenarios, valuesArgs, type K8sObject } from './render.ts';
import { operatorRbacRules, verbatimCopies } from './sources.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const goldenDir = path.join(import.meta.dirname, 'golden');

describe('the Helm chart', function () {
  this.timeout(60_000);

  for (const scenario of scenarios) {
    it(`lints cleanly with the ${scenario} values`, () => {
      const result = helm(['lint', chartDir, '--strict', ...valuesArgs(scenario)]);
      expect(result.code, result.stdout + result.stderr).to.equal(0);
    });

    it(`renders the ${scenario} scenario exactly as its golden file (UPDATE_GOLDEN=1 rewrites it)`, () => {
      const rendered = renderChart(scenario);
      const golden = path.join(goldenDir, `${scenario}.yaml`);
      if (process.env.UPDATE_GOLDEN === '1') {
        fs.mkdirSync(goldenDir, { recursive: true });
        fs.writeFileSync(golden, rendered);
      }
      expect(fs.existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx mocha test/chart/chart.test.ts`).to.equal(true);
      expect(rendered).to.equal(fs.readFileSync(golden, 'utf8'));
    });
  }

  const wrongValues: [string, string[], RegExp][] = [
    ['negative operator replicas are refused', ['--set', 'operator.replicas=-1'], /operator\/replicas.*minimum/],
    ['an unknown storage backend is refused', ['--set', 'ingesterCluster.create=true', '--set', 'ingesterCluster.spec.storage.backend=s3'], /storage\/backend.*one of/],
    ['an unknown log level is refused', ['--set', 'operator.logLevel=verbose'], /logLevel.*one of/],
    ['a misspelt top-level value is refused instead of ignored', ['--set', 'opertor.replicas=1'], /opertor/],
    ['a malformed duration is refused', ['--set', 'operator.leaderElection.leaseDuration=15 seconds'], /leaseDuration.*pattern|does not match/],
    ['a ServiceMonitor without the metrics Service is refused with the reason', ['--set', 'metrics.service.enabled=false', '--set', 'metrics.serviceMonitor.enabled=true'], /needs metrics.service.enabled/],
  ];
  for (const [sentence, args, message] of wrongValues) {
    it(sentence, () => {
      expect(() => renderChart('default', args)).to.throw(message);
    });
  }

  for (const [source, copy] of verbatimCopies) {
    it(`ships ${path.relative(chartDir, copy)} exactly as ${path.relative(repoRoot, source)} (make chart-sync)`, () => {
      expect(fs.readFileSync(copy, 'utf8'), `${path.relative(repoRoot, copy)} drifted: run make chart-sync`).to.equal(fs.readFileSync(source, 'utf8'));
    });
  }

  const allOn = ['--set', 'ingesterCluster.create=true', '--set', 'metrics.podMonitor.enabled=true', '--set', 'metrics.prometheusRule.enabled=true'];

  it('no rendered object repeats a key in any map (pod template labels included)', () => {
    for (const [scenario, args] of [...scenarios.map((s) => [s, []] as const), ['default', allOn] as const]) {
      for (const doc of parseAllDocuments(renderChart(scenario, [...args]))) {
        expect(doc.errors.map((e) => e.message), `${scenario}: ${doc.toString().slice(0, 120)}`).to.deep.equal([]);
      }
    }
  });

  it('the operator pods carry the chart labels and the selector labels once each, and podLabels too', () => {
    const deployment = parseManifests(renderChart('default', ['--set', 'operator.podLabels.team=profiling'])).find((o) => o.kind === 'Deployment')!;
    const labels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    expect(labels).to.include({ 'app.kubernetes.io/name': 'ingester-cluster', 'app.kubernetes.io/instance': 'ic', 'app.kubernetes.io/component': 'operator', 'app.kubernetes.io/managed-by': 'Helm', team: 'profiling' });
  });

  it('a PodDisruptionBudget keeps one of the two operator replicas through a drain, and none is made for a single replica', () => {
    const pdb = parseManifests(renderChart('default')).find((o) => o.kind === 'PodDisruptionBudget');
    expect(pdb?.spec).to.deep.equal({ maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'ingester-cluster', 'app.kubernetes.io/instance': 'ic', 'app.kubernetes.io/component': 'operator' } } });
    expect(parseManifests(renderChart('cluster-wide')).map((o) => o.kind), 'cluster-wide runs one replica').to.not.include('PodDisruptionBudget');
  });

  it('the PrometheusRule and PodMonitor for the data plane are off by default', () => {
    for (const scenario of scenarios) expect(parseManifests(renderChart(scenario)).map((o) => o.kind)).to.not.include.members(['PrometheusRule', 'PodMonitor']);
  });

  it('the PrometheusRule carries the rule groups of docs/alerts, with their {{ $labels }} templates left for Prometheus', () => {
    const rule = parseManifests(renderChart('default', allOn)).find((o) => o.kind === 'PrometheusRule')!;
    const source = parse(fs.readFileSync(path.join(repoRoot, 'docs', 'alerts', 'ingester-cluster.rules.yaml'), 'utf8')) as { groups: unknown[] };
    expect(rule.spec).to.deep.equal({ groups: source.groups });
    expect(JSON.stringify(rule.spec)).to.contain('{{ $labels.pod }}');
  });

  it('the PodMonitor scrapes what docs/alerts/podmonitor.yaml scrapes, in the watched namespace or in all of them', () => {
    const doc = parse(fs.readFileSync(path.join(repoRoot, 'docs', 'alerts', 'podmonitor.yaml'), 'utf8')) as { spec: Record<string, unknown> };
    const monitor = (args: string[]) => parseManifests(renderChart('default', args)).find((o) => o.kind === 'PodMonitor')!.spec!;
    const { namespaceSelector, ...rest } = monitor(allOn);
    expect(rest).to.deep.equal(doc.spec);
    expect(namespaceSelector).to.deep.equal({ matchNames: ['profiling'] });
    expect(monitor([...allOn, '--set', 'rbac.clusterWide=true']).namespaceSelector).to.deep.equal({ any: true });
  });

  it('the chart\'s filesystem IngesterCluster keeps its bucket on a claim it creates (kept on uninstall), unless it names its own', () => {
    const objects = parseManifests(renderChart('filesystem'));
    const claim = objects.find((o) => o.kind === 'PersistentVolumeClaim')!;
    expect(claim.metadata.name).to.equal('profiles-bucket');
    expect((claim.metadata as { annotations?: Record<string, string> }).annotations).to.deep.equal({ 'helm.sh/resource-policy': 'keep' });
    expect(claim.spec).to.deep.include({ accessModes: ['ReadWriteMany'] });
    const ic = objects.find((o) => o.kind === 'IngesterCluster')!;
    expect(ic.spec!.storage).to.deep.equal({ backend: 'filesystem', filesystem: { path: '/bucket', claimName: 'profiles-bucket' } });
    const own = parseManifests(renderChart('filesystem', ['--set', 'ingesterCluster.spec.storage.filesystem.claimName=shared-nfs']));
    expect(own.map((o) => o.kind)).to.not.include('PersistentVolumeClaim');
    expect((own.find((o) => o.kind === 'IngesterCluster')!.spec!.storage as { filesystem: { claimName: string } }).filesystem.claimName).to.equal('shared-nfs');
    expect(parseManifests(renderChart('gcs')).map((o) => o.kind), 'GCS needs no bucket claim').to.not.include('PersistentVolumeClaim');
  });

  it('grants the operator exactly the rules of operator/rbac, no more', () => {
    const chartRules = parse(fs.readFileSync(path.join(chartDir, 'files', 'operator-rules.yaml'), 'utf8')) as Record<string, unknown>;
    const sourceRules = operatorRbacRules();
    expect(sourceRules.rules, 'operator/rbac grants nothing').to.not.be.empty;
    expect(chartRules, 'charts/ingester-cluster/files/operator-rules.yaml drifted from operator/rbac').to.deep.equal(sourceRules);
  });

  it('runs every container as Pod Security "restricted" asks (non-root, seccomp RuntimeDefault, no privilege escalation, no capabilities), read-only with /tmp on an emptyDir', () => {
    for (const scenario of scenarios) {
      for (const obj of parseManifests(renderChart(scenario))) {
        for (const { podSpec, container } of containersOf(obj)) expectRestrictedAndReadOnly(podSpec, container, `${scenario}: ${obj.kind}/${obj.metadata.name} container ${String(container.name)}`);
      }
    }
  });

  it('the install without Helm (operator/deploy/operator.yaml) runs its pods the same way, with a PodDisruptionBudget', () => {
    const objects = parseManifests(fs.readFileSync(path.join(repoRoot, 'operator', 'deploy', 'operator.yaml'), 'utf8'));
    const deployment = objects.find((o) => o.kind === 'Deployment')!;
    const containers = containersOf(deployment);
    expect(containers).to.have.length(1);
    for (const { podSpec, container } of containers) expectRestrictedAndReadOnly(podSpec, container, 'operator/deploy/operator.yaml');
    expect(objects.find((o) => o.kind === 'PodDisruptionBudget')?.spec).to.deep.include({ maxUnavailable: 1 });
  });

  it('examples/filesystem.yaml keeps its bucket on a claim it creates (the root filesystem is read-only)', () => {
    const objects = parseManifests(fs.readFileSync(path.join(repoRoot, 'examples', 'filesystem.yaml'), 'utf8'));
    const claim = objects.find((o) => o.kind === 'PersistentVolumeClaim')!;
    const ic = objects.find((o) => o.kind === 'IngesterCluster')!;
    expect((ic.spec!.storage as { filesystem: { claimName: string } }).filesystem.claimName).to.equal(claim.metadata.name);
  });

  it('binds cluster-wide permissions only when asked to', () => {
    const kinds = (scenario: 'default' | 'cluster-wide') => parseManifests(renderChart(scenario)).map((o) => o.kind);
    expect(kinds('default')).to.include('Role').and.not.include('ClusterRole');
    expect(kinds('cluster-wide')).to.include('ClusterRole').and.include('ClusterRoleBinding');
    const args = (scenario: 'default' | 'cluster-wide') => {
      const deployment = parseManifests(renderChart(scenario)).find((o) => o.kind === 'Deployment');
      return containersOf(deployment!)[0]!.container.args as string[];
    };
    expect(args('default')).to.include('-namespace=profiling');
    expect(args('cluster-wide')).to.include('-namespace=');
  });
});

/** What Pod Security "restricted" asks of a container, plus a read-only root with /tmp on a size-limited emptyDir. */
function expectRestrictedAndReadOnly(podSpec: Record<string, unknown>, container: Record<string, unknown>, where: string): void {
  const sc = (container.securityContext ?? {}) as Record<string, unknown>;
  const podSc = (podSpec.securityContext ?? {}) as Record<string, unknown>;
  expect(sc.runAsNonRoot ?? podSc.runAsNonRoot, where).to.equal(true);
  expect(sc.readOnlyRootFilesystem, where).to.equal(true);
  expect(sc.allowPrivilegeEscalation, where).to.equal(false);
  expect((sc.capabilities as { drop?: string[] } | undefined)?.drop, where).to.deep.equal(['ALL']);
  expect(sc.seccompProfile ?? podSc.seccompProfile, where).to.deep.equal({ type: 'RuntimeDefault' });
  const tmp = ((container.volumeMounts ?? []) as { name: string; mountPath: string }[]).find((m) => m.mountPath === '/tmp');
  const volume = ((podSpec.volumes ?? []) as { name: string; emptyDir?: { sizeLimit?: string } }[]).find((v) => v.name === tmp?.name);
  expect(volume?.emptyDir?.sizeLimit, `${where}: /tmp is an emptyDir with a size limit`).to.be.a('string');
}

function containersOf(obj: K8sObject): { podSpec: Record<string, unknown>; container: Record<string, unknown> }[] {
  const template = (obj.spec as { template?: { spec?: Record<string, unknown> } } | undefined)?.template;
  const podSpec = template?.spec;
  if (!podSpec) return [];
  const containers = [...((podSpec.containers as Record<string, unknown>[]) ?? []), ...((podSpec.initContainers as Record<string, unknown>[]) ?? [])];
  return containers.map((container) => ({ podSpec, container }));
}
