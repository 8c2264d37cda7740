// The test server's state: buckets and their live objects (no versioning), with the generation and
// metageneration bookkeeping, checksums and listing rules of GCS. Tests inspect and seed it directly.
import { createHash, randomUUID } from 'node:crypto';
import { crc32cBase64, crc32cUpdate } from './crc32c.ts';

export interface StoredObject {
  bucket: string;
  name: string;
  data: Buffer;
  generation: number;
  metageneration: number;
  contentType: string;
  /** Custom key/value metadata (the object resource's `metadata`). */
  metadata: Record<string, string>;
  md5Hash: string;
  crc32c: string;
  timeCreated: string;
  updated: string;
}

export interface StoredBucket {
  name: string;
  projectNumber: string;
  timeCreated: string;
  metageneration: number;
  objects: Map<string, StoredObject>;
  /** Names in listing order, rebuilt lazily after a write or delete. */
  sortedNames?: string[];
}

export interface ListPage {
  items: StoredObject[];
  prefixes: string[];
  nextPageToken?: string;
}

/** GCS orders names by their UTF-8 bytes; JavaScript's default order (UTF-16 units) differs above U+FFFF. */
export function compareNames(a: string, b: string): number {
  return a === b ? 0 : Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export class ObjectStore {
  readonly buckets = new Map<string, StoredBucket>();
  /** Generations grow with time, as GCS's (microseconds since the epoch), and never repeat. */
  private lastGeneration = 0;

  createBucket(name: string): StoredBucket {
    const bucket: StoredBucket = { name, projectNumber: '0', timeCreated: new Date().toISOString(), metageneration: 1, objects: new Map() };
    this.buckets.set(name, bucket);
    return bucket;
  }

  bucket(name: string): StoredBucket | undefined {
    return this.buckets.get(name);
  }

  get(bucket: string, name: string): StoredObject | undefined {
    return this.buckets.get(bucket)?.objects.get(name);
  }

  /** Stores a complete object as a new generation (creating the bucket if needed, for seeding). */
  put(bucketName: string, name: string, data: Uint8Array, options: { contentType?: string; metadata?: Record<string, string> } = {}): StoredObject {
    const bucket = this.buckets.get(bucketName) ?? this.createBucket(bucketName);
    const now = new Date().toISOString();
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const object: StoredObject = {
      bucket: bucketName,
      name,
      data: buffer,
      generation: this.nextGeneration(),
      metageneration: 1,
      contentType: options.contentType ?? 'application/octet-stream',
      metadata: options.metadata ?? {},
      md5Hash: createHash('md5').update(buffer).digest('base64'),
      crc32c: crc32cBase64(crc32cUpdate(0, buffer)),
      timeCreated: now,
      updated: now,
    };
    if (!bucket.objects.has(name)) bucket.sortedNames = undefined;
    bucket.objects.set(name, object);
    return object;
  }

  delete(bucket: string, name: string): boolean {
    const stored = this.buckets.get(bucket);
    if (!stored?.objects.delete(name)) return false;
    stored.sortedNames = undefined;
    return true;
  }

  /**
   * One page of a listing, as GCS computes it: names in byte order; with a delimiter, names that contain
   * it after the prefix collapse into one prefix each (ending with the delimiter); maxResults counts items
   * and prefixes together; the page token names the last entry returned.
   */
  list(bucketName: string, options: { prefix?: string; delimiter?: string; maxResults?: number; pageToken?: string; startOffset?: string; endOffset?: string; includeTrailingDelimiter?: boolean }): ListPage {
    const bucket = this.buckets.get(bucketName);
    const prefix = options.prefix ?? '';
    const delimiter = options.delimiter || undefined;
    const maxResults = options.maxResults ?? 1000;
    const after = options.pageToken ? decodePageToken(options.pageToken) : undefined;
    if (bucket && !bucket.sortedNames) bucket.sortedNames = [...bucket.objects.keys()].sort(compareNames);
    const names = (bucket?.sortedNames ?? []).filter((n) => n.startsWith(prefix));
    const page: ListPage = { items: [], prefixes: [] };
    let last: string | undefined;
    for (const name of names) {
      if (after !== undefined && (compareNames(name, after) <= 0 || (after.endsWith(delimiter ?? '\u0000') && name.startsWith(after)))) continue;
      if (options.startOffset !== undefined && compareNames(name, options.startOffset) < 0) continue;
      if (options.endOffset !== undefined && compareNames(name, options.endOffset) >= 0) continue;
      const cut = delimiter ? name.indexOf(delimiter, prefix.length) : -1;
      const entry = cut >= 0 ? name.slice(0, cut + delimiter!.length) : name;
      if (entry === last) continue; // more names under a prefix already returned
      if (page.items.length + page.prefixes.length >= maxResults) {
        page.nextPageToken = encodePageToken(last!);
        break;
      }
      if (cut >= 0) {
        page.prefixes.push(entry);
        // A name equal to "prefix/" is an object too when includeTrailingDelimiter asks for it.
        if (options.includeTrailingDelimiter && entry === name) page.items.push(bucket!.objects.get(name)!);
      } else page.items.push(bucket!.objects.get(name)!);
      last = entry;
    }
    return page;
  }

  private nextGeneration(): number {
    this.lastGeneration = Math.max(this.lastGeneration + 1, Date.now() * 1000);
    return this.lastGeneration;
  }
}

function encodePageToken(lastEntry: string): string {
  return Buffer.from(lastEntry, 'utf8').toString('base64url');
}

function decodePageToken(token: string): string {
  return Buffer.from(token, 'base64url').toString('utf8');
}

/** A resumable upload session: bytes persisted so far, and what to do once complete. */
export interface UploadSession {
  id: string;
  bucket: string;
  name: string;
  contentType: string;
  metadata: Record<string, string>;
  preconditions: Preconditions;
  chunks: Buffer[];
  received: number;
  /** Set once the total size is known (from X-Upload-Content-Length or a final Content-Range). */
  total?: number;
  /** The object created when the session completed; later status queries return it. */
  result?: StoredObject;
}

export interface Preconditions {
  ifGenerationMatch?: number;
  ifGenerationNotMatch?: number;
  ifMetagenerationMatch?: number;
  ifMetagenerationNotMatch?: number;
}

export function newSessionId(): string {
  return randomUUID().replace(/-/g, '');
}

/** True when the preconditions hold for the current object (undefined: the object does not exist). */
export function preconditionsHold(p: Preconditions, current: StoredObject | undefined): boolean {
  const generation = current?.generation ?? 0;
  if (p.ifGenerationMatch !== undefined && p.ifGenerationMatch !== generation) return false;
  if (p.ifGenerationNotMatch !== undefined && p.ifGenerationNotMatch === generation) return false;
  if (p.ifMetagenerationMatch !== undefined && (!current || p.ifMetagenerationMatch !== current.metageneration)) return false;
  if (p.ifMetagenerationNotMatch !== undefined && current && p.ifMetagenerationNotMatch === current.metageneration) return false;
  return true;
}
