// A Bucket wrapper that counts reads (requests and bytes, per object), for tests and benches that prove how
// much of a block a query fetches.
import { DelegatingBucket } from './delegating-bucket.ts';

export class CountingBucket extends DelegatingBucket {
  /** Whole-object and ranged reads, and the bytes they returned. */
  gets = 0;
  rangeGets = 0;
  bytesRead = 0;
  /** Bytes read per object name. */
  readonly bytesByObject = new Map<string, number>();
  /** The objects read, in the order their reads completed. */
  readonly readOrder: string[] = [];

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

  override async get(name: string): Promise<Buffer> {
    this.gets++;
    return this.count(name, await this.inner.get(name));
  }
  override async getRange(name: string, offset: number, length: number): Promise<Buffer> {
    this.rangeGets++;
    return this.count(name, await this.inner.getRange(name, offset, length));
  }
}
