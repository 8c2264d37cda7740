// A TCP proxy that counts the bytes each way between clients and the test API server: how the ring's tests
// and bench measure what the API server sends to watchers (TLS included, as on the wire).
import * as k8s from '@kubernetes/client-node';
import net from 'node:net';

export interface CountingProxy {
  port: number;
  toClients: () => number;
  toServer: () => number;
  connections: () => number;
  close: () => Promise<void>;
}

/** A TCP proxy that counts bytes each way. */
export async function countingProxy(targetPort: number): Promise<CountingProxy> {
  let down = 0;
  let up = 0;
  let conns = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    conns++;
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (d) => (up += d.length));
    upstream.on('data', (d) => (down += d.length));
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    toClients: () => down,
    toServer: () => up,
    connections: () => conns,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** `base` (the test API server's kubeconfig) pointed at the proxy on `port`. */
export function viaProxy(base: k8s.KubeConfig, port: number): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  const cluster = base.getCurrentCluster()!;
  kc.loadFromOptions({ clusters: [{ ...cluster, server: `https://127.0.0.1:${port}` }], users: base.users, contexts: base.contexts, currentContext: base.currentContext });
  return kc;
}
