// A real container runtime for the test kubelet: podman with runc, as root. Our own images
// (ingester-cluster/ingester, ingester-cluster/operator) run as containers, never as plain processes, so that
// what a node enforces (read-only root, uid/gid, capabilities, no_new_privs, seccomp) is enforced here too.
//
// Each container is one attached `podman run --rm` (its output is the container log) with the flags that work on
// these machines (cgroup v1, root; docs: ../../../../shared/docs/real-kubernetes.md):
//   --runtime runc --cgroup-manager cgroupfs   crun refuses the hybrid cgroup layout
//   --ulimit nofile=N:N --ulimit nproc=N:N     the hard limits (nproc at most 32768, podman's own ceiling);
//                                              podman's defaults try to raise them and fail
//   --network host                             the pod binds its own 127.x address, as processes do
//   --pull never                               nothing can be pulled; images are built locally
//   --log-driver none                          the attached output is the log (no second copy in podman's store)
//   --cgroup-parent /                          each container its own top-level cgroup: under podman's default
//                                              libpod_parent all containers together weigh as much as one
//                                              process of the machine, and starve on a busy one (cgroup v1 CFS)
// The container's PID 1 is a process-group leader on the host (runc makes it a session leader), so the kubelet
// signals it like a process group: SIGTERM, SIGKILL, SIGSTOP/SIGCONT for a paused node.
import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { signalGroup, trackGroup, type StartedProcess } from './process-group.ts';

export interface ContainerMount {
  hostPath: string;
  containerPath: string;
  readOnly?: boolean;
}

export interface ContainerLaunch {
  /** Unique among live containers (podman's --name). */
  name: string;
  /** A local image reference (localhost/…). */
  image: string;
  /** The pod's `command`: replaces the image's ENTRYPOINT (and its CMD, as in Kubernetes). */
  command?: string[];
  /** The pod's `args`: replace the image's CMD. */
  args?: string[];
  env: Record<string, string>;
  mounts: ContainerMount[];
  workingDir?: string;
  hostname: string;
  /** From security-context.ts. */
  securityFlags: string[];
  logFile: string;
}

/** The machine cannot run containers: the kubelet reports it instead of running the image as a process. */
export class ContainerRuntimeUnavailableError extends Error {
  readonly reason = 'CreateContainerError';
}

/** The image is not in the local store (imagePullPolicy Never semantics: nothing is pulled). */
export class ImageNotPresentError extends Error {
  readonly reason = 'ErrImageNeverPull';
}

const OWNER_LABEL = 'ingester-cluster.test-kubelet.owner';
/** Names of the containers this process started that may still exist. */
const liveContainers = new Set<string>();

export class PodmanRuntime {
  private available: Promise<void> | undefined;
  private readonly users = new Map<string, Promise<string>>();

  constructor(private readonly binary = process.env.TEST_KUBELET_PODMAN ?? 'podman') {}

  /** Flags every podman command needs on these machines. */
  globalFlags(): string[] {
    return ['--runtime', 'runc', '--cgroup-manager', 'cgroupfs'];
  }

  /** Resolves when podman can run containers here; rejects with what is missing (memoized). */
  check(): Promise<void> {
    this.available ??= (async () => {
      try {
        await this.podman(['info', '--format', '{{.Host.OCIRuntime.Name}}'], 60_000);
      } catch (err) {
        throw new ContainerRuntimeUnavailableError(
          `this machine cannot run containers, so images of this project are not started (they never run as plain processes): \`${this.binary} info\` failed: ${errorText(err)}. Install podman and runc (scripts/install-test-deps.sh) and run as root.`,
          { cause: err },
        );
      }
      installExitHook(this);
      await this.removeOrphans();
    })();
    return this.available;
  }

  /** The image's USER ('' = root), or ImageNotPresentError. Cached per image id. */
  async imageUser(image: string): Promise<string> {
    let known = this.users.get(image);
    if (!known) {
      known = this.podman(['image', 'inspect', '--format', '{{.Config.User}}', image], 30_000).then(
        (out) => out.trim(),
        (err: unknown) => {
          this.users.delete(image);
          throw new ImageNotPresentError(`Container image "${image}" is not present with pull policy of Never (build it: make image-local): ${errorText(err)}`, { cause: err });
        },
      );
      this.users.set(image, known);
    }
    return known;
  }

  /** Forgets cached image facts (after a rebuild). */
  forgetImages(): void {
    this.users.clear();
  }

  /** The full `podman run` argv for a launch (also what the kubelet logs). */
  runArgs(launch: ContainerLaunch, pidFile: string): string[] {
    const hardNofile = hardLimit('-Hn');
    // podman lowers its own RLIMIT_NPROC to 32768 at start and conmon/runc inherit it: a higher nproc
    // (even the machine's hard limit) is refused by runc ("error setting rlimit type 6").
    const hardNproc = String(Math.min(Number(hardLimit('-Hu')), PODMAN_NPROC_CEILING));
    const argv = [
      ...this.globalFlags(), 'run', '--rm', '--pull', 'never', '--log-driver', 'none',
      '--name', launch.name, '--label', `${OWNER_LABEL}=${process.pid}`, '--pidfile', pidFile,
      '--network', 'host', '--hostname', launch.hostname, '--cgroup-parent', '/',
      '--ulimit', `nofile=${hardNofile}:${hardNofile}`, '--ulimit', `nproc=${hardNproc}:${hardNproc}`,
      ...launch.securityFlags,
    ];
    for (const m of launch.mounts) argv.push('--volume', `${m.hostPath}:${m.containerPath}${m.readOnly ? ':ro' : ''}`);
    for (const [k, v] of Object.entries(launch.env)) argv.push('--env', `${k}=${v}`);
    if (launch.workingDir) argv.push('--workdir', launch.workingDir);
    if (launch.command && launch.command.length > 0) argv.push('--entrypoint', JSON.stringify(launch.command));
    argv.push(launch.image, ...(launch.args ?? []));
    return argv;
  }

  /**
   * Starts the container and resolves once its PID 1 runs (or podman gave up: then `pid` is -1 and `exited`
   * carries podman's exit code, its message in the log). `exited` resolves with the container's exit code
   * (128+n for a signal, as runtimes report it).
   */
  async run(launch: ContainerLaunch): Promise<StartedProcess & { containerID: string; argv: string[] }> {
    await this.check();
    const pidFile = `${launch.logFile}.pid`;
    fs.rmSync(pidFile, { force: true });
    const argv = this.runArgs(launch, pidFile);
    const out = fs.openSync(launch.logFile, 'a');
    let child;
    try {
      child = spawn(this.binary, argv, { detached: true, stdio: ['ignore', out, out] });
    } finally {
      fs.closeSync(out);
    }
    liveContainers.add(launch.name);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.once('error', (err) => {
        fs.appendFileSync(launch.logFile, `failed to start ${this.binary}: ${err.message}\n`);
        resolve({ code: 128, signal: null });
      });
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    void exited.then(() => liveContainers.delete(launch.name));
    let done = false;
    void exited.then(() => (done = true));
    let pid = -1;
    const deadline = Date.now() + 120_000;
    while (!done && Date.now() < deadline) {
      const text = readIfExists(pidFile);
      if (text && /^\d+/.test(text.trim())) {
        pid = Number(text.trim());
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (pid <= 1 && !done) {
      // podman neither started the container nor gave up in two minutes: stop it.
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      this.removeSync([launch.name]);
    }
    if (pid > 1) trackGroup(pid, exited);
    return { child, pid, exited, containerID: `podman://${launch.name}`, argv: [this.binary, ...argv] };
  }

  /** `podman exec` for exec probes: true when the command exits 0 within the timeout. */
  exec(name: string, command: string[], timeoutMs: number): Promise<boolean> {
    return this.podman([...['exec', name], ...command], timeoutMs).then(
      () => true,
      () => false,
    );
  }

  /** Removes containers at once (exit hook; the containers' own PID 1s are SIGKILLed by process-group.ts). */
  removeSync(names: string[] = [...liveContainers]): void {
    if (names.length === 0) return;
    try {
      execFileSync(this.binary, [...this.globalFlags(), 'rm', '--force', '--time', '0', ...names], { stdio: 'ignore', timeout: 30_000 });
    } catch {
      // best effort on the way out
    }
  }

  /** Containers left by test processes that died without cleaning up (their owner pid is gone). */
  private async removeOrphans(): Promise<void> {
    let listing = '';
    try {
      listing = await this.podman(['ps', '--all', '--filter', `label=${OWNER_LABEL}`, '--format', `{{.Names}} {{index .Labels "${OWNER_LABEL}"}}`], 30_000);
    } catch {
      return;
    }
    const orphans = listing.split('\n').map((l) => l.trim().split(' ')).filter(([name, owner]) => name && owner && !pidAlive(Number(owner))).map(([name]) => name!);
    if (orphans.length) await this.podman(['rm', '--force', '--time', '0', ...orphans], 60_000).catch(() => undefined);
  }

  private podman(args: string[], timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(this.binary, [...this.globalFlags(), ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`${this.binary} ${args.slice(0, 3).join(' ')}: ${(stderr || err.message).trim().slice(0, 500)}`, { cause: err }));
        else resolve(stdout);
      });
    });
  }
}

let hookInstalled = false;
/** On the way out the containers' PID 1s are SIGKILLed (process-group.ts); this removes what remains. */
function installExitHook(runtime: PodmanRuntime): void {
  if (hookInstalled) return;
  hookInstalled = true;
  process.on('exit', () => runtime.removeSync());
}

/** Observed with podman 4.3: conmon runs with RLIMIT_NPROC 32768 whatever the caller's limit. */
const PODMAN_NPROC_CEILING = 32768;
const hardLimits = new Map<string, string>();
function hardLimit(flag: '-Hn' | '-Hu'): string {
  let known = hardLimits.get(flag);
  if (known === undefined) {
    known = readHardLimit(flag);
    hardLimits.set(flag, known);
  }
  return known;
}

function readHardLimit(flag: '-Hn' | '-Hu'): string {
  try {
    const value = execFileSync('/bin/bash', ['-c', `ulimit ${flag}`], { encoding: 'utf8' }).trim();
    return value === 'unlimited' ? '1048576' : value;
  } catch {
    return '1024';
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 1) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

