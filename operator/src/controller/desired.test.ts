import { expect } from 'chai';
import type { V1Deployment, V1PodSpec, V1Role, V1StatefulSet } from '@kubernetes/client-node';
import { desiredObjects, ingesterStatefulSet } from './desired.ts';
import { ingesterGroups } from './layout.ts';
import { aCluster, type DeepPartial } from './testing/fixtures.ts';
import type { IngesterClusterSpec } from '../gen/types.ts';

const find = <T>(objects: unknown[], kind: string, name: string): T => {
  const found = (objects as { kind: string; metadata: { name: string } }[]).find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found as T;
};

describe('desired objects of an IngesterCluster', () => {
  const cluster = aCluster();
  const objects = desiredObjects(cluster);
  const sts = find<V1StatefulSet>(objects, 'StatefulSet', 'demo-ingester');
  const pod = sts.spec!.template.spec!;
  const ingester = pod.containers[0]!;

  it('every object is owned by the cluster through a controller ownerReference', () => {
    for (const o of objects) expect(o.metadata?.ownerReferences?.[0]).to.include({ kind: 'IngesterCluster', name: 'demo', uid: 'uid-1', controller: true });
  });

  it('every object lives in the cluster namespace', () => {
    for (const o of objects) expect(o.metadata?.namespace).to.equal('profiles');
  });

  it('the ingester StatefulSet rolls only when the operator deletes a pod (OnDelete) and starts pods in parallel', () => {
    expect(sts.spec!.updateStrategy).to.deep.equal({ type: 'OnDelete' });
    expect(sts.spec!.podManagementPolicy).to.equal('Parallel');
    expect(sts.spec!.replicas).to.equal(3);
    expect(sts.spec!.serviceName).to.equal('demo-ingester-headless');
  });

  it('each ingester gets a persistent volume claim mounted at /data', () => {
    expect(sts.spec!.volumeClaimTemplates![0]!.spec!.resources!.requests).to.deep.equal({ storage: '10Gi' });
    expect(ingester.volumeMounts).to.deep.include({ name: 'data', mountPath: '/data' });
  });

  it('ingesters are probed for readiness on /ready', () => {
    expect(ingester.readinessProbe!.httpGet).to.deep.include({ path: '/ready', port: 'http' });
  });

  it('the termination grace period covers the flush timeout', () => {
    expect(pod.terminationGracePeriodSeconds).to.be.at.least(300);
  });

  it('pods run as non-root with a read-only root filesystem', () => {
    expect(pod.securityContext!.runAsNonRoot).to.equal(true);
    expect(ingester.securityContext!.readOnlyRootFilesystem).to.equal(true);
    expect(ingester.securityContext!.allowPrivilegeEscalation).to.equal(false);
  });

  it('POD_NAME and POD_IP come from the downward API', () => {
    expect(ingester.env).to.deep.include({ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } });
    expect(ingester.env).to.deep.include({ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });
  });

  const argCases: [string, string][] = [
    ['ingesters use the ConfigMap ring of their cluster', '-ring.store.configmap-name=demo-ring'],
    ['ingesters use the ring in their namespace', '-ring.store.namespace=profiles'],
    ['ingesters identify themselves by pod name', '-ingester.ring.instance-id=$(POD_NAME)'],
    ['ingesters listen on their pod IP', '-server.http-listen-address=$(POD_IP)'],
    ['ingesters serve gRPC on their pod IP (pods of one node may share an address space)', '-server.grpc-listen-address=$(POD_IP)'],
    ['ingesters keep their tokens file on the volume', '-ingester.ring.tokens-file-path=/data/tokens.json'],
    ['ingesters get the replication factor', '-ingester.ring.replication-factor=3'],
    ['ingesters get the token count', '-ingester.ring.num-tokens=128'],
    ['ingesters upload to the filesystem bucket by default', '-storage.filesystem.dir=/bucket'],
  ];
  for (const [sentence, arg] of argCases) it(sentence, () => expect(ingester.args).to.include(arg));

  it('a GCS store mounts the credentials Secret and points the ingesters at the key file', () => {
    const gcs = aCluster({ storage: { backend: 'gcs', gcs: { bucketName: 'profiles', credentialsSecret: { name: 'gcs-key' } } } });
    const set = ingesterStatefulSet(gcs, ingesterGroups(gcs)[0]!);
    const c = set.spec!.template.spec!.containers[0]!;
    expect(c.args).to.include.members(['-storage.backend=gcs', '-storage.gcs.bucket-name=profiles', '-storage.gcs.service-account-key-file=/var/secrets/gcs/key.json']);
    expect(set.spec!.template.spec!.volumes).to.deep.include({ name: 'gcs-credentials', secret: { secretName: 'gcs-key' } });
  });

  it('extra args are appended to every role', () => {
    const withExtra = desiredObjects(aCluster({ extraArgs: ['-log.level=debug'] }));
    expect(find<V1StatefulSet>(withExtra, 'StatefulSet', 'demo-ingester').spec!.template.spec!.containers[0]!.args!.at(-1)).to.equal('-log.level=debug');
    expect(find<V1Deployment>(withExtra, 'Deployment', 'demo-distributor').spec!.template.spec!.containers[0]!.args!.at(-1)).to.equal('-log.level=debug');
  });

  it('distributor and querier run their targets with the same ring flags and the requested replicas', () => {
    const d = find<V1Deployment>(objects, 'Deployment', 'demo-distributor');
    const q = find<V1Deployment>(objects, 'Deployment', 'demo-querier');
    expect(d.spec!.template.spec!.containers[0]!.args).to.include.members(['-target=distributor', '-ring.store.configmap-name=demo-ring']);
    expect(q.spec!.template.spec!.containers[0]!.args).to.include.members(['-target=querier', '-storage.filesystem.dir=/bucket']);
    expect(d.spec!.replicas).to.equal(1);
  });

  it('limits reach the distributor only when they differ from the defaults', () => {
    const d = find<V1Deployment>(desiredObjects(aCluster({ limits: { ingestionRateMB: 8 } })), 'Deployment', 'demo-distributor');
    expect(d.spec!.template.spec!.containers[0]!.args).to.include('-distributor.ingestion-rate-limit-mb=8');
    expect(find<V1Deployment>(objects, 'Deployment', 'demo-distributor').spec!.template.spec!.containers[0]!.args!.join(' ')).not.to.contain('ingestion-rate');
  });

  it('there is a headless Service for ingesters and client Services for each role', () => {
    expect(find<{ spec: { clusterIP: string } }>(objects, 'Service', 'demo-ingester-headless').spec.clusterIP).to.equal('None');
    for (const name of ['demo-ingester', 'demo-distributor', 'demo-querier']) find(objects, 'Service', name);
  });

  it('the PodDisruptionBudget lets one ingester go at a time', () => {
    expect(find<{ spec: { maxUnavailable: number } }>(objects, 'PodDisruptionBudget', 'demo-ingester').spec.maxUnavailable).to.equal(1);
  });

  it('ingesters may update only their ring ConfigMaps by name, and readers may not write the ring nor delete anything', () => {
    const writer = find<V1Role>(objects, 'Role', 'demo-ingester');
    expect(writer.rules).to.deep.include({ apiGroups: [''], resources: ['configmaps'], resourceNames: ['demo-ring', 'demo-ring-heartbeats'], verbs: ['get', 'update', 'patch'] });
    const reader = find<V1Role>(objects, 'Role', 'demo-ring-reader');
    const ringRules = reader.rules!.filter((r) => r.resourceNames?.includes('demo-ring'));
    expect(ringRules).to.deep.equal([{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['demo-ring'], verbs: ['get'] }]);
    for (const rule of reader.rules!) expect(rule.verbs).to.not.include('delete');
  });

  it('a zone-aware cluster gets one StatefulSet per zone with the ordinals spread round-robin', () => {
    const zoned = aCluster({ replicas: 5, zones: ['a', 'b', 'c'] });
    expect(ingesterGroups(zoned).map((g) => [g.name, g.replicas])).to.deep.equal([['demo-ingester-a', 2], ['demo-ingester-b', 2], ['demo-ingester-c', 1]]);
    const set = ingesterStatefulSet(zoned, ingesterGroups(zoned)[1]!);
    expect(set.spec!.template.spec!.containers[0]!.args).to.include('-ingester.ring.instance-availability-zone=b');
    expect(set.spec!.selector.matchLabels).to.include({ 'ingester-cluster.dev/zone': 'b' });
  });

  /** The pod template of each workload: the ingester StatefulSet(s), the distributor and the querier. */
  const podsOf = (spec: DeepPartial<IngesterClusterSpec> = {}): Record<string, V1PodSpec> => {
    const all = desiredObjects(aCluster(spec)) as { kind: string; metadata: { name: string }; spec: { template: { spec: V1PodSpec } } }[];
    return Object.fromEntries(all.filter((o) => o.kind === 'StatefulSet' || o.kind === 'Deployment').map((o) => [o.metadata.name, o.spec.template.spec]));
  };
  const workloads = ['demo-ingester', 'demo-distributor', 'demo-querier', 'demo-compactor'];
  const mountPathOf = (podSpec: V1PodSpec, volume: string) => podSpec.containers[0]!.volumeMounts?.find((m) => m.name === volume)?.mountPath;

  for (const workload of workloads) {
    it(`${workload} pods pass Pod Security "restricted": non-root, seccomp RuntimeDefault, no privilege escalation, no capabilities`, () => {
      const podSpec = podsOf()[workload]!;
      expect(podSpec.securityContext).to.deep.include({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(podSpec.securityContext!.runAsUser).to.be.above(0);
      for (const c of podSpec.containers) {
        expect(c.securityContext).to.deep.include({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      }
    });

    it(`${workload} pods write scratch files to an emptyDir at /tmp with a size limit (the root filesystem is read-only)`, () => {
      const podSpec = podsOf()[workload]!;
      expect(podSpec.volumes).to.deep.include({ name: 'tmp', emptyDir: { sizeLimit: '128Mi' } });
      expect(mountPathOf(podSpec, 'tmp')).to.equal('/tmp');
    });

    it(`${workload} pods prefer nodes that run no other pod of their component`, () => {
      const component = workload.replace('demo-', '');
      const term = podsOf()[workload]!.affinity!.podAntiAffinity!.preferredDuringSchedulingIgnoredDuringExecution![0]!;
      expect(term.podAffinityTerm.topologyKey).to.equal('kubernetes.io/hostname');
      expect(term.podAffinityTerm.labelSelector!.matchLabels).to.deep.equal({ 'app.kubernetes.io/instance': 'demo', 'app.kubernetes.io/component': component });
    });
  }

  const placementCases: [string, 'ingester' | 'distributor' | 'querier' | 'compactor', string][] = [
    ['ingesters get their own node selector, tolerations, priority class and resources', 'ingester', 'demo-ingester'],
    ['distributors get their own node selector, tolerations, priority class and resources', 'distributor', 'demo-distributor'],
    ['queriers get their own node selector, tolerations, priority class and resources', 'querier', 'demo-querier'],
    ['compactors get their own node selector, tolerations, priority class and resources', 'compactor', 'demo-compactor'],
  ];
  for (const [sentence, component, workload] of placementCases) {
    it(sentence, () => {
      const placement = {
        nodeSelector: { pool: component },
        tolerations: [{ key: 'dedicated', operator: 'Equal' as const, value: component, effect: 'NoSchedule' as const }],
        priorityClassName: `${component}-critical`,
        resources: { requests: { cpu: 1, memory: '2Gi' }, limits: { memory: '4Gi' } },
      };
      const pods = podsOf({ [component]: placement });
      const podSpec = pods[workload]!;
      expect(podSpec.nodeSelector).to.deep.equal({ pool: component });
      expect(podSpec.tolerations).to.deep.equal(placement.tolerations);
      expect(podSpec.priorityClassName).to.equal(`${component}-critical`);
      expect(podSpec.containers[0]!.resources, 'a quantity given as a number is rendered as the string Kubernetes keeps').to.deep.equal({ requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } });
      for (const other of workloads.filter((w) => w !== workload)) {
        expect(pods[other]!.nodeSelector, `${other} keeps its own placement`).to.equal(undefined);
        expect(pods[other]!.priorityClassName).to.equal(undefined);
      }
    });
  }

  it('caps the querier\'s V8 heap at three quarters of its memory limit (NODE_OPTIONS=--max-old-space-size in MiB), and leaves it uncapped without a limit', () => {
    const nodeOptions = (spec: DeepPartial<IngesterClusterSpec>, workload = 'demo-querier') => podsOf(spec)[workload]!.containers[0]!.env!.find((e) => e.name === 'NODE_OPTIONS')?.value;
    expect(nodeOptions({ querier: { resources: { limits: { memory: '1Gi' } } } })).to.equal('--max-old-space-size=768');
    expect(nodeOptions({ querier: { resources: { limits: { memory: '512M' } } } }), '512e6 bytes').to.equal('--max-old-space-size=366');
    expect(nodeOptions({ querier: { resources: { limits: { memory: 536870912 } } } }), 'bytes as a number').to.equal('--max-old-space-size=384');
    expect(nodeOptions({ querier: { resources: { limits: { memory: '1.5Gi' } } } })).to.equal('--max-old-space-size=1152');
    expect(nodeOptions({ querier: { resources: { requests: { memory: '1Gi' } } } }), 'a request alone is no limit').to.equal(undefined);
    expect(nodeOptions({})).to.equal(undefined);
    expect(nodeOptions({ distributor: { resources: { limits: { memory: '1Gi' } } } }, 'demo-distributor'), 'the querier only').to.equal(undefined);
    // The pod's own variables are still there.
    expect(podsOf({ querier: { resources: { limits: { memory: '1Gi' } } } })['demo-querier']!.containers[0]!.env!.map((e) => e.name)).to.include.members(['POD_NAME', 'POD_IP', 'NODE_OPTIONS']);
  });

  it('spec.resources still sizes the ingesters when spec.ingester.resources is not set, and loses to it when it is', () => {
    expect(podsOf({ resources: { limits: { memory: '1Gi' } } })['demo-ingester']!.containers[0]!.resources).to.deep.equal({ requests: undefined, limits: { memory: '1Gi' } });
    expect(podsOf({ resources: { limits: { memory: '1Gi' } }, ingester: { resources: { limits: { memory: '3Gi' } } } })['demo-ingester']!.containers[0]!.resources!.limits).to.deep.equal({ memory: '3Gi' });
  });

  it('a zone-aware ingester keeps the user node selector and adds its zone', () => {
    const zoned = aCluster({ zones: ['a', 'b', 'c'], ingester: { nodeSelector: { pool: 'ingest' } } });
    expect(ingesterStatefulSet(zoned, ingesterGroups(zoned)[2]!).spec!.template.spec!.nodeSelector).to.deep.equal({ pool: 'ingest', 'topology.kubernetes.io/zone': 'c' });
  });

  const writtenPaths: [string, DeepPartial<IngesterClusterSpec>, string, (args: string[]) => string[]][] = [
    ['the ingester data dir (WAL, head, blocks) and tokens file are on the ingester claim', {}, 'demo-ingester',
      (args) => args.filter((a) => a.startsWith('-ingester.data-dir=') || a.startsWith('-ingester.ring.tokens-file-path=')).map((a) => a.split('=')[1]!)],
    ['the ingester filesystem bucket is on the shared bucket claim', { storage: { filesystem: { path: '/bucket', claimName: 'profiles-bucket' } } }, 'demo-ingester',
      (args) => args.filter((a) => a.startsWith('-storage.filesystem.dir=')).map((a) => a.split('=')[1]!)],
    ['the querier reads the filesystem bucket from the shared bucket claim', { storage: { filesystem: { path: '/bucket', claimName: 'profiles-bucket' } } }, 'demo-querier',
      (args) => args.filter((a) => a.startsWith('-storage.filesystem.dir=')).map((a) => a.split('=')[1]!)],
    ['the compactor rewrites the filesystem bucket on the shared bucket claim', { storage: { filesystem: { path: '/bucket', claimName: 'profiles-bucket' } } }, 'demo-compactor',
      (args) => args.filter((a) => a.startsWith('-storage.filesystem.dir=')).map((a) => a.split('=')[1]!)],
  ];
  for (const [sentence, spec, workload, pathsOf] of writtenPaths) {
    it(`every path a program writes is a volume: ${sentence}`, () => {
      const podSpec = podsOf(spec)[workload]!;
      const paths = pathsOf(podSpec.containers[0]!.args!);
      expect(paths).to.not.be.empty;
      const mounts = podSpec.containers[0]!.volumeMounts!.map((m) => m.mountPath);
      for (const p of paths) expect(mounts.some((m) => p === m || p.startsWith(`${m}/`)), `${p} is under one of ${mounts.join(', ')}`).to.equal(true);
    });
  }

  describe('the compactor', () => {
    const compactor = (spec: DeepPartial<IngesterClusterSpec> = {}) => find<V1Deployment>(desiredObjects(aCluster(spec)), 'Deployment', 'demo-compactor');
    const argsOf = (d: V1Deployment) => d.spec!.template.spec!.containers[0]!.args!;

    it('runs by default as one replica of -target=compactor on the ingesters\' image, replaced by Recreate (two generations would contend for the tenant locks)', () => {
      const d = compactor();
      expect(d.spec!.replicas).to.equal(1);
      expect(d.spec!.strategy).to.deep.equal({ type: 'Recreate' });
      expect(d.spec!.template.spec!.containers[0]!.image).to.equal('ingester-cluster/ingester:1.0.0');
      expect(argsOf(d)).to.include.members(['-target=compactor', '-ingester.instance-id=$(POD_NAME)', '-server.http-listen-address=$(POD_IP)']);
    });

    it('is scaled to 0 when disabled (kept, not deleted) and to spec.compactor.replicas when enabled', () => {
      expect(compactor({ compactor: { enabled: false, replicas: 2 } }).spec!.replicas).to.equal(0);
      expect(compactor({ compactor: { replicas: 2 } }).spec!.replicas).to.equal(2);
    });

    it('gets the schedule of spec.compactor and the retention of spec.retention, per-tenant overrides included, as its flags', () => {
      const args = argsOf(compactor({
        compactor: { blockRanges: ['2h', '24h'], compactionInterval: '5m', deletionDelay: '6h', firstLevelCompactionWaitPeriod: '40m' },
        retention: { blocksRetentionPeriod: '720h', tenants: [{ tenant: 'team-a', blocksRetentionPeriod: '2160h' }, { tenant: 'team-b', blocksRetentionPeriod: '0' }] },
      }));
      expect(args).to.include.members([
        '-compactor.block-ranges=2h,24h', '-compactor.compaction-interval=5m', '-compactor.deletion-delay=6h', '-compactor.first-level-compaction-wait-period=40m',
        '-compactor.blocks-retention-period=720h', '-compactor.blocks-retention-period-overrides=team-a=2160h,team-b=0',
      ]);
    });

    it('keeps blocks forever by default, with the compactor\'s own default schedule', () => {
      const args = argsOf(compactor());
      expect(args).to.include.members(['-compactor.blocks-retention-period=0', '-compactor.block-ranges=1h,12h,24h', '-compactor.compaction-interval=10m', '-compactor.deletion-delay=12h', '-compactor.first-level-compaction-wait-period=25m']);
      expect(args.join(' ')).to.not.contain('overrides');
    });

    it('reads the bucket as the ingesters write it: the same flags and the same credentials Secret', () => {
      const gcs = aCluster({ storage: { backend: 'gcs', gcs: { bucketName: 'profiles', credentialsSecret: { name: 'gcs-key' } } } });
      const d = find<V1Deployment>(desiredObjects(gcs), 'Deployment', 'demo-compactor');
      const ingester = ingesterStatefulSet(gcs, ingesterGroups(gcs)[0]!).spec!.template.spec!;
      expect(argsOf(d)).to.include.members(ingester.containers[0]!.args!.filter((a) => a.startsWith('-storage.')));
      expect(d.spec!.template.spec!.volumes).to.deep.include({ name: 'gcs-credentials', secret: { secretName: 'gcs-key' } });
      expect(d.spec!.template.spec!.containers[0]!.volumeMounts).to.deep.include({ name: 'gcs-credentials', mountPath: '/var/secrets/gcs', readOnly: true });
    });

    it('has its own ServiceAccount with no Role, and no API token in its pods (it talks to the bucket only)', () => {
      const all = desiredObjects(cluster);
      const account = find<{ automountServiceAccountToken?: boolean }>(all, 'ServiceAccount', 'demo-compactor');
      expect(account.automountServiceAccountToken).to.equal(false);
      const pod = compactor().spec!.template.spec!;
      expect(pod.serviceAccountName).to.equal('demo-compactor');
      expect(pod.automountServiceAccountToken).to.equal(false);
      const bindings = all.filter((o) => o.kind === 'RoleBinding') as { subjects?: { name: string }[] }[];
      expect(bindings.flatMap((b) => b.subjects ?? []).map((s) => s.name)).to.not.include('demo-compactor');
    });

    it('is probed for readiness and, patiently, for liveness on /ready, and has time to finish a merge on SIGTERM', () => {
      const pod = compactor().spec!.template.spec!;
      const c = pod.containers[0]!;
      expect(c.readinessProbe!.httpGet).to.deep.include({ path: '/ready', port: 'http' });
      expect(c.livenessProbe!.httpGet).to.deep.include({ path: '/ready', port: 'http' });
      expect(c.livenessProbe!.periodSeconds! * c.livenessProbe!.failureThreshold!, 'seconds without an answer before a restart').to.be.at.least(120);
      expect(pod.terminationGracePeriodSeconds).to.be.at.least(60);
    });
  });

  it('the same spec always gives the same objects (a second reconcile has nothing to change)', () => {
    expect(desiredObjects(aCluster())).to.deep.equal(desiredObjects(aCluster()));
  });
});
