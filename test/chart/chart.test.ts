// The Helm chart: lint, golden renders, the values schema, drift from the sources it copies, and pod security.
// Applying the renders to the test Kubernetes API server is in chart-apply.test.ts.
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { helm } from './helm.ts';
import { chartDir, parseManifests, renderChart, scenarios, valuesArgs, type K8sObject } from './render.ts';
import { operatorRbacRules } from './sources.ts';

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

  it('ships the CRD exactly as crds/ defines it', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'crds', 'ingestercluster.yaml'), 'utf8');
    const copy = fs.readFileSync(path.join(chartDir, 'crds', 'ingestercluster.yaml'), 'utf8');
    expect(copy, 'charts/ingester-cluster/crds/ingestercluster.yaml drifted from crds/: copy it again').to.equal(source);
  });

  it('grants the operator exactly the rules of operator/rbac, no more', () => {
    const chartRules = parse(fs.readFileSync(path.join(chartDir, 'files', 'operator-rules.yaml'), 'utf8')) as Record<string, unknown>;
    const sourceRules = operatorRbacRules();
    expect(sourceRules.rules, 'operator/rbac grants nothing').to.not.be.empty;
    expect(chartRules, 'charts/ingester-cluster/files/operator-rules.yaml drifted from operator/rbac').to.deep.equal(sourceRules);
  });

  it('runs every container non-root, with a read-only root filesystem, no privilege escalation and no capabilities', () => {
    for (const scenario of scenarios) {
      for (const obj of parseManifests(renderChart(scenario))) {
        for (const { podSpec, container } of containersOf(obj)) {
          const where = `${scenario}: ${obj.kind}/${obj.metadata.name} container ${String(container.name)}`;
          const sc = (container.securityContext ?? {}) as Record<string, unknown>;
          const podSc = (podSpec.securityContext ?? {}) as Record<string, unknown>;
          expect(sc.runAsNonRoot ?? podSc.runAsNonRoot, where).to.equal(true);
          expect(sc.readOnlyRootFilesystem, where).to.equal(true);
          expect(sc.allowPrivilegeEscalation, where).to.equal(false);
          expect((sc.capabilities as { drop?: string[] } | undefined)?.drop, where).to.deep.equal(['ALL']);
        }
      }
    }
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

function containersOf(obj: K8sObject): { podSpec: Record<string, unknown>; container: Record<string, unknown> }[] {
  const template = (obj.spec as { template?: { spec?: Record<string, unknown> } } | undefined)?.template;
  const podSpec = template?.spec;
  if (!podSpec) return [];
  const containers = [...((podSpec.containers as Record<string, unknown>[]) ?? []), ...((podSpec.initContainers as Record<string, unknown>[]) ?? [])];
  return containers.map((container) => ({ podSpec, container }));
}
