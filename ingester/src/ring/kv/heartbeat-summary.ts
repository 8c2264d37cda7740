// One reader lists the heartbeat Leases for everybody and publishes them in a small summary ConfigMap.
//
// Listing every instance's Lease costs ~800 bytes per instance (a Lease with its managedFields): with
// 1,000 instances and 50 readers each listing every 20 s that alone is 2 MB/s. So the ring readers elect
// one of them (a Lease `<ring>-heartbeat-aggregator`, taken over when its holder stops renewing it) to list
// the Leases every refresh period and write `<ring>-heartbeats` — {"id": [ageMs, renewTimeMs]} for every
// instance, ~40 bytes each — which the other readers read instead.
//
// No clock crosses a process boundary (observed-time.ts): the summary holds each heartbeat's age on the
// aggregator's clock when it wrote the summary, and a reader places it on its own clock from when it saw
// the summary change (its resourceVersion). The election judges expiry as client-go's leader election does:
// lease duration after the candidate last saw the record change, on the candidate's clock. A reader that finds the summary missing or
// stale (its aggregator died and nobody took over yet) lists the Leases itself, so heartbeats never go
// stale for long because of the aggregator.
import * as k8s from '@kubernetes/client-node';
import type { Logger } from '../../util/log.ts';
import { microTime } from '../../util/kube-time.ts';

export const SUMMARY_DATA_KEY = 'heartbeats.json';

/** Format 2: ages, not times (format 1, absolute renewTimes, is ignored: its reader lists the Leases). */
export const SUMMARY_FORMAT = 2;

export interface HeartbeatSummary {
  v: typeof SUMMARY_FORMAT;
  /** When the aggregator listed the Leases, on its clock (shown to people; never compared with ours). */
  atMs: number;
  holder: string;
  /**
   * Per instance: [how long before `atMs` the aggregator last saw its heartbeat change, the Lease's renewTime
   * in ms]. The renewTime is only compared with itself (has it changed?), never with a clock: a reader that
   * later lists the Leases itself knows which renewal it has already placed.
   */
  beats: Record<string, [ageMs: number, renewTimeMs: number]>;
}

export interface HeartbeatAggregatorOptions {
  core: k8s.CoreV1Api;
  coordination: k8s.CoordinationV1Api;
  namespace: string;
  ringName: string;
  /** This process's identity in the election. */
  holder: string;
  /** How often the aggregator lists; the election Lease lasts twice that. */
  refreshMs: number;
  labels: Record<string, string>;
  /** Owners of the election Lease and the summary (the ring ConfigMap), once known. */
  ownerReferences?: () => Promise<k8s.V1OwnerReference[] | undefined>;
  logger: Logger;
}

export class HeartbeatAggregator {
  readonly summaryName: string;
  readonly electionName: string;
  /** client-go's observedRecord / observedTime: the election record as last read, and when (our clock). */
  private observedRecord = '';
  private observedAtMs = 0;

  constructor(private readonly opts: HeartbeatAggregatorOptions) {
    this.summaryName = `${opts.ringName}-heartbeats`;
    this.electionName = `${opts.ringName}-heartbeat-aggregator`;
  }

  /** Takes or renews the aggregator Lease; true when this process holds it. */
  async tryLead(nowMs: number): Promise<boolean> {
    const { coordination, namespace, holder } = this.opts;
    const durationSeconds = Math.max(1, Math.ceil((2 * this.opts.refreshMs) / 1000));
    let lease: k8s.V1Lease;
    try {
      lease = await coordination.readNamespacedLease({ name: this.electionName, namespace });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
      try {
        await coordination.createNamespacedLease({
          namespace,
          body: {
            metadata: { name: this.electionName, namespace, labels: this.opts.labels, ownerReferences: await this.opts.ownerReferences?.() },
            spec: { holderIdentity: holder, leaseDurationSeconds: durationSeconds, acquireTime: microTime(nowMs) as unknown as k8s.V1MicroTime, renewTime: microTime(nowMs) as unknown as k8s.V1MicroTime, leaseTransitions: 0 },
          },
        });
        return true;
      } catch (createErr) {
        if (statusOf(createErr) === 409) return false;
        throw createErr;
      }
    }
    const spec = lease.spec ?? {};
    const record = JSON.stringify([spec.holderIdentity, String(spec.renewTime), String(spec.acquireTime), spec.leaseTransitions, spec.leaseDurationSeconds]);
    if (record !== this.observedRecord) {
      this.observedRecord = record;
      this.observedAtMs = nowMs;
    }
    // client-go: "if len(oldLeaderElectionRecord.HolderIdentity) > 0 && le.observedTime.Add(leaseDuration).After(now)" → held.
    const expired = !spec.holderIdentity || this.observedAtMs + (spec.leaseDurationSeconds ?? durationSeconds) * 1000 <= nowMs;
    if (spec.holderIdentity !== holder && !expired) return false;
    if (spec.holderIdentity !== holder) {
      spec.acquireTime = microTime(nowMs) as unknown as k8s.V1MicroTime;
      spec.leaseTransitions = (spec.leaseTransitions ?? 0) + 1;
      this.opts.logger.info('taking over heartbeat aggregation', { previous: spec.holderIdentity });
    }
    spec.holderIdentity = holder;
    spec.leaseDurationSeconds = durationSeconds;
    spec.renewTime = microTime(nowMs) as unknown as k8s.V1MicroTime;
    lease.spec = spec;
    try {
      const written = await coordination.replaceNamespacedLease({ name: this.electionName, namespace, body: lease });
      const w = written.spec ?? {};
      this.observedRecord = JSON.stringify([w.holderIdentity, String(w.renewTime), String(w.acquireTime), w.leaseTransitions, w.leaseDurationSeconds]);
      this.observedAtMs = nowMs;
      return true;
    } catch (err) {
      if (statusOf(err) === 409) return false; // someone else renewed or took it first
      throw err;
    }
  }

  /** Writes the summary (a single writer: the aggregator; an unconditional replace). `beats` as in HeartbeatSummary. */
  async publish(beats: Map<string, [number, number]>, atMs: number): Promise<void> {
    const { core, namespace } = this.opts;
    const summary: HeartbeatSummary = { v: SUMMARY_FORMAT, atMs, holder: this.opts.holder, beats: Object.fromEntries(beats) };
    const body: k8s.V1ConfigMap = { metadata: { name: this.summaryName, namespace, labels: this.opts.labels, ownerReferences: await this.opts.ownerReferences?.() }, data: { [SUMMARY_DATA_KEY]: JSON.stringify(summary) } };
    try {
      await core.replaceNamespacedConfigMap({ name: this.summaryName, namespace, body });
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
      await core.createNamespacedConfigMap({ namespace, body });
    }
  }

  /** The published summary and its resourceVersion, or null when there is none or it cannot be used. */
  async read(): Promise<(HeartbeatSummary & { resourceVersion: string }) | null> {
    let cm: k8s.V1ConfigMap;
    try {
      cm = await this.opts.core.readNamespacedConfigMap({ name: this.summaryName, namespace: this.opts.namespace });
    } catch (err) {
      if (statusOf(err) === 404) return null;
      throw err;
    }
    try {
      const parsed = JSON.parse(cm.data?.[SUMMARY_DATA_KEY] ?? '') as HeartbeatSummary;
      if (parsed.v !== SUMMARY_FORMAT || typeof parsed.atMs !== 'number' || typeof parsed.beats !== 'object' || parsed.beats === null) return null;
      return { ...parsed, resourceVersion: cm.metadata?.resourceVersion ?? '' };
    } catch {
      return null;
    }
  }
}

export function statusOf(err: unknown): number | undefined {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; statusCode?: unknown; status?: unknown; cause?: unknown };
    if (typeof e.code === 'number') return e.code;
    if (typeof e.statusCode === 'number') return e.statusCode;
    if (typeof e.status === 'number') return e.status;
    if (e.cause) return statusOf(e.cause);
  }
  return undefined;
}
