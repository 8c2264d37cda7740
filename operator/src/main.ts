// The ingester-cluster operator: watches IngesterClusters and runs their ingesters, rings and rollouts.
//   npm run operator -- -kubeconfig ~/.kube/config      (outside a cluster)
//   node --import tsx operator/src/main.ts               (in a pod: in-cluster credentials)
import http from 'node:http';
import { KubeConfig } from '@kubernetes/client-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { FlagError, FlagSet, HelpRequested } from '../../ingester/src/util/flags.ts';
import { createLogger } from '../../ingester/src/util/log.ts';
import { systemClock } from '../../ingester/src/util/clock.ts';
import { defineOperatorFlags } from './config.ts';
import { IngesterClusterController } from './kube/controller.ts';
import { KubeClient } from './kube/client.ts';
import { HttpIngesterClient } from './kube/ingester-client.ts';
import { LeaderElector } from './kube/leader.ts';
import { openRingStore } from './kube/ring-store.ts';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const fs = new FlagSet('operator', 'The ingester-cluster operator: reconciles IngesterCluster resources (StatefulSet, ring, rollouts).', 'OPERATOR_');
  const config = defineOperatorFlags(fs, env);
  try {
    fs.parse(argv, env);
  } catch (err) {
    if (err instanceof HelpRequested) {
      console.log(err.text);
      return 0;
    }
    if (err instanceof FlagError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const cfg = config();
  const log = createLogger('operator', { level: cfg.logLevel });
  const kubeConfig = new KubeConfig();
  if (cfg.kubeconfig) kubeConfig.loadFromFile(cfg.kubeconfig);
  else kubeConfig.loadFromDefault();

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const controller = new IngesterClusterController({
    kubeConfig,
    namespace: cfg.namespace,
    ringStoreFor: (namespace, name, heartbeatTimeoutMs) => openRingStore(kubeConfig, namespace, name, heartbeatTimeoutMs, log),
    registry,
    log,
    workers: cfg.workers,
    ingesters: new HttpIngesterClient(cfg.ingesterPort),
    busyRequeueMs: cfg.busyRequeueMs,
    idleRequeueMs: cfg.idleRequeueMs,
  });

  let shuttingDown = false;
  let controllerRunning: Promise<void> | undefined;
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));

  const elector = cfg.leaderElection.enabled
    ? new LeaderElector(new KubeClient(kubeConfig), {
        namespace: cfg.leaderElection.namespace,
        name: cfg.leaderElection.leaseName,
        identity: cfg.leaderElection.identity,
        leaseDurationMs: cfg.leaderElection.leaseDurationMs,
        renewDeadlineMs: cfg.leaderElection.renewDeadlineMs,
        retryPeriodMs: cfg.leaderElection.retryPeriodMs,
      }, systemClock, log, {
        onStartedLeading: () => {
          controller.metrics.isLeader.set(1);
          controllerRunning = controller.start().catch((err) => {
            log.error('controller failed to start', { err });
            resolveExit(1);
          });
        },
        onStoppedLeading: () => {
          controller.metrics.isLeader.set(0);
          // As controller-runtime does: a replica that lost the lease exits, so it can never act as a second leader.
          if (!shuttingDown) {
            log.error('lost leadership; exiting');
            resolveExit(1);
          }
        },
      })
    : undefined;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/metrics') {
      registry.metrics().then((text) => {
        res.writeHead(200, { 'Content-Type': registry.contentType });
        res.end(text);
      }, (err) => {
        res.writeHead(500);
        res.end(String(err));
      });
    } else if (url.pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok\n');
    } else if (url.pathname === '/readyz') {
      // A follower is ready (it is healthy and waiting for the lease); a leader is ready once its caches are in sync.
      const leading = elector ? elector.isLeader : true;
      const ready = !leading || controller.hasSynced;
      res.writeHead(ready ? 200 : 503, { 'Content-Type': 'text/plain' });
      res.end(ready ? `ok (${leading ? 'leader' : 'follower'})\n` : 'caches not synced yet\n');
    } else {
      res.writeHead(404);
      res.end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.metricsPort, cfg.httpListenAddress || undefined, resolve);
  });
  const address = server.address();
  log.info('operator started', { namespace: cfg.namespace || '(all)', http: typeof address === 'object' && address ? `${address.address}:${address.port}` : address, leaderElection: cfg.leaderElection.enabled, identity: cfg.leaderElection.identity });

  if (elector) elector.start();
  else {
    controller.metrics.isLeader.set(1);
    controllerRunning = controller.start();
  }

  // `on`, not `once`: a second signal (a process-group kill followed by the kubelet's, an impatient Ctrl-C)
  // would otherwise meet Node's default action and kill the process before it releases its Lease.
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) {
      log.info('already shutting down; signal ignored', { signal });
      return;
    }
    stopping = true;
    log.info('shutting down', { signal });
    resolveExit(0);
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  const code = await exited;
  shuttingDown = true;
  await controllerRunning;
  await controller.stop().catch((err) => log.warn('stopping the controller', { err }));
  // Release the lease last, once nothing reconciles any more, so the next leader starts on a quiet cluster.
  await elector?.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  log.info('operator stopped', { code });
  return code;
}

main(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
