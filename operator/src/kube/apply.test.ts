import { expect } from 'chai';
import { isSubset, mergeInto, needsUpdate } from './apply.ts';
import { desiredObjects } from '../controller/desired.ts';
import { aCluster } from '../controller/testing/fixtures.ts';

describe('applying desired objects only when they differ', () => {
  const sts = desiredObjects(aCluster()).find((o) => o.kind === 'StatefulSet') as unknown as Record<string, unknown>;
  // What the API server gives back: our fields plus its defaults and bookkeeping.
  const live = () => {
    const copy = structuredClone(sts) as Record<string, any>;
    copy.metadata.resourceVersion = '42';
    copy.metadata.uid = 'sts-uid';
    copy.spec.revisionHistoryLimit = 10;
    copy.spec.template.spec.containers[0].terminationMessagePath = '/dev/termination-log';
    copy.spec.template.spec.containers[0].ports[0].protocol = 'TCP';
    copy.status = { replicas: 3 };
    return copy;
  };

  it('a live object with server defaults added needs no update', () => {
    expect(needsUpdate('StatefulSet', live(), sts)).to.equal(false);
  });

  it('a changed image needs an update', () => {
    const changed = desiredObjects(aCluster({ image: 'ingester-cluster/ingester:2.0.0' })).find((o) => o.kind === 'StatefulSet') as unknown as Record<string, unknown>;
    expect(needsUpdate('StatefulSet', live(), changed)).to.equal(true);
  });

  it('an added or removed arg needs an update (lists compare by length too)', () => {
    const changed = desiredObjects(aCluster({ extraArgs: ['-x=1'] })).find((o) => o.kind === 'StatefulSet') as unknown as Record<string, unknown>;
    expect(needsUpdate('StatefulSet', live(), changed)).to.equal(true);
  });

  it('the merged object keeps what the server owns and immutable fields, and takes our template', () => {
    const changed = desiredObjects(aCluster({ image: 'img:2' })).find((o) => o.kind === 'StatefulSet') as unknown as Record<string, any>;
    const merged = mergeInto('StatefulSet', live(), changed) as Record<string, any>;
    expect(merged.metadata.resourceVersion).to.equal('42');
    expect(merged.spec.revisionHistoryLimit).to.equal(10);
    expect(merged.spec.template.spec.containers[0].image).to.equal('img:2');
    expect(merged.spec.volumeClaimTemplates).to.deep.equal(live().spec.volumeClaimTemplates);
  });

  it('numbers and their string forms compare equal, booleans do not', () => {
    expect(isSubset({ a: 1 }, { a: '1' })).to.equal(true);
    expect(isSubset({ a: true }, { a: 'true' })).to.equal(false);
    expect(isSubset({ a: [1, 2] }, { a: [1, 2, 3] })).to.equal(false);
  });
});
