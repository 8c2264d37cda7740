// Pod volumes as folders on this machine. emptyDir, configMap, secret, downwardAPI and projected volumes
// live under the pod's own folder (removed with the pod); a persistentVolumeClaim is the folder
// `<root>/pvc/<namespace>/<claim>`, which outlives every pod. Returns the mount-path → folder mappings the
// PathTranslator applies to the container's command, args and env.
import fs from 'node:fs';
import path from 'node:path';
import type { V1Container, V1KeyToPath, V1Pod, V1Volume } from '@kubernetes/client-node';
import { ContainerConfigError, podField, type EnvSources } from './env.ts';
import type { MountMapping } from './paths.ts';

export const SERVICE_ACCOUNT_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
export const SERVICE_ACCOUNT_VOLUME = 'kube-api-access-test';

export interface VolumeSources extends EnvSources {
  persistentVolumeClaimExists(namespace: string, claim: string): Promise<boolean>;
  serviceAccountToken(namespace: string, serviceAccount: string, audience?: string, expirationSeconds?: number): Promise<string>;
  /** PEM of the API server's CA ('' for plain http). */
  caCert(): string;
}

export interface PodFolders {
  root: string;
  volumes: string;
  logs: string;
}

export function podFolders(rootDir: string, pod: V1Pod): PodFolders {
  const root = path.join(rootDir, 'pods', pod.metadata?.namespace ?? 'default', `${pod.metadata?.name}_${pod.metadata?.uid}`);
  return { root, volumes: path.join(root, 'volumes'), logs: path.join(root, 'logs') };
}

export function pvcFolder(rootDir: string, namespace: string, claim: string): string {
  return path.join(rootDir, 'pvc', namespace, claim);
}

/** Whether the kubelet injects the service-account volume (automountServiceAccountToken defaults to true). */
export function wantsServiceAccountMount(pod: V1Pod): boolean {
  return pod.spec?.automountServiceAccountToken !== false;
}

/** Creates every volume's folder and files; answers the host folder per volume name. */
export async function prepareVolumes(rootDir: string, pod: V1Pod, sources: VolumeSources): Promise<Map<string, string>> {
  const folders = podFolders(rootDir, pod);
  const namespace = pod.metadata?.namespace ?? 'default';
  fs.mkdirSync(folders.volumes, { recursive: true });
  fs.mkdirSync(folders.logs, { recursive: true });
  const hostPaths = new Map<string, string>();
  const volumes: V1Volume[] = [...(pod.spec?.volumes ?? [])];
  if (wantsServiceAccountMount(pod) && !volumes.some((v) => v.name === SERVICE_ACCOUNT_VOLUME)) {
    volumes.push({ name: SERVICE_ACCOUNT_VOLUME, projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } });
  }
  for (const volume of volumes) {
    const dir = path.join(folders.volumes, volume.name);
    if (volume.persistentVolumeClaim) {
      const claim = volume.persistentVolumeClaim.claimName;
      if (!(await sources.persistentVolumeClaimExists(namespace, claim))) {
        throw new ContainerConfigError(`persistentvolumeclaim "${claim}" not found`);
      }
      const folder = pvcFolder(rootDir, namespace, claim);
      if (!fs.existsSync(folder)) {
        // A new volume is world-writable, as hostPath-style provisioners make it (rancher/local-path-provisioner
        // creates its folder with `mkdir -m 0777`), so any uid can use it; fsGroup narrows it below.
        fs.mkdirSync(folder, { recursive: true });
        fs.chmodSync(folder, 0o777);
      }
      hostPaths.set(volume.name, folder);
      setVolumeOwnership(folder, pod.spec?.securityContext?.fsGroup, false);
      continue;
    }
    if (volume.hostPath) {
      fs.mkdirSync(volume.hostPath.path, { recursive: true });
      hostPaths.set(volume.name, volume.hostPath.path);
      continue;
    }
    fs.mkdirSync(dir, { recursive: true });
    hostPaths.set(volume.name, dir);
    if (volume.emptyDir) {
      // pkg/volume/emptydir/empty_dir.go setupDir: an emptyDir on disk is 0777 whatever the umask.
      fs.chmodSync(dir, 0o777);
      setVolumeOwnership(dir, pod.spec?.securityContext?.fsGroup, false);
      continue;
    }
    const files = new Map<string, string | Buffer>();
    if (volume.configMap) await addConfigMap(files, namespace, volume.configMap.name ?? '', volume.configMap.items, volume.configMap.optional, sources);
    if (volume.secret) await addSecret(files, namespace, volume.secret.secretName ?? '', volume.secret.items, volume.secret.optional, sources);
    if (volume.downwardAPI) {
      for (const item of volume.downwardAPI.items ?? []) if (item.fieldRef) files.set(item.path, podField(pod, item.fieldRef.fieldPath));
    }
    if (volume.projected) {
      for (const source of volume.projected.sources ?? []) {
        if (source.configMap) await addConfigMap(files, namespace, source.configMap.name ?? '', source.configMap.items, source.configMap.optional, sources);
        if (source.secret) await addSecret(files, namespace, source.secret.name ?? '', source.secret.items, source.secret.optional, sources);
        if (source.downwardAPI) {
          for (const item of source.downwardAPI.items ?? []) if (item.fieldRef) files.set(item.path, podField(pod, item.fieldRef.fieldPath));
        }
        if (source.serviceAccountToken) {
          const sa = pod.spec?.serviceAccountName ?? 'default';
          files.set(source.serviceAccountToken.path, await sources.serviceAccountToken(namespace, sa, source.serviceAccountToken.audience, source.serviceAccountToken.expirationSeconds));
          if (volume.name === SERVICE_ACCOUNT_VOLUME) {
            files.set('ca.crt', sources.caCert());
            files.set('namespace', namespace);
          }
        }
      }
    }
    for (const [relative, content] of files) {
      const file = path.join(dir, relative);
      if (!file.startsWith(dir + path.sep)) throw new ContainerConfigError(`volume ${volume.name}: path "${relative}" leaves the volume`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content, { mode: 0o644 });
    }
    // configMap, secret, downwardAPI and projected volumes are read-only to the pod (their files 0644, the
    // default defaultMode) and group-readable by fsGroup.
    setVolumeOwnership(dir, pod.spec?.securityContext?.fsGroup, true);
  }
  return hostPaths;
}

/**
 * What the kubelet does for a pod's fsGroup (pkg/volume/volume_linux.go SetVolumeOwnership, the default
 * fsGroupChangePolicy Always): every file and folder of the volume gets group fsGroup, files gain group
 * read/write (read only for read-only volumes), folders group rwx and the setgid bit so that new files
 * inherit the group. hostPath volumes are never changed.
 */
export function setVolumeOwnership(dir: string, fsGroup: number | undefined, readOnly: boolean): void {
  if (fsGroup === undefined) return;
  const walk = (entry: string): void => {
    const stat = fs.lstatSync(entry);
    if (stat.isSymbolicLink()) return;
    fs.lchownSync(entry, stat.uid, fsGroup);
    if (stat.isDirectory()) {
      fs.chmodSync(entry, (stat.mode & 0o7777) | (readOnly ? 0o550 : 0o770) | 0o2000);
      for (const child of fs.readdirSync(entry)) walk(path.join(entry, child));
    } else {
      fs.chmodSync(entry, (stat.mode & 0o7777) | (readOnly ? 0o440 : 0o660));
    }
  };
  walk(dir);
}

/** The mount-path mappings of one container (volumeMounts + the service-account mount). */
export function containerMounts(pod: V1Pod, container: V1Container, hostPaths: Map<string, string>): MountMapping[] {
  const mounts: MountMapping[] = [];
  for (const mount of container.volumeMounts ?? []) {
    const host = hostPaths.get(mount.name);
    if (!host) throw new ContainerConfigError(`volumeMount "${mount.name}" refers to no volume of the pod`);
    const hostPath = mount.subPath ? path.join(host, mount.subPath) : host;
    if (mount.subPath) fs.mkdirSync(hostPath, { recursive: true });
    mounts.push({ mountPath: mount.mountPath, hostPath, ...(mount.readOnly ? { readOnly: true } : {}) });
  }
  const sa = hostPaths.get(SERVICE_ACCOUNT_VOLUME);
  // The kubelet mounts the service-account volume read-only (pkg/kubelet/kubelet_pods.go makeMounts).
  if (sa && !mounts.some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT)) mounts.push({ mountPath: SERVICE_ACCOUNT_MOUNT, hostPath: sa, readOnly: true });
  return mounts;
}

async function addConfigMap(files: Map<string, string | Buffer>, namespace: string, name: string, items: V1KeyToPath[] | undefined, optional: boolean | undefined, sources: VolumeSources): Promise<void> {
  const cm = await sources.configMap(namespace, name);
  if (!cm) {
    if (optional) return;
    throw new ContainerConfigError(`configmap "${name}" not found`);
  }
  const data: Record<string, string | Buffer> = { ...(cm.data ?? {}) };
  for (const [k, v] of Object.entries(cm.binaryData ?? {})) data[k] = Buffer.from(v, 'base64');
  addItems(files, data, items, `ConfigMap ${namespace}/${name}`);
}

async function addSecret(files: Map<string, string | Buffer>, namespace: string, name: string, items: V1KeyToPath[] | undefined, optional: boolean | undefined, sources: VolumeSources): Promise<void> {
  const secret = await sources.secret(namespace, name);
  if (!secret) {
    if (optional) return;
    throw new ContainerConfigError(`secret "${name}" not found`);
  }
  const data: Record<string, string | Buffer> = { ...(secret.stringData ?? {}) };
  for (const [k, v] of Object.entries(secret.data ?? {})) data[k] = Buffer.from(v, 'base64');
  addItems(files, data, items, `Secret ${namespace}/${name}`);
}

function addItems(files: Map<string, string | Buffer>, data: Record<string, string | Buffer>, items: V1KeyToPath[] | undefined, what: string): void {
  if (!items || items.length === 0) {
    for (const [k, v] of Object.entries(data)) files.set(k, v);
    return;
  }
  for (const item of items) {
    const value = data[item.key];
    if (value === undefined) throw new ContainerConfigError(`couldn't find key ${item.key} in ${what}`);
    files.set(item.path, value);
  }
}
