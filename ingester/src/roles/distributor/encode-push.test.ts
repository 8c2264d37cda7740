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
    const forwarded = request.series!.map((s) => ({ labels: s.labels ?? [], annotations: s.annotations ?? [], samples: (s.samples ?? []).map((x) => ({ ID: x.ID ?? '', rawProfile: x.rawProfile! })) }));
    const ours = encodePushRequest(forwarded);
    expect(decoded(Buffer.concat(ours))).to.deep.equal(decoded(push.v1.PushRequest.encode(request).finish()));
    // The raw profiles are parts of the answer, not copies.
    for (const s of forwarded) for (const x of s.samples) expect(ours).to.include(x.rawProfile);
  });

  it('sends a stamped profile as its raw bytes followed by the stamp, read as one raw profile', () => {
    const rawProfile = randomBytes(70_000);
    const appended = randomBytes(23);
    const ours = encodePushRequest([{ labels: [{ name: 'service_name', value: 'py' }], annotations: [], samples: [{ ID: 'id', rawProfile, appended }] }]);
    const sample = push.v1.PushRequest.decode(Buffer.concat(ours)).series[0]!.samples![0]!;
    expect(Buffer.from(sample.rawProfile!).equals(Buffer.concat([rawProfile, appended]))).to.equal(true);
    expect(sample.ID).to.equal('id');
    expect(ours).to.include(rawProfile).and.include(appended);
  });

  it('encodes a request without series as nothing', () => {
    expect(encodePushRequest([])).to.have.length(0);
  });
});
