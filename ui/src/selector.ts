// Building label selectors from the completion inputs: `{a="x", b=~"y"}`, values quoted as PromQL does.

export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Adds (or replaces) one `name<op>"value"` matcher in a selector string. */
export function withMatcher(selector: string, name: string, op: string, value: string): string {
  const inner = selector.trim().replace(/^\{/, '').replace(/\}$/, '').trim();
  const parts = inner ? splitMatchers(inner).filter((m) => !new RegExp(`^\\s*${escapeRe(name)}\\s*(=~|!~|!=|=)`).test(m)) : [];
  parts.push(`${name}${op}${quote(value)}`);
  return `{${parts.map((p) => p.trim()).join(', ')}}`;
}

/** Splits `a="x", b="y,z"` at commas outside quotes. */
export function splitMatchers(inner: string): string[] {
  const out: string[] = [];
  let current = '';
  let inQuote = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && inQuote) {
      current += c + (inner[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    if (c === ',' && !inQuote) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
