// Defaults and the few validations of built-in kinds that clients depend on (kube-apiserver's type
// strategies, reduced to what our controllers and tests observe).
import { matchesRequirements, selectorObjectRequirements, type LabelSelectorObject } from './selectors.ts';
import type { FieldError } from './status.ts';
import type { KubeObject, ResourceType } from './types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

let nextClusterIp = 1;

export function applyBuiltinDefaults(t: ResourceType, o: KubeObject, old: KubeObject | undefined): KubeObject {
  if (t.crd) return o;
  const key = `${t.group}/${t.kind}`;
  switch (key) {
    case '/Namespace': {
      const labels = { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': o.metadata.name! };
      const spec = { finalizers: ['kubernetes'], ...obj(o.spec) };
      const status = old ? obj(o.status) : { phase: 'Active' };
      return { ...o, metadata: { ...o.metadata, labels }, spec, status: { phase: 'Active', ...status } };
    }
    case '/Pod': {
      const spec = obj(o.spec);
      const next: Obj = { restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler', serviceAccountName: 'default', ...spec };
      if (Array.isArray(spec.containers)) next.containers = spec.containers.map((c) => ({ terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent', ...obj(c) }));
      const status = old ? o.status : { phase: 'Pending', qosClass: qosClass(next), ...obj(o.status) };
      return { ...o, spec: next, status };
    }
    case '/Service': {
      const spec: Obj = { type: 'ClusterIP', sessionAffinity: 'None', ...obj(o.spec) };
      if (!spec.clusterIP) {
        const oldIp = obj(old?.spec).clusterIP;
        spec.clusterIP = typeof oldIp === 'string' ? oldIp : `10.96.${Math.floor(nextClusterIp / 250)}.${(nextClusterIp++ % 250) + 1}`;
      }
      if (!spec.clusterIPs) spec.clusterIPs = [spec.clusterIP];
      if (Array.isArray(spec.ports)) spec.ports = spec.ports.map((p) => ({ protocol: 'TCP', ...obj(p), targetPort: obj(p).targetPort ?? obj(p).port }));
      return { ...o, spec, status: o.status ?? { loadBalancer: {} } };
    }
    case '/Secret': {
      // stringData is write-only: merged into data (base64) and never stored.
      const { stringData, ...rest } = o as KubeObject & { stringData?: Record<string, string> };
      const data = { ...obj(rest.data) } as Record<string, string>;
      for (const [k, v] of Object.entries(stringData ?? {})) data[k] = Buffer.from(String(v)).toString('base64');
      const out: KubeObject = { ...rest, type: rest.type ?? 'Opaque' };
      if (Object.keys(data).length) out.data = data;
      return out;
    }
    case '/PersistentVolumeClaim':
      return old ? o : { ...o, status: { phase: 'Pending', ...obj(o.status) } };
    case 'apps/StatefulSet': {
      const spec: Obj = {
        replicas: 1,
        podManagementPolicy: 'OrderedReady',
        revisionHistoryLimit: 10,
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
        ...obj(o.spec),
      };
      // Defaulted field by field, as kube-apiserver does: a given `{type: RollingUpdate}` still gets partition 0.
      const updateStrategy: Obj = { type: 'RollingUpdate', ...obj(spec.updateStrategy) };
      if (updateStrategy.type === 'RollingUpdate') updateStrategy.rollingUpdate = { partition: 0, ...obj(updateStrategy.rollingUpdate) };
      return { ...o, spec: { ...spec, updateStrategy } };
    }
    case 'apps/Deployment': {
      const spec: Obj = { replicas: 1, revisionHistoryLimit: 10, progressDeadlineSeconds: 600, ...obj(o.spec) };
      const strategy: Obj = { type: 'RollingUpdate', ...obj(spec.strategy) };
      if (strategy.type === 'RollingUpdate') strategy.rollingUpdate = { maxUnavailable: '25%', maxSurge: '25%', ...obj(strategy.rollingUpdate) };
      return { ...o, spec: { ...spec, strategy } };
    }
    case 'apps/ReplicaSet':
      return { ...o, spec: { replicas: 1, ...obj(o.spec) } };
    case 'policy/PodDisruptionBudget':
      return old ? o : { ...o, status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0, ...obj(o.status) } };
    case 'apiextensions.k8s.io/CustomResourceDefinition':
      return old ? o : { ...o, status: { conditions: [], acceptedNames: { kind: '', plural: '' }, storedVersions: [] } };
    default:
      return o;
  }
}

export function validateBuiltin(t: ResourceType, o: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const key = `${t.group}/${t.kind}`;
  const spec = obj(o.spec);
  if (key === '/Pod' && !old) {
    if (!Array.isArray(spec.containers) || spec.containers.length === 0) errors.push({ type: 'FieldValueRequired', field: 'spec.containers' });
    else
      spec.containers.forEach((c, i) => {
        if (!obj(c).name) errors.push({ type: 'FieldValueRequired', field: `spec.containers[${i}].name` });
        if (!obj(c).image) errors.push({ type: 'FieldValueRequired', field: `spec.containers[${i}].image` });
      });
  }
  if (key === '/Pod' && !old) errors.push(...validatePodSpecNames(o.spec, 'spec'));
  if (['apps/StatefulSet', 'apps/Deployment', 'apps/ReplicaSet', 'apps/DaemonSet', 'batch/Job'].includes(key)) errors.push(...validatePodSpecNames(obj(spec.template).spec, 'spec.template.spec'));
  if (key === '/Pod' && old) {
    // Pod specs are immutable but for a few fields; kube-apiserver lists the mutable ones in its message.
    const strip = (s: Obj): string => JSON.stringify({ ...s, activeDeadlineSeconds: undefined, tolerations: undefined, terminationGracePeriodSeconds: undefined, containers: (s.containers as Obj[] | undefined)?.map((c) => ({ ...c, image: undefined })) });
    if (strip(obj(old.spec)) !== strip(spec))
      errors.push({ type: 'FieldValueForbidden', field: 'spec', detail: 'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)' });
  }
  if ((key === 'apps/StatefulSet' || key === 'apps/Deployment' || key === 'apps/ReplicaSet') && typeof spec.replicas === 'number' && spec.replicas < 0)
    errors.push({ type: 'FieldValueInvalid', field: 'spec.replicas', value: spec.replicas, detail: 'must be greater than or equal to 0' });
  if (['apps/StatefulSet', 'apps/Deployment', 'apps/ReplicaSet', 'apps/DaemonSet'].includes(key)) {
    const selector = spec.selector as LabelSelectorObject | undefined;
    const templateLabels = obj(obj(obj(spec.template).metadata).labels) as Record<string, string>;
    if (!selector) errors.push({ type: 'FieldValueRequired', field: 'spec.selector' });
    else if (Object.keys(selector.matchLabels ?? {}).length + (selector.matchExpressions ?? []).length === 0)
      errors.push({ type: 'FieldValueInvalid', field: 'spec.selector', value: selector, detail: `empty selector is invalid for ${t.kind.toLowerCase()}` });
    else if (!matchesRequirements(selectorObjectRequirements(selector), templateLabels))
      errors.push({ type: 'FieldValueInvalid', field: 'spec.template.metadata.labels', value: templateLabels, detail: '`selector` does not match template `labels`' });
    if (old && selector && JSON.stringify(obj(old.spec).selector) !== JSON.stringify(selector))
      errors.push({ type: 'FieldValueInvalid', field: 'spec.selector', value: selector, detail: 'field is immutable' });
  }
  if (key === 'policy/PodDisruptionBudget' && spec.minAvailable !== undefined && spec.maxUnavailable !== undefined)
    errors.push({ type: 'FieldValueInvalid', field: 'spec', value: spec, detail: 'minAvailable and maxUnavailable cannot be both set' });
  if (key === 'apps/StatefulSet' && old) {
    const strip = (s: Obj): string => JSON.stringify({ ...s, replicas: undefined, template: undefined, updateStrategy: undefined, persistentVolumeClaimRetentionPolicy: undefined, minReadySeconds: undefined, ordinals: undefined, revisionHistoryLimit: undefined });
    if (strip(obj(old.spec)) !== strip(spec))
      errors.push({ type: 'FieldValueForbidden', field: 'spec', detail: "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden" });
  }
  if (key === '/ConfigMap' || key === '/Secret') {
    if (old && old.immutable === true && (JSON.stringify(old.data) !== JSON.stringify(o.data) || JSON.stringify(old.binaryData) !== JSON.stringify(o.binaryData)))
      errors.push({ type: 'FieldValueForbidden', field: 'data', detail: 'field is immutable when `immutable` is set' });
  }
  if (key === 'apiextensions.k8s.io/CustomResourceDefinition') {
    const names = obj(spec.names);
    const group = spec.group as string | undefined;
    if (!group) errors.push({ type: 'FieldValueRequired', field: 'spec.group' });
    if (!names.plural) errors.push({ type: 'FieldValueRequired', field: 'spec.names.plural' });
    if (!names.kind) errors.push({ type: 'FieldValueRequired', field: 'spec.names.kind' });
    if (group && names.plural && o.metadata.name !== `${names.plural}.${group}`)
      errors.push({ type: 'FieldValueInvalid', field: 'metadata.name', value: o.metadata.name, detail: `must be spec.names.plural+"."+spec.group` });
    const versions = spec.versions;
    if (!Array.isArray(versions) || versions.length === 0) errors.push({ type: 'FieldValueInvalid', field: 'spec.versions', value: versions ?? null, detail: 'must have exactly one version marked as storage version' });
    else if (versions.filter((v) => obj(v).storage === true).length !== 1)
      errors.push({ type: 'FieldValueInvalid', field: 'spec.versions', value: versions, detail: 'must have exactly one version marked as storage version' });
    if (!['Namespaced', 'Cluster'].includes(spec.scope as string)) errors.push({ type: 'FieldValueNotSupported', field: 'spec.scope', value: spec.scope ?? '', supported: ['Cluster', 'Namespaced'] });
  }
  return errors;
}

/** The pod's QoS class as kube-apiserver computes it from container requests and limits. */
function qosClass(spec: Obj): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...(Array.isArray(spec.containers) ? spec.containers : []), ...(Array.isArray(spec.initContainers) ? spec.initContainers : [])].map(obj);
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const res = obj(c.resources);
    const requests = { ...obj(res.limits), ...obj(res.requests) } as Record<string, unknown>;
    const limits = obj(res.limits);
    if (Object.keys(obj(res.requests)).length || Object.keys(limits).length) any = true;
    for (const r of ['cpu', 'memory']) if (limits[r] === undefined || String(limits[r]) !== String(requests[r])) guaranteed = false;
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

// ObjectMeta's labels and annotations, validated for every kind (custom resources too) as
// k8s.io/apimachinery/pkg/api/validation (ValidateLabels, ValidateAnnotations) does with the messages of
// pkg/util/validation/validation.go (IsQualifiedName, IsValidLabelValue, RegexError, MaxLenError).
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const regexError = (msg: string, fmt: string, ...examples: string[]): string => `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
const QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';

export function qualifiedNameErrors(name: string): string[] {
  const parts = name.split('/');
  let local: string;
  const errs: string[] = [];
  if (parts.length === 1) local = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    local = parts[1]!;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else {
      if (prefix.length > 253) errs.push('prefix part must be no more than 253 characters');
      if (!DNS1123_SUBDOMAIN.test(prefix))
        errs.push(`prefix part ${regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*', 'example.com')}`);
    }
  } else return [`a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  if (local.length === 0) errs.push('name part must be non-empty');
  else if (local.length > 63) errs.push('name part must be no more than 63 characters');
  if (local.length && !QUALIFIED_NAME.test(local)) errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

export function validateObjectMetaMaps(o: KubeObject): FieldError[] {
  const errors: FieldError[] = [];
  for (const [k, v] of Object.entries(o.metadata.labels ?? {})) {
    for (const msg of qualifiedNameErrors(k)) errors.push({ type: 'FieldValueInvalid', field: 'metadata.labels', value: k, detail: msg });
    const value = String(v);
    if (value.length > 63) errors.push({ type: 'FieldValueInvalid', field: 'metadata.labels', value, detail: 'must be no more than 63 characters' });
    if (!LABEL_VALUE.test(value))
      errors.push({ type: 'FieldValueInvalid', field: 'metadata.labels', value, detail: regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?', 'MyValue', 'my_value', '12345') });
  }
  let size = 0;
  for (const [k, v] of Object.entries(o.metadata.annotations ?? {})) {
    for (const msg of qualifiedNameErrors(k.toLowerCase())) errors.push({ type: 'FieldValueInvalid', field: 'metadata.annotations', value: k, detail: msg });
    size += k.length + String(v).length;
  }
  if (size > 256 * 1024) errors.push({ type: 'FieldValueTooLong', field: 'metadata.annotations', detail: `must have at most ${256 * 1024} bytes` });
  return errors;
}

// Container and port names in a pod spec (Pods and workload templates), as pkg/apis/core/validation
// (validateContainers: names are DNS-1123 labels and unique; validateContainerPorts: names are IANA_SVC_NAMEs)
// with apimachinery's messages (IsDNS1123Label, IsValidPortName).
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

function portNameErrors(port: string): string[] {
  const errs: string[] = [];
  if (port.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

export function validatePodSpecNames(spec: unknown, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const s = obj(spec);
  const seen = new Set<string>();
  for (const field of ['initContainers', 'containers'] as const) {
    const containers = Array.isArray(s[field]) ? (s[field] as unknown[]).map(obj) : [];
    containers.forEach((c, i) => {
      const at = `${path}.${field}[${i}]`;
      const name = typeof c.name === 'string' ? c.name : '';
      if (name) {
        if (name.length > 63) errors.push({ type: 'FieldValueInvalid', field: `${at}.name`, value: name, detail: 'must be no more than 63 characters' });
        if (!DNS1123_LABEL.test(name)) errors.push({ type: 'FieldValueInvalid', field: `${at}.name`, value: name, detail: DNS1123_LABEL_MSG });
        if (seen.has(name)) errors.push({ type: 'FieldValueDuplicate', field: `${at}.name`, value: name });
        seen.add(name);
      }
      (Array.isArray(c.ports) ? c.ports.map(obj) : []).forEach((p, j) => {
        if (typeof p.name === 'string' && p.name) for (const msg of portNameErrors(p.name)) errors.push({ type: 'FieldValueInvalid', field: `${at}.ports[${j}].name`, value: p.name, detail: msg });
      });
    });
  }
  return errors;
}
