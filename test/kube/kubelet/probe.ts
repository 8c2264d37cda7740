// The probe state machine of one container, as the kubelet's prober runs it: nothing before
// initialDelaySeconds, then one probe per periodSeconds; `successThreshold` consecutive successes make it
// pass, `failureThreshold` consecutive failures make it fail. A readiness probe starts failing (not ready);
// a liveness or startup probe starts passing. Pure: the caller performs the HTTP request and reports.
import type { V1Probe } from '@kubernetes/client-node';

export interface ProbeSettings {
  initialDelayMs: number;
  periodMs: number;
  timeoutMs: number;
  successThreshold: number;
  failureThreshold: number;
}

export function probeSettings(probe: V1Probe): ProbeSettings {
  return {
    initialDelayMs: (probe.initialDelaySeconds ?? 0) * 1000,
    periodMs: Math.max(1, probe.periodSeconds ?? 10) * 1000,
    timeoutMs: Math.max(1, probe.timeoutSeconds ?? 1) * 1000,
    successThreshold: Math.max(1, probe.successThreshold ?? 1),
    failureThreshold: Math.max(1, probe.failureThreshold ?? 3),
  };
}

export class ProbeState {
  private consecutiveSuccesses = 0;
  private consecutiveFailures = 0;
  private lastProbeAt: number | undefined;
  passing: boolean;

  constructor(
    readonly settings: ProbeSettings,
    private readonly startedAt: number,
    initiallyPassing: boolean,
  ) {
    this.passing = initiallyPassing;
  }

  /** When the next probe is due (Unix ms). */
  nextProbeAt(): number {
    if (this.lastProbeAt === undefined) return this.startedAt + this.settings.initialDelayMs;
    return this.lastProbeAt + this.settings.periodMs;
  }

  /** Records a probe result; answers whether `passing` changed. */
  record(success: boolean, now: number): boolean {
    this.lastProbeAt = now;
    const before = this.passing;
    if (success) {
      this.consecutiveFailures = 0;
      this.consecutiveSuccesses++;
      if (this.consecutiveSuccesses >= this.settings.successThreshold) this.passing = true;
    } else {
      this.consecutiveSuccesses = 0;
      this.consecutiveFailures++;
      if (this.consecutiveFailures >= this.settings.failureThreshold) this.passing = false;
    }
    return before !== this.passing;
  }
}
