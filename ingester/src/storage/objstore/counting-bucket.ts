// A Bucket wrapper that counts reads (requests and bytes, per object), for tests and benches that prove how
// much of a block a query fetches.
import type { Bucket, ListResult } from './bucket.ts';

export class CountingBucket implements Bucket {
  /** Whole-object and ranged reads, and the bytes they returned. */
  gets = 0;
  rangeGets = 0;
  bytesRead = 0;
  /** Bytes read per object name. */
  readonly bytesByObject = new Map<string, number>();
  /** The objects read, in the order their reads completed. */
  readonly readOrder: string[] = [];

  constructor(private readonly inner: Bucket) {}

  get description(): string {
    return this.inner.description;
  }

  reset(): void {
    this.gets = 0;
    this.rangeGets = 0;
    this.bytesRead = 0;
    this.bytesByObject.clear();
    this.readOrder.length = 0;
  }

  /** Bytes read from objects whose name matches. */
  bytesReadFrom(match: RegExp): number {
    let n = 0;
    for (const [name, bytes] of this.bytesByObject) if (match.test(name)) n += bytes;
    return n;
  }

  private count(name: string, data: Buffer): Buffer {
    this.bytesRead += data.length;
    this.bytesByObject.set(name, (this.bytesByObject.get(name) ?? 0) + data.length);
    this.readOrder.push(name);
    return data;
  }

  upload(name: string, data: Uint8Array): Promise<void> {
    return this.inner.upload(name, data);
  }
  async get(name: string): Promise<Buffer> {
    this.gets++;
    return this.count(name, await this.inner.get(name));
  }
  async getRange(name: string, offset: number, length: number): Promise<Buffer> {
    this.rangeGets++;
    return this.count(name, await this.inner.getRange(name, offset, length));
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
