// Partial responses (the `fields` query parameter of Google APIs), e.g. `items(name,size),prefixes,nextPageToken`
// or `kind,items/name`: keeps only the selected properties; a selection applies to each element of an array.
import { httpError } from './http-util.ts';

type Selection = Map<string, Selection | true>;

export function filterFields(value: unknown, fields: string): unknown {
  return apply(value, parse(fields));
}

function parse(text: string): Selection {
  let position = 0;
  const parseList = (depth: number): Selection => {
    const selection: Selection = new Map();
    for (;;) {
      const start = position;
      while (position < text.length && !',()'.includes(text[position]!)) position++;
      const path = text.slice(start, position).trim().split('/').filter(Boolean);
      let sub: Selection | true = true;
      if (text[position] === '(') {
        position++;
        sub = parseList(depth + 1);
        if (text[position] !== ')') throw httpError(400, `Invalid field selection ${text}: missing ")".`, 'invalidParameter');
        position++;
      }
      if (path.length > 0) merge(selection, path, sub);
      if (position < text.length && text[position] !== ',' && !(depth > 0 && text[position] === ')')) {
        throw httpError(400, `Invalid field selection ${text}.`, 'invalidParameter');
      }
      if (text[position] !== ',') return selection;
      position++;
    }
  };
  const selection = parseList(0);
  if (position < text.length) throw httpError(400, `Invalid field selection ${text}: unbalanced ")".`, 'invalidParameter');
  return selection;
}

function merge(selection: Selection, path: string[], leaf: Selection | true): void {
  const [head, ...rest] = path;
  const existing = selection.get(head!);
  if (rest.length === 0) {
    if (leaf === true || existing === true) selection.set(head!, true);
    else selection.set(head!, existing ? new Map([...existing, ...leaf]) : leaf);
    return;
  }
  if (existing === true) return;
  const child: Selection = existing ?? new Map();
  selection.set(head!, child);
  merge(child, rest, leaf);
}

function apply(value: unknown, selection: Selection): unknown {
  if (Array.isArray(value)) return value.map((item) => apply(item, selection));
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, sub] of selection) {
    const child = (value as Record<string, unknown>)[key];
    if (child === undefined) continue;
    result[key] = sub === true ? child : apply(child, sub);
  }
  return result;
}
