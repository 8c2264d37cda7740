import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FilesystemBucket, TEMP_SUFFIX } from './filesystem.ts';
import { ApiError } from '../../util/errors.ts';
import { bucketContract } from '../../../../test/gcs/bucket-contract.ts';
import { eventually as pollUntil } from '../../util/eventually.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fs-bucket-'));
  dirs.push(dir);
  return dir;
}
async function removeTempDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

bucketContract('FilesystemBucket', { bucket: async () => new FilesystemBucket(await tempDir()), cleanup: removeTempDirs });

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<boolean> {
  return pollUntil(what, check, { timeoutMs, retryErrors: false });
}

describe('FilesystemBucket', () => {
  afterEach(removeTempDirs);

  it('stores objects as files in subfolders named after the "/" segments', async () => {
    const dir = await tempDir();
    const bucket = new FilesystemBucket(dir);
    await bucket.upload('tenant/blocks/01J/meta.json', Buffer.from('{}'));
    expect(await filesBelow(dir)).to.deep.equal([path.join('tenant', 'blocks', '01J', 'meta.json')]);
    expect(bucket.description).to.equal(`file://${dir}`);
  });

  it('leaves no temporary file behind after uploads, and never lists one left by a crash', async () => {
    const dir = await tempDir();
    const bucket = new FilesystemBucket(dir);
    await bucket.upload('a/b', Buffer.from('1'));
    await bucket.upload('a/b', Buffer.from('2'));
    expect(await filesBelow(dir)).to.deep.equal([path.join('a', 'b')]);
    await writeFile(path.join(dir, 'a', `.c.123${TEMP_SUFFIX}`), 'half an object');
    await mkdir(path.join(dir, 'only-temp'));
    await writeFile(path.join(dir, 'only-temp', `.x.1${TEMP_SUFFIX}`), 'half');
    expect(await bucket.list('a/')).to.deep.equal({ objects: ['a/b'], prefixes: [] });
    expect(await bucket.list('', { delimiter: '/' })).to.deep.equal({ objects: [], prefixes: ['a/'] });
    expect(await bucket.exists('a/c')).to.equal(false);
  });

  it('removes temporary files left by a crash once they are old enough, and nothing else', async () => {
    const dir = await tempDir();
    const bucket = new FilesystemBucket(dir);
    await bucket.upload('a/b', Buffer.from('object'));
    await writeFile(path.join(dir, 'a', `.c.1${TEMP_SUFFIX}`), 'left by a crash');
    expect(await bucket.removeStaleTemporaryFiles(60_000)).to.equal(0); // too young: may be an upload in progress
    expect(await bucket.removeStaleTemporaryFiles(60_000, Date.now() + 120_000)).to.equal(1);
    expect(await filesBelow(dir)).to.deep.equal([path.join('a', 'b')]);
  });

  it('refuses names that cannot be files below its folder, with a clear error', async () => {
    const bucket = new FilesystemBucket(await tempDir());
    for (const name of ['', '/abs', 'a//b', 'a/../../etc/passwd', 'a/./b', 'trailing/', `x${TEMP_SUFFIX}`]) {
      let error: unknown;
      await bucket.upload(name, Buffer.from('x')).catch((err: unknown) => (error = err));
      expect(error, name).to.be.instanceOf(ApiError);
      expect((error as ApiError).code).to.equal('invalid_argument');
    }
  });

  it('explains that an object cannot also be a folder of other objects', async () => {
    const bucket = new FilesystemBucket(await tempDir());
    await bucket.upload('a', Buffer.from('x'));
    const error = await bucket.upload('a/b', Buffer.from('y')).then(() => undefined, (err: unknown) => err as Error);
    expect(error?.message).to.match(/a parent of it is an object/);
    await bucket.upload('c/d', Buffer.from('y'));
    const error2 = await bucket.upload('c', Buffer.from('x')).then(() => undefined, (err: unknown) => err as Error);
    expect(error2?.message).to.match(/objects exist below c\//);
  });

  it('keeps concurrent uploads and deletes in the same folder consistent', async () => {
    const bucket = new FilesystemBucket(await tempDir());
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? bucket.upload(`f/${i}`, Buffer.from(String(i))) : bucket.delete(`f/${i - 1}`))));
    const { objects } = await bucket.list('f/');
    for (const name of objects) expect((await bucket.get(name)).toString()).to.equal(name.slice(2));
  });

  it('after a writer process is killed mid-upload, holds either no object or a complete version of it', async function () {
    this.timeout(30_000);
    const dir = await tempDir();
    // The child rewrites one 4 MiB object forever, each version filled with its version number.
    const script = `
      import { FilesystemBucket } from ${JSON.stringify(path.resolve('ingester/src/storage/objstore/filesystem.ts'))};
      const bucket = new FilesystemBucket(${JSON.stringify(dir)});
      for (let v = 1; ; v++) await bucket.upload('t/blocks/b/data', Buffer.alloc(4 << 20, v % 251));
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
    const bucket = new FilesystemBucket(dir);
    try {
      await eventually(() => bucket.exists('t/blocks/b/data'), 'the first version');
      // Let it write a few more versions, so the kill lands in the middle of one.
      await new Promise((r) => setTimeout(r, 150));
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((r) => child.once('exit', r));
    const data = await bucket.get('t/blocks/b/data');
    expect(data.length).to.equal(4 << 20);
    expect(data.every((b) => b === data[0])).to.equal(true, 'a torn object');
    expect(await bucket.list('', { delimiter: '/' })).to.deep.equal({ objects: [], prefixes: ['t/'] });
    expect((await bucket.list('t/')).objects).to.deep.equal(['t/blocks/b/data']);
  });
});
