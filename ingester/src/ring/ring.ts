// The read side of the ring: subscribes to a store, keeps a token index rebuilt on every change (never per
// lookup) and answers "which instances hold this token" for the distributor and the querier.
import { Gauge, type Registry } from 'prom-client';
import type { Clock } from '../util/clock.ts';
import { systemClock } from '../util/clock.ts';
import type { Logger } from '../util/log.ts';
import { silentLogger } from '../util/log.ts';
import type { Service } from '../util/service.ts';
import type { RingStore, Unsubscribe } from './kv/store.ts';
import { countStates, emptyRing, ownership, type InstanceDesc, type RingDesc } from './model.ts';
import { quorum, RingIndex, type Operation, type ReplicaSet, type ReplicationConfig, type ReplicationSet } from './replication.ts';

export interface RingOptions {
  store: RingStore;
  config: ReplicationConfig;
  /** Name used in metric labels and logs ("ingester"). */
  name?: string;
  clock?: Clock;
  logger?: Logger;
  registry?: Registry;
}

/** What the /ring page and the operator need to read a ring. */
export interface RingReader {
  desc(): RingDesc;
  readonly config: ReplicationConfig;
}

export class Ring implements Service, RingReader {
  readonly name: string;
  readonly config: ReplicationConfig;
  private index = new RingIndex(emptyRing());
  private unsubscribe: Unsubscribe | null = null;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly listeners = new Set<(desc: RingDesc) => void>();
  private readonly defaultBuf: InstanceDesc[] = [];

  constructor(private readonly opts: RingOptions) {
    this.name = `ring-${opts.name ?? 'ingester'}`;
    this.config = opts.config;
    this.clock = opts.clock ?? systemClock;
    this.logger = opts.logger ?? silentLogger();
    if (opts.registry) registerRingMetrics(opts.registry, this);
  }

  /** Label of this ring in metrics. */
  get metricName(): string {
    return this.opts.name ?? 'ingester';
  }

  /** Member counts by display state, now. */
  stateCounts(): Record<string, number> {
    return countStates(this.index.desc, this.clock.now(), this.config.heartbeatTimeoutMs);
  }

  tokenCount(): number {
    return this.index.tokens.length;
  }

  async start(): Promise<void> {
    const { desc } = await this.opts.store.get();
    this.update(desc);
    this.unsubscribe = this.opts.store.watch((d) => this.update(d));
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Replaces the ring (used by the watch; tests and the operator may call it with a ring they hold). */
  update(desc: RingDesc): void {
    this.index = new RingIndex(desc);
    this.logger.debug('ring changed', { ring: this.name, instances: this.index.instances.length, tokens: this.index.tokens.length });
    for (const l of this.listeners) l(desc);
  }

  /** Calls `listener` after every change of the ring. */
  onChange(listener: (desc: RingDesc) => void): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  desc(): RingDesc {
    return this.index.desc;
  }

  instances(): InstanceDesc[] {
    return this.index.instances;
  }

  get quorum(): number {
    return quorum(this.config.replicationFactor);
  }

  /**
   * dskit's Ring.Get: the replica set of `token` for `op` and how many of its instances may fail (see
   * RingIndex.replicas). A write succeeds once `instances.length - maxErrors` replicas acknowledged it.
   */
  replicas(token: number, op: Operation, buf: InstanceDesc[] = []): ReplicaSet {
    return this.index.replicas(token, op, this.config, this.clock.now(), buf);
  }

  /**
   * The replicas of `token` for `op`, without maxErrors (see RingIndex.replicas). Pass your own `buf` when you hold results
   * across calls; without one a shared buffer is reused, so copy it if you keep it.
   */
  get(token: number, op: Operation, buf: InstanceDesc[] = this.defaultBuf): InstanceDesc[] {
    return this.index.get(token, op, this.config, this.clock.now(), buf);
  }

  /** Every instance a read of the whole ring asks, with the failures it tolerates. */
  replicationSet(op: Operation = 'read'): ReplicationSet {
    if (op !== 'read') throw new Error('replicationSet is defined for reads only');
    return this.index.replicationSet(this.config, this.clock.now());
  }

  /** Fraction of the ring each instance owns. */
  ownership(): Map<string, number> {
    return ownership(this.index.desc);
  }
}

// Several rings (or the same ring name twice: -target=all) may share one registry: the gauges are created
// once per registry and report every ring registered with it.
const ringsByRegistry = new WeakMap<Registry, Set<Ring>>();

function registerRingMetrics(registry: Registry, ring: Ring): void {
  let rings = ringsByRegistry.get(registry);
  if (!rings) {
    const set = new Set<Ring>();
    ringsByRegistry.set(registry, (rings = set));
    new Gauge({
      name: 'ring_members',
      help: 'Instances in the ring by state (UNHEALTHY when the heartbeat is older than the timeout).',
      labelNames: ['name', 'state'],
      registers: [registry],
      collect() {
        for (const r of set) for (const [state, n] of Object.entries(r.stateCounts())) this.set({ name: r.metricName, state }, n);
      },
    });
    new Gauge({
      name: 'ring_tokens_total',
      help: 'Tokens in the ring.',
      labelNames: ['name'],
      registers: [registry],
      collect() {
        for (const r of set) this.set({ name: r.metricName }, r.tokenCount());
      },
    });
  }
  rings.add(ring);
}
