import { expect } from 'chai';
import { jsonMergePatch, jsonPatch, strategicMergePatch } from './patch.ts';

const pod = {
  metadata: { name: 'p', finalizers: ['a'], labels: { x: '1' } },
  spec: {
    containers: [
      { name: 'app', image: 'app:1', env: [{ name: 'A', value: '1' }], ports: [{ containerPort: 80 }] },
      { name: 'side', image: 'side:1' },
    ],
    volumes: [{ name: 'data', emptyDir: {} }],
    tolerations: [{ key: 'k' }],
  },
};

describe('patches', () => {
  it('a JSON merge patch replaces lists and deletes keys set to null', () => {
    expect(jsonMergePatch({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { c: null, d: 3 }, l: [3] })).to.deep.equal({ a: { b: 1, d: 3 }, l: [3] });
  });

  it('a JSON patch applies add, replace, remove, test, move and copy in order', () => {
    const out = jsonPatch({ a: [1, 2], b: { c: 1 } }, [
      { op: 'add', path: '/a/-', value: 3 },
      { op: 'replace', path: '/b/c', value: 2 },
      { op: 'test', path: '/b/c', value: 2 },
      { op: 'copy', from: '/b/c', path: '/d' },
      { op: 'move', from: '/d', path: '/e' },
      { op: 'remove', path: '/a/0' },
    ]);
    expect(out).to.deep.equal({ a: [2, 3], b: { c: 2 }, e: 2 });
    expect(() => jsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).to.throw('test failed');
  });

  it('a strategic merge patch merges containers by name, env by name and ports by containerPort', () => {
    const out = strategicMergePatch('Pod', pod, { spec: { containers: [{ name: 'app', image: 'app:2', env: [{ name: 'B', value: '2' }], ports: [{ containerPort: 80, name: 'http' }] }, { name: 'new', image: 'n' }] } }) as typeof pod;
    expect(out.spec.containers.map((c) => c.name)).to.deep.equal(['app', 'side', 'new']);
    expect(out.spec.containers[0]).to.deep.equal({ name: 'app', image: 'app:2', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], ports: [{ containerPort: 80, name: 'http' }] });
  });

  it('a strategic merge patch replaces lists without a merge key, like tolerations', () => {
    const out = strategicMergePatch('Pod', pod, { spec: { tolerations: [{ key: 'j' }] } }) as typeof pod;
    expect(out.spec.tolerations).to.deep.equal([{ key: 'j' }]);
  });

  it('honours $patch: delete and replace, $setElementOrder, $retainKeys and $deleteFromPrimitiveList', () => {
    const out = strategicMergePatch('Pod', pod, {
      metadata: { '$deleteFromPrimitiveList/finalizers': ['a'], finalizers: ['b'] },
      spec: {
        '$setElementOrder/containers': [{ name: 'side' }, { name: 'app' }],
        containers: [{ name: 'app', $patch: 'delete' }],
        volumes: [{ name: 'data', $retainKeys: ['name', 'hostPath'], hostPath: { path: '/x' } }],
      },
    }) as typeof pod & { spec: { volumes: unknown[] } };
    expect(out.metadata.finalizers).to.deep.equal(['b']);
    expect(out.spec.containers.map((c) => c.name)).to.deep.equal(['side']);
    expect(out.spec.volumes).to.deep.equal([{ name: 'data', hostPath: { path: '/x' } }]);
    const replaced = strategicMergePatch('Pod', pod, { metadata: { labels: { $patch: 'replace', y: '2' } } }) as typeof pod;
    expect(replaced.metadata.labels).to.deep.equal({ y: '2' });
  });

  it('merges Service ports by port, not containerPort', () => {
    const svc = { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } };
    const out = strategicMergePatch('Service', svc, { spec: { ports: [{ port: 80, targetPort: 9090 }] } }) as typeof svc;
    expect(out.spec.ports).to.deep.equal([{ port: 80, targetPort: 9090 }, { port: 443 }]);
  });
});
