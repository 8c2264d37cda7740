// Where a block's files are read from: a local folder or a bucket prefix, whole or by byte range (a
// version-2 block's symbol sections and sample chunks: format-v2.ts).
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bucket } from '../objstore/bucket.ts';
import { readAt } from '../objstore/filesystem.ts';

export interface BlockSource {
  readonly description: string;
  read(file: string): Promise<Buffer>;
  /** length bytes from offset (fewer only at the end of the file). */
  readRange(file: string, offset: number, length: number): Promise<Buffer>;
}

export class LocalBlockSource implements BlockSource {
  constructor(readonly dir: string) {}
  get description(): string {
    return this.dir;
  }
  read(file: string): Promise<Buffer> {
    return readFile(join(this.dir, file));
  }
  async readRange(file: string, offset: number, length: number): Promise<Buffer> {
    const fh = await open(join(this.dir, file), 'r');
    try {
      return await readAt(fh, offset, length);
    } finally {
      await fh.close();
    }
  }
}

/** The object name prefix of a block: `<tenant>/blocks/<ULID>/`. */
export const blockPrefix = (tenant: string, ulid: string): string => `${tenant}/blocks/${ulid}/`;

export class BucketBlockSource implements BlockSource {
  constructor(private readonly bucket: Bucket, private readonly prefix: string) {}
  get description(): string {
    return `${this.bucket.description}/${this.prefix}`;
  }
  read(file: string): Promise<Buffer> {
    return this.bucket.get(this.prefix + file);
  }
  readRange(file: string, offset: number, length: number): Promise<Buffer> {
    return this.bucket.getRange(this.prefix + file, offset, length);
  }
}
