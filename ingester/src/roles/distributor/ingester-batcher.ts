// Batches the distributor's calls to an ingester: while a call to an ingester for a tenant is in flight, the
// sub-requests for that ingester and tenant wait and then travel together as one Push (group commit). An
// idle ingester gets a push at once, so batching adds no latency when there is nothing to batch; under load
// one call (one HTTP/2 stream, one set of headers, one decode job and one WAL record on the ingester) carries
// several client pushes.
//
// Encoded PushRequests concatenate into one PushRequest holding all their series: protobuf merges a repeated
// field that occurs several times (protobuf encoding spec, "Last One Wins" / repeated elements are appended),
// so a batch is its members' bytes one after the other, with no re-encoding, and sent as those parts, not copied.
//
// Each member is acknowledged when its batch is; the distributor's quorum (2 of 3) is still counted per client
// push, over each replica's answer for it. An ingester checks a whole Push before it stores any of it
// (roles/ingester/ingester.ts: normalize and the series limit before the append), so a batch refused for the
// client's reasons (invalid_argument: 400/413; resource_exhausted: 429) stored nothing: its members are sent
// again one by one, and only the push at fault is refused. Any other failure (unavailable, deadline) is every
// member's failure, as it would have been for each alone.
//
// Bounds: a batch holds at most -distributor.ingester-batch.max-pushes pushes and
// -distributor.ingester-batch.max-bytes bytes (one push larger than that goes alone); a full batch is sent
// without waiting for the call in flight, so pushes never queue behind a slow ingester in more than one batch's
// worth.
import { Histogram, Counter, type Registry } from 'prom-client';
import type { InstanceDesc } from '../../ring/model.ts';
import { ApiError } from '../../util/errors.ts';
import type { FlagSet } from '../../util/flags.ts';

export interface BatchConfig {
  /** Client pushes one call may carry (1 = no batching). */
  maxPushes: number;
  /** Bytes one call may carry (a single larger push still goes, alone). */
  maxBytes: number;
}

export function registerBatchFlags(fs: FlagSet): () => BatchConfig {
  const atLeastOne = (v: number) => (v >= 1 ? undefined : 'must be >= 1');
  const maxPushes = fs.define('distributor.ingester-batch.max-pushes', 'int', 16,
    'Client pushes for one ingester and tenant that may travel in one call to it; they gather while a call to that ingester is in flight (1 = one call per push).', { validate: atLeastOne });
  const maxBytes = fs.define('distributor.ingester-batch.max-bytes', 'bytes', 1024 * 1024,
    'Bytes of pushes one batched call to an ingester may carry; a push larger than this goes alone.', { validate: atLeastOne });
  return fs.derived(() => ({ maxPushes: maxPushes(), maxBytes: maxBytes() }));
}

/** Sends one PushRequest to one ingester for a tenant, as the encoded requests it concatenates (the push client). */
export type SendPush = (inst: InstanceDesc, tenant: string, parts: readonly Uint8Array[]) => Promise<void>;

export interface IngesterBatcherOptions {
  send: SendPush;
  config: () => BatchConfig;
  registry: Registry;
}

interface Member {
  /** One encoded PushRequest, as its parts. */
  parts: readonly Uint8Array[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** The pushes for one ingester and tenant. */
interface Lane {
  inst: InstanceDesc;
  tenant: string;
  inFlight: number;
  waiting: Member[];
  waitingBytes: number;
}

/** The failures that say the pushes were refused for what they hold, not that the ingester could not take them. */
const refusedForTheClient = (err: unknown): boolean => err instanceof ApiError && (err.code === 'invalid_argument' || err.code === 'resource_exhausted');

export class IngesterBatcher {
  private readonly lanes = new Map<string, Lane>();
  private readonly metrics;

  constructor(private readonly o: IngesterBatcherOptions) {
    const registers = [o.registry];
    this.metrics = {
      pushes: new Histogram({
        name: 'distributor_ingester_batch_pushes',
        help: 'Client pushes carried by one call from the distributor to an ingester (they gather while a call to that ingester and tenant is in flight).',
        buckets: [1, 2, 4, 8, 16, 32, 64],
        registers,
      }),
      resent: new Counter({
        name: 'distributor_ingester_batch_resent_total',
        help: 'Pushes sent again alone because the ingester refused their batch for the client\'s reasons (400, 413, 429), so that only the push at fault is refused.',
        registers,
      }),
    };
  }

  /** Resolves when the ingester acknowledged a call carrying `parts` (an encoded PushRequest: encode-push.ts). */
  push(inst: InstanceDesc, tenant: string, parts: readonly Uint8Array[]): Promise<void> {
    let bytes = 0;
    for (const p of parts) bytes += p.length;
    const key = `${inst.addr}\0${tenant}`;
    let lane = this.lanes.get(key);
    if (!lane) this.lanes.set(key, (lane = { inst, tenant, inFlight: 0, waiting: [], waitingBytes: 0 }));
    const { maxPushes, maxBytes } = this.o.config();
    const l = lane;
    return new Promise<void>((resolve, reject) => {
      if (l.waiting.length > 0 && l.waitingBytes + bytes > maxBytes) this.send(key, l);
      l.waiting.push({ parts, resolve, reject });
      l.waitingBytes += bytes;
      if (l.inFlight === 0 || l.waiting.length >= maxPushes || l.waitingBytes >= maxBytes) this.send(key, l);
    });
  }

  private send(key: string, lane: Lane): void {
    const members = lane.waiting;
    lane.waiting = [];
    lane.waitingBytes = 0;
    lane.inFlight++;
    this.metrics.pushes.observe(members.length);
    void this.o.send(lane.inst, lane.tenant, members.flatMap((m) => m.parts))
      .then(
        () => {
          for (const m of members) m.resolve();
        },
        (err: unknown) => {
          if (members.length === 1 || !refusedForTheClient(err)) {
            for (const m of members) m.reject(err);
            return;
          }
          this.metrics.resent.inc(members.length);
          return Promise.all(members.map((m) => this.o.send(lane.inst, lane.tenant, m.parts).then(m.resolve, m.reject)));
        },
      )
      .finally(() => {
        lane.inFlight--;
        if (lane.inFlight > 0) return;
        if (lane.waiting.length > 0) this.send(key, lane);
        else this.lanes.delete(key);
      });
  }
}
