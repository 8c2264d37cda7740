// The base of Bucket wrappers that change one or two calls (delay uploads, count reads): every call goes to
// the wrapped bucket unless a subclass overrides it.
import type { Bucket, ListResult } from './bucket.ts';

export class DelegatingBucket implements Bucket {
  constructor(protected readonly inner: Bucket) {}

  get description(): string {
    return this.inner.description;
  }
  upload(name: string, data: Uint8Array): Promise<void> {
    return this.inner.upload(name, data);
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
