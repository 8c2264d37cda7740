// The image table: how the test kubelet turns a container image into a local command.
//
// File format (JSON or YAML):
//   images:
//     ingester-cluster/ingester:            # repository; any tag or digest matches
//       command: [node, --import, tsx, /repo/ingester/src/main.ts]   # the image's ENTRYPOINT
//       args: []                            # the image's CMD (used only when the pod gives neither command nor args)
//       env: { KEY: value }                 # the image's ENV (the pod's env wins)
//       entrypoints: [/bin/ingester]        # names the pod spec may use as `command[0]` for this entrypoint
//
// Kubernetes semantics (https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/):
// no command and no args → entrypoint + CMD; args only → entrypoint + args; command given → it replaces the
// entrypoint. Since the images here are not real, a pod `command` whose first word is one of the image's
// `entrypoints` (or the repository's last path segment, e.g. `ingester`, or `/usr/local/bin/ingester`) is
// mapped to the table's command, followed by the rest of the pod's command and its args. Any other command
// (`sh -c …`, `node x.js`) runs as written on this machine.
//
// Processes see the image through env TEST_IMAGE (the full reference) and TEST_IMAGE_TAG (its tag, `latest`
// when absent), so a test can "upgrade" an image by changing the tag.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/** Root of this repository, for the default table. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `node --import <tsx> file.ts`, with tsx given as an absolute URL so that the process may run in any working
 * directory (pods run in their own folder).
 */
export function tsxCommand(file: string): string[] {
  return [process.execPath, '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, file];
}

export function defaultImageTable(): ImageTable {
  return {
    images: {
      'ingester-cluster/ingester': {
        command: tsxCommand(path.join(REPO_ROOT, 'ingester/src/main.ts')),
        entrypoints: ['ingester', '/bin/ingester', '/usr/bin/ingester', '/usr/local/bin/ingester'],
      },
      'ingester-cluster/operator': {
        command: tsxCommand(path.join(REPO_ROOT, 'operator/src/main.ts')),
        entrypoints: ['operator', '/bin/operator', '/usr/bin/operator', '/usr/local/bin/operator'],
      },
    },
  };
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
