// The bucket blocks go to: the object-store flags and factory (objstore/factory.ts), plus one flag for
// tests that must interrupt an upload on purpose.
import { createBucket as createObjstoreBucket, registerObjstoreFlags, type ObjstoreConfig } from './objstore/factory.ts';
import type { Bucket } from './objstore/bucket.ts';
import { SlowUploadBucket } from './slow-bucket.ts';
import type { FlagSet } from '../util/flags.ts';
import type { Logger } from '../util/log.ts';
import type { Registry } from 'prom-client';

export interface BucketConfig {
  objstore: ObjstoreConfig;
  uploadDelayMs: number;
}

export function registerBucketFlags(fs: FlagSet): () => BucketConfig {
  const objstore = registerObjstoreFlags(fs);
  const delay = fs.define('storage.upload-delay', 'duration', 0, 'Testing only: delay every upload by this much (to interrupt uploads on purpose).', {
    aliases: ['storage.filesystem.upload-delay'],
    validate: (v) => (v >= 0 ? undefined : 'must be >= 0'),
  });
  return () => ({ objstore: objstore(), uploadDelayMs: delay() });
}

/** Builds the configured bucket; throws a FlagError naming the flag when the configuration is incomplete. */
export function createBucket(config: BucketConfig, logger: Logger, registry: Registry): Bucket {
  const bucket = createObjstoreBucket(config.objstore, { logger, registry });
  return config.uploadDelayMs > 0 ? new SlowUploadBucket(bucket, config.uploadDelayMs) : bucket;
}
