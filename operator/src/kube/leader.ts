// Leader election on a coordination.k8s.io/v1 Lease, with client-go's semantics: a candidate takes the lease
// when it is free or when its holder has not renewed it for leaseDuration (measured on the candidate's own
// clock from when it last saw the record change, so clock skew between replicas does not matter); the leader
// renews every retryPeriod and gives up leadership when a round of renewals does not succeed within
// renewDeadline, with every API call of the round bounded by that deadline. Writes are
// PUTs on the observed resourceVersion, so two candidates can never both win.
import type { Clock } from '../../../ingester/src/util/clock.ts';
import type { Logger } from '../../../ingester/src/util/log.ts';
import { isConflict, isNotFound, pathFor, type KubeClient } from './client.ts';
import { microTime } from '../../../ingester/src/util/kube-time.ts';

export interface LeaderElectionOptions {
  namespace: string;
  name: string;
  identity: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
}

interface Lease {
  apiVersion?: string;
  kind?: string;
  metadata: { name: string; namespace: string; resourceVersion?: string };
  spec?: { holderIdentity?: string | null; leaseDurationSeconds?: number; acquireTime?: string | null; renewTime?: string | null; leaseTransitions?: number };
}


export class LeaderElector {
  private leader = false;
  private stopped = false;
  private observedRecord = '';
  private observedAt = 0;
  private lastRenew = 0;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly client: KubeClient,
    private readonly options: LeaderElectionOptions,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly callbacks: { onStartedLeading: () => void; onStoppedLeading: () => void },
  ) {}

  get isLeader(): boolean {
    return this.leader;
  }

  start(): void {
    this.loop = this.run();
  }

  /** Stops campaigning; a leader releases the lease so a follower takes over at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    if (this.leader) {
      await this.release();
      this.setLeader(false);
    }
  }

  /**
   * client-go's loop (tools/leaderelection/leaderelection.go): a candidate tries every retryPeriod; a leader
   * renews in rounds, each bounded by a context with timeout renewDeadline (renew: context.WithTimeout then
   * wait.PollImmediateUntil(RetryPeriod, tryAcquireOrRenew, timeoutCtx.Done())). When a round ends without a
   * renewal the leader stops leading at once, even while a request is still hanging: every API call of an
   * attempt carries the round's deadline, so none can hold the leader past it.
   */
  private async run(): Promise<void> {
    let roundDeadline: number | undefined;
    while (!this.stopped) {
      const now = this.clock.now();
      if (this.leader && roundDeadline === undefined) roundDeadline = now + this.options.renewDeadlineMs;
      // A candidate's attempts are bounded by the renew deadline too: no call waits longer than that.
      const deadline = this.leader ? roundDeadline! : now + this.options.renewDeadlineMs;
      const attempt = new AbortController();
      const timer = setTimeout(() => attempt.abort(new Error(`the renew deadline (${this.options.renewDeadlineMs} ms) passed`)), Math.max(1, deadline - now));
      let ok = false;
      try {
        ok = await this.tryAcquireOrRenew(attempt.signal);
      } catch (err) {
        this.log.warn('leader election attempt failed', { err });
      } finally {
        clearTimeout(timer);
      }
      if (ok) {
        roundDeadline = undefined;
        this.setLeader(true);
      } else if (this.leader && this.clock.now() >= roundDeadline!) {
        this.log.error('lost the leader lease: could not renew within the renew deadline', { lease: this.options.name, renewDeadlineMs: this.options.renewDeadlineMs });
        roundDeadline = undefined;
        this.setLeader(false);
      }
      // The next try after retryPeriod, or at the round's deadline when that comes first (so losing it is
      // noticed on time).
      const wait = roundDeadline === undefined ? this.options.retryPeriodMs : Math.max(0, Math.min(this.options.retryPeriodMs, roundDeadline - this.clock.now()));
      await new Promise<void>((resolve) => {
        const sleep = setTimeout(resolve, wait);
        this.wake = () => {
          clearTimeout(sleep);
          resolve();
        };
      });
    }
  }

  private setLeader(leader: boolean): void {
    if (leader === this.leader) return;
    this.leader = leader;
    this.log.info(leader ? 'became leader' : 'stopped leading', { lease: `${this.options.namespace}/${this.options.name}`, identity: this.options.identity });
    if (leader) this.callbacks.onStartedLeading();
    else this.callbacks.onStoppedLeading();
  }

  /** One attempt; true when this candidate holds the lease afterwards. Every call stops when `signal` aborts. */
  async tryAcquireOrRenew(signal?: AbortSignal): Promise<boolean> {
    const bound = { signal };
    const { namespace, name, identity } = this.options;
    const now = this.clock.now();
    const path = pathFor('Lease', namespace, name);
    const durationSeconds = Math.ceil(this.options.leaseDurationMs / 1000);
    const lease = await this.client.find<Lease>(path, bound);
    if (!lease) {
      try {
        await this.client.create(pathFor('Lease', namespace), {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name, namespace },
          spec: { holderIdentity: identity, leaseDurationSeconds: durationSeconds, acquireTime: microTime(now), renewTime: microTime(now), leaseTransitions: 0 },
        }, bound);
        return true;
      } catch (err) {
        if (isConflict(err)) return false;
        throw err;
      }
    }
    const spec = lease.spec ?? {};
    const record = JSON.stringify([spec.holderIdentity, spec.renewTime, spec.leaseTransitions]);
    if (record !== this.observedRecord) {
      this.observedRecord = record;
      this.observedAt = now;
    }
    const holder = spec.holderIdentity ?? '';
    const heldByOther = holder !== '' && holder !== identity;
    const expired = this.observedAt + (spec.leaseDurationSeconds ?? durationSeconds) * 1000 < now;
    if (heldByOther && !expired) return false;
    const next: Lease = {
      ...lease,
      spec: {
        ...spec,
        holderIdentity: identity,
        leaseDurationSeconds: durationSeconds,
        renewTime: microTime(now),
        acquireTime: holder === identity ? spec.acquireTime : microTime(now),
        leaseTransitions: (spec.leaseTransitions ?? 0) + (holder === identity ? 0 : 1),
      },
    };
    try {
      const updated = await this.client.replace<Lease>(path, next, bound);
      this.observedRecord = JSON.stringify([updated.spec?.holderIdentity, updated.spec?.renewTime, updated.spec?.leaseTransitions]);
      this.observedAt = now;
      return true;
    } catch (err) {
      if (isConflict(err) || isNotFound(err)) return false;
      throw err;
    }
  }

  private async release(): Promise<void> {
    const path = pathFor('Lease', this.options.namespace, this.options.name);
    // Bounded like a renewal: a release that cannot get through must not hold up the exit.
    const bound = { timeoutMs: this.options.renewDeadlineMs };
    try {
      const lease = await this.client.find<Lease>(path, bound);
      if (!lease || lease.spec?.holderIdentity !== this.options.identity) return;
      await this.client.replace(path, { ...lease, spec: { ...lease.spec, holderIdentity: null, acquireTime: null, renewTime: null, leaseDurationSeconds: 1 } }, bound);
      this.log.info('released the leader lease', { lease: this.options.name });
    } catch (err) {
      this.log.warn('releasing the leader lease failed', { err });
    }
  }
}
