// Replica selection over an immutable token index (dskit's ring.Get + replication strategy, our code).
//
// RingIndex is rebuilt when the ring changes, never per lookup. A lookup is a binary search over a
// Uint32Array and a clockwise walk that marks visited instances and zones with a generation stamp, so the
// success path allocates nothing.
import { ApiError } from '../util/errors.ts';
import { isHealthy, type InstanceDesc, type RingDesc } from './model.ts';

/**
 * 'write' is dskit's Write (extends the set past non-ACTIVE instances); 'write-no-extend' is dskit's
 * WriteNoExtend (ring/ring.go: `NewOp([]InstanceState{ACTIVE}, nil)`), which never extends. Zone-aware
 * distributors write with it, as Mimir's do (pkg/distributor/distributor.go sendWriteRequestToIngesters:
 * ring.DoBatchWithOptions(ctx, ring.WriteNoExtend, …)): within a zone-aware set the only extension is another
 * instance of the same zone, so while a whole zone rolls (every instance of it LEAVING or JOINING) extending
 * raises the quorum to 3 of 4 with only the 2 other zones usable, and every write would fail.
 */
export type Operation = 'write' | 'write-no-extend' | 'read';

/** The operation a distributor writes with: WriteNoExtend when zone-aware, Write otherwise (see Operation). */
export const writeOperation = (cfg: { zoneAwarenessEnabled?: boolean }): 'write' | 'write-no-extend' =>
  cfg.zoneAwarenessEnabled ? 'write-no-extend' : 'write';

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

/** dskit's ReplicationSet for one key: the instances to send to, of which `maxErrors` may fail. */
export interface ReplicaSet {
  instances: InstanceDesc[];
  maxErrors: number;
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
  /** Distinct zones among instances holding tokens ('' counts as one), as dskit's ringTokensByZone. */
  private readonly tokenZoneCount: number;
  /** Instances a read walk may take (all but PENDING). */
  private readonly walkedCount: number;
  /** The write ring leaves read-only instances out: how many instances and zones it has. */
  private readonly writableCount: number;
  private readonly writableZoneCount: number;
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
    const walked = this.instances.filter((i) => i.state !== 'PENDING');
    const walkedWithTokens = walked.filter((i) => i.tokens.length > 0);
    this.walkedCount = walked.length;
    this.tokenZoneCount = new Set(walkedWithTokens.map((i) => i.zone)).size;
    this.writableCount = walked.filter((i) => !i.readOnly).length;
    this.writableZoneCount = new Set(walkedWithTokens.filter((i) => !i.readOnly).map((i) => i.zone)).size;
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
   * The replica set of `token` for `op`, as dskit's Ring.Get builds it (ring/ring.go findInstancesForKey, then
   * ring/replication_strategy.go defaultReplicationStrategy.Filter):
   * 1. Walk clockwise taking distinct instances (in distinct zones when zone-aware) until RF are taken.
   *    An instance the operation should not use in its state (writes: anything but ACTIVE; reads: JOINING,
   *    which holds no data) is taken too, and extends the walk by one (dskit
   *    Operation.ShouldExtendReplicaSetOnState); its zone stays open for another instance of that zone.
   *    An ACTIVE instance that is unhealthy does not extend the walk.
   * 2. Drop the instances that are not healthy for the operation (writes: ACTIVE with a fresh heartbeat;
   *    reads: ACTIVE or LEAVING with a fresh heartbeat), and require
   *    minSuccess = floor(max(RF, taken)/2) + 1 of what is left: an extended set raises the quorum, so a
   *    write during a join or a leave still lands on a majority of the set that will own the key.
   * Read-only instances are not part of the write ring at all, as Pyroscope's distributor writes through
   * dskit's ShuffleShard, whose subring leaves them out; reads keep them.
   * PENDING instances are not walked: in dskit a PENDING instance holds no tokens (autoJoin takes tokens and
   * leaves PENDING in one step); ours may hold the tokens the operator reserved for an ordinal that has not
   * started, which must not raise the quorum of every range they touch for as long as the pod is pending.
   * Fills `buf` with the instances to use; `maxErrors` of them may fail. Throws ReplicationError (503) when
   * fewer than minSuccess are usable.
   */
  replicas(token: number, op: Operation, cfg: ReplicationConfig, nowMs: number, buf: InstanceDesc[] = []): ReplicaSet {
    const taken = this.walk(token, op, cfg, buf);
    const required = quorum(Math.max(cfg.replicationFactor, taken));
    let usable = 0;
    for (let k = 0; k < taken; k++) if (this.usable(buf[k]!, op, cfg, nowMs)) buf[usable++] = buf[k]!;
    buf.length = usable;
    if (usable < required) throw this.replicaError(token, op, cfg, nowMs, required, usable);
    return { instances: buf, maxErrors: usable - required };
  }

  /** The instances of replicas() (the caller's `buf`), for callers that do not need maxErrors. */
  get(token: number, op: Operation, cfg: ReplicationConfig, nowMs: number, buf: InstanceDesc[] = []): InstanceDesc[] {
    return this.replicas(token, op, cfg, nowMs, buf).instances;
  }

  /** Step 1 of replicas(): fills `buf` with the walked instances; returns how many. */
  private walk(token: number, op: Operation, cfg: ReplicationConfig, buf: InstanceDesc[]): number {
    buf.length = 0;
    const total = this.tokens.length;
    const write = op !== 'read';
    const maxInstances = write ? this.writableCount : this.walkedCount;
    const maxZones = write ? this.writableZoneCount : this.tokenZoneCount;
    if (total === 0 || maxInstances === 0) {
      const required = quorum(cfg.replicationFactor);
      throw new ReplicationError(`at least ${required} live replicas required, could only find 0 - the ring is empty${total > 0 ? ' of writable instances' : ''}`, required, 0, []);
    }
    const zoneAware = cfg.zoneAwarenessEnabled;
    if (++this.generation > 0xfffffff0) {
      this.seen.fill(0);
      this.zoneSeen.fill(0);
      this.generation = 1;
    }
    const stamp = this.generation;
    let wanted = cfg.replicationFactor;
    let zones = 0;
    const start = this.search(token);
    for (let k = 0; k < total && buf.length < Math.min(maxInstances, wanted) && zones < maxZones; k++) {
      let i = start + k;
      if (i >= total) i -= total;
      const inst = this.owners[i]!;
      if (this.seen[inst] === stamp) continue;
      if (!this.walkable(inst, write)) continue;
      const zone = this.zoneOf[inst]!;
      if (zoneAware && zone >= 0 && this.zoneSeen[zone] === stamp) continue;
      this.seen[inst] = stamp;
      const state = this.stateOf[inst]!;
      const extend = op === 'write-no-extend' ? false : write ? state !== STATE_CODE.ACTIVE : state !== STATE_CODE.ACTIVE && state !== STATE_CODE.LEAVING;
      if (extend) wanted++;
      else if (zoneAware && zone >= 0) {
        this.zoneSeen[zone] = stamp;
        zones++;
      }
      buf.push(this.instances[inst]!);
    }
    return buf.length;
  }

  /** In the ring a walk for this operation sees: not PENDING (a reservation), and for writes not read-only. */
  private walkable(inst: number, write: boolean): boolean {
    return this.stateOf[inst] !== STATE_CODE.PENDING && !(write && this.readOnlyOf[inst] === 1);
  }

  /** dskit InstanceDesc.IsHealthy(op): a state the operation uses, and a heartbeat within the timeout. */
  private usable(inst: InstanceDesc, op: Operation, cfg: ReplicationConfig, nowMs: number): boolean {
    const stateOk = op !== 'read' ? inst.state === 'ACTIVE' : inst.state === 'ACTIVE' || inst.state === 'LEAVING';
    return stateOk && isHealthy(inst, nowMs, cfg.heartbeatTimeoutMs);
  }

  /** The slow path of a failed lookup: walks again to name the instances that were dropped. */
  private replicaError(token: number, op: Operation, cfg: ReplicationConfig, nowMs: number, required: number, found: number): ReplicationError {
    const walked: InstanceDesc[] = [];
    this.walk(token, op, cfg, walked);
    const missing = walked
      .filter((inst) => !this.usable(inst, op, cfg, nowMs))
      .map((inst) => (isHealthy(inst, nowMs, cfg.heartbeatTimeoutMs) ? `${inst.id} (${inst.state})` : `${inst.id} (UNHEALTHY)`));
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
