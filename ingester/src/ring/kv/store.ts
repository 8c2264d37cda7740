// The seam between the ring and where it is kept. Three implementations: memory (tests), file (a local
// cluster on one machine) and configmap (Kubernetes). Every change goes through `cas`, which re-reads,
// re-applies the caller's pure update and retries on conflict, so concurrent writers never lose updates.
import type { RingDesc } from '../model.ts';

export type Unsubscribe = () => void;

/**
 * An update function receives a private deep copy of the current ring and returns the ring to store, or
 * null for "no change" (nothing is written). It may run several times (once per conflict), so it must be
 * pure apart from mutating its argument.
 */
export type RingUpdate = (desc: RingDesc) => RingDesc | null;

export interface GetOptions {
  /**
   * The caller does not need other instances' heartbeats to be current (a lifecycler checking its own
   * entry). Stores that keep heartbeats apart then skip refreshing them; by default get() refreshes them
   * when they are older than the store's refresh period, so health computed from get() is always right.
   */
  staleHeartbeatsOk?: boolean;
}

export interface RingStore {
  /** The current ring and an opaque version (a counter, a resourceVersion…). */
  get(opts?: GetOptions): Promise<{ desc: RingDesc; version: string }>;
  /** Applies `update` atomically; retries with jittered backoff on conflict. Resolves to the stored ring. */
  cas(update: RingUpdate): Promise<RingDesc>;
  /**
   * Calls `onChange` with the ring whenever it changes (membership, state, tokens or heartbeats). The ring is
   * the watcher's to keep but not to change: its token arrays may be shared with the store.
   */
  watch(onChange: (desc: RingDesc) => void): Unsubscribe;
  /**
   * Records a heartbeat of instance `id`. Stores that keep heartbeats apart from the ring (the configmap
   * store keeps them in Leases) do it cheaply; the others do a CAS on the instance's heartbeat.
   */
  heartbeat(id: string, nowMs: number): Promise<void>;
  /**
   * Present on stores that keep heartbeats apart from the ring (configmap): fetches every instance's
   * latest heartbeat, which get() and watchers then see. Costly at scale, so callers use it sparingly;
   * watched stores call it periodically by themselves. Stores without it always return fresh heartbeats.
   */
  refreshHeartbeats?(): Promise<void>;
  close(): Promise<void>;
}

/** The update behind `heartbeat` for stores that keep heartbeats in the ring: no write for an unknown instance. */
export function heartbeatUpdate(id: string, nowMs: number): RingUpdate {
  return (desc) => {
    const inst = desc.instances[id];
    if (!inst) return null;
    inst.heartbeatMs = nowMs;
    return desc;
  };
}

export class CasConflictError extends Error {
  override name = 'CasConflictError';
}

export interface BackoffOptions {
  /** First delay. */
  minMs: number;
  /** Upper bound of one delay. */
  maxMs: number;
  /** Attempts before giving up. */
  maxAttempts: number;
}

export const DEFAULT_CAS_BACKOFF: BackoffOptions = { minMs: 5, maxMs: 1000, maxAttempts: 20 };

/** Full-jitter exponential backoff: a random delay in [0, min(max, min·2^attempt)]. */
export function jitteredDelay(attempt: number, opts: BackoffOptions, random: () => number = Math.random): number {
  const cap = Math.min(opts.maxMs, opts.minMs * 2 ** attempt);
  return Math.max(1, Math.round(random() * cap));
}

/**
 * Runs `attempt` until it does not throw CasConflictError, sleeping a jittered backoff between tries.
 * `onRetry` lets stores count conflicts in their metrics.
 */
export async function retryOnConflict<T>(what: string, attempt: () => Promise<T>, opts: BackoffOptions = DEFAULT_CAS_BACKOFF, onRetry?: () => void): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < opts.maxAttempts; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof CasConflictError)) throw err;
      lastErr = err;
      onRetry?.();
      await new Promise((resolve) => setTimeout(resolve, jitteredDelay(i, opts)));
    }
  }
  throw new Error(`${what}: gave up after ${opts.maxAttempts} conflicting attempts`, { cause: lastErr });
}
