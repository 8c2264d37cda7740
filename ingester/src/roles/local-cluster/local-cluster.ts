// The children of -target=local-cluster: the ingesters, spawned with distinct ports on 127.0.0.1, and a
// compactor on the same folder bucket (HTTP on the port after the last ingester's, passing every minute so
// that an hour's blocks are merged soon after it ends); their logs passed through, stopped with SIGTERM (the
// ingesters flush, upload and leave the ring; the compactor stops between two merges) when this process stops.
// A child that dies is reported and not restarted: the cluster runs on with the others (RF=3 tolerates
// one), and the operator of `make run` sees it in the log and on /ring.
//
// Children never outlive the front: each is spawned with an IPC channel and child-hook.ts, which stops the
// child when the channel closes (the front exited or was killed). Before spawning, every child port is
// checked: one in use (an earlier run's orphan, another program) fails the start loudly, naming the port.
// "Local cluster ready" is printed only when every ingester is alive, ACTIVE in the ring and answers /ready,
// the compactor answers /ready, and the front's own /ready answers 200; a child that exits first fails the
// whole run instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ring } from '../../ring/ring.ts';
import type { Logger } from '../../util/log.ts';
import type { Service } from '../../util/service.ts';
import type { LocalClusterConfig } from './module.ts';
import { NODE_FLAGS } from '../../node-flags.ts';

/** Compiled (dist/…/local-cluster.js, as in the images, where tsx is not installed) or run through tsx. */
const COMPILED = import.meta.url.endsWith('.js');
const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), COMPILED ? '../../main.js' : '../../main.ts');
/** The children start as this process did: compiled JavaScript as is, TypeScript through tsx resolved from here (so any working directory works). */
const LOADER = COMPILED ? [] : ['--import', import.meta.resolve('tsx')];
/** Makes each child stop when this process goes away (after the loader, so that TypeScript loads). */
const CHILD_HOOK = ['--import', new URL(COMPILED ? './child-hook.js' : './child-hook.ts', import.meta.url).href];

export interface LocalClusterOptions {
  config: LocalClusterConfig;
  ringFile: string;
  /** The folder bucket; empty when the bucket is not a folder (its flags are then passed through). */
  bucketDir: string;
  logLevel: string;
  frontHttp: () => string;
  frontGrpc: () => string;
  ring: Ring;
  logger: Logger;
  /** Flags of this process the ingesters get too. */
  passThrough: string[];
  /** How long to wait for the children to become ACTIVE before printing where to push (default 5 min). */
  readyTimeoutMs?: number;
  /** Stops the whole program (as SIGTERM does) when the cluster cannot become ready. */
  requestExit: () => void;
}

interface Child {
  /** ingester-N or compactor. */
  id: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

export class LocalCluster implements Service {
  readonly name = 'local-cluster';
  private readonly children: Child[] = [];
  private stopping = false;

  constructor(private readonly o: LocalClusterOptions) {}

  ingesterArgs(i: number): string[] {
    const c = this.o.config;
    const id = `ingester-${i}`;
    const dir = path.join(c.dataDir, id);
    return [
      '-target=ingester',
      `-ingester.instance-id=${id}`,
      `-ingester.ring.instance-id=${id}`,
      '-ingester.ring.instance-addr=127.0.0.1',
      '-server.http-listen-address=127.0.0.1',
      '-server.grpc-listen-address=127.0.0.1',
      `-server.http-listen-port=${c.firstHttpPort + i}`,
      `-server.grpc-listen-port=${c.firstGrpcPort + i}`,
      `-ingester.data-dir=${dir}`,
      `-ingester.ring.tokens-file-path=${path.join(dir, 'tokens.json')}`,
      '-ingester.ring.store=file',
      `-ring.store.file-path=${this.o.ringFile}`,
      ...(this.o.bucketDir ? [`-storage.filesystem.dir=${this.o.bucketDir}`] : []),
      `-log.level=${this.o.logLevel}`,
      ...this.o.passThrough,
      ...c.ingesterArgs,
    ];
  }

  /** The compactor's HTTP port: the one after the last ingester's. */
  get compactorHttpPort(): number {
    return this.o.config.firstHttpPort + this.o.config.ingesters;
  }

  compactorArgs(): string[] {
    const c = this.o.config;
    return [
      '-target=compactor',
      '-ingester.instance-id=compactor',
      '-server.http-listen-address=127.0.0.1',
      '-server.grpc-listen-address=127.0.0.1',
      `-server.http-listen-port=${this.compactorHttpPort}`,
      // It serves nothing over gRPC: any free port.
      '-server.grpc-listen-port=0',
      ...(this.o.bucketDir ? [`-storage.filesystem.dir=${this.o.bucketDir}`] : []),
      `-log.level=${this.o.logLevel}`,
      // A short cycle, so a user sees an hour's blocks merged within minutes of its end (and marked blocks go
      // after 10 minutes: more than the querier's 1m index refresh plus a pass plus any local query).
      '-compactor.compaction-interval=1m',
      // The ingesters run on this machine and upload as their hour ends: a short first-level wait (25m in
      // production) is enough for all of them.
      '-compactor.first-level-compaction-wait-period=2m',
      '-compactor.deletion-delay=10m',
      '-compactor.tenant-lock-settle=200ms',
      ...this.o.passThrough,
      ...c.compactorArgs,
    ];
  }

  async start(): Promise<void> {
    const c = this.o.config;
    mkdirSync(path.dirname(path.resolve(this.o.ringFile)), { recursive: true });
    await this.checkPortsFree();
    for (let i = 0; i < c.ingesters; i++) {
      const child = this.spawnChild(`ingester-${i}`, this.ingesterArgs(i));
      this.o.logger.info('ingester started', { ingester: child.id, pid: child.process.pid, http: `http://127.0.0.1:${c.firstHttpPort + i}`, grpc: `127.0.0.1:${c.firstGrpcPort + i}` });
    }
    if (c.compactor) {
      const child = this.spawnChild('compactor', this.compactorArgs());
      this.o.logger.info('compactor started', { pid: child.process.pid, http: `http://127.0.0.1:${this.compactorHttpPort}`, status: `http://127.0.0.1:${this.compactorHttpPort}/compactor/status` });
    }
    void this.announceWhenActive();
  }

  private spawnChild(id: string, args: string[]): Child {
    // 'ipc': the channel child-hook.ts watches; the child stops when it closes.
    const child = spawn(process.execPath, [...NODE_FLAGS, ...LOADER, ...CHILD_HOOK, MAIN, ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.channel?.unref();
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code, signal) => {
        if (!this.stopping) this.o.logger.error(`${id === 'compactor' ? 'compactor' : 'ingester'} exited unexpectedly; it is not restarted (restart \`make run\` to bring it back)`, { [id === 'compactor' ? 'child' : 'ingester']: id, code, signal });
        resolve(code);
      }),
    );
    const entry = { id, process: child, exited };
    this.children.push(entry);
    return entry;
  }

  /** Every child's HTTP and gRPC port must be free now: a port in use would make that child fail to start. */
  private async checkPortsFree(): Promise<void> {
    const c = this.o.config;
    const busy: string[] = [];
    const ports: [string, number][] = [];
    for (let i = 0; i < c.ingesters; i++) ports.push([`ingester-${i} HTTP`, c.firstHttpPort + i], [`ingester-${i} gRPC`, c.firstGrpcPort + i]);
    if (c.compactor) ports.push(['compactor HTTP', this.compactorHttpPort]);
    for (const [what, port] of ports) {
      const error = await listenError(port);
      if (error) busy.push(`${port} (${what}: ${error})`);
    }
    if (busy.length > 0) {
      throw new Error(
        `ports needed by the local cluster's ingesters and compactor are not free: ${busy.join(', ')}. An earlier \`make run\` may still be running ` +
          `(its ingesters, in the ring file ${this.o.ringFile}); stop it, or choose other ports with -local-cluster.ingester-http-port and -local-cluster.ingester-grpc-port`,
      );
    }
  }

  /** Whether every child is alive, ACTIVE in the ring and ready on its own port, and the front is ready. */
  private async allReady(ids: ReadonlySet<string>): Promise<boolean> {
    const active = this.o.ring.instances().filter((i) => ids.has(i.id) && i.state === 'ACTIVE').length;
    if (active !== ids.size) return false;
    const c = this.o.config;
    const ready = async (url: string): Promise<boolean> => {
      try {
        return (await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < c.ingesters; i++) if (!(await ready(`http://127.0.0.1:${c.firstHttpPort + i}/ready`))) return false;
    if (c.compactor && !(await ready(`http://127.0.0.1:${this.compactorHttpPort}/ready`))) return false;
    return ready(`${this.frontUrl()}/ready`);
  }

  private frontUrl(): string {
    // Listening on every interface (0.0.0.0) means reachable on loopback: print that.
    return this.o.frontHttp().replace('//0.0.0.0:', '//127.0.0.1:');
  }

  /** Prints where to push and query once the cluster can serve (in the background); fails the run if it cannot. */
  private async announceWhenActive(): Promise<void> {
    const deadline = Date.now() + (this.o.readyTimeoutMs ?? 300_000);
    const ids = new Set(this.children.map((c) => c.id).filter((id) => id !== 'compactor'));
    while (!this.stopping && Date.now() < deadline) {
      const dead = this.children.filter((c) => c.process.exitCode !== null || c.process.signalCode !== null);
      if (dead.length > 0) {
        this.o.logger.error('the local cluster is not ready and stops: a child exited before it became ready (see its log above)', {
          ingesters: dead.map((c) => ({ ingester: c.id, code: c.process.exitCode, signal: c.process.signalCode })),
        });
        this.o.requestExit();
        return;
      }
      if (await this.allReady(ids)) {
        const front = this.frontUrl();
        const grpc = this.o.frontGrpc().replace(/^0\.0\.0\.0:/, '127.0.0.1:');
        process.stdout.write(
          `\nLocal cluster ready: ${ids.size} ingesters ACTIVE in ${this.o.ringFile}, blocks go to ${this.o.bucketDir || 'the configured bucket'}.\n` +
            `  push:  ${front}/ingest (Pyroscope SDKs), ${front}/push.v1.PusherService/Push (Connect), gRPC push.v1.PusherService on ${grpc}\n` +
            `  query: ${front}/querier.v1.QuerierService/<Method> (Connect JSON or proto), gRPC querier.v1.QuerierService on ${grpc}\n` +
            `  ring:  ${front}/ring\n` +
            (this.o.config.compactor ? `  compactor: http://127.0.0.1:${this.compactorHttpPort}/compactor/status (merges each hour's blocks a few minutes after it ends)\n` : '') +
            '\n',
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (!this.stopping) this.o.logger.warn('not every ingester became ACTIVE in time; see their logs and /ring', { ingesters: [...ids] });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const c of this.children) if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill('SIGTERM');
    const codes = await Promise.all(this.children.map((c) => c.exited));
    // A child killed by a signal (code null) did not flush either: its data waits in its WAL.
    const failed = this.children.filter((_, i) => codes[i] !== 0).map((c) => c.id);
    if (failed.length > 0) throw new Error(`children did not stop cleanly (an ingester's data stays in its WAL and blocks; a compactor's work is redone): ${failed.join(', ')}`);
  }
}

/** Why nothing can listen on 127.0.0.1:port now (e.g. EADDRINUSE), or undefined when it is free. */
function listenError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(undefined)));
  });
}
