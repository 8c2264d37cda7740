import { expect } from 'chai';
import { seededRandom } from '../../../ingester/src/util/seeded-random.ts';
import { FaultInjector } from './faults.ts';

describe('fault rules', () => {
  it('a share fails about that share of matching requests, the same ones for the same seed', () => {
    const run = (): boolean[] => {
      const f = new FaultInjector(seededRandom(7));
      f.add({ method: 'GET', path: '/configmaps', status: 500, share: 0.3 });
      return Array.from({ length: 1000 }, () => f.decide('GET', '/api/v1/namespaces/a/configmaps/x', false)?.status === 500);
    };
    const first = run();
    expect(first).to.deep.equal(run());
    const failed = first.filter(Boolean).length;
    expect(failed).to.be.within(240, 360);
  });

  it('matches on method, path and watch, and retires a counted rule after N hits', () => {
    const f = new FaultInjector();
    const rule = f.add({ method: 'PUT', path: /\/leases\//, status: 409, count: 2 });
    expect(f.decide('GET', '/apis/coordination.k8s.io/v1/namespaces/a/leases/x', false)).to.equal(undefined);
    expect(f.decide('PUT', '/apis/coordination.k8s.io/v1/namespaces/a/leases/x', false)?.status).to.equal(409);
    expect(f.decide('PUT', '/apis/coordination.k8s.io/v1/namespaces/a/leases/x', false)?.status).to.equal(409);
    expect(f.decide('PUT', '/apis/coordination.k8s.io/v1/namespaces/a/leases/x', false)).to.equal(undefined);
    expect(rule.hits).to.equal(2);
    f.add({ watch: true, delayMs: 5 });
    expect(f.decide('GET', '/api/v1/pods', false)).to.equal(undefined);
    expect(f.decide('GET', '/api/v1/pods', true)?.delayMs).to.equal(5);
  });
});
