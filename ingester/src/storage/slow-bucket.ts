// A Bucket wrapper that delays every upload: only for tests that must kill an ingester in the middle of an
// upload (-storage.filesystem.upload-delay). Reads are not delayed.
import type { Bucket } from './objstore/bucket.ts';
import { DelegatingBucket } from './objstore/delegating-bucket.ts';

export class SlowUploadBucket extends DelegatingBucket {
  constructor(inner: Bucket, private readonly delayMs: number) {
    super(inner);
  }
  override get description(): string {
    return `${this.inner.description} (uploads delayed ${this.delayMs}ms)`;
  }
  override async upload(name: string, data: Uint8Array): Promise<void> {
    await new Promise((r) => setTimeout(r, this.delayMs));
    await this.inner.upload(name, data);
  }
}
