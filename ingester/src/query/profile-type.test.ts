import { expect } from 'chai';
import { ApiError } from '../util/errors.ts';
import { parseProfileTypeId, profileTypeId, profileTypeMatcher, protoProfileTypeFromId, toProtoProfileType } from './profile-type.ts';

describe('profile type IDs', () => {
  it('a five-part ID is split into its parts and rebuilt identically', () => {
    const p = parseProfileTypeId('process_cpu:cpu:nanoseconds:cpu:nanoseconds');
    expect(p).to.deep.equal({ name: 'process_cpu', sampleType: 'cpu', sampleUnit: 'nanoseconds', periodType: 'cpu', periodUnit: 'nanoseconds' });
    expect(profileTypeId(p)).to.equal('process_cpu:cpu:nanoseconds:cpu:nanoseconds');
  });

  it('empty period parts are allowed (profiles without a period)', () => {
    expect(parseProfileTypeId('memory:inuse_space:bytes::').periodType).to.equal('');
  });

  it('converts to the wire ProfileType with every field set', () => {
    expect(toProtoProfileType(parseProfileTypeId('memory:alloc_space:bytes:space:bytes'))).to.deep.equal({
      ID: 'memory:alloc_space:bytes:space:bytes',
      name: 'memory',
      sampleType: 'alloc_space',
      sampleUnit: 'bytes',
      periodType: 'space',
      periodUnit: 'bytes',
    });
    expect(protoProfileTypeFromId('a:b:c:d:e:delta').ID).to.equal('a:b:c:d:e:delta');
  });

  const bad: [string, string, RegExp][] = [
    ['too few parts are rejected, naming the ID', 'process_cpu:cpu', /"process_cpu:cpu" must have the form .* \(got 2 parts\)/],
    ['too many parts are rejected', 'a:b:c:d:e:f:g', /got 7 parts/],
    ['an empty sample type is rejected', 'a::c:d:e', /"a::c:d:e" has an empty name, sample type or sample unit/],
    ['an empty string is rejected', '', /got 1 part\)/],
  ];
  for (const [sentence, id, want] of bad) {
    it(sentence, () => expect(() => parseProfileTypeId(id)).to.throw(ApiError, want).with.property('code', 'invalid_argument'));
  }

  it('selects series by their __profile_type__ label', () => {
    expect(profileTypeMatcher('a:b:c:d:e')).to.include({ name: '__profile_type__', type: '=', value: 'a:b:c:d:e' });
  });
});
