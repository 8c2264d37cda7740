import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { generateTypes, crdPath, typesPath } from '../../scripts/gen-types.ts';
import { withDefaults } from './defaults.ts';

describe('the CRD is the source of truth for the operator types', () => {
  it('operator/src/gen/types.ts is what gen-types.ts generates from crds/ingestercluster.yaml (no drift)', () => {
    const generated = generateTypes(readFileSync(crdPath, 'utf8'));
    expect(readFileSync(typesPath, 'utf8'), 'run: node --import tsx operator/scripts/gen-types.ts').to.equal(generated);
  });

  it('schema defaults fill a minimal spec the way the API server would', () => {
    const cluster = withDefaults({ spec: { image: 'ingester-cluster/ingester:1' } } as never);
    expect(cluster.spec.replicas).to.equal(3);
    expect(cluster.spec.replicationFactor).to.equal(3);
    expect(cluster.spec.storage.backend).to.equal('filesystem');
    expect(cluster.spec.storage.filesystem?.path).to.equal('/bucket');
    expect(cluster.spec.ring.tokensPerInstance).to.equal(128);
    expect(cluster.spec.rollout).to.deep.equal({ maxUnavailable: 1, flushTimeout: '5m', progressDeadlineSeconds: 600 });
    expect(cluster.spec.paused).to.equal(false);
    expect(cluster.spec.persistence.size).to.equal('10Gi');
  });

  it('schema defaults never override what the user wrote', () => {
    const cluster = withDefaults({ spec: { image: 'x', replicas: 5, ring: { heartbeatPeriod: '1s' } } } as never);
    expect(cluster.spec.replicas).to.equal(5);
    expect(cluster.spec.ring.heartbeatPeriod).to.equal('1s');
    expect(cluster.spec.ring.heartbeatTimeout).to.equal('1m');
  });
});
