// The behaviour every Bucket implementation shares, as one mocha suite: run it for the filesystem bucket
// and for the GCS bucket (against the GCS test server) so both keep the same contract.
import { expect } from 'chai';
import { ObjectNotFoundError, type Bucket } from '../../ingester/src/storage/objstore/bucket.ts';

export interface ContractFixture {
  /** A fresh, empty bucket for one test. */
  bucket(): Promise<Bucket>;
  /** Called after each test. */
  cleanup?(): Promise<void>;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}

export function bucketContract(title: string, fixture: ContractFixture): void {
  describe(`${title} (bucket contract)`, () => {
    let bucket: Bucket;
    beforeEach(async () => {
      bucket = await fixture.bucket();
    });
    afterEach(async () => {
      await fixture.cleanup?.();
    });

    it('reads back exactly the bytes that were uploaded, nested names included', async () => {
      const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
      await bucket.upload('tenant-a/blocks/01J0/index', data);
      expect((await bucket.get('tenant-a/blocks/01J0/index')).equals(data)).to.equal(true);
      expect(await bucket.exists('tenant-a/blocks/01J0/index')).to.equal(true);
    });

    it('stores an empty object', async () => {
      await bucket.upload('empty', new Uint8Array(0));
      expect((await bucket.get('empty')).length).to.equal(0);
      expect(await bucket.exists('empty')).to.equal(true);
    });

    it('reads a range, and fewer bytes where the object ends first', async () => {
      await bucket.upload('r', Buffer.from('0123456789'));
      expect((await bucket.getRange('r', 2, 3)).toString()).to.equal('234');
      expect((await bucket.getRange('r', 8, 10)).toString()).to.equal('89');
      expect((await bucket.getRange('r', 10, 5)).length).to.equal(0);
      expect((await bucket.getRange('r', 0, 0)).length).to.equal(0);
    });

    it('replaces an object uploaded again under the same name (uploads are idempotent)', async () => {
      await bucket.upload('a/meta.json', Buffer.from('{"v":1}'));
      await bucket.upload('a/meta.json', Buffer.from('{"v":1}'));
      expect((await bucket.get('a/meta.json')).toString()).to.equal('{"v":1}');
      await bucket.upload('a/meta.json', Buffer.from('{"v":2}'));
      expect((await bucket.get('a/meta.json')).toString()).to.equal('{"v":2}');
      expect((await bucket.list('a/')).objects).to.deep.equal(['a/meta.json']);
    });

    it('reports a missing object as ObjectNotFoundError from get and getRange, and false from exists', async () => {
      const err = await rejection(bucket.get('missing/object'));
      expect(err).to.be.instanceOf(ObjectNotFoundError);
      expect((err as ObjectNotFoundError).objectName).to.equal('missing/object');
      expect(await rejection(bucket.getRange('missing/object', 0, 10))).to.be.instanceOf(ObjectNotFoundError);
      expect(await rejection(bucket.getRange('missing/object', 0, 0))).to.be.instanceOf(ObjectNotFoundError);
      expect(await bucket.exists('missing/object')).to.equal(false);
    });

    it('does not treat a "folder" as an object', async () => {
      await bucket.upload('dir/file', Buffer.from('x'));
      expect(await bucket.exists('dir')).to.equal(false);
      expect(await rejection(bucket.get('dir'))).to.be.instanceOf(ObjectNotFoundError);
    });

    it('deletes an object, and deleting it again (or anything missing) is not an error', async () => {
      await bucket.upload('t/blocks/b1/meta.json', Buffer.from('m'));
      await bucket.delete('t/blocks/b1/meta.json');
      expect(await bucket.exists('t/blocks/b1/meta.json')).to.equal(false);
      await bucket.delete('t/blocks/b1/meta.json');
      await bucket.delete('never/existed');
      expect(await bucket.list('t/', { delimiter: '/' })).to.deep.equal({ objects: [], prefixes: [] });
    });

    it('lists everything below a prefix in byte order without a delimiter', async () => {
      for (const name of ['t/b/2', 't/a', 't/b/1', 't/c/x/y', 'u/z', 't/B', 'ta']) await bucket.upload(name, Buffer.from(name));
      expect(await bucket.list('t/')).to.deep.equal({ objects: ['t/B', 't/a', 't/b/1', 't/b/2', 't/c/x/y'], prefixes: [] });
      expect((await bucket.list('')).objects).to.deep.equal(['t/B', 't/a', 't/b/1', 't/b/2', 't/c/x/y', 'ta', 'u/z']);
    });

    it('lists one level with a delimiter: objects directly under the prefix, and sub-prefixes ending with it', async () => {
      for (const name of ['t/blocks/01A/meta.json', 't/blocks/01A/index', 't/blocks/01B/meta.json', 't/blocks/readme', 't/other/x', 'top']) {
        await bucket.upload(name, Buffer.from('.'));
      }
      expect(await bucket.list('t/blocks/', { delimiter: '/' })).to.deep.equal({ objects: ['t/blocks/readme'], prefixes: ['t/blocks/01A/', 't/blocks/01B/'] });
      expect(await bucket.list('', { delimiter: '/' })).to.deep.equal({ objects: ['top'], prefixes: ['t/'] });
      expect(await bucket.list('t/', { delimiter: '/' })).to.deep.equal({ objects: [], prefixes: ['t/blocks/', 't/other/'] });
    });

    it('matches a prefix that ends in the middle of a name segment', async () => {
      for (const name of ['t/blocks/01A/meta.json', 't/blocks/01B/meta.json', 't/blocks/02C/meta.json', 't/blocks/01', 't/x']) await bucket.upload(name, Buffer.from('.'));
      expect(await bucket.list('t/blocks/01', { delimiter: '/' })).to.deep.equal({ objects: ['t/blocks/01'], prefixes: ['t/blocks/01A/', 't/blocks/01B/'] });
      expect((await bucket.list('t/blocks/01')).objects).to.deep.equal(['t/blocks/01', 't/blocks/01A/meta.json', 't/blocks/01B/meta.json']);
    });

    it('lists nothing for a prefix with no objects', async () => {
      expect(await bucket.list('nothing/here/', { delimiter: '/' })).to.deep.equal({ objects: [], prefixes: [] });
      expect(await bucket.list('nothing/here/')).to.deep.equal({ objects: [], prefixes: [] });
    });
  });
}
