// Profile IDs for samples pushed without one. The ID must be the same when the WAL replays a push and on
// every replica that receives it, so it is derived from what they all see: tenant, series labels and the
// raw bytes. Formatted as an RFC 9562 version 8 (custom) UUID over the first 128 bits of a SHA-256.
import { createHash } from 'node:crypto';
import type { LabelPair } from '../model/labels.ts';

export function deterministicProfileId(tenant: string, labels: readonly LabelPair[], raw: Uint8Array): string {
  const h = createHash('sha256');
  h.update(tenant);
  h.update('\0');
  for (const l of labels) {
    h.update(l.name);
    h.update('\0');
    h.update(l.value);
    h.update('\0');
  }
  h.update(raw);
  const b = h.digest();
  b[6] = (b[6]! & 0x0f) | 0x80; // version 8
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = b.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
