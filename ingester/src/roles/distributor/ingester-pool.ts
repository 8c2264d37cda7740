// gRPC clients to ingesters, one per address, for the querier (the distributor pushes through push-client.ts
// with the same -ingester.client.* flags, read here). Clients are
// created on first use (keepalive, default deadline and TLS from the -ingester.client.* flags) and closed
// when their address leaves the ring, so a restarted ingester on a new address gets a fresh channel.
import { readFileSync } from 'node:fs';
import type { RingDesc } from '../../ring/model.ts';
import { createGrpcClient, type GrpcClient, type TlsOptions } from '../../server/grpc.ts';
import type { CallStreamEvents } from '../../server/call-stream-client.ts';
import { INGESTER_SERVICE } from '../../server/service-table.ts';
import type { FlagSet } from '../../util/flags.ts';
import { FlagError } from '../../util/flags.ts';

export interface IngesterClientConfig {
  /** Deadline of a call that gives none. */
  timeoutMs: number;
  keepaliveTimeMs: number;
  keepaliveTimeoutMs: number;
  tlsEnabled: boolean;
  tlsCaPath: string;
  tlsCertPath: string;
  tlsKeyPath: string;
  tlsServerName: string;
  /** The querier's calls to an ingester go on one long-lived CallStream (server/call-stream-client.ts). */
  callStream: boolean;
}

export function registerIngesterClientFlags(fs: FlagSet): () => IngesterClientConfig {
  const positive = (v: number) => (v > 0 ? undefined : 'must be > 0');
  const timeout = fs.define('ingester.client.timeout', 'duration', 10_000, 'Deadline of a call from the distributor or querier to an ingester.', { validate: positive });
  const kaTime = fs.define('ingester.client.keepalive-time', 'duration', 20_000, 'Ping an idle gRPC connection to an ingester after this long.', { validate: positive });
  const kaTimeout = fs.define('ingester.client.keepalive-timeout', 'duration', 10_000, 'Close a gRPC connection whose ping is not answered within this long.', { validate: positive });
  const enabled = fs.define('ingester.client.tls-enabled', 'bool', false, 'Talk to ingesters over TLS.');
  const ca = fs.define('ingester.client.tls-ca-path', 'string', '', 'CA certificates (PEM) to verify ingesters with (default: the system roots).');
  const cert = fs.define('ingester.client.tls-cert-path', 'string', '', 'Client certificate (PEM) presented to ingesters (mutual TLS).');
  const key = fs.define('ingester.client.tls-key-path', 'string', '', 'Private key (PEM) of the client certificate.');
  const serverName = fs.define('ingester.client.tls-server-name', 'string', '', 'Name to verify in the ingesters\' certificates instead of their ring address.');
  const callStream = fs.define('querier.ingester-call-stream', 'bool', true,
    'Send the querier\'s calls to an ingester as messages on one long-lived gRPC stream (ingester.v1.IngesterService/CallStream) instead of one unary call each, which costs both sides more CPU per call; an ingester without CallStream gets unary calls.');
  return () => {
    const c: IngesterClientConfig = {
      timeoutMs: timeout(), keepaliveTimeMs: kaTime(), keepaliveTimeoutMs: kaTimeout(),
      tlsEnabled: enabled(), tlsCaPath: ca(), tlsCertPath: cert(), tlsKeyPath: key(), tlsServerName: serverName(), callStream: callStream(),
    };
    if (!c.tlsEnabled && (c.tlsCaPath || c.tlsCertPath || c.tlsKeyPath || c.tlsServerName)) {
      throw new FlagError('-ingester.client.tls-* paths are set but -ingester.client.tls-enabled is false');
    }
    if (!!c.tlsCertPath !== !!c.tlsKeyPath) throw new FlagError('-ingester.client.tls-cert-path and -ingester.client.tls-key-path go together');
    return c;
  };
}

/** Reads the PEM files the config names (throws a FlagError naming the flag when one cannot be read). */
export function clientTlsOptions(c: IngesterClientConfig): TlsOptions | undefined {
  if (!c.tlsEnabled) return undefined;
  const read = (path: string, flag: string): Buffer | undefined => {
    if (!path) return undefined;
    try {
      return readFileSync(path);
    } catch (err) {
      throw new FlagError(`-${flag}: cannot read ${path}: ${(err as Error).message}`);
    }
  };
  const tls: TlsOptions = {};
  const ca = read(c.tlsCaPath, 'ingester.client.tls-ca-path');
  const cert = read(c.tlsCertPath, 'ingester.client.tls-cert-path');
  const key = read(c.tlsKeyPath, 'ingester.client.tls-key-path');
  if (ca) tls.ca = ca;
  if (cert) tls.cert = cert;
  if (key) tls.key = key;
  if (c.tlsServerName) tls.serverName = c.tlsServerName;
  return tls;
}

export class IngesterClientPool {
  private readonly clients = new Map<string, GrpcClient>();
  private readonly tls: TlsOptions | undefined;

  constructor(
    private readonly config: IngesterClientConfig,
    /** What the clients' CallStreams report (with config.callStream). */
    private readonly callStreamEvents: CallStreamEvents = {},
  ) {
    this.tls = clientTlsOptions(config);
  }

  /** The client for an ingester's ring address (host:grpcPort). */
  get(addr: string): GrpcClient {
    let c = this.clients.get(addr);
    if (!c) {
      c = createGrpcClient(INGESTER_SERVICE, addr, {
        defaultDeadlineMs: this.config.timeoutMs,
        keepaliveTimeMs: this.config.keepaliveTimeMs,
        keepaliveTimeoutMs: this.config.keepaliveTimeoutMs,
        ...(this.tls ? { tls: this.tls } : {}),
        ...(this.config.callStream ? { callStream: this.callStreamEvents } : {}),
      });
      this.clients.set(addr, c);
    }
    return c;
  }

  /** Closes clients of addresses no longer in the ring (call on every ring change). */
  prune(desc: RingDesc): void {
    const live = new Set(Object.values(desc.instances).map((i) => i.addr));
    for (const [addr, c] of this.clients) {
      if (!live.has(addr)) {
        c.close();
        this.clients.delete(addr);
      }
    }
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
