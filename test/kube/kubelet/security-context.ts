// A container's securityContext as a node enforces it: the pod's and the container's merged (the container
// wins), the runAsNonRoot check the kubelet makes before it creates the container, and the container
// runtime's flags that carry out the rest (podman here; containerd/CRI-O receive the same decisions through CRI).
import type { V1Container, V1Pod, V1SeccompProfile } from '@kubernetes/client-node';
import { ContainerConfigError } from './env.ts';

/** The fields of pod + container securityContext a node acts on, merged. */
export interface EffectiveSecurityContext {
  runAsUser?: number;
  runAsGroup?: number;
  runAsNonRoot?: boolean;
  seccompProfile?: V1SeccompProfile;
  /** Pod level only. */
  fsGroup?: number;
  supplementalGroups: number[];
  /** Container level only. */
  readOnlyRootFilesystem: boolean;
  allowPrivilegeEscalation?: boolean;
  privileged: boolean;
  capabilitiesAdd: string[];
  capabilitiesDrop: string[];
}

/**
 * Kubernetes' DetermineEffectiveSecurityContext (pkg/securitycontext/util.go): the container's runAsUser,
 * runAsGroup, runAsNonRoot, seccompProfile override the pod's; readOnlyRootFilesystem, capabilities,
 * privileged and allowPrivilegeEscalation exist only on the container; fsGroup and supplementalGroups only on
 * the pod.
 */
export function effectiveSecurityContext(pod: V1Pod, container: V1Container): EffectiveSecurityContext {
  const p = pod.spec?.securityContext ?? {};
  const c = container.securityContext ?? {};
  return {
    runAsUser: c.runAsUser ?? p.runAsUser,
    runAsGroup: c.runAsGroup ?? p.runAsGroup,
    runAsNonRoot: c.runAsNonRoot ?? p.runAsNonRoot,
    seccompProfile: c.seccompProfile ?? p.seccompProfile,
    fsGroup: p.fsGroup,
    supplementalGroups: p.supplementalGroups ?? [],
    readOnlyRootFilesystem: c.readOnlyRootFilesystem ?? false,
    allowPrivilegeEscalation: c.allowPrivilegeEscalation,
    privileged: c.privileged ?? false,
    capabilitiesAdd: c.capabilities?.add ?? [],
    capabilitiesDrop: c.capabilities?.drop ?? [],
  };
}

/** An image's USER (`65532`, `65532:65532`, `nonroot`, or '' for root) as uid and name, as the kubelet reads it. */
export function imageUser(user: string): { uid?: number; username: string } {
  const name = user.split(':')[0] ?? '';
  if (name === '') return { uid: 0, username: '' };
  if (/^\d+$/.test(name)) return { uid: Number(name), username: '' };
  return { username: name };
}

/**
 * The kubelet's verifyRunAsNonRoot (kubernetes pkg/kubelet/kuberuntime/security_context_others.go), run before
 * the container is created; its error leaves the container waiting with reason CreateContainerConfigError.
 * `format.Pod` writes a pod as `name_namespace(uid)`.
 */
export function verifyRunAsNonRoot(pod: V1Pod, container: V1Container, sc: EffectiveSecurityContext, imageUserField: string): void {
  if (!sc.runAsNonRoot) return;
  const where = `(pod: "${pod.metadata?.name}_${pod.metadata?.namespace}(${pod.metadata?.uid})", container: ${container.name})`;
  if (sc.runAsUser !== undefined) {
    if (sc.runAsUser === 0) throw new ContainerConfigError(`container's runAsUser breaks non-root policy ${where}`);
    return;
  }
  const { uid, username } = imageUser(imageUserField);
  if (uid === undefined && username) throw new ContainerConfigError(`container has runAsNonRoot and image has non-numeric user (${username}), cannot verify user is non-root ${where}`);
  if (uid === 0) throw new ContainerConfigError(`container has runAsNonRoot and image will run as root ${where}`);
}

/**
 * The runtime flags for a securityContext (podman run):
 * - runAsUser/runAsGroup → `--user uid[:gid]` (the image's USER when the pod gives no runAsUser);
 * - fsGroup and supplementalGroups → `--group-add` (the volumes are chowned to fsGroup: volumes.ts);
 * - readOnlyRootFilesystem → `--read-only --read-only-tmpfs=false`: the whole root is read-only, /tmp included
 *   (podman would otherwise mount tmpfs on /tmp, /var/tmp and /run, which no Kubernetes runtime does);
 * - capabilities → `--cap-drop`/`--cap-add` (names without the CAP_ prefix, as Kubernetes writes them);
 * - allowPrivilegeEscalation: false → `--security-opt no-new-privileges` (AddNoNewPrivileges in
 *   pkg/securitycontext/util.go: only an explicit false sets no_new_privs; unset leaves it off);
 * - seccompProfile: RuntimeDefault → the runtime's default filter (podman's, no flag); unset or Unconfined →
 *   `seccomp=unconfined`: the kubelet's default is Unconfined unless its SeccompDefault setting is on
 *   (pkg/kubelet/kuberuntime/helpers.go getSeccompProfile; seccompDefault is false in a default kubelet config);
 *   Localhost profiles are not available on this node;
 * - privileged → `--privileged`.
 */
export function securityFlags(sc: EffectiveSecurityContext, imageUserField: string): string[] {
  const flags: string[] = [];
  // A runAsUser without runAsGroup takes the group the image's /etc/passwd gives that uid (0 when none), as
  // containerd's WithUserID does; a runAsGroup without runAsUser keeps the image's user.
  const imageUid = imageUserField.split(':')[0] || '0';
  if (sc.runAsUser !== undefined || sc.runAsGroup !== undefined) {
    const uid = sc.runAsUser !== undefined ? String(sc.runAsUser) : imageUid;
    flags.push('--user', sc.runAsGroup !== undefined ? `${uid}:${sc.runAsGroup}` : uid);
  }
  for (const gid of [...(sc.fsGroup !== undefined ? [sc.fsGroup] : []), ...sc.supplementalGroups]) flags.push('--group-add', String(gid));
  if (sc.readOnlyRootFilesystem) flags.push('--read-only', '--read-only-tmpfs=false');
  for (const cap of sc.capabilitiesDrop) flags.push('--cap-drop', capabilityName(cap));
  for (const cap of sc.capabilitiesAdd) flags.push('--cap-add', capabilityName(cap));
  if (sc.allowPrivilegeEscalation === false) flags.push('--security-opt', 'no-new-privileges');
  const seccomp = sc.seccompProfile?.type;
  if (seccomp === 'Localhost') throw new ContainerConfigError(`seccompProfile Localhost (${sc.seccompProfile?.localhostProfile ?? ''}) is not available on this test node`);
  if (seccomp !== 'RuntimeDefault' && !sc.privileged) flags.push('--security-opt', 'seccomp=unconfined');
  if (sc.privileged) flags.push('--privileged');
  return flags;
}

function capabilityName(cap: string): string {
  return cap.toUpperCase() === 'ALL' ? 'ALL' : cap.toUpperCase().replace(/^CAP_/, '');
}
