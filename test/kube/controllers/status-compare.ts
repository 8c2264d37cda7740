// Compares statuses for "did anything change?" so controllers write only when it did: key order and
// null/undefined fields do not count.
export function canonicalStatus(value: unknown): string {
  return JSON.stringify(value ?? {}, (_key, v: unknown) => {
    if (v instanceof Date) return v.toISOString();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== null && x !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}
