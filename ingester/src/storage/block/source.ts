// Where a block's files are read from: a local folder or a bucket prefix. The block reader only needs to
// read whole files by name.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bucket } from '../objstore/bucket.ts';

export interface BlockSource {
  readonly description: string;
  read(file: string): Promise<Buffer>;
}

export class LocalBlockSource implements BlockSource {
  constructor(readonly dir: string) {}
  get description(): string {
    return this.dir;
  }
  read(file: string): Promise<Buffer> {
    return readFile(join(this.dir, file));
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
}
