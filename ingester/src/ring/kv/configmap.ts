// The ring in Kubernetes: membership, state and tokens in one ConfigMap, heartbeats in one Lease per
// instance.
//
// Why two kinds of object: a heartbeat every 5 s from every instance written into the ConfigMap would
// make every watcher download the whole ring (hundreds of KiB) every few milliseconds at scale. A Lease
// renewal is a small merge patch that nobody watches. Readers (stores with watchers: the Ring of a
// distributor or querier) refresh heartbeats every `heartbeatRefreshMs / 2` from a summary ConfigMap that
// one elected reader rebuilds every `heartbeatRefreshMs` by listing the Leases (heartbeat-summary.ts);
// without a fresh summary a reader lists the Leases itself. The measured traffic is in README.md.
//
// Heartbeat times are this process's own (observed-time.ts): a renewal counts from when this reader saw the
// Lease's renewTime change (or, through the summary, from when the aggregator saw it, as an age), never
// from the stamp the ingester's clock wrote; a stamp in the future is never kept. So one process with a
// wrong clock neither keeps a dead instance healthy nor makes a live one UNHEALTHY. The price: a reader sees
// a renewal up to one refresh late (the summary's aggregation) plus half a refresh (its read cadence), so
// a dead instance turns UNHEALTHY at most timeout + 1.5 × refresh after its last renewal (90 s at the
// defaults), and a live one's heartbeat is at most period + 1.5 × refresh old (35 s, under the 60 s timeout).
//
// - The ConfigMap `<name>` holds `data["ring.json"]` (model.ts serialization). It is created if missing
//   (a 409 AlreadyExists means someone else created it: re-read), never overwritten blindly: every write
//   is a replace carrying the resourceVersion it was computed from; a 409 Conflict re-reads, re-applies
//   and retries with jittered backoff.
// - The store watches the ConfigMap's metadata only (metadata-watch.ts; resuming from the last
//   resourceVersion, re-reading on 410 Gone), so get() is served from memory and a change reaches every
//   reader in about the watch latency. Each write carries the entries it changed in an annotation
//   (ring-change.ts) that watchers apply to the ring they hold: a state change costs each watcher ~2 KB,
//   not the whole ring (~840 KB at 1,000 instances). A watcher that cannot apply it reads the ring once.
// - A write stores only the entries its update changed; the others stay as stored (this process's view of
//   their heartbeats is not written into them, which would look like a renewal to every other reader).
// - Leases `<name>-<instance>` carry labels ring=<name>, instance=<id>; spec.renewTime is the heartbeat.
//   Removing an instance from the ring deletes its Lease.
import * as k8s from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Registry, type Counter } from 'prom-client';
import { sharedCounter } from '../metrics.ts';
import type { Clock } from '../../util/clock.ts';
import { systemClock } from '../../util/clock.ts';
import type { Logger } from '../../util/log.ts';
import { silentLogger } from '../../util/log.ts';
import { microTime, parseKubeTime } from '../../util/kube-time.ts';
import { cloneRing, emptyRing, parseRing, RingFormatError, ringsEqual, serializeRing, type RingDesc } from '../model.ts';
import { HeartbeatAggregator, statusOf } from './heartbeat-summary.ts';
import { eventMetadata, metadataWatch } from './metadata-watch.ts';
import { applyDiff, decodeRingChange, diffRings, encodeRingChange, RING_CHANGE_ANNOTATION } from './ring-change.ts';
import { ObservedTimes } from './observed-time.ts';
import { KeepAliveKube } from './kube-client.ts';
import { CasConflictError, DEFAULT_CAS_BACKOFF, jitteredDelay, retryOnConflict, type BackoffOptions, type GetOptions, type RingStore, type RingUpdate, type Unsubscribe } from './store.ts';

export const RING_DATA_KEY = 'ring.json';
export const RING_LABEL = 'ring.ingester-cluster.io/ring';
export const INSTANCE_LABEL = 'ring.ingester-cluster.io/instance';

export interface ConfigMapRingStoreOptions {
  kubeConfig: k8s.KubeConfig;
  namespace: string;
  /** ConfigMap name; Leases are named `<name>-<instance>`. */
  name: string;
  /** How often the elected reader lists the Leases (default 20 s = timeout/3); readers read the summary twice as often. */
  heartbeatRefreshMs?: number;
  /** Identity in the aggregator election (default: hostname-pid-random). */
  holderIdentity?: string;
  /** Clock for heartbeat freshness and the aggregator election (tests inject a ManualClock). */
  clock?: Clock;
  /** spec.leaseDurationSeconds written on Leases (informational; default 60). */
  leaseDurationSeconds?: number;
  backoff?: BackoffOptions;
  /** Labels added to a ConfigMap this store creates. */
  labels?: Record<string, string>;
  logger?: Logger;
  registry?: Registry;
}

interface Cached {
  desc: RingDesc;
  resourceVersion: string;
  exists: boolean;
  /** Labels, annotations and ownerReferences others (the operator) put on the ConfigMap: kept on replace. */
  meta?: Partial<k8s.V1ObjectMeta>;
  /** The ConfigMap's uid: the heartbeat Leases and summary name it as their owner. */
  uid?: string;
}

function keptMetadata(cm: k8s.V1ConfigMap): Partial<k8s.V1ObjectMeta> {
  const meta: Partial<k8s.V1ObjectMeta> = {};
  if (cm.metadata?.labels) meta.labels = cm.metadata.labels;
  if (cm.metadata?.annotations) meta.annotations = cm.metadata.annotations;
  if (cm.metadata?.ownerReferences) meta.ownerReferences = cm.metadata.ownerReferences;
  return meta;
}

export class ConfigMapRingStore implements RingStore {
  private readonly clients: KeepAliveKube;
  private readonly core: k8s.CoreV1Api;
  private readonly coordination: k8s.CoordinationV1Api;
  private readonly watcher: k8s.Watch;
  private readonly logger: Logger;
  private readonly backoff: BackoffOptions;
  private readonly refreshMs: number;
  private cached: Cached | null = null;
  private syncing: Promise<void> | null = null;
  private watchAbort: AbortController | null = null;
  private watchRetry = 0;
  /**
   * Where the watch resumes: the resourceVersion of the last event or BOOKMARK it got. A bookmark's
   * resourceVersion is the newest of the whole resource type ("the watch has seen everything up to here",
   * kube-apiserver's watch cache), not our ConfigMap's: it is a resume point only, never the precondition
   * of a replace, which must carry the object's own resourceVersion or get 409.
   */
  private watchFrom = '';
  private closed = false;
  /** Last heartbeat per instance, on this process's clock (see the file comment). */
  private readonly beats = new Map<string, number>();
  /** When (our clock) each instance's Lease renewTime was last seen to change. */
  private readonly leaseSeen = new ObservedTimes<string>();
  /** When each instance's heartbeat in ring.json was last seen to change (writes of its entry). */
  private readonly entrySeen = new ObservedTimes<string>();
  /** When the heartbeat summary was last seen to change (its resourceVersion). */
  private readonly summarySeen = new ObservedTimes<'summary'>();
  /** Instances whose Lease we know exists (so a renewal is a patch, not a create). */
  private readonly knownLeases = new Set<string>();
  private readonly watchers = new Set<(desc: RingDesc) => void>();
  private refreshTimer: NodeJS.Timeout | null = null;
  private readonly aggregator: HeartbeatAggregator;
  private readonly clock: Clock;
  private nextAggregation = 0;
  private lastRefreshMs = 0;
  /** Watch events are handled one at a time, in order: a change applies only to the ring before it. */
  private events: Promise<void> = Promise.resolve();
  private readonly metrics: { cas: Counter<'result'>; watchRestarts: Counter<'reason'>; watchEvents: Counter<'result'>; leaseRequests: Counter<'op' | 'result'>; refreshes: Counter<'source'> };

  constructor(private readonly opts: ConfigMapRingStoreOptions) {
    this.clients = new KeepAliveKube(opts.kubeConfig);
    this.core = this.clients.client(k8s.CoreV1Api);
    this.coordination = this.clients.client(k8s.CoordinationV1Api);
    this.watcher = metadataWatch(opts.kubeConfig);
    this.logger = (opts.logger ?? silentLogger()).child({ ring: opts.name, namespace: opts.namespace });
    this.backoff = opts.backoff ?? DEFAULT_CAS_BACKOFF;
    this.refreshMs = opts.heartbeatRefreshMs ?? 20_000;
    this.clock = opts.clock ?? systemClock;
    this.aggregator = new HeartbeatAggregator({
      core: this.core,
      coordination: this.coordination,
      namespace: opts.namespace,
      ringName: opts.name,
      holder: opts.holderIdentity ?? `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
      refreshMs: this.refreshMs,
      labels: { [RING_LABEL + '-aux']: opts.name },
      ownerReferences: () => this.ownedByRing(),
      logger: this.logger,
    });
    const registry = opts.registry ?? new Registry();
    this.metrics = {
      cas: sharedCounter(registry, { name: 'ring_store_configmap_cas_total', help: 'Compare-and-swap attempts on the ring ConfigMap, by result (written, unchanged, conflict, created).', labelNames: ['result'] }),
      watchRestarts: sharedCounter(registry, { name: 'ring_store_configmap_watch_restarts_total', help: 'Restarts of the ring ConfigMap watch, by reason (closed, gone, error).', labelNames: ['reason'] }),
      watchEvents: sharedCounter(registry, { name: 'ring_store_configmap_watch_events_total', help: 'Changes of the ring ConfigMap seen by its watch, by result (applied: the change annotation applied to the ring held; read: the whole ring read instead; own: this process wrote it).', labelNames: ['result'] }),
      leaseRequests: sharedCounter(registry, { name: 'ring_store_lease_requests_total', help: 'Requests on heartbeat Leases, by operation and result.', labelNames: ['op', 'result'] }),
      refreshes: sharedCounter(registry, { name: 'ring_store_heartbeat_refreshes_total', help: 'Heartbeat refreshes, by source (summary, list: the Leases listed by this process).', labelNames: ['source'] }),
    };
  }

  private leaseName(id: string): string {
    const safe = id.toLowerCase().replace(/[^a-z0-9.-]/g, '-');
    return `${this.opts.name}-${safe}`.slice(0, 253).replace(/[.-]+$/, '');
  }

  // ---- reading --------------------------------------------------------------------------------------

  /** Reads the ConfigMap (a GET), updating the cache. */
  private async readConfigMap(): Promise<Cached> {
    try {
      const cm = await this.core.readNamespacedConfigMap({ name: this.opts.name, namespace: this.opts.namespace });
      const cached = { desc: parseRing(cm.data?.[RING_DATA_KEY] ?? ''), resourceVersion: cm.metadata?.resourceVersion ?? '', exists: true, meta: keptMetadata(cm), uid: cm.metadata?.uid };
      this.setCache(cached);
      return cached;
    } catch (err) {
      if (statusOf(err) !== 404) throw new Error(`reading ConfigMap ${this.opts.namespace}/${this.opts.name}`, { cause: err });
      const cached = { desc: emptyRing(), resourceVersion: '', exists: false };
      this.setCache(cached);
      return cached;
    }
  }

  /** Lists our ConfigMap (field selector on the name): the cache, and the list's resourceVersion to watch from. */
  private async relist(): Promise<void> {
    let list: k8s.V1ConfigMapList;
    try {
      list = await this.core.listNamespacedConfigMap({ namespace: this.opts.namespace, fieldSelector: `metadata.name=${this.opts.name}` });
    } catch (err) {
      throw new Error(`listing ConfigMap ${this.opts.namespace}/${this.opts.name}`, { cause: err });
    }
    const cm = list.items[0];
    if (cm) this.setCache({ desc: parseRing(cm.data?.[RING_DATA_KEY] ?? ''), resourceVersion: cm.metadata?.resourceVersion ?? '', exists: true, meta: keptMetadata(cm), uid: cm.metadata?.uid });
    else this.setCache({ desc: emptyRing(), resourceVersion: '', exists: false });
    this.watchFrom = list.metadata?.resourceVersion ?? '';
  }

  /** `changed`: whether the ring differs from the cached one, when the caller knows (saves comparing 1,000 entries). */
  private setCache(next: Cached, changed?: boolean): void {
    const prev = this.cached;
    // Never go back in time: a watch event or a write may have brought a newer version already.
    if (prev && prev.exists && next.exists && Number(next.resourceVersion) < Number(prev.resourceVersion)) return;
    this.cached = next;
    const now = this.clock.now();
    for (const inst of Object.values(next.desc.instances)) this.entrySeen.observe(inst.id, inst.heartbeatMs, now, inst.heartbeatMs);
    this.entrySeen.retain(new Set(Object.keys(next.desc.instances)));
    if (!prev || prev.exists !== next.exists || (changed ?? !ringsEqual(prev.desc, next.desc))) this.notify();
  }

  /** First use: read, then watch. */
  private ensureSynced(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.readConfigMap().then(() => {
        void this.startWatch();
      });
      this.syncing.catch(() => (this.syncing = null));
    }
    return this.syncing;
  }

  private async startWatch(): Promise<void> {
    if (this.closed) return;
    const path = `/api/v1/namespaces/${encodeURIComponent(this.opts.namespace)}/configmaps`;
    const query: Record<string, string | boolean> = { fieldSelector: `metadata.name=${this.opts.name}`, allowWatchBookmarks: true };
    const from = this.watchFrom || this.cached?.resourceVersion;
    if (from) query.resourceVersion = from;
    let gone = false;
    try {
      this.watchAbort = await this.watcher.watch(
        path,
        query,
        (type, obj: unknown) => {
          if (type === 'ERROR') {
            if ((obj as { code?: number }).code === 410) gone = true;
            return;
          }
          const meta = eventMetadata(obj);
          const rv = meta?.resourceVersion ?? '';
          if (rv) this.watchFrom = rv;
          if (type === 'BOOKMARK' || !meta) return;
          this.watchRetry = 0;
          this.events = this.events
            .then(() => this.onRingEvent(type, meta, obj as k8s.V1ConfigMap))
            .catch((err) => {
              if (err instanceof RingFormatError || (err as Error).cause instanceof RingFormatError) return void this.logger.error('the ring ConfigMap holds an unreadable ring', { err });
              // The read after a change we could not apply failed: resume the watch from the ring we hold,
              // so that the change comes again rather than being skipped.
              this.logger.warn('reading the ring after a change failed; resuming the watch from the ring held', { err });
              this.watchFrom = '';
              this.watchAbort?.abort();
            });
        },
        (err) => void this.restartWatch(gone || statusOf(err) === 410 ? 'gone' : err ? 'error' : 'closed', err),
      );
      // Closed while the watch was being opened: close() found nothing to abort.
      if (this.closed) this.watchAbort.abort();
    } catch (err) {
      void this.restartWatch(statusOf(err) === 410 ? 'gone' : 'error', err);
    }
  }

  private async restartWatch(reason: 'gone' | 'error' | 'closed', err: unknown): Promise<void> {
    this.watchAbort = null;
    if (this.closed) return;
    this.metrics.watchRestarts.inc({ reason });
    if (reason !== 'closed') this.logger.info('ring ConfigMap watch ended, restarting', { reason, err });
    const delay = reason === 'closed' ? 0 : jitteredDelay(Math.min(this.watchRetry++, 8), { minMs: 100, maxMs: 5000, maxAttempts: 0 });
    await new Promise((r) => setTimeout(r, delay).unref?.());
    if (this.closed) return;
    try {
      // After 410 Gone our resourceVersion is too old to resume from: re-list first, and resume from the
      // list's resourceVersion (the object's own may be older than the kept history: a ring unchanged for
      // longer than etcd's compaction interval would get 410 again, forever).
      if (reason !== 'closed' || !(this.watchFrom || this.cached?.resourceVersion)) await this.relist();
    } catch (readErr) {
      this.logger.warn('re-reading the ring ConfigMap failed', { err: readErr });
    }
    await this.startWatch();
  }

  /**
   * One ADDED/MODIFIED/DELETED event of the ring ConfigMap: the change annotation applied to the ring we
   * hold when it was computed from it, else the whole ring read once (a GET).
   */
  private async onRingEvent(type: string, meta: k8s.V1ObjectMeta, obj: k8s.V1ConfigMap): Promise<void> {
    if (type === 'DELETED') return this.setCache({ desc: emptyRing(), resourceVersion: '', exists: false });
    const rv = meta.resourceVersion ?? '';
    const held = this.cached;
    // Our own write (or one a GET already brought): nothing to do.
    if (held?.exists && Number(rv) <= Number(held.resourceVersion)) return void this.metrics.watchEvents.inc({ result: 'own' });
    // A server that sent the whole object (no Table): take it as it is.
    if (obj.data) return this.setCache({ desc: parseRing(obj.data[RING_DATA_KEY] ?? ''), resourceVersion: rv, exists: true, meta: keptMetadata(obj), uid: meta.uid });
    const diff = held ? decodeRingChange(meta.annotations?.[RING_CHANGE_ANNOTATION], held.exists ? held.resourceVersion : '') : null;
    if (held && diff) {
      this.metrics.watchEvents.inc({ result: 'applied' });
      const changed = diff.del.length > 0 || Object.keys(diff.set.instances).length > 0;
      return this.setCache({ desc: applyDiff(held.desc, diff), resourceVersion: rv, exists: true, meta: keptMetadata({ metadata: meta }), uid: meta.uid }, changed);
    }
    this.metrics.watchEvents.inc({ result: 'read' });
    await this.readConfigMap();
  }

  /** The ring with every heartbeat on our clock: the later of its entry's last write and its last renewal seen. */
  private merged(desc: RingDesc, copyTokens = true): RingDesc {
    const out = copyTokens ? cloneRing(desc) : { instances: Object.fromEntries(Object.entries(desc.instances).map(([id, inst]) => [id, { ...inst }])) };
    const now = this.clock.now();
    for (const inst of Object.values(out.instances)) {
      const written = this.entrySeen.get(inst.id) ?? Math.min(inst.heartbeatMs, now);
      inst.heartbeatMs = Math.max(written, this.beats.get(inst.id) ?? -Infinity);
    }
    return out;
  }

  async get(opts: GetOptions = {}): Promise<{ desc: RingDesc; version: string }> {
    await this.ensureSynced();
    // Watched stores refresh by themselves; others (the operator, the ring page of an ingester) refresh
    // here when their heartbeats are older than half a refresh period, as watched ones do on their timer.
    if (!opts.staleHeartbeatsOk && this.clock.now() - this.lastRefreshMs > this.refreshMs / 2) await this.refreshHeartbeats();
    const cached = this.cached!;
    return { desc: this.merged(cached.desc), version: cached.resourceVersion };
  }

  /** Lists the ring's Leases: renewTime per instance (one request for the whole ring). */
  async listLeaseBeats(): Promise<Map<string, number>> {
    let list: k8s.V1LeaseList;
    try {
      list = await this.coordination.listNamespacedLease({ namespace: this.opts.namespace, labelSelector: `${RING_LABEL}=${this.opts.name}`, resourceVersion: '0' });
      this.metrics.leaseRequests.inc({ op: 'list', result: 'success' });
    } catch (err) {
      this.metrics.leaseRequests.inc({ op: 'list', result: 'failure' });
      throw new Error('listing ring heartbeat Leases', { cause: err });
    }
    const beats = new Map<string, number>();
    for (const lease of list.items) {
      const id = lease.metadata?.labels?.[INSTANCE_LABEL] ?? lease.spec?.holderIdentity;
      const renew = parseKubeTime(lease.spec?.renewTime as unknown as string | undefined);
      if (id && Number.isFinite(renew)) beats.set(id, renew);
    }
    return beats;
  }

  /**
   * Fetches every instance's latest heartbeat: from the aggregator's summary when it is fresh (seen to
   * change within 1.5 refresh periods, on our clock: it is rewritten every period), otherwise by listing
   * the Leases.
   */
  async refreshHeartbeats(): Promise<void> {
    const now = this.clock.now();
    try {
      const summary = await this.aggregator.read();
      if (summary) {
        // First sight of a summary: its own time at most (one from a fast clock is "now").
        const seenAt = this.summarySeen.observe('summary', summary.resourceVersion, now, summary.atMs);
        if (now - seenAt <= 1.5 * this.refreshMs) {
          const beats = new Map<string, number>();
          for (const [id, entry] of Object.entries(summary.beats)) {
            const [age, renew] = Array.isArray(entry) ? entry : [NaN, NaN];
            if (!Number.isFinite(age) || !Number.isFinite(renew)) continue;
            // The aggregator's sighting placed on our clock; remembered against the renewTime, so that
            // listing the Leases ourselves later counts only renewals we have not placed yet.
            const placed = seenAt - Math.max(0, age);
            beats.set(id, this.leaseSeen.observe(id, renew, placed, placed));
          }
          this.metrics.refreshes.inc({ source: 'summary' });
          this.takeBeats(beats);
          return;
        }
      }
    } catch (err) {
      this.logger.debug('reading the heartbeat summary failed', { err });
    }
    this.takeListedBeats(await this.listLeaseBeats());
    this.metrics.refreshes.inc({ source: 'list' });
  }

  /** Lease renewTimes as listed: each counts from when we saw it change (the first time: its stamp, at most now). */
  private takeListedBeats(renewTimes: Map<string, number>): void {
    const now = this.clock.now();
    const beats = new Map<string, number>();
    for (const [id, renew] of renewTimes) beats.set(id, this.leaseSeen.observe(id, renew, now, renew));
    this.takeBeats(beats);
  }

  /** Keeps the latest heartbeat per instance (all on our clock). */
  private takeBeats(beats: Map<string, number>): void {
    this.lastRefreshMs = this.clock.now();
    let changed = false;
    for (const [id, beat] of beats) {
      if ((this.beats.get(id) ?? -Infinity) < beat) {
        this.beats.set(id, beat);
        changed = true;
      }
    }
    if (changed) this.notify();
  }

  /**
   * A watched store's periodic work (every refresh/2): once per refresh period try to be the aggregator
   * and, if elected, list the Leases and publish the summary; otherwise refresh from the summary.
   */
  async aggregateAndRefresh(): Promise<void> {
    const now = this.clock.now();
    if (now >= this.nextAggregation) {
      this.nextAggregation = now + this.refreshMs;
      if (await this.aggregator.tryLead(now)) {
        const renewTimes = await this.listLeaseBeats();
        this.takeListedBeats(renewTimes);
        this.metrics.refreshes.inc({ source: 'list' });
        // Ages, not times: readers place them on their own clocks.
        const beats = new Map<string, [number, number]>();
        for (const [id, renew] of renewTimes) beats.set(id, [Math.max(0, now - (this.beats.get(id) ?? now)), renew]);
        await this.aggregator.publish(beats, now);
        return;
      }
    }
    await this.refreshHeartbeats();
  }

  // ---- writing --------------------------------------------------------------------------------------

  async cas(update: RingUpdate): Promise<RingDesc> {
    await this.ensureSynced();
    let fresh = false;
    return retryOnConflict(
      `updating ring ConfigMap ${this.opts.namespace}/${this.opts.name}`,
      async () => {
        const base = fresh ? await this.readConfigMap() : this.cached!;
        fresh = true; // after a conflict, always re-read
        return this.casOnce(base, update);
      },
      this.backoff,
      () => this.metrics.cas.inc({ result: 'conflict' }),
    );
  }

  private async casOnce(base: Cached, update: RingUpdate): Promise<RingDesc> {
    const current = this.merged(base.desc);
    const next = update(cloneRing(current));
    if (next === null || ringsEqual(next, current)) {
      this.metrics.cas.inc({ result: 'unchanged' });
      return current;
    }
    // Only what the update changed is written; every other entry stays as stored.
    const stored = applyDiff(base.desc, diffRings(current, next));
    const from = base.exists ? base.resourceVersion : '';
    const change = encodeRingChange(from, diffRings(base.desc, stored));
    const body: k8s.V1ConfigMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: this.opts.name, namespace: this.opts.namespace },
      data: { [RING_DATA_KEY]: serializeRing(stored) },
    };
    try {
      let written: k8s.V1ConfigMap;
      if (base.exists) {
        body.metadata!.resourceVersion = base.resourceVersion;
        // Keep the labels, annotations and owner references someone else (the operator) put on it.
        Object.assign(body.metadata!, base.meta ?? {});
        body.metadata!.annotations = { ...base.meta?.annotations, [RING_CHANGE_ANNOTATION]: change };
        written = await this.core.replaceNamespacedConfigMap({ name: this.opts.name, namespace: this.opts.namespace, body });
        this.metrics.cas.inc({ result: 'written' });
      } else {
        body.metadata!.labels = { ...this.opts.labels };
        body.metadata!.annotations = { [RING_CHANGE_ANNOTATION]: change };
        written = await this.core.createNamespacedConfigMap({ namespace: this.opts.namespace, body });
        this.metrics.cas.inc({ result: 'created' });
      }
      this.setCache({ desc: stored, resourceVersion: written.metadata?.resourceVersion ?? '', exists: true, meta: keptMetadata(written), uid: written.metadata?.uid });
    } catch (err) {
      if (statusOf(err) === 409) throw new CasConflictError(`ring ConfigMap changed since resourceVersion ${base.resourceVersion || '(none)'}`, { cause: err });
      throw new Error(`writing ring ConfigMap ${this.opts.namespace}/${this.opts.name}`, { cause: err });
    }
    for (const id of Object.keys(current.instances)) if (!next.instances[id]) void this.deleteLease(id);
    return cloneRing(next);
  }

  /** Renews the instance's Lease (a small merge patch), creating it the first time. */
  async heartbeat(id: string, nowMs: number): Promise<void> {
    const name = this.leaseName(id);
    const renewTime = microTime(nowMs);
    if (this.knownLeases.has(id)) {
      try {
        await this.coordination.patchNamespacedLease(
          { name, namespace: this.opts.namespace, body: { spec: { renewTime, holderIdentity: id } } },
          k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
        );
        this.metrics.leaseRequests.inc({ op: 'renew', result: 'success' });
        this.beats.set(id, Math.max(this.beats.get(id) ?? 0, nowMs));
        return;
      } catch (err) {
        this.metrics.leaseRequests.inc({ op: 'renew', result: 'failure' });
        if (statusOf(err) !== 404) throw new Error(`renewing heartbeat Lease ${name}`, { cause: err });
        this.knownLeases.delete(id);
      }
    }
    const lease: k8s.V1Lease = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name, namespace: this.opts.namespace, labels: { [RING_LABEL]: this.opts.name, [INSTANCE_LABEL]: id.slice(0, 63) }, ownerReferences: await this.ownedByRing() },
      spec: { holderIdentity: id, leaseDurationSeconds: this.opts.leaseDurationSeconds ?? 60, renewTime: microTime(nowMs) as unknown as k8s.V1MicroTime },
    };
    try {
      await this.coordination.createNamespacedLease({ namespace: this.opts.namespace, body: lease });
      this.metrics.leaseRequests.inc({ op: 'create', result: 'success' });
    } catch (err) {
      if (statusOf(err) !== 409) {
        this.metrics.leaseRequests.inc({ op: 'create', result: 'failure' });
        throw new Error(`creating heartbeat Lease ${name}`, { cause: err });
      }
      // It exists (a previous run of this instance): renew it.
      this.knownLeases.add(id);
      return this.heartbeat(id, nowMs);
    }
    this.knownLeases.add(id);
    this.beats.set(id, Math.max(this.beats.get(id) ?? 0, nowMs));
  }

  /**
   * The ring ConfigMap as the owner of the objects this store creates beside it (heartbeat Leases, the
   * heartbeat summary and its election Lease), so that they are garbage-collected with the ring — and with
   * whatever owns the ring (the operator's IngesterCluster) — instead of outliving it.
   */
  private async ownedByRing(): Promise<k8s.V1OwnerReference[] | undefined> {
    const uid = this.cached?.uid ?? (await this.readConfigMap().catch(() => undefined))?.uid;
    return uid ? [{ apiVersion: 'v1', kind: 'ConfigMap', name: this.opts.name, uid }] : undefined;
  }

  private async deleteLease(id: string): Promise<void> {
    this.knownLeases.delete(id);
    this.beats.delete(id);
    this.leaseSeen.forget(id);
    try {
      await this.coordination.deleteNamespacedLease({ name: this.leaseName(id), namespace: this.opts.namespace });
      this.metrics.leaseRequests.inc({ op: 'delete', result: 'success' });
    } catch (err) {
      if (statusOf(err) !== 404) {
        this.metrics.leaseRequests.inc({ op: 'delete', result: 'failure' });
        this.logger.warn('deleting the heartbeat Lease of a removed instance failed', { instance: id, err });
      }
    }
  }

  // ---- watching -------------------------------------------------------------------------------------

  watch(onChange: (desc: RingDesc) => void): Unsubscribe {
    this.watchers.add(onChange);
    void this.ensureSynced()
      .then(() => this.aggregateAndRefresh())
      .catch((err) => this.logger.warn('first ring read failed', { err }))
      .finally(() => this.watchers.has(onChange) && this.cached && onChange(this.merged(this.cached.desc)));
    if (!this.refreshTimer) this.scheduleRefresh();
    return () => {
      this.watchers.delete(onChange);
      if (this.watchers.size === 0 && this.refreshTimer) {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = null;
      }
    };
  }

  private scheduleRefresh(): void {
    this.refreshTimer = setTimeout(() => {
      this.aggregateAndRefresh()
        .catch((err) => this.logger.warn('refreshing ring heartbeats failed', { err }))
        .finally(() => {
          if (this.watchers.size > 0 && this.refreshTimer && !this.closed) this.scheduleRefresh();
        });
    }, this.refreshMs / 2);
    this.refreshTimer.unref?.();
  }

  private notify(): void {
    if (!this.cached || this.watchers.size === 0) return;
    // Each watcher its own ring and entries; the token arrays are shared with the cache (watchers only read
    // them: a deep copy of 128,000 tokens per change per watcher was most of a reader's time at 1,000
    // instances).
    for (const w of this.watchers) w(this.merged(this.cached.desc, false));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watchers.clear();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    this.watchAbort?.abort();
    this.watchAbort = null;
    this.clients.close();
  }
}
