// The ring's flags, with Pyroscope's names and dskit's defaults, declared once on a FlagSet.
import os from 'node:os';
import type { FlagSet } from '../util/flags.ts';

export type RingStoreKind = 'memory' | 'file' | 'configmap';

export interface RingStoreConfig {
  kind: RingStoreKind;
  /** file store: path of the ring JSON file. */
  filePath: string;
  /** configmap store. */
  configMapName: string;
  namespace: string;
  /** configmap store: path of a kubeconfig; empty means in-cluster, then the default loading rules. */
  kubeconfigPath: string;
}

export interface LifecyclerConfig {
  instanceId: string;
  /** Address other components reach this instance's gRPC server on (host only). */
  instanceAddr: string;
  /** gRPC port; 0 means "the server's gRPC port" (filled in by whoever wires the server). */
  instancePort: number;
  /** host:port of the HTTP server, shown on the ring page (optional). */
  instanceHttpAddr: string;
  zone: string;
  numTokens: number;
  heartbeatPeriodMs: number;
  heartbeatTimeoutMs: number;
  minReadyDurationMs: number;
  observePeriodMs: number;
  tokensFilePath: string;
  finalSleepMs: number;
  replicationFactor: number;
  zoneAwarenessEnabled: boolean;
  /** Remove instances unhealthy for more than this many heartbeat timeouts; 0 disables. */
  autoForgetUnhealthyPeriods: number;
  /** On a normal stop, remove this instance from the ring (a prepared shutdown always does). */
  unregisterOnShutdown: boolean;
  /** Mark the instance read-only: it receives no writes, still serves reads. */
  readOnly: boolean;
  /** Whether POST /ring may forget instances (ring/http.ts; guarded by health, force=true and a cross-site check). */
  forgetEnabled: boolean;
}

export const DEFAULT_LIFECYCLER_CONFIG: LifecyclerConfig = {
  instanceId: 'ingester',
  instanceAddr: '127.0.0.1',
  instancePort: 9095,
  instanceHttpAddr: '',
  zone: '',
  numTokens: 128,
  heartbeatPeriodMs: 5_000,
  heartbeatTimeoutMs: 60_000,
  minReadyDurationMs: 15_000,
  observePeriodMs: 0,
  tokensFilePath: '',
  finalSleepMs: 0,
  replicationFactor: 3,
  zoneAwarenessEnabled: false,
  autoForgetUnhealthyPeriods: 10,
  unregisterOnShutdown: true,
  forgetEnabled: true,
  readOnly: false,
};

const positive = (what: string) => (v: number) => (v > 0 ? undefined : `${what} must be positive`);
const nonNegative = (v: number) => (v >= 0 ? undefined : 'must not be negative');

/** The first non-internal IPv4 address, as Pyroscope picks one from eth0/en0; 127.0.0.1 when there is none. */
export function defaultInstanceAddr(): string {
  for (const list of Object.values(os.networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

/** Declares the lifecycler flags (prefix "ingester.ring") and returns a getter for the parsed config. */
export function defineLifecyclerFlags(fs: FlagSet, prefix = 'ingester.ring'): () => LifecyclerConfig {
  const d = DEFAULT_LIFECYCLER_CONFIG;
  const id = fs.define(`${prefix}.instance-id`, 'string', '', 'Instance ID to register in the ring (default: the hostname).');
  const addr = fs.define(`${prefix}.instance-addr`, 'string', '', 'IP address to advertise in the ring (default: the first non-loopback IPv4 address).');
  const port = fs.define(`${prefix}.instance-port`, 'int', 0, "Port to advertise in the ring (0: the server's gRPC port).", { validate: nonNegative });
  const httpAddr = fs.define(`${prefix}.instance-http-addr`, 'string', '', 'host:port of the HTTP server, shown on the /ring page.');
  const zone = fs.define(`${prefix}.instance-availability-zone`, 'string', d.zone, 'The availability zone where this instance is running (needed with zone awareness).');
  const numTokens = fs.define(`${prefix}.num-tokens`, 'int', d.numTokens, 'Number of tokens for each instance.', { validate: positive('the number of tokens') });
  const hbPeriod = fs.define(`${prefix}.heartbeat-period`, 'duration', d.heartbeatPeriodMs, 'Period at which to heartbeat to the ring.', { validate: positive('the heartbeat period') });
  const hbTimeout = fs.define(`${prefix}.heartbeat-timeout`, 'duration', d.heartbeatTimeoutMs, 'An instance whose last heartbeat is older than this is UNHEALTHY (0 = never).', { validate: nonNegative });
  const minReady = fs.define(`${prefix}.min-ready-duration`, 'duration', d.minReadyDurationMs, 'Minimum time ACTIVE in the ring before /ready reports ready.', { validate: nonNegative });
  const observe = fs.define(`${prefix}.observe-period`, 'duration', d.observePeriodMs, 'Observe tokens after joining, to resolve conflicts, before becoming ACTIVE (0 = none).', { validate: nonNegative });
  const tokensFile = fs.define(`${prefix}.tokens-file-path`, 'string', d.tokensFilePath, 'File the tokens are saved to after joining and loaded from on restart.', { aliases: ['ingester.tokens-file-path'] });
  const finalSleep = fs.define(`${prefix}.final-sleep`, 'duration', d.finalSleepMs, 'Time to sleep after leaving the ring, before exiting (lets metrics be scraped).', { validate: nonNegative });
  const rf = fs.define(`${prefix}.replication-factor`, 'int', d.replicationFactor, 'Number of ingesters each series is written to.', { validate: positive('the replication factor') });
  const zoneAware = fs.define(`${prefix}.zone-awareness-enabled`, 'bool', d.zoneAwarenessEnabled, 'Replicate across availability zones.');
  const autoForget = fs.define(`${prefix}.auto-forget-unhealthy-periods`, 'int', d.autoForgetUnhealthyPeriods, 'Forget instances unhealthy for more than this many heartbeat timeouts (0 = never).', { validate: nonNegative });
  const unregister = fs.define(`${prefix}.unregister-on-shutdown`, 'bool', d.unregisterOnShutdown, 'Leave the ring on shutdown (otherwise the entry stays LEAVING and a restart takes it over).');
  const readOnly = fs.define(`${prefix}.read-only`, 'bool', d.readOnly, 'Register as read-only: no writes, reads only.');
  const forget = fs.define(
    `${prefix}.forget-enabled`,
    'bool',
    d.forgetEnabled,
    'Allow POST /ring to forget instances (only unhealthy ones unless force=true; cross-site posts are refused). false turns the Forget button off.',
  );
  return () => ({
    instanceId: id() || os.hostname(),
    instanceAddr: addr() || defaultInstanceAddr(),
    instancePort: port(),
    instanceHttpAddr: httpAddr(),
    zone: zone(),
    numTokens: numTokens(),
    heartbeatPeriodMs: hbPeriod(),
    heartbeatTimeoutMs: hbTimeout(),
    minReadyDurationMs: minReady(),
    observePeriodMs: observe(),
    tokensFilePath: tokensFile(),
    finalSleepMs: finalSleep(),
    replicationFactor: rf(),
    zoneAwarenessEnabled: zoneAware(),
    autoForgetUnhealthyPeriods: autoForget(),
    unregisterOnShutdown: unregister(),
    readOnly: readOnly(),
    forgetEnabled: forget(),
  });
}

/** Declares the ring store flags and returns a getter for the parsed config. */
export function defineRingStoreFlags(fs: FlagSet, prefix = 'ingester.ring'): () => RingStoreConfig {
  const kind = fs.define(`${prefix}.store`, 'string', 'file', 'Where the ring is kept: file (local), configmap (Kubernetes) or memory (one process).', {
    validate: (v) => (['memory', 'file', 'configmap'].includes(v) ? undefined : `"${v}" is not one of file, configmap, memory`),
  });
  const filePath = fs.define('ring.store.file-path', 'string', './data/ring.json', 'Path of the ring file (file store; every local instance must use the same file).');
  const name = fs.define('ring.store.configmap-name', 'string', 'ingester-ring', 'Name of the ring ConfigMap (configmap store); heartbeats go to Leases named <name>-<instance>.');
  const namespace = fs.define('ring.store.namespace', 'string', '', 'Namespace of the ring ConfigMap (default: the pod namespace, then "default").');
  const kubeconfig = fs.define('ring.store.kubeconfig', 'string', '', 'Kubeconfig for the configmap store (default: in-cluster, then $KUBECONFIG / ~/.kube/config).');
  return () => ({ kind: kind() as RingStoreKind, filePath: filePath(), configMapName: name(), namespace: namespace(), kubeconfigPath: kubeconfig() });
}
