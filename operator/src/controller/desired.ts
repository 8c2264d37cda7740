// The objects an IngesterCluster owns, as a pure function of its (defaulted) spec. The reconciler applies
// them; nothing here talks to the API.
//
// podManagementPolicy is Parallel: the operator, not the StatefulSet controller, decides when an ingester may
// go (OnDelete + the ring's health), and new ordinals can start together on scale-up because each already has
// its tokens pre-registered in the ring; OrderedReady would only serialize start-up without protecting data.
//
// Every pod passes Pod Security "restricted" (runAsNonRoot, seccomp RuntimeDefault, no privilege escalation, all
// capabilities dropped) and runs with a read-only root filesystem, so every path a program writes is a volume:
// the ingester's data dir (WAL, head, blocks not yet uploaded, tokens file) on its claim, the filesystem
// bucket on the shared claim, and /tmp on an emptyDir (Node and its loaders write scratch files there).
import type {
  KubernetesObject, V1Affinity, V1ConfigMap, V1Container, V1Deployment, V1EnvVar, V1PodDisruptionBudget, V1PodSecurityContext, V1PodSpec,
  V1ResourceRequirements, V1Role, V1RoleBinding, V1SecurityContext, V1Service, V1ServiceAccount, V1StatefulSet, V1Toleration, V1Volume,
  V1VolumeMount, V1OwnerReference, V1Probe,
} from '@kubernetes/client-node';
import { API_VERSION, KIND, type IngesterCluster, type IngesterClusterSpecIngester } from '../gen/types.ts';
import {
  DATA_MOUNT, DATA_VOLUME, GCS_SECRET_MOUNT, GRPC_PORT, HTTP_PORT, RUN_AS_ID, TMP_MOUNT, TMP_SIZE_LIMIT, TMP_VOLUME, durationMs, ingesterGroups,
  isZoneAware, labelsFor, names, selectorFor, type Component, type IngesterGroup,
} from './layout.ts';
import { heapCapEnv } from './heap-cap.ts';

export function ownerReference(cluster: IngesterCluster): V1OwnerReference {
  return {
    apiVersion: API_VERSION,
    kind: KIND,
    name: cluster.metadata?.name ?? '',
    uid: cluster.metadata?.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

function meta(cluster: IngesterCluster, name: string, component: Component) {
  return {
    name,
    namespace: cluster.metadata?.namespace ?? 'default',
    labels: labelsFor(cluster.metadata?.name ?? '', component),
    ownerReferences: [ownerReference(cluster)],
  };
}

const seconds = (text: string): number => Math.ceil(durationMs(text) / 1000);

const podEnv: V1EnvVar[] = [
  { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
  { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
  { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
];

const readinessProbe: V1Probe = {
  httpGet: { path: '/ready', port: 'http' },
  periodSeconds: 2,
  failureThreshold: 3,
  successThreshold: 1,
  timeoutSeconds: 2,
};

/** Every program serves HTTP and gRPC on its pod IP: pods of one node may share an address space. */
const listenFlags = [
  '-server.http-listen-address=$(POD_IP)',
  `-server.http-listen-port=${HTTP_PORT}`,
  '-server.grpc-listen-address=$(POD_IP)',
  `-server.grpc-listen-port=${GRPC_PORT}`,
];

/** Flags every role needs to find the ring and the bucket. */
export function ringFlags(cluster: IngesterCluster): string[] {
  const spec = cluster.spec;
  const flags = [
    '-ingester.ring.store=configmap',
    `-ring.store.configmap-name=${names(cluster.metadata?.name ?? '').ring}`,
    `-ring.store.namespace=${cluster.metadata?.namespace ?? 'default'}`,
    `-ingester.ring.replication-factor=${spec.replicationFactor}`,
    `-ingester.ring.heartbeat-timeout=${spec.ring.heartbeatTimeout}`,
  ];
  if (isZoneAware(cluster)) flags.push('-ingester.ring.zone-awareness-enabled=true');
  return flags;
}

export function storageFlags(cluster: IngesterCluster): string[] {
  const storage = cluster.spec.storage;
  if (storage.backend === 'gcs') {
    const flags = ['-storage.backend=gcs', `-storage.gcs.bucket-name=${storage.gcs?.bucketName ?? ''}`];
    if (storage.gcs?.credentialsSecret) flags.push(`-storage.gcs.service-account-key-file=${GCS_SECRET_MOUNT}/${storage.gcs.credentialsSecret.key}`);
    if (storage.gcs?.endpoint) flags.push(`-storage.gcs.endpoint=${storage.gcs.endpoint}`);
    return flags;
  }
  return ['-storage.backend=filesystem', `-storage.filesystem.dir=${storage.filesystem?.path ?? '/bucket'}`];
}

/** Limits flags, only where they differ from the programs' defaults (which are the CRD's defaults). */
export function limitFlags(cluster: IngesterCluster): string[] {
  const l = cluster.spec.limits;
  const flags: string[] = [];
  if (l.ingestionRateMB !== 4) flags.push(`-distributor.ingestion-rate-limit-mb=${l.ingestionRateMB}`);
  if (l.ingestionBurstSizeMB !== 2) flags.push(`-distributor.ingestion-burst-size-mb=${l.ingestionBurstSizeMB}`);
  if (l.maxProfileSizeBytes !== 4194304) flags.push(`-validation.max-profile-size-bytes=${l.maxProfileSizeBytes}`);
  if (l.maxLabelNamesPerSeries !== 30) flags.push(`-validation.max-label-names-per-series=${l.maxLabelNamesPerSeries}`);
  return flags;
}

function storageVolumes(cluster: IngesterCluster): { volumes: V1Volume[]; mounts: V1VolumeMount[] } {
  const storage = cluster.spec.storage;
  if (storage.backend === 'gcs' && storage.gcs?.credentialsSecret) {
    return {
      volumes: [{ name: 'gcs-credentials', secret: { secretName: storage.gcs.credentialsSecret.name } }],
      mounts: [{ name: 'gcs-credentials', mountPath: GCS_SECRET_MOUNT, readOnly: true }],
    };
  }
  if (storage.backend === 'filesystem' && storage.filesystem?.claimName) {
    return {
      volumes: [{ name: 'bucket', persistentVolumeClaim: { claimName: storage.filesystem.claimName } }],
      mounts: [{ name: 'bucket', mountPath: storage.filesystem.path }],
    };
  }
  return { volumes: [], mounts: [] };
}

// What Pod Security "restricted" asks of each container (k8s.io/pod-security-admission/policy:
// allowPrivilegeEscalation, capabilities, runAsNonRoot, seccompProfile checks), plus a read-only root.
const securityContext: V1SecurityContext = {
  runAsNonRoot: true,
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
};

// The images' own non-root user (distroless "nonroot"); fsGroup makes the claims writable for it.
const podSecurity: V1PodSecurityContext = {
  runAsNonRoot: true,
  runAsUser: RUN_AS_ID,
  runAsGroup: RUN_AS_ID,
  fsGroup: RUN_AS_ID,
  seccompProfile: { type: 'RuntimeDefault' },
};

const tmpVolume: V1Volume = { name: TMP_VOLUME, emptyDir: { sizeLimit: TMP_SIZE_LIMIT } };
const tmpMount: V1VolumeMount = { name: TMP_VOLUME, mountPath: TMP_MOUNT };

/** A component's placement and resources from the spec (the ingester's resources fall back to spec.resources). */
function componentSpec(cluster: IngesterCluster, component: Component): IngesterClusterSpecIngester {
  if (component === 'ingester') return { ...cluster.spec.ingester, resources: cluster.spec.ingester.resources ?? cluster.spec.resources };
  return cluster.spec[component];
}

/** Quantities as the strings V1ResourceRequirements holds (the CRD also accepts numbers: `cpu: 1`). */
function resourceRequirements(resources: IngesterClusterSpecIngester['resources']): V1ResourceRequirements | undefined {
  if (!resources || (!resources.requests && !resources.limits)) return undefined;
  const asStrings = (q?: Record<string, number | string>) => (q ? Object.fromEntries(Object.entries(q).map(([k, v]) => [k, String(v)])) : undefined);
  return { requests: asStrings(resources.requests), limits: asStrings(resources.limits) };
}

/**
 * Pods of one component prefer different nodes, so one node's loss takes one ingester (one replica of each
 * token range) rather than several. Preferred, not required: a cluster with fewer nodes than pods still runs.
 * With zones, each zone's StatefulSet is also pinned to its zone by nodeSelector.
 */
function spreadAcrossNodes(clusterName: string, component: Component): V1Affinity {
  return {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: selectorFor(clusterName, component) } } },
      ],
    },
  };
}

function container(cluster: IngesterCluster, component: Component, args: string[], mounts: V1VolumeMount[]): V1Container {
  return {
    name: component,
    image: cluster.spec.image,
    imagePullPolicy: cluster.spec.imagePullPolicy,
    args: [...args, ...(cluster.spec.extraArgs ?? [])],
    env: podEnv,
    ports: [{ name: 'http', containerPort: HTTP_PORT, protocol: 'TCP' }, { name: 'grpc', containerPort: GRPC_PORT, protocol: 'TCP' }],
    readinessProbe,
    securityContext,
    volumeMounts: [...mounts, tmpMount],
    resources: resourceRequirements(componentSpec(cluster, component).resources),
  };
}

/** The pod spec every component shares: security, /tmp, placement. */
function podSpecFor(cluster: IngesterCluster, component: Component, container: V1Container, volumes: V1Volume[], zone = ''): V1PodSpec {
  const placement = componentSpec(cluster, component);
  const nodeSelector = { ...placement.nodeSelector, ...(zone ? { 'topology.kubernetes.io/zone': zone } : {}) };
  return {
    securityContext: podSecurity,
    containers: [container],
    volumes: [...volumes, tmpVolume],
    affinity: spreadAcrossNodes(cluster.metadata?.name ?? '', component),
    ...(Object.keys(nodeSelector).length ? { nodeSelector } : {}),
    ...(placement.tolerations?.length ? { tolerations: placement.tolerations as V1Toleration[] } : {}),
    ...(placement.priorityClassName ? { priorityClassName: placement.priorityClassName } : {}),
  };
}

export function ingesterArgs(cluster: IngesterCluster, group: IngesterGroup): string[] {
  const spec = cluster.spec;
  const args = [
    '-target=ingester',
    ...ringFlags(cluster),
    '-ingester.ring.instance-id=$(POD_NAME)',
    '-ingester.ring.instance-addr=$(POD_IP)',
    ...listenFlags,
    `-ingester.data-dir=${DATA_MOUNT}`,
    `-ingester.ring.tokens-file-path=${DATA_MOUNT}/tokens.json`,
    `-ingester.ring.num-tokens=${spec.ring.tokensPerInstance}`,
    `-ingester.ring.heartbeat-period=${spec.ring.heartbeatPeriod}`,
    ...storageFlags(cluster),
  ];
  if (group.zone) args.push(`-ingester.ring.instance-availability-zone=${group.zone}`);
  return args;
}

export function ingesterStatefulSet(cluster: IngesterCluster, group: IngesterGroup): V1StatefulSet {
  const clusterName = cluster.metadata?.name ?? '';
  const n = names(clusterName);
  const selector = { ...selectorFor(clusterName, 'ingester'), ...(group.zone ? { 'ingester-cluster.dev/zone': group.zone } : {}) };
  const labels = { ...labelsFor(clusterName, 'ingester'), ...selector };
  const { volumes, mounts } = storageVolumes(cluster);
  const ingester = container(cluster, 'ingester', ingesterArgs(cluster, group), [{ name: DATA_VOLUME, mountPath: DATA_MOUNT }, ...mounts]);
  const podSpec: V1PodSpec = {
    serviceAccountName: n.ingesterAccount,
    // Long enough for a SIGTERM'd ingester to flush and upload its head (plus margin to exit).
    terminationGracePeriodSeconds: seconds(cluster.spec.rollout.flushTimeout) + 30,
    ...podSpecFor(cluster, 'ingester', ingester, volumes, group.zone),
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { ...meta(cluster, group.name, 'ingester'), labels },
    spec: {
      serviceName: n.headless,
      replicas: group.replicas,
      podManagementPolicy: 'Parallel',
      updateStrategy: { type: 'OnDelete' },
      selector: { matchLabels: selector },
      template: { metadata: { labels }, spec: podSpec },
      volumeClaimTemplates: [
        {
          metadata: { name: DATA_VOLUME, labels },
          spec: {
            accessModes: ['ReadWriteOnce'],
            storageClassName: cluster.spec.persistence.storageClassName,
            resources: { requests: { storage: cluster.spec.persistence.size } },
          },
        },
      ],
    },
  };
}

function roleDeployment(cluster: IngesterCluster, component: 'distributor' | 'querier', replicas: number): V1Deployment {
  const clusterName = cluster.metadata?.name ?? '';
  const n = names(clusterName);
  const { volumes, mounts } = component === 'querier' ? storageVolumes(cluster) : { volumes: [], mounts: [] };
  const args = [
    `-target=${component}`,
    ...ringFlags(cluster),
    ...listenFlags,
    ...(component === 'querier' ? storageFlags(cluster) : limitFlags(cluster)),
  ];
  const main = container(cluster, component, args, mounts);
  // The querier's V8 heap is capped from its memory limit (heap-cap.ts): a safety net under its block cache.
  const heapCap = component === 'querier' ? heapCapEnv(cluster.spec.querier.resources?.limits) : undefined;
  if (heapCap) main.env = [...(main.env ?? []), heapCap];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(cluster, component === 'querier' ? n.querier : n.distributor, component),
    spec: {
      replicas,
      selector: { matchLabels: selectorFor(clusterName, component) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: labelsFor(clusterName, component) },
        spec: { serviceAccountName: n.readerAccount, ...podSpecFor(cluster, component, main, volumes) },
      },
    },
  };
}

/** The compactor's flags: its schedule from spec.compactor, what it keeps from spec.retention. */
export function compactorArgs(cluster: IngesterCluster): string[] {
  const { compactor, retention } = cluster.spec;
  const args = [
    '-target=compactor',
    // Its name in the tenant locks it writes to the bucket (tenant-lock.ts), and in its logs.
    '-ingester.instance-id=$(POD_NAME)',
    ...listenFlags,
    ...storageFlags(cluster),
    `-compactor.block-ranges=${compactor.blockRanges.join(',')}`,
    `-compactor.compaction-interval=${compactor.compactionInterval}`,
    `-compactor.deletion-delay=${compactor.deletionDelay}`,
    `-compactor.first-level-compaction-wait-period=${compactor.firstLevelCompactionWaitPeriod}`,
    `-compactor.blocks-retention-period=${retention.blocksRetentionPeriod}`,
  ];
  const overrides = (retention.tenants ?? []).map((t) => `${t.tenant}=${t.blocksRetentionPeriod}`);
  if (overrides.length) args.push(`-compactor.blocks-retention-period-overrides=${overrides.join(',')}`);
  return args;
}

/**
 * The compactor Deployment. It talks to the bucket only (tenants are shared out through lock objects in the
 * bucket, not the API), so its ServiceAccount gets no Role and no token is mounted: automountServiceAccountToken
 * false on the pod (which wins) and on the account (plugin/pkg/admission/serviceaccount/admission.go
 * shouldAutomount). Recreate, not a rolling update: the old pods are gone before the new ReplicaSet scales up
 * (pkg/controller/deployment/recreate.go rolloutRecreate), where two generations would only contend for the
 * same tenant locks. A disabled compactor is scaled to 0 rather than deleted, so the operator needs no delete
 * permission on Deployments.
 */
export function compactorDeployment(cluster: IngesterCluster): V1Deployment {
  const clusterName = cluster.metadata?.name ?? '';
  const n = names(clusterName);
  const spec = cluster.spec.compactor;
  const { volumes, mounts } = storageVolumes(cluster);
  const compactor: V1Container = {
    ...container(cluster, 'compactor', compactorArgs(cluster), mounts),
    // A merge decodes whole blocks on the event loop, so /ready can be slow to answer for a while; only a
    // process unresponsive for minutes is restarted (its work is idempotent: the next one redoes the merge).
    livenessProbe: { httpGet: { path: '/ready', port: 'http' }, initialDelaySeconds: 10, periodSeconds: 30, timeoutSeconds: 10, failureThreshold: 10 },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(cluster, n.compactor, 'compactor'),
    spec: {
      replicas: spec.enabled ? spec.replicas : 0,
      selector: { matchLabels: selectorFor(clusterName, 'compactor') },
      strategy: { type: 'Recreate' },
      template: {
        metadata: { labels: labelsFor(clusterName, 'compactor') },
        spec: {
          serviceAccountName: n.compactorAccount,
          automountServiceAccountToken: false,
          // SIGTERM stops it at the next safe point, between two merges: time for the merge in progress.
          terminationGracePeriodSeconds: COMPACTOR_GRACE_SECONDS,
          ...podSpecFor(cluster, 'compactor', compactor, volumes),
        },
      },
    },
  };
}

export const COMPACTOR_GRACE_SECONDS = 300;

function compactorAccount(cluster: IngesterCluster): V1ServiceAccount {
  const account = names(cluster.metadata?.name ?? '').compactorAccount;
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(cluster, account, 'compactor'), automountServiceAccountToken: false };
}

function service(cluster: IngesterCluster, name: string, component: Component, headless: boolean): V1Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(cluster, name, component),
    spec: {
      ...(headless ? { clusterIP: 'None', publishNotReadyAddresses: true } : {}),
      selector: selectorFor(cluster.metadata?.name ?? '', component),
      ports: [{ name: 'http', port: HTTP_PORT, targetPort: 'http', protocol: 'TCP' }, { name: 'grpc', port: GRPC_PORT, targetPort: 'grpc', protocol: 'TCP' }],
    },
  };
}

/** The ring ConfigMap as first created: empty; the reconciler creates it once and never overwrites it. */
export function ringConfigMap(cluster: IngesterCluster): V1ConfigMap {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(cluster, names(cluster.metadata?.name ?? '').ring, 'ingester') };
}

function pdb(cluster: IngesterCluster): V1PodDisruptionBudget {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(cluster, names(cluster.metadata?.name ?? '').pdb, 'ingester'),
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorFor(cluster.metadata?.name ?? '', 'ingester') } },
  };
}

/** ServiceAccount + Role + RoleBinding; `write` is for ingesters (they update the ring and their heartbeats). */
function ringAccess(cluster: IngesterCluster, account: string, write: boolean): [V1ServiceAccount, V1Role, V1RoleBinding] {
  const ring = names(cluster.metadata?.name ?? '').ring;
  const component: Component = write ? 'ingester' : 'distributor';
  const rules = write
    ? [
        // The ring itself: read-modify-write by compare-and-swap.
        // The ring and its heartbeat summary (<ring>-heartbeats, written by whichever ring client is elected
        // to aggregate heartbeats): read-modify-write by compare-and-swap.
        { apiGroups: [''], resources: ['configmaps'], resourceNames: [ring, `${ring}-heartbeats`], verbs: ['get', 'update', 'patch'] },
        // list/watch cannot be narrowed by name in every API server; create cannot be narrowed by name at all
        // (the first ingester creates the ring if the operator has not yet).
        { apiGroups: [''], resources: ['configmaps'], verbs: ['list', 'watch', 'create'] },
        // Heartbeats: one Lease per instance, deleted when an instance leaves; plus the aggregator election Lease.
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
      ]
    : [
        // Readers never write the ring; they may be elected to publish the heartbeat summary.
        { apiGroups: [''], resources: ['configmaps'], resourceNames: [ring], verbs: ['get'] },
        { apiGroups: [''], resources: ['configmaps'], resourceNames: [`${ring}-heartbeats`], verbs: ['get', 'update', 'patch'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['list', 'watch', 'create'] },
        // Reading heartbeat Leases, and the aggregator election Lease (never deleting an instance's).
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'] },
      ];
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(cluster, account, component) },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta(cluster, account, component), rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(cluster, account, component),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: account },
      subjects: [{ kind: 'ServiceAccount', name: account, namespace: cluster.metadata?.namespace ?? 'default' }],
    },
  ];
}

/**
 * Every object the cluster owns except the ring ConfigMap (created once, separately) — in apply order: access
 * first, so pods never start without their permissions. The StatefulSets' replicas here are the spec's; the
 * reconciler keeps the observed count while a scale-down is still flushing (see rollout.ts).
 */
export function desiredObjects(cluster: IngesterCluster): KubernetesObject[] {
  const n = names(cluster.metadata?.name ?? '');
  return [
    ...ringAccess(cluster, n.ingesterAccount, true),
    ...ringAccess(cluster, n.readerAccount, false),
    compactorAccount(cluster),
    service(cluster, n.headless, 'ingester', true),
    service(cluster, n.client, 'ingester', false),
    service(cluster, n.distributor, 'distributor', false),
    service(cluster, n.querier, 'querier', false),
    pdb(cluster),
    ...ingesterGroups(cluster).map((group) => ingesterStatefulSet(cluster, group)),
    roleDeployment(cluster, 'distributor', cluster.spec.distributor.replicas),
    roleDeployment(cluster, 'querier', cluster.spec.querier.replicas),
    compactorDeployment(cluster),
  ];
}
