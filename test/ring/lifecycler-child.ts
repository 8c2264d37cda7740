// A child process running one lifecycler on the file store, for the process-level lifecycle tests.
// Prints one JSON line per event on stdout: {"event":"active","tokens":[…]}, {"event":"flushing"}, {"event":"stopped"}.
// SIGTERM stops it (LEAVING → flush → unregister); FLUSH_MS makes the flush take that long.
import { Registry } from 'prom-client';
import { DEFAULT_LIFECYCLER_CONFIG } from '../../ingester/src/ring/config.ts';
import { FileRingStore } from '../../ingester/src/ring/kv/file.ts';
import { Lifecycler } from '../../ingester/src/ring/lifecycler.ts';

const [ringFile, id, tokensFile] = process.argv.slice(2);
const flushMs = Number(process.env.FLUSH_MS ?? 0);
const say = (event: string, extra: Record<string, unknown> = {}) => process.stdout.write(JSON.stringify({ event, ...extra }) + '\n');

const lifecycler = new Lifecycler({
  config: { ...DEFAULT_LIFECYCLER_CONFIG, instanceId: id!, instanceAddr: '127.0.0.1', tokensFilePath: tokensFile!, heartbeatPeriodMs: 100, minReadyDurationMs: 0 },
  store: new FileRingStore({ filePath: ringFile!, pollMs: 50 }),
  registry: new Registry(),
  delegate: {
    onActive: () => void say('active', { tokens: lifecycler.getTokens() }),
    onLeaving: async () => {
      say('flushing');
      await new Promise((r) => setTimeout(r, flushMs));
    },
  },
});
process.on('SIGTERM', () => {
  void lifecycler.stop().then(() => {
    say('stopped');
    process.exit(0);
  });
});
await lifecycler.start();
setInterval(() => undefined, 1 << 30); // stay alive until signalled
