// The object-store seam: everything the ingester and querier need from a bucket, nothing more.
// Implementations: filesystem.ts (a local folder, the default) and gcs.ts (Google Cloud Storage).
// Object names use "/" as separator, e.g. "tenant-a/blocks/01J…/meta.json".

export interface ListResult {
  /** Full names of the objects directly under the prefix (or all below it without a delimiter). */
  objects: string[];
  /** With a delimiter: the "folders" (common prefixes, ending in the delimiter) directly under the prefix. */
  prefixes: string[];
}

export interface Bucket {
  /** A short description for logs, e.g. "gcs://bucket" or "file:///data/bucket". */
  readonly description: string;
  /** Writes the whole object. Idempotent: writing the same name again replaces it. */
  upload(name: string, data: Uint8Array): Promise<void>;
  /** Reads the whole object; throws ObjectNotFoundError when it does not exist. */
  get(name: string): Promise<Buffer>;
  /** Reads length bytes from offset; throws ObjectNotFoundError when it does not exist. */
  getRange(name: string, offset: number, length: number): Promise<Buffer>;
  exists(name: string): Promise<boolean>;
  /** Lists names under a prefix, every page followed. */
  list(prefix: string, options?: { delimiter?: string }): Promise<ListResult>;
  /** Deletes an object; deleting a missing object is not an error. */
  delete(name: string): Promise<void>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly objectName: string) {
    super(`object ${objectName} not found`);
    this.name = 'ObjectNotFoundError';
  }
}
