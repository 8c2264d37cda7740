// Pod Security admission (k8s.io/pod-security-admission), the parts a namespace labelled
// `pod-security.kubernetes.io/enforce|warn: baseline|restricted` meets:
// - enforce: a Pod that violates the level is refused at create with 403
//   `pods "x" is forbidden: violates PodSecurity "restricted:latest": <reason> (<detail>), ...`
//   (admission/admission.go, EvaluatePod and forbiddenResponse);
// - warn: Pods and the pod templates of workload resources get a Warning
//   `would violate PodSecurity "restricted:latest": ...`; templates are never refused (enforce applies to Pods).
// Checks run in the registry's order (policy/registry.go: baseline checks, then restricted ones, each in the
// order their files register them) and the message joins `reason (detail)` with ", "
// (policy.AggregateCheckResults). Checks implemented: baseline hostNamespaces, hostPorts, privileged;
// restricted allowPrivilegeEscalation, capabilities_restricted, restrictedVolumes, runAsNonRoot, runAsUser,
// seccompProfile_restricted (policy/check_*.go).
import type { KubeObject } from './types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);

interface Violation { reason: string; detail: string }
type Level = 'privileged' | 'baseline' | 'restricted';

const joinQuote = (items: string[]): string => items.map((i) => JSON.stringify(i)).join(', ');
const plural = (one: string, many: string, n: number): string => (n === 1 ? one : many);

/** initContainers, containers, ephemeralContainers (policy/visitor.go, visitContainers). */
function containers(spec: Obj): Obj[] {
  return [...list(spec.initContainers), ...list(spec.containers), ...list(spec.ephemeralContainers)];
}

const sc = (c: Obj): Obj => obj(c.securityContext);
const name = (c: Obj): string => String(c.name ?? '');

function hostNamespaces(spec: Obj): Violation | undefined {
  const set = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((k) => spec[k] === true).map((k) => `${k}=true`);
  return set.length ? { reason: 'host namespaces', detail: set.join(', ') } : undefined;
}

function hostPorts(spec: Obj): Violation | undefined {
  const names: string[] = [];
  const ports: number[] = [];
  for (const c of containers(spec)) {
    const used = list(c.ports).map((p) => Number(p.hostPort ?? 0)).filter((p) => p !== 0);
    if (used.length) {
      names.push(name(c));
      ports.push(...used);
    }
  }
  if (!names.length) return undefined;
  return { reason: 'hostPort', detail: `${plural('container', 'containers', names.length)} ${joinQuote(names)} ${plural('uses', 'use', names.length)} ${plural('hostPort', 'hostPorts', ports.length)} ${ports.join(', ')}` };
}

function privileged(spec: Obj): Violation | undefined {
  const bad = containers(spec).filter((c) => sc(c).privileged === true).map(name);
  return bad.length ? { reason: 'privileged', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.privileged=true` } : undefined;
}

function allowPrivilegeEscalation(spec: Obj): Violation | undefined {
  const bad = containers(spec).filter((c) => sc(c).allowPrivilegeEscalation !== false).map(name);
  return bad.length ? { reason: 'allowPrivilegeEscalation != false', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} must set securityContext.allowPrivilegeEscalation=false` } : undefined;
}

function capabilitiesRestricted(spec: Obj): Violation | undefined {
  const missingDropAll: string[] = [];
  const adding: string[] = [];
  const forbidden = new Set<string>();
  for (const c of containers(spec)) {
    const caps = sc(c).capabilities;
    if (!caps || typeof caps !== 'object') {
      missingDropAll.push(name(c));
      continue;
    }
    const { drop, add } = caps as { drop?: unknown; add?: unknown };
    if (!(Array.isArray(drop) && drop.includes('ALL'))) missingDropAll.push(name(c));
    const extra = (Array.isArray(add) ? add : []).filter((x) => x !== 'NET_BIND_SERVICE').map(String);
    if (extra.length) {
      adding.push(name(c));
      for (const x of extra) forbidden.add(x);
    }
  }
  const details: string[] = [];
  if (missingDropAll.length) details.push(`${plural('container', 'containers', missingDropAll.length)} ${joinQuote(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
  if (adding.length) details.push(`${plural('container', 'containers', adding.length)} ${joinQuote(adding)} must not include ${joinQuote([...forbidden].sort())} in securityContext.capabilities.add`);
  return details.length ? { reason: 'unrestricted capabilities', detail: details.join('; ') } : undefined;
}

const ALLOWED_VOLUME_TYPES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];

function restrictedVolumes(spec: Obj): Violation | undefined {
  const bad: string[] = [];
  const types = new Set<string>();
  for (const v of list(spec.volumes)) {
    const source = Object.keys(v).filter((k) => k !== 'name');
    if (source.some((k) => ALLOWED_VOLUME_TYPES.includes(k))) continue;
    bad.push(name(v));
    for (const k of source) types.add(k);
    if (!source.length) types.add('unknown');
  }
  if (!bad.length) return undefined;
  return { reason: 'restricted volume types', detail: `${plural('volume', 'volumes', bad.length)} ${joinQuote(bad)} ${plural('uses', 'use', bad.length)} ${plural('restricted volume type', 'restricted volume types', types.size)} ${joinQuote([...types].sort())}` };
}

/** The shape runAsNonRoot and seccompProfile share: pod-level setting, container override, implicit failures. */
function podOrContainers(spec: Obj, read: (s: Obj) => unknown, good: (v: unknown) => boolean): { badSetters: string[]; implicit: string[]; badValues: Set<string> } {
  const badSetters: string[] = [];
  const badValues = new Set<string>();
  const podValue = read(obj(spec.securityContext));
  let podOk = false;
  if (podValue !== undefined && podValue !== null) {
    if (good(podValue)) podOk = true;
    else {
      badSetters.push('pod');
      badValues.add(String(podValue));
    }
  }
  const explicit: string[] = [];
  const implicit: string[] = [];
  for (const c of containers(spec)) {
    const v = read(sc(c));
    if (v !== undefined && v !== null) {
      if (!good(v)) {
        explicit.push(name(c));
        badValues.add(String(v));
      }
    } else if (!podOk) implicit.push(name(c));
  }
  if (explicit.length) badSetters.push(`${plural('container', 'containers', explicit.length)} ${joinQuote(explicit)}`);
  return { badSetters, implicit, badValues };
}

function runAsNonRoot(spec: Obj): Violation | undefined {
  const r = podOrContainers(spec, (s) => s.runAsNonRoot, (v) => v === true);
  if (r.badSetters.length) return { reason: 'runAsNonRoot != true', detail: `${r.badSetters.join(' and ')} must not set securityContext.runAsNonRoot=false` };
  if (r.implicit.length) return { reason: 'runAsNonRoot != true', detail: `pod or ${plural('container', 'containers', r.implicit.length)} ${joinQuote(r.implicit)} must set securityContext.runAsNonRoot=true` };
  return undefined;
}

function runAsUser(spec: Obj): Violation | undefined {
  const bad: string[] = [];
  if (obj(spec.securityContext).runAsUser === 0) bad.push('pod');
  const cs = containers(spec).filter((c) => sc(c).runAsUser === 0).map(name);
  if (cs.length) bad.push(`${plural('container', 'containers', cs.length)} ${joinQuote(cs)}`);
  return bad.length ? { reason: 'runAsUser=0', detail: `${bad.join(' and ')} must not set runAsUser=0` } : undefined;
}

function seccompProfileRestricted(spec: Obj): Violation | undefined {
  const r = podOrContainers(spec, (s) => (s.seccompProfile ? obj(s.seccompProfile).type : undefined), (v) => v === 'RuntimeDefault' || v === 'Localhost');
  if (r.badSetters.length) return { reason: 'seccompProfile', detail: `${r.badSetters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote([...r.badValues].sort())}` };
  if (r.implicit.length) return { reason: 'seccompProfile', detail: `pod or ${plural('container', 'containers', r.implicit.length)} ${joinQuote(r.implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"` };
  return undefined;
}

const BASELINE = [hostNamespaces, hostPorts, privileged];
const RESTRICTED = [allowPrivilegeEscalation, capabilitiesRestricted, restrictedVolumes, runAsNonRoot, runAsUser, seccompProfileRestricted];

/** The violations of a pod spec at a level, in the order kube lists them. */
export function evaluatePodSpec(level: Level, spec: unknown): Violation[] {
  if (level === 'privileged') return [];
  const checks = level === 'baseline' ? BASELINE : [...BASELINE, ...RESTRICTED];
  return checks.map((c) => c(obj(spec))).filter((v): v is Violation => v !== undefined);
}

export const formatViolations = (vs: Violation[]): string => vs.map((v) => (v.detail ? `${v.reason} (${v.detail})` : v.reason)).join(', ');

/** The pod spec a workload kind carries (policy applies to it through warn/audit only). */
function templateSpec(kind: string, o: KubeObject): unknown {
  const spec = obj(o.spec);
  switch (kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
    case 'ReplicationController':
      return obj(spec.template).spec;
    case 'CronJob':
      return obj(obj(obj(spec.jobTemplate).spec).template).spec;
    case 'PodTemplate':
      return obj(obj((o as Obj).template).spec);
    default:
      return undefined;
  }
}

const LEVELS: Level[] = ['privileged', 'baseline', 'restricted'];

/** A namespace's policy for a mode (`enforce`, `warn`): level and version label, e.g. restricted:latest. */
function policyOf(namespace: KubeObject | undefined, mode: 'enforce' | 'warn'): { level: Level; name: string } | undefined {
  const labels = namespace?.metadata.labels ?? {};
  const level = labels[`pod-security.kubernetes.io/${mode}`] as Level | undefined;
  if (!level || !LEVELS.includes(level) || level === 'privileged') return undefined;
  return { level, name: `${level}:${labels[`pod-security.kubernetes.io/${mode}-version`] ?? 'latest'}` };
}

export interface PodSecurityDecision { forbidden?: string; warnings: string[] }

/**
 * The admission decision for a create or update of `kind` in a namespace. Pods are checked on create only
 * (their specs are immutable but for images, which no check reads).
 */
export function admitPodSecurity(kind: string, group: string, o: KubeObject, isCreate: boolean, namespace: KubeObject | undefined): PodSecurityDecision {
  const warnings: string[] = [];
  const isPod = kind === 'Pod' && group === '';
  const spec = isPod ? o.spec : ['', 'apps', 'batch'].includes(group) ? templateSpec(kind, o) : undefined;
  if (spec === undefined || (isPod && !isCreate)) return { warnings };
  const enforce = isPod ? policyOf(namespace, 'enforce') : undefined;
  if (enforce) {
    const vs = evaluatePodSpec(enforce.level, spec);
    if (vs.length) return { forbidden: `violates PodSecurity ${JSON.stringify(enforce.name)}: ${formatViolations(vs)}`, warnings };
  }
  const warn = policyOf(namespace, 'warn');
  if (warn) {
    const vs = evaluatePodSpec(warn.level, spec);
    if (vs.length) warnings.push(`would violate PodSecurity ${JSON.stringify(warn.name)}: ${formatViolations(vs)}`);
  }
  return { warnings };
}
