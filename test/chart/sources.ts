// The chart's copies of what other folders own: the CRD (crds/), the operator's RBAC rules (operator/rbac/) and
// the data plane's example alerts (docs/alerts/, for the optional PrometheusRule). Helm reads nothing outside
// the chart's folder. `make chart-sync` rewrites the copies; the chart tests fail when they drift.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { chartDir, parseManifests } from './render.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The operator's permissions as operator/rbac/ states them, in the shape of the chart's files/operator-rules.yaml. */
export function operatorRbacRules(): { rules: unknown[] } {
  const dir = path.join(repoRoot, 'operator', 'rbac');
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => parseManifests(fs.readFileSync(path.join(dir, f), 'utf8')));
  return { rules: docs.filter((o) => o.kind === 'ClusterRole' || o.kind === 'Role').flatMap((o) => (o.rules as unknown[] | undefined) ?? []) };
}

/** Source → copy in the chart, for the files copied byte for byte. */
export const verbatimCopies: [string, string][] = [
  [path.join(repoRoot, 'crds', 'ingestercluster.yaml'), path.join(chartDir, 'crds', 'ingestercluster.yaml')],
  [path.join(repoRoot, 'docs', 'alerts', 'ingester-cluster.rules.yaml'), path.join(chartDir, 'files', 'alerts', 'ingester-cluster.rules.yaml')],
];

export function syncChartCopies(): void {
  for (const [source, copy] of verbatimCopies) {
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(source, copy);
  }
  const header = '# Generated from operator/rbac/ (the source of truth) by `make chart-sync`; the chart tests fail when they differ.\n';
  fs.writeFileSync(path.join(chartDir, 'files', 'operator-rules.yaml'), header + stringify(operatorRbacRules()));
}

if (process.argv[1] === import.meta.filename) syncChartCopies();
