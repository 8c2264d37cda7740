import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { CRC32C } from '@google-cloud/storage';
import { crc32c, FastCrc32c } from './gcs-crc32c.ts';

describe('the fast CRC32C used for GCS integrity checks', () => {
  it('gives the Castagnoli check value e3069283 for "123456789"', () => {
    expect(crc32c(0, Buffer.from('123456789')).toString(16)).to.equal('e3069283');
  });

  it('agrees with the client library on every length and split, so uploads and downloads still validate', () => {
    for (const length of [0, 1, 7, 8, 9, 63, 64, 65, 1000, 4099]) {
      const data = randomBytes(length);
      const theirs = new CRC32C();
      theirs.update(data);
      const ours = new FastCrc32c();
      const cut = Math.floor(length / 3);
      ours.update(data.subarray(0, cut));
      ours.update(data.subarray(cut));
      expect(ours.toString(), `length ${length}`).to.equal(theirs.toString());
      expect(ours.validate(theirs.toString())).to.equal(true);
      expect(ours.validate('AAAAAA==')).to.equal(theirs.toString() === 'AAAAAA==');
    }
  });
});
