// A bucket in a local folder: each object is a file, "/" in names makes subfolders.
//
// Writes are atomic: the bytes go to a temporary file in the destination folder, are fsynced, renamed over
// the real name, and the folder is fsynced, so after a crash an object is either absent, the old version
// or the new one, never half written. Temporary files end in TEMP_SUFFIX and are never listed; names
// ending that way are refused.
//
// Listing follows GCS: names in byte order, a delimiter folds everything below the next delimiter into
// one prefix that ends with the delimiter, and empty folders (left by deletes) do not appear.
import { mkdir, open, readdir, readFile, rename, rmdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ObjectNotFoundError, type Bucket, type ListResult } from './bucket.ts';
import { invalidArgument } from '../../util/errors.ts';

export const TEMP_SUFFIX = '.objstore-tmp';

export class FilesystemBucket implements Bucket {
  readonly description: string;
  readonly root: string;

  constructor(dir: string) {
    this.root = path.resolve(dir);
    this.description = `file://${this.root}`;
  }

  async upload(name: string, data: Uint8Array): Promise<void> {
    const target = this.pathOf(name);
    const folder = path.dirname(target);
    const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
    // A concurrent delete may remove a folder we just created (it removes empty folders), so retry once.
    for (let attempt = 0; ; attempt++) {
      await this.makeFolder(folder, name);
      try {
        await writeDurably(temp, data);
        break;
      } catch (err) {
        if (errno(err) !== 'ENOENT' || attempt >= 2) throw err;
      }
    }
    try {
      await rename(temp, target);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      if (errno(err) === 'EISDIR' || errno(err) === 'ENOTEMPTY' || errno(err) === 'EEXIST') {
        throw invalidArgument(`cannot store object ${name} in ${this.description}: objects exist below ${name}/ (a folder bucket cannot hold both)`);
      }
      throw err;
    }
    await fsyncFolder(folder);
  }

  async get(name: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(name));
    } catch (err) {
      throw notFoundOr(err, name);
    }
  }

  async getRange(name: string, offset: number, length: number): Promise<Buffer> {
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(length) || length < 0) {
      throw new RangeError(`invalid range offset=${offset} length=${length} for ${name}`);
    }
    let handle;
    try {
      handle = await open(this.pathOf(name), 'r');
    } catch (err) {
      throw notFoundOr(err, name);
    }
    try {
      return await readAt(handle, offset, length);
    } catch (err) {
      throw notFoundOr(err, name);
    } finally {
      await handle.close();
    }
  }

  async exists(name: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(name))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  async list(prefix: string, options: { delimiter?: string } = {}): Promise<ListResult> {
    const delimiter = options.delimiter || undefined;
    // Only the folder that holds the prefix's last complete segment can contain matches.
    const slash = prefix.lastIndexOf('/');
    const base = slash >= 0 ? prefix.slice(0, slash + 1) : '';
    const objects: string[] = [];
    const prefixes = new Set<string>();
    if (delimiter === '/') {
      // One folder level is enough: a subfolder is a prefix when it holds at least one object.
      for (const entry of await this.entries(base)) {
        const name = base + entry.name;
        if (!name.startsWith(prefix)) continue;
        if (entry.isDirectory()) {
          if (await this.holdsObject(name + '/')) prefixes.add(name + '/');
        } else if (entry.isFile() && !isTemp(entry.name)) objects.push(name);
      }
    } else {
      for await (const name of this.walk(base)) {
        if (!name.startsWith(prefix)) continue;
        const cut = delimiter ? name.indexOf(delimiter, prefix.length) : -1;
        if (cut >= 0) prefixes.add(name.slice(0, cut + delimiter!.length));
        else objects.push(name);
      }
    }
    return { objects: objects.sort(compareNames), prefixes: [...prefixes].sort(compareNames) };
  }

  async delete(name: string): Promise<void> {
    const target = this.pathOf(name);
    try {
      await unlink(target);
    } catch (err) {
      if (isMissing(err)) return;
      if (errno(err) === 'EISDIR' || errno(err) === 'EPERM') return; // a folder is not an object: nothing to delete
      throw err;
    }
    // Remove folders the delete left empty, so that listings do not show them as prefixes.
    for (let folder = path.dirname(target); folder !== this.root && folder.startsWith(this.root + path.sep); folder = path.dirname(folder)) {
      try {
        await rmdir(folder);
      } catch {
        break; // not empty (or already gone): the folders above are not empty either
      }
    }
  }

  /**
   * Removes temporary files older than `olderThanMs` (left by writers that crashed mid-upload; younger
   * ones may belong to uploads in progress). They are never listed, so this only reclaims space. Returns
   * how many were removed.
   */
  async removeStaleTemporaryFiles(olderThanMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    const visit = async (folder: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch (err) {
        if (isMissing(err)) return;
        throw err;
      }
      for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) await visit(full);
        else if (entry.isFile() && isTemp(entry.name)) {
          const info = await stat(full).catch(() => undefined);
          if (info && now - info.mtimeMs >= olderThanMs && (await unlink(full).then(() => true, () => false))) removed++;
        }
      }
    };
    await visit(this.root);
    return removed;
  }

  /** The file path of an object; refuses names that cannot be a file below the root. */
  private pathOf(name: string): string {
    if (!name) throw invalidArgument('object name must not be empty');
    const segments = name.split('/');
    if (name.includes('\0') || segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw invalidArgument(`object name ${JSON.stringify(name)} cannot be stored in a folder bucket (empty, "." or ".." path segments)`);
    }
    if (isTemp(segments[segments.length - 1]!)) throw invalidArgument(`object names ending in ${TEMP_SUFFIX} are reserved for temporary files`);
    return path.join(this.root, ...segments);
  }

  /** Creates the folder (and parents) and makes the new folders durable by syncing their parents. */
  private async makeFolder(folder: string, name: string): Promise<void> {
    let first: string | undefined;
    try {
      first = await mkdir(folder, { recursive: true });
    } catch (err) {
      if (errno(err) === 'ENOTDIR' || errno(err) === 'EEXIST') {
        throw invalidArgument(`cannot store object ${name} in ${this.description}: a parent of it is an object (a folder bucket cannot hold both)`);
      }
      throw err;
    }
    if (first === undefined) return;
    const top = path.dirname(first);
    for (let dir = folder; ; dir = path.dirname(dir)) {
      await fsyncFolder(dir);
      if (dir === top || dir === path.dirname(dir)) break;
    }
  }

  private async entries(relativeFolder: string) {
    try {
      return await readdir(path.join(this.root, ...relativeFolder.split('/').filter(Boolean)), { withFileTypes: true });
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
  }

  /** Every object name below a folder (given with its trailing "/"), depth first. */
  private async *walk(relativeFolder: string): AsyncGenerator<string> {
    for (const entry of await this.entries(relativeFolder)) {
      if (entry.isDirectory()) yield* this.walk(relativeFolder + entry.name + '/');
      else if (entry.isFile() && !isTemp(entry.name)) yield relativeFolder + entry.name;
    }
  }

  private async holdsObject(relativeFolder: string): Promise<boolean> {
    for await (const _name of this.walk(relativeFolder)) return true;
    return false;
  }
}

/** GCS lists names in the order of their UTF-8 bytes. */
export function compareNames(a: string, b: string): number {
  return a === b ? 0 : Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

async function writeDurably(file: string, data: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(file).catch(() => undefined);
    throw err;
  }
  await handle.close();
}

async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isTemp(basename: string): boolean {
  return basename.endsWith(TEMP_SUFFIX);
}

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

function isMissing(err: unknown): boolean {
  return errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR';
}

function notFoundOr(err: unknown, name: string): unknown {
  return isMissing(err) || errno(err) === 'EISDIR' ? new ObjectNotFoundError(name) : err;
}

/** Reads length bytes at offset from an open file: fewer only where the file ends. */
export async function readAt(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
