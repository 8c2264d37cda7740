// The data-plane program: `node --import tsx ingester/src/main.ts -target=ingester [flags]` (-help lists
// every flag). Exits 2 on bad flags with a message naming the flag; on SIGTERM or SIGINT it stops taking
// writes, cuts and uploads everything, and exits 0 (1 when that could not finish: the data stays on disk).
import { setFlagsFromString } from 'node:v8';
import { buildApp, registerFlags } from './modules.ts';
import { FlagError, FlagSet, HelpRequested } from './util/flags.ts';
import { ServiceGroup } from './util/service.ts';

// V8 drops the bytecode of a function no major GC has seen run for a while (bytecode flushing), and compiles and
// optimizes it again when it next runs. Request bodies made these processes collect often (a distributor under
// bench/distributor: a mark-compact every ~0.7 s, before the old generation's floor in node-flags.ts), so
// functions that run every few seconds lost their bytecode again and again: `--trace-opt` counted 626
// optimizations in the distributor's run, 309 without flushing, and the distributor's CPU per push was lower in 3
// of 3 paired runs (~4%). The bytecode kept is a few MB at most.
setFlagsFromString('--no-flush-bytecode');

async function main(): Promise<number> {
  const fs = new FlagSet('ingester-cluster', 'Pyroscope-compatible profile ingestion: ingesters with a write-ahead log, blocks uploaded to GCS or a folder.');
  const flags = registerFlags(fs);
  try {
    const rest = fs.parse(process.argv.slice(2), process.env);
    if (rest.length > 0) throw new FlagError(`unexpected arguments: ${rest.join(' ')} (flags look like -name=value; see -help)`);
  } catch (err) {
    if (err instanceof HelpRequested) {
      process.stdout.write(err.text + '\n');
      return 0;
    }
    if (err instanceof FlagError) {
      process.stderr.write(`ingester-cluster: ${err.message}\n`);
      return 2;
    }
    throw err;
  }

  let app;
  try {
    app = await buildApp(flags);
  } catch (err) {
    process.stderr.write(`ingester-cluster: ${(err as Error).message}\n`);
    return err instanceof FlagError ? 2 : 1;
  }
  const { logger } = app;
  const group = new ServiceGroup('main', app.services);

  let stopping: Promise<number> | undefined;
  const shutdown = (signal: string): Promise<number> =>
    (stopping ??= (async () => {
      logger.info('shutting down', { signal });
      try {
        await group.stop();
        logger.info('stopped cleanly');
        return 0;
      } catch (err) {
        logger.error('shutdown did not complete; unflushed data stays in the WAL and local blocks', { err: describe(err) });
        return 1;
      }
    })());

  // `on`, not `once`: with `once` the second signal meets Node's default handler and kills the process in the
  // middle of its flush. A group-wide signal (`kill -TERM -- -PGID`, systemd's control-group kill) reaches every
  // process and the local cluster's front forwards another: later signals are logged and otherwise ignored.
  // SIGKILL remains the way to abort, as the kubelet does when the grace period ends. (dskit's signals.Handler
  // restores Go's default handling after the first signal, so a Go ingester would die here: we do not copy that.)
  const exitCode = new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) {
        logger.warn('already shutting down; signal ignored (the flush continues; SIGKILL aborts it)', { signal });
        return;
      }
      void shutdown(signal).then(resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });

  try {
    await group.start();
  } catch (err) {
    logger.error('failed to start', { err: describe(err) });
    return 1;
  }
  logger.info('started', { target: flags.target(), http: app.http?.address, grpc: app.grpc?.address });
  return exitCode;
}

function describe(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? e.message : String(e));
    if (e instanceof AggregateError) for (const inner of e.errors) parts.push(describe(inner));
  }
  return parts.join(': ');
}

main().then(
  (code) => {
    // Let winston flush its console transport before exiting.
    setTimeout(() => process.exit(code), 50);
  },
  (err: unknown) => {
    process.stderr.write(`ingester-cluster: ${describe(err)}\n`);
    process.exit(1);
  },
);
