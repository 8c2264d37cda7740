// The ring model: instance descriptors, health, compact serialization and the pure helpers that every
// store and the lifecycler apply inside a compare-and-swap.
//
// The ring imports nothing from roles/: the ingester, the distributor and the operator all build on it.

export type InstanceState = 'PENDING' | 'JOINING' | 'ACTIVE' | 'LEAVING';
/** What the ring page and metrics show: the stored state, or UNHEALTHY when the heartbeat is too old. */
export type DisplayState = InstanceState | 'UNHEALTHY';

export const INSTANCE_STATES: readonly InstanceState[] = ['PENDING', 'JOINING', 'ACTIVE', 'LEAVING'];

export interface InstanceDesc {
  id: string;
  /** host:grpcPort that replicas are reached on. */
  addr: string;
  /** host:httpPort, where the instance serves /ready, /ring, /flush… (optional). */
  httpAddr?: string;
  zone: string;
  state: InstanceState;
  /** Sorted ascending, unique, each a uint32. */
  tokens: number[];
  /** Unix ms of the last heartbeat. */
  heartbeatMs: number;
  /** Unix ms when the instance first registered. */
  registeredAtMs: number;
  /**
   * A read-only instance receives no writes but still serves reads (dskit's InstanceDesc.ReadOnly): writes
   * leave it out of their replica sets, reads keep it.
   */
  readOnly?: boolean;
  /** Unix ms of the last change of `readOnly` (dskit's ReadOnlyUpdatedTimestamp); 0 or absent when never. */
  readOnlyUpdatedMs?: number;
}

export interface RingDesc {
  instances: Record<string, InstanceDesc>;
}

export const emptyRing = (): RingDesc => ({ instances: {} });

export function isHealthy(inst: InstanceDesc, nowMs: number, heartbeatTimeoutMs: number): boolean {
  // A zero timeout disables the health check, as in dskit.
  return heartbeatTimeoutMs <= 0 || nowMs - inst.heartbeatMs <= heartbeatTimeoutMs;
}

export function displayState(inst: InstanceDesc, nowMs: number, heartbeatTimeoutMs: number): DisplayState {
  return isHealthy(inst, nowMs, heartbeatTimeoutMs) ? inst.state : 'UNHEALTHY';
}

export function cloneInstance(inst: InstanceDesc): InstanceDesc {
  return { ...inst, tokens: inst.tokens.slice() };
}

export function cloneRing(desc: RingDesc): RingDesc {
  const instances: Record<string, InstanceDesc> = {};
  for (const [id, inst] of Object.entries(desc.instances)) instances[id] = cloneInstance(inst);
  return { instances };
}

// ---- serialization ----------------------------------------------------------------------------------
//
// Version 1, JSON: {"v":1,"instances":{"<id>":{"addr","http"?,"zone","state","tokens":"<base64>","hb","reg","ro"?,"roAt"?}}}
// Tokens are the little-endian bytes of a Uint32Array in base64: 5.3 bytes per token against ~11 as decimal
// JSON, which is what lets ~1,400 instances × 128 tokens fit in one 1 MiB ConfigMap (see README.md).

export const RING_FORMAT_VERSION = 1;

interface WireInstance {
  addr: string;
  http?: string;
  zone: string;
  state: InstanceState;
  tokens: string;
  hb: number;
  reg: number;
  ro?: boolean;
  /** readOnlyUpdatedMs */
  roAt?: number;
}

interface WireRing {
  v: number;
  instances: Record<string, WireInstance>;
}

export function encodeTokens(tokens: readonly number[]): string {
  const arr = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) arr[i] = tokens[i]!;
  const bytes = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
  if (!isLittleEndian) swap32(bytes);
  return bytes.toString('base64');
}

export function decodeTokens(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) throw new RingFormatError(`tokens field has ${bytes.length} bytes, not a multiple of 4`);
  const out = new Array<number>(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

const isLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function swap32(bytes: Buffer): void {
  bytes.swap32();
}

export class RingFormatError extends Error {
  override name = 'RingFormatError';
}

export function serializeRing(desc: RingDesc): string {
  const instances: Record<string, WireInstance> = {};
  for (const id of Object.keys(desc.instances).sort()) {
    const inst = desc.instances[id]!;
    const wire: WireInstance = { addr: inst.addr, zone: inst.zone, state: inst.state, tokens: encodeTokens(inst.tokens), hb: inst.heartbeatMs, reg: inst.registeredAtMs };
    if (inst.httpAddr) wire.http = inst.httpAddr;
    if (inst.readOnly) wire.ro = true;
    if (inst.readOnlyUpdatedMs) wire.roAt = inst.readOnlyUpdatedMs;
    instances[id] = wire;
  }
  const wire: WireRing = { v: RING_FORMAT_VERSION, instances };
  return JSON.stringify(wire);
}

/** Parses a serialized ring; an empty string is an empty ring. Throws RingFormatError with the reason. */
export function parseRing(text: string): RingDesc {
  if (text.trim() === '') return emptyRing();
  let wire: unknown;
  try {
    wire = JSON.parse(text);
  } catch (err) {
    throw new RingFormatError('ring is not valid JSON', { cause: err });
  }
  if (!isObject(wire) || typeof wire.v !== 'number') throw new RingFormatError('ring has no format version field "v"');
  if (wire.v !== RING_FORMAT_VERSION) throw new RingFormatError(`ring format version ${wire.v} is not supported (this build reads ${RING_FORMAT_VERSION})`);
  if (!isObject(wire.instances)) throw new RingFormatError('ring has no "instances" object');
  const desc = emptyRing();
  for (const [id, raw] of Object.entries(wire.instances)) {
    if (!isObject(raw)) throw new RingFormatError(`instance ${id} is not an object`);
    const state = raw.state;
    if (typeof state !== 'string' || !INSTANCE_STATES.includes(state as InstanceState)) throw new RingFormatError(`instance ${id} has unknown state ${String(state)}`);
    const inst: InstanceDesc = {
      id,
      addr: String(raw.addr ?? ''),
      zone: String(raw.zone ?? ''),
      state: state as InstanceState,
      tokens: typeof raw.tokens === 'string' ? decodeTokens(raw.tokens) : [],
      heartbeatMs: Number(raw.hb ?? 0),
      registeredAtMs: Number(raw.reg ?? 0),
    };
    if (typeof raw.http === 'string' && raw.http) inst.httpAddr = raw.http;
    if (raw.ro === true) inst.readOnly = true;
    if (typeof raw.roAt === 'number' && raw.roAt > 0) inst.readOnlyUpdatedMs = raw.roAt;
    desc.instances[id] = inst;
  }
  return desc;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---- pure helpers applied inside CAS ------------------------------------------------------------------

/** Semantic equality (ignores key order), used to skip no-op writes. */
export function ringsEqual(a: RingDesc, b: RingDesc): boolean {
  const ak = Object.keys(a.instances);
  if (ak.length !== Object.keys(b.instances).length) return false;
  for (const id of ak) {
    const x = a.instances[id]!;
    const y = b.instances[id];
    if (!y || !instancesEqual(x, y)) return false;
  }
  return true;
}

export function instancesEqual(x: InstanceDesc, y: InstanceDesc): boolean {
  if (
    x.id !== y.id ||
    x.addr !== y.addr ||
    (x.httpAddr ?? '') !== (y.httpAddr ?? '') ||
    x.zone !== y.zone ||
    x.state !== y.state ||
    x.heartbeatMs !== y.heartbeatMs ||
    x.registeredAtMs !== y.registeredAtMs ||
    !!x.readOnly !== !!y.readOnly ||
    (x.readOnlyUpdatedMs ?? 0) !== (y.readOnlyUpdatedMs ?? 0) ||
    x.tokens.length !== y.tokens.length
  )
    return false;
  for (let i = 0; i < x.tokens.length; i++) if (x.tokens[i] !== y.tokens[i]) return false;
  return true;
}

/**
 * Resolves tokens claimed by more than one instance, deterministically, the way dskit's model does: a
 * LEAVING owner loses to a non-LEAVING one, otherwise the smaller ID wins. Losers have the token removed
 * from their list (their lifecycler notices and picks replacements). Returns the IDs that lost tokens.
 */
export function resolveTokenConflicts(desc: RingDesc): Set<string> {
  const owner = new Map<number, InstanceDesc>();
  const losers = new Map<string, Set<number>>();
  const lose = (inst: InstanceDesc, token: number) => {
    let set = losers.get(inst.id);
    if (!set) losers.set(inst.id, (set = new Set()));
    set.add(token);
  };
  for (const id of Object.keys(desc.instances).sort()) {
    const inst = desc.instances[id]!;
    for (const token of inst.tokens) {
      const prev = owner.get(token);
      if (!prev) {
        owner.set(token, inst);
        continue;
      }
      // IDs are visited in ascending order, so `prev` has the smaller ID: it wins unless it is LEAVING and we are not.
      if (prev.state === 'LEAVING' && inst.state !== 'LEAVING') {
        lose(prev, token);
        owner.set(token, inst);
      } else lose(inst, token);
    }
  }
  for (const [id, tokens] of losers) {
    const inst = desc.instances[id]!;
    inst.tokens = inst.tokens.filter((t) => !tokens.has(t));
  }
  return new Set(losers.keys());
}

/** Tokens held by anyone but `exceptId`, for generating new unique tokens. */
export function takenTokens(desc: RingDesc, exceptId?: string): Set<number> {
  const taken = new Set<number>();
  for (const inst of Object.values(desc.instances)) if (inst.id !== exceptId) for (const t of inst.tokens) taken.add(t);
  return taken;
}

/** Removes instances whose heartbeat is older than `forgetAfterMs`; returns the removed IDs. */
export function forgetUnhealthy(desc: RingDesc, nowMs: number, forgetAfterMs: number, keepId?: string): string[] {
  const removed: string[] = [];
  for (const [id, inst] of Object.entries(desc.instances)) {
    if (id !== keepId && nowMs - inst.heartbeatMs > forgetAfterMs) {
      delete desc.instances[id];
      removed.push(id);
    }
  }
  return removed;
}

/** Counts instances per display state (for metrics and the operator's status). */
export function countStates(desc: RingDesc, nowMs: number, heartbeatTimeoutMs: number): Record<DisplayState, number> {
  const counts: Record<DisplayState, number> = { PENDING: 0, JOINING: 0, ACTIVE: 0, LEAVING: 0, UNHEALTHY: 0 };
  for (const inst of Object.values(desc.instances)) counts[displayState(inst, nowMs, heartbeatTimeoutMs)]++;
  return counts;
}

/** Fraction of the 2^32 token space each instance owns (a token owns the range (previous token, token]). */
export function ownership(desc: RingDesc): Map<string, number> {
  const pairs: Array<[number, string]> = [];
  for (const inst of Object.values(desc.instances)) for (const t of inst.tokens) pairs.push([t, inst.id]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out = new Map<string, number>();
  for (const id of Object.keys(desc.instances)) out.set(id, 0);
  if (pairs.length === 0) return out;
  const SPACE = 2 ** 32;
  for (let i = 0; i < pairs.length; i++) {
    const [token, id] = pairs[i]!;
    const prev = i === 0 ? pairs[pairs.length - 1]![0] - SPACE : pairs[i - 1]![0];
    out.set(id, (out.get(id) ?? 0) + (token - prev) / SPACE);
  }
  return out;
}
