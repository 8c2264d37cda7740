// The chart's copies of what other folders own: the CRD (crds/) and the operator's RBAC rules (operator/rbac/).
// `make chart-sync` rewrites the copies; the chart tests fail when they drift.
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

export function syncChartCopies(): void {
  fs.copyFileSync(path.join(repoRoot, 'crds', 'ingestercluster.yaml'), path.join(chartDir, 'crds', 'ingestercluster.yaml'));
  const header = '# Generated from operator/rbac/ (the source of truth) by `make chart-sync`; the chart tests fail when they differ.\n';
  fs.writeFileSync(path.join(chartDir, 'files', 'operator-rules.yaml'), header + stringify(operatorRbacRules()));
}

if (process.argv[1] === import.meta.filename) syncChartCopies();
