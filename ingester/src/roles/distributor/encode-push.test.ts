import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { push } from '../../gen/index.ts';
import { encodePushRequest } from './encode-push.ts';

const decoded = (bytes: Uint8Array) => push.v1.PushRequest.toObject(push.v1.PushRequest.decode(bytes), { bytes: Array, defaults: true });

describe('encoding the sub-requests the distributor sends', () => {
  it('decodes to what protobufjs\'s own encoding decodes to: labels, annotations, several samples, IDs, large raw profiles', () => {
    const request: push.v1.IPushRequest = {
      series: [
        {
          labels: [{ name: 'service_name', value: 'checkout' }, { name: 'région', value: 'ü' }],
          annotations: [{ key: 'k', value: 'v' }],
          samples: [{ rawProfile: randomBytes(300_000), ID: 'ïd-1' }, { rawProfile: randomBytes(3), ID: '' }, { rawProfile: randomBytes(130) }],
        },
        { labels: [{ name: 'service_name', value: 'empty' }], samples: [] },
        { labels: [], samples: [{ rawProfile: randomBytes(16_400), ID: 'x'.repeat(200) }] },
      ],
    };
    const ours = encodePushRequest(request);
    expect(decoded(ours)).to.deep.equal(decoded(push.v1.PushRequest.encode(request).finish()));
  });

  it('encodes a request without series as nothing', () => {
    expect(encodePushRequest({ series: [] })).to.have.length(0);
  });
});
