// TLS for the HTTP and gRPC servers: -server.tls-cert-path + -server.tls-key-path turn TLS on for both;
// -server.tls-client-ca-path also requires clients to present a certificate signed by that CA (mutual TLS).
import * as grpc from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';
import type { FlagSet } from '../util/flags.ts';
import { FlagError } from '../util/flags.ts';

export interface ServerTlsConfig {
  certPath: string;
  keyPath: string;
  clientCaPath: string;
}

export interface ServerTlsMaterial {
  cert: Buffer;
  key: Buffer;
  /** Set for mutual TLS: clients must present a certificate this CA signed. */
  clientCa?: Buffer;
}

export function registerServerTlsFlags(fs: FlagSet): () => ServerTlsConfig {
  const cert = fs.define('server.tls-cert-path', 'string', '', 'Server certificate (PEM): with -server.tls-key-path, the HTTP and gRPC servers speak TLS only.');
  const key = fs.define('server.tls-key-path', 'string', '', 'Private key (PEM) of the server certificate.');
  const clientCa = fs.define('server.tls-client-ca-path', 'string', '', 'CA (PEM) that client certificates must be signed by: mutual TLS, clients without one are refused.');
  return () => ({ certPath: cert(), keyPath: key(), clientCaPath: clientCa() });
}

/** Reads the files; undefined when TLS is off. Throws FlagError naming the flag for incomplete or unreadable settings. */
export function loadServerTls(c: ServerTlsConfig): ServerTlsMaterial | undefined {
  if (!c.certPath && !c.keyPath) {
    if (c.clientCaPath) throw new FlagError('-server.tls-client-ca-path needs -server.tls-cert-path and -server.tls-key-path');
    return undefined;
  }
  if (!c.certPath || !c.keyPath) throw new FlagError('-server.tls-cert-path and -server.tls-key-path go together');
  const read = (path: string, flag: string): Buffer => {
    try {
      return readFileSync(path);
    } catch (err) {
      throw new FlagError(`-${flag}: cannot read ${path}: ${(err as Error).message}`);
    }
  };
  const material: ServerTlsMaterial = { cert: read(c.certPath, 'server.tls-cert-path'), key: read(c.keyPath, 'server.tls-key-path') };
  if (c.clientCaPath) material.clientCa = read(c.clientCaPath, 'server.tls-client-ca-path');
  return material;
}

export function grpcServerCredentials(m: ServerTlsMaterial): grpc.ServerCredentials {
  return grpc.ServerCredentials.createSsl(m.clientCa ?? null, [{ private_key: m.key, cert_chain: m.cert }], m.clientCa !== undefined);
}

/** Options for https.createServer. */
export function httpsOptions(m: ServerTlsMaterial): { cert: Buffer; key: Buffer; ca?: Buffer; requestCert: boolean; rejectUnauthorized: boolean } {
  return m.clientCa ? { cert: m.cert, key: m.key, ca: m.clientCa, requestCert: true, rejectUnauthorized: true } : { cert: m.cert, key: m.key, requestCert: false, rejectUnauthorized: false };
}
