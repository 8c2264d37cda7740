// API clients that reuse their connections. @kubernetes/client-node 1.x builds a new https.Agent for every
// call, so every request pays a TCP and TLS handshake (measured: ~3 KB of the ~4 KB a Lease renewal costs on
// the wire). A heartbeat every 5 s from 1,000 instances makes that the biggest share of ring traffic, so the
// ring's clients share one keep-alive agent, built from the options the library would have used.
import * as k8s from '@kubernetes/client-node';
import http from 'node:http';
import https from 'node:https';

export class KeepAliveKube {
  private agent: http.Agent | undefined;
  private readonly server: string;

  constructor(private readonly kc: k8s.KubeConfig) {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error('kubeconfig has no current cluster');
    this.server = cluster.server;
  }

  client<T>(apiType: new (config: k8s.Configuration) => T): T {
    const auth: k8s.SecurityAuthentication = {
      getName: () => 'keep-alive',
      applySecurityAuthentication: async (context: k8s.RequestContext) => {
        await this.kc.applySecurityAuthentication(context);
        if (!this.agent) {
          const fresh = context.getAgent() as (http.Agent & { options?: http.AgentOptions }) | undefined;
          if (fresh instanceof https.Agent) this.agent = new https.Agent({ ...fresh.options, keepAlive: true, maxSockets: 8 });
          else if (fresh instanceof http.Agent) this.agent = new http.Agent({ ...fresh.options, keepAlive: true, maxSockets: 8 });
          else return; // a proxy agent: keep what the library chose
          fresh.destroy();
        }
        context.setAgent(this.agent);
      },
    };
    return new apiType(k8s.createConfiguration({ baseServer: new k8s.ServerConfiguration(this.server, {}), authMethods: { default: auth } }));
  }

  close(): void {
    this.agent?.destroy();
    this.agent = undefined;
  }
}
