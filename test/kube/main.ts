// `npm run test-apiserver -- --port <port> --kubeconfig <file> [--images <file>] [--data-dir <dir>]`:
// the test Kubernetes cluster (API server, controllers, kubelet running pods as local processes) in the
// foreground. Writes an admin kubeconfig, logs where everything is, and stops cleanly on SIGTERM/SIGINT
// (every pod process group is killed).
import fs from 'node:fs';
import path from 'node:path';
import { FlagError, FlagSet, HelpRequested } from '../../ingester/src/util/flags.ts';
import { createLogger } from '../../ingester/src/util/log.ts';

const flags = new FlagSet('test-apiserver', 'A Kubernetes API test server with controllers and a kubelet whose pods are local processes.', 'TEST_CLUSTER_');
const port = flags.define('port', 'int', 0, 'Port of the API server on the listen address (0 picks a free one).');
const host = flags.define('host', 'string', '127.0.0.1', 'Listen address of the API server.');
const kubeconfig = flags.define('kubeconfig', 'string', '', 'Where to write the admin kubeconfig (default <data-dir>/kubeconfig).');
const images = flags.define('images', 'string', '', 'Image table file (JSON or YAML, see test/kube/README.md), merged over the default table.');
const dataDir = flags.define('data-dir', 'string', '', 'Folder for pod folders, PVC folders, logs and the server state (default a temporary folder, removed on exit).');
const nodes = flags.define('nodes', 'list', ['node-a', 'node-b', 'node-c'], 'Names of the fake nodes.');
const logLevel = flags.define('log.level', 'string', 'info', 'Log level: error, warn, info, debug.');

async function main(): Promise<void> {
  try {
    flags.parse(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof HelpRequested) {
      console.log(err.text);
      process.exit(0);
    }
    if (err instanceof FlagError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger('test-cluster', { level: logLevel() });
  // Loaded after the flags, so that -help answers without loading the server and client-node.
  const { startTestCluster } = await import('./cluster.ts');
  const { loadImageTable } = await import('./images.ts');
  const cluster = await startTestCluster({
    apiServer: { port: port(), host: host(), persist: dataDir() !== '' },
    dataDir: dataDir() || undefined,
    images: images() ? loadImageTable(images()) : undefined,
    nodes: nodes(),
    log,
  });
  let kubeconfigPath = cluster.kubeconfigPath;
  if (kubeconfig()) {
    kubeconfigPath = path.resolve(kubeconfig());
    fs.mkdirSync(path.dirname(kubeconfigPath), { recursive: true });
    cluster.api.writeKubeconfig(kubeconfigPath);
  }
  log.info('test cluster running', { url: cluster.api.url, kubeconfig: kubeconfigPath, dataDir: cluster.dataDir, nodes: cluster.kubelet.nodes.join(',') });
  console.error(`kubectl --kubeconfig ${kubeconfigPath} get nodes`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping test cluster', { signal });
    cluster.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error('stopping test cluster failed', { error: String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
