import { expect } from 'chai';
import { GcsBucket, type GcsBucketConfig } from './gcs.ts';
import { ObjectNotFoundError } from './bucket.ts';
import { ApiError } from '../../util/errors.ts';
import { startGcsServer, type GcsServer } from '../../../../test/gcs/server.ts';
import { bucketContract } from '../../../../test/gcs/bucket-contract.ts';

/** Short retries and timeouts so that fault tests take seconds; the client waits at least 1 s per retry. */
function testConfig(server: GcsServer, overrides: Partial<GcsBucketConfig> = {}): GcsBucketConfig {
  return { bucketName: 'blocks', endpoint: server.url, maxRetries: 2, maxRetryDelayMs: 1000, totalTimeoutMs: 30_000, requestTimeoutMs: 2000, ...overrides };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the promise to reject');
}

let contractServer: GcsServer | undefined;
bucketContract('GcsBucket against the GCS test server', {
  bucket: async () => {
    contractServer = await startGcsServer({ buckets: ['blocks'] });
    return new GcsBucket(testConfig(contractServer));
  },
  cleanup: async () => {
    await contractServer?.stop();
  },
});

describe('GcsBucket', () => {
  let server: GcsServer;
  beforeEach(async () => {
    server = await startGcsServer({ buckets: ['blocks'] });
  });
  afterEach(async () => {
    await server.stop();
  });

  it('uploads small objects in one request and larger ones as chunked resumable uploads', async () => {
    const bucket = new GcsBucket(testConfig(server, { resumableThresholdBytes: 1024 * 1024, chunkSizeBytes: 512 * 1024 }));
    await bucket.upload('small', Buffer.alloc(1024 * 1024, 1));
    expect(server.stats().requests).to.deep.equal({ 'upload.multipart': 1 });
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 2);
    await bucket.upload('big', big);
    const requests = server.stats().requests;
    expect(requests['upload.resumable.start']).to.equal(1);
    expect(requests['upload.resumable.chunk']).to.equal(5);
    expect((await bucket.get('big')).equals(big)).to.equal(true);
    expect(bucket.description).to.equal('gcs://blocks');
  });

  it('follows every page of a listing (2,500 objects, 1,000 per page)', async () => {
    for (let i = 0; i < 2500; i++) server.objects.put('blocks', `t/blocks/${String(i).padStart(5, '0')}/meta.json`, Buffer.from('m'));
    server.objects.put('blocks', 't/other', Buffer.from('x'));
    const bucket = new GcsBucket(testConfig(server));
    const all = await bucket.list('t/blocks/');
    expect(all.objects).to.have.length(2500);
    expect(all.objects[2499]).to.equal('t/blocks/02499/meta.json');
    const folders = await bucket.list('t/blocks/', { delimiter: '/' });
    expect(folders.prefixes).to.have.length(2500);
    expect(folders.objects).to.deep.equal([]);
    expect(server.stats().requests['object.list']).to.equal(6);
  });

  it('retries 503s and 429s through the client until the upload succeeds', async () => {
    const bucket = new GcsBucket(testConfig(server));
    server.faults.failNext(1, 503, { kind: 'upload.multipart' });
    server.faults.failNext(1, 429, { kind: 'upload.multipart' });
    await bucket.upload('a', Buffer.from('retried'));
    expect(server.stats().requests['upload.multipart']).to.equal(3);
    expect((await bucket.get('a')).toString()).to.equal('retried');
  });

  it('retries a download that loses its connection midway (the client alone would wait forever)', async () => {
    const bucket = new GcsBucket(testConfig(server));
    server.objects.put('blocks', 'obj', Buffer.alloc(300_000, 7));
    server.faults.dropNext(1, 'response', { kind: 'object.download' });
    const data = await bucket.get('obj');
    expect(data.equals(Buffer.alloc(300_000, 7))).to.equal(true);
    expect(server.stats().requests['object.download']).to.equal(2);
  });

  it('never returns corrupted bytes: a download that fails its CRC32C check is retried, then reported', async () => {
    const bucket = new GcsBucket(testConfig(server, { maxRetries: 1 }));
    server.objects.put('blocks', 'obj', Buffer.alloc(1000, 1));
    server.objects.get('blocks', 'obj')!.data = Buffer.alloc(1000, 2); // rotted at rest: the stored checksum no longer matches
    const err = await rejection(bucket.get('obj'));
    expect(err).to.be.instanceOf(ApiError);
    expect(err.message).to.match(/^GCS download of gcs:\/\/blocks\/obj failed: .*did not match/);
    expect(server.stats().requests['object.download']).to.equal(2);
  });

  it('retries a listing and an upload whose responses are cut midway', async () => {
    const bucket = new GcsBucket(testConfig(server, { requestTimeoutMs: 1000 }));
    server.objects.put('blocks', 'a/1', Buffer.from('x'));
    server.faults.dropNext(1, 'response', { kind: 'object.list' });
    expect((await bucket.list('a/')).objects).to.deep.equal(['a/1']);
    server.faults.dropNext(1, 'response', { kind: 'upload.multipart' });
    await bucket.upload('a/2', Buffer.from('y'));
    expect(server.stats().requests['upload.multipart']).to.equal(2);
    expect((await bucket.get('a/2')).toString()).to.equal('y');
  });

  it('during an outage, fails with an unavailable error naming the bucket and the object', async () => {
    const bucket = new GcsBucket(testConfig(server, { maxRetries: 1 }));
    server.faults.outage(true);
    const err = await rejection(bucket.upload('t/blocks/01J/meta.json', Buffer.from('{}')));
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).code).to.equal('unavailable');
    expect(err.message).to.equal(
      'GCS upload of gcs://blocks/t/blocks/01J/meta.json failed after 1 retries: HTTP 503: We encountered an internal error. Please try again.',
    );
    const readErr = await rejection(bucket.get('t/blocks/01J/meta.json'));
    expect((readErr as ApiError).code).to.equal('unavailable');
    server.faults.outage(false);
    await bucket.upload('t/blocks/01J/meta.json', Buffer.from('{}'));
  });

  it('reports a missing bucket as an error, not as a missing object', async () => {
    const bucket = new GcsBucket(testConfig(server, { bucketName: 'no-such-bucket' }));
    const err = await rejection(bucket.list('x/'));
    expect(err).to.be.instanceOf(ApiError);
    expect(err.message).to.equal('GCS bucket gcs://no-such-bucket does not exist (list of x/)');
    const readErr = await rejection(bucket.get('x'));
    expect(readErr).to.be.instanceOf(ApiError);
    expect(readErr).not.to.be.instanceOf(ObjectNotFoundError);
    expect(readErr.message).to.match(/bucket gcs:\/\/no-such-bucket does not exist/);
    expect(await rejection(bucket.upload('x', Buffer.from('x')))).to.be.instanceOf(ApiError);
  });

  it('honours STORAGE_EMULATOR_HOST when no endpoint is configured, as the Google client does', async () => {
    const previous = process.env.STORAGE_EMULATOR_HOST;
    process.env.STORAGE_EMULATOR_HOST = server.url;
    try {
      const bucket = new GcsBucket({ ...testConfig(server), endpoint: undefined, resumableThresholdBytes: 256 * 1024, chunkSizeBytes: 256 * 1024 });
      await bucket.upload('env/small', Buffer.from('small'));
      await bucket.upload('env/large', Buffer.alloc(600 * 1024, 3));
      expect(await bucket.list('env/')).to.deep.equal({ objects: ['env/large', 'env/small'], prefixes: [] });
      expect((await bucket.getRange('env/large', 1000, 10)).equals(Buffer.alloc(10, 3))).to.equal(true);
      expect(server.stats().requests['upload.resumable.chunk']).to.equal(3);
    } finally {
      if (previous === undefined) delete process.env.STORAGE_EMULATOR_HOST;
      else process.env.STORAGE_EMULATOR_HOST = previous;
    }
  });

  it('authenticates with the service-account key file, and says so when the file cannot be read', async () => {
    const bucket = new GcsBucket(testConfig(server, { serviceAccountKeyFile: '/nonexistent/gcs-key.json', maxRetries: 0 }));
    const err = await rejection(bucket.upload('x', Buffer.from('x')));
    expect(err.message).to.match(/GCS upload of gcs:\/\/blocks\/x failed: .*\/nonexistent\/gcs-key\.json/);
    expect(server.stats().objectsWritten).to.equal(0);
  });

  it('refuses a chunk size that is not a multiple of 256 KiB', () => {
    expect(() => new GcsBucket(testConfig(server, { chunkSizeBytes: 1000 }))).to.throw(/multiple of 256 KiB/);
  });
});
