// The distributor's gRPC client for pushes to ingesters: one unary call (Push) over a plain node:http2 session,
// without grpc-js. A profile of the distributor under load (issue 13) spent about a third of its CPU in grpc-js's
// client (interceptor chain, resolving/load-balancing calls, metadata objects, per-call filters) to send bytes the
// distributor had already encoded; this sends them as the gRPC wire protocol defines a unary call, and nothing more:
//
//   HEADERS  :method POST, :path /<service>/<method>, content-type application/grpc, te trailers,
//            grpc-timeout (the deadline), x-scope-orgid (the tenant)
//   DATA     one Length-Prefixed-Message: compressed flag 0, 4-byte big-endian length, the message
//   ← HEADERS :status 200 (or a Trailers-Only answer carrying grpc-status), DATA, TRAILERS grpc-status, grpc-message
//
// (grpc/grpc doc/PROTOCOL-HTTP2.md: "Requests", "Responses", "Trailers-Only"; grpc-message is percent-encoded.)
// Errors come back as ApiError with the ingester's code and message, as createGrpcClient's do (server/grpc.ts,
// over the same GrpcChannel), so the distributor's quorum logic reads them the same way. A session that fails, is
// closed, or receives GOAWAY is dropped and the next call opens a new one; keepalive pings find a dead peer as
// grpc-js's keepalive does (grpc.keepalive_time_ms / grpc.keepalive_timeout_ms).
import { GrpcChannel } from '../../server/grpc-channel.ts';
import type { TlsOptions } from '../../server/grpc.ts';
import { PUSH_STREAM_PATH } from '../../server/service-table.ts';
import type { RingDesc } from '../../ring/model.ts';
import type { FlagSet } from '../../util/flags.ts';
import { PushStreamClient, type PushStreamEvents } from './push-stream.ts';

export { grpcTimeout } from '../../server/grpc-channel.ts';

export interface PushClientOptions {
  /** Deadline of a call (ms). */
  timeoutMs: number;
  keepaliveTimeMs: number;
  keepaliveTimeoutMs: number;
  tls?: TlsOptions;
  /** Pushes go on one long-lived PushStream per ingester (push-stream.ts), not one unary call each. */
  stream: boolean;
  streamEvents?: PushStreamEvents;
}

export function registerPushStreamFlag(fs: FlagSet): () => boolean {
  return fs.define('distributor.ingester-push-stream', 'bool', true,
    'Send the pushes for an ingester as messages on one long-lived gRPC stream (ingester.v1.IngesterService/PushStream) instead of one unary Push call each, which costs both sides more CPU per push; an ingester without PushStream gets unary calls.');
}

/** An (empty) answer is read; a larger one is refused (PushResponse has no fields). */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * A unary gRPC method at one address that takes encoded request bytes and whose (empty) answer is not read: a
 * GrpcChannel (server/grpc-channel.ts, shared with the querier's calls) with the push's deadline, tenant, the
 * transparent retry of a call the server provably never processed (gRFC A6: REFUSED_STREAM, above a GOAWAY's
 * last stream ID, never sent) and a gentle close.
 */
export class GrpcPushClient {
  private readonly channel: GrpcChannel;
  private readonly stream: PushStreamClient | undefined;

  constructor(
    readonly address: string,
    /** The method's path, e.g. /ingester.v1.IngesterService/Push. */
    private readonly path: string,
    private readonly o: PushClientOptions,
  ) {
    this.channel = new GrpcChannel(address, { keepaliveTimeMs: o.keepaliveTimeMs, keepaliveTimeoutMs: o.keepaliveTimeoutMs, maxReceiveMessageBytes: MAX_ANSWER_BYTES, ...(o.tls ? { tls: o.tls } : {}) });
    this.stream = o.stream ? new PushStreamClient(this.channel, PUSH_STREAM_PATH, o.timeoutMs, (tenant, parts, remainingMs) => this.unary(tenant, parts, remainingMs), o.streamEvents) : undefined;
  }

  /** Whether pushes go on a PushStream (false: unary calls, by the flag or because the ingester does not serve it). */
  get streaming(): boolean {
    return this.stream !== undefined && !this.stream.fellBackToUnary;
  }

  /**
   * Sends one request message, given as the parts its encoding is made of (a batch: several encoded requests, which
   * protobuf reads as one), with the tenant; resolves when the server answered grpc-status 0. The parts are
   * written one after the other, never copied into one buffer.
   */
  push(tenant: string, message: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const parts = message instanceof Uint8Array ? [message] : message;
    return this.stream ? this.stream.push(tenant, parts) : this.unary(tenant, parts, this.o.timeoutMs);
  }

  private async unary(tenant: string, parts: readonly Uint8Array[], deadlineMs: number): Promise<void> {
    await this.channel.unary(this.path, parts, { tenant, deadlineMs });
  }

  /**
   * Takes no more calls; the calls in flight finish (the session closes gently, as grpc-js lets a channel's
   * calls end), and whatever is still open one deadline later is destroyed. An address that leaves the ring
   * while a push to it is in flight must not fail that push: destroying the session did (stream closed, HTTP/2
   * code 0), a replica lost from a 2-of-3 quorum during every zone of a rollout.
   */
  close(): void {
    this.stream?.close();
    this.channel.close(this.o.timeoutMs);
  }
}

/** The distributor's push clients, one per ingester address; a client is closed when its address leaves the ring. */
export class IngesterPushClients {
  private readonly clients = new Map<string, GrpcPushClient>();

  constructor(private readonly path: string, private readonly o: PushClientOptions) {}

  get(addr: string): GrpcPushClient {
    let c = this.clients.get(addr);
    if (!c) this.clients.set(addr, (c = new GrpcPushClient(addr, this.path, this.o)));
    return c;
  }

  /** Closes the clients of addresses no longer in the ring (call on every ring change). */
  prune(desc: RingDesc): void {
    const live = new Set(Object.values(desc.instances).map((i) => i.addr));
    for (const [addr, c] of this.clients) {
      if (live.has(addr)) continue;
      c.close();
      this.clients.delete(addr);
    }
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
