// The test kubelet, end to end: pods as real process groups, with their env, volumes, credentials,
// restarts, graceful deletes, logs and node faults, observed through the API, kubectl and the processes.
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { V1Node, V1Pod } from '@kubernetes/client-node';
import YAML from 'yaml';
import { resourcePath } from './controllers/client.ts';
import { clusterLogger, startTestCluster, type TestCluster } from './cluster.ts';
import { eventually, FIXTURE_IMAGE, fixtureImages, kubectl, podReady } from './kubelet/testing.ts';

const IN_CLUSTER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/in-cluster.mjs');

const httpPod = (name: string, extra: { nodeName?: string; env?: { name: string; value: string }[]; grace?: number; restartPolicy?: string } = {}) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { test: 'kubelet' } },
    spec: {
      ...(extra.nodeName ? { nodeName: extra.nodeName } : {}),
      restartPolicy: extra.restartPolicy ?? 'Always',
      terminationGracePeriodSeconds: extra.grace ?? 5,
      containers: [
        {
          name: 'web',
          image: `${FIXTURE_IMAGE}:v1`,
          args: ['--listen=$(POD_IP):8080'],
          env: [{ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }, ...(extra.env ?? [])],
          readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 1, timeoutSeconds: 5 },
        },
      ],
    },
  });

/** Several objects as one multi-document stream for `kubectl apply -f -`. */
const manifests = (...objects: unknown[]): string => objects.map((o) => YAML.stringify(o)).join('---\n');

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function processState(pid: number): string | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) S …"; the state letter follows the closing parenthesis.
    return /\) (\S)/.exec(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** PIDs of the processes in a process group that are not zombies. */
function liveMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      // After "(comm) ": state, ppid, pgrp, …
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

describe('the test kubelet', function () {
  this.timeout(120_000);
  let cluster: TestCluster;
  const getPod = (name: string) => cluster.client.get<V1Pod>(resourcePath('v1', 'pods', 'default', name));
  const findPod = (name: string) => cluster.client.find<V1Pod>(resourcePath('v1', 'pods', 'default', name));

  before(async () => {
    cluster = await startTestCluster({
      images: fixtureImages(),
      log: clusterLogger(),
      backoff: { baseMs: 300, maxMs: 2000, resetAfterMs: 60_000 },
      heartbeatMs: 500,
      nodeMonitorGracePeriodMs: 4000,
    });
  });
  after(async () => {
    await cluster?.stop();
  });

  it('gives a container its env, ConfigMap and Secret files, an emptyDir, and in-cluster credentials that work', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], manifests(
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app', namespace: 'default' }, data: { 'config.yaml': 'level: debug\n', greeting: 'hello' } },
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app', namespace: 'default' }, stringData: { password: 's3cret' } },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'read-pods', namespace: 'default' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'read-pods', namespace: 'default' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'read-pods' }, subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'default' }] },
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'inspect', namespace: 'default', labels: { app: 'inspector' } },
          spec: {
            restartPolicy: 'Never',
            containers: [
              {
                name: 'main',
                image: 'node:20',
                command: ['node', IN_CLUSTER],
                args: ['--file=/etc/app/config.yaml', '--file=/etc/secret/password', '--file=/var/run/secrets/kubernetes.io/serviceaccount/namespace', '--file=/scratch/none'],
                env: [
                  { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                  { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                  { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
                  { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
                  { name: 'APP_LABEL', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
                  { name: 'FROM_CM', valueFrom: { configMapKeyRef: { name: 'app', key: 'greeting' } } },
                  { name: 'FROM_SECRET', valueFrom: { secretKeyRef: { name: 'app', key: 'password' } } },
                  { name: 'SCRATCH', value: '/scratch' },
                ],
                envFrom: [{ configMapRef: { name: 'app' }, prefix: 'CM_' }],
                volumeMounts: [
                  { name: 'config', mountPath: '/etc/app' },
                  { name: 'secret', mountPath: '/etc/secret' },
                  { name: 'scratch', mountPath: '/scratch' },
                ],
              },
            ],
            volumes: [
              { name: 'config', configMap: { name: 'app' } },
              { name: 'secret', secret: { secretName: 'app' } },
              { name: 'scratch', emptyDir: {} },
            ],
          },
        },
    ));
    const pod = await eventually(async () => {
      const p = await getPod('inspect');
      return p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed' ? p : undefined;
    }, 'the inspect pod to finish');
    const log = cluster.kubelet.readPodLog('default', 'inspect', undefined);
    expect(pod.status?.phase, log).to.equal('Succeeded');
    const report = JSON.parse(log.trim().split('\n').pop()!) as { files: Record<string, string | null>; env: Record<string, string>; self: Record<string, string> };
    expect(report.env).to.include({ POD_NAME: 'inspect', POD_NAMESPACE: 'default', POD_IP: pod.status?.podIP, NODE: pod.spec?.nodeName, APP_LABEL: 'inspector', FROM_CM: 'hello', FROM_SECRET: 's3cret', CM_greeting: 'hello', HOSTNAME: 'inspect' });
    const root = report.env.TEST_POD_ROOT!;
    // Mount paths in args and env are rewritten to the pod's folders.
    expect(report.env.SCRATCH!.startsWith(root)).to.equal(true);
    const files = Object.entries(report.files);
    expect(files.map(([, v]) => v)).to.deep.equal(['level: debug\n', 's3cret', 'default', null]);
    for (const [file] of files) expect(file.startsWith(root), file).to.equal(true);
    expect(report.env.KUBERNETES_SERVICE_HOST).to.equal('127.0.0.1');
    expect(report.env.KUBERNETES_SERVICE_PORT).to.equal(String(cluster.api.port));
    expect(report.self).to.deep.equal({ name: 'inspect', ip: pod.status?.podIP, user: 'service-account' });
    // The pod's folder (its emptyDir with it) goes with the pod.
    expect(fs.existsSync(root)).to.equal(true);
    await kubectl(cluster, ['delete', 'pod', 'inspect', '--wait=true', '--timeout=100s']);
    await eventually(async () => (fs.existsSync(root) ? undefined : true), 'the pod folder to be removed');
  });

  it('restarts a crashing container with backoff, counting restarts and keeping the last termination', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], httpPod('crasher', { env: [{ name: 'EXIT_AFTER_MS', value: '200' }] }));
    const seenBackOff = await eventually(async () => {
      const p = await getPod('crasher');
      const s = p.status?.containerStatuses?.[0];
      return s && s.restartCount >= 2 && s.state?.waiting?.reason === 'CrashLoopBackOff' ? p : undefined;
    }, 'CrashLoopBackOff after two restarts');
    const status = seenBackOff.status!.containerStatuses![0]!;
    expect(status.lastState?.terminated).to.include({ exitCode: 1, reason: 'Error' });
    expect(seenBackOff.status?.phase).to.equal('Running');
    expect(cluster.kubelet.readPodLog('default', 'crasher', 'web', { previous: true })).to.match(/exiting with 1 after EXIT_AFTER_MS/);
    expect(await kubectl(cluster, ['logs', 'crasher', '--previous'])).to.match(/listening on 127\.[\d.]+:8080 pod=crasher tag=v1\nexiting with 1 after EXIT_AFTER_MS/);
    const table = await kubectl(cluster, ['get', 'pod', 'crasher']);
    // Between back-offs the container runs again (200 ms), and may be counted once more by now: READY 0/1 or 1/1, any
    // count from 2. The table is the message: chai cuts a long actual value short.
    expect(table, table).to.match(/crasher\s+[01]\/1\s+(CrashLoopBackOff|Error|Running)\s+([2-9]|\d{2,})\b/);
    const events = await kubectl(cluster, ['get', 'events', '--field-selector', 'involvedObject.name=crasher', '-o', 'jsonpath={range .items[*]}{.reason}{" "}{end}']);
    expect(events.split(' ')).to.include.members(['Scheduled', 'Started', 'BackOff']);
    await kubectl(cluster, ['delete', 'pod', 'crasher', '--wait=false']);
  });

  it('restarts a container whose liveness probe fails, and keeps an unready one out of Ready', async () => {
    const pod = JSON.parse(httpPod('unwell', { env: [{ name: 'READY_AFTER_MS', value: '3600000' }] }));
    pod.spec.containers[0].livenessProbe = { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 1, failureThreshold: 2, timeoutSeconds: 5 };
    await kubectl(cluster, ['apply', '-f', '-'], JSON.stringify(pod));
    const restarted = await eventually(async () => {
      const p = await getPod('unwell');
      return (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1 ? p : undefined;
    }, 'a restart by the liveness probe');
    expect(podReady(restarted)).to.equal(false);
    // Stopped by the kubelet with SIGTERM: the fixture exits 0 on SIGTERM.
    expect(restarted.status?.containerStatuses?.[0]?.lastState?.terminated).to.include({ exitCode: 0 });
    expect(await kubectl(cluster, ['logs', 'unwell', '--previous'])).to.match(/SIGTERM received/);
    await kubectl(cluster, ['delete', 'pod', 'unwell', '--wait=false']);
  });

  it('runs restartPolicy Never pods to Succeeded or Failed without restarting them', async () => {
    const job = (name: string, code: number) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { restartPolicy: 'Never', containers: [{ name: 'sh', image: 'busybox', command: ['sh', '-c', `echo bye; exit ${code}`] }] } });
    await kubectl(cluster, ['apply', '-f', '-'], manifests(job('ok', 0), job('bad', 3)));
    const [ok, bad] = await eventually(async () => {
      const pods = await Promise.all([getPod('ok'), getPod('bad')]);
      return pods.every((p) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') ? pods : undefined;
    }, 'both pods to finish');
    expect(ok.status?.phase).to.equal('Succeeded');
    expect(bad.status?.phase).to.equal('Failed');
    expect(bad.status?.containerStatuses?.[0]).to.deep.include({ restartCount: 0 });
    expect(bad.status?.containerStatuses?.[0]?.state?.terminated).to.include({ exitCode: 3, reason: 'Error' });
    expect(cluster.kubelet.readPodLog('default', 'ok', 'sh')).to.equal('bye\n');
    expect(await kubectl(cluster, ['logs', 'bad', '-c', 'sh'])).to.equal('bye\n');
    await kubectl(cluster, ['logs', 'bad', '-c', 'nope']).then(
      () => expect.fail('kubectl logs of an unknown container succeeded'),
      (err: Error) => expect(err.message).to.match(/container nope is not valid for pod bad/),
    );
    await kubectl(cluster, ['delete', 'pod', 'ok', 'bad', '--wait=false']);
  });

  it('runs init containers one after the other, retrying a failing one, before the containers start', async () => {
    const mark = path.join(cluster.dataDir, 'init-order');
    await kubectl(cluster, ['apply', '-f', '-'], JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'initialized', namespace: 'default' },
      spec: {
        initContainers: [
          // Fails the first time (no marker yet), succeeds when retried.
          { name: 'flaky', image: 'busybox', command: ['sh', '-c', `if [ -e ${mark} ]; then echo flaky >> ${mark}; else echo first > ${mark}; exit 1; fi`] },
          { name: 'second', image: 'busybox', command: ['sh', '-c', `echo second >> ${mark}`] },
        ],
        containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', `echo main >> ${mark}; exec sleep 300`] }],
      },
    }));
    const pod = await eventually(async () => {
      const p = await getPod('initialized');
      return podReady(p) ? p : undefined;
    }, 'the pod to be Ready after its init containers');
    expect(fs.readFileSync(mark, 'utf8')).to.equal('first\nflaky\nsecond\nmain\n');
    expect(pod.status?.initContainerStatuses?.map((c) => [c.name, c.restartCount, c.state?.terminated?.exitCode])).to.deep.equal([['flaky', 1, 0], ['second', 0, 0]]);
    expect(pod.status?.conditions?.find((c) => c.type === 'Initialized')?.status).to.equal('True');
    expect(await kubectl(cluster, ['logs', 'initialized', '-c', 'second'])).to.equal('');
    await kubectl(cluster, ['delete', 'pod', 'initialized', '--wait=false', '--grace-period=1']);
  });

  it('deletes a pod with SIGTERM first and SIGKILL only after its grace period', async () => {
    const mark = path.join(cluster.dataDir, 'sigterm-marks');
    const env = (ignore: boolean) => [{ name: 'TERM_MARK_FILE', value: mark }, ...(ignore ? [{ name: 'TERM_DELAY_MS', value: 'ignore' }] : [])];
    await kubectl(cluster, ['apply', '-f', '-'], manifests(JSON.parse(httpPod('polite', { grace: 30, env: env(false) })), JSON.parse(httpPod('stubborn', { grace: 1, env: env(true) }))));
    await eventually(async () => ((await Promise.all([getPod('polite'), getPod('stubborn')])).every(podReady) ? true : undefined), 'both pods Ready');
    const pids = { polite: cluster.kubelet.podProcesses('default', 'polite').web!, stubborn: cluster.kubelet.podProcesses('default', 'stubborn').web! };
    // The polite one exits on SIGTERM long before its 30 s grace period; the stubborn one ignores SIGTERM
    // and only SIGKILL, sent when its 1 s grace period ends, can stop it.
    await kubectl(cluster, ['delete', 'pod', 'polite', 'stubborn', '--wait=true', '--timeout=100s']);
    expect(fs.readFileSync(mark, 'utf8').split('\n').filter(Boolean).sort()).to.deep.equal(['polite SIGTERM', 'stubborn SIGTERM']);
    expect(processAlive(pids.polite)).to.equal(false);
    expect(processAlive(pids.stubborn)).to.equal(false);
    expect(await findPod('polite')).to.equal(undefined);
  });

  it('killNode kills the node’s pods for good: not restarted, Ready=False, the Node NotReady; resumeNode reboots it', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], httpPod('victim', { nodeName: 'node-b' }));
    const ready = await eventually(async () => {
      const p = await getPod('victim');
      return podReady(p) ? p : undefined;
    }, 'victim Ready');
    const pid = cluster.kubelet.podProcesses('default', 'victim').web!;
    await cluster.kubelet.killNode('node-b');
    expect(processAlive(pid)).to.equal(false);
    const node = await cluster.client.get<V1Node>(resourcePath('v1', 'nodes', undefined, 'node-b'));
    expect(node.status?.conditions?.find((c) => c.type === 'Ready')?.status).to.equal('False');
    expect(await kubectl(cluster, ['get', 'node', 'node-b'])).to.match(/node-b\s+NotReady/);
    const marked = await eventually(async () => {
      const p = await getPod('victim');
      return podReady(p) ? undefined : p;
    }, 'victim marked not Ready');
    expect(marked.status?.phase).to.equal('Running');
    expect(marked.status?.containerStatuses?.[0]?.restartCount).to.equal(ready.status?.containerStatuses?.[0]?.restartCount);
    expect(cluster.kubelet.podProcesses('default', 'victim')).to.deep.equal({});
    // A new pod goes neither to the dead node nor to a cordoned one.
    await kubectl(cluster, ['cordon', 'node-a']);
    await kubectl(cluster, ['apply', '-f', '-'], httpPod('newcomer'));
    const newcomer = await eventually(async () => {
      const p = await getPod('newcomer');
      return p.spec?.nodeName ? p : undefined;
    }, 'newcomer scheduled');
    expect(newcomer.spec?.nodeName).to.equal('node-c');
    await kubectl(cluster, ['uncordon', 'node-a']);
    await cluster.kubelet.resumeNode('node-b');
    const rebooted = await eventually(async () => {
      const p = await getPod('victim');
      return podReady(p) ? p : undefined;
    }, 'victim Ready again after the node came back');
    expect(cluster.kubelet.podProcesses('default', 'victim').web).to.not.equal(pid);
    expect(rebooted.status?.podIP).to.be.a('string');
    await kubectl(cluster, ['delete', 'pod', 'victim', 'newcomer', '--wait=false']);
  });

  it('pauseNode freezes its pods (SIGSTOP) and stops heartbeats until resumeNode', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], httpPod('sleeper', { nodeName: 'node-c' }));
    await eventually(async () => (podReady(await getPod('sleeper')) ? true : undefined), 'sleeper Ready');
    const pid = cluster.kubelet.podProcesses('default', 'sleeper').web!;
    cluster.kubelet.pauseNode('node-c');
    await eventually(async () => (processState(pid) === 'T' ? true : undefined), 'the container process to be stopped');
    await eventually(async () => {
      const node = await cluster.client.get<V1Node>(resourcePath('v1', 'nodes', undefined, 'node-c'));
      return node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'Unknown' ? true : undefined;
    }, 'node-c to become Ready=Unknown without heartbeats');
    await eventually(async () => (podReady(await getPod('sleeper')) ? undefined : true), 'sleeper marked not Ready');
    await cluster.kubelet.resumeNode('node-c');
    await eventually(async () => (processState(pid) !== 'T' ? true : undefined), 'the container process to run again');
    await eventually(async () => (podReady(await getPod('sleeper')) ? true : undefined), 'sleeper Ready again');
    expect(cluster.kubelet.podProcesses('default', 'sleeper').web).to.equal(pid);
    await kubectl(cluster, ['delete', 'pod', 'sleeper', '--wait=false']);
  });

  it('stops with the cluster, leaving no process of any pod group behind', async () => {
    await kubectl(cluster, ['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'family', namespace: 'default' }, spec: { containers: [{ name: 'sh', image: 'busybox', command: ['sh', '-c', 'sleep 300 & sleep 301 & wait'] }] } }));
    const pgid = await eventually(async () => cluster.kubelet.podProcesses('default', 'family').sh, 'the family pod to run');
    await eventually(async () => ((await findPod('family'))?.status?.phase === 'Running' ? true : undefined), 'family Running');
    expect(liveMembers(pgid)).to.have.length(3);
    await cluster.stop();
    // Killed children may linger a moment as zombies until init reaps them; they must not be running.
    expect(liveMembers(pgid)).to.deep.equal([]);
    cluster = undefined as unknown as TestCluster;
  });
});
