// A container's environment as the kubelet builds it: envFrom first (with prefix), then env in order, where
// `value` may refer to earlier variables as $(NAME) and `valueFrom` reads the pod's fields, a Secret or a
// ConfigMap. A missing non-optional source is a CreateContainerConfigError, as in Kubernetes.
import type { V1ConfigMap, V1Container, V1ObjectFieldSelector, V1Pod, V1Secret } from '@kubernetes/client-node';

export interface EnvSources {
  configMap(namespace: string, name: string): Promise<V1ConfigMap | undefined>;
  secret(namespace: string, name: string): Promise<V1Secret | undefined>;
}

export class ContainerConfigError extends Error {
  readonly reason = 'CreateContainerConfigError';
}

/** Reads a downward-API field of a pod (`metadata.labels['app']`, `status.podIP`, …). */
export function podField(pod: V1Pod, fieldPath: string): string {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath) ?? /^metadata\.(labels|annotations)\["(.+)"\]$/.exec(fieldPath);
  if (m) return (m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[m[2]!] ?? '';
  switch (fieldPath) {
    case 'metadata.name':
      return pod.metadata?.name ?? '';
    case 'metadata.namespace':
      return pod.metadata?.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata?.uid ?? '';
    case 'metadata.labels':
      return formatMap(pod.metadata?.labels);
    case 'metadata.annotations':
      return formatMap(pod.metadata?.annotations);
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? 'default';
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.podIPs':
      return (pod.status?.podIPs ?? []).map((p) => p.ip).join(',');
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
    case 'status.hostIPs':
      return (pod.status?.hostIPs ?? []).map((p) => p.ip).join(',');
    default:
      throw new ContainerConfigError(`unsupported fieldRef fieldPath "${fieldPath}"`);
  }
}

function formatMap(map: Record<string, string> | undefined): string {
  return Object.entries(map ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v}"`)
    .join('\n');
}

/** Expands $(NAME) from `vars`; $$(NAME) escapes to a literal $(NAME); unknown names stay as written. */
export function expandVars(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (match, name: string | undefined) => {
    if (match === '$$') return '$';
    return name !== undefined && Object.hasOwn(vars, name) ? vars[name]! : match;
  });
}

function fieldValue(pod: V1Pod, ref: V1ObjectFieldSelector): string {
  return podField(pod, ref.fieldPath);
}

const decodeSecret = (value: string): string => Buffer.from(value, 'base64').toString('utf8');

export async function resolveEnv(pod: V1Pod, container: V1Container, sources: EnvSources, base: Record<string, string> = {}): Promise<Record<string, string>> {
  const namespace = pod.metadata?.namespace ?? 'default';
  const env: Record<string, string> = { ...base };
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const cm = await sources.configMap(namespace, from.configMapRef.name ?? '');
      if (!cm) {
        if (from.configMapRef.optional) continue;
        throw new ContainerConfigError(`configmap "${from.configMapRef.name}" not found`);
      }
      for (const [k, v] of Object.entries(cm.data ?? {})) env[prefix + k] = v;
    }
    if (from.secretRef) {
      const secret = await sources.secret(namespace, from.secretRef.name ?? '');
      if (!secret) {
        if (from.secretRef.optional) continue;
        throw new ContainerConfigError(`secret "${from.secretRef.name}" not found`);
      }
      for (const [k, v] of Object.entries(secret.data ?? {})) env[prefix + k] = decodeSecret(v);
      for (const [k, v] of Object.entries(secret.stringData ?? {})) env[prefix + k] = v;
    }
  }
  for (const variable of container.env ?? []) {
    const source = variable.valueFrom;
    if (!source) {
      env[variable.name] = expandVars(variable.value ?? '', env);
      continue;
    }
    if (source.fieldRef) {
      env[variable.name] = fieldValue(pod, source.fieldRef);
    } else if (source.configMapKeyRef) {
      const ref = source.configMapKeyRef;
      const cm = await sources.configMap(namespace, ref.name ?? '');
      const value = cm?.data?.[ref.key];
      if (value === undefined) {
        if (ref.optional) continue;
        throw new ContainerConfigError(cm ? `couldn't find key ${ref.key} in ConfigMap ${namespace}/${ref.name}` : `configmap "${ref.name}" not found`);
      }
      env[variable.name] = value;
    } else if (source.secretKeyRef) {
      const ref = source.secretKeyRef;
      const secret = await sources.secret(namespace, ref.name ?? '');
      const raw = secret?.data?.[ref.key];
      const value = raw !== undefined ? decodeSecret(raw) : secret?.stringData?.[ref.key];
      if (value === undefined) {
        if (ref.optional) continue;
        throw new ContainerConfigError(secret ? `couldn't find key ${ref.key} in Secret ${namespace}/${ref.name}` : `secret "${ref.name}" not found`);
      }
      env[variable.name] = value;
    } else if (source.resourceFieldRef) {
      // No resource accounting here: report the limit or request as written, "0" when absent.
      const res = source.resourceFieldRef.resource;
      const [kind, name] = res.split('.') as [string, string];
      const values = kind === 'limits' ? container.resources?.limits : container.resources?.requests;
      env[variable.name] = String(values?.[name] ?? '0');
    }
  }
  return env;
}
