// Replica selection over an immutable token index (dskit's ring.Get + replication strategy, our code).
//
// RingIndex is rebuilt when the ring changes, never per lookup. A lookup is a binary search over a
// Uint32Array and a clockwise walk that marks visited instances and zones with a generation stamp, so the
// success path allocates nothing.
import { ApiError } from '../util/errors.ts';
import { isHealthy, type InstanceDesc, type RingDesc } from './model.ts';

export type Operation = 'write' | 'read';

export interface ReplicationConfig {
  replicationFactor: number;
  heartbeatTimeoutMs: number;
  zoneAwarenessEnabled: boolean;
}

/** Enough live replicas could not be found: maps to gRPC UNAVAILABLE / HTTP 503 at the edge. */
export class ReplicationError extends ApiError {
  constructor(
    message: string,
    readonly required: number,
    readonly found: number,
    readonly missing: string[],
  ) {
    super('unavailable', message);
    this.name = 'ReplicationError';
  }
}

/** The instances to query for a read that covers the whole ring, and how many of them may fail. */
export interface ReplicationSet {
  instances: InstanceDesc[];
  /** How many instances may fail (not zone-aware). */
  maxErrors: number;
  /** How many whole zones may fail (zone-aware; then maxErrors is 0). */
  maxUnavailableZones: number;
}

const STATE_CODE = { PENDING: 0, JOINING: 1, ACTIVE: 2, LEAVING: 3 } as const;

export const quorum = (replicationFactor: number): number => Math.floor(replicationFactor / 2) + 1;

export class RingIndex {
  /** Sorted tokens of every instance. */
  readonly tokens: Uint32Array;
  /** owners[i] = index in `instances` of the owner of tokens[i]. */
  readonly owners: Int32Array;
  /** Instances sorted by ID. */
  readonly instances: InstanceDesc[];
  private readonly zoneOf: Int32Array; // -1 when the instance has no zone
  private readonly stateOf: Uint8Array;
  private readonly heartbeatOf: Float64Array;
  private readonly readOnlyOf: Uint8Array;
  readonly zoneCount: number;
  private readonly seen: Uint32Array;
  private readonly zoneSeen: Uint32Array;
  private generation = 0;

  constructor(readonly desc: RingDesc) {
    this.instances = Object.values(desc.instances).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const zones = new Map<string, number>();
    this.zoneOf = new Int32Array(this.instances.length);
    this.stateOf = new Uint8Array(this.instances.length);
    this.heartbeatOf = new Float64Array(this.instances.length);
    this.readOnlyOf = new Uint8Array(this.instances.length);
    let total = 0;
    this.instances.forEach((inst, i) => {
      total += inst.tokens.length;
      if (inst.zone) {
        if (!zones.has(inst.zone)) zones.set(inst.zone, zones.size);
        this.zoneOf[i] = zones.get(inst.zone)!;
      } else this.zoneOf[i] = -1;
      this.stateOf[i] = STATE_CODE[inst.state];
      this.heartbeatOf[i] = inst.heartbeatMs;
      this.readOnlyOf[i] = inst.readOnly ? 1 : 0;
    });
    this.zoneCount = zones.size;
    const order = new Uint32Array(total);
    const flatTokens = new Uint32Array(total);
    const flatOwners = new Int32Array(total);
    let k = 0;
    this.instances.forEach((inst, i) => {
      for (const t of inst.tokens) {
        flatTokens[k] = t;
        flatOwners[k] = i;
        order[k] = k;
        k++;
      }
    });
    order.sort((a, b) => flatTokens[a]! - flatTokens[b]! || flatOwners[a]! - flatOwners[b]!);
    this.tokens = new Uint32Array(total);
    this.owners = new Int32Array(total);
    for (let j = 0; j < total; j++) {
      this.tokens[j] = flatTokens[order[j]!]!;
      this.owners[j] = flatOwners[order[j]!]!;
    }
    this.seen = new Uint32Array(this.instances.length);
    this.zoneSeen = new Uint32Array(Math.max(1, this.zoneCount));
  }

  /** Index of the first token ≥ `token`, wrapping to 0 past the end. */
  private search(token: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo === this.tokens.length ? 0 : lo;
  }

  /**
   * The replicas for `token`: walking clockwise, the first RF distinct instances (in distinct zones when
   * zone-aware). Writes skip, and extend the walk past, instances that are not ACTIVE, read-only or
   * unhealthy. Reads extend past PENDING and JOINING instances (they hold no data) but not past LEAVING
   * ones, which still serve reads; unhealthy ones count as missing. Fills and returns `buf` with the live
   * replicas; throws ReplicationError when fewer than a quorum (floor(RF/2)+1) are live.
   */
  get(token: number, op: Operation, cfg: ReplicationConfig, nowMs: number, buf: InstanceDesc[] = []): InstanceDesc[] {
    buf.length = 0;
    const total = this.tokens.length;
    const required = quorum(cfg.replicationFactor);
    if (total === 0) throw new ReplicationError(`at least ${required} live replicas required, could only find 0 - the ring is empty`, required, 0, []);
    const zoneAware = cfg.zoneAwarenessEnabled;
    let target = cfg.replicationFactor; // instances to take, counting unhealthy ones for reads
    if (zoneAware && this.zoneCount > 0 && target > this.zoneCount) target = this.zoneCount;
    if (++this.generation > 0xfffffff0) {
      this.seen.fill(0);
      this.zoneSeen.fill(0);
      this.generation = 1;
    }
    const stamp = this.generation;
    let considered = 0;
    const start = this.search(token);
    for (let k = 0; k < total && considered < target; k++) {
      let i = start + k;
      if (i >= total) i -= total;
      const inst = this.owners[i]!;
      if (this.seen[inst] === stamp) continue;
      const zone = this.zoneOf[inst]!;
      if (zoneAware && zone >= 0 && this.zoneSeen[zone] === stamp) continue;
      this.seen[inst] = stamp;
      const state = this.stateOf[inst]!;
      const healthy = cfg.heartbeatTimeoutMs <= 0 || nowMs - this.heartbeatOf[inst]! <= cfg.heartbeatTimeoutMs;
      if (op === 'write') {
        if (state !== STATE_CODE.ACTIVE || !healthy || this.readOnlyOf[inst] === 1) {
          continue; // extend the replica set past it; its zone stays open for another instance of that zone
        }
      } else if (state === STATE_CODE.PENDING || state === STATE_CODE.JOINING) {
        continue; // holds no data yet: extend past it
      }
      if (zoneAware && zone >= 0) this.zoneSeen[zone] = stamp;
      considered++;
      if (healthy) buf.push(this.instances[inst]!);
    }
    if (buf.length < required) throw this.replicaError(token, op, cfg, nowMs, required, buf.length);
    return buf;
  }

  /** The slow path of a failed lookup: walks again to name the instances that were skipped or missing. */
  private replicaError(token: number, op: Operation, cfg: ReplicationConfig, nowMs: number, required: number, found: number): ReplicationError {
    const missing: string[] = [];
    const start = this.search(token);
    const seen = new Set<number>();
    for (let k = 0; k < this.tokens.length && seen.size < this.instances.length; k++) {
      const inst = this.owners[(start + k) % this.tokens.length]!;
      if (seen.has(inst)) continue;
      seen.add(inst);
      const desc = this.instances[inst]!;
      const healthy = isHealthy(desc, nowMs, cfg.heartbeatTimeoutMs);
      const usable = op === 'write' ? desc.state === 'ACTIVE' && healthy && !desc.readOnly : (desc.state === 'ACTIVE' || desc.state === 'LEAVING') && healthy;
      if (!usable) missing.push(healthy ? `${desc.id} (${desc.state}${desc.readOnly ? ', read-only' : ''})` : `${desc.id} (UNHEALTHY)`);
      if (seen.size >= cfg.replicationFactor + missing.length) break;
    }
    const where = cfg.zoneAwarenessEnabled ? ' across different availability zones' : '';
    const suffix = missing.length ? ` - unhealthy instances: ${missing.join(',')}` : '';
    return new ReplicationError(`at least ${required} live replicas required${where}, could only find ${found}${suffix}`, required, found, missing);
  }

  /**
   * Every instance a read covering the whole ring must ask (healthy ACTIVE and LEAVING), with the number of
   * failures it can tolerate, computed as dskit does.
   */
  replicationSet(cfg: ReplicationConfig, nowMs: number): ReplicationSet {
    const serving = this.instances.filter((i) => i.state === 'ACTIVE' || i.state === 'LEAVING');
    const healthy = serving.filter((i) => isHealthy(i, nowMs, cfg.heartbeatTimeoutMs));
    const unhealthy = serving.filter((i) => !isHealthy(i, nowMs, cfg.heartbeatTimeoutMs)).map((i) => i.id);
    const rf = cfg.replicationFactor;
    if (cfg.zoneAwarenessEnabled && this.zoneCount > 0) {
      const replicatedZones = Math.min(this.zoneCount, rf);
      let maxUnavailableZones = quorum(replicatedZones) - 1;
      const failedZones = new Set(serving.filter((i) => !isHealthy(i, nowMs, cfg.heartbeatTimeoutMs)).map((i) => i.zone));
      if (failedZones.size > maxUnavailableZones) {
        throw new ReplicationError(
          `too many zones with unhealthy instances: ${failedZones.size} of at most ${maxUnavailableZones} (zones ${[...failedZones].sort().join(',')}) - unhealthy instances: ${unhealthy.join(',')}`,
          replicatedZones - maxUnavailableZones,
          replicatedZones - failedZones.size,
          unhealthy,
        );
      }
      maxUnavailableZones -= failedZones.size;
      return { instances: healthy.filter((i) => !failedZones.has(i.zone)), maxErrors: 0, maxUnavailableZones };
    }
    const numRequired = Math.max(serving.length, rf) - Math.floor(rf / 2);
    if (healthy.length < numRequired) {
      const suffix = unhealthy.length ? ` - unhealthy instances: ${unhealthy.join(',')}` : '';
      throw new ReplicationError(`at least ${numRequired} live replicas required, could only find ${healthy.length}${suffix}`, numRequired, healthy.length, unhealthy);
    }
    return { instances: healthy, maxErrors: healthy.length - numRequired, maxUnavailableZones: 0 };
  }
}
