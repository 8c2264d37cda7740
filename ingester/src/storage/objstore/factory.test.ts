import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { FlagError, FlagSet } from '../../util/flags.ts';
import { createBucket, defaultObjstoreConfig, registerObjstoreFlags, type ObjstoreConfig } from './factory.ts';
import { FilesystemBucket } from './filesystem.ts';
import { ObjectNotFoundError } from './bucket.ts';
import { startGcsServer } from '../../../../test/gcs/server.ts';

function parse(argv: string[], env: NodeJS.ProcessEnv = {}): ObjstoreConfig {
  const flags = new FlagSet('test', 'test');
  const config = registerObjstoreFlags(flags);
  flags.parse(argv, env);
  return config();
}

describe('object store flags and factory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'objstore-factory-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('defaults to a filesystem bucket in ./data/bucket', () => {
    expect(parse([])).to.deep.equal(defaultObjstoreConfig());
    expect(parse([]).backend).to.equal('filesystem');
    expect(parse([]).filesystem.dir).to.equal('./data/bucket');
  });

  it('reads the GCS flags, and the environment as overrides', () => {
    const config = parse(
      ['-storage.backend=gcs', '-storage.gcs.bucket-name', 'profiles', '-storage.gcs.service-account-key-file=/secrets/key.json', '-storage.gcs.chunk-size=8MiB', '-storage.gcs.request-timeout=30s'],
      { STORAGE_GCS_ENDPOINT: 'http://127.0.0.1:4443' },
    );
    expect(config.backend).to.equal('gcs');
    expect(config.gcs).to.include({ bucketName: 'profiles', serviceAccountKeyFile: '/secrets/key.json', endpoint: 'http://127.0.0.1:4443', chunkSizeBytes: 8 * 1024 * 1024, requestTimeoutMs: 30_000 });
  });

  it('rejects an unknown backend and a chunk size that is not a multiple of 256KiB, naming the flag', () => {
    expect(() => parse(['-storage.backend=s3'])).to.throw(FlagError, /-storage\.backend: must be one of filesystem, gcs, got "s3"/);
    expect(() => parse(['-storage.gcs.chunk-size=1000'])).to.throw(FlagError, /-storage\.gcs\.chunk-size/);
    expect(() => parse(['-storage.gcs.max-retry-delay=100ms'])).to.throw(FlagError, /-storage\.gcs\.max-retry-delay/);
  });

  it('refuses the gcs backend without a bucket name, naming the flag', () => {
    const config = parse(['-storage.backend=gcs']);
    expect(() => createBucket(config)).to.throw(FlagError, '-storage.gcs.bucket-name must be set with -storage.backend=gcs');
    const badEndpoint = parse(['-storage.backend=gcs', '-storage.gcs.bucket-name=b', '-storage.gcs.endpoint=localhost:4443']);
    expect(() => createBucket(badEndpoint)).to.throw(FlagError, /-storage\.gcs\.endpoint/);
  });

  it('builds a filesystem bucket whose operations show in the injected registry', async () => {
    const registry = new Registry();
    const bucket = createBucket(parse([`-storage.filesystem.dir=${dir}`]), { registry });
    expect(bucket.description).to.equal(new FilesystemBucket(dir).description);
    await bucket.upload('a/b', Buffer.from('12345'));
    await bucket.get('a/b');
    await bucket.get('missing').catch((err: unknown) => expect(err).to.be.instanceOf(ObjectNotFoundError));
    const metrics = await registry.metrics();
    expect(metrics).to.include('objstore_operations_total{backend="filesystem",operation="upload",outcome="success"} 1');
    expect(metrics).to.include('objstore_operations_total{backend="filesystem",operation="get",outcome="not_found"} 1');
    expect(metrics).to.include('objstore_bytes_total{backend="filesystem",direction="upload"} 5');
    expect(metrics).to.include('objstore_operation_duration_seconds_count{backend="filesystem",operation="get"} 2');
  });

  it('builds a GCS bucket that talks to the configured endpoint and counts failed uploads', async () => {
    const server = await startGcsServer({ buckets: ['profiles'] });
    try {
      const registry = new Registry();
      const config = parse(['-storage.backend=gcs', '-storage.gcs.bucket-name=profiles', `-storage.gcs.endpoint=${server.url}`, '-storage.gcs.max-retries=0']);
      const bucket = createBucket(config, { registry });
      expect(bucket.description).to.equal('gcs://profiles');
      await bucket.upload('t/x', Buffer.from('x'));
      expect(server.objects.get('profiles', 't/x')?.data.toString()).to.equal('x');
      server.faults.failNext(1, 500);
      await bucket.upload('t/y', Buffer.from('y')).then(
        () => expect.fail('the upload should fail without retries'),
        (err: Error) => expect(err.message).to.match(/GCS upload of gcs:\/\/profiles\/t\/y failed/),
      );
      const metrics = await registry.metrics();
      expect(metrics).to.include('objstore_operations_total{backend="gcs",operation="upload",outcome="failed"} 1');
      expect(metrics).to.include('objstore_operations_total{backend="gcs",operation="upload",outcome="success"} 1');
    } finally {
      await server.stop();
    }
  });

  it('lets two buckets share one registry', () => {
    const registry = new Registry();
    createBucket(parse([`-storage.filesystem.dir=${dir}`]), { registry });
    expect(() => createBucket(parse([`-storage.filesystem.dir=${dir}`]), { registry })).not.to.throw();
  });
});
