// Google Cloud Storage behind the Bucket interface, on the official @google-cloud/storage client (v7).
//
// Retries: the client retries 408/429/5xx and connection errors itself, configured here through its
// retryOptions. Every write we make is idempotent (an upload of a block file replaces the same bytes), so
// the idempotency strategy is RetryAlways; with the client's default (RetryConditional) an upload without
// an ifGenerationMatch precondition would never be retried.
//
// Hangs: the client's HTTP layer (node-fetch 2) never notices a connection cut in the middle of a response
// body whose length was announced, and waits forever. So JSON requests get the client's `timeout` (a
// timed-out request is then retried like a connection error), and downloads are watched here: a read that
// makes no progress for `requestTimeoutMs` is abandoned and retried (reads are idempotent).
import { IdempotencyStrategy, RETRYABLE_ERR_FN_DEFAULT, Storage, type Bucket as GcsClientBucket, type StorageOptions } from '@google-cloud/storage';
import { ObjectNotFoundError, type Bucket, type ListResult } from './bucket.ts';
import { ApiError, type ErrorCode } from '../../util/errors.ts';
import type { Logger } from '../../util/log.ts';
import { silentLogger } from '../../util/log.ts';
import { fastCrc32cGenerator } from './gcs-crc32c.ts';

export interface GcsBucketConfig {
  bucketName: string;
  /**
   * The JSON API endpoint, e.g. http://127.0.0.1:4443 for an emulator. Empty: the real GCS, or
   * STORAGE_EMULATOR_HOST when that is set (the client reads it itself).
   */
  endpoint?: string;
  /** A service-account key file (JSON). Empty: application default credentials. */
  serviceAccountKeyFile?: string;
  projectId?: string;
  /** Objects larger than this go up as resumable uploads (in chunks); smaller ones in one multipart request. */
  resumableThresholdBytes?: number;
  /** Chunk size of resumable uploads; a multiple of 256 KiB. */
  chunkSizeBytes?: number;
  /** Retries of one request by the client (and of a stalled download by us). */
  maxRetries?: number;
  /** Longest pause between two retries. The client does not go below 1 s. */
  maxRetryDelayMs?: number;
  /** Time after which the client stops retrying one operation. */
  totalTimeoutMs?: number;
  /** A request (or a download) that makes no progress for this long is abandoned and retried. */
  requestTimeoutMs?: number;
  logger?: Logger;
}

export const GCS_DEFAULTS = {
  resumableThresholdBytes: 8 * 1024 * 1024,
  chunkSizeBytes: 16 * 1024 * 1024,
  maxRetries: 8,
  maxRetryDelayMs: 32_000,
  totalTimeoutMs: 600_000,
  requestTimeoutMs: 60_000,
} as const;

const RESUMABLE_CHUNK_QUANTUM = 256 * 1024;
const CONTENT_TYPE = 'application/octet-stream';

export class GcsBucket implements Bucket {
  readonly description: string;
  private readonly bucket: GcsClientBucket;
  private readonly resumableThreshold: number;
  private readonly chunkSize: number;
  private readonly maxRetries: number;
  private readonly maxRetryDelayMs: number;
  private readonly requestTimeoutMs: number;
  private readonly totalTimeoutMs: number;
  private readonly logger: Logger;

  constructor(config: GcsBucketConfig) {
    if (!config.bucketName) throw new Error('GCS bucket name is required');
    this.description = `gcs://${config.bucketName}`;
    this.resumableThreshold = config.resumableThresholdBytes ?? GCS_DEFAULTS.resumableThresholdBytes;
    this.chunkSize = config.chunkSizeBytes ?? GCS_DEFAULTS.chunkSizeBytes;
    if (this.chunkSize <= 0 || this.chunkSize % RESUMABLE_CHUNK_QUANTUM !== 0) {
      throw new Error(`GCS resumable chunk size must be a positive multiple of 256 KiB, got ${this.chunkSize}`);
    }
    this.maxRetries = config.maxRetries ?? GCS_DEFAULTS.maxRetries;
    // The client's save() refuses a maximum delay below its 1 s minimum.
    this.maxRetryDelayMs = Math.max(1000, config.maxRetryDelayMs ?? GCS_DEFAULTS.maxRetryDelayMs);
    this.requestTimeoutMs = config.requestTimeoutMs ?? GCS_DEFAULTS.requestTimeoutMs;
    this.totalTimeoutMs = config.totalTimeoutMs ?? GCS_DEFAULTS.totalTimeoutMs;
    this.logger = config.logger ?? silentLogger();
    const options: StorageOptions = {
      projectId: config.projectId || undefined,
      keyFilename: config.serviceAccountKeyFile || undefined,
      timeout: this.requestTimeoutMs,
      // The client's own CRC32C runs at ~20 MB/s and capped every upload; see gcs-crc32c.ts.
      crc32cGenerator: fastCrc32cGenerator,
      retryOptions: {
        autoRetry: this.maxRetries > 0,
        maxRetries: this.maxRetries,
        maxRetryDelay: this.maxRetryDelayMs / 1000,
        totalTimeout: this.totalTimeoutMs / 1000,
        retryDelayMultiplier: 2,
        idempotencyStrategy: IdempotencyStrategy.RetryAlways,
        retryableErrorFn: isRetryable,
      },
    };
    if (config.endpoint) {
      options.apiEndpoint = config.endpoint;
      // The client skips authentication for custom endpoints (emulators); with a key file given the
      // endpoint is a real one (e.g. a Private Service Connect address) and must be authenticated.
      if (config.serviceAccountKeyFile) options.useAuthWithCustomEndpoint = true;
    }
    this.bucket = new Storage(options).bucket(config.bucketName);
  }

  async upload(name: string, data: Uint8Array): Promise<void> {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const resumable = buffer.length > this.resumableThreshold;
    try {
      await this.bucket.file(name).save(buffer, {
        resumable,
        chunkSize: resumable ? this.chunkSize : undefined,
        validation: 'crc32c',
        contentType: CONTENT_TYPE,
      });
    } catch (err) {
      throw this.translate('upload', name, err);
    }
  }

  get(name: string): Promise<Buffer> {
    return this.read(name, {});
  }

  /**
   * A ranged download: the client's createReadStream({ start, end }) sends `Range: bytes=start-end` (end
   * inclusive) and GCS answers 206 with those bytes, fewer when the object ends first, or 416 when the range
   * starts at or past the end (https://cloud.google.com/storage/docs/downloads: downloads are GETs with an
   * optional Range header; https://cloud.google.com/storage/docs/json_api/v1/status-codes, 416).
   */
  async getRange(name: string, offset: number, length: number): Promise<Buffer> {
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(length) || length < 0) {
      throw new RangeError(`invalid range offset=${offset} length=${length} for ${name}`);
    }
    if (length === 0) {
      if (!(await this.exists(name))) throw new ObjectNotFoundError(name);
      return Buffer.alloc(0);
    }
    try {
      return await this.read(name, { start: offset, end: offset + length - 1 });
    } catch (err) {
      // GCS answers 416 for a range that starts at or after the end: there is nothing to read there.
      if (statusOf(err) === 416 || statusOf((err as Error).cause) === 416) return Buffer.alloc(0);
      throw err;
    }
  }

  async exists(name: string): Promise<boolean> {
    try {
      const [exists] = await this.bucket.file(name).exists();
      return exists;
    } catch (err) {
      throw this.translate('exists', name, err);
    }
  }

  async list(prefix: string, options: { delimiter?: string } = {}): Promise<ListResult> {
    const objects: string[] = [];
    const prefixes: string[] = [];
    let pageToken: string | undefined;
    try {
      do {
        const [files, , response] = await this.bucket.getFiles({
          prefix: prefix || undefined,
          delimiter: options.delimiter || undefined,
          autoPaginate: false,
          maxResults: 1000,
          pageToken,
          // Names are all we need: a partial response is several times smaller than full object resources.
          fields: 'items(name),prefixes,nextPageToken',
        });
        for (const file of files) objects.push(file.name);
        const page = response as { prefixes?: string[]; nextPageToken?: string } | undefined;
        for (const p of page?.prefixes ?? []) prefixes.push(p);
        pageToken = page?.nextPageToken || undefined;
      } while (pageToken);
    } catch (err) {
      throw this.translate('list', prefix, err);
    }
    return { objects, prefixes };
  }

  async delete(name: string): Promise<void> {
    try {
      await this.bucket.file(name).delete({ ignoreNotFound: true });
    } catch (err) {
      throw this.translate('delete', name, err);
    }
  }

  /**
   * Downloads (part of) an object. The client retries what fails before the body starts; this retries what
   * it cannot: a download that stalls, breaks off after some bytes arrived, or arrives corrupted.
   */
  private async read(name: string, range: { start?: number; end?: number }): Promise<Buffer> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const progress = { bytes: 0 };
      try {
        return await this.readOnce(name, range, progress);
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        const brokenOff = err instanceof StalledReadError || code === 'CONTENT_DOWNLOAD_MISMATCH' || (progress.bytes > 0 && isRetryable(err));
        if (!brokenOff || attempt >= this.maxRetries || Date.now() - started > this.totalTimeoutMs) throw this.translate('download', name, err);
        const delay = Math.min(this.maxRetryDelayMs, 100 * 2 ** attempt);
        this.logger.warn('retrying GCS download', { object: name, bucket: this.description, attempt: attempt + 1, error: err });
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private readOnce(name: string, range: { start?: number; end?: number }, progress: { bytes: number }): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      // Integrity: whole-object reads are checked against the object's CRC32C by the client; the client
      // cannot check a range.
      const stream = this.bucket.file(name).createReadStream(range.start !== undefined ? { ...range, validation: false } : { validation: 'crc32c' });
      const chunks: Buffer[] = [];
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          stream.destroy(new StalledReadError(name, this.requestTimeoutMs));
        }, this.requestTimeoutMs);
      };
      arm();
      stream.on('response', arm); // the client's own retries before the body are not a stall
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        progress.bytes += chunk.length;
        arm();
      });
      stream.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      stream.on('end', () => {
        clearTimeout(timer);
        resolve(Buffer.concat(chunks));
      });
    });
  }

  /** Maps a client error to ObjectNotFoundError or an ApiError that says what failed, with the cause kept. */
  private translate(operation: string, name: string, err: unknown): Error {
    const status = statusOf(err);
    // A 404 about the bucket is a configuration problem, never a missing object.
    const missingBucket = status === 404 && /bucket does not exist/i.test((err as Error).message ?? '');
    if (missingBucket) return new ApiError('not_found', `GCS bucket ${this.description} does not exist (${operation} of ${name})`, undefined, { cause: err });
    if (status === 404 && operation !== 'list') return new ObjectNotFoundError(name);
    const what = `GCS ${operation} of ${this.description}/${name}`;
    const detail = describe(err);
    const code = codeForStatus(status, isRetryable(err) || err instanceof StalledReadError);
    const retried = code === 'unavailable' && this.maxRetries > 0 ? ` after ${this.maxRetries} retries` : '';
    return new ApiError(code, `${what} failed${retried}: ${detail}`, undefined, { cause: err });
  }
}

/** A download that received nothing for the request timeout. */
export class StalledReadError extends Error {
  constructor(objectName: string, timeoutMs: number) {
    super(`download of ${objectName} made no progress for ${timeoutMs} ms`);
    this.name = 'StalledReadError';
  }
}

/**
 * The client's notion of a retryable error, plus request timeouts (node-fetch's "network timeout" and
 * "body timeout" carry no code the default recognises) and a connection cut while reading a body.
 */
export function isRetryable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  if (RETRYABLE_ERR_FN_DEFAULT(err as Parameters<typeof RETRYABLE_ERR_FN_DEFAULT>[0])) return true;
  const e = err as { type?: unknown; code?: unknown; name?: unknown };
  if (e.type === 'request-timeout' || e.type === 'body-timeout') return true;
  if (e.name === 'StalledReadError') return true;
  return typeof e.code === 'string' && ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET'].includes(e.code);
}

function statusOf(err: unknown): number | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'number' && code >= 100 && code < 600) return code;
  if (typeof code === 'string' && /^\d{3}$/.test(code)) return Number(code);
  const status = (err as { response?: { status?: unknown } }).response?.status;
  return typeof status === 'number' ? status : undefined;
}

function codeForStatus(status: number | undefined, retryable: boolean): ErrorCode {
  if (retryable) return 'unavailable';
  switch (status) {
    case 400:
      return 'invalid_argument';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'permission_denied';
    case 404:
      return 'not_found';
    case 409:
      return 'already_exists';
    case 412:
      return 'failed_precondition';
    default:
      return 'internal';
  }
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const status = statusOf(err);
  const message = err.message.length > 300 ? err.message.slice(0, 300) + '…' : err.message;
  return status !== undefined && !message.includes(String(status)) ? `HTTP ${status}: ${message}` : message;
}
