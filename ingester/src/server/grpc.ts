// gRPC (grpc-js) from the same method table as Connect: service definitions whose (de)serializers are the
// generated encode/decode, a server that binds implementations (tenant from metadata x-scope-orgid, errors
// mapped through status.ts) and a client factory with keepalive, deadlines and optional TLS (over grpc-channel.ts).
import * as grpc from '@grpc/grpc-js';
import type http2 from 'node:http2';
import type { Registry } from 'prom-client';
import { ApiError, invalidArgument } from '../util/errors.ts';
import type { Logger } from '../util/log.ts';
import type { Service } from '../util/service.ts';
import { CALL_STREAM_PATH, INGESTER_SERVICE, methodPath, PUSH_STREAM_PATH, SERVICE_METHODS, type BoundMethod, type MethodSpec } from './service-table.ts';
import { DEFAULT_MAX_BODY_BYTES } from './http.ts';
import { grpcCodeOf, isServerError, toApiError } from './status.ts';
import { abortAtDeadline } from './call-signal.ts';
import { GrpcChannel, type UnaryCallOptions } from './grpc-channel.ts';
import { CallStreamClient, type CallStreamEvents } from './call-stream-client.ts';
import { serveLeanUnary, type LeanMethod } from './grpc-lean-unary.ts';
import { PushStreamServer } from './grpc-push-stream.ts';
import { CallStreamServer } from './grpc-call-stream.ts';
import { resolveTenant, TENANT_HEADER } from './tenant.ts';
import { type AbortSignalLike, LightAbortController } from '../util/light-abort.ts';
import { asBuffer } from '../util/bytes.ts';

/** Largest message a client accepts, and that the server sends (query answers). */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Pushes one PushStream runs at once (the distributor's batcher keeps far fewer in flight per ingester and tenant). */
const PUSH_STREAM_MAX_IN_FLIGHT = 128;
/** Receive windows of the gRPC port's HTTP/2 streams and connections (serveLeanFirst). */
const RECEIVE_STREAM_WINDOW_BYTES = 1024 * 1024;
const RECEIVE_CONNECTION_WINDOW_BYTES = 4 * 1024 * 1024;
/** How long a shutdown waits for the push and call streams to answer what they run and close. */
const STREAM_DRAIN_MS = 4000;
/** Calls one CallStream runs at once (a querier has a few per query in flight to each ingester). */
const CALL_STREAM_MAX_IN_FLIGHT = 64;

/**
 * What a server's deserializer returns for a request it cannot decode or refuses. grpc-js answers INTERNAL
 * ("Error deserializing request") when the deserializer throws (server-interceptors.js,
 * decompressAndMaybePush), which blames the server for the client's bytes; returning this instead lets the
 * handler answer with the error's own code (INVALID_ARGUMENT, or RESOURCE_EXHAUSTED for a limit).
 */
class UndecodableRequest {
  constructor(readonly error: ApiError) {}
}

function decodeOrRefuse(m: MethodSpec | BoundMethod, bytes: Buffer): object {
  try {
    return 'decodeRequest' in m && m.decodeRequest ? m.decodeRequest(bytes) : m.requestType.decode(bytes);
  } catch (err) {
    if (err instanceof ApiError) return new UndecodableRequest(err);
    return new UndecodableRequest(invalidArgument(`cannot decode ${m.service}/${m.method} request as protobuf: ${(err as Error).message}`));
  }
}

/**
 * A request already encoded (the distributor forwards one encoding of a push to every replica, or the client's
 * own bytes): a client sends its bytes as they are instead of encoding the message.
 */
export class EncodedMessage {
  constructor(readonly bytes: Uint8Array) {}
}

function definitionOf(m: MethodSpec | BoundMethod): grpc.MethodDefinition<object, object> {
  return {
    path: methodPath(m),
    requestStream: false,
    responseStream: false,
    originalName: m.method.charAt(0).toLowerCase() + m.method.slice(1),
    requestSerialize: (v: object) => asBuffer(v instanceof EncodedMessage ? v.bytes : m.requestType.encode(v).finish()),
    requestDeserialize: (b: Buffer) => decodeOrRefuse(m, b),
    responseSerialize: (v: object) => asBuffer(m.responseType.encode(v).finish()),
    responseDeserialize: (b: Buffer) => m.responseType.decode(b),
  };
}

/** A grpc-js service definition (keyed by method name) for the methods of one service. */
export function serviceDefinition(methods: readonly (MethodSpec | BoundMethod)[]): grpc.ServiceDefinition {
  const def: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const m of methods) def[m.method] = definitionOf(m);
  return def as grpc.ServiceDefinition;
}

export interface GrpcServerOptions {
  port: number;
  host?: string;
  logger: Logger;
  multiTenancy: () => boolean;
  credentials?: grpc.ServerCredentials;
  /**
   * Largest request message, the same limit as an HTTP (Connect) request body (default 16 MiB). grpc-js
   * applies it to the message as received and again while inflating a compressed one
   * (grpc.max_receive_message_length: stream-decoder.js and server-interceptors.js decompressMessage, 1.14),
   * answering RESOURCE_EXHAUSTED, so a gzip'd message never inflates past it.
   */
  maxReceiveMessageBytes?: number;
  /** Where the PushStream server's metrics go (grpc-push-stream.ts). */
  registry?: Registry;
}

export class GrpcServer implements Service {
  readonly name = 'grpc-server';
  private readonly server: grpc.Server;
  private boundPort = 0;
  private started = false;
  private readonly lean = new Map<string, LeanMethod>();
  /** Calls served by the lean path (grpc-lean-unary.ts), not grpc-js: tests check that the path is taken. */
  leanCalls = 0;
  /** The distributor's pushes on long-lived streams (grpc-push-stream.ts), where the ingester's Push is served. */
  pushStreams: PushStreamServer | undefined;
  /** The querier's calls to the ingester's read methods on long-lived streams (grpc-call-stream.ts). */
  callStreams: CallStreamServer | undefined;

  constructor(private readonly options: GrpcServerOptions) {
    this.server = new grpc.Server({
      'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? DEFAULT_MAX_BODY_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    });
  }

  get port(): number {
    return this.boundPort;
  }

  get address(): string {
    return `${this.options.host ?? '127.0.0.1'}:${this.boundPort}`;
  }

  /** Adds the methods of one service; call before start(). */
  addMethods(methods: readonly BoundMethod[]): void {
    if (this.started) throw new Error('gRPC services must be added before the server starts');
    const impl: grpc.UntypedServiceImplementation = {};
    for (const m of methods) impl[m.method] = this.unaryHandler(m);
    // Push keeps grpc-js's path (its own bounded decoder, and the push path is measured on its own); the
    // query methods a querier calls several times per query are served lean.
    for (const m of methods) if (!m.decodeRequest) this.lean.set(methodPath(m), this.leanHandler(m));
    // The same lean methods of the ingester are served on CallStream, each call on it run as a lean unary call is.
    const streamed = new Map(methods.filter((m) => m.service === INGESTER_SERVICE && !m.decodeRequest).map((m) => [methodPath(m), this.lean.get(methodPath(m))!]));
    if (streamed.size > 0) {
      this.callStreams = new CallStreamServer({
        maxReceiveMessageBytes: this.options.maxReceiveMessageBytes ?? DEFAULT_MAX_BODY_BYTES,
        maxSendMessageBytes: MAX_MESSAGE_BYTES,
        maxInFlight: CALL_STREAM_MAX_IN_FLIGHT,
        methods: streamed,
        ...(this.options.registry ? { registry: this.options.registry } : {}),
      });
    }
    // The ingester's Push is also served on PushStream, each push on it run as a unary Push is.
    const push = methods.find((m) => m.service === INGESTER_SERVICE && m.method === 'Push');
    if (push) {
      this.pushStreams = new PushStreamServer({
        maxReceiveMessageBytes: this.options.maxReceiveMessageBytes ?? DEFAULT_MAX_BODY_BYTES,
        maxInFlight: PUSH_STREAM_MAX_IN_FLIGHT,
        ...(this.options.registry ? { registry: this.options.registry } : {}),
        push: async (request, tenant, deadline, signal) => {
          await this.run(push, decodeOrRefuse(push, request), tenant === '' ? undefined : tenant, deadline, signal);
        },
      });
    }
    this.server.addService(serviceDefinition(methods), impl);
  }

  private unaryHandler(m: BoundMethod): grpc.handleUnaryCall<object, object> {
    return (call, callback) => {
      const controller = new LightAbortController();
      // grpc-js signals 'cancelled' when the stream closes, also after the answer was sent (server-interceptors.js:
      // the stream's 'close' always calls notifyOnCancel): aborting then built a DOMException for nobody on every
      // call (~4% of an ingester's CPU per query call in bench/querier's profile).
      let answered = false;
      call.on('cancelled', () => {
        if (!answered) controller.abort();
      });
      const callDeadline = call.getDeadline();
      const deadline = callDeadline instanceof Date ? callDeadline.getTime() : Number.isFinite(callDeadline) ? Number(callDeadline) : undefined;
      // The deadline aborts the call's own controller, as the lean path's does: one signal and one timer per call.
      const timer = deadline !== undefined ? abortAtDeadline(controller, deadline) : undefined;
      const header = call.metadata.get(TENANT_HEADER)[0];
      void this.run(m, call.request, header === undefined ? undefined : String(header), deadline, controller.signal).then(
        (answer) => {
          answered = true;
          clearTimeout(timer);
          callback(null, answer);
        },
        (err: ApiError) => {
          answered = true;
          clearTimeout(timer);
          callback({ code: grpcCodeOf(err.code), details: err.message });
        },
      );
    };
  }

  /** A lean handler (grpc-lean-unary.ts) for a method: the same decoding, handler, errors and logs as unaryHandler's. */
  private leanHandler(m: BoundMethod): LeanMethod {
    return async (call) => {
      let answer: object;
      try {
        answer = await this.run(m, decodeOrRefuse(m, call.request), call.tenantHeader, call.deadline, call.signal);
      } catch (err) {
        const apiErr = toApiError(err); // an ApiError already, logged by run()
        return { code: grpcCodeOf(apiErr.code), details: apiErr.message };
      }
      try {
        return { message: m.responseType.encode(answer).finish() };
      } catch (err) {
        // An answer that cannot be encoded is the server's fault: internal, logged with what the encoder said.
        const apiErr = toApiError(err);
        this.options.logger.error('grpc answer could not be encoded', { method: methodPath(m), code: apiErr.code, err: (err as Error).message, cause: err instanceof Error ? err.stack : undefined });
        return { code: grpcCodeOf(apiErr.code), details: apiErr.message };
      }
    };
  }

  /**
   * Runs a method's handler for a decoded request: the tenant from x-scope-orgid, and the call's signal, which both
   * servers abort when the caller goes away or its deadline passes (call-signal.ts abortAtDeadline; a querier's
   * -querier.query-timeout bounds the work: synchronous loops compare the clock with it, query/deadline.ts).
   * Rejects with the ApiError to answer, logged.
   */
  private async run(m: BoundMethod, request: object, tenantHeader: string | undefined, deadline: number | undefined, signal: AbortSignalLike): Promise<object> {
    try {
      if (request instanceof UndecodableRequest) throw request.error;
      const tenant = resolveTenant(tenantHeader, this.options.multiTenancy());
      return await m.handler({ tenant, signal, ...(deadline !== undefined ? { deadline } : {}) }, request);
    } catch (err) {
      const apiErr = toApiError(err);
      const fields = { method: methodPath(m), code: apiErr.code, err: apiErr.message, cause: apiErr.cause instanceof Error ? apiErr.cause.stack : undefined };
      if (isServerError(apiErr)) this.options.logger.error('grpc request failed', fields);
      else this.options.logger.warn('grpc request rejected', fields);
      throw apiErr;
    }
  }

  async start(): Promise<void> {
    this.started = true;
    const creds = this.options.credentials ?? grpc.ServerCredentials.createInsecure();
    this.boundPort = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(`${this.options.host ?? '127.0.0.1'}:${this.options.port}`, creds, (err, port) => (err ? reject(err) : resolve(port))),
    );
    this.serveLeanFirst();
    this.options.logger.info('grpc server listening', { address: this.address });
  }

  /**
   * Puts the lean path in front of grpc-js's own 'stream' listener on the node:http2 server grpc-js made for the
   * port: a plain unary call to a lean method is answered there, any other stream goes on to grpc-js. grpc-js
   * gives no public way to its http2 server; its Server keeps them in http2Servers (server.ts, 1.10–1.14) and
   * listens with http2Server.on('stream', …) (_setupHandlers). Without them every call stays on grpc-js's path,
   * said in a warning (grpc-lean-unary.test.ts checks that the lean path is taken).
   */
  private serveLeanFirst(): void {
    if (this.lean.size === 0 && !this.pushStreams && !this.callStreams) return;
    const servers = (this.server as unknown as { http2Servers?: Map<http2.Http2Server, unknown> }).http2Servers;
    if (!(servers instanceof Map) || servers.size === 0) {
      this.options.logger.warn('grpc-js keeps no http2Servers: every call is served through grpc-js (slower per call)', {});
      return;
    }
    const o = { maxReceiveMessageBytes: this.options.maxReceiveMessageBytes ?? DEFAULT_MAX_BODY_BYTES, maxSendMessageBytes: MAX_MESSAGE_BYTES, tenantHeader: TENANT_HEADER };
    for (const h2 of servers.keys()) {
      // Flow-control windows for what clients send (RFC 9113 §6.9): HTTP/2's default 64 KiB, per stream and per
      // connection, let a distributor have 64 KiB of pushes in flight to this ingester per round trip (~64 MB/s at
      // 1 ms between zones), and none while this event loop is busy and sends no WINDOW_UPDATE. A PushStream that
      // has PUSH_STREAM_MAX_IN_FLIGHT pushes running stops being read, so its window still bounds what waits here.
      h2.updateSettings({ initialWindowSize: RECEIVE_STREAM_WINDOW_BYTES });
      h2.on('session', (session: http2.ServerHttp2Session) => {
        try {
          session.setLocalWindowSize(RECEIVE_CONNECTION_WINDOW_BYTES);
        } catch {
          // A session already gone (its client left at once): nothing to size.
        }
      });
      const grpcListeners = h2.listeners('stream') as ((...args: unknown[]) => void)[];
      h2.removeAllListeners('stream');
      h2.on('stream', (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders, ...rest: unknown[]) => {
        if (this.pushStreams && headers[':path'] === PUSH_STREAM_PATH) return this.pushStreams.serve(stream, headers);
        if (this.callStreams && headers[':path'] === CALL_STREAM_PATH) return this.callStreams.serve(stream, headers);
        if (serveLeanUnary(stream, headers, this.lean, o)) {
          this.leanCalls++;
          return;
        }
        for (const l of grpcListeners) l.call(h2, stream, headers, ...rest);
      });
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    // The push and call streams end first, once what they run is answered (grpc-js's shutdown waits for open streams).
    await Promise.all([this.pushStreams?.drain(STREAM_DRAIN_MS), this.callStreams?.drain(STREAM_DRAIN_MS)]);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 5000);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

export interface TlsOptions {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** Name to verify in the server's certificate instead of the host of the address. */
  serverName?: string;
}

export interface GrpcClientOptions {
  /** Deadline for calls that give none (ms); 0 = none. */
  defaultDeadlineMs?: number;
  keepaliveTimeMs?: number;
  keepaliveTimeoutMs?: number;
  /** When set, the channel uses TLS (ca to verify the server; cert+key for mutual TLS). */
  tls?: TlsOptions;
  /**
   * When set, the calls to an ingester's methods other than Push go as messages on one long-lived CallStream
   * (call-stream-client.ts), not one HTTP/2 stream each.
   */
  callStream?: CallStreamEvents;
}

export interface CallOptions {
  tenant?: string;
  deadlineMs?: number;
  signal?: AbortSignalLike;
}

export interface GrpcClient {
  readonly address: string;
  /** Calls a unary method by name; errors come back as ApiError with the server's code and message. */
  call<Res extends object = object>(method: string, request: object, options?: CallOptions): Promise<Res>;
  close(): void;
}

/**
 * A client for one of SERVICE_METHODS' services at `address` (host:port): unary calls over a plain node:http2
 * session (grpc-channel.ts), not grpc-js's channel, whose per-call machinery cost about 1 ms of CPU per call
 * (bench/querier's profile, issue 13) where a querier makes several calls per query.
 */
export function createGrpcClient(serviceName: string, address: string, options: GrpcClientOptions = {}): GrpcClient {
  const methods = SERVICE_METHODS[serviceName];
  if (!methods) throw new Error(`unknown gRPC service ${serviceName} (known: ${Object.keys(SERVICE_METHODS).join(', ')})`);
  const channel = new GrpcChannel(address, {
    keepaliveTimeMs: options.keepaliveTimeMs ?? 30_000,
    keepaliveTimeoutMs: options.keepaliveTimeoutMs ?? 10_000,
    maxReceiveMessageBytes: MAX_MESSAGE_BYTES,
    ...(options.tls ? { tls: options.tls } : {}),
  });
  const byName = new Map(methods.map((m) => [m.method, m]));
  const streamed = options.callStream && serviceName === INGESTER_SERVICE ? new CallStreamClient(channel, MAX_MESSAGE_BYTES, options.callStream) : undefined;
  return {
    address,
    async call<Res extends object>(method: string, request: object, callOptions: CallOptions = {}): Promise<Res> {
      const m = byName.get(method);
      if (!m) throw new ApiError('unimplemented', `${serviceName} has no method ${method}`);
      const bytes = request instanceof EncodedMessage ? request.bytes : m.requestType.encode(request).finish();
      const deadlineMs = callOptions.deadlineMs ?? options.defaultDeadlineMs ?? 0;
      // Built by assignment, per call: an object made by spreading and then given more properties is promoted by every
      // young-generation GC on Node 20's V8 (a loop of { ...o, k }: ~5 MB promoted per scavenge; built otherwise: none).
      const unaryOptions: UnaryCallOptions = {};
      if (callOptions.tenant) unaryOptions.tenant = callOptions.tenant;
      if (deadlineMs > 0) unaryOptions.deadlineMs = deadlineMs;
      if (callOptions.signal) unaryOptions.signal = callOptions.signal;
      const answer = streamed && method !== 'Push' ? await streamed.call(methodPath(m), bytes, unaryOptions) : await channel.unary(methodPath(m), bytes, unaryOptions);
      try {
        return m.responseType.decode(answer) as Res;
      } catch (err) {
        throw new ApiError('internal', `${serviceName}/${method} at ${address}: cannot decode the answer as protobuf: ${(err as Error).message}`, undefined, { cause: err });
      }
    },
    // Calls in flight may end (grpc-js's close() lets them); what is still open one deadline later is dropped.
    close: () => {
      streamed?.close();
      channel.close(options.defaultDeadlineMs || 10_000);
    },
  };
}
