// The audit log: one event per request in kube-apiserver's audit.k8s.io/v1 shape, with the user, verb,
// objectRef and the RBAC decision, so a test can derive the permissions a client used.
import { expect } from 'chai';
import { startApiServer, type ApiServer } from './server.ts';
import { call } from './testing.ts';

describe('the test API server\'s audit log', function () {
  this.timeout(30_000);
  let api: ApiServer;

  before(async () => {
    api = await startApiServer();
  });

  after(async () => {
    await api?.stop();
  });

  it('records nothing until started, then each request with its user, verb, objectRef, code and RBAC decision', async () => {
    const admin = (method: string, path: string, body?: unknown) => call(api, method, path, { token: api.adminToken, body });
    await admin('POST', '/api/v1/namespaces/default/serviceaccounts', { metadata: { name: 'bot' } });
    await admin('POST', '/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles', { metadata: { name: 'cm' }, rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }] });
    await admin('POST', '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings', { metadata: { name: 'cm' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'cm' }, subjects: [{ kind: 'ServiceAccount', name: 'bot', namespace: 'default' }] });
    await admin('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'x' } });
    expect(api.audit.events()).to.deep.equal([]);

    api.audit.start();
    const token = api.issueServiceAccountToken('default', 'bot');
    expect((await call(api, 'GET', '/api/v1/namespaces/default/configmaps/x', { token })).status).to.equal(200);
    expect((await call(api, 'PATCH', '/api/v1/namespaces/default/pods/p/status', { token, body: {}, contentType: 'application/merge-patch+json' })).status).to.equal(403);
    api.audit.stop();
    await call(api, 'GET', '/api/v1/namespaces/default/configmaps/x', { token });

    const events = api.audit.events();
    expect(events.map((e) => [e.user.username, e.verb, e.objectRef, e.responseStatus.code, e.annotations?.['authorization.k8s.io/decision'], e.stage])).to.deep.equal([
      ['system:serviceaccount:default:bot', 'get', { resource: 'configmaps', namespace: 'default', name: 'x', apiVersion: 'v1' }, 200, 'allow', 'ResponseComplete'],
      ['system:serviceaccount:default:bot', 'patch', { resource: 'pods', namespace: 'default', name: 'p', apiVersion: 'v1', subresource: 'status' }, 403, 'forbid', 'ResponseComplete'],
    ].map(([u, v, ref, code, decision, stage]) => [u, v, JSON.parse(JSON.stringify(ref)), code, decision, stage]));
    expect(events[0]).to.include({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', requestURI: '/api/v1/namespaces/default/configmaps/x' });
    expect(events[0]!.requestReceivedTimestamp).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });
});
