import { expect } from 'chai';
import { isMicroTime, kubeTime, microTime, parseKubeTime } from './kube-time.ts';

describe('Kubernetes time formats', () => {
  it('writes a MicroTime with exactly six fractional digits, as kube-apiserver parses it', () => {
    expect(microTime(Date.UTC(2026, 11, 5, 17, 45, 4, 334))).to.equal('2026-12-05T17:45:04.334000Z');
    expect(microTime(Date.UTC(2026, 0, 1, 0, 0, 0, 0))).to.equal('2026-01-01T00:00:00.000000Z');
    expect(isMicroTime(microTime(Date.now()))).to.equal(true);
  });

  it('tells what the API server refuses as a MicroTime: what a Date serializes to, whole seconds, nanoseconds', () => {
    expect(isMicroTime(new Date(0).toJSON())).to.equal(false);
    expect(isMicroTime('2026-12-05T17:45:04Z')).to.equal(false);
    expect(isMicroTime('2026-12-05T17:45:04.334000123Z')).to.equal(false);
    expect(isMicroTime('2026-12-05T17:45:04.334000+02:00')).to.equal(true);
  });

  it('writes a Time with whole seconds', () => {
    expect(kubeTime(Date.UTC(2026, 11, 5, 17, 45, 4, 334))).to.equal('2026-12-05T17:45:04Z');
  });

  it('reads back what it writes, and NaN for nothing', () => {
    const ms = Date.UTC(2026, 11, 5, 17, 45, 4, 334);
    expect(parseKubeTime(microTime(ms))).to.equal(ms);
    expect(parseKubeTime('2026-12-05T17:45:04.334999Z')).to.equal(ms);
    expect(parseKubeTime(new Date(ms))).to.equal(ms);
    expect(parseKubeTime(undefined)).to.be.NaN;
    expect(parseKubeTime('yesterday')).to.be.NaN;
  });

  it('refuses to format something that is not a time', () => {
    expect(() => microTime(NaN)).to.throw(RangeError);
  });
});
