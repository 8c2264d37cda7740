// The SRE documentation and the example alerts are checked against the code, so they cannot silently drift:
// metric and label names against the prom-client declarations in the source, flags against the programs'
// own -help, links against the files, value paths against the chart's values and the CRD schema, and the
// rules file against the Prometheus rule-group shape. Helpers: ./extract.ts.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { labelsFor } from '../../operator/src/controller/layout.ts';
import {
  codeSpans, declaredMetrics, stringLiterals, fencedBlocks, flagsInHelp, flagsInText, headingSlugs, markdownFiles, metricFamily, metricsInPromQL,
  relativeLinks, schemaPathExists, selectorsIn, valuePathExists, type DeclaredMetric,
} from './extract.ts';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rel = (p: string): string => path.relative(root, p);
const read = (p: string): string => readFileSync(path.join(root, p), 'utf8');

const SRE_PAGES = ['install.md', 'operations.md', 'metrics-and-alerts.md', 'recovery.md'].map((f) => `docs/sre/${f}`);
const RULES_FILE = 'docs/alerts/ingester-cluster.rules.yaml';

/** Metrics the rules may use that other software exports; nothing else outside the code is allowed. */
const EXTERNAL_METRICS = new Map([
  ['kubelet_volume_stats_available_bytes', ['namespace', 'persistentvolumeclaim']],
  ['kubelet_volume_stats_capacity_bytes', ['namespace', 'persistentvolumeclaim']],
]);
/** Labels the scrape adds to every series (Prometheus' own and the PodMonitor's). */
const TARGET_LABELS = new Set(['namespace', 'pod', 'job', 'instance', 'container', 'le']);

interface Rule { alert?: unknown; record?: unknown; expr?: unknown; for?: unknown; labels?: unknown; annotations?: unknown }
interface RuleGroup { name?: unknown; rules?: unknown }

describe('the SRE documentation and example alerts agree with the code', function () {
  this.timeout(120_000);
  let metrics: Map<string, DeclaredMetric>;
  let literals: Set<string>;
  let flags: Set<string>;
  const pages = new Map(SRE_PAGES.map((p) => [p, read(p)]));
  const rulesText = read(RULES_FILE);
  const rules = YAML.parse(rulesText) as { groups?: RuleGroup[] };
  const alertRules = (): Rule[] => (rules.groups ?? []).flatMap((g) => (Array.isArray(g.rules) ? (g.rules as Rule[]) : []));

  before(async () => {
    metrics = declaredMetrics(root, ['ingester/src', 'operator/src']);
    literals = stringLiterals(root, ['ingester/src', 'operator/src']);
    // Both programs print their flags; they run once, in parallel (module loading is most of the time).
    const help = await Promise.all(['ingester/src/main.ts', 'operator/src/main.ts'].map((main) =>
      run(process.execPath, ['--import', 'tsx', main, '-help'], { cwd: root, timeout: 90_000 }).then((r) => r.stdout)));
    flags = new Set(help.flatMap(flagsInHelp));
  });

  it('finds the metric declarations it checks against (the extraction itself works)', () => {
    // Spot checks across the ways metrics are declared: new Counter/Gauge/Histogram, promClient.X, sharedCounter.
    for (const name of ['ingester_wal_fsync_duration_seconds', 'ring_lifecycler_state', 'querier_engine_request_duration_seconds', 'objstore_operations_total', 'ingester_cluster_operator_leader']) {
      expect(metrics.has(name), name).to.equal(true);
    }
    expect(metrics.get('ingester_wal_fsync_duration_seconds')?.type).to.equal('histogram');
    expect(metrics.get('distributor_pushes_total')?.labels).to.deep.equal(['result']);
    expect(metrics.size).to.be.greaterThan(50);
  });

  it('the rules file is valid YAML in the Prometheus rule-group shape', () => {
    expect(rules.groups, 'groups').to.be.an('array').that.is.not.empty;
    const groupNames = new Set<string>();
    const alertNames = new Set<string>();
    for (const group of rules.groups!) {
      expect(group.name, 'group name').to.be.a('string').that.is.not.empty;
      expect(groupNames.has(group.name as string), `duplicate group ${String(group.name)}`).to.equal(false);
      groupNames.add(group.name as string);
      expect(Object.keys(group).filter((k) => !['name', 'interval', 'rules', 'limit'].includes(k)), `unknown keys in group ${String(group.name)}`).to.deep.equal([]);
      expect(group.rules, `rules of ${String(group.name)}`).to.be.an('array').that.is.not.empty;
      for (const rule of group.rules as Rule[]) {
        const where = `${String(group.name)}/${String(rule.alert)}`;
        expect(Object.keys(rule).filter((k) => !['alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations'].includes(k)), `unknown keys in ${where}`).to.deep.equal([]);
        expect(rule.alert, where).to.be.a('string').and.match(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(alertNames.has(rule.alert as string), `duplicate alert ${where}`).to.equal(false);
        alertNames.add(rule.alert as string);
        expect(rule.expr, `expr of ${where}`).to.be.a('string').that.is.not.empty;
        expect(balanced(rule.expr as string), `brackets of ${where}`).to.equal(true);
        expect(rule.for, `for of ${where}`).to.be.a('string').and.match(/^(\d+(ms|s|m|h|d|w|y))+$/);
        expect(rule.labels, `labels of ${where}`).to.be.an('object');
        expect(['critical', 'warning', 'info'], `severity of ${where}`).to.include((rule.labels as Record<string, unknown>).severity);
        for (const v of Object.values(rule.labels as object)) expect(v, `label values of ${where}`).to.be.a('string');
        const annotations = rule.annotations as Record<string, unknown>;
        expect(annotations, `annotations of ${where}`).to.be.an('object');
        expect(annotations.summary, `summary of ${where}`).to.be.a('string').that.is.not.empty;
        expect(annotations.description, `description of ${where}`).to.be.a('string').that.is.not.empty;
      }
    }
  });

  it('every metric and label in the alert expressions exists in the code', () => {
    const problems: string[] = [];
    for (const rule of alertRules()) {
      const expr = String(rule.expr);
      const names = metricsInPromQL(expr);
      expect(names, `metrics found in ${String(rule.alert)}`).to.not.be.empty;
      for (const name of names) if (!metricFamily(metrics, name) && !EXTERNAL_METRICS.has(name)) problems.push(`${String(rule.alert)}: no metric ${name}`);
      for (const { metric, labels } of selectorsIn(expr)) problems.push(...unknownLabels(metric, labels).map((l) => `${String(rule.alert)}: ${metric} has no label ${l}`));
      for (const label of groupingLabels(expr)) {
        const known = names.some((n) => labelsOf(n).includes(label)) || TARGET_LABELS.has(label);
        if (!known) problems.push(`${String(rule.alert)}: no metric in the expression has the label ${label}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('promtool (Prometheus 2.42, Debian\'s prometheus package) accepts the rules and passes their unit tests', async () => {
    // The rules' semantics (what fires when, with which text) only Prometheus itself can judge;
    // scripts/install-test-deps.sh installs promtool.
    const check = await run('promtool', ['check', 'rules', RULES_FILE], { cwd: root });
    expect(check.stdout).to.match(/SUCCESS: \d+ rules found/);
    const unit = await run('promtool', ['test', 'rules', 'docs/alerts/ingester-cluster.rules.test.yaml'], { cwd: root });
    expect(unit.stdout).to.include('SUCCESS');
  });

  it('the promtool unit tests of the rules load the rules file and feed only series the code exports', () => {
    const suite = YAML.parse(read('docs/alerts/ingester-cluster.rules.test.yaml')) as { rule_files: string[]; tests: Array<{ input_series: Array<{ series: string }>; alert_rule_test: Array<{ alertname: string }> }> };
    expect(suite.rule_files).to.deep.equal([path.basename(RULES_FILE)]);
    const alerts = new Set(alertRules().map((r) => String(r.alert)));
    const problems: string[] = [];
    for (const t of suite.tests) {
      for (const { series } of t.input_series) {
        const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(series)?.[0] ?? series;
        if (!metricFamily(metrics, name)) problems.push(`input series ${series}: no metric ${name}`);
        for (const { metric, labels } of selectorsIn(series)) problems.push(...unknownLabels(metric, labels).map((l) => `input series ${series}: no label ${l}`));
      }
      for (const { alertname } of t.alert_rule_test) if (!alerts.has(alertname)) problems.push(`no alert ${alertname}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('every metric named in the SRE pages exists in the code, with the labels it is shown with', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const [page, text] of pages) {
      // A snake_case code span is a metric (`ingester_pushes_total`, `…{result="error"}`) unless it is a
      // label value the code writes (`replication_failed`): then it must be a string literal in the source.
      const spans = codeSpans(text).filter((s) => /^[a-z][a-z0-9_:]*(\{.*\})?$/.test(s) && s.split('{')[0]!.includes('_'));
      for (const span of spans) {
        const name = span.split('{')[0]!;
        seen++;
        if (!metricFamily(metrics, name) && !EXTERNAL_METRICS.has(name) && !(name === span && literals.has(name))) {
          problems.push(`${page}: \`${span}\` is neither a metric nor a label value in the code`);
        }
        for (const { metric, labels } of selectorsIn(span)) problems.push(...unknownLabels(metric, labels).map((l) => `${page}: ${metric} has no label ${l}`));
      }
      for (const block of fencedBlocks(text).filter((b) => b.lang === 'promql')) {
        for (const name of metricsInPromQL(block.body)) {
          seen++;
          if (!metricFamily(metrics, name)) problems.push(`${page}: ${name} (promql block) is not a metric in the code`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
    expect(seen, 'metric names found in the pages').to.be.greaterThan(40);
  });

  it('the metrics page lists every metric used by the rules and explains every alert, and only those', () => {
    const page = pages.get('docs/sre/metrics-and-alerts.md')!;
    const spans = new Set(codeSpans(page).map((s) => s.split('{')[0]!));
    const used = new Set(alertRules().flatMap((r) => metricsInPromQL(String(r.expr))).map((n) => metricFamily(metrics, n)?.name ?? n));
    expect([...used].filter((n) => !spans.has(n) && !page.includes(n))).to.deep.equal([]);
    const alerts = alertRules().map((r) => String(r.alert));
    const documented = codeSpans(page).filter((s) => /^[A-Z][A-Za-z]+$/.test(s) && /^(Ingester|Distributor|Tenant|Ring|Operator|Compactor)/.test(s));
    expect([...new Set(documented)].sort()).to.deep.equal([...alerts].sort());
  });

  it('every flag mentioned in the docs and the rules exists in the -help of the programs', () => {
    const problems: string[] = [];
    const texts: Array<[string, string]> = [...markdownFiles(path.join(root, 'docs')).map((f): [string, string] => [rel(f), readFileSync(f, 'utf8')]), [RULES_FILE, rulesText]];
    let seen = 0;
    for (const [file, text] of texts) {
      for (const flag of flagsInText(text, { undotted: file.startsWith('docs/sre/') || file === RULES_FILE })) {
        seen++;
        if (flag !== 'help' && !flags.has(flag)) problems.push(`${file}: -${flag}`);
      }
    }
    expect(problems).to.deep.equal([]);
    expect(seen, 'flags found in the docs').to.be.greaterThan(30);
  });

  it('every relative link in docs/ resolves to a file, and every #anchor to a heading', () => {
    const problems: string[] = [];
    for (const file of markdownFiles(path.join(root, 'docs'))) {
      const text = readFileSync(file, 'utf8');
      for (const link of relativeLinks(text)) {
        const [target, anchor] = link.split('#') as [string, string | undefined];
        const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(target));
        if (!existsSync(resolved)) {
          problems.push(`${rel(file)}: ${link} (no ${rel(resolved)})`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !headingSlugs(readFileSync(resolved, 'utf8')).has(anchor)) problems.push(`${rel(file)}: ${link} (no heading #${anchor})`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('every chart value and IngesterCluster field the pages name exists in values.yaml and the CRD', () => {
    const values = YAML.parse(read('charts/ingester-cluster/values.yaml')) as Record<string, unknown>;
    const crd = YAML.parse(read('crds/ingestercluster.yaml')) as CrdDoc;
    const schema = crd.spec.versions[0]!.schema.openAPIV3Schema;
    const problems: string[] = [];
    let seen = 0;
    for (const [page, text] of pages) {
      // Inline: `rbac.clusterWide`, `spec.rollout.flushTimeout`, `spec.persistence.deleteOnScaleDown: true`.
      for (const span of codeSpans(text)) {
        const p = /^([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)+)(?:[:=].*)?$/.exec(span)?.[1];
        if (!p) continue;
        const [first] = p.split('.');
        if (first === 'spec' || first === 'status') {
          seen++;
          if (!schemaPathExists(schema, p.split('.'))) problems.push(`${page}: \`${p}\` is not in the CRD`);
        } else if (first !== undefined && first in values) {
          seen++;
          if (!valuePathExists(values, p.split('.'))) problems.push(`${page}: \`${p}\` is not in values.yaml`);
        }
      }
      for (const block of fencedBlocks(text)) {
        // helm --set a.b=c
        for (const m of block.body.matchAll(/--set(?:-string|-json)?[ =]([A-Za-z0-9_.]+)=/g)) {
          seen++;
          if (!valuePathExists(values, m[1]!.split('.'))) problems.push(`${page}: --set ${m[1]} is not in values.yaml`);
        }
        // kubectl jsonpath: {.status.rollout}, {range .status.conditions[*]}
        for (const m of block.body.matchAll(/[{\s]\.((?:spec|status)(?:\.[a-zA-Z][a-zA-Z0-9]*)+)/g)) {
          seen++;
          if (!schemaPathExists(schema, m[1]!.split('.'))) problems.push(`${page}: jsonpath .${m[1]} is not in the CRD`);
        }
        // kubectl patch ic … -p '{"spec":…}'
        for (const m of block.body.matchAll(/patch (?:ic|ingestercluster)\b[^']*-p '([^']+)'/g)) {
          seen++;
          problems.push(...unknownKeys(schema, JSON.parse(m[1]!) as unknown, []).map((k) => `${page}: patch sets ${k}, not in the CRD`));
        }
      }
    }
    expect(problems).to.deep.equal([]);
    expect(seen, 'value paths found in the pages').to.be.greaterThan(20);
  });

  it('the YAML in install.md is valid: IngesterClusters against the CRD schema, values files against the chart schema', () => {
    const crd = YAML.parse(read('crds/ingestercluster.yaml')) as CrdDoc;
    const schema = crd.spec.versions[0]!.schema.openAPIV3Schema;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validateCluster = ajv.compile(schema);
    const validateValues = ajv.compile(JSON.parse(read('charts/ingester-cluster/values.schema.json')) as object);
    let clusters = 0;
    let valueFiles = 0;
    for (const block of fencedBlocks(pages.get('docs/sre/install.md')!).filter((b) => b.lang === 'yaml')) {
      for (const doc of YAML.parseAllDocuments(block.body).map((d) => d.toJS() as Record<string, unknown> | null)) {
        if (!doc) continue;
        if (doc.kind === 'IngesterCluster') {
          clusters++;
          expect(doc.apiVersion).to.equal(`${crd.spec.group}/${crd.spec.versions[0]!.name}`);
          expect(validateCluster(doc), ajv.errorsText(validateCluster.errors)).to.equal(true);
          expect(unknownKeys(schema, doc, []).filter((k) => k.startsWith('spec.'))).to.deep.equal([]);
          const spec = doc.spec as { replicas?: number; replicationFactor?: number };
          expect(spec.replicas ?? 3, 'spec.replicas >= spec.replicationFactor').to.be.at.least(spec.replicationFactor ?? 3);
        } else if (/values\.yaml\s*$/.test(block.body.split('\n')[0] ?? '')) {
          valueFiles++;
          expect(validateValues(doc), ajv.errorsText(validateValues.errors)).to.equal(true);
        }
      }
    }
    expect(clusters, 'IngesterCluster examples').to.be.at.least(2);
    expect(valueFiles, 'values file examples').to.be.at.least(1);
  });

  it('the PodMonitor selects the pods the operator labels, on the port it names', () => {
    const monitor = YAML.parse(read('docs/alerts/podmonitor.yaml')) as { kind: string; spec: { selector: { matchLabels: Record<string, string> }; podMetricsEndpoints: Array<{ port: string; path: string }> } };
    expect(monitor.kind).to.equal('PodMonitor');
    for (const component of ['ingester', 'distributor', 'querier'] as const) {
      const labels = labelsFor('profiles', component);
      for (const [k, v] of Object.entries(monitor.spec.selector.matchLabels)) expect(labels[k], `${component} pods' label ${k}`).to.equal(v);
    }
    expect(read('operator/src/controller/desired.ts')).to.include(`{ name: '${monitor.spec.podMetricsEndpoints[0]!.port}', containerPort: HTTP_PORT`);
    expect(monitor.spec.podMetricsEndpoints[0]!.path).to.equal('/metrics');
  });

  function labelsOf(name: string): string[] {
    return metricFamily(metrics, name)?.labels ?? EXTERNAL_METRICS.get(name) ?? [];
  }

  function unknownLabels(metric: string, labels: string[]): string[] {
    const known = new Set([...labelsOf(metric), ...TARGET_LABELS]);
    return labels.filter((l) => !known.has(l));
  }
});

interface CrdDoc { spec: { group: string; versions: Array<{ name: string; schema: { openAPIV3Schema: object } }> } }

/** Paths in `value` that the schema does not declare (structural schemas prune unknown fields silently). */
function unknownKeys(schema: object, value: unknown, at: string[]): string[] {
  if (value === null || typeof value !== 'object') return [];
  const s = schema as { properties?: Record<string, object>; items?: object; additionalProperties?: unknown; 'x-kubernetes-preserve-unknown-fields'?: boolean };
  if (Array.isArray(value)) return s.items ? value.flatMap((v, i) => unknownKeys(s.items!, v, [...at, String(i)])) : [];
  if (!s.properties || s.additionalProperties || s['x-kubernetes-preserve-unknown-fields']) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (at.length === 0 && ['apiVersion', 'kind', 'metadata'].includes(k)) continue;
    const child = s.properties[k];
    if (!child) out.push([...at, k].join('.'));
    else out.push(...unknownKeys(child, v, [...at, k]));
  }
  return out;
}

function balanced(expr: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const c of expr.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
    if ('([{'.includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}

/** Labels in by (…), without (…), on (…), ignoring (…). */
function groupingLabels(expr: string): string[] {
  return [...expr.matchAll(/\b(?:by|without|on|ignoring)\s*\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()).filter(Boolean));
}
