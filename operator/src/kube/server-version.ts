// The API server's version (GET /version), read once at start, so a reconcile failure on a cluster older than
// the operator supports says so in the condition instead of leaving people to guess from a bare 404.
//
// The minimum is 1.25: the CRD's validation rules (x-kubernetes-validations, CEL) are on by default from 1.25,
// the PodDisruptionBudget is policy/v1 (1.21+; 1.20 answers 404 to /apis/policy/v1/...), and Pod Security
// admission, which the pods are built to pass at `restricted`, is GA in 1.25.
import type { KubeClient } from './client.ts';

export interface ServerVersion {
  major: number;
  minor: number;
  /** As the server reports it, e.g. v1.20.2 or v1.27.3-gke.100. */
  gitVersion: string;
}

export const MIN_SUPPORTED = { major: 1, minor: 25 } as const;

const WHY = 'CRD validation rules need 1.25, the policy/v1 PodDisruptionBudget 1.21, Pod Security admission 1.25';

/** Parses a /version answer; minor may carry a suffix on managed clusters ("20+"). */
export function parseServerVersion(body: { major?: string; minor?: string; gitVersion?: string }): ServerVersion | undefined {
  const major = Number.parseInt(body.major ?? '', 10);
  const minor = Number.parseInt(body.minor ?? '', 10);
  if (!Number.isFinite(major) || !Number.isFinite(minor)) return undefined;
  return { major, minor, gitVersion: body.gitVersion ?? `v${major}.${minor}` };
}

export async function fetchServerVersion(client: KubeClient): Promise<ServerVersion | undefined> {
  return parseServerVersion(await client.get<{ major?: string; minor?: string; gitVersion?: string }>('/version'));
}

export function isSupported(version: ServerVersion): boolean {
  return version.major > MIN_SUPPORTED.major || (version.major === MIN_SUPPORTED.major && version.minor >= MIN_SUPPORTED.minor);
}

/** A sentence naming an unsupported server version, or undefined when it is supported or unknown. */
export function unsupportedVersionNote(version: ServerVersion | undefined): string | undefined {
  if (!version || isSupported(version)) return undefined;
  return `Kubernetes ${version.gitVersion} is not supported: the operator needs ${MIN_SUPPORTED.major}.${MIN_SUPPORTED.minor} or newer (${WHY})`;
}
