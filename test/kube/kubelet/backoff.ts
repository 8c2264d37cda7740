// Restart backoff for crashing containers (CrashLoopBackOff): the kubelet waits base, 2×base, 4×base … up to
// max before restarting a container that exited; a container that ran for `resetAfterMs` without exiting
// starts over from base. Kubernetes uses 10 s doubling to 5 min, reset after 10 min; the test kubelet
// defaults to 1 s doubling to 30 s, reset after 60 s (flags of the kubelet), so tests see real restarts fast.
export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = { baseMs: 1000, maxMs: 30_000, resetAfterMs: 60_000 };

export class RestartBackoff {
  private exits = 0;

  constructor(private readonly settings: BackoffSettings = DEFAULT_BACKOFF) {}

  /** Call when the container exits after running `ranForMs`; answers how long to wait before restarting. */
  onExit(ranForMs: number): number {
    if (ranForMs >= this.settings.resetAfterMs) this.exits = 0;
    // The first restart happens at once, as the kubelet does; later ones back off.
    const delay = this.exits === 0 ? 0 : Math.min(this.settings.maxMs, this.settings.baseMs * 2 ** (this.exits - 1));
    this.exits++;
    return delay;
  }
}
