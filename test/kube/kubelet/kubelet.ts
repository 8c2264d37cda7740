// The test kubelet: runs the pods of a few fake nodes as local process groups.
//
// It is an ordinary API client: it watches pods, creates its Node objects and heartbeats them, schedules
// pods without a node round-robin (a tiny scheduler), starts each container as a detached child process
// with its own IP from 127.0.0.0/8, probes readiness, restarts with backoff per restartPolicy, reports
// status through `pods/status`, and finishes a graceful delete (SIGTERM, SIGKILL after the grace period,
// then DELETE with gracePeriodSeconds=0). All pod work goes through one keyed work queue: a pod is only
// ever synced by one task at a time, and process exits and probe changes just enqueue its key.
import fs from 'node:fs';
import path from 'node:path';
import type { KubeConfig, V1Container, V1Node, V1Pod, V1Probe } from '@kubernetes/client-node';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from '../../../ingester/src/util/log.ts';
import { silentLogger } from '../../../ingester/src/util/log.ts';
import { systemClock, type Clock } from '../../../ingester/src/util/clock.ts';
import { isNotFound, KubeApiError, type KubeClient, resourcePath, wireTime } from '../controllers/client.ts';
import { EventRecorder } from '../controllers/events.ts';
import { Informer } from '../controllers/informer.ts';
import { WorkQueue } from '../controllers/work-queue.ts';
import { containerImageFor, type ContainerImages, type ImageTable, resolveContainerCommand, UnknownImageError } from '../images.ts';
import { DEFAULT_BACKOFF, RestartBackoff, type BackoffSettings } from './backoff.ts';
import { PodmanRuntime, type ContainerLaunch } from './container-runtime.ts';
import { ContainerConfigError, expandVars, resolveEnv, type EnvSources } from './env.ts';
import { IpPool } from './ip-pool.ts';
import { PathTranslator } from './paths.ts';
import { buildPodStatus, statusChanged, type ContainerFacts, type ContainerPhase } from './pod-status.ts';
import { ProbeState, probeSettings } from './probe.ts';
import { runProbe } from './prober.ts';
import { signalGroup, startProcessGroup, type StartedProcess } from './process-group.ts';
import { effectiveSecurityContext, securityFlags, verifyRunAsNonRoot } from './security-context.ts';
import { containerMounts, podFolders, prepareVolumes, type PodFolders, type VolumeSources } from './volumes.ts';
import { readLog, type PodLogOptions } from './logs.ts';

export interface KubeletOptions {
  client: KubeClient;
  kubeConfig: KubeConfig;
  /** The API server's URL as pods should reach it (KUBERNETES_SERVICE_HOST/PORT, per-pod kubeconfig). */
  apiServerUrl: string;
  /** Where pod folders, PVC folders and logs live. */
  rootDir: string;
  /** Images whose containers run as local processes (test fixtures). */
  images: ImageTable;
  /**
   * Images that run as real containers: repository → local image (our images, built by images/build.sh).
   * A container of one of these never runs as a process: without a container runtime it does not start.
   */
  containerImages?: ContainerImages;
  /** The container runtime (default: podman with runc). */
  runtime?: PodmanRuntime;
  /** Awaited before the first container of `containerImages` starts (builds the images; memoized by the caller). */
  prepareImages?: () => Promise<void>;
  /** Fake node names; default node-a, node-b, node-c. */
  nodes?: string[];
  registry: Registry;
  log?: Logger;
  clock?: Clock;
  backoff?: BackoffSettings;
  /** Node status heartbeat period (ms); default 5000. */
  heartbeatMs?: number;
  /** Default grace period when a pod gives none (Kubernetes: 30 s). */
  defaultGracePeriodSeconds?: number;
  /** Extra environment for every container (e.g. NODE_OPTIONS for tests). */
  extraEnv?: Record<string, string>;
}

interface ContainerRun {
  spec: V1Container;
  /** An init container: runs to completion, in order, before the containers. */
  init: boolean;
  image: string;
  state: ContainerPhase;
  lastTerminated?: Extract<ContainerPhase, { kind: 'terminated' }>;
  restartCount: number;
  started: boolean;
  process?: StartedProcess;
  env: Record<string, string>;
  backoff: RestartBackoff;
  restartTimer?: NodeJS.Timeout;
  readiness?: ProbeState;
  liveness?: ProbeState;
  startup?: ProbeState;
  probeTimer?: NodeJS.Timeout;
  /** Set while the kubelet itself stops the container (delete, liveness kill): the exit is expected. */
  stopping?: boolean;
}

interface PodWorker {
  key: string;
  uid: string;
  node: string;
  pod: V1Pod;
  ip?: string;
  folders: PodFolders;
  hostPaths?: Map<string, string>;
  startTime: number;
  containers: Map<string, ContainerRun>;
  configError?: { reason: string; message: string };
  terminating?: Promise<void>;
  /** Set when the worker was abandoned (its node was killed): nothing it does reaches the API any more. */
  abandoned?: boolean;
}

type NodeFault = 'paused' | 'killed';

export class Kubelet {
  readonly nodes: string[];
  private readonly client: KubeClient;
  private readonly log: Logger;
  private readonly clock: Clock;
  private readonly ips = new IpPool();
  private runtimeInstance: PodmanRuntime | undefined;
  private readonly workers = new Map<string, PodWorker>();
  /** IPs of pods on killed nodes: kept reserved while their pod objects still show them. */
  private readonly strandedIps = new Map<string, string>();
  private readonly faults = new Map<string, NodeFault>();
  private readonly queue: WorkQueue;
  private readonly pods: Informer<V1Pod>;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  /** The Ready status this kubelet last posted per node, and since when (its lastTransitionTime). */
  private readonly postedReady = new Map<string, { status: string; since: Date }>();
  private scheduleCursor = 0;
  private stopped = false;
  private readonly metrics;
  private readonly events: EventRecorder;
  private readonly schedulerEvents: EventRecorder;

  constructor(private readonly options: KubeletOptions) {
    this.client = options.client;
    this.log = options.log ?? silentLogger();
    this.clock = options.clock ?? systemClock;
    this.nodes = options.nodes ?? ['node-a', 'node-b', 'node-c'];
    this.pods = new Informer<V1Pod>(options.client, options.kubeConfig, '/api/v1/pods', this.log);
    this.queue = new WorkQueue((key) => this.syncPod(key), {
      onError: (key, err) => this.log.warn('pod sync failed', { pod: key, error: String(err) }),
    });
    this.events = new EventRecorder(options.client, 'kubelet', this.log, this.clock);
    this.schedulerEvents = new EventRecorder(options.client, 'default-scheduler', this.log, this.clock);
    this.metrics = {
      pods: new Gauge({ name: 'test_kubelet_pods', help: 'Pods with a worker, by node.', labelNames: ['node'], registers: [options.registry] }),
      starts: new Counter({ name: 'test_kubelet_container_starts_total', help: 'Container processes started.', registers: [options.registry] }),
      exits: new Counter({ name: 'test_kubelet_container_exits_total', help: 'Container processes that exited, by reason.', labelNames: ['reason'], registers: [options.registry] }),
      syncs: new Counter({ name: 'test_kubelet_pod_syncs_total', help: 'Pod syncs, by result.', labelNames: ['result'], registers: [options.registry] }),
      probes: new Counter({ name: 'test_kubelet_probes_total', help: 'Probes run, by kind and result.', labelNames: ['kind', 'result'], registers: [options.registry] }),
    };
  }

  async start(): Promise<void> {
    for (const node of this.nodes) await this.registerNode(node);
    this.pods.on((event, pod) => {
      if (event === 'delete') {
        const ip = this.strandedIps.get(pod.metadata?.uid ?? '');
        if (ip) {
          this.strandedIps.delete(pod.metadata?.uid ?? '');
          this.ips.release(ip);
        }
      }
      this.queue.add(keyOf(pod));
    });
    await this.pods.start();
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.options.heartbeatMs ?? 5000);
  }

  /** Stops every pod process (SIGKILL to each process group) and the watches. Pod objects are left as they are. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeatTimer);
    this.queue.stop();
    await this.pods.stop();
    const exits: Promise<unknown>[] = [];
    for (const worker of this.workers.values()) {
      worker.abandoned = true;
      for (const run of worker.containers.values()) {
        this.clearTimers(run);
        if (run.process) {
          run.stopping = true;
          signalGroup(run.process.pid, 'SIGCONT');
          signalGroup(run.process.pid, 'SIGKILL');
          exits.push(run.process.exited);
        }
      }
    }
    await Promise.all(exits);
    this.workers.clear();
  }

  // ---- fault injection -------------------------------------------------------------------------------

  /** Freezes a node: SIGSTOP to all its pods, no heartbeats, no probes, no status updates until resumeNode. */
  pauseNode(name: string): void {
    this.requireNode(name);
    if (this.faults.get(name) === 'killed') throw new Error(`node ${name} is killed; resumeNode reboots it`);
    this.faults.set(name, 'paused');
    for (const worker of this.workersOn(name)) for (const run of worker.containers.values()) if (run.process) signalGroup(run.process.pid, 'SIGSTOP');
    this.log.info('node paused', { node: name });
  }

  /**
   * Kills a node: SIGKILL to all its processes, and the kubelet stops managing its pods (they are never
   * restarted; their objects keep their last status until the node lifecycle controller marks them not
   * ready). The Node reports Ready=False at once.
   */
  async killNode(name: string): Promise<void> {
    this.requireNode(name);
    this.faults.set(name, 'killed');
    const exits: Promise<unknown>[] = [];
    for (const worker of this.workersOn(name)) {
      worker.abandoned = true;
      for (const run of worker.containers.values()) {
        this.clearTimers(run);
        if (run.process) {
          run.stopping = true;
          signalGroup(run.process.pid, 'SIGCONT');
          signalGroup(run.process.pid, 'SIGKILL');
          exits.push(run.process.exited);
        }
      }
      if (worker.ip) this.strandedIps.set(worker.uid, worker.ip);
      this.workers.delete(worker.key);
    }
    await Promise.all(exits);
    this.updateWorkerGauge();
    await this.postNodeStatus(name, { ready: 'False', reason: 'KubeletNotReady', message: 'node killed by the test (kubelet.killNode)' });
    this.log.info('node killed', { node: name });
  }

  /** Resumes a paused node (SIGCONT), or reboots a killed one: the pods still bound to it start afresh. */
  async resumeNode(name: string): Promise<void> {
    this.requireNode(name);
    const fault = this.faults.get(name);
    this.faults.delete(name);
    if (fault === 'paused') {
      for (const worker of this.workersOn(name)) {
        for (const run of worker.containers.values()) {
          if (run.process) signalGroup(run.process.pid, 'SIGCONT');
          this.scheduleProbe(worker, run);
        }
      }
    }
    await this.postNodeStatus(name, { ready: 'True' });
    for (const pod of this.pods.list()) if (pod.spec?.nodeName === name) this.queue.add(keyOf(pod));
    this.log.info('node resumed', { node: name, after: fault });
  }

  nodeFault(name: string): NodeFault | undefined {
    return this.faults.get(name);
  }

  /** The PIDs (= process group ids) of a pod's running containers, for tests. */
  podProcesses(namespace: string, name: string): Record<string, number> {
    const worker = this.workers.get(`${namespace}/${name}`);
    const out: Record<string, number> = {};
    for (const [cname, run] of worker?.containers ?? []) if (run.process && run.state.kind === 'running') out[cname] = run.process.pid;
    return out;
  }

  /** A container's log (what `kubectl logs` shows). See logs.ts for the options. */
  readPodLog(namespace: string, pod: string, container: string | undefined, options: PodLogOptions = {}): string {
    const worker = this.workers.get(`${namespace}/${pod}`);
    const podObject = worker?.pod ?? this.pods.get(namespace, pod);
    if (!podObject) throw new KubeApiError(404, { reason: 'NotFound', message: `pods "${pod}" not found`, code: 404 }, 'GET', `pods/${pod}/log`);
    const names = (podObject.spec?.containers ?? []).map((c) => c.name);
    const chosen = container ?? (names.length === 1 ? names[0] : undefined);
    if (!chosen) {
      throw new KubeApiError(400, { reason: 'BadRequest', message: `a container name must be specified for pod ${pod}, choose one of: [${names.join(' ')}]`, code: 400 }, 'GET', `pods/${pod}/log`);
    }
    if (!names.includes(chosen) && !(podObject.spec?.initContainers ?? []).some((c) => c.name === chosen)) {
      throw new KubeApiError(400, { reason: 'BadRequest', message: `container ${chosen} is not valid for pod ${pod}`, code: 400 }, 'GET', `pods/${pod}/log`);
    }
    const restartCount = worker?.containers.get(chosen)?.restartCount ?? podObject.status?.containerStatuses?.find((c) => c.name === chosen)?.restartCount ?? 0;
    const folders = podFolders(this.options.rootDir, podObject);
    return readLog(path.join(folders.logs, chosen), restartCount, options, pod, chosen);
  }

  // ---- nodes -----------------------------------------------------------------------------------------

  private requireNode(name: string): void {
    if (!this.nodes.includes(name)) throw new Error(`unknown node ${name} (nodes: ${this.nodes.join(', ')})`);
  }

  private workersOn(node: string): PodWorker[] {
    return [...this.workers.values()].filter((w) => w.node === node);
  }

  private async registerNode(name: string): Promise<void> {
    const node: V1Node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name, labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': process.arch === 'x64' ? 'amd64' : process.arch } },
      spec: {},
    };
    try {
      await this.client.create(resourcePath('v1', 'nodes'), node);
    } catch (err) {
      if (!(err instanceof KubeApiError && err.statusCode === 409)) throw err;
    }
    await this.postNodeStatus(name, { ready: 'True' });
  }

  private async heartbeat(): Promise<void> {
    // All nodes at once, one PATCH each: a slow API server must not starve one node's heartbeat behind another's.
    await Promise.all(
      this.nodes
        .filter((node) => !this.faults.has(node) && !this.stopped)
        .map((node) => this.postNodeStatus(node, { ready: 'True' }).catch((err: unknown) => this.log.warn('node heartbeat failed', { node, error: String(err) }))),
    );
  }

  private async postNodeStatus(name: string, ready: { ready: 'True' | 'False'; reason?: string; message?: string }): Promise<void> {
    const now = wireTime(this.clock.now());
    const before = this.postedReady.get(name);
    const transition = before && before.status === ready.ready ? before.since : now;
    this.postedReady.set(name, { status: ready.ready, since: transition });
    const status = {
      conditions: [
        {
          type: 'Ready',
          status: ready.ready,
          reason: ready.reason ?? 'KubeletReady',
          message: ready.message ?? 'kubelet is posting ready status',
          lastHeartbeatTime: now,
          lastTransitionTime: transition,
        },
      ],
      addresses: [
        { type: 'InternalIP', address: '127.0.0.1' },
        { type: 'Hostname', address: name },
      ],
      capacity: { cpu: '2', memory: '8Gi', pods: '110' },
      allocatable: { cpu: '2', memory: '8Gi', pods: '110' },
      nodeInfo: {
        architecture: process.arch,
        operatingSystem: 'linux',
        kubeletVersion: 'v1.32.0-test',
        kubeProxyVersion: 'v1.32.0-test',
        containerRuntimeVersion: 'process://node-' + process.version,
        osImage: 'local processes',
        kernelVersion: '',
        bootID: '',
        machineID: '',
        systemUUID: '',
      },
    };
    await this.client.patch(resourcePath('v1', 'nodes', undefined, name, 'status'), { status });
  }

  // ---- scheduling ------------------------------------------------------------------------------------

  private async schedule(pod: V1Pod): Promise<void> {
    // Cordoned nodes (`kubectl cordon`/`drain` set spec.unschedulable) and faulty ones take no new pods.
    const nodeList = await this.client.get<{ items: V1Node[] }>(resourcePath('v1', 'nodes'));
    const cordoned = new Set(nodeList.items.filter((n) => n.spec?.unschedulable).map((n) => n.metadata?.name));
    const candidates = this.nodes.filter((n) => !this.faults.has(n) && !cordoned.has(n));
    if (candidates.length === 0) {
      this.log.warn('no node to schedule on', { pod: keyOf(pod) });
      return;
    }
    const node = candidates[this.scheduleCursor++ % candidates.length]!;
    const namespace = pod.metadata?.namespace ?? 'default';
    const name = pod.metadata?.name ?? '';
    const binding = { apiVersion: 'v1', kind: 'Binding', metadata: { name, namespace, uid: pod.metadata?.uid }, target: { apiVersion: 'v1', kind: 'Node', name: node } };
    try {
      await this.client.create(resourcePath('v1', 'pods', namespace, name, 'binding'), binding);
    } catch (err) {
      // An API server without the binding subresource: set spec.nodeName directly.
      if (!(err instanceof KubeApiError && (err.statusCode === 404 || err.statusCode === 405) && !isPodGone(err))) throw err;
      await this.client.patch(resourcePath('v1', 'pods', namespace, name), { spec: { nodeName: node } });
    }
    this.log.debug('pod scheduled', { pod: keyOf(pod), node });
    this.schedulerEvents.record(withKind(pod), 'Normal', 'Scheduled', `Successfully assigned ${namespace}/${name} to ${node}`);
  }

  // ---- pod sync --------------------------------------------------------------------------------------

  private async syncPod(key: string): Promise<void> {
    if (this.stopped) return;
    const [namespace, name] = key.split('/') as [string, string];
    const pod = this.pods.get(namespace, name);
    let worker = this.workers.get(key);
    if (worker && (!pod || pod.metadata?.uid !== worker.uid)) {
      // Deleted (maybe forcibly) or replaced by a new pod with the same name: stop the old one now.
      await this.terminate(worker, 0);
      this.removeWorker(worker);
      worker = undefined;
    }
    if (!pod) return;
    const node = pod.spec?.nodeName;
    if (!node) {
      if (!pod.metadata?.deletionTimestamp) await this.schedule(pod);
      return;
    }
    if (!this.nodes.includes(node) || this.faults.has(node)) return;
    if (pod.metadata?.deletionTimestamp) {
      await this.finishDelete(pod, worker);
      return;
    }
    const phase = pod.status?.phase;
    if (!worker && (phase === 'Succeeded' || phase === 'Failed')) return;
    if (!worker) {
      worker = this.createWorker(pod, node);
    }
    worker.pod = pod;
    await this.ensureContainers(worker);
    await this.reportStatus(worker);
    this.metrics.syncs.inc({ result: 'ok' });
  }

  private createWorker(pod: V1Pod, node: string): PodWorker {
    const worker: PodWorker = {
      key: keyOf(pod),
      uid: pod.metadata?.uid ?? '',
      node,
      pod,
      folders: podFolders(this.options.rootDir, pod),
      startTime: this.clock.now(),
      containers: new Map(),
    };
    const previousIp = pod.status?.podIP;
    if (previousIp && this.ips.claim(previousIp)) worker.ip = previousIp;
    else worker.ip = this.ips.allocate();
    // Init containers first (names are unique across both lists), so iteration order is start order.
    const specs = [...(pod.spec?.initContainers ?? []).map((spec) => ({ spec, init: true })), ...(pod.spec?.containers ?? []).map((spec) => ({ spec, init: false }))];
    for (const { spec, init } of specs) {
      worker.containers.set(spec.name, {
        spec,
        init,
        image: spec.image ?? '',
        state: { kind: 'waiting', reason: !init && (pod.spec?.initContainers?.length ?? 0) > 0 ? 'PodInitializing' : 'ContainerCreating' },
        restartCount: 0,
        started: false,
        env: {},
        backoff: new RestartBackoff(this.options.backoff ?? DEFAULT_BACKOFF),
      });
    }
    this.workers.set(worker.key, worker);
    this.updateWorkerGauge();
    this.log.info('pod admitted', { pod: worker.key, node, ip: worker.ip });
    return worker;
  }

  private removeWorker(worker: PodWorker): void {
    if (this.workers.get(worker.key) === worker) this.workers.delete(worker.key);
    for (const run of worker.containers.values()) this.clearTimers(run);
    if (worker.ip) this.ips.release(worker.ip);
    fs.rmSync(worker.folders.root, { recursive: true, force: true });
    this.updateWorkerGauge();
  }

  private updateWorkerGauge(): void {
    this.metrics.pods.reset();
    for (const node of this.nodes) this.metrics.pods.set({ node }, this.workersOn(node).length);
  }

  /** Starts containers that should run and are not running or waiting for a restart. */
  private async ensureContainers(worker: PodWorker): Promise<void> {
    if (!worker.hostPaths) {
      try {
        worker.hostPaths = await prepareVolumes(this.options.rootDir, await this.withAutomount(this.podWithIp(worker)), this.volumeSources());
        worker.configError = undefined;
      } catch (err) {
        this.retryAfterConfigError(worker, err);
        return;
      }
    }
    const runs = [...worker.containers.values()];
    const pendingInit = runs.find((r) => r.init && !(r.state.kind === 'terminated' && r.state.exitCode === 0));
    if (pendingInit) {
      // One init container at a time; the containers wait until every init container has succeeded.
      if (pendingInit.state.kind === 'waiting' && !pendingInit.restartTimer && !pendingInit.process) await this.startContainer(worker, pendingInit);
      return;
    }
    for (const run of runs) {
      if (run.init || run.state.kind !== 'waiting' || run.restartTimer || run.process) continue;
      await this.startContainer(worker, run);
    }
  }

  /** Records why the pod's containers cannot start (their waiting reason and message) and tries again in 1 s. */
  private retryAfterConfigError(worker: PodWorker, err: unknown): void {
    const carried = (err as { reason?: unknown } | null)?.reason;
    const reason = typeof carried === 'string' ? carried : err instanceof UnknownImageError ? 'InvalidImageName' : 'CreateContainerError';
    const message = err instanceof Error ? err.message : String(err);
    worker.configError = { reason, message };
    for (const run of worker.containers.values()) if (run.state.kind === 'waiting') run.state = { kind: 'waiting', reason, message };
    this.log.warn('pod cannot start', { pod: worker.key, reason, message });
    this.queue.addAfter(worker.key, 1000);
  }

  /** The pod's automountServiceAccountToken, falling back to its ServiceAccount's, as Kubernetes decides it. */
  private async withAutomount(pod: V1Pod): Promise<V1Pod> {
    if (pod.spec?.automountServiceAccountToken !== undefined) return pod;
    const sa = await this.client.find<{ automountServiceAccountToken?: boolean }>(resourcePath('v1', 'serviceaccounts', pod.metadata?.namespace, pod.spec?.serviceAccountName ?? 'default'));
    if (sa?.automountServiceAccountToken !== false) return pod;
    return { ...pod, spec: { ...pod.spec!, automountServiceAccountToken: false } };
  }

  private podWithIp(worker: PodWorker): V1Pod {
    return { ...worker.pod, status: { ...(worker.pod.status ?? {}), podIP: worker.ip, podIPs: worker.ip ? [{ ip: worker.ip }] : [], hostIP: '127.0.0.1' } };
  }

  private async startContainer(worker: PodWorker, run: ContainerRun): Promise<void> {
    if (worker.abandoned || this.stopped) return;
    const localImage = containerImageFor(this.options.containerImages, run.image);
    if (localImage) {
      await this.startInContainer(worker, run, localImage);
      return;
    }
    const pod = this.podWithIp(worker);
    const api = new URL(this.options.apiServerUrl);
    let argv: string[];
    let env: Record<string, string>;
    try {
      const mounts = containerMounts(pod, run.spec, worker.hostPaths ?? new Map());
      const translator = new PathTranslator(mounts);
      const resolved = resolveContainerCommand(this.options.images, run.image, run.spec.command, run.spec.args);
      const kubeconfigPath = path.join(worker.folders.root, 'kubeconfig');
      const saMount = mounts.find((m) => m.mountPath === '/var/run/secrets/kubernetes.io/serviceaccount');
      const base: Record<string, string> = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: worker.folders.root,
        HOSTNAME: pod.metadata?.name ?? '',
        KUBERNETES_SERVICE_HOST: api.hostname,
        KUBERNETES_SERVICE_PORT: api.port || (api.protocol === 'https:' ? '443' : '80'),
        POD_IP: worker.ip ?? '',
        TEST_POD_ROOT: worker.folders.root,
        TEST_NODE_NAME: worker.node,
        ...resolved.env,
        ...(this.options.extraEnv ?? {}),
      };
      if (saMount) {
        this.writePodKubeconfig(kubeconfigPath, path.join(saMount.hostPath, 'token'), pod.metadata?.namespace ?? 'default');
        base.KUBECONFIG = kubeconfigPath;
      }
      const containerEnv = await resolveEnv(pod, run.spec, this.envSources(), base);
      // Only what the pod spec wrote is in the container's view of the filesystem: the kubelet's own values
      // (HOME, KUBECONFIG, TEST_POD_ROOT, …) are host paths already, and a mount at /tmp must not rewrite them.
      env = Object.fromEntries(Object.entries(containerEnv).map(([k, v]) => [k, base[k] === v ? v : translator.translate(v)]));
      argv = resolved.argv.map((a, i) => (i < resolved.imageArgc ? a : translator.translate(expandVars(a, containerEnv))));
    } catch (err) {
      this.retryAfterConfigError(worker, err);
      return;
    }
    worker.configError = undefined;
    // The node may have been killed (or the kubelet stopped) while the environment was being resolved.
    if (worker.abandoned || this.stopped) return;
    const started = startProcessGroup(argv, { cwd: worker.folders.root, env, logFile: this.logFileFor(worker, run) });
    this.onStarted(worker, run, started, env, argv.join(' '));
  }

  private logFileFor(worker: PodWorker, run: ContainerRun): string {
    const logDir = path.join(worker.folders.logs, run.spec.name);
    fs.mkdirSync(logDir, { recursive: true });
    return path.join(logDir, `${run.restartCount}.log`);
  }

  private runtime(): PodmanRuntime {
    this.runtimeInstance ??= this.options.runtime ?? new PodmanRuntime();
    return this.runtimeInstance;
  }

  /**
   * Runs a container of one of our images as a real container: the pod's securityContext becomes runtime
   * flags (security-context.ts), volumes are bind mounts at their mountPath, the service-account volume is at
   * its real path with KUBERNETES_SERVICE_HOST/PORT set (client-node's in-cluster config works as in a real
   * pod), and command/args replace the image's ENTRYPOINT/CMD as Kubernetes defines. Nothing is rewritten.
   */
  private async startInContainer(worker: PodWorker, run: ContainerRun, localImage: string): Promise<void> {
    const pod = this.podWithIp(worker);
    const api = new URL(this.options.apiServerUrl);
    const runtime = this.runtime();
    let launch: ContainerLaunch;
    try {
      await runtime.check();
      // The first container may wait for the image build: show the pod as ContainerCreating meanwhile.
      await this.reportStatus(worker).catch(() => undefined);
      await this.options.prepareImages?.();
      const imageUser = await runtime.imageUser(localImage);
      const sc = effectiveSecurityContext(pod, run.spec);
      verifyRunAsNonRoot(pod, run.spec, sc, imageUser);
      const flags = securityFlags(sc, imageUser);
      const mounts = containerMounts(pod, run.spec, worker.hostPaths ?? new Map());
      const port = api.port || (api.protocol === 'https:' ? '443' : '80');
      // What the kubelet gives every container: HOSTNAME and the kubernetes Service's variables
      // (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables + envvars.FromServices).
      const base: Record<string, string> = {
        HOSTNAME: pod.metadata?.name ?? '',
        KUBERNETES_SERVICE_HOST: api.hostname,
        KUBERNETES_SERVICE_PORT: port,
        KUBERNETES_SERVICE_PORT_HTTPS: port,
        KUBERNETES_PORT: `tcp://${api.hostname}:${port}`,
        KUBERNETES_PORT_443_TCP: `tcp://${api.hostname}:${port}`,
        KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
        KUBERNETES_PORT_443_TCP_PORT: port,
        KUBERNETES_PORT_443_TCP_ADDR: api.hostname,
        ...(this.options.extraEnv ?? {}),
      };
      const env = await resolveEnv(pod, run.spec, this.envSources(), base);
      const expand = (a: string): string => expandVars(a, env);
      launch = {
        name: `k8s_${run.spec.name}_${pod.metadata?.name}_${pod.metadata?.namespace}_${worker.uid.slice(0, 8)}_${run.restartCount}`,
        image: localImage,
        ...(run.spec.command?.length ? { command: run.spec.command.map(expand) } : {}),
        ...(run.spec.args?.length ? { args: run.spec.args.map(expand) } : {}),
        env,
        mounts: mounts.map((m) => ({ hostPath: m.hostPath, containerPath: m.mountPath, readOnly: m.readOnly })),
        ...(run.spec.workingDir ? { workingDir: run.spec.workingDir } : {}),
        hostname: pod.metadata?.name ?? '',
        securityFlags: flags,
        logFile: this.logFileFor(worker, run),
      };
    } catch (err) {
      this.retryAfterConfigError(worker, err);
      return;
    }
    worker.configError = undefined;
    if (worker.abandoned || this.stopped) return;
    const started = await runtime.run(launch);
    if (worker.abandoned || this.stopped) {
      // Killed (node or kubelet) while the container was starting.
      signalGroup(started.pid, 'SIGKILL');
      return;
    }
    this.onStarted(worker, run, started, launch.env, started.argv.join(' '));
  }

  private onStarted(worker: PodWorker, run: ContainerRun, started: StartedProcess, env: Record<string, string>, description: string): void {
    run.process = started;
    run.env = env;
    run.stopping = false;
    const startedAt = this.clock.now();
    run.state = { kind: 'running', startedAt };
    run.readiness = run.spec.readinessProbe ? new ProbeState(probeSettings(run.spec.readinessProbe), startedAt, false) : undefined;
    run.liveness = run.spec.livenessProbe ? new ProbeState(probeSettings(run.spec.livenessProbe), startedAt, true) : undefined;
    run.startup = run.spec.startupProbe ? new ProbeState(probeSettings(run.spec.startupProbe), startedAt, false) : undefined;
    run.started = !run.startup;
    this.metrics.starts.inc();
    this.log.info('container started', { pod: worker.key, container: run.spec.name, pid: started.pid, argv: description });
    this.events.record(withKind(worker.pod), 'Normal', 'Started', `Started container ${run.spec.name}`, worker.node);
    void started.exited.then((exit) => this.onContainerExit(worker, run, started, exit));
    this.scheduleProbe(worker, run);
  }

  private writePodKubeconfig(file: string, tokenFile: string, namespace: string): void {
    const cluster = this.options.kubeConfig.getCurrentCluster();
    const caData = cluster?.caData ?? (cluster?.caFile ? fs.readFileSync(cluster.caFile).toString('base64') : undefined);
    const doc = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'in-cluster', cluster: { server: this.options.apiServerUrl, ...(caData ? { 'certificate-authority-data': caData } : {}) } }],
      // kubectl reads `tokenFile`, client-node reads `token-file`: both point at the projected token.
      users: [{ name: 'service-account', user: { tokenFile, 'token-file': tokenFile } }],
      contexts: [{ name: 'in-cluster', context: { cluster: 'in-cluster', user: 'service-account', namespace } }],
      'current-context': 'in-cluster',
    };
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  }

  private onContainerExit(worker: PodWorker, run: ContainerRun, proc: StartedProcess, exit: { code: number | null; signal: NodeJS.Signals | null }): void {
    if (run.process !== proc) return;
    run.process = undefined;
    this.clearTimers(run);
    const now = this.clock.now();
    const startedAt = run.state.kind === 'running' ? run.state.startedAt : now;
    const exitCode = exit.code ?? (exit.signal === 'SIGKILL' ? 137 : exit.signal === 'SIGTERM' ? 143 : 128);
    const terminated: Extract<ContainerPhase, { kind: 'terminated' }> = {
      kind: 'terminated',
      exitCode,
      ...(exit.signal ? { signal: exit.signal } : {}),
      reason: exitCode === 0 ? 'Completed' : 'Error',
      startedAt,
      finishedAt: now,
    };
    run.started = false;
    this.metrics.exits.inc({ reason: terminated.reason });
    this.log.info('container exited', { pod: worker.key, container: run.spec.name, exitCode, signal: exit.signal ?? undefined });
    if (worker.abandoned) return;
    const podPolicy = worker.pod.spec?.restartPolicy ?? 'Always';
    // Init containers are retried on failure unless the pod never restarts; one that succeeded is done.
    const policy = run.init ? (podPolicy === 'Never' ? 'Never' : 'OnFailure') : podPolicy;
    const restart = !worker.terminating && !worker.pod.metadata?.deletionTimestamp && (policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0));
    if (!restart) {
      run.state = terminated;
      this.queue.add(worker.key);
      return;
    }
    run.lastTerminated = terminated;
    const delay = run.backoff.onExit(now - startedAt);
    run.restartCount++;
    run.state = { kind: 'waiting', reason: delay > 0 ? 'CrashLoopBackOff' : 'ContainerCreating', ...(delay > 0 ? { message: `back-off ${Math.round(delay / 1000)}s restarting failed container=${run.spec.name} pod=${worker.pod.metadata?.name}_${worker.pod.metadata?.namespace}(${worker.uid})` } : {}) };
    if (delay > 0) {
      this.events.record(withKind(worker.pod), 'Warning', 'BackOff', `Back-off restarting failed container ${run.spec.name} in pod ${worker.pod.metadata?.name}_${worker.pod.metadata?.namespace}(${worker.uid})`, worker.node);
      run.restartTimer = setTimeout(() => {
        run.restartTimer = undefined;
        this.queue.add(worker.key);
      }, delay);
    }
    this.queue.add(worker.key);
  }

  // ---- probes ----------------------------------------------------------------------------------------

  private scheduleProbe(worker: PodWorker, run: ContainerRun): void {
    clearTimeout(run.probeTimer);
    run.probeTimer = undefined;
    const states = [run.startup, run.readiness, run.liveness].filter((s): s is ProbeState => s !== undefined);
    if (states.length === 0 || !run.process || this.faults.has(worker.node) || worker.abandoned) return;
    const due = Math.min(...states.map((s) => s.nextProbeAt()));
    run.probeTimer = setTimeout(() => void this.probe(worker, run), Math.max(0, due - this.clock.now()));
  }

  private async probe(worker: PodWorker, run: ContainerRun): Promise<void> {
    run.probeTimer = undefined;
    const proc = run.process;
    if (!proc || !worker.ip || this.faults.has(worker.node) || worker.abandoned) return;
    const now = this.clock.now();
    const containerName = proc.containerID?.startsWith('podman://') ? proc.containerID.slice('podman://'.length) : undefined;
    const target = {
      podIP: worker.ip,
      container: run.spec,
      env: run.env,
      cwd: worker.folders.root,
      // An exec probe runs inside the container, as the runtime's ExecSync does.
      ...(containerName ? { exec: (command: string[], timeoutMs: number) => this.runtime().exec(containerName, command, timeoutMs) } : {}),
    };
    let changed = false;
    const kinds: [string, ProbeState | undefined, V1Probe | undefined][] = [
      ['startup', run.startup, run.spec.startupProbe],
      ['readiness', run.started ? run.readiness : undefined, run.spec.readinessProbe],
      ['liveness', run.started ? run.liveness : undefined, run.spec.livenessProbe],
    ];
    for (const [kind, state, probe] of kinds) {
      if (!state || !probe || state.nextProbeAt() > now) continue;
      if (kind === 'startup' && state.passing) continue;
      const ok = await runProbe(probe, target, state.settings.timeoutMs);
      if (run.process !== proc) return;
      this.metrics.probes.inc({ kind, result: ok ? 'success' : 'failure' });
      const flipped = state.record(ok, this.clock.now());
      if (!flipped) continue;
      changed = true;
      if (!state.passing) this.events.record(withKind(worker.pod), 'Warning', 'Unhealthy', `${kind[0]!.toUpperCase()}${kind.slice(1)} probe failed`, worker.node);
      if (kind === 'startup' && state.passing) run.started = true;
      if ((kind === 'liveness' || kind === 'startup') && !state.passing) {
        this.log.info('container failed its probe, restarting', { pod: worker.key, container: run.spec.name, probe: kind });
        this.events.record(withKind(worker.pod), 'Normal', 'Killing', `Container ${run.spec.name} failed ${kind} probe, will be restarted`, worker.node);
        run.stopping = true;
        void this.stopContainer(run, gracePeriodSeconds(worker.pod, this.options.defaultGracePeriodSeconds));
      }
    }
    if (changed) this.queue.add(worker.key);
    this.scheduleProbe(worker, run);
  }

  private clearTimers(run: ContainerRun): void {
    clearTimeout(run.probeTimer);
    clearTimeout(run.restartTimer);
    run.probeTimer = undefined;
    run.restartTimer = undefined;
  }

  // ---- termination -----------------------------------------------------------------------------------

  /** SIGTERM to the container's process group, SIGKILL after the grace period; resolves at exit. */
  private async stopContainer(run: ContainerRun, graceSeconds: number): Promise<void> {
    const proc = run.process;
    if (!proc) return;
    signalGroup(proc.pid, 'SIGCONT');
    signalGroup(proc.pid, graceSeconds > 0 ? 'SIGTERM' : 'SIGKILL');
    const timer = setTimeout(() => signalGroup(proc.pid, 'SIGKILL'), graceSeconds * 1000);
    await proc.exited;
    clearTimeout(timer);
  }

  private async terminate(worker: PodWorker, graceSeconds: number): Promise<void> {
    if (!worker.terminating) {
      worker.terminating = (async () => {
        const stops: Promise<void>[] = [];
        for (const run of worker.containers.values()) {
          this.clearTimers(run);
          run.stopping = true;
          stops.push(this.stopContainer(run, graceSeconds));
        }
        await Promise.all(stops);
      })();
    }
    await worker.terminating;
  }

  private async finishDelete(pod: V1Pod, worker: PodWorker | undefined): Promise<void> {
    const grace = pod.metadata?.deletionGracePeriodSeconds ?? gracePeriodSeconds(pod, this.options.defaultGracePeriodSeconds);
    if (worker) {
      worker.pod = pod;
      for (const name of worker.containers.keys()) this.events.record(withKind(pod), 'Normal', 'Killing', `Stopping container ${name}`, worker.node);
      await this.terminate(worker, grace);
      await this.reportStatus(worker).catch((err: unknown) => this.log.warn('final pod status not written', { pod: keyOf(pod), error: String(err) }));
    }
    try {
      await this.client.delete(resourcePath('v1', 'pods', pod.metadata?.namespace, pod.metadata?.name), { gracePeriodSeconds: 0, preconditions: { uid: pod.metadata?.uid } });
    } catch (err) {
      if (!isNotFound(err) && !(err instanceof KubeApiError && err.statusCode === 409)) throw err;
    }
    if (worker) this.removeWorker(worker);
    this.log.info('pod deleted', { pod: keyOf(pod), gracePeriodSeconds: grace });
  }

  // ---- status ----------------------------------------------------------------------------------------

  private async reportStatus(worker: PodWorker): Promise<void> {
    if (worker.abandoned || this.faults.has(worker.node)) return;
    const facts = (run: ContainerRun): ContainerFacts => ({
      name: run.spec.name,
      image: run.image,
      state: run.state,
      lastTerminated: run.lastTerminated,
      restartCount: run.restartCount,
      started: run.started,
      ready: run.init ? run.state.kind === 'terminated' && run.state.exitCode === 0 : run.state.kind === 'running' && run.started && (run.readiness ? run.readiness.passing : true),
      ...(run.process ? { containerID: run.process.containerID ?? `process://${run.process.pid}` } : {}),
    });
    const runs = [...worker.containers.values()];
    const containers = runs.filter((r) => !r.init).map(facts);
    const initContainers = runs.filter((r) => r.init).map(facts);
    const status = buildPodStatus(worker.pod, { podIP: worker.ip, hostIP: '127.0.0.1', startTime: worker.startTime, containers, initContainers, configError: worker.configError }, this.clock.now());
    if (!statusChanged(worker.pod.status, status)) return;
    const namespace = worker.pod.metadata?.namespace;
    const name = worker.pod.metadata?.name;
    try {
      const updated = await this.client.patch<V1Pod>(resourcePath('v1', 'pods', namespace, name, 'status'), { status });
      if (updated?.metadata?.uid === worker.uid) worker.pod = { ...worker.pod, status: updated.status };
    } catch (err) {
      if (isNotFound(err)) return;
      throw err;
    }
  }

  // ---- API lookups -----------------------------------------------------------------------------------

  private envSources(): EnvSources {
    return {
      configMap: (ns, name) => this.client.find(resourcePath('v1', 'configmaps', ns, name)),
      secret: (ns, name) => this.client.find(resourcePath('v1', 'secrets', ns, name)),
    };
  }

  private volumeSources(): VolumeSources {
    return {
      ...this.envSources(),
      persistentVolumeClaimExists: async (ns, claim) => (await this.client.find(resourcePath('v1', 'persistentvolumeclaims', ns, claim))) !== undefined,
      serviceAccountToken: async (ns, sa, audience, expirationSeconds) => {
        const request = { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { audiences: audience ? [audience] : [], expirationSeconds: expirationSeconds ?? 3600 * 24 } };
        const answer = await this.client.create<{ status?: { token?: string } }>(resourcePath('v1', 'serviceaccounts', ns, sa, 'token'), request);
        const token = answer.status?.token;
        if (!token) throw new ContainerConfigError(`no token for service account ${ns}/${sa}`);
        return token;
      },
      caCert: () => {
        const cluster = this.options.kubeConfig.getCurrentCluster();
        if (cluster?.caData) return Buffer.from(cluster.caData, 'base64').toString('utf8');
        if (cluster?.caFile) return fs.readFileSync(cluster.caFile, 'utf8');
        return '';
      },
    };
  }
}

/** Objects from a watch carry no kind when listed; events need it. */
function withKind(pod: V1Pod): V1Pod {
  return { apiVersion: 'v1', kind: 'Pod', ...pod };
}

function keyOf(pod: V1Pod): string {
  return `${pod.metadata?.namespace ?? 'default'}/${pod.metadata?.name}`;
}

function gracePeriodSeconds(pod: V1Pod, fallback = 30): number {
  return pod.spec?.terminationGracePeriodSeconds ?? fallback;
}

function isPodGone(err: KubeApiError): boolean {
  return err.statusCode === 404 && /pods? "/.test(err.status?.message ?? '');
}
