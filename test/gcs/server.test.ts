// The GCS test server, driven by the real @google-cloud/storage client (and by raw HTTP where the point is
// the wire format): it must behave as GCS does for everything the client and GcsBucket use.
import { expect } from 'chai';
import { CRC32C, IdempotencyStrategy, Storage, type Bucket } from '@google-cloud/storage';
import { startGcsServer, type GcsServer } from './server.ts';
import { crc32cBase64, crc32cUpdate } from './crc32c.ts';

/** The client's retries wait at least 1 s; keep the maximum there so that retry tests stay short. */
const FAST_RETRIES = { idempotencyStrategy: IdempotencyStrategy.RetryAlways, maxRetries: 3, maxRetryDelay: 1, totalTimeout: 30 };

function patterned(size: number, seed = 1): Buffer {
  const data = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  return data;
}

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: unknown }> {
  try {
    await promise;
  } catch (err) {
    return err as Error & { code?: unknown };
  }
  throw new Error('expected the promise to reject');
}

describe('GCS test server with the real @google-cloud/storage client', () => {
  let server: GcsServer;
  let bucket: Bucket;

  beforeEach(async () => {
    server = await startGcsServer({ buckets: ['blocks'] });
    bucket = new Storage({ apiEndpoint: server.url, projectId: 'test', retryOptions: FAST_RETRIES }).bucket('blocks');
  });
  afterEach(async () => {
    await server.stop();
  });

  it('computes CRC32C as GCS does (check value e3069283 for "123456789", and as the client computes it)', () => {
    expect(crc32cUpdate(0, Buffer.from('123456789')).toString(16)).to.equal('e3069283');
    expect(crc32cBase64(crc32cUpdate(crc32cUpdate(0, Buffer.from('1234')), Buffer.from('56789')))).to.equal(Buffer.from('e3069283', 'hex').toString('base64'));
    for (const length of [0, 1, 2, 3, 5, 8, 1001]) {
      const data = patterned(length, length + 1);
      const reference = new CRC32C();
      reference.update(data);
      expect(crc32cBase64(crc32cUpdate(0, data)), `length ${length}`).to.equal(reference.toString());
    }
  });

  it('takes a small upload as one multipart request and returns its metadata with generation and checksums', async () => {
    const data = patterned(10_000);
    await bucket.file('t/blocks/a/meta.json').save(data, { resumable: false, contentType: 'application/json', metadata: { metadata: { tenant: 't' } } });
    expect(server.stats().requests['upload.multipart']).to.equal(1);
    const stored = server.objects.get('blocks', 't/blocks/a/meta.json')!;
    expect(stored.data.equals(data)).to.equal(true);
    const [metadata] = await bucket.file('t/blocks/a/meta.json').getMetadata();
    expect(metadata).to.include({ name: 't/blocks/a/meta.json', bucket: 'blocks', size: '10000', contentType: 'application/json', metageneration: '1' });
    expect(metadata.generation).to.equal(String(stored.generation));
    expect(metadata.crc32c).to.equal(crc32cBase64(crc32cUpdate(0, data)));
    expect(metadata.md5Hash).to.be.a('string');
    expect(metadata.metadata).to.deep.equal({ tenant: 't' });
  });

  it('takes a media upload (uploadType=media) with the name in the query', async () => {
    const response = await fetch(`${server.url}/upload/storage/v1/b/blocks/o?uploadType=media&name=${encodeURIComponent('a/b c')}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello',
    });
    expect(response.status).to.equal(200);
    expect(await response.json()).to.include({ name: 'a/b c', size: '5', contentType: 'text/plain' });
    const [data] = await bucket.file('a/b c').download();
    expect(data.toString()).to.equal('hello');
  });

  it('takes a large resumable upload in chunks, answering 308 with the persisted Range until the last one', async () => {
    const data = patterned(5 * 1024 * 1024 + 123);
    await bucket.file('big').save(data, { resumable: true, chunkSize: 1024 * 1024 });
    const stats = server.stats();
    expect(stats.requests['upload.resumable.start']).to.equal(1);
    expect(stats.requests['upload.resumable.chunk']).to.equal(6); // five 308s, then the final 200
    expect(server.objects.get('blocks', 'big')!.data.equals(data)).to.equal(true);
    const [downloaded] = await bucket.file('big').download();
    expect(downloaded.equals(data)).to.equal(true);
  });

  it('speaks the resumable protocol on the wire: Location, 308 + Range, status query, 256 KiB persistence', async () => {
    const start = await fetch(`${server.url}/upload/storage/v1/b/blocks/o?uploadType=resumable&name=r`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Upload-Content-Type': 'application/octet-stream' },
      body: '{}',
    });
    expect(start.status).to.equal(200);
    const session = start.headers.get('location')!;
    expect(session).to.match(/^http:\/\/127\.0\.0\.1:\d+\/upload\/storage\/v1\/b\/blocks\/o\?.*upload_id=/);
    const data = patterned(600 * 1024);
    const put = (range: string, body?: Buffer) => fetch(session, { method: 'PUT', headers: { 'Content-Range': range }, body });

    const status0 = await put('bytes */*');
    expect(status0.status).to.equal(308);
    expect(status0.headers.get('range')).to.equal(null);

    // 300 KiB sent without the total: GCS keeps only whole 256 KiB units of a chunk that is not the last.
    const first = await put(`bytes 0-${300 * 1024 - 1}/*`, data.subarray(0, 300 * 1024));
    expect(first.status).to.equal(308);
    expect(first.headers.get('range')).to.equal(`bytes=0-${256 * 1024 - 1}`);
    const status1 = await put('bytes */*');
    expect(status1.headers.get('range')).to.equal(`bytes=0-${256 * 1024 - 1}`);

    const gap = await put(`bytes ${400 * 1024}-${500 * 1024 - 1}/*`, data.subarray(400 * 1024, 500 * 1024));
    expect(gap.status).to.equal(400);

    const last = await put(`bytes ${256 * 1024}-${data.length - 1}/${data.length}`, data.subarray(256 * 1024));
    expect(last.status).to.equal(200);
    expect(await last.json()).to.include({ name: 'r', size: String(data.length) });
    expect(server.objects.get('blocks', 'r')!.data.equals(data)).to.equal(true);
    // A finished session keeps answering with the object.
    expect((await put('bytes */*')).status).to.equal(200);
  });

  it('serves downloads with x-goog-hash, and Range requests as 206 with Content-Range', async () => {
    const data = patterned(1000);
    server.objects.put('blocks', 'obj', data);
    const [part] = await bucket.file('obj').download({ start: 100, end: 199 });
    expect(part.equals(data.subarray(100, 200))).to.equal(true);
    expect(server.stats().requests['object.download']).to.equal(1);

    const raw = await fetch(`${server.url}/storage/v1/b/blocks/o/obj?alt=media`, { headers: { Range: 'bytes=990-' } });
    expect(raw.status).to.equal(206);
    expect(raw.headers.get('content-range')).to.equal('bytes 990-999/1000');
    expect(raw.headers.get('x-goog-hash')).to.equal(`crc32c=${crc32cBase64(crc32cUpdate(0, data))},md5=${server.objects.get('blocks', 'obj')!.md5Hash}`);
    expect(Buffer.from(await raw.arrayBuffer()).equals(data.subarray(990))).to.equal(true);
    const beyond = await fetch(`${server.url}/storage/v1/b/blocks/o/obj?alt=media`, { headers: { Range: 'bytes=1000-' } });
    expect(beyond.status).to.equal(416);
    expect(beyond.headers.get('content-range'), 'a 416 names the size (RFC 9110 §15.5.17)').to.equal('bytes */1000');
    // An end past the object is cut to what exists.
    const past = await fetch(`${server.url}/storage/v1/b/blocks/o/obj?alt=media`, { headers: { Range: 'bytes=995-2000' } });
    expect(past.status).to.equal(206);
    expect(past.headers.get('content-range')).to.equal('bytes 995-999/1000');
    expect((await past.arrayBuffer()).byteLength).to.equal(5);
  });

  it('makes the client reject a download whose bytes do not match the stored checksum', async () => {
    server.objects.put('blocks', 'obj', patterned(1000));
    server.objects.get('blocks', 'obj')!.data = patterned(1000, 2); // corrupted at rest
    const err = await rejection(bucket.file('obj').download());
    expect(err.message).to.match(/not match|mismatch/i);
  });

  it('lists with prefix and delimiter across pages, as GCS counts items and prefixes together', async () => {
    for (let i = 0; i < 7; i++) server.objects.put('blocks', `t/blocks/0${i}/meta.json`, Buffer.from('m'));
    for (let i = 0; i < 3; i++) server.objects.put('blocks', `t/loose-${i}`, Buffer.from('x'));
    server.objects.put('blocks', 'u/other', Buffer.from('x'));
    const pages: { items: string[]; prefixes: string[] }[] = [];
    let query: Record<string, unknown> | null = { prefix: 't/', delimiter: '/', maxResults: 2, autoPaginate: false };
    while (query) {
      const [files, next, response] = (await bucket.getFiles(query)) as unknown as [{ name: string }[], Record<string, unknown> | null, { prefixes?: string[] }];
      pages.push({ items: files.map((f) => f.name), prefixes: response.prefixes ?? [] });
      query = next;
    }
    expect(pages).to.deep.equal([
      { items: ['t/loose-0'], prefixes: ['t/blocks/'] },
      { items: ['t/loose-1', 't/loose-2'], prefixes: [] },
    ]);

    // Without a delimiter, 7 names in pages of 3: three pages, the last without a nextPageToken.
    const names: string[] = [];
    let pageToken: string | undefined;
    let calls = 0;
    do {
      const [files, , response] = (await bucket.getFiles({ prefix: 't/blocks/', maxResults: 3, autoPaginate: false, pageToken })) as unknown as [{ name: string }[], unknown, { nextPageToken?: string }];
      names.push(...files.map((f) => f.name));
      pageToken = response.nextPageToken;
      calls++;
    } while (pageToken);
    expect(names).to.deep.equal(Array.from({ length: 7 }, (_, i) => `t/blocks/0${i}/meta.json`));
    expect(calls).to.equal(3);
  });

  it('deletes an object, and answers 404 with a GCS error body when it is gone', async () => {
    server.objects.put('blocks', 'gone', Buffer.from('x'));
    await bucket.file('gone').delete();
    const err = await rejection(bucket.file('gone').delete());
    expect(err.code).to.equal(404);
    const raw = await fetch(`${server.url}/storage/v1/b/blocks/o/gone`, { method: 'DELETE' });
    expect(raw.status).to.equal(404);
    expect(await raw.json()).to.deep.equal({
      error: { code: 404, message: 'No such object: blocks/gone', errors: [{ message: 'No such object: blocks/gone', domain: 'global', reason: 'notFound' }] },
    });
  });

  it('enforces ifGenerationMatch (0: must not exist) and ifGenerationNotMatch with 412', async () => {
    await bucket.file('once').save(Buffer.from('1'), { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    const err = await rejection(bucket.file('once').save(Buffer.from('2'), { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } }));
    expect(err.code).to.equal(412);
    const generation = server.objects.get('blocks', 'once')!.generation;
    await bucket.file('once').save(Buffer.from('3'), { resumable: false, preconditionOpts: { ifGenerationMatch: generation } });
    expect(server.objects.get('blocks', 'once')!.generation).to.be.greaterThan(generation);
    const resumable = await rejection(bucket.file('once').save(Buffer.from('4'), { resumable: true, preconditionOpts: { ifGenerationMatch: generation } }));
    expect(resumable.code ?? (resumable as { status?: number }).status).to.equal(412);
    const del = await fetch(`${server.url}/storage/v1/b/blocks/o/once?ifGenerationNotMatch=${server.objects.get('blocks', 'once')!.generation}`, { method: 'DELETE' });
    expect(del.status).to.equal(412);
    expect((await bucket.file('once').download())[0].toString()).to.equal('3');
  });

  it('gets and creates buckets (404 for a missing one, 409 for a duplicate)', async () => {
    const storage = new Storage({ apiEndpoint: server.url, projectId: 'test' });
    const [exists] = await storage.bucket('new-bucket').exists();
    expect(exists).to.equal(false);
    await storage.createBucket('new-bucket');
    expect((await storage.bucket('new-bucket').exists())[0]).to.equal(true);
    const err = await rejection(storage.createBucket('new-bucket'));
    expect(err.code).to.equal(409);
    expect((await rejection(storage.bucket('nope').file('x').download())).code).to.equal(404);
  });

  it('works through STORAGE_EMULATOR_HOST, where the client drops the /storage/v1 prefix', async () => {
    const previous = process.env.STORAGE_EMULATOR_HOST;
    process.env.STORAGE_EMULATOR_HOST = server.url;
    try {
      const viaEnv = new Storage({ projectId: 'test' }).bucket('blocks');
      await viaEnv.file('env/x').save(Buffer.from('via env'), { resumable: false });
      expect((await viaEnv.file('env/x').download())[0].toString()).to.equal('via env');
      expect((await viaEnv.getFiles({ prefix: 'env/' }))[0].map((f) => f.name)).to.deep.equal(['env/x']);
    } finally {
      if (previous === undefined) delete process.env.STORAGE_EMULATOR_HOST;
      else process.env.STORAGE_EMULATOR_HOST = previous;
    }
  });

  it('fails the next requests with 503 and the client retries them until one succeeds', async () => {
    const fault = server.faults.failNext(2, 503, { kind: 'upload.multipart' });
    await bucket.file('retried').save(Buffer.from('ok'), { resumable: false });
    expect(fault.hits).to.equal(2);
    expect(server.stats().requests['upload.multipart']).to.equal(3);
    expect(server.objects.get('blocks', 'retried')!.data.toString()).to.equal('ok');
  });

  it('answers 429 with rateLimitExceeded, which the client also retries', async () => {
    server.objects.put('blocks', 'x', Buffer.from('x'));
    server.faults.failNext(1, 429, { method: 'GET', path: '/o/x' });
    const raw = await fetch(`${server.url}/storage/v1/b/blocks/o/x`);
    expect(raw.status).to.equal(429);
    expect(((await raw.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]!.reason).to.equal('rateLimitExceeded');
    server.faults.failNext(1, 429, { kind: 'object.get' });
    const [metadata] = await bucket.file('x').getMetadata();
    expect(metadata.size).to.equal('1');
  });

  it('drops a connection mid-request and the client retries the upload', async () => {
    server.faults.dropNext(1, 'request', { kind: 'upload.multipart' });
    await bucket.file('dropped').save(patterned(200_000), { resumable: false });
    expect(server.stats().requests['upload.multipart']).to.equal(2);
    expect(server.objects.get('blocks', 'dropped')!.data.equals(patterned(200_000))).to.equal(true);
  });

  it('drops a resumable chunk mid-request and the client resumes from the persisted offset', async () => {
    const data = patterned(3 * 1024 * 1024);
    server.faults.dropNext(1, 'request', { kind: 'upload.resumable.chunk', method: 'PUT' });
    await bucket.file('resumed').save(data, { resumable: true, chunkSize: 1024 * 1024 });
    const requests = server.stats().requests;
    expect(requests['upload.resumable.status']).to.be.at.least(1); // the client asked where to resume
    expect(server.objects.get('blocks', 'resumed')!.data.equals(data)).to.equal(true);
  });

  it('answers every request with 503 during an outage, and the client gives up after its retries', async () => {
    server.faults.outage(true);
    const err = await rejection(bucket.file('x').save(Buffer.from('x'), { resumable: false }));
    expect(err.code).to.equal(503);
    expect(server.stats().requests['upload.multipart']).to.equal(1 + FAST_RETRIES.maxRetries);
    server.faults.outage(false);
    await bucket.file('x').save(Buffer.from('x'), { resumable: false });
  });

  it('fails a seeded share of requests, the same ones on every run', async () => {
    const a = await startGcsServer({ buckets: ['b'], seed: 7 });
    const b = await startGcsServer({ buckets: ['b'], seed: 7 });
    try {
      const outcomes = async (s: GcsServer) => {
        s.faults.failShare(0.5, 500);
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) statuses.push((await fetch(`${s.url}/storage/v1/b/b`)).status);
        return statuses;
      };
      const first = await outcomes(a);
      expect(first).to.deep.equal(await outcomes(b));
      expect(first.filter((s) => s === 500).length).to.be.within(4, 16);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('slows requests down by a delay and by a bandwidth cap', async () => {
    server.objects.put('blocks', 'slow', patterned(200_000));
    server.faults.bandwidth(1_000_000);
    const removeDelay = server.faults.delay(200, { kind: 'object.get' });
    const t0 = Date.now();
    await bucket.file('slow').download();
    const downloadMs = Date.now() - t0;
    const t1 = Date.now();
    await bucket.file('slow').getMetadata();
    const metadataMs = Date.now() - t1;
    removeDelay();
    // Lower bounds only: 200 KB at 1 MB/s cannot take less than 0.2 s, nor can a request delayed by 0.2 s.
    expect(downloadMs).to.be.at.least(190);
    expect(metadataMs).to.be.at.least(190);
  });

  it('honours partial responses (fields), as GcsBucket-style listings may ask for them', async () => {
    server.objects.put('blocks', 'a/1', Buffer.from('x'));
    server.objects.put('blocks', 'a/2', Buffer.from('x'));
    const raw = await fetch(`${server.url}/storage/v1/b/blocks/o?fields=${encodeURIComponent('items(name,size),nextPageToken')}&maxResults=1`);
    const body = (await raw.json()) as Record<string, unknown>;
    expect(body).to.deep.equal({ items: [{ name: 'a/1', size: '1' }], nextPageToken: body.nextPageToken });
    expect(body.nextPageToken).to.be.a('string');
    const bad = await fetch(`${server.url}/storage/v1/b/blocks/o?fields=${encodeURIComponent('items(name')}`);
    expect(bad.status).to.equal(400);
    expect(((await bad.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]!.reason).to.equal('invalidParameter');
  });

  it('answers unknown paths with 404 and bad percent-encoding with 400, in GCS error bodies', async () => {
    const unknown = await fetch(`${server.url}/storage/v1/nothing-here`);
    expect(unknown.status).to.equal(404);
    expect(((await unknown.json()) as { error: { code: number } }).error.code).to.equal(404);
    const badName = await fetch(`${server.url}/storage/v1/b/blocks/o/%E0%A4%A`);
    expect(badName.status).to.equal(400);
    expect(server.stats().requests.unknown).to.equal(2);
  });
});
