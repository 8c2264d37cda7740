// The operator's flags, declared once with defaults and help (util/flags.ts). Each can also be set from the
// environment with the OPERATOR_ prefix (-leader-election.lease-name ↔ OPERATOR_LEADER_ELECTION_LEASE_NAME),
// so that generic variables such as KUBECONFIG or NAMESPACE never turn into flags by accident.
import os from 'node:os';
import { FlagSet } from '../../ingester/src/util/flags.ts';

export interface OperatorConfig {
  kubeconfig: string;
  namespace: string;
  workers: number;
  logLevel: string;
  httpListenAddress: string;
  metricsPort: number;
  busyRequeueMs: number;
  idleRequeueMs: number;
  ingesterPort: number;
  leaderElection: {
    enabled: boolean;
    namespace: string;
    leaseName: string;
    identity: string;
    leaseDurationMs: number;
    renewDeadlineMs: number;
    retryPeriodMs: number;
  };
}

export function defineOperatorFlags(fs: FlagSet, env: NodeJS.ProcessEnv): () => OperatorConfig {
  const kubeconfig = fs.define('kubeconfig', 'string', '', 'Kubeconfig file to use outside a cluster (default: in-cluster credentials, then $KUBECONFIG, then ~/.kube/config).');
  const namespace = fs.define('namespace', 'string', '', 'Namespace whose IngesterClusters to manage (default: all namespaces).');
  const workers = fs.define('workers', 'int', 2, 'Clusters reconciled in parallel (one cluster is never reconciled twice at once).', { validate: (v) => (v >= 1 ? undefined : 'must be at least 1') });
  const logLevel = fs.define('log.level', 'string', 'info', 'Log level: debug, info, warn, error.');
  const listen = fs.define('server.http-listen-address', 'string', '', 'Address /metrics, /healthz and /readyz listen on (default: all interfaces).');
  const metricsPort = fs.define('metrics.port', 'int', 8080, 'Port for /metrics, /healthz and /readyz (0 picks a free port).');
  const busy = fs.define('reconcile.busy-requeue', 'duration', 1000, 'How often a cluster with a rollout in progress is looked at again.');
  const idle = fs.define('reconcile.idle-requeue', 'duration', 15_000, 'How often a settled cluster is looked at again (ring health, forgetting dead instances).');
  const ingesterPort = fs.define('ingester.http-port', 'int', 4040, 'HTTP port of the ingesters (/ingester/status, /ingester/leave).');
  const leEnabled = fs.define('leader-election.enabled', 'bool', true, 'Elect a leader with a Lease, so several replicas are safe.');
  const leNamespace = fs.define('leader-election.namespace', 'string', '', 'Namespace of the leader Lease (default: $POD_NAMESPACE, then "default").');
  const leName = fs.define('leader-election.lease-name', 'string', 'ingester-cluster-operator', 'Name of the leader Lease.');
  const leIdentity = fs.define('leader-election.identity', 'string', '', 'This replica\'s identity in the Lease (default: $POD_NAME, then hostname_pid).');
  const leDuration = fs.define('leader-election.lease-duration', 'duration', 15_000, 'A follower takes over after the leader has not renewed for this long.');
  const leRenew = fs.define('leader-election.renew-deadline', 'duration', 10_000, 'A leader that could not renew for this long stops leading.');
  const leRetry = fs.define('leader-election.retry-period', 'duration', 2_000, 'How often to try to acquire or renew the Lease.');
  return () => ({
    kubeconfig: kubeconfig(),
    namespace: namespace(),
    workers: workers(),
    logLevel: logLevel(),
    httpListenAddress: listen(),
    metricsPort: metricsPort(),
    busyRequeueMs: busy(),
    idleRequeueMs: idle(),
    ingesterPort: ingesterPort(),
    leaderElection: {
      enabled: leEnabled(),
      namespace: leNamespace() || env.POD_NAMESPACE || 'default',
      leaseName: leName(),
      identity: leIdentity() || env.POD_NAME || `${os.hostname()}_${process.pid}`,
      leaseDurationMs: leDuration(),
      renewDeadlineMs: leRenew(),
      retryPeriodMs: leRetry(),
    },
  });
}
