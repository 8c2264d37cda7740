// Authentication (bearer tokens) and RBAC authorization, following kube-apiserver's rules: users in
// system:masters may do anything; everyone else needs a rule from a ClusterRole bound cluster-wide, or from
// a Role/ClusterRole bound in the namespace of the request.
import { randomBytes } from 'node:crypto';
import type { ObjectStore } from './store.ts';
import { resourceKey, type KubeObject } from './types.ts';

export interface UserInfo { username: string; uid?: string; groups: string[] }

export interface RequestAttributes {
  user: UserInfo;
  verb: string;
  /** Resource requests. */
  apiGroup?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Non-resource requests (/version, /healthz). */
  path?: string;
}

export const ANONYMOUS: UserInfo = { username: 'system:anonymous', groups: ['system:unauthenticated'] };

interface TokenEntry { user: UserInfo; expiresAt?: number; /** Bound ServiceAccount: the token dies with it. */ boundTo?: { namespace: string; name: string; uid: string } }

export class TokenAuthenticator {
  private readonly tokens = new Map<string, TokenEntry>();
  readonly adminToken: string;

  /** Looks up the uid of a ServiceAccount (undefined when it does not exist). */
  serviceAccountUid: (namespace: string, name: string) => string | undefined = () => undefined;

  constructor(adminToken?: string) {
    this.adminToken = adminToken ?? `admin-${randomBytes(16).toString('hex')}`;
    this.tokens.set(this.adminToken, { user: { username: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] } });
  }

  /** Registers a static token for a user (like kube-apiserver's --token-auth-file). */
  addToken(token: string, user: UserInfo): void {
    this.tokens.set(token, { user: { ...user, groups: [...new Set([...user.groups, 'system:authenticated'])] } });
  }

  issueServiceAccountToken(namespace: string, name: string, uid?: string, expirationSeconds?: number): { token: string; expiresAt?: number } {
    const token = `sa-${namespace}-${name}-${randomBytes(16).toString('hex')}`;
    const expiresAt = expirationSeconds ? Date.now() + expirationSeconds * 1000 : undefined;
    this.tokens.set(token, {
      user: { username: `system:serviceaccount:${namespace}:${name}`, uid, groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'] },
      expiresAt,
      boundTo: uid ? { namespace, name, uid } : undefined,
    });
    return { token, expiresAt };
  }

  /** The user of an Authorization header: ANONYMOUS without one, undefined (401) for an unknown or expired token. */
  authenticate(header: string | undefined): UserInfo | undefined {
    if (!header) return ANONYMOUS;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return undefined;
    const entry = this.tokens.get(m[1]!);
    if (!entry || (entry.expiresAt !== undefined && entry.expiresAt < Date.now())) return undefined;
    if (entry.boundTo && this.serviceAccountUid(entry.boundTo.namespace, entry.boundTo.name) !== entry.boundTo.uid) return undefined;
    return entry.user;
  }

  entries(): [string, TokenEntry][] {
    return [...this.tokens];
  }

  restore(entries: [string, TokenEntry][]): void {
    for (const [t, e] of entries) this.tokens.set(t, e);
  }
}

export interface PolicyRule { verbs?: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[]; nonResourceURLs?: string[] }
interface Subject { kind: string; name: string; namespace?: string; apiGroup?: string }

/**
 * kubectl --as / --as-group: the Impersonate-* headers, allowed when the real user may `impersonate`
 * the users, groups or service accounts named (RBAC resources users, groups, serviceaccounts).
 */
export function impersonate(authz: RbacAuthorizer, user: UserInfo, headers: Record<string, string | string[] | undefined>): UserInfo | { denied: string } {
  const asUser = headers['impersonate-user'];
  if (typeof asUser !== 'string' || !asUser) return user;
  const rawGroups = headers['impersonate-group'];
  const groups = (Array.isArray(rawGroups) ? rawGroups : rawGroups ? rawGroups.split(',') : []).map((g) => g.trim()).filter(Boolean);
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(asUser);
  const checks: RequestAttributes[] = [
    sa ? { user, verb: 'impersonate', apiGroup: '', resource: 'serviceaccounts', namespace: sa[1], name: sa[2] } : { user, verb: 'impersonate', apiGroup: '', resource: 'users', name: asUser },
    ...groups.map((g) => ({ user, verb: 'impersonate', apiGroup: '', resource: 'groups', name: g })),
  ];
  for (const c of checks) {
    if (!authz.authorize(c)) return { denied: `users "${asUser}" is forbidden: User "${user.username}" cannot impersonate resource "${c.resource}" in API group "" ${c.namespace ? `in the namespace "${c.namespace}"` : 'at the cluster scope'}` };
  }
  const implied = sa ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`] : [];
  return { username: asUser, groups: [...new Set([...groups, ...implied, 'system:authenticated'])] };
}

const PUBLIC_PATHS = ['/version', '/healthz', '/livez', '/readyz'];
const DISCOVERY_PREFIXES = ['/api', '/apis', '/openapi', '/version'];

export class RbacAuthorizer {
  constructor(private readonly store: ObjectStore) {}

  /** Whether the request is allowed, and the reason kube-apiserver would give. */
  authorize(a: RequestAttributes): boolean {
    const { user } = a;
    if (user.groups.includes('system:masters')) return true;
    if (a.path !== undefined) {
      if (PUBLIC_PATHS.some((p) => a.path === p || a.path!.startsWith(`${p}/`))) return true;
      if (user.groups.includes('system:authenticated') && DISCOVERY_PREFIXES.some((p) => a.path === p || a.path!.startsWith(`${p}/`))) return true;
    }
    // system:basic-user: anyone authenticated may ask what they may do.
    if (user.groups.includes('system:authenticated') && a.verb === 'create' && ['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'selfsubjectreviews'].includes(a.resource ?? '')) return true;
    for (const rule of this.rulesFor(user, a.namespace)) if (ruleAllows(rule, a)) return true;
    return false;
  }

  /** The rules a user holds in a namespace (SelfSubjectRulesReview), the implicit ones included. */
  rulesOf(user: UserInfo, namespace: string | undefined): PolicyRule[] {
    const rules: PolicyRule[] = [];
    if (user.groups.includes('system:authenticated')) {
      rules.push({ verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'] });
      rules.push({ verbs: ['create'], apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'] });
      rules.push({ verbs: ['get'], nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/openapi', '/openapi/*', '/version', '/version/'] });
    }
    rules.push({ verbs: ['get'], nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'] });
    rules.push(...this.rulesFor(user, namespace));
    return rules;
  }

  private *rulesFor(user: UserInfo, namespace: string | undefined): Generator<PolicyRule> {
    const rbac = 'rbac.authorization.k8s.io';
    const clusterRole = (name: string): KubeObject | undefined => this.store.get(resourceKey(rbac, 'clusterroles'), undefined, name);
    for (const b of this.store.list(resourceKey(rbac, 'clusterrolebindings'))) {
      if (!bindingMatches(b, user, undefined)) continue;
      const ref = b.roleRef as { kind: string; name: string } | undefined;
      if (ref?.kind === 'ClusterRole') yield* rulesOf(clusterRole(ref.name));
    }
    if (namespace === undefined) return;
    for (const b of this.store.list(resourceKey(rbac, 'rolebindings'), namespace)) {
      if (!bindingMatches(b, user, namespace)) continue;
      const ref = b.roleRef as { kind: string; name: string } | undefined;
      if (ref?.kind === 'ClusterRole') yield* rulesOf(clusterRole(ref.name));
      else if (ref?.kind === 'Role') yield* rulesOf(this.store.get(resourceKey(rbac, 'roles'), namespace, ref.name));
    }
  }
}

function rulesOf(role: KubeObject | undefined): PolicyRule[] {
  return (role?.rules as PolicyRule[] | undefined) ?? [];
}

function bindingMatches(binding: KubeObject, user: UserInfo, bindingNamespace: string | undefined): boolean {
  for (const s of (binding.subjects as Subject[] | undefined) ?? []) {
    if (s.kind === 'User' && s.name === user.username) return true;
    if (s.kind === 'Group' && user.groups.includes(s.name)) return true;
    if (s.kind === 'ServiceAccount') {
      const ns = s.namespace ?? bindingNamespace;
      if (user.username === `system:serviceaccount:${ns}:${s.name}`) return true;
    }
  }
  return false;
}

function ruleAllows(rule: PolicyRule, a: RequestAttributes): boolean {
  const verbs = rule.verbs ?? [];
  if (!verbs.includes('*') && !verbs.includes(a.verb)) return false;
  if (a.path !== undefined) {
    return (rule.nonResourceURLs ?? []).some((u) => u === '*' || u === a.path || (u.endsWith('*') && a.path!.startsWith(u.slice(0, -1))));
  }
  const groups = rule.apiGroups ?? [];
  if (!groups.includes('*') && !groups.includes(a.apiGroup ?? '')) return false;
  const resources = rule.resources ?? [];
  const combined = a.subresource ? `${a.resource}/${a.subresource}` : a.resource!;
  const resourceOk = resources.some((r) => r === '*' || r === combined || (a.subresource ? r === `*/${a.subresource}` : false));
  if (!resourceOk) return false;
  const names = rule.resourceNames ?? [];
  return names.length === 0 || (a.name !== undefined && names.includes(a.name));
}

/** kube-apiserver's RBAC denial text, after `<resource> is forbidden: `. */
export function forbiddenReason(a: RequestAttributes): string {
  const who = `User "${a.user.username}"`;
  if (a.path !== undefined) return `${who} cannot ${a.verb} path "${a.path}"`;
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
  return `${who} cannot ${a.verb} resource "${res}" in API group "${a.apiGroup ?? ''}" ${scope}`;
}

/** The ClusterRoles and bindings kube-apiserver bootstraps that tests are likely to bind to. */
export function bootstrapRbac(): { kind: string; plural: string; object: KubeObject }[] {
  const role = (name: string, rules: PolicyRule[]): { kind: string; plural: string; object: KubeObject } => ({
    kind: 'ClusterRole',
    plural: 'clusterroles',
    object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' } }, rules },
  });
  const read = ['get', 'list', 'watch'];
  const write = ['create', 'delete', 'deletecollection', 'patch', 'update'];
  const namespacedGroups = ['', 'apps', 'policy', 'coordination.k8s.io', 'events.k8s.io', 'autoscaling', 'batch'];
  return [
    role('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['*'], verbs: ['*'] }]),
    role('admin', [{ apiGroups: [...namespacedGroups, 'rbac.authorization.k8s.io'], resources: ['*'], verbs: [...read, ...write] }]),
    role('edit', [{ apiGroups: namespacedGroups, resources: ['*'], verbs: [...read, ...write] }]),
    role('view', [{ apiGroups: namespacedGroups, resources: ['*'], verbs: read }]),
    {
      kind: 'ClusterRoleBinding',
      plural: 'clusterrolebindings',
      object: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'cluster-admin', labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' } },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }],
      },
    },
  ];
}

/**
 * RBAC escalation prevention, as kube-apiserver's: a user may create or update a Role/ClusterRole only with
 * rules they hold themselves (or with `escalate` on it), and bind a role only if they hold its rules (or
 * have `bind` on it). Returns the Forbidden message, or undefined when allowed.
 */
export function checkEscalation(authz: RbacAuthorizer, store: ObjectStore, user: UserInfo, kind: string, obj: KubeObject): string | undefined {
  if (user.groups.includes('system:masters')) return undefined;
  const rbac = 'rbac.authorization.k8s.io';
  const namespace = obj.metadata.namespace;
  let rules: PolicyRule[];
  let roleKind: string;
  let roleName: string;
  if (kind === 'Role' || kind === 'ClusterRole') {
    rules = (obj.rules as PolicyRule[] | undefined) ?? [];
    roleKind = kind;
    roleName = obj.metadata.name ?? '';
    if (authz.authorize({ user, verb: 'escalate', apiGroup: rbac, resource: kind === 'Role' ? 'roles' : 'clusterroles', namespace, name: roleName })) return undefined;
  } else {
    const ref = (obj.roleRef ?? {}) as { kind?: string; name?: string };
    roleKind = ref.kind ?? '';
    roleName = ref.name ?? '';
    const plural = roleKind === 'Role' ? 'roles' : 'clusterroles';
    if (authz.authorize({ user, verb: 'bind', apiGroup: rbac, resource: plural, namespace: roleKind === 'Role' ? namespace : undefined, name: roleName })) return undefined;
    const role = store.get(resourceKey(rbac, plural), roleKind === 'Role' ? namespace : undefined, roleName);
    rules = (role?.rules as PolicyRule[] | undefined) ?? [];
  }
  const missing: PolicyRule[] = [];
  for (const rule of rules) {
    const names = rule.resourceNames?.length ? rule.resourceNames : [undefined];
    let held = true;
    for (const verb of rule.verbs ?? []) {
      if (rule.nonResourceURLs?.length) {
        for (const path of rule.nonResourceURLs) if (!authz.authorize({ user, verb, path })) held = false;
        continue;
      }
      for (const apiGroup of rule.apiGroups ?? [])
        for (const res of rule.resources ?? [])
          for (const name of names) {
            const [resource, subresource] = res.split('/');
            if (!authz.authorize({ user, verb, apiGroup, resource, subresource, namespace: kind === 'ClusterRole' || kind === 'ClusterRoleBinding' ? undefined : namespace, name })) held = false;
          }
    }
    if (!held) missing.push(rule);
  }
  if (!missing.length) return undefined;
  const fmt = (r: PolicyRule): string => {
    const parts: string[] = [];
    if (r.apiGroups?.length) parts.push(`APIGroups:[${r.apiGroups.map((g) => JSON.stringify(g)).join(' ')}]`);
    if (r.resources?.length) parts.push(`Resources:[${r.resources.map((g) => JSON.stringify(g)).join(' ')}]`);
    if (r.resourceNames?.length) parts.push(`ResourceNames:[${r.resourceNames.map((g) => JSON.stringify(g)).join(' ')}]`);
    if (r.nonResourceURLs?.length) parts.push(`NonResourceURLs:[${r.nonResourceURLs.map((g) => JSON.stringify(g)).join(' ')}]`);
    parts.push(`Verbs:[${(r.verbs ?? []).map((g) => JSON.stringify(g)).join(' ')}]`);
    return `{${parts.join(', ')}}`;
  };
  return `user "${user.username}" (groups=[${user.groups.map((g) => JSON.stringify(g)).join(' ')}]) is attempting to grant RBAC permissions not currently held:\n${missing.map(fmt).join('\n')}`;
}
