// An in-memory Bucket for tests: same contract as the filesystem and GCS buckets, plus fault injection
// (fail or delay uploads) and a count of writes, so shipper tests can observe retries and idempotency.
import { ObjectNotFoundError, type Bucket, type ListResult } from './bucket.ts';

export class MemoryBucket implements Bucket {
  readonly description = 'memory://';
  readonly objects = new Map<string, Buffer>();
  /** Number of successful upload() calls, per object name. */
  readonly uploads = new Map<string, number>();
  /** Names of successful uploads, in order. */
  readonly uploadLog: string[] = [];
  /** When set, upload() throws this error (a bucket outage). */
  failUploads: Error | undefined;
  /** Delay added before each upload completes. */
  uploadDelayMs = 0;

  async upload(name: string, data: Uint8Array): Promise<void> {
    if (this.uploadDelayMs > 0) await new Promise((r) => setTimeout(r, this.uploadDelayMs));
    if (this.failUploads) throw this.failUploads;
    this.objects.set(name, Buffer.from(data));
    this.uploads.set(name, (this.uploads.get(name) ?? 0) + 1);
    this.uploadLog.push(name);
  }

  async get(name: string): Promise<Buffer> {
    const data = this.objects.get(name);
    if (!data) throw new ObjectNotFoundError(name);
    return Buffer.from(data);
  }

  async getRange(name: string, offset: number, length: number): Promise<Buffer> {
    const data = await this.get(name);
    return data.subarray(offset, offset + length);
  }

  async exists(name: string): Promise<boolean> {
    return this.objects.has(name);
  }

  async list(prefix: string, options: { delimiter?: string } = {}): Promise<ListResult> {
    const objects: string[] = [];
    const prefixes = new Set<string>();
    for (const name of [...this.objects.keys()].sort()) {
      if (!name.startsWith(prefix)) continue;
      const rest = name.slice(prefix.length);
      const cut = options.delimiter ? rest.indexOf(options.delimiter) : -1;
      if (cut >= 0) prefixes.add(prefix + rest.slice(0, cut + options.delimiter!.length));
      else objects.push(name);
    }
    return { objects, prefixes: [...prefixes] };
  }

  async delete(name: string): Promise<void> {
    this.objects.delete(name);
  }
}
