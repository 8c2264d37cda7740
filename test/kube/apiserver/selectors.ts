// Label and field selectors: the query-string grammar of kube-apiserver and the LabelSelector objects of
// specs (PDB, Deployment), both compiled to predicates.
import { badRequest } from './status.ts';
import type { KubeObject } from './types.ts';

export type Requirement =
  | { key: string; op: '=' | '!='; values: [string] }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' }
  | { key: string; op: 'gt' | 'lt'; values: [string] };

export type Labels = Record<string, string> | undefined;

/** Parses `a=b,c!=d,e in (x,y),f notin (z),g,!h` into requirements; throws 400 on bad syntax. */
export function parseLabelSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  let i = 0;
  const s = text;
  const skipWs = (): void => {
    while (i < s.length && s[i] === ' ') i++;
  };
  const readKey = (): string => {
    skipWs();
    const m = /^[A-Za-z0-9._\-/]+/.exec(s.slice(i));
    if (!m) throw badRequest(`unable to parse requirement: found '${s.slice(i, i + 1)}', expected: identifier`);
    i += m[0].length;
    return m[0];
  };
  const readValue = (): string => {
    skipWs();
    const m = /^[A-Za-z0-9._\-]*/.exec(s.slice(i))!;
    i += m[0].length;
    return m[0];
  };
  while (true) {
    skipWs();
    if (i >= s.length) break;
    if (s[i] === '!') {
      i++;
      reqs.push({ key: readKey(), op: '!' });
    } else {
      const key = readKey();
      skipWs();
      const rest = s.slice(i);
      if (rest.startsWith('!=')) {
        i += 2;
        reqs.push({ key, op: '!=', values: [readValue()] });
      } else if (rest.startsWith('==')) {
        i += 2;
        reqs.push({ key, op: '=', values: [readValue()] });
      } else if (rest.startsWith('=')) {
        i += 1;
        reqs.push({ key, op: '=', values: [readValue()] });
      } else if (rest.startsWith('>')) {
        i += 1;
        reqs.push({ key, op: 'gt', values: [readValue()] });
      } else if (rest.startsWith('<')) {
        i += 1;
        reqs.push({ key, op: 'lt', values: [readValue()] });
      } else if (/^(in|notin)\s*\(/.test(rest)) {
        const op = rest.startsWith('in') ? 'in' : 'notin';
        i += op.length;
        skipWs();
        i++; // (
        const values: string[] = [];
        while (true) {
          values.push(readValue());
          skipWs();
          if (s[i] === ',') {
            i++;
            continue;
          }
          if (s[i] === ')') {
            i++;
            break;
          }
          throw badRequest(`unable to parse requirement: found '${s[i] ?? 'EOF'}', expected: ',', ')'`);
        }
        reqs.push({ key, op, values });
      } else {
        reqs.push({ key, op: 'exists' });
      }
    }
    skipWs();
    if (i < s.length) {
      if (s[i] !== ',') throw badRequest(`unable to parse requirement: found '${s[i]}', expected: ','`);
      i++;
    }
  }
  return reqs;
}

export function matchesRequirements(reqs: Requirement[], labels: Labels): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case '=':
        return has && v === r.values[0];
      case '!=':
        return !has || v !== r.values[0];
      case 'in':
        return has && r.values.includes(v!);
      case 'notin':
        return !has || !r.values.includes(v!);
      case 'exists':
        return has;
      case '!':
        return !has;
      case 'gt':
        return has && Number(v) > Number(r.values[0]);
      case 'lt':
        return has && Number(v) < Number(r.values[0]);
    }
  });
}

/** A metav1.LabelSelector object (matchLabels + matchExpressions) as requirements. */
export interface LabelSelectorObject { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] }

export function selectorObjectRequirements(sel: LabelSelectorObject | undefined): Requirement[] {
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(sel?.matchLabels ?? {})) reqs.push({ key: k, op: '=', values: [v] });
  for (const e of sel?.matchExpressions ?? []) {
    const op = e.operator;
    if (op === 'In') reqs.push({ key: e.key, op: 'in', values: e.values ?? [] });
    else if (op === 'NotIn') reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] });
    else if (op === 'Exists') reqs.push({ key: e.key, op: 'exists' });
    else if (op === 'DoesNotExist') reqs.push({ key: e.key, op: '!' });
  }
  return reqs;
}

/** The string form kube-apiserver writes in Scale.status.selector: `app=x,tier in (a,b)`. */
export function formatRequirements(reqs: Requirement[]): string {
  return [...reqs]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => {
      switch (r.op) {
        case '=':
        case '!=':
          return `${r.key}${r.op}${r.values[0]}`;
        case 'in':
        case 'notin':
          return `${r.key} ${r.op} (${[...r.values].sort().join(',')})`;
        case 'exists':
          return r.key;
        case '!':
          return `!${r.key}`;
        default:
          return `${r.key}${r.op === 'gt' ? '>' : '<'}${r.values[0]}`;
      }
    })
    .join(',');
}

export interface FieldRequirement { path: string; op: '=' | '!='; value: string }

/** Parses `metadata.name=x,status.phase!=Running`. */
export function parseFieldSelector(text: string): FieldRequirement[] {
  if (!text.trim()) return [];
  return text.split(',').map((part) => {
    const m = /^\s*([A-Za-z0-9._\-[\]]+)\s*(==|!=|=)\s*(.*?)\s*$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    return { path: m[1]!, op: m[2] === '!=' ? '!=' : '=', value: m[3]! };
  });
}

/** Field values by path; missing fields read as "" as kube-apiserver's field sets do. */
export function fieldValue(obj: KubeObject, path: string): string {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[part];
  }
  if (cur === undefined || cur === null) return '';
  return typeof cur === 'object' ? JSON.stringify(cur) : String(cur);
}

export function matchesFields(reqs: FieldRequirement[], obj: KubeObject): boolean {
  return reqs.every((r) => (fieldValue(obj, r.path) === r.value) === (r.op === '='));
}

/** A compiled list/watch filter. */
export interface ObjectFilter { labels: Requirement[]; fields: FieldRequirement[] }

export function compileFilter(labelSelector: string | null, fieldSelector: string | null): ObjectFilter {
  return { labels: labelSelector ? parseLabelSelector(labelSelector) : [], fields: fieldSelector ? parseFieldSelector(fieldSelector) : [] };
}

export function matchesFilter(f: ObjectFilter, obj: KubeObject): boolean {
  return matchesRequirements(f.labels, obj.metadata.labels) && matchesFields(f.fields, obj);
}
