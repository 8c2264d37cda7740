// A Bucket wrapper that delays every upload: only for tests that must kill an ingester in the middle of an
// upload (-storage.filesystem.upload-delay). Reads are not delayed.
import type { Bucket, ListResult } from './objstore/bucket.ts';

export class SlowUploadBucket implements Bucket {
  constructor(private readonly inner: Bucket, private readonly delayMs: number) {}
  get description(): string {
    return `${this.inner.description} (uploads delayed ${this.delayMs}ms)`;
  }
  async upload(name: string, data: Uint8Array): Promise<void> {
    await new Promise((r) => setTimeout(r, this.delayMs));
    await this.inner.upload(name, data);
  }
  get(name: string): Promise<Buffer> {
    return this.inner.get(name);
  }
  getRange(name: string, offset: number, length: number): Promise<Buffer> {
    return this.inner.getRange(name, offset, length);
  }
  exists(name: string): Promise<boolean> {
    return this.inner.exists(name);
  }
  list(prefix: string, options?: { delimiter?: string }): Promise<ListResult> {
    return this.inner.list(prefix, options);
  }
  delete(name: string): Promise<void> {
    return this.inner.delete(name);
  }
}
