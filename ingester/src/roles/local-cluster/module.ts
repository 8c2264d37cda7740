// -target=local-cluster (what `make run` runs): this process serves the distributor and the querier on
// -server.http-listen-port (4040), and runs N ingesters as child processes of the same program on
// 127.0.0.1, sharing the `file` ring in <data-dir>/ring.json and the folder bucket <data-dir>/bucket, and a
// compactor child on that bucket.
// SIGINT/SIGTERM are forwarded to the children (each flushes, uploads and leaves the ring); a child that
// exits on its own is reported loudly and not restarted.
import type { ModuleDef } from '../../modules.ts';
import type { FlagSet } from '../../util/flags.ts';
import { LocalCluster } from './local-cluster.ts';

export interface LocalClusterConfig {
  ingesters: number;
  dataDir: string;
  firstHttpPort: number;
  firstGrpcPort: number;
  /** Extra flags for every ingester, comma-separated. */
  ingesterArgs: string[];
  /** Whether to run a compactor child on the bucket. */
  compactor: boolean;
  /** Extra flags for the compactor, comma-separated. */
  compactorArgs: string[];
  /** Where the front (distributor + querier) listens, HTTP and gRPC: loopback unless opened up. */
  listenAddress: string;
}

/** Whether -target names the local cluster (its front then listens on -local-cluster.listen-address). */
export const isLocalClusterTarget = (target: string): boolean => target.split(',').some((t) => t.trim() === 'local-cluster');

export function registerLocalClusterFlags(fs: FlagSet): () => LocalClusterConfig {
  const port = (v: number) => (v > 0 && v < 65500 ? undefined : 'must be a port number');
  const n = fs.define('local-cluster.ingesters', 'int', 3, 'Ingester child processes the local cluster runs.', { validate: (v) => (v >= 1 && v <= 32 ? undefined : 'must be 1-32') });
  const dir = fs.define('local-cluster.data-dir', 'string', './data', 'Folder with one data folder per ingester (the ring file and the bucket are -ring.store.file-path and -storage.filesystem.dir, by default under ./data too).');
  const http = fs.define('local-cluster.ingester-http-port', 'int', 4041, 'HTTP port of the first ingester; the next ones count up.', { validate: port });
  const grpc = fs.define('local-cluster.ingester-grpc-port', 'int', 9096, 'gRPC port of the first ingester; the next ones count up.', { validate: port });
  const args = fs.define('local-cluster.ingester-args', 'list', [], 'Extra flags passed to every ingester, comma-separated (e.g. -ingester.max-block-duration=1m).');
  const compactor = fs.define('local-cluster.compactor', 'bool', true, 'Run a compactor child on the bucket (HTTP on the port after the last ingester\'s, 4044 with 3 ingesters; a pass every minute).');
  const compactorArgs = fs.define('local-cluster.compactor-args', 'list', [], 'Extra flags passed to the compactor, comma-separated (e.g. -compactor.blocks-retention-period=168h).');
  const listen = fs.define(
    'local-cluster.listen-address',
    'string',
    '127.0.0.1',
    "Address the local cluster's front (distributor, querier, /ring) listens on, HTTP and gRPC, instead of -server.*-listen-address. Loopback by default: its API is unauthenticated; 0.0.0.0 opens it to the network.",
  );
  return () => ({ ingesters: n(), dataDir: dir(), firstHttpPort: http(), firstGrpcPort: grpc(), ingesterArgs: args(), compactor: compactor(), compactorArgs: compactorArgs(), listenAddress: listen() });
}

export const localClusterModule: ModuleDef = {
  deps: ['server', 'ring'],
  init(app) {
    const f = app.flags;
    const config = f.localCluster();
    const ring = f.ringStore();
    const bucket = f.bucket().objstore;
    if (ring.kind !== 'file') throw new Error(`-target=local-cluster keeps its ring in a file: -ingester.ring.store is ${ring.kind}`);
    const cluster = new LocalCluster({
      config,
      ringFile: ring.filePath,
      bucketDir: bucket.backend === 'filesystem' ? bucket.filesystem.dir : '',
      logLevel: f.logLevel(),
      frontHttp: () => app.http!.address,
      frontGrpc: () => app.grpc!.address,
      ring: app.ring!,
      logger: app.loggerFor('local-cluster'),
      passThrough: passThroughArgs(process.argv.slice(2)),
      requestExit: app.requestExit,
    });
    app.services.push(cluster);
  },
};

/**
 * Flags of the front process that the ingesters need too (ring timings, limits, TLS of the gRPC link);
 * anything about targets, ports, data folders, the ring file or the bucket is set per ingester instead.
 */
function passThroughArgs(argv: readonly string[]): string[] {
  const own = /^--?(target|server\.(http|grpc)-listen-(port|address)|local-cluster\.|ingester\.(instance-id|data-dir|ring\.(instance-|tokens-file-path))|ring\.store\.file-path|storage\.filesystem\.dir|ingester\.client\.)/;
  return argv.filter((a) => a.startsWith('-') && a.includes('=') && !own.test(a));
}
