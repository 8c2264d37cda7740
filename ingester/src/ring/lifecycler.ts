// The write side of the ring: registers this instance, claims tokens, heartbeats, leaves.
//
//   PENDING ─▶ JOINING (tokens claimed) ─[observe period: conflicts resolved]─▶ ACTIVE ─▶ LEAVING ─▶ removed
//
// Tokens are claimed, in order of preference, from an existing ring entry with my ID (the operator may
// pre-register one with the ordinal's tokens), the tokens file, or generated at random. What a restart
// does with the entry it finds (dskit's semantics):
//   - JOINING: it crashed while joining; go back to PENDING and join again with the same tokens.
//   - LEAVING: it crashed (or stopped without unregistering) while leaving. The new process replays its WAL
//     and is a whole ingester again, so it takes the entry over as ACTIVE with the same tokens (topped up to
//     -num-tokens). Whoever wanted it gone asks again (prepare-shutdown + stop).
//   - ACTIVE / PENDING: keep the state and tokens.
// Readiness depends only on this instance: ACTIVE for at least -min-ready-duration.
// Read-only (setReadOnly) starts from the flag, never from a previous run's entry: what made that run
// read-only (a WAL that could not write) is judged again by the new process.
//
// Every change goes through one serial queue (`serially`), so the loop, leave() and stop() never interleave.
import { Registry, type Counter, type Gauge } from 'prom-client';
import { sharedCounter, sharedGauge } from './metrics.ts';
import type { Clock } from '../util/clock.ts';
import { systemClock } from '../util/clock.ts';
import type { Logger } from '../util/log.ts';
import { silentLogger } from '../util/log.ts';
import type { Service } from '../util/service.ts';
import type { LifecyclerConfig } from './config.ts';
import type { RingStore } from './kv/store.ts';
import { forgetUnhealthy, INSTANCE_STATES, resolveTokenConflicts, takenTokens, type InstanceDesc, type InstanceState, type RingDesc } from './model.ts';
import { deleteTokensFile, loadTokensFileOrSetAside, randomTokens, saveTokensFile } from './tokens.ts';

export interface LifecyclerDelegate {
  /** After the instance is in the ring (any state). */
  onRegister?(inst: InstanceDesc): Promise<void> | void;
  /** After the instance turned ACTIVE. */
  onActive?(): Promise<void> | void;
  /** After the instance turned LEAVING: flush the head and upload every block. A throw keeps the entry. */
  onLeaving?(): Promise<void>;
  /** At the very end of stop(). */
  onStopped?(): Promise<void> | void;
}

export interface LifecyclerOptions {
  config: LifecyclerConfig;
  store: RingStore;
  delegate?: LifecyclerDelegate;
  clock?: Clock;
  logger?: Logger;
  registry?: Registry;
  /** Run the heartbeat/observe loop on a timer (default). Tests with a ManualClock call tick() instead. */
  autoTick?: boolean;
  /** Random source for the shared auto-forget check (tests inject one). */
  random?: () => number;
  /** Token generator (tests inject a deterministic one). */
  generateTokens?: (count: number, taken: ReadonlySet<number>) => number[];
}

export type LeaveStatus = 'none' | 'flushing' | 'flushed' | 'failed';

export interface Readiness {
  ready: boolean;
  reason: string;
}

export class Lifecycler implements Service {
  readonly name = 'ring-lifecycler';
  private readonly cfg: LifecyclerConfig;
  private readonly store: RingStore;
  private readonly delegate: LifecyclerDelegate;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly generate: (count: number, taken: ReadonlySet<number>) => number[];
  private readonly random: () => number;

  private state: InstanceState = 'PENDING';
  private tokens: number[] = [];
  private registeredAtMs = 0;
  private observeUntilMs = 0;
  /** Tokens when the observe period started: any of them gone at its end was lost to a conflict. */
  private lastObservedTokens: number[] = [];
  private lastHeartbeatMs = 0;
  private readySinceMs = 0;
  private leaveStatus: LeaveStatus = 'none';
  private leavePromise: Promise<void> | null = null;
  private prepareShutdown = false;
  /** Read-only (dskit's InstanceDesc.ReadOnly): no writes reach this instance; reads still do. */
  private readOnly: boolean;
  private readOnlyUpdatedMs = 0;
  private readOnlyReason: string;
  private running = false;
  private stopping: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  private readonly metrics: {
    heartbeats: Counter<'result'>;
    forgotten: Counter;
    conflicts: Counter;
    state: Gauge<'state'>;
    tokens: Gauge;
    lastHeartbeat: Gauge;
    readOnly: Gauge;
  };

  constructor(private readonly opts: LifecyclerOptions) {
    this.cfg = opts.config;
    if (this.cfg.zoneAwarenessEnabled && !this.cfg.zone) {
      throw new Error('-ingester.ring.zone-awareness-enabled is set but -ingester.ring.instance-availability-zone is empty: every instance needs a zone');
    }
    if (!this.cfg.instanceId) throw new Error('-ingester.ring.instance-id is empty');
    this.store = opts.store;
    this.delegate = opts.delegate ?? {};
    this.clock = opts.clock ?? systemClock;
    this.logger = (opts.logger ?? silentLogger()).child({ instance: this.cfg.instanceId });
    this.generate = opts.generateTokens ?? ((count, taken) => randomTokens(count, taken));
    this.random = opts.random ?? Math.random;
    this.readOnly = this.cfg.readOnly;
    this.readOnlyReason = this.cfg.readOnly ? 'started with the read-only flag' : '';
    const registry = opts.registry ?? new Registry();
    const lc = this;
    this.metrics = {
      heartbeats: sharedCounter(registry, { name: 'ring_lifecycler_heartbeats_total', help: 'Heartbeats written to the ring store, by result.', labelNames: ['result'] }),
      forgotten: sharedCounter(registry, { name: 'ring_lifecycler_auto_forgotten_instances_total', help: 'Instances this lifecycler removed from the ring because they were unhealthy too long.' }),
      conflicts: sharedCounter(registry, { name: 'ring_lifecycler_token_conflicts_total', help: 'Tokens this instance lost to another instance and replaced.' }),
      state: sharedGauge(registry, {
        name: 'ring_lifecycler_state',
        help: 'State of this instance in the ring (1 for the current state).',
        labelNames: ['state'],
        collect() {
          for (const s of INSTANCE_STATES) this.set({ state: s }, lc.state === s ? 1 : 0);
        },
      }),
      tokens: sharedGauge(registry, { name: 'ring_lifecycler_tokens_owned', help: 'Tokens this instance holds.', collect() { this.set(lc.tokens.length); } }),
      lastHeartbeat: sharedGauge(registry, { name: 'ring_lifecycler_last_heartbeat_timestamp_seconds', help: 'Time of the last successful heartbeat.' }),
      readOnly: sharedGauge(registry, { name: 'ring_lifecycler_read_only', help: 'Whether this instance is read-only in the ring (1: it receives no writes, still serves reads).', collect() { this.set(lc.readOnly ? 1 : 0); } }),
    };
  }

  get id(): string {
    return this.cfg.instanceId;
  }

  getState(): InstanceState {
    return this.state;
  }

  getTokens(): number[] {
    return this.tokens.slice();
  }

  getLeaveStatus(): LeaveStatus {
    return this.leaveStatus;
  }

  /** Pyroscope's /ingester/prepare-shutdown: when set, stop() leaves the ring for good and deletes the tokens file. */
  setPrepareShutdown(value: boolean): void {
    this.prepareShutdown = value;
    this.logger.info(value ? 'prepared for shutdown: the next stop unregisters and deletes the tokens file' : 'shutdown preparation undone');
  }

  getPrepareShutdown(): boolean {
    return this.prepareShutdown;
  }

  /**
   * Sets or clears read-only, as dskit's Lifecycler.ChangeReadOnlyState: a read-only instance stays in the
   * ring with its state and tokens, serves reads, and receives no writes (writers extend their replica sets
   * past it). The ingester sets it while its WAL cannot write. Never rejects: when the ring cannot be written
   * now, the state is kept and the next heartbeat writes it (an entry that differs from what the lifecycler
   * holds is rewritten). `reason` is logged and reported by getReadOnly().
   */
  setReadOnly(readOnly: boolean, reason: string): Promise<void> {
    return this.serially(async () => {
      if (readOnly === this.readOnly) {
        if (readOnly) this.readOnlyReason = reason;
        return;
      }
      const now = this.clock.now();
      this.readOnly = readOnly;
      this.readOnlyUpdatedMs = now;
      this.readOnlyReason = readOnly ? reason : '';
      if (readOnly) this.logger.warn('instance is now read-only in the ring: no writes, reads only', { reason });
      else this.logger.info('instance is writable again in the ring', { reason });
      if (!this.running) return; // register() writes it
      try {
        await this.store.cas((desc) => {
          if (!desc.instances[this.id]) return null; // forgotten: the next heartbeat registers it again, read-only or not
          desc.instances[this.id] = this.describe(now);
          return desc;
        });
        this.lastHeartbeatMs = now;
      } catch (err) {
        this.logger.warn('could not write the read-only change to the ring; the next heartbeat retries', { readOnly, err });
      }
    });
  }

  getReadOnly(): { readOnly: boolean; reason: string; updatedMs: number } {
    return { readOnly: this.readOnly, reason: this.readOnlyReason, updatedMs: this.readOnlyUpdatedMs };
  }

  /** Ready when this instance is ACTIVE and has been for -min-ready-duration. Other instances do not matter. */
  checkReady(): Readiness {
    const now = this.clock.now();
    if (!this.running) return { ready: false, reason: 'lifecycler not running' };
    if (this.state !== 'ACTIVE') return { ready: false, reason: `instance ${this.id} is ${this.state} in the ring, not ACTIVE` };
    if (this.tokens.length === 0) return { ready: false, reason: `instance ${this.id} holds no tokens` };
    if (this.readySinceMs === 0) this.readySinceMs = now;
    const waited = now - this.readySinceMs;
    if (waited < this.cfg.minReadyDurationMs) return { ready: false, reason: `waiting ${this.cfg.minReadyDurationMs - waited}ms more of the min ready duration` };
    return { ready: true, reason: 'ACTIVE' };
  }

  private addr(): string {
    return `${this.cfg.instanceAddr}:${this.cfg.instancePort}`;
  }

  private serially<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async start(): Promise<void> {
    await this.serially(async () => {
      const fromFile = this.cfg.tokensFilePath ? await loadTokensFileOrSetAside(this.cfg.tokensFilePath, this.logger, this.clock.now()) : null;
      await this.register(fromFile);
    });
    this.running = true;
    await this.delegate.onRegister?.(this.myDesc());
    if (this.state === 'PENDING') await this.serially(() => this.join());
    else if (this.state === 'ACTIVE') await this.becameActive();
    if (this.opts.autoTick !== false) this.schedule();
  }

  /** Writes my entry; keeps or resets the state of an entry left by a previous run (see the file comment). */
  private async register(fromFile: number[] | null): Promise<void> {
    const now = this.clock.now();
    await this.store.cas((desc) => {
      const existing = desc.instances[this.id];
      let state: InstanceState = 'PENDING';
      let tokens = fromFile ?? [];
      if (existing) {
        tokens = existing.tokens.length > 0 ? existing.tokens : tokens;
        state = existing.state === 'JOINING' ? 'PENDING' : existing.state;
        if (existing.state === 'LEAVING') {
          state = 'ACTIVE';
          tokens = this.fitTokens(tokens, desc);
        }
        this.logger.info('instance found in the ring', { previousState: existing.state, state, tokens: tokens.length });
      } else this.logger.info('instance not found in the ring, registering', { tokensFromFile: fromFile?.length ?? 0 });
      this.state = state;
      this.tokens = tokens;
      this.registeredAtMs = existing?.registeredAtMs || now;
      desc.instances[this.id] = this.describe(now);
      return desc;
    });
    this.lastHeartbeatMs = now;
  }

  /** Keeps my tokens that nobody else holds, truncates to -num-tokens or tops up with new unique ones. */
  private fitTokens(mine: number[], desc: RingDesc): number[] {
    const taken = takenTokens(desc, this.id);
    let tokens = [...new Set(mine)].filter((t) => !taken.has(t)).sort((a, b) => a - b);
    if (tokens.length > this.cfg.numTokens) tokens = tokens.slice(0, this.cfg.numTokens);
    if (tokens.length < this.cfg.numTokens) {
      for (const t of tokens) taken.add(t);
      tokens = [...tokens, ...this.generate(this.cfg.numTokens - tokens.length, taken)].sort((a, b) => a - b);
    }
    return tokens;
  }

  /** PENDING → JOINING with tokens claimed; then ACTIVE at once or after the observe period. */
  private async join(): Promise<void> {
    const now = this.clock.now();
    let lost = 0;
    await this.store.cas((desc) => {
      lost = this.claimTokens(desc, 'JOINING', now);
      return desc;
    });
    if (lost > 0) this.metrics.conflicts.inc(lost);
    this.logger.info('joining the ring', { tokens: this.tokens.length, lostToConflicts: lost, observePeriodMs: this.cfg.observePeriodMs });
    if (this.cfg.observePeriodMs > 0) {
      this.observeUntilMs = now + this.cfg.observePeriodMs;
      this.lastObservedTokens = this.tokens.slice();
    } else await this.activate();
  }

  /**
   * Inside a CAS: writes my tokens into the ring, resolves every token conflict by the deterministic rule
   * (a LEAVING owner loses, then the smaller ID wins), replaces the tokens I lost with new unique ones and
   * writes my entry with `state`. Returns how many tokens I lost.
   */
  private claimTokens(desc: RingDesc, state: InstanceState, now: number): number {
    desc.instances[this.id] = { ...this.describe(now), state };
    resolveTokenConflicts(desc);
    const kept = desc.instances[this.id]!.tokens;
    const lost = this.tokens.filter((t) => !kept.includes(t)).length;
    this.tokens = this.fitTokens(kept, desc);
    this.state = state;
    desc.instances[this.id] = this.describe(now);
    return lost;
  }

  /** After observing: resolve conflicts in the ring; if I lost tokens, replace them and observe again. */
  private async verifyTokens(): Promise<void> {
    const now = this.clock.now();
    let lost = 0;
    await this.store.cas((desc) => {
      const me = desc.instances[this.id];
      if (!me) return null; // forgotten meanwhile; the next heartbeat registers again
      // Another writer may have taken some of my tokens from my entry: what the ring holds is what I hold.
      this.tokens = me.tokens.slice();
      this.claimTokens(desc, 'JOINING', now);
      const held = new Set(this.tokens);
      lost = this.lastObservedTokens.filter((t) => !held.has(t)).length;
      return desc;
    });
    this.lastObservedTokens = this.tokens.slice();
    if (lost > 0) {
      this.metrics.conflicts.inc(lost);
      this.logger.warn('token conflicts found while observing: lost tokens replaced, observing again', { lost });
      this.observeUntilMs = now + this.cfg.observePeriodMs;
      return;
    }
    await this.activate();
  }

  private async activate(): Promise<void> {
    const now = this.clock.now();
    await this.store.cas((desc) => {
      this.state = 'ACTIVE';
      desc.instances[this.id] = this.describe(now);
      return desc;
    });
    this.observeUntilMs = 0;
    await this.becameActive();
  }

  private async becameActive(): Promise<void> {
    this.readySinceMs = this.clock.now();
    this.logger.info('instance is ACTIVE in the ring', { tokens: this.tokens.length });
    if (this.cfg.tokensFilePath) await saveTokensFile(this.cfg.tokensFilePath, this.tokens);
    await this.delegate.onActive?.();
  }

  private describe(now: number): InstanceDesc {
    const inst: InstanceDesc = {
      id: this.id,
      addr: this.addr(),
      zone: this.cfg.zone,
      state: this.state,
      tokens: this.tokens.slice(),
      heartbeatMs: now,
      registeredAtMs: this.registeredAtMs || now,
    };
    if (this.cfg.instanceHttpAddr) inst.httpAddr = this.cfg.instanceHttpAddr;
    if (this.readOnly) inst.readOnly = true;
    if (this.readOnlyUpdatedMs) inst.readOnlyUpdatedMs = this.readOnlyUpdatedMs;
    return inst;
  }

  myDesc(): InstanceDesc {
    return this.describe(this.lastHeartbeatMs);
  }

  private schedule(): void {
    const interval = Math.max(10, Math.min(1000, this.cfg.heartbeatPeriodMs, this.cfg.observePeriodMs || Infinity));
    this.timer = setTimeout(() => {
      this.tick()
        .catch((err) => this.logger.warn('ring lifecycler loop failed', { err }))
        .finally(() => this.running && this.timer && this.schedule());
    }, interval);
    this.timer.unref?.();
  }

  /** One pass of the loop: finish observing when due, heartbeat when due, forget dead instances. */
  tick(): Promise<void> {
    return this.serially(async () => {
      if (!this.running) return;
      const now = this.clock.now();
      if (this.state === 'JOINING' && this.observeUntilMs > 0 && now >= this.observeUntilMs) await this.verifyTokens();
      if (now - this.lastHeartbeatMs >= this.cfg.heartbeatPeriodMs) await this.heartbeat(now);
    });
  }

  private async heartbeat(now: number): Promise<void> {
    try {
      const { desc } = await this.store.get({ staleHeartbeatsOk: true });
      const me = desc.instances[this.id];
      if (!me || me.state !== this.state || !sameTokens(me.tokens, this.tokens) || me.addr !== this.addr() || !!me.readOnly !== this.readOnly) await this.repairEntry(now);
      else await this.store.heartbeat(this.id, now);
      this.lastHeartbeatMs = now;
      this.metrics.heartbeats.inc({ result: 'success' });
      this.metrics.lastHeartbeat.set(now / 1000);
      await this.autoForget(desc, now);
    } catch (err) {
      this.metrics.heartbeats.inc({ result: 'failure' });
      this.logger.warn('heartbeat to the ring failed', { err });
    }
  }

  /**
   * My entry differs from what I hold: someone forgot me (re-add it), or a conflict resolution took
   * tokens away (keep the rest, top up with new ones).
   */
  private async repairEntry(now: number): Promise<void> {
    await this.store.cas((desc) => {
      const me = desc.instances[this.id];
      if (!me) this.logger.warn('instance missing from the ring (forgotten?), registering again', { state: this.state });
      else if (!sameTokens(me.tokens, this.tokens)) {
        const held = new Set(me.tokens);
        const lost = this.tokens.filter((t) => !held.has(t)).length;
        if (lost > 0) {
          this.metrics.conflicts.inc(lost);
          this.logger.warn('tokens lost to conflicting instances, replacing them', { lost });
        }
        this.tokens = this.fitTokens(me.tokens, desc);
      }
      desc.instances[this.id] = this.describe(now);
      return desc;
    });
    if (this.state === 'ACTIVE' && this.cfg.tokensFilePath) await saveTokensFile(this.cfg.tokensFilePath, this.tokens);
  }

  /**
   * dskit's auto-forget: drop instances unhealthy for more than N heartbeat timeouts. With a store that
   * keeps heartbeats apart (configmap: one Lease list for the whole ring per check), instances share the
   * work: each checks with a probability that makes the whole ring check about 3 times per heartbeat
   * timeout, however many instances there are.
   */
  private async autoForget(seen: RingDesc, now: number): Promise<void> {
    if (this.cfg.autoForgetUnhealthyPeriods <= 0 || this.cfg.heartbeatTimeoutMs <= 0) return;
    const limit = this.cfg.autoForgetUnhealthyPeriods * this.cfg.heartbeatTimeoutMs;
    if (this.store.refreshHeartbeats) {
      const instances = Math.max(1, Object.keys(seen.instances).length);
      const chance = Math.min(1, (3 * this.cfg.heartbeatPeriodMs) / (this.cfg.heartbeatTimeoutMs * instances));
      if (this.random() >= chance) return;
      await this.store.refreshHeartbeats();
      seen = (await this.store.get()).desc;
    }
    if (!Object.values(seen.instances).some((i) => i.id !== this.id && now - i.heartbeatMs > limit)) return;
    let removed: string[] = [];
    await this.store.cas((desc) => {
      removed = forgetUnhealthy(desc, now, limit, this.id);
      return removed.length ? desc : null;
    });
    if (removed.length) {
      this.metrics.forgotten.inc(removed.length);
      this.logger.warn('auto-forgot instances unhealthy for too long', { instances: removed, limitMs: limit });
    }
  }

  /**
   * ACTIVE → LEAVING, then the delegate's onLeaving (flush and upload). The entry stays in the ring,
   * LEAVING, serving reads. Idempotent: a second call waits for the first.
   */
  leave(): Promise<void> {
    if (!this.leavePromise) {
      this.leavePromise = this.serially(async () => {
        const now = this.clock.now();
        this.state = 'LEAVING';
        this.observeUntilMs = 0;
        this.readySinceMs = 0;
        try {
          await this.store.cas((desc) => {
            desc.instances[this.id] = this.describe(now);
            return desc;
          });
          this.logger.info('instance is LEAVING the ring: flushing');
        } catch (err) {
          // Flushing matters more than the ring entry: flush anyway; the next heartbeat writes LEAVING.
          this.logger.error('could not write LEAVING to the ring; flushing anyway', { err });
        }
      }).then(() => this.flush());
    }
    return this.leavePromise;
  }

  private async flush(): Promise<void> {
    this.leaveStatus = 'flushing';
    try {
      await this.delegate.onLeaving?.();
      this.leaveStatus = 'flushed';
      this.logger.info('flushed while LEAVING');
    } catch (err) {
      this.leaveStatus = 'failed';
      this.logger.error('flush while LEAVING failed: the instance stays in the ring as LEAVING', { err });
      this.leavePromise = null; // a later leave() or stop() tries again
    }
  }

  /**
   * Leaves (if not yet; flushes again if it had), then removes the entry when the flush succeeded and either -unregister-on-shutdown
   * or prepare-shutdown is set. A prepared shutdown also deletes the tokens file; a plain stop keeps it, so
   * the restart rejoins with the same tokens. The loop keeps heartbeating until the flush is over, as dskit's
   * Lifecycler.stopping() does (ring/lifecycler.go: the flush runs on a goroutine "so we can continue to
   * heartbeat"): a flush longer than the heartbeat timeout must not make the LEAVING instance UNHEALTHY,
   * which would drop it from reads and, after the auto-forget periods, from the ring mid-upload.
   * Idempotent: a second call (a second SIGTERM) waits for the first.
   */
  stop(): Promise<void> {
    if (!this.running) return this.stopping ?? Promise.resolve();
    this.stopping ??= this.stopAfterFlush();
    return this.stopping;
  }

  private async stopAfterFlush(): Promise<void> {
    // After an earlier leave() a write may still have landed (in flight when LEAVING was written): flush
    // again, which costs next to nothing when the head is empty. Outside the serial queue, like leave()'s
    // flush, so that the loop's heartbeats are not queued behind it.
    if (this.leaveStatus === 'flushed') await this.flush();
    else await this.leave();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.serially(async () => {
      this.running = false;
      if (this.leaveStatus !== 'flushed') {
        this.logger.error('not unregistering: the flush failed, the entry stays LEAVING so a restart takes it over and replays its WAL');
        return;
      }
      if (this.cfg.unregisterOnShutdown || this.prepareShutdown) {
        await this.store.cas((desc) => {
          if (!desc.instances[this.id]) return null;
          delete desc.instances[this.id];
          return desc;
        });
        this.logger.info('instance removed from the ring');
      }
      if (this.prepareShutdown && this.cfg.tokensFilePath) await deleteTokensFile(this.cfg.tokensFilePath);
    });
    if (this.cfg.finalSleepMs > 0) await new Promise((resolve) => setTimeout(resolve, this.cfg.finalSleepMs));
    await this.delegate.onStopped?.();
  }
}

function sameTokens(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
