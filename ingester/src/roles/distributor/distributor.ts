// The distributor: the write API in front of the ingesters.
//
// push: rate limit (429) → validate once, without decoding the samples (validate-push.ts: what a push is
// refused for at the top level of each pprof is 400/413 before any ingester sees it; what only a decode sees,
// every ingester refuses), on a decode worker when the push is large (ingest/decode-pool/)
// → stamp profiles that carry no time (every replica must store the same timestamp) → per series, its
// token (FNV-1 over tenant and labels, as Pyroscope) and its write replicas from the ring → one
// sub-request per ingester with the series it owns, all sent in parallel, each distinct sub-request encoded
// once (at replication factor 3 over 3 ingesters, one encoding for all three; the client's own bytes when
// nothing was stamped; sent by module.ts through ingester-batcher.ts, which lets the pushes for a busy ingester
// travel together, and push-client.ts) → acknowledged as soon as every
// series reached its quorum: len(replica set) - maxErrors, from the ring as dskit's Ring.Get computes it
// (floor(RF/2)+1 normally; more while the set is extended past a joining or leaving instance). The calls still running are not cancelled: the last
// replica gets its copy too. When some series cannot reach a quorum the push fails with an error naming
// the replicas needed, found and missing: never a success without a quorum.
import { Counter, Histogram, type Registry } from 'prom-client';
import type { push } from '../../gen/index.ts';
import type { Limits } from '../../ingest/limits.ts';
import type { CheckedProfile } from '../../ingest/normalize.ts';
import { pushRequestWireBytes } from '../../ingest/push-decoder.ts';
import { pushRequestBytes, type IngestionRateLimiter } from '../../ingest/rate-limiter.ts';
import type { PushApi, RequestContext } from '../../model/api.ts';
import type { InstanceDesc } from '../../ring/model.ts';
import { ReplicationError, writeOperation } from '../../ring/replication.ts';
import { labelsString, seriesToken, type LabelPair } from '../../ring/series-token.ts';
import type { Clock } from '../../util/clock.ts';
import { ApiError } from '../../util/errors.ts';
import type { Logger } from '../../util/log.ts';
import { memo } from '../../util/memo.ts';
import { encodePushRequest, type ForwardedSeries } from './encode-push.ts';
import { profileTimeStamp } from './profile-time.ts';
import { validatePush } from './validate-push.ts';
import type { AbortSignalLike } from '../../util/light-abort.ts';

/**
 * What the distributor needs from the ring: the write replica set of a token and how many of its replicas may
 * fail (dskit Ring.Get; throws ReplicationError).
 */
export interface WriteRing {
  replicas(token: number, op: 'write' | 'write-no-extend', buf: InstanceDesc[]): { instances: InstanceDesc[]; maxErrors: number };
  readonly config: { replicationFactor: number; zoneAwarenessEnabled?: boolean };
}

/** The series one ingester gets, and their protobuf encoding (made once, shared by the ingesters that get the same series). */
export interface SubRequest {
  /** The encoded PushRequest, as the parts it is made of (encode-push.ts); the same array for every call. */
  encoded(): readonly Uint8Array[];
}

/** Sends a sub-request to one ingester (a pooled gRPC client in production, a plain object in tests). */
export type IngesterPush = (inst: InstanceDesc, tenant: string, sub: SubRequest) => Promise<void>;

/** The distributor's check of a push (validatePush, or the decode pool running it off the event loop). */
export type ValidatePush = (tenant: string, request: push.v1.IPushRequest, limits: Limits, receivedAtMs: number, signal?: AbortSignalLike) => CheckedProfile[][] | Promise<CheckedProfile[][]>;

export interface DistributorOptions {
  ring: WriteRing;
  pushToIngester: IngesterPush;
  /** Default: validatePush on the event loop. */
  validate?: ValidatePush;
  limits: () => Limits;
  rateLimiter: IngestionRateLimiter;
  clock: Clock;
  logger: Logger;
  registry: Registry;
}

interface SeriesState {
  /** The series' labels, for an error message (labelsString only when one is needed). */
  labels: LabelPair[];
  replicas: InstanceDesc[];
  /** Acknowledgements needed: len(replicas) - maxErrors, as dskit's DoBatch and Pyroscope's distributor. */
  needed: number;
  ok: number;
  failed: string[];
}

export class Distributor implements PushApi {
  private readonly metrics;
  // The metrics' children, made once per label value (util/memo.ts).
  private readonly pushResult: (result: PushResult) => Counter.Internal;
  private readonly tenantBytes: (tenant: string) => Counter.Internal;
  private readonly ingesterLatency: (ingester: string) => Record<'success' | 'failure', Histogram.Internal<'ingester' | 'result'>>;
  private readonly ingesterErrors: (ingester: string) => Counter.Internal;

  constructor(private readonly o: DistributorOptions) {
    const registers = [o.registry];
    this.metrics = {
      pushes: new Counter({ name: 'distributor_pushes_total', help: 'Push requests by result (success, invalid, rate_limited, limited, replication_failed).', labelNames: ['result'] as const, registers }),
      bytes: new Counter({ name: 'distributor_received_bytes_total', help: 'Bytes of pushes accepted (raw profiles and labels).', labelNames: ['tenant'] as const, registers }),
      replicationErrors: new Counter({
        name: 'distributor_replication_errors_total',
        help: 'Sub-requests to ingesters that failed, by ingester (the push may still have reached a quorum).',
        labelNames: ['ingester'] as const,
        registers,
      }),
      quorumFailures: new Counter({ name: 'distributor_quorum_failures_total', help: 'Pushes refused because some series could not reach a quorum of replicas.', registers }),
      ingesterLatency: new Histogram({
        name: 'distributor_ingester_push_duration_seconds',
        help: 'Latency of a sub-request to one ingester, by ingester and result.',
        labelNames: ['ingester', 'result'] as const,
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers,
      }),
    };
    const m = this.metrics;
    this.pushResult = memo((result) => m.pushes.labels(result));
    this.tenantBytes = memo((tenant) => m.bytes.labels(tenant));
    this.ingesterErrors = memo((ingester) => m.replicationErrors.labels(ingester));
    this.ingesterLatency = memo((ingester) => ({ success: m.ingesterLatency.labels(ingester, 'success'), failure: m.ingesterLatency.labels(ingester, 'failure') }));
  }

  async push(ctx: RequestContext, request: push.v1.PushRequest): Promise<void> {
    const tenant = ctx.tenant;
    const bytes = pushRequestBytes(request);
    try {
      this.o.rateLimiter.check(tenant, bytes);
    } catch (err) {
      this.pushResult('rate_limited').inc();
      throw err;
    }
    const limits = this.o.limits();
    const now = this.o.clock.now();
    // The pprof is inflated and its top level read once here; the time read there tells which ones need a stamp.
    let checked: CheckedProfile[][];
    try {
      checked = await (this.o.validate ?? validatePush)(tenant, request, limits, now, ctx.signal);
    } catch (err) {
      this.pushResult('invalid').inc();
      throw err;
    }
    let stamped = false;
    const series: ForwardedSeries[] = (request.series ?? []).map((s, i) => ({
      labels: s.labels ?? [],
      annotations: s.annotations ?? [],
      samples: (s.samples ?? []).map((x, j) => {
        const rawProfile = x.rawProfile ?? new Uint8Array(0);
        const appended = profileTimeStamp(rawProfile, checked[i]![j]!.timeMs, now);
        if (!appended) return { ID: x.ID ?? '', rawProfile };
        stamped = true;
        return { ID: x.ID ?? '', rawProfile, appended };
      }),
    }));
    // Sub-requests by the series they hold: ingesters that own the same series share one encoding; one that owns
    // them all gets the client's bytes as received when nothing was stamped (decodePushRequest kept them).
    const wire = stamped ? undefined : pushRequestWireBytes(request);
    const subs = new Map<string, SubRequest>();
    const subRequest = (owned: number[]): SubRequest => {
      const key = owned.join(',');
      let sub = subs.get(key);
      if (!sub) {
        let parts: readonly Uint8Array[] | undefined = wire && owned.length === series.length ? [wire] : undefined;
        sub = { encoded: () => (parts ??= encodePushRequest(owned.map((i) => series[i]!))) };
        subs.set(key, sub);
      }
      return sub;
    };

    const states: SeriesState[] = [];
    const perIngester = new Map<string, { inst: InstanceDesc; series: number[] }>();
    try {
      series.forEach((s, i) => {
        const labels = s.labels.map((l) => ({ name: l.name ?? '', value: l.value ?? '' }));
        const { instances: replicas, maxErrors } = this.o.ring.replicas(seriesToken(tenant, labels), writeOperation(this.o.ring.config), []);
        states.push({ labels, replicas, needed: replicas.length - maxErrors, ok: 0, failed: [] });
        for (const inst of replicas) {
          let entry = perIngester.get(inst.id);
          if (!entry) perIngester.set(inst.id, (entry = { inst, series: [] }));
          entry.series.push(i);
        }
      });
    } catch (err) {
      this.pushResult('replication_failed').inc();
      this.metrics.quorumFailures.inc();
      if (err instanceof ReplicationError) throw new ReplicationError(`push refused: ${err.message}`, err.required, err.found, err.missing);
      throw err;
    }

    await new Promise<void>((resolve, reject) => {
      let settled = false;
      let pendingSeries = states.length;
      const errors = new Map<string, unknown>();
      const finish = (err?: Error) => {
        if (settled) return;
        settled = true;
        if (err) reject(err);
        else resolve();
      };
      if (pendingSeries === 0) finish();
      for (const { inst, series: owned } of perIngester.values()) {
        const sub = subRequest(owned);
        const started = performance.now();
        const end = (result: 'success' | 'failure') => this.ingesterLatency(inst.id)[result].observe((performance.now() - started) / 1000);
        this.o.pushToIngester(inst, tenant, sub).then(
          () => {
            end('success');
            for (const i of owned) {
              const st = states[i]!;
              if (++st.ok === st.needed && --pendingSeries === 0) finish();
            }
          },
          (err: unknown) => {
            end('failure');
            this.ingesterErrors(inst.id).inc();
            errors.set(inst.id, err);
            for (const i of owned) {
              const st = states[i]!;
              st.failed.push(inst.id);
              if (st.ok < st.needed && st.replicas.length - st.failed.length < st.needed) {
                finish(this.quorumError(st, st.needed, errors));
                break;
              }
            }
            if (settled) this.o.logger.debug('ingester push failed', { ingester: inst.id, err: describe(err) });
            else this.o.logger.warn('ingester push failed; waiting for the other replicas', { ingester: inst.id, tenant, err: describe(err) });
          },
        );
      }
    }).then(
      () => {
        this.pushResult('success').inc();
        this.tenantBytes(tenant).inc(bytes);
      },
      (err: unknown) => {
        // Refused by the ingesters for the client's reasons (quorumError): not an availability problem.
        const code = err instanceof ApiError ? err.code : undefined;
        if (code === 'invalid_argument') this.pushResult('invalid').inc();
        else if (code === 'resource_exhausted') this.pushResult('limited').inc();
        else {
          this.pushResult('replication_failed').inc();
          this.metrics.quorumFailures.inc();
        }
        throw err;
      },
    );
  }

  private quorumError(st: SeriesState, needed: number, errors: Map<string, unknown>): ApiError {
    const missing = st.failed.map((id) => `${id} (${describe(errors.get(id))})`);
    const message =
      `push failed: series ${labelsString(st.labels)} needs ${needed} of ${st.replicas.length} replicas (${st.replicas.map((r) => r.id).join(',')}), ` +
      `only ${st.replicas.length - st.failed.length} can still acknowledge; failed: ${missing.join('; ')}`;
    // When every replica refused the push for the client's reasons (invalid data: 400; a limit such as the
    // tenant's series limit: 429 with the ingester's message naming it), say so rather than blame availability.
    const causes = st.failed.map((id) => errors.get(id));
    for (const code of ['invalid_argument', 'resource_exhausted'] as const) {
      if (causes.length > 0 && causes.every((e) => e instanceof ApiError && e.code === code)) return new ApiError(code, message, (causes[0] as ApiError).httpStatus);
    }
    return new ReplicationError(message, needed, st.replicas.length - st.failed.length, st.failed);
  }
}

type PushResult = 'success' | 'invalid' | 'rate_limited' | 'limited' | 'replication_failed';

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
