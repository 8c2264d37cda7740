// Runs the GCS test server standalone: `node --import tsx test/gcs/main.ts -port=4443 -buckets=a,b`.
// Point a client at it with STORAGE_EMULATOR_HOST=http://127.0.0.1:4443 (or apiEndpoint).
import { FlagSet, HelpRequested } from '../../ingester/src/util/flags.ts';
import { startGcsServer } from './server.ts';

const flags = new FlagSet('gcs-test-server', 'A GCS JSON-API test server with fault injection (for tests and benchmarks).', 'GCS_TEST_');
const host = flags.define('host', 'string', '127.0.0.1', 'Address to listen on (keep it on 127.0.0.0/8).');
const port = flags.define('port', 'int', 4443, 'Port to listen on (0 picks a free port).');
const buckets = flags.define('buckets', 'list', [], 'Buckets that exist from the start (comma separated).');
const verbose = flags.define('log-requests', 'bool', false, 'Print one line per request (method, path, kind, status).');

try {
  flags.parse(process.argv.slice(2), process.env);
} catch (err) {
  if (err instanceof HelpRequested) {
    console.log(err.text);
    process.exit(0);
  }
  console.error((err as Error).message);
  process.exit(2);
}

const server = await startGcsServer({ host: host(), port: port(), buckets: buckets(), log: verbose() ? (line) => console.log(line) : undefined });
console.log(JSON.stringify({ msg: 'GCS test server listening', url: server.url, buckets: buckets() }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}
