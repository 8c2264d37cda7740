// What docs.test.ts extracts from source, Markdown, PromQL and -help output. Each extraction is defined
// narrowly on purpose: a name it cannot classify is reported, not ignored.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary';

export interface DeclaredMetric {
  name: string;
  type: MetricType;
  labels: string[];
  file: string;
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out.sort();
}

/**
 * Metrics declared in the TypeScript below `dirs` (tests and generated code excluded). A declaration is a
 * prom-client constructor (`new Counter(`, `new promClient.Histogram<…>(`, …) or one of the ring's shared
 * helpers (`sharedCounter(registry, {…})`, `sharedGauge(…)`); its name is the first `name: '…'` string in
 * the options object, its labels the `labelNames: […]` strings. prom-client adds no prefix (no registry
 * prefix or default metrics are configured anywhere), so the name is what /metrics shows.
 */
export function declaredMetrics(root: string, dirs: string[]): Map<string, DeclaredMetric> {
  const out = new Map<string, DeclaredMetric>();
  const ctor = /\bnew\s+(?:[A-Za-z_$][\w$]*\.)?(Counter|Gauge|Histogram|Summary)\s*(?:<[^>(]*>)?\s*\(|\bshared(Counter|Gauge|Histogram|Summary)\s*(?:<[^>(]*>)?\s*\([^,{]*,/g;
  for (const dir of dirs) {
    for (const file of walk(path.join(root, dir), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.split(path.sep).includes('gen'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(ctor)) {
        const options = objectLiteralAfter(text, m.index + m[0].length);
        if (!options) continue;
        const name = /\bname:\s*['"]([^'"]+)['"]/.exec(options)?.[1];
        if (!name) continue; // a generic wrapper (`new Counter({ ...config })`): its callers are matched instead
        const labelList = /\blabelNames:\s*\[([^\]]*)\]/.exec(options)?.[1] ?? '';
        const labels = [...labelList.matchAll(/['"]([^'"]+)['"]/g)].map((l) => l[1]!);
        out.set(name, { name, type: (m[1] ?? m[2]!).toLowerCase() as MetricType, labels, file: path.relative(root, file) });
      }
    }
  }
  return out;
}

/** The `{ … }` literal starting at the first `{` at or after `from` (braces balanced, strings skipped). */
function objectLiteralAfter(text: string, from: number): string | undefined {
  const start = text.indexOf('{', from);
  if (start < 0 || text.slice(from, start).trim() !== '') return undefined;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** The declared metric a series name belongs to: itself, or a histogram's _bucket/_sum/_count, a summary's _sum/_count. */
export function metricFamily(metrics: Map<string, DeclaredMetric>, series: string): DeclaredMetric | undefined {
  const direct = metrics.get(series);
  if (direct) return direct;
  const m = /^(.*)_(bucket|sum|count)$/.exec(series);
  const base = m ? metrics.get(m[1]!) : undefined;
  if (!base) return undefined;
  if (base.type === 'histogram') return { ...base, labels: m![2] === 'bucket' ? [...base.labels, 'le'] : base.labels };
  if (base.type === 'summary' && m![2] !== 'bucket') return base;
  return undefined;
}

const PROMQL_KEYWORDS = new Set(['and', 'or', 'unless', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'offset', 'inf', 'nan', 'atan2']);

/**
 * Metric names in a PromQL expression: identifiers left after removing strings, label matchers `{…}`,
 * ranges `[…]` and label lists of by/without/on/ignoring/group_*; function calls (an identifier followed by
 * `(`), keywords and numbers are not names.
 */
export function metricsInPromQL(expr: string): string[] {
  let s = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  s = s.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  s = s.replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const m of s.matchAll(/(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const rest = s.slice(m.index + m[0].length);
    if (/^\s*\(/.test(rest)) continue;
    if (PROMQL_KEYWORDS.has(m[0].toLowerCase())) continue;
    names.add(m[0]);
  }
  return [...names];
}

/** Every `metric{label="…", …}` selector: the metric and the label names it matches on. */
export function selectorsIn(text: string): Array<{ metric: string; labels: string[] }> {
  return [...text.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\}/g)].map((m) => ({
    metric: m[1]!,
    labels: [...m[2]!.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)/g)].map((l) => l[1]!),
  }));
}

/** Inline code spans outside fenced blocks. */
export function codeSpans(markdown: string): string[] {
  const outside = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
  return [...outside.matchAll(/(?<!`)`([^`\n]+)`(?!`)/g)].map((m) => m[1]!.trim());
}

export function fencedBlocks(markdown: string): Array<{ lang: string; body: string }> {
  return [...markdown.matchAll(/^```([\w-]*)[^\n]*\n([\s\S]*?)^```\s*$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** Flags listed by a program's -help (`  -name type` lines), with their aliases. */
export function flagsInHelp(help: string): string[] {
  const out: string[] = [];
  for (const line of help.split('\n')) {
    const m = /^\s{2}-([a-z][\w.-]*)/.exec(line);
    if (!m) continue;
    out.push(m[1]!);
    for (const a of line.matchAll(/alias: -([a-z][\w.-]*)/g)) out.push(a[1]!);
  }
  return out;
}

/**
 * Program flags mentioned in a text: a single dash at the start of a word, then a dotted name
 * (`-ingester.ring.heartbeat-timeout`, `<-ingester.data-dir>`); with `undotted`, also an undotted name given
 * a value (`-target=ingester`) or alone in a code span (`-namespace`). `--kubectl-flags`, `-n`, `-o` and
 * hyphenated words are not flags. (Pages about other programs, such as the GCS test server in gcs.md, use
 * undotted flags of their own: only the SRE pages are checked for those.)
 */
export function flagsInText(text: string, options: { undotted: boolean }): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\w\-/.$@])-([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)(?![\w])/g)) out.add(m[1]!.replace(/[.-]+$/, ''));
  if (!options.undotted) return [...out];
  for (const m of text.matchAll(/(?<![\w\-/.$@])-([a-z][a-z0-9-]{2,})=/g)) out.add(m[1]!);
  for (const m of text.matchAll(/`-([a-z][a-z0-9-]{2,})`/g)) out.add(m[1]!);
  return [...out];
}

/** Every single- or double-quoted string literal in the TypeScript below `dirs` (tests and generated code excluded). */
export function stringLiterals(root: string, dirs: string[]): Set<string> {
  const out = new Set<string>();
  for (const dir of dirs) {
    for (const file of walk(path.join(root, dir), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.split(path.sep).includes('gen'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)) out.add(m[1] ?? m[2]!);
    }
  }
  return out;
}

export function markdownFiles(dir: string): string[] {
  return walk(dir, (f) => f.endsWith('.md'));
}

/** Targets of Markdown links and images that are not absolute URLs (fenced code excluded). */
export function relativeLinks(markdown: string): string[] {
  const outside = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
  return [...outside.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces to dashes, -1/-2 for repeats. */
export function headingSlugs(markdown: string): Set<string> {
  const outside = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
  const counts = new Map<string, number>();
  const out = new Set<string>();
  for (const m of outside.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Whether a dotted path exists in a values object (a key present with any value, arrays by index). */
export function valuePathExists(values: unknown, keys: string[]): boolean {
  let node: unknown = values;
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || !(key in (node as object))) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** Whether a dotted path (`spec.rollout.flushTimeout`) is declared by an OpenAPI schema; arrays are stepped through. */
export function schemaPathExists(schema: object, keys: string[]): boolean {
  let node = schema as { properties?: Record<string, object>; items?: object };
  for (const key of keys) {
    while (node.items && !node.properties) node = node.items as typeof node;
    const next = node.properties?.[key];
    if (!next) return false;
    node = next as typeof node;
  }
  return true;
}
