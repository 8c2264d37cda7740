// Request bodies in Kubernetes' protobuf encoding (`application/vnd.kubernetes.protobuf`), which kubectl's
// typed clients send for built-in kinds (`kubectl create configmap|secret|namespace|serviceaccount|role…`,
// `kubectl auth can-i`, `kubectl create token`, `kubectl drain`'s evictions). The body is the magic
// "k8s\0" and a runtime.Unknown envelope {typeMeta{apiVersion, kind}, raw}; `raw` is decoded here with a
// table of the k8s.io/api field numbers of the kinds listed below, into the JSON form the server works on.
// Responses are always JSON: every client that sends protobuf also accepts JSON.
import { StatusError } from './status.ts';

type FieldType = 'string' | 'bytes' | 'int' | 'bool' | 'time' | 'intstr' | 'quantity' | 'mapss' | 'mapsb' | 'mapsq' | 'skip' | { msg: string };
interface Field { name: string; type: FieldType; repeated?: boolean; omitZero?: boolean }
type MessageSchema = Record<number, Field>;

const f = (name: string, type: FieldType, repeated = false): Field => ({ name, type, repeated });
const m = (msg: string): { msg: string } => ({ msg });

const SCHEMAS: Record<string, MessageSchema> = {
  Unknown: { 1: f('typeMeta', m('TypeMeta')), 2: f('raw', 'bytes'), 3: f('contentEncoding', 'string'), 4: f('contentType', 'string') },
  TypeMeta: { 1: f('apiVersion', 'string'), 2: f('kind', 'string') },
  ObjectMeta: {
    1: f('name', 'string'), 2: f('generateName', 'string'), 3: f('namespace', 'string'), 4: f('selfLink', 'string'), 5: f('uid', 'string'), 6: f('resourceVersion', 'string'),
    7: { name: 'generation', type: 'int', omitZero: true }, 8: f('creationTimestamp', 'time'), 9: f('deletionTimestamp', 'time'), 10: f('deletionGracePeriodSeconds', 'int'), 11: f('labels', 'mapss'),
    12: f('annotations', 'mapss'), 13: f('ownerReferences', m('OwnerReference'), true), 14: f('finalizers', 'string', true),
  },
  OwnerReference: { 1: f('kind', 'string'), 3: f('name', 'string'), 4: f('uid', 'string'), 5: f('apiVersion', 'string'), 6: f('controller', 'bool'), 7: f('blockOwnerDeletion', 'bool') },
  LocalObjectReference: { 1: f('name', 'string') },
  ObjectReference: { 1: f('kind', 'string'), 2: f('namespace', 'string'), 3: f('name', 'string'), 4: f('uid', 'string'), 5: f('apiVersion', 'string'), 6: f('resourceVersion', 'string'), 7: f('fieldPath', 'string') },
  ConfigMap: { 1: f('metadata', m('ObjectMeta')), 2: f('data', 'mapss'), 3: f('binaryData', 'mapsb'), 4: f('immutable', 'bool') },
  Secret: { 1: f('metadata', m('ObjectMeta')), 2: f('data', 'mapsb'), 3: f('type', 'string'), 4: f('stringData', 'mapss'), 5: f('immutable', 'bool') },
  Namespace: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('NamespaceSpec')) },
  NamespaceSpec: { 1: f('finalizers', 'string', true) },
  ServiceAccount: { 1: f('metadata', m('ObjectMeta')), 2: f('secrets', m('ObjectReference'), true), 3: f('imagePullSecrets', m('LocalObjectReference'), true), 4: f('automountServiceAccountToken', 'bool') },
  Role: { 1: f('metadata', m('ObjectMeta')), 2: f('rules', m('PolicyRule'), true) },
  ClusterRole: { 1: f('metadata', m('ObjectMeta')), 2: f('rules', m('PolicyRule'), true) },
  PolicyRule: { 1: f('verbs', 'string', true), 2: f('apiGroups', 'string', true), 3: f('resources', 'string', true), 4: f('resourceNames', 'string', true), 5: f('nonResourceURLs', 'string', true) },
  RoleBinding: { 1: f('metadata', m('ObjectMeta')), 2: f('subjects', m('Subject'), true), 3: f('roleRef', m('RoleRef')) },
  ClusterRoleBinding: { 1: f('metadata', m('ObjectMeta')), 2: f('subjects', m('Subject'), true), 3: f('roleRef', m('RoleRef')) },
  Subject: { 1: f('kind', 'string'), 2: f('apiGroup', 'string'), 3: f('name', 'string'), 4: f('namespace', 'string') },
  RoleRef: { 1: f('apiGroup', 'string'), 2: f('kind', 'string'), 3: f('name', 'string') },
  SelfSubjectAccessReview: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('SelfSubjectAccessReviewSpec')) },
  SelfSubjectAccessReviewSpec: { 1: f('resourceAttributes', m('ResourceAttributes')), 2: f('nonResourceAttributes', m('NonResourceAttributes')) },
  SubjectAccessReview: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('SubjectAccessReviewSpec')) },
  SubjectAccessReviewSpec: { 1: f('resourceAttributes', m('ResourceAttributes')), 2: f('nonResourceAttributes', m('NonResourceAttributes')), 3: f('user', 'string'), 4: f('groups', 'string', true), 6: f('uid', 'string') },
  ResourceAttributes: { 1: f('namespace', 'string'), 2: f('verb', 'string'), 3: f('group', 'string'), 4: f('version', 'string'), 5: f('resource', 'string'), 6: f('subresource', 'string'), 7: f('name', 'string') },
  NonResourceAttributes: { 1: f('path', 'string'), 2: f('verb', 'string') },
  SelfSubjectReview: { 1: f('metadata', m('ObjectMeta')) },
  SelfSubjectRulesReview: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('SelfSubjectRulesReviewSpec')), 3: f('status', 'skip') },
  SelfSubjectRulesReviewSpec: { 1: f('namespace', 'string') },
  TokenRequest: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('TokenRequestSpec')) },
  TokenRequestSpec: { 1: f('audiences', 'string', true), 3: f('boundObjectRef', m('BoundObjectReference')), 4: f('expirationSeconds', 'int') },
  BoundObjectReference: { 1: f('kind', 'string'), 2: f('apiVersion', 'string'), 3: f('name', 'string'), 4: f('uID', 'string') },
  Eviction: { 1: f('metadata', m('ObjectMeta')), 2: f('deleteOptions', m('DeleteOptions')) },
  DeleteOptions: { 1: f('gracePeriodSeconds', 'int'), 2: f('preconditions', m('Preconditions')), 3: f('orphanDependents', 'bool'), 4: f('propagationPolicy', 'string'), 5: f('dryRun', 'string', true) },
  Preconditions: { 1: f('uid', 'string'), 2: f('resourceVersion', 'string') },
  Scale: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('ScaleSpec')) },
  ScaleSpec: { 1: f('replicas', 'int') },
  Time: { 1: f('seconds', 'int'), 2: f('nanos', 'int') },
  IntOrString: { 1: f('type', 'int'), 2: f('intVal', 'int'), 3: f('strVal', 'string') },
  Quantity: { 1: f('string', 'string') },
  // The kinds `kubectl create deployment|service|job|pdb` send, with the fields those generators set
  // (a non-empty field outside this table is refused with 415 rather than dropped).
  Deployment: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('DeploymentSpec')), 3: f('status', 'skip') },
  DeploymentSpec: {
    1: f('replicas', 'int'), 2: f('selector', m('LabelSelector')), 3: f('template', m('PodTemplateSpec')), 4: f('strategy', m('DeploymentStrategy')), 5: { name: 'minReadySeconds', type: 'int', omitZero: true },
    6: f('revisionHistoryLimit', 'int'), 7: { name: 'paused', type: 'bool', omitZero: true }, 9: f('progressDeadlineSeconds', 'int'),
  },
  DeploymentStrategy: { 1: f('type', 'string'), 2: f('rollingUpdate', m('RollingUpdateDeployment')) },
  RollingUpdateDeployment: { 1: f('maxUnavailable', 'intstr'), 2: f('maxSurge', 'intstr') },
  Job: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('JobSpec')), 3: f('status', 'skip') },
  JobSpec: {
    1: f('parallelism', 'int'), 2: f('completions', 'int'), 3: f('activeDeadlineSeconds', 'int'), 4: f('selector', m('LabelSelector')), 5: f('manualSelector', 'bool'), 6: f('template', m('PodTemplateSpec')),
    7: f('backoffLimit', 'int'), 8: f('ttlSecondsAfterFinished', 'int'), 9: f('completionMode', 'string'), 10: f('suspend', 'bool'),
  },
  PodTemplateSpec: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('PodSpec')) },
  PodSpec: {
    2: f('containers', m('Container'), true), 3: f('restartPolicy', 'string'), 4: f('terminationGracePeriodSeconds', 'int'), 5: f('activeDeadlineSeconds', 'int'), 6: f('dnsPolicy', 'string'),
    7: f('nodeSelector', 'mapss'), 8: f('serviceAccountName', 'string'), 9: f('serviceAccount', 'string'), 10: f('nodeName', 'string'), 11: { name: 'hostNetwork', type: 'bool', omitZero: true }, 12: { name: 'hostPID', type: 'bool', omitZero: true },
    13: { name: 'hostIPC', type: 'bool', omitZero: true }, 15: f('imagePullSecrets', m('LocalObjectReference'), true), 16: f('hostname', 'string'), 17: f('subdomain', 'string'), 19: f('schedulerName', 'string'),
    20: f('initContainers', m('Container'), true), 24: f('priorityClassName', 'string'),
  },
  Container: {
    1: f('name', 'string'), 2: f('image', 'string'), 3: f('command', 'string', true), 4: f('args', 'string', true), 5: f('workingDir', 'string'), 6: f('ports', m('ContainerPort'), true),
    7: f('env', m('EnvVar'), true), 8: f('resources', m('ResourceRequirements')), 13: f('terminationMessagePath', 'string'), 14: f('imagePullPolicy', 'string'), 16: { name: 'stdin', type: 'bool', omitZero: true },
    17: { name: 'stdinOnce', type: 'bool', omitZero: true }, 18: { name: 'tty', type: 'bool', omitZero: true }, 20: f('terminationMessagePolicy', 'string'),
  },
  ContainerPort: { 1: f('name', 'string'), 2: { name: 'hostPort', type: 'int', omitZero: true }, 3: f('containerPort', 'int'), 4: f('protocol', 'string'), 5: f('hostIP', 'string') },
  EnvVar: { 1: f('name', 'string'), 2: f('value', 'string') },
  ResourceRequirements: { 1: f('limits', 'mapsq'), 2: f('requests', 'mapsq') },
  LabelSelector: { 1: f('matchLabels', 'mapss'), 2: f('matchExpressions', m('LabelSelectorRequirement'), true) },
  LabelSelectorRequirement: { 1: f('key', 'string'), 2: f('operator', 'string'), 3: f('values', 'string', true) },
  PodDisruptionBudget: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('PodDisruptionBudgetSpec')), 3: f('status', 'skip') },
  PodDisruptionBudgetSpec: { 1: f('minAvailable', 'intstr'), 2: f('selector', m('LabelSelector')), 3: f('maxUnavailable', 'intstr'), 4: f('unhealthyPodEvictionPolicy', 'string') },
  Service: { 1: f('metadata', m('ObjectMeta')), 2: f('spec', m('ServiceSpec')), 3: f('status', 'skip') },
  ServiceSpec: {
    1: f('ports', m('ServicePort'), true), 2: f('selector', 'mapss'), 3: f('clusterIP', 'string'), 4: f('type', 'string'), 5: f('externalIPs', 'string', true), 7: f('sessionAffinity', 'string'),
    8: f('loadBalancerIP', 'string'), 10: f('externalName', 'string'), 11: f('externalTrafficPolicy', 'string'), 12: { name: 'healthCheckNodePort', type: 'int', omitZero: true }, 13: { name: 'publishNotReadyAddresses', type: 'bool', omitZero: true },
  },
  ServicePort: { 1: f('name', 'string'), 2: f('protocol', 'string'), 3: f('port', 'int'), 4: f('targetPort', 'intstr'), 5: { name: 'nodePort', type: 'int', omitZero: true }, 6: f('appProtocol', 'string') },
};

/** Whether an unknown field holds nothing but zero values (Go writes every non-pointer field). */
function isZero(fld: RawField): boolean {
  if (typeof fld.value === 'number') return fld.value === 0;
  if (fld.value.length === 0) return true;
  if (fld.wire !== 2) return fld.value.every((b) => b === 0);
  try {
    return fields(fld.value).every(isZero);
  } catch {
    return false;
  }
}

const TOP_LEVEL_KINDS = ['ConfigMap', 'Secret', 'Namespace', 'ServiceAccount', 'Service', 'Deployment', 'Job', 'PodDisruptionBudget', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding',
  'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview', 'SelfSubjectReview', 'TokenRequest', 'Eviction', 'DeleteOptions', 'Scale'];

export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';
const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer, readonly end = buf.length) {}
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new Error('truncated varint');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
    }
  }
}

interface RawField { no: number; wire: number; value: number | Buffer }

function fields(buf: Buffer): RawField[] {
  const r = new Reader(buf);
  const out: RawField[] = [];
  while (r.pos < r.end) {
    const key = r.varint();
    const no = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) out.push({ no, wire, value: r.varint() });
    else if (wire === 2) {
      const len = r.varint();
      if (r.pos + len > r.end) throw new Error('truncated field');
      out.push({ no, wire, value: buf.subarray(r.pos, r.pos + len) });
      r.pos += len;
    } else if (wire === 1) {
      out.push({ no, wire, value: buf.subarray(r.pos, r.pos + 8) });
      r.pos += 8;
    } else if (wire === 5) {
      out.push({ no, wire, value: buf.subarray(r.pos, r.pos + 4) });
      r.pos += 4;
    } else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

function toSigned(n: number): number {
  return n >= 2 ** 63 ? n - 2 ** 64 : n;
}

function decodeMessage(name: string, buf: Buffer): Record<string, unknown> {
  const schema = SCHEMAS[name];
  if (!schema) throw new Error(`no schema for ${name}`);
  const out: Record<string, unknown> = {};
  for (const fld of fields(buf)) {
    const def = schema[fld.no];
    if (!def) {
      if (isZero(fld)) continue;
      throw new StatusError(415, 'UnsupportedMediaType', `the test API server cannot decode field ${fld.no} of protobuf ${name}; send this object as application/json`);
    }
    if (def.type === 'skip') continue;
    let value: unknown;
    const asBuf = (): Buffer => (Buffer.isBuffer(fld.value) ? fld.value : Buffer.alloc(0));
    switch (def.type) {
      case 'string':
        value = asBuf().toString('utf8');
        break;
      case 'bytes':
        value = asBuf();
        break;
      case 'int':
        value = toSigned(fld.value as number);
        break;
      case 'bool':
        value = fld.value === 1;
        break;
      case 'time': {
        const t = decodeMessage('Time', asBuf());
        if (!t.seconds && !t.nanos) continue; // the zero time is Go's null
        value = new Date(Number(t.seconds) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
        break;
      }
      case 'intstr': {
        const v = decodeMessage('IntOrString', asBuf());
        value = v.type === 1 ? (v.strVal ?? '') : (v.intVal ?? 0);
        break;
      }
      case 'quantity':
        value = decodeMessage('Quantity', asBuf()).string ?? '0';
        break;
      case 'mapsq': {
        const entry = fields(asBuf());
        const k = entry.find((e) => e.no === 1)?.value;
        const v = entry.find((e) => e.no === 2)?.value;
        const map = (out[def.name] ??= {}) as Record<string, string>;
        map[Buffer.isBuffer(k) ? k.toString('utf8') : ''] = Buffer.isBuffer(v) ? String(decodeMessage('Quantity', v).string ?? '0') : '0';
        continue;
      }
      case 'mapss':
      case 'mapsb': {
        const entry = fields(asBuf());
        const k = entry.find((e) => e.no === 1)?.value;
        const v = entry.find((e) => e.no === 2)?.value;
        const map = (out[def.name] ??= {}) as Record<string, string>;
        const key = Buffer.isBuffer(k) ? k.toString('utf8') : '';
        const val = Buffer.isBuffer(v) ? v : Buffer.alloc(0);
        map[key] = def.type === 'mapss' ? val.toString('utf8') : val.toString('base64');
        continue;
      }
      default:
        value = decodeMessage(def.type.msg, asBuf());
    }
    // Go's zero strings are written on the wire but omitted (omitempty) in JSON.
    if (value === '' && !def.repeated) continue;
    if ((value === 0 || value === false) && def.omitZero) continue;
    if (def.repeated) ((out[def.name] ??= []) as unknown[]).push(value);
    else out[def.name] = value;
  }
  return out;
}

/** Decodes a protobuf request body into the object's JSON form; 415 for kinds outside the table. */
export function decodeProtobufBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  if (!body.subarray(0, 4).equals(MAGIC)) throw new StatusError(400, 'BadRequest', 'provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]');
  let envelope: Record<string, unknown>;
  try {
    envelope = decodeMessage('Unknown', body.subarray(4));
  } catch (err) {
    throw new StatusError(400, 'BadRequest', `unable to decode protobuf envelope: ${(err as Error).message}`);
  }
  const typeMeta = (envelope.typeMeta ?? {}) as { apiVersion?: string; kind?: string };
  const kind = typeMeta.kind ?? '';
  if (!TOP_LEVEL_KINDS.includes(kind)) {
    throw new StatusError(415, 'UnsupportedMediaType', `the test API server decodes protobuf bodies only for ${TOP_LEVEL_KINDS.join(', ')}; send ${kind || 'this kind'} as application/json`);
  }
  const raw = envelope.raw as Buffer | undefined;
  try {
    const obj = decodeMessage(kind, raw ?? Buffer.alloc(0));
    return kind === 'DeleteOptions' ? obj : { apiVersion: typeMeta.apiVersion, kind, ...obj };
  } catch (err) {
    if (err instanceof StatusError) throw err;
    throw new StatusError(400, 'BadRequest', `unable to decode protobuf ${kind}: ${(err as Error).message}`);
  }
}
