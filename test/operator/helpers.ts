// Shared helpers for the operator's integration and e2e tests.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually as pollUntil } from '../../ingester/src/util/eventually.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const crdFile = path.join(repoRoot, 'crds', 'ingestercluster.yaml');

/** True when a module file another engineer is writing exists (e2e tests skip only on that). */
export const moduleExists = (relative: string): boolean => existsSync(path.join(repoRoot, relative));

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real kubectl against a kubeconfig; never throws on a non-zero exit. */
export function kubectl(kubeconfig: string, args: string[], input?: string): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const child = execFile('kubectl', ['--kubeconfig', kubeconfig, ...args], { timeout: 330_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Runs kubectl and throws, with its stderr, when it exits non-zero. */
export async function kubectlOk(kubeconfig: string, args: string[], input?: string): Promise<KubectlResult> {
  const result = await kubectl(kubeconfig, args, input);
  if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')}: ${result.stderr}`);
  return result;
}

/** Polls `check` until it returns a truthy value or the deadline passes; the error says what was awaited. */
export function eventually<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  return pollUntil(what, check, { timeoutMs, intervalMs });
}

/**
 * Takes the write permission from every folder under `dir` and answers a function that gives it back. Pods
 * run as a non-root uid without capabilities (no CAP_DAC_OVERRIDE), so a bind-mounted volume whose folders
 * are not writable fails every file creation with EACCES: the way to make a folder bucket unusable under
 * running containers (renaming the folder would not reach them: a bind mount holds the folder itself).
 */
export function denyWrites(dir: string): () => void {
  const modes = new Map<string, number>();
  const walk = (folder: string): void => {
    const mode = statSync(folder).mode & 0o7777;
    modes.set(folder, mode);
    chmodSync(folder, mode & ~0o222);
    for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) walk(path.join(folder, entry.name));
  };
  walk(dir);
  return () => {
    for (const [folder, mode] of modes) chmodSync(folder, mode);
  };
}
