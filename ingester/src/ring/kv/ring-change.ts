// The last change of the ring, carried beside it: what a watcher needs to follow the ring without being sent
// the whole ring on every state change.
//
// Every write of the ring ConfigMap also sets the annotation `ring.ingester-cluster.io/change` to the entries
// the write changed: `{"from":"<resourceVersion the write was computed from>","set":{"v":1,"instances":{…}},
// "del":["<id>"]}` (`set` in the ring's own wire format, model.ts). Written in the same replace as
// `ring.json`, under the same resourceVersion precondition, so the change and the ring can never disagree.
// Watchers watch only the ConfigMap's metadata (metadata-watch.ts): a watcher holding the ring at `from`
// applies the change and holds the ring at the event's resourceVersion; any other watcher (it missed an
// event, or the ring was edited by a tool that left an old annotation behind) reads the whole ring once.
// A change too big for an annotation (the first write of a whole ring) says `"full":true`: read the ring.
import { cloneInstance, instancesEqual, parseRing, serializeRing, type RingDesc } from '../model.ts';

export const RING_CHANGE_ANNOTATION = 'ring.ingester-cluster.io/change';

/**
 * Largest change carried in the annotation. kube-apiserver refuses more than 256 KiB of annotations in all
 * (apimachinery's ValidateAnnotationsSize, TotalAnnotationSizeLimitB); a bigger change than this is rare
 * (the operator registering a whole cluster at once) and every watcher reads the ring once instead.
 */
export const MAX_CHANGE_BYTES = 64 * 1024;

export interface RingDiff {
  /** Entries added or changed, as stored. */
  set: RingDesc;
  /** IDs removed. */
  del: string[];
}

/** The entries of `next` that differ from `base`, and the IDs `next` no longer has. */
export function diffRings(base: RingDesc, next: RingDesc): RingDiff {
  const set: RingDesc = { instances: {} };
  for (const [id, inst] of Object.entries(next.instances)) {
    const before = base.instances[id];
    if (!before || !instancesEqual(before, inst)) set.instances[id] = cloneInstance(inst);
  }
  const del = Object.keys(base.instances).filter((id) => !next.instances[id]);
  return { set, del };
}

/** `base` with `diff` applied (a new ring; `base` is not changed). */
export function applyDiff(base: RingDesc, diff: RingDiff): RingDesc {
  const out: RingDesc = { instances: { ...base.instances } };
  for (const id of diff.del) delete out.instances[id];
  for (const [id, inst] of Object.entries(diff.set.instances)) out.instances[id] = cloneInstance(inst);
  return out;
}

/** The annotation's value for a write computed from `fromVersion` ('' when the ConfigMap did not exist). */
export function encodeRingChange(fromVersion: string, diff: RingDiff): string {
  const text = JSON.stringify({ from: fromVersion, set: JSON.parse(serializeRing(diff.set)) as unknown, del: diff.del });
  return Buffer.byteLength(text) <= MAX_CHANGE_BYTES ? text : JSON.stringify({ from: fromVersion, full: true });
}

/**
 * The change an annotation describes, when it applies to a ring held at `heldVersion`; null when the
 * holder must read the whole ring (no or unreadable annotation, another base, or a change sent as "full").
 */
export function decodeRingChange(annotation: string | undefined, heldVersion: string): RingDiff | null {
  if (!annotation) return null;
  let wire: unknown;
  try {
    wire = JSON.parse(annotation);
  } catch {
    return null;
  }
  if (typeof wire !== 'object' || wire === null) return null;
  const { from, set, del, full } = wire as { from?: unknown; set?: unknown; del?: unknown; full?: unknown };
  if (full === true || from !== heldVersion || typeof set !== 'object' || set === null || !Array.isArray(del)) return null;
  try {
    return { set: parseRing(JSON.stringify(set)), del: del.map(String) };
  } catch {
    return null;
  }
}
