// Images for the test kubelet. Two kinds:
// - our own images (ingester-cluster/ingester, ingester-cluster/operator) run as real containers from the
//   images built on this machine (`containerImages`: repository → local image; kubelet/container-runtime.ts);
// - test fixtures (test/http, …) are not real images: the image table maps them to a local command.
//
// Image table file format (JSON or YAML):
//   images:
//     test/http:                            # repository; any tag or digest matches
//       command: [node, /abs/path/server.mjs]   # the image's ENTRYPOINT
//       args: []                            # the image's CMD (used only when the pod gives neither command nor args)
//       env: { KEY: value }                 # the image's ENV (the pod's env wins)
//       entrypoints: [/bin/web]             # names the pod spec may use as `command[0]` for this entrypoint
//
// Kubernetes semantics (https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/):
// no command and no args → entrypoint + CMD; args only → entrypoint + args; command given → it replaces the
// entrypoint. Since fixture images are not real, a pod `command` whose first word is one of the image's
// `entrypoints` (or the repository's last path segment, e.g. `web`, or `/usr/local/bin/web`) is
// mapped to the table's command, followed by the rest of the pod's command and its args. Any other command
// (`sh -c …`, `node x.js`) runs as written on this machine.
//
// Fixture processes see the image through env TEST_IMAGE (the full reference) and TEST_IMAGE_TAG (its tag,
// `latest` when absent), so a test can "upgrade" an image by changing the tag.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export interface ImageEntry {
  command: string[];
  args?: string[];
  env?: Record<string, string>;
  entrypoints?: string[];
}

export interface ImageTable {
  images: Record<string, ImageEntry>;
}

export interface ImageRef {
  repository: string;
  tag: string;
  digest?: string;
}

export interface ResolvedCommand {
  argv: string[];
  env: Record<string, string>;
  /**
   * How many leading argv entries are the image's own entrypoint (host paths from the table, such as this
   * repository's folder): they are not in the pod's view of the filesystem, so mount paths are never rewritten
   * in them (a checkout under /tmp and an emptyDir at /tmp must not meet).
   */
  imageArgc: number;
}

/** The process table has no default entries: our own images run as real containers (`containerImages`). */
export function defaultImageTable(): ImageTable {
  return { images: {} };
}

/** Repository → the local image a container of it runs (any tag or digest of the repository matches). */
export type ContainerImages = Record<string, string>;

/** The tag images/build.sh gives local builds. */
export const LOCAL_IMAGE_TAG = 'local';

/**
 * Our images, built on this machine by `images/build.sh local` (make image-local): a pod may name any tag
 * (`ingester-cluster/ingester:2` to roll an upgrade); the container runs the local build.
 */
export function defaultContainerImages(): ContainerImages {
  return {
    'ingester-cluster/ingester': `localhost/ingester-cluster/ingester:${LOCAL_IMAGE_TAG}`,
    'ingester-cluster/operator': `localhost/ingester-cluster/operator:${LOCAL_IMAGE_TAG}`,
  };
}

/** The local image for a pod's image when its repository runs as a container, else undefined. */
export function containerImageFor(images: ContainerImages | undefined, image: string): string | undefined {
  if (!images) return undefined;
  const repository = parseImageRef(image).repository;
  const candidates = [repository, repository.replace(/^docker\.io\//, ''), repository.replace(/^(docker\.io\/)?library\//, ''), repository.replace(/^localhost\//, '')];
  for (const c of candidates) if (images[c]) return images[c];
  return undefined;
}

/** Merges tables; later tables win per repository. */
export function mergeImageTables(...tables: (ImageTable | undefined)[]): ImageTable {
  const images: Record<string, ImageEntry> = {};
  for (const table of tables) Object.assign(images, table?.images ?? {});
  return { images };
}

export function parseImageTable(text: string, source = 'image table'): ImageTable {
  let doc: unknown;
  try {
    doc = YAML.parse(text);
  } catch (err) {
    throw new Error(`${source}: not valid JSON or YAML`, { cause: err });
  }
  const images = (doc as { images?: unknown } | null)?.images;
  if (!images || typeof images !== 'object') throw new Error(`${source}: expected { images: { "<repository>": { command: [...] } } }`);
  for (const [repo, entry] of Object.entries(images as Record<string, unknown>)) {
    const e = entry as Partial<ImageEntry> | null;
    if (!e || !Array.isArray(e.command) || e.command.length === 0 || !e.command.every((c) => typeof c === 'string')) {
      throw new Error(`${source}: images["${repo}"].command must be a non-empty list of strings`);
    }
    if (e.env !== undefined && (typeof e.env !== 'object' || Object.values(e.env).some((v) => typeof v !== 'string'))) {
      throw new Error(`${source}: images["${repo}"].env must map names to strings`);
    }
  }
  return { images: images as Record<string, ImageEntry> };
}

export function loadImageTable(file: string): ImageTable {
  return parseImageTable(fs.readFileSync(file, 'utf8'), file);
}

/** Splits `registry:5000/org/repo:tag@sha256:…` into repository, tag and digest. */
export function parseImageRef(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag = 'latest';
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { repository: rest, tag, digest };
}

/** Finds the table entry for a repository, also when written with docker.io/ or docker.io/library/. */
export function lookupImage(table: ImageTable, repository: string): ImageEntry | undefined {
  const candidates = [repository, repository.replace(/^docker\.io\//, ''), repository.replace(/^(docker\.io\/)?library\//, '')];
  for (const c of candidates) {
    const entry = table.images[c];
    if (entry) return entry;
  }
  return undefined;
}

export class UnknownImageError extends Error {}

/** The argv and image env for a container, following Kubernetes' command/args rules (see the header). */
export function resolveContainerCommand(table: ImageTable, image: string, command?: string[], args?: string[]): ResolvedCommand {
  const ref = parseImageRef(image);
  const entry = lookupImage(table, ref.repository);
  const imageEnv = { ...(entry?.env ?? {}), TEST_IMAGE: image, TEST_IMAGE_TAG: ref.tag };
  if (command && command.length > 0) {
    const first = command[0]!;
    if (entry && isEntrypoint(entry, ref.repository, first)) {
      return { argv: [...entry.command, ...command.slice(1), ...(args ?? [])], env: imageEnv, imageArgc: entry.command.length };
    }
    return { argv: [...command, ...(args ?? [])], env: imageEnv, imageArgc: 0 };
  }
  if (!entry) throw new UnknownImageError(`image "${image}": repository "${ref.repository}" is not in the image table and the pod gives no command`);
  const effectiveArgs = args && args.length > 0 ? args : (entry.args ?? []);
  return { argv: [...entry.command, ...effectiveArgs], env: imageEnv, imageArgc: entry.command.length };
}

function isEntrypoint(entry: ImageEntry, repository: string, first: string): boolean {
  if (entry.entrypoints?.includes(first)) return true;
  const base = repository.split('/').pop();
  return first === base || path.basename(first) === base;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The build of this process, on globalThis: mocha loads its root hook through require() and the tests through
 * import(), which gives this module two instances.
 */
const BUILD = Symbol.for('ingester-cluster.test.localImageBuild');
const memo = globalThis as typeof globalThis & { [BUILD]?: Promise<void> };

/**
 * Builds our images for containers (`images/build.sh local`: skipped when their inputs are unchanged), once per
 * process: the mocha fixture (test/support/images-fixture.ts) starts it before the tests, and the kubelet awaits
 * it before it runs a container of ours.
 */
export function ensureLocalImages(): Promise<void> {
  memo[BUILD] ??= new Promise<void>((resolve, reject) => {
    const started = Date.now();
    execFile('bash', [path.join(REPO_ROOT, 'images/build.sh'), 'local', LOCAL_IMAGE_TAG], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`building the local images (images/build.sh local) failed after ${Math.round((Date.now() - started) / 1000)} s: ${(stderr || stdout || err.message).slice(-2000)}`, { cause: err }));
        return;
      }
      if (process.env.TEST_IMAGES_LOG) process.stderr.write(`images/build.sh local: ${Math.round((Date.now() - started) / 100) / 10} s\n${stdout.slice(-400)}`);
      resolve();
    });
  });
  return memo[BUILD];
}
