// Which bucket blocks go to: -storage.backend=filesystem (a local folder, the default) or gcs.
import { FilesystemBucket } from './objstore/filesystem.ts';
import { GcsBucket } from './objstore/gcs.ts';
import type { Bucket } from './objstore/bucket.ts';
import { SlowUploadBucket } from './slow-bucket.ts';
import type { FlagSet } from '../util/flags.ts';
import type { Logger } from '../util/log.ts';

export interface BucketConfig {
  backend: 'filesystem' | 'gcs';
  filesystemDir: string;
  uploadDelayMs: number;
  gcsBucketName: string;
  gcsEndpoint: string;
  gcsServiceAccountKeyFile: string;
}

export function registerBucketFlags(fs: FlagSet): () => BucketConfig {
  const backend = fs.define('storage.backend', 'string', 'filesystem', 'Object storage for blocks: filesystem (a local or shared folder) or gcs (Google Cloud Storage).', {
    validate: (v) => (v === 'filesystem' || v === 'gcs' ? undefined : `must be filesystem or gcs, not "${v}"`),
  });
  const dir = fs.define('storage.filesystem.dir', 'string', './data/bucket', 'Folder of the filesystem bucket (shared by every ingester and querier).');
  const delay = fs.define('storage.filesystem.upload-delay', 'duration', 0, 'Testing only: delay every upload by this much (to interrupt uploads on purpose).');
  const bucketName = fs.define('storage.gcs.bucket-name', 'string', '', 'Name of the GCS bucket (-storage.backend=gcs).');
  const endpoint = fs.define('storage.gcs.endpoint', 'string', '', 'GCS JSON API endpoint override, e.g. an emulator (default: Google, or STORAGE_EMULATOR_HOST).');
  const keyFile = fs.define('storage.gcs.service-account', 'string', '', 'Path of a service-account key (JSON) for GCS (default: application default credentials).');
  return () => ({
    backend: backend() as 'filesystem' | 'gcs',
    filesystemDir: dir(),
    uploadDelayMs: delay(),
    gcsBucketName: bucketName(),
    gcsEndpoint: endpoint(),
    gcsServiceAccountKeyFile: keyFile(),
  });
}

/** Builds the configured bucket; throws naming the flag when the configuration is incomplete. */
export function createBucket(config: BucketConfig, logger: Logger): Bucket {
  let bucket: Bucket;
  if (config.backend === 'gcs') {
    if (!config.gcsBucketName) throw new Error('-storage.gcs.bucket-name is required with -storage.backend=gcs');
    bucket = new GcsBucket({
      bucketName: config.gcsBucketName,
      ...(config.gcsEndpoint ? { endpoint: config.gcsEndpoint } : {}),
      ...(config.gcsServiceAccountKeyFile ? { serviceAccountKeyFile: config.gcsServiceAccountKeyFile } : {}),
      logger,
    });
  } else {
    if (!config.filesystemDir) throw new Error('-storage.filesystem.dir must not be empty with -storage.backend=filesystem');
    bucket = new FilesystemBucket(config.filesystemDir);
  }
  return config.uploadDelayMs > 0 ? new SlowUploadBucket(bucket, config.uploadDelayMs) : bucket;
}
