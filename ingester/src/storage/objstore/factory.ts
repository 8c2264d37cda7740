// Chooses and builds the bucket from flags: -storage.backend=filesystem (default) or gcs. The bucket it
// returns is instrumented (operation counts, failures, latency and bytes per backend) on the registry the
// caller injects.
import { Counter, Histogram, type Registry } from 'prom-client';
import { FlagError, type FlagSet } from '../../util/flags.ts';
import type { Logger } from '../../util/log.ts';
import { silentLogger } from '../../util/log.ts';
import { ObjectNotFoundError, type Bucket, type ListResult } from './bucket.ts';
import { FilesystemBucket } from './filesystem.ts';
import { GCS_DEFAULTS, GcsBucket } from './gcs.ts';

export type ObjstoreBackend = 'filesystem' | 'gcs';
const BACKENDS: ObjstoreBackend[] = ['filesystem', 'gcs'];

export interface ObjstoreConfig {
  backend: ObjstoreBackend;
  filesystem: { dir: string };
  gcs: {
    bucketName: string;
    serviceAccountKeyFile: string;
    endpoint: string;
    projectId: string;
    resumableThresholdBytes: number;
    chunkSizeBytes: number;
    maxRetries: number;
    maxRetryDelayMs: number;
    requestTimeoutMs: number;
  };
}

export function defaultObjstoreConfig(): ObjstoreConfig {
  return {
    backend: 'filesystem',
    filesystem: { dir: './data/bucket' },
    gcs: {
      bucketName: '',
      serviceAccountKeyFile: '',
      endpoint: '',
      projectId: '',
      resumableThresholdBytes: GCS_DEFAULTS.resumableThresholdBytes,
      chunkSizeBytes: GCS_DEFAULTS.chunkSizeBytes,
      maxRetries: GCS_DEFAULTS.maxRetries,
      maxRetryDelayMs: GCS_DEFAULTS.maxRetryDelayMs,
      requestTimeoutMs: GCS_DEFAULTS.requestTimeoutMs,
    },
  };
}

/** Declares the object-store flags; the returned function reads the parsed configuration. */
export function registerObjstoreFlags(fs: FlagSet): () => ObjstoreConfig {
  const d = defaultObjstoreConfig();
  const backend = fs.define('storage.backend', 'string', d.backend, `Where blocks are stored: ${BACKENDS.join(' or ')}.`, {
    validate: (v) => (BACKENDS.includes(v as ObjstoreBackend) ? undefined : `must be one of ${BACKENDS.join(', ')}, got "${v}"`),
  });
  const dir = fs.define('storage.filesystem.dir', 'string', d.filesystem.dir, 'Folder of the filesystem bucket (objects are files below it).');
  const bucketName = fs.define('storage.gcs.bucket-name', 'string', d.gcs.bucketName, 'GCS bucket name (required with -storage.backend=gcs).');
  const keyFile = fs.define(
    'storage.gcs.service-account-key-file',
    'string',
    d.gcs.serviceAccountKeyFile,
    'Path of a service-account key (JSON) for GCS. Empty: application default credentials (GOOGLE_APPLICATION_CREDENTIALS, workload identity, metadata server).',
  );
  const endpoint = fs.define(
    'storage.gcs.endpoint',
    'string',
    d.gcs.endpoint,
    'GCS JSON API endpoint, for emulators and tests (e.g. http://127.0.0.1:4443; not authenticated) or a private endpoint (authenticated when a key file is given). Empty: storage.googleapis.com, or STORAGE_EMULATOR_HOST when set.',
  );
  const projectId = fs.define('storage.gcs.project-id', 'string', d.gcs.projectId, 'Google Cloud project (optional; only needed where the API asks for one).');
  const threshold = fs.define('storage.gcs.resumable-threshold', 'bytes', d.gcs.resumableThresholdBytes, 'Objects larger than this are uploaded as resumable uploads in chunks; smaller ones in a single request.');
  const chunk = fs.define('storage.gcs.chunk-size', 'bytes', d.gcs.chunkSizeBytes, 'Chunk size of resumable uploads (a multiple of 256KiB); each chunk is retried on its own.', {
    validate: (v) => (v > 0 && v % (256 * 1024) === 0 ? undefined : 'must be a positive multiple of 256KiB'),
  });
  const maxRetries = fs.define('storage.gcs.max-retries', 'int', d.gcs.maxRetries, 'Retries of a GCS request on 408/429/5xx, timeouts and connection errors (0 disables retries).', {
    validate: (v) => (v >= 0 ? undefined : 'must not be negative'),
  });
  const maxRetryDelay = fs.define('storage.gcs.max-retry-delay', 'duration', d.gcs.maxRetryDelayMs, 'Longest wait between two retries (exponential backoff with jitter; at least 1s).', {
    validate: (v) => (v >= 1000 ? undefined : 'must be at least 1s (the client library refuses less)'),
  });
  const requestTimeout = fs.define('storage.gcs.request-timeout', 'duration', d.gcs.requestTimeoutMs, 'A GCS request without an answer, or a download receiving nothing, for this long is abandoned and retried (a single-request upload must finish within it).', {
    validate: (v) => (v > 0 ? undefined : 'must be positive'),
  });
  return () => ({
    backend: backend() as ObjstoreBackend,
    filesystem: { dir: dir() },
    gcs: {
      bucketName: bucketName(),
      serviceAccountKeyFile: keyFile(),
      endpoint: endpoint(),
      projectId: projectId(),
      resumableThresholdBytes: threshold(),
      chunkSizeBytes: chunk(),
      maxRetries: maxRetries(),
      maxRetryDelayMs: maxRetryDelay(),
      requestTimeoutMs: requestTimeout(),
    },
  });
}

/** Checks the combination of flags; the error names the flag to fix. */
export function validateObjstoreConfig(config: ObjstoreConfig): void {
  if (!BACKENDS.includes(config.backend)) throw new FlagError(`invalid -storage.backend: must be one of ${BACKENDS.join(', ')}, got "${config.backend}"`);
  if (config.backend === 'filesystem' && !config.filesystem.dir) throw new FlagError('-storage.filesystem.dir must be set with -storage.backend=filesystem');
  if (config.backend === 'gcs') {
    if (!config.gcs.bucketName) throw new FlagError('-storage.gcs.bucket-name must be set with -storage.backend=gcs');
    if (config.gcs.endpoint && !/^https?:\/\/[^/]+/.test(config.gcs.endpoint)) {
      throw new FlagError(`invalid -storage.gcs.endpoint "${config.gcs.endpoint}": expected a URL such as http://127.0.0.1:4443`);
    }
  }
}

export interface BucketDeps {
  /** Where the bucket's metrics go (never the global registry). Omitted: no metrics. */
  registry?: Registry;
  logger?: Logger;
}

/** Builds the configured bucket, validated and instrumented. */
export function createBucket(config: ObjstoreConfig, deps: BucketDeps = {}): Bucket {
  validateObjstoreConfig(config);
  const logger = deps.logger ?? silentLogger();
  const bucket: Bucket =
    config.backend === 'gcs'
      ? new GcsBucket({
          bucketName: config.gcs.bucketName,
          endpoint: config.gcs.endpoint || undefined,
          serviceAccountKeyFile: config.gcs.serviceAccountKeyFile || undefined,
          projectId: config.gcs.projectId || undefined,
          resumableThresholdBytes: config.gcs.resumableThresholdBytes,
          chunkSizeBytes: config.gcs.chunkSizeBytes,
          maxRetries: config.gcs.maxRetries,
          maxRetryDelayMs: config.gcs.maxRetryDelayMs,
          requestTimeoutMs: config.gcs.requestTimeoutMs,
          logger,
        })
      : new FilesystemBucket(config.filesystem.dir);
  logger.info('object store configured', { backend: config.backend, bucket: bucket.description });
  return deps.registry ? new InstrumentedBucket(bucket, config.backend, deps.registry, logger) : bucket;
}

/**
 * Counts and times every bucket operation. A missing object is an answer, not a failure. Failures are
 * logged with the object name, so an upload that keeps failing is visible in logs and metrics alike.
 */
export class InstrumentedBucket implements Bucket {
  readonly description: string;
  private readonly operations: Counter<'backend' | 'operation' | 'outcome'>;
  private readonly duration: Histogram<'backend' | 'operation'>;
  private readonly bytes: Counter<'backend' | 'direction'>;

  constructor(
    private readonly inner: Bucket,
    private readonly backend: string,
    registry: Registry,
    private readonly logger: Logger,
  ) {
    this.description = inner.description;
    this.operations = getOrCreate(registry, 'objstore_operations_total', () => new Counter({
      name: 'objstore_operations_total',
      help: 'Object store operations by backend, operation and outcome (success, not_found, failed).',
      labelNames: ['backend', 'operation', 'outcome'],
      registers: [registry],
    }));
    this.duration = getOrCreate(registry, 'objstore_operation_duration_seconds', () => new Histogram({
      name: 'objstore_operation_duration_seconds',
      help: 'Duration of object store operations, retries included.',
      labelNames: ['backend', 'operation'],
      buckets: [0.005, 0.025, 0.1, 0.5, 1, 2.5, 10, 30, 120],
      registers: [registry],
    }));
    this.bytes = getOrCreate(registry, 'objstore_bytes_total', () => new Counter({
      name: 'objstore_bytes_total',
      help: 'Bytes uploaded to (direction="upload") and read from (direction="download") the object store.',
      labelNames: ['backend', 'direction'],
      registers: [registry],
    }));
  }

  async upload(name: string, data: Uint8Array): Promise<void> {
    await this.observe('upload', name, () => this.inner.upload(name, data));
    this.bytes.inc({ backend: this.backend, direction: 'upload' }, data.byteLength);
  }

  async get(name: string): Promise<Buffer> {
    const data = await this.observe('get', name, () => this.inner.get(name));
    this.bytes.inc({ backend: this.backend, direction: 'download' }, data.length);
    return data;
  }

  async getRange(name: string, offset: number, length: number): Promise<Buffer> {
    const data = await this.observe('get_range', name, () => this.inner.getRange(name, offset, length));
    this.bytes.inc({ backend: this.backend, direction: 'download' }, data.length);
    return data;
  }

  exists(name: string): Promise<boolean> {
    return this.observe('exists', name, () => this.inner.exists(name));
  }

  list(prefix: string, options?: { delimiter?: string }): Promise<ListResult> {
    return this.observe('list', prefix, () => this.inner.list(prefix, options));
  }

  delete(name: string): Promise<void> {
    return this.observe('delete', name, () => this.inner.delete(name));
  }

  private async observe<T>(operation: string, name: string, run: () => Promise<T>): Promise<T> {
    const end = this.duration.startTimer({ backend: this.backend, operation });
    try {
      const result = await run();
      this.operations.inc({ backend: this.backend, operation, outcome: 'success' });
      return result;
    } catch (err) {
      const notFound = err instanceof ObjectNotFoundError;
      this.operations.inc({ backend: this.backend, operation, outcome: notFound ? 'not_found' : 'failed' });
      if (!notFound) this.logger.warn('object store operation failed', { backend: this.backend, bucket: this.description, operation, object: name, error: err });
      throw err;
    } finally {
      end();
    }
  }
}

/** Several buckets may share one registry (e.g. two roles in one process): reuse a metric once declared. */
function getOrCreate<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}
