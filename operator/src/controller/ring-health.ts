// Ring health as the rollout needs it: for every token range, how many of its replicas are healthy and
// ACTIVE. A range's replicas are the first RF distinct instances clockwise from the range's end token
// (distinct zones when zone-aware) — the same set distributors write to before they extend past instances
// that cannot take writes.
import type { InstanceDesc, RingDesc } from '../../../ingester/src/ring/model.ts';
import { ReplicationError, RingIndex, writeOperation } from '../../../ingester/src/ring/replication.ts';
import type { RingInstance } from './observed.ts';

export const isHealthy = (instance: RingInstance, now: number, heartbeatTimeoutMs: number): boolean =>
  now - instance.heartbeatMs <= heartbeatTimeoutMs;

export interface RangeHealth {
  /** Smallest number of healthy ACTIVE replicas over all ranges (RF when the ring is empty of tokens). */
  minHealthyActive: number;
  /** Instances that appear in some range with fewer than RF healthy ACTIVE replicas and are not themselves healthy ACTIVE. */
  culprits: string[];
}

export function rangeHealth(ring: RingInstance[], rf: number, zoneAware: boolean, now: number, heartbeatTimeoutMs: number): RangeHealth {
  const entries: { token: number; index: number }[] = [];
  ring.forEach((instance, index) => instance.tokens.forEach((token) => entries.push({ token, index })));
  entries.sort((a, b) => a.token - b.token || a.index - b.index);
  const good = ring.map((i) => i.state === 'ACTIVE' && isHealthy(i, now, heartbeatTimeoutMs));
  const distinctZones = new Set(ring.map((i) => i.zone)).size;
  const wanted = Math.min(rf, zoneAware ? distinctZones : ring.length);
  let minHealthyActive = rf;
  const culprits = new Set<string>();
  if (entries.length === 0) return { minHealthyActive: ring.length === 0 ? 0 : rf, culprits: [] };
  // The replica set only changes at a token owned by a new instance, but RF × tokens is small (≤ a few
  // thousand walks for hundreds of instances), so every token is walked for clarity.
  for (let start = 0; start < entries.length; start++) {
    const members = new Set<number>();
    const zones = new Set<string>();
    for (let step = 0; step < entries.length && members.size < wanted; step++) {
      const { index } = entries[(start + step) % entries.length]!;
      const zone = ring[index]!.zone;
      if (members.has(index) || (zoneAware && zones.has(zone))) continue;
      members.add(index);
      zones.add(zone);
    }
    let healthy = 0;
    for (const index of members) if (good[index]) healthy++;
    // Fewer instances (or zones) than RF means every range is short by the difference.
    if (healthy < minHealthyActive) minHealthyActive = healthy;
    if (healthy < rf) for (const index of members) if (!good[index]) culprits.add(ring[index]!.id);
  }
  return { minHealthyActive, culprits: [...culprits].sort() };
}

export interface WriteAvailability {
  /** Every token range finds a write quorum. */
  ok: boolean;
  /** Why not: the write path's own error for the first range that fails (it names the instances skipped). */
  reason?: string;
}

/**
 * Whether every token range can take a write, judged by the distributors' own replica selection
 * (ingester/src/ring/replication.ts RingIndex.get with op 'write', dskit's replication strategy): the walk
 * skips instances that are not ACTIVE, unhealthy or read-only and extends past them, so PENDING ordinals of
 * a scale-up cost nothing, and a range is available when a quorum (⌊RF/2⌋+1) of usable replicas is found.
 * Zone-aware, the distributors write without extending the set (writeOperation: dskit's WriteNoExtend), so a
 * zone that rolls as a whole leaves the cluster Available.
 */
export function writeAvailability(ring: RingInstance[], rf: number, zoneAware: boolean, now: number, heartbeatTimeoutMs: number): WriteAvailability {
  const desc: RingDesc = { instances: {} };
  for (const i of ring) desc.instances[i.id] = { id: i.id, addr: '', zone: i.zone, state: i.state, tokens: i.tokens, heartbeatMs: i.heartbeatMs, registeredAtMs: 0, readOnly: i.readOnly };
  const index = new RingIndex(desc);
  const cfg = { replicationFactor: rf, heartbeatTimeoutMs, zoneAwarenessEnabled: zoneAware };
  if (index.tokens.length === 0) return { ok: false, reason: 'the ring has no tokens' };
  // A key hashing into (previous token, t] starts its walk at t: probing each token covers every range.
  const buf: InstanceDesc[] = [];
  for (let k = 0; k < index.tokens.length; k++) {
    if (k > 0 && index.tokens[k] === index.tokens[k - 1]) continue;
    try {
      index.get(index.tokens[k]!, writeOperation(cfg), cfg, now, buf);
    } catch (err) {
      if (err instanceof ReplicationError) return { ok: false, reason: err.message };
      throw err;
    }
  }
  return { ok: true };
}
