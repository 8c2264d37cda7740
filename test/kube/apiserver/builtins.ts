// The built-in resource types the server serves, with the names, scopes and subresources of kube-apiserver 1.32.
import { eventsV1View } from './events.ts';
import type { ResourceType } from './types.ts';

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

interface Def {
  plural: string;
  kind: string;
  namespaced?: boolean;
  short?: string[];
  categories?: string[];
  status?: boolean;
  scale?: boolean;
  generation?: boolean;
  extra?: string[];
  verbs?: string[];
}

function group(group: string, version: string, defs: Def[]): ResourceType[] {
  return defs.map((d) => ({
    group,
    version,
    versions: [version],
    kind: d.kind,
    listKind: `${d.kind}List`,
    plural: d.plural,
    singular: d.kind.toLowerCase(),
    namespaced: d.namespaced ?? true,
    shortNames: d.short ?? [],
    categories: d.categories ?? [],
    verbs: d.verbs ?? RW,
    status: d.status ?? false,
    scale: d.scale ? { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.status.selector' } : undefined,
    generation: d.generation ?? false,
    extraSubresources: d.extra ?? [],
  }));
}

export function builtinTypes(): ResourceType[] {
  return [
    ...group('', 'v1', [
      { plural: 'namespaces', kind: 'Namespace', namespaced: false, short: ['ns'], status: true, extra: ['finalize'], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
      { plural: 'pods', kind: 'Pod', short: ['po'], categories: ['all'], status: true, extra: ['eviction', 'binding', 'log'] },
      { plural: 'services', kind: 'Service', short: ['svc'], categories: ['all'], status: true },
      { plural: 'endpoints', kind: 'Endpoints', short: ['ep'] },
      { plural: 'configmaps', kind: 'ConfigMap', short: ['cm'] },
      { plural: 'secrets', kind: 'Secret' },
      { plural: 'serviceaccounts', kind: 'ServiceAccount', short: ['sa'], extra: ['token'] },
      { plural: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', short: ['pvc'], status: true },
      { plural: 'persistentvolumes', kind: 'PersistentVolume', namespaced: false, short: ['pv'], status: true },
      { plural: 'events', kind: 'Event', short: ['ev'] },
      { plural: 'nodes', kind: 'Node', namespaced: false, short: ['no'], status: true },
    ]),
    ...group('apps', 'v1', [
      { plural: 'statefulsets', kind: 'StatefulSet', short: ['sts'], categories: ['all'], status: true, scale: true, generation: true },
      { plural: 'deployments', kind: 'Deployment', short: ['deploy'], categories: ['all'], status: true, scale: true, generation: true },
      { plural: 'replicasets', kind: 'ReplicaSet', short: ['rs'], categories: ['all'], status: true, scale: true, generation: true },
      { plural: 'daemonsets', kind: 'DaemonSet', short: ['ds'], categories: ['all'], status: true, generation: true },
      { plural: 'controllerrevisions', kind: 'ControllerRevision' },
    ]),
    ...group('batch', 'v1', [
      { plural: 'jobs', kind: 'Job', categories: ['all'], status: true, generation: true },
      { plural: 'cronjobs', kind: 'CronJob', short: ['cj'], categories: ['all'], status: true, generation: true },
    ]),
    ...group('autoscaling', 'v2', [{ plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', short: ['hpa'], categories: ['all'], status: true }]),
    ...group('discovery.k8s.io', 'v1', [{ plural: 'endpointslices', kind: 'EndpointSlice' }]),
    ...group('networking.k8s.io', 'v1', [
      { plural: 'networkpolicies', kind: 'NetworkPolicy', short: ['netpol'], generation: true },
      { plural: 'ingresses', kind: 'Ingress', short: ['ing'], status: true, generation: true },
    ]),
    ...group('storage.k8s.io', 'v1', [{ plural: 'storageclasses', kind: 'StorageClass', namespaced: false, short: ['sc'] }]),
    ...group('scheduling.k8s.io', 'v1', [{ plural: 'priorityclasses', kind: 'PriorityClass', namespaced: false, short: ['pc'] }]),
    ...group('policy', 'v1', [{ plural: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', short: ['pdb'], status: true, generation: true }]),
    ...group('coordination.k8s.io', 'v1', [{ plural: 'leases', kind: 'Lease' }]),
    ...group('events.k8s.io', 'v1', [{ plural: 'events', kind: 'Event', short: ['ev'] }]).map((t) => ({ ...t, storedAs: eventsV1View })),
    ...group('rbac.authorization.k8s.io', 'v1', [
      { plural: 'roles', kind: 'Role' },
      { plural: 'rolebindings', kind: 'RoleBinding' },
      { plural: 'clusterroles', kind: 'ClusterRole', namespaced: false },
      { plural: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
    ]),
    ...group('apiextensions.k8s.io', 'v1', [
      { plural: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false, short: ['crd', 'crds'], categories: ['api-extensions'], status: true, generation: true },
    ]),
    ...group('authorization.k8s.io', 'v1', [
      { plural: 'selfsubjectaccessreviews', kind: 'SelfSubjectAccessReview', namespaced: false, verbs: ['create'] },
      { plural: 'selfsubjectrulesreviews', kind: 'SelfSubjectRulesReview', namespaced: false, verbs: ['create'] },
      { plural: 'subjectaccessreviews', kind: 'SubjectAccessReview', namespaced: false, verbs: ['create'] },
    ]),
    ...group('authentication.k8s.io', 'v1', [
      { plural: 'selfsubjectreviews', kind: 'SelfSubjectReview', namespaced: false, verbs: ['create'] },
      { plural: 'tokenreviews', kind: 'TokenReview', namespaced: false, verbs: ['create'] },
    ]),
  ];
}

/** Resources that are requests answered at once, never stored (reviews). */
export const VIRTUAL_RESOURCES = new Set(['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'subjectaccessreviews', 'selfsubjectreviews', 'tokenreviews']);
