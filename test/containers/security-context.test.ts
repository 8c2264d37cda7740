// Our images run by a real container runtime in the test kubelet, with the pod's securityContext enforced as a
// node enforces it (../../../shared/docs/real-kubernetes.md, "Kubelet and container runtime"). Each pod runs a
// small node program inside the ingester image (node is its only binary: no shell) that reports what the
// process sees, then exits; the test reads its log as `kubectl logs` would.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { V1Container, V1Pod, V1PodSpec } from '@kubernetes/client-node';
import { resourcePath } from '../kube/controllers/client.ts';
import { clusterLogger, startTestCluster, type TestCluster } from '../kube/cluster.ts';
import { defaultContainerImages } from '../kube/images.ts';
import { PodmanRuntime } from '../kube/kubelet/container-runtime.ts';
import { pvcFolder } from '../kube/kubelet/volumes.ts';
import { eventually } from '../kube/kubelet/testing.ts';

const IMAGE = 'ingester-cluster/ingester:probe';
const ROOT_IMAGE = 'test/runs-as-root';
const ROOT_IMAGE_LOCAL = 'localhost/ingester-cluster/test-runs-as-root:local';

/** What the process inside reports, one JSON line. */
interface Report {
  uid: number;
  gid: number;
  groups: number[];
  writes: Record<string, string>;
  owner?: [number, number];
  capEff?: string;
  noNewPrivs?: string;
  seccomp?: string;
  hostname: string;
  serviceHost?: string;
  tokenReadable: boolean;
  tokenWrite: string;
}

const REPORTER = `
const fs = require('fs');
const os = require('os');
const attempt = (f) => { try { fs.writeFileSync(f, 'x'); return 'ok'; } catch (e) { return e.code; } };
const status = fs.readFileSync('/proc/self/status', 'utf8');
const field = (n) => (status.match(new RegExp('^' + n + ':\\\\s*(.*)$', 'm')) || [])[1];
const writes = { '/': attempt('/probe'), '/tmp': attempt('/tmp/probe'), '/data': attempt('/data/probe'), '/scratch': attempt('/scratch/probe') };
let owner;
try { const s = fs.statSync('/data/probe'); owner = [s.uid, s.gid]; } catch {}
const token = '/var/run/secrets/kubernetes.io/serviceaccount/token';
let tokenReadable = false;
try { tokenReadable = fs.readFileSync(token, 'utf8').length > 0; } catch {}
console.log(JSON.stringify({ uid: process.getuid(), gid: process.getgid(), groups: process.getgroups(), writes, owner,
  capEff: field('CapEff'), noNewPrivs: field('NoNewPrivs'), seccomp: field('Seccomp'), hostname: os.hostname(),
  serviceHost: process.env.KUBERNETES_SERVICE_HOST, tokenReadable, tokenWrite: attempt(token) }));
`;

/** The securityContext the operator and the chart render (restricted), with a pod-level uid/gid/fsGroup. */
const RESTRICTED: V1Container['securityContext'] = {
  runAsNonRoot: true,
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

describe('our images in real containers: the pod securityContext is enforced', function () {
  this.timeout(240_000);
  let cluster: TestCluster;

  const create = async (name: string, spec: Partial<V1PodSpec>, container: Partial<V1Container>): Promise<void> => {
    const pod: V1Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default' },
      spec: {
        restartPolicy: 'Never',
        terminationGracePeriodSeconds: 2,
        ...spec,
        containers: [{ name: 'main', image: IMAGE, ...container }],
      },
    };
    await cluster.client.create(resourcePath('v1', 'pods', 'default'), pod);
  };
  const pod = (name: string) => cluster.client.get<V1Pod>(resourcePath('v1', 'pods', 'default', name));
  const finished = (name: string) =>
    eventually(async () => {
      const p = await pod(name);
      return p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed' ? p : undefined;
    }, `pod ${name} to finish`, 120_000, 250);
  const report = async (name: string): Promise<Report> => {
    const done = await finished(name);
    const log = cluster.kubelet.readPodLog('default', name, 'main');
    expect(done.status?.phase, `pod ${name}: ${log}`).to.equal('Succeeded');
    return JSON.parse(log.trim().split('\n').pop()!) as Report;
  };
  const reporter = (securityContext: V1Container['securityContext']): Partial<V1Container> => ({
    command: ['/nodejs/bin/node', '-e', REPORTER],
    securityContext,
    volumeMounts: [
      { name: 'data', mountPath: '/data' },
      { name: 'scratch', mountPath: '/scratch' },
    ],
  });
  const volumes = (claim: string): V1PodSpec['volumes'] => [
    { name: 'data', persistentVolumeClaim: { claimName: claim } },
    { name: 'scratch', emptyDir: {} },
  ];
  const claim = async (name: string): Promise<void> => {
    await cluster.client.create(resourcePath('v1', 'persistentvolumeclaims', 'default'), {
      apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    });
  };

  before(async () => {
    cluster = await startTestCluster({ log: clusterLogger(), containerImages: { ...defaultContainerImages(), [ROOT_IMAGE]: ROOT_IMAGE_LOCAL } });
    // An image whose USER is root: the local base with USER 0 (built here, nothing pulled).
    const context = fs.mkdtempSync(path.join(cluster.dataDir, 'root-image-'));
    fs.writeFileSync(path.join(context, 'Containerfile'), 'FROM localhost/ingester-cluster/node-base:20-local\nUSER 0\n');
    const runtime = new PodmanRuntime();
    await runtime.check();
    await import('../kube/images.ts').then((m) => m.ensureLocalImages());
    execFileSync('podman', [...runtime.globalFlags(), 'build', '-q', '-t', ROOT_IMAGE_LOCAL, context], { stdio: 'ignore' });
    for (const c of ['restricted-data', 'fsgroup-data', 'image-user-data', 'unconfined-data', 'graceful-data']) await claim(c);
  });

  after(async () => {
    await cluster?.stop();
  });

  it('under readOnlyRootFilesystem a write to / and to /tmp fails with EROFS while the emptyDir and the claim stay writable', async () => {
    await create('restricted', { securityContext: { runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001 }, volumes: volumes('restricted-data') }, reporter(RESTRICTED));
    const r = await report('restricted');
    expect(r.writes).to.deep.equal({ '/': 'EROFS', '/tmp': 'EROFS', '/data': 'ok', '/scratch': 'ok' });
  });

  it('the process runs as runAsUser and runAsGroup with fsGroup among its groups, and owns what it creates on a volume', async () => {
    await create('fsgroup', { securityContext: { runAsUser: 10002, runAsGroup: 10003, fsGroup: 10004 }, volumes: volumes('fsgroup-data') }, reporter(RESTRICTED));
    const r = await report('fsgroup');
    expect([r.uid, r.gid]).to.deep.equal([10002, 10003]);
    expect(r.groups).to.include(10004);
    // The claim's folder carries fsGroup with the setgid bit, so new files inherit the group (SetVolumeOwnership).
    expect(r.owner).to.deep.equal([10002, 10004]);
  });

  it('capabilities drop ALL leaves no effective capability, allowPrivilegeEscalation false sets no_new_privs, RuntimeDefault filters syscalls', async () => {
    const r = await report('restricted');
    expect(r.capEff).to.equal('0000000000000000');
    expect(r.noNewPrivs).to.equal('1');
    expect(r.seccomp).to.equal('2');
  });

  it('without a seccompProfile the container runs unconfined, without no_new_privs, as the kubelet defaults', async () => {
    await create('unconfined', { securityContext: { runAsUser: 10001 }, volumes: volumes('unconfined-data') }, reporter({ readOnlyRootFilesystem: true }));
    const r = await report('unconfined');
    expect(r.seccomp).to.equal('0');
    expect(r.noNewPrivs).to.equal('0');
  });

  it("the image's USER is the uid when the pod gives no runAsUser, and the pod sees its name, the API server and a read-only token", async () => {
    await create('image-user', { volumes: volumes('image-user-data') }, reporter(RESTRICTED));
    const r = await report('image-user');
    expect([r.uid, r.gid]).to.deep.equal([65532, 65532]);
    expect(r.hostname).to.equal('image-user');
    expect(r.serviceHost).to.equal('127.0.0.1');
    expect(r.tokenReadable).to.equal(true);
    expect(r.tokenWrite).to.equal('EROFS');
  });

  it('runAsNonRoot with an image that runs as root is refused: CreateContainerConfigError with the kubelet message, nothing started', async () => {
    await create('image-root', {}, { image: `${ROOT_IMAGE}:1`, command: ['/nodejs/bin/node', '-e', 'setInterval(() => {}, 1000)'], securityContext: { runAsNonRoot: true } });
    // ContainerCreating first, then the refusal.
    const waiting = await eventually(async () => {
      const w = (await pod('image-root')).status?.containerStatuses?.[0]?.state?.waiting;
      return w?.reason !== 'ContainerCreating' ? w : undefined;
    }, 'the container to wait with a reason other than ContainerCreating', 60_000, 250);
    const p = await pod('image-root');
    expect(waiting.reason).to.equal('CreateContainerConfigError');
    expect(waiting.message).to.equal(`container has runAsNonRoot and image will run as root (pod: "image-root_default(${p.metadata?.uid})", container: main)`);
    expect(cluster.kubelet.podProcesses('default', 'image-root')).to.deep.equal({});
  });

  it("runAsNonRoot with runAsUser 0 is refused with the kubelet's runAsUser message", async () => {
    await create('uid-zero', { securityContext: { runAsNonRoot: true, runAsUser: 0 } }, { command: ['/nodejs/bin/node', '-e', '0'] });
    const waiting = await eventually(async () => {
      const w = (await pod('uid-zero')).status?.containerStatuses?.[0]?.state?.waiting;
      return w?.reason !== 'ContainerCreating' ? w : undefined;
    }, 'the container to wait with a reason other than ContainerCreating', 60_000, 250);
    expect(waiting.reason).to.equal('CreateContainerConfigError');
    expect(waiting.message).to.match(/^container's runAsUser breaks non-root policy \(pod: "uid-zero_default\(.+\)", container: main\)$/);
  });

  it('a delete sends SIGTERM to the container, and SIGKILL after the grace period to one that ignores it', async () => {
    // The graceful one records the signal on its claim (the pod's log goes with the pod) and exits.
    const handler = "process.on('SIGTERM', () => { require('fs').writeFileSync('/data/sigterm', 'received'); process.exit(0); }); console.log('up'); setInterval(() => {}, 1000)";
    // Node as PID 1 without a handler ignores SIGTERM, as in any container: only the SIGKILL ends it.
    const deaf = "console.log('up'); setInterval(() => {}, 1000)";
    await create('graceful', { restartPolicy: 'Always', terminationGracePeriodSeconds: 60, volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'graceful-data' } }] },
      { command: ['/nodejs/bin/node', '-e', handler], securityContext: RESTRICTED, volumeMounts: [{ name: 'data', mountPath: '/data' }] });
    await create('deaf', { restartPolicy: 'Always', terminationGracePeriodSeconds: 20 }, { command: ['/nodejs/bin/node', '-e', deaf], securityContext: RESTRICTED });
    for (const name of ['graceful', 'deaf']) {
      await eventually(async () => (cluster.kubelet.readPodLog('default', name, 'main').includes('up') ? true : undefined), `${name} to run`, 120_000, 250);
    }
    const gone = (name: string) => eventually(async () => ((await cluster.client.find(resourcePath('v1', 'pods', 'default', name))) ? undefined : true), `${name} to be gone`, 120_000, 250);
    await cluster.client.delete(resourcePath('v1', 'pods', 'default', 'graceful'));
    await gone('graceful');
    expect(fs.readFileSync(path.join(pvcFolder(path.join(cluster.dataDir, 'kubelet'), 'default', 'graceful-data'), 'sigterm'), 'utf8')).to.equal('received');
    // The deaf one outlives its SIGTERM (the kubelet's Killing event comes right before it) and goes only with
    // the SIGKILL at the end of its 20 s grace period.
    const pid = cluster.kubelet.podProcesses('default', 'deaf').main;
    expect(pid, 'the deaf container runs').to.be.a('number');
    await cluster.client.delete(resourcePath('v1', 'pods', 'default', 'deaf'));
    await eventually(async () => {
      const events = await cluster.client.get<{ items: { reason?: string; involvedObject?: { name?: string } }[] }>(resourcePath('v1', 'events', 'default'));
      return events.items.some((e) => e.reason === 'Killing' && e.involvedObject?.name === 'deaf') ? true : undefined;
    }, 'the kubelet to stop the deaf container', 60_000, 250);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(() => process.kill(pid!, 0), 'the deaf container survived its SIGTERM').to.not.throw();
    await gone('deaf');
    expect(() => process.kill(pid!, 0), 'the SIGKILL ended it').to.throw();
  });

  it('the compiled programs answer -help inside their images (node dist/…/main.js, no TypeScript loader)', async () => {
    await create('ingester-help', {}, { args: ['-help'], securityContext: RESTRICTED });
    await create('operator-help', {}, { image: 'ingester-cluster/operator:probe', args: ['-help'], securityContext: RESTRICTED });
    for (const [name, usage] of [['ingester-help', /Usage: ingester-cluster/], ['operator-help', /Usage: operator/]] as const) {
      const done = await finished(name);
      const log = cluster.kubelet.readPodLog('default', name, 'main');
      expect(done.status?.phase, log).to.equal('Succeeded');
      expect(log).to.match(usage);
    }
  });
});

describe('a machine without a container runtime', function () {
  this.timeout(120_000);
  let cluster: TestCluster;

  before(async () => {
    cluster = await startTestCluster({ log: clusterLogger(), containerRuntime: new PodmanRuntime('/nonexistent/podman') });
  });

  after(async () => {
    await cluster?.stop();
  });

  it('does not run our image as a process: the container waits with CreateContainerError saying the machine cannot run containers', async () => {
    await cluster.client.create(resourcePath('v1', 'pods', 'default'), {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'no-runtime', namespace: 'default' },
      spec: { containers: [{ name: 'main', image: 'ingester-cluster/ingester:1', args: ['-help'] }] },
    });
    const waiting = await eventually(async () => {
      const w = (await cluster.client.get<V1Pod>(resourcePath('v1', 'pods', 'default', 'no-runtime'))).status?.containerStatuses?.[0]?.state?.waiting;
      return w?.reason === 'CreateContainerError' ? w : undefined;
    }, 'CreateContainerError', 60_000, 250);
    expect(waiting.message).to.match(/^this machine cannot run containers/).and.match(/scripts\/install-test-deps\.sh/);
    expect(cluster.kubelet.podProcesses('default', 'no-runtime')).to.deep.equal({});
  });
});
