// Template hashing as the apps controllers do it: an FNV-1a 32-bit hash of the pod template (canonical
// JSON, plus the collision count when there is one), rendered as a decimal string whose digits are mapped
// to a consonant-and-digit alphabet, so names never spell words and stay valid DNS labels
// (`web-7c9d5f6b84`). Deployments use it as `pod-template-hash`, StatefulSets as the ControllerRevision name
// `<set>-<hash>`, which is also each pod's `controller-revision-hash` label.
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function safeEncode(text: string): string {
  let out = '';
  for (const ch of text) out += SAFE_ALPHABET[ch.charCodeAt(0) % SAFE_ALPHABET.length];
  return out;
}

/** JSON with object keys sorted at every level, so equal objects hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

export function templateHash(template: unknown, collisionCount?: number): string {
  const text = canonicalJson(template) + (collisionCount ? String(collisionCount) : '');
  return safeEncode(String(fnv32a(text)));
}
