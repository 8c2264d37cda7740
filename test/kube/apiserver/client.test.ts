// The server through the real @kubernetes/client-node: conflicts, watches, generation, cascading deletion,
// evictions against PodDisruptionBudgets, graceful pod deletion, pagination, tokens and faults.
import { AppsV1Api, CoreV1Api, CustomObjectsApi, KubeConfig, PatchStrategy, PolicyV1Api, setHeaderOptions, Watch, type V1ConfigMap } from '@kubernetes/client-node';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer, type ApiServer } from './server.ts';
import { call, eventually, failure } from './testing.ts';

const MERGE = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

interface WatchEvent { type: string; object: { metadata: { name: string; resourceVersion: string }; data?: Record<string, string>; code?: number; message?: string; reason?: string } }


describe('the test API server through @kubernetes/client-node', function () {
  this.timeout(30_000);
  let api: ApiServer;
  let dir: string;
  let kc: KubeConfig;
  let core: CoreV1Api;
  let apps: AppsV1Api;

  const watchEvents = (path: string, query: Record<string, string | number | boolean | undefined>): { events: WatchEvent[]; stop: () => void; ended: Promise<unknown> } => {
    const events: WatchEvent[] = [];
    let abort: AbortController | undefined;
    let resolveEnded!: (v: unknown) => void;
    const ended = new Promise((r) => (resolveEnded = r));
    void new Watch(kc).watch(path, query, (type, object) => events.push({ type, object }), (err) => resolveEnded(err)).then((c) => (abort = c));
    return { events, stop: () => abort?.abort(), ended };
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apiserver-client-'));
    api = await startApiServer({ bookmarkIntervalMs: 200 });
    const path = join(dir, 'kubeconfig');
    api.writeKubeconfig(path);
    kc = new KubeConfig();
    kc.loadFromFile(path);
    core = kc.makeApiClient(CoreV1Api);
    apps = kc.makeApiClient(AppsV1Api);
  });

  after(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an update with a stale resourceVersion with 409 and kube-apiserver\'s Status body', async () => {
    const created = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'x' }, data: { a: '1' } } });
    const updated = await core.replaceNamespacedConfigMap({ name: 'x', namespace: 'default', body: { ...created, data: { a: '2' } } });
    expect(Number(updated.metadata!.resourceVersion)).to.be.greaterThan(Number(created.metadata!.resourceVersion));
    const stale = await failure(core.replaceNamespacedConfigMap({ name: 'x', namespace: 'default', body: { ...created, data: { a: '3' } } }));
    expect(stale.code).to.equal(409);
    expect(stale.body).to.deep.equal({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Operation cannot be fulfilled on configmaps "x": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'x', kind: 'configmaps' },
      code: 409,
    });
    const dup = await failure(core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'x' } } }));
    expect(dup.body).to.include({ code: 409, reason: 'AlreadyExists', message: 'configmaps "x" already exists' });
    const missing = await failure(core.readNamespacedConfigMap({ name: 'nope', namespace: 'default' }));
    expect(missing.body).to.include({ code: 404, reason: 'NotFound', message: 'configmaps "nope" not found' });
  });

  it('a watch delivers every change in order, and one started at a resourceVersion replays what followed it', async () => {
    const start = (await core.listNamespacedConfigMap({ namespace: 'default' })).metadata!.resourceVersion!;
    const live = watchEvents('/api/v1/namespaces/default/configmaps', { resourceVersion: start, labelSelector: 'w=1' });
    await eventually('the watch to open', () => api.store.watchers() > 0);
    await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'w', labels: { w: '1' } }, data: { n: '0' } } });
    for (let i = 1; i <= 5; i++) await core.patchNamespacedConfigMap({ name: 'w', namespace: 'default', body: { data: { n: String(i) } } }, MERGE);
    await core.deleteNamespacedConfigMap({ name: 'w', namespace: 'default' });
    const expected = ['ADDED 0', 'MODIFIED 1', 'MODIFIED 2', 'MODIFIED 3', 'MODIFIED 4', 'MODIFIED 5', 'DELETED 5'];
    const show = (events: WatchEvent[]): string[] => events.map((e) => `${e.type} ${e.object.data?.n}`);
    await eventually('every event', () => live.events.length >= expected.length);
    live.stop();
    expect(show(live.events)).to.deep.equal(expected);
    const rvs = live.events.map((e) => Number(e.object.metadata.resourceVersion));
    expect(rvs).to.deep.equal([...rvs].sort((a, b) => a - b));
    // Resume after the third event: the rest, and nothing before.
    const resumed = watchEvents('/api/v1/namespaces/default/configmaps', { resourceVersion: live.events[2]!.object.metadata.resourceVersion, labelSelector: 'w=1' });
    await eventually('the replayed events', () => resumed.events.length >= 4);
    resumed.stop();
    expect(show(resumed.events)).to.deep.equal(expected.slice(3));
  });

  it('answers a watch from a resourceVersion older than the kept history with 410 Gone, and sends bookmarks', async () => {
    const small = await startApiServer({ watchHistorySize: 3 });
    try {
      const first = await call(small, 'POST', '/api/v1/namespaces/default/configmaps', { token: small.adminToken, body: { metadata: { name: 'h' }, data: { n: '0' } } });
      const firstRv = first.json().metadata.resourceVersion;
      for (let i = 1; i <= 5; i++) await call(small, 'PATCH', '/api/v1/namespaces/default/configmaps/h', { token: small.adminToken, contentType: 'application/merge-patch+json', body: { data: { n: String(i) } } });
      const watch = await call(small, 'GET', `/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${firstRv}`, { token: small.adminToken });
      expect(watch.status).to.equal(200);
      const event = JSON.parse(watch.body.trim().split('\n')[0]!);
      expect(event.type).to.equal('ERROR');
      expect(event.object).to.include({ kind: 'Status', status: 'Failure', reason: 'Expired', code: 410 });
      expect(event.object.message).to.match(new RegExp(`^too old resource version: ${firstRv} \\(\\d+\\)$`));
    } finally {
      await small.stop();
    }
    const rv = (await core.listNamespacedConfigMap({ namespace: 'default' })).metadata!.resourceVersion!;
    const w = watchEvents('/api/v1/namespaces/default/configmaps', { resourceVersion: rv, allowWatchBookmarks: true });
    await eventually('a bookmark', () => w.events.some((e) => e.type === 'BOOKMARK'));
    w.stop();
    expect(Number(w.events.find((e) => e.type === 'BOOKMARK')!.object.metadata.resourceVersion)).to.be.at.least(Number(rv));
    const timed = await call(api, 'GET', `/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${rv}&timeoutSeconds=1`, { token: api.adminToken });
    expect(timed.status, 'the server ends a watch after timeoutSeconds').to.equal(200);
    const streamed = await call(api, 'GET', '/api/v1/namespaces/default/configmaps?watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=1&fieldSelector=metadata.name%3Dx', { token: api.adminToken });
    const lines = streamed.body.trim().split('\n').map((l) => JSON.parse(l) as WatchEvent & { object: { metadata: { annotations?: Record<string, string> } } });
    expect(lines[0]!.type).to.equal('ADDED');
    expect(lines[0]!.object.metadata.name).to.equal('x');
    expect(lines[1]!.type).to.equal('BOOKMARK');
    expect(lines[1]!.object.metadata.annotations).to.deep.equal({ 'k8s.io/initial-events-end': 'true' });
  });

  it('bumps metadata.generation on spec changes only; /status changes status only and the main endpoint ignores status', async () => {
    const d = await apps.createNamespacedDeployment({
      namespace: 'default',
      body: { metadata: { name: 'gen' }, spec: { selector: { matchLabels: { app: 'gen' } }, template: { metadata: { labels: { app: 'gen' } }, spec: { containers: [{ name: 'c', image: 'i:1' }] } } } },
    });
    expect(d.metadata!.generation).to.equal(1);
    const labelled = await apps.patchNamespacedDeployment({ name: 'gen', namespace: 'default', body: { metadata: { labels: { a: 'b' } } } }, MERGE);
    expect(labelled.metadata!.generation, 'a label is metadata').to.equal(1);
    const withStatus = await apps.patchNamespacedDeploymentStatus({ name: 'gen', namespace: 'default', body: { status: { replicas: 7, observedGeneration: 1 }, spec: { replicas: 9 } } }, MERGE);
    expect(withStatus.status!.replicas).to.equal(7);
    expect(withStatus.spec!.replicas, '/status ignores spec').to.equal(1);
    expect(withStatus.metadata!.generation).to.equal(1);
    const scaled = await apps.patchNamespacedDeployment({ name: 'gen', namespace: 'default', body: { spec: { replicas: 3 }, status: { replicas: 0 } } }, MERGE);
    expect(scaled.metadata!.generation).to.equal(2);
    expect(scaled.status!.replicas, 'the main endpoint ignores status').to.equal(7);
    const mismatch = await failure(apps.createNamespacedDeployment({ namespace: 'default', body: { metadata: { name: 'bad' }, spec: { selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'y' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } } } }));
    expect(mismatch.code).to.equal(422);
    expect(mismatch.body.message).to.equal('Deployment.apps "bad" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"y"}: `selector` does not match template `labels`');
    expect(mismatch.body.details.causes[0].field).to.equal('spec.template.metadata.labels');
    const immutable = await failure(apps.patchNamespacedDeployment({ name: 'gen', namespace: 'default', body: { spec: { selector: { matchLabels: { app: 'gen', more: 'x' } }, template: { metadata: { labels: { app: 'gen', more: 'x' } } } } } }, MERGE));
    expect(immutable.body.message).to.contain('spec.selector: Invalid value: "object": field is immutable');
    const scale = await apps.readNamespacedDeploymentScale({ name: 'gen', namespace: 'default' });
    expect(scale.spec!.replicas).to.equal(3);
    expect(scale.status!.selector).to.equal('app=gen');
  });

  it('deletes dependents after their owner (background), before it (foreground), or leaves them (orphan)', async () => {
    const owner = async (name: string): Promise<V1ConfigMap> => core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name } } });
    const dependent = (name: string, o: V1ConfigMap, block = false): Promise<V1ConfigMap> =>
      core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name, ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: o.metadata!.name!, uid: o.metadata!.uid!, blockOwnerDeletion: block }] } } });
    const exists = (name: string): boolean => api.store.get('', 'configmaps', 'default', name) !== undefined;

    const bg = await owner('bg-owner');
    await dependent('bg-dep', bg);
    await core.deleteNamespacedConfigMap({ name: 'bg-owner', namespace: 'default', propagationPolicy: 'Background' });
    expect(exists('bg-owner')).to.equal(false);
    await eventually('the background dependent to be collected', () => !exists('bg-dep'));

    const fg = await owner('fg-owner');
    await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'fg-dep', finalizers: ['example.com/hold'], ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'fg-owner', uid: fg.metadata!.uid!, blockOwnerDeletion: true }] } } });
    await core.deleteNamespacedConfigMap({ name: 'fg-owner', namespace: 'default', propagationPolicy: 'Foreground' });
    const pending = await core.readNamespacedConfigMap({ name: 'fg-owner', namespace: 'default' });
    expect(pending.metadata!.finalizers).to.deep.equal(['foregroundDeletion']);
    expect(pending.metadata!.deletionTimestamp).to.be.a('date');
    await eventually('the dependent to be marked for deletion', () => !!api.store.get('', 'configmaps', 'default', 'fg-dep')?.metadata.deletionTimestamp);
    expect(exists('fg-owner'), 'the owner waits for its blocking dependent').to.equal(true);
    await core.patchNamespacedConfigMap({ name: 'fg-dep', namespace: 'default', body: { metadata: { finalizers: null } } }, MERGE);
    await eventually('the owner to go once its dependent is gone', () => !exists('fg-owner') && !exists('fg-dep'));

    const or = await owner('or-owner');
    await dependent('or-dep', or);
    await core.deleteNamespacedConfigMap({ name: 'or-owner', namespace: 'default', propagationPolicy: 'Orphan' });
    await eventually('the orphaning owner to go', () => !exists('or-owner'));
    expect(api.store.get('', 'configmaps', 'default', 'or-dep')!.metadata.ownerReferences).to.equal(undefined);
  });

  it('refuses an eviction with 429 while the PodDisruptionBudget allows no disruption, and allows it after', async () => {
    const policy = kc.makeApiClient(PolicyV1Api);
    await core.createNamespacedPod({ namespace: 'default', body: { metadata: { name: 'ev', labels: { app: 'ev' } }, spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'i' }] } } });
    await core.patchNamespacedPodStatus({ name: 'ev', namespace: 'default', body: { status: { phase: 'Running' } } }, MERGE);
    const pdb = await policy.createNamespacedPodDisruptionBudget({ namespace: 'default', body: { metadata: { name: 'ev-pdb' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'ev' } } } } });
    await policy.replaceNamespacedPodDisruptionBudgetStatus({ name: 'ev-pdb', namespace: 'default', body: { ...pdb, status: { observedGeneration: 1, disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1 } } });
    const eviction = { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'ev', namespace: 'default' } };
    const refused = await failure(core.createNamespacedPodEviction({ name: 'ev', namespace: 'default', body: eviction }));
    expect(refused.code).to.equal(429);
    expect(refused.body).to.include({ reason: 'TooManyRequests', message: "Cannot evict pod as it would violate the pod's disruption budget." });
    expect(refused.body.details.causes).to.deep.equal([{ reason: 'DisruptionBudget', message: 'The disruption budget ev-pdb needs 1 healthy pods and has 1 currently' }]);
    await policy.patchNamespacedPodDisruptionBudgetStatus({ name: 'ev-pdb', namespace: 'default', body: { status: { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1 } } }, MERGE);
    await core.createNamespacedPodEviction({ name: 'ev', namespace: 'default', body: eviction });
    const after = await policy.readNamespacedPodDisruptionBudget({ name: 'ev-pdb', namespace: 'default' });
    expect(after.status!.disruptionsAllowed).to.equal(0);
    expect(Object.keys(after.status!.disruptedPods ?? {})).to.deep.equal(['ev']);
    const pod = await core.readNamespacedPod({ name: 'ev', namespace: 'default' });
    expect(pod.metadata!.deletionTimestamp, 'the eviction deleted the pod gracefully').to.be.a('date');
  });

  it('keeps a deleted pod on a node until the kubelet confirms with gracePeriodSeconds=0', async () => {
    const created = await core.createNamespacedPod({ namespace: 'default', body: { metadata: { name: 'grace' }, spec: { nodeName: 'node-1', terminationGracePeriodSeconds: 20, containers: [{ name: 'c', image: 'i', resources: { limits: { cpu: '1', memory: '1Gi' } } }] } } });
    expect(created.status).to.include({ phase: 'Pending', qosClass: 'Guaranteed' });
    await core.deleteNamespacedPod({ name: 'grace', namespace: 'default' });
    const terminating = await core.readNamespacedPod({ name: 'grace', namespace: 'default' });
    expect(terminating.metadata!.deletionGracePeriodSeconds).to.equal(20);
    // Writes during the grace period (the kubelet's status, someone's label) do not finish the delete.
    await core.replaceNamespacedPodStatus({ name: 'grace', namespace: 'default', body: { ...terminating, status: { ...terminating.status, phase: 'Running' } } });
    await core.patchNamespacedPod({ name: 'grace', namespace: 'default', body: { metadata: { labels: { seen: 'yes' } } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    expect((await core.readNamespacedPod({ name: 'grace', namespace: 'default' })).metadata!.labels).to.include({ seen: 'yes' });
    await core.deleteNamespacedPod({ name: 'grace', namespace: 'default', gracePeriodSeconds: 0 });
    expect((await failure(core.readNamespacedPod({ name: 'grace', namespace: 'default' }))).code).to.equal(404);
    await core.createNamespacedPod({ namespace: 'default', body: { metadata: { name: 'unscheduled' }, spec: { containers: [{ name: 'c', image: 'i' }] } } });
    await core.deleteNamespacedPod({ name: 'unscheduled', namespace: 'default' });
    expect((await failure(core.readNamespacedPod({ name: 'unscheduled', namespace: 'default' }))).code, 'a pod never scheduled goes at once').to.equal(404);
  });

  it('pages a list with limit and continue, each object once, with remainingItemCount', async () => {
    await core.createNamespace({ body: { metadata: { name: 'paged' } } });
    for (let i = 0; i < 10; i++) await core.createNamespacedConfigMap({ namespace: 'paged', body: { metadata: { name: `c${String(i).padStart(2, '0')}` } } });
    const seen: string[] = [];
    let token: string | undefined;
    const remaining: number[] = [];
    do {
      const page = await core.listNamespacedConfigMap({ namespace: 'paged', limit: 3, _continue: token });
      seen.push(...page.items.map((c) => c.metadata!.name!));
      token = page.metadata!._continue || undefined;
      if (page.metadata!.remainingItemCount !== undefined) remaining.push(page.metadata!.remainingItemCount);
    } while (token);
    expect(seen).to.deep.equal(Array.from({ length: 10 }, (_, i) => `c${String(i).padStart(2, '0')}`));
    expect(remaining).to.deep.equal([7, 4, 1]);
    await core.deleteCollectionNamespacedConfigMap({ namespace: 'paged', fieldSelector: 'metadata.name!=c00' });
    expect(api.store.list('', 'configmaps', 'paged').map((c) => c.metadata.name)).to.deep.equal(['c00']);
  });

  it('deleting a namespace removes everything in it, then the namespace', async () => {
    await core.createNamespace({ body: { metadata: { name: 'doomed' } } });
    await core.createNamespacedConfigMap({ namespace: 'doomed', body: { metadata: { name: 'a' } } });
    await core.deleteNamespace({ name: 'doomed' });
    const refused = await failure(core.createNamespacedConfigMap({ namespace: 'doomed', body: { metadata: { name: 'b' } } }));
    expect(refused.code).to.be.oneOf([403, 404]);
    await eventually('the namespace to be gone', () => !api.store.get('', 'namespaces', undefined, 'doomed'));
    expect(api.store.list('', 'configmaps', 'doomed')).to.have.length(0);
  });

  it('serves a CRD\'s resource once it is established, and stops (objects deleted, watches ended) when the CRD goes', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi);
    await call(api, 'POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', {
      token: api.adminToken,
      body: {
        metadata: { name: 'gadgets.example.org' },
        spec: { group: 'example.org', scope: 'Namespaced', names: { plural: 'gadgets', kind: 'Gadget' }, versions: [{ name: 'v1', served: true, storage: true, subresources: { status: {} }, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }] },
      },
    });
    const crd = await eventually('the CRD to be established', async () => {
      const r = await call(api, 'GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/gadgets.example.org', { token: api.adminToken });
      return r.json().status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Established' && c.status === 'True') ? r.json() : undefined;
    });
    expect(crd.status.acceptedNames.kind).to.equal('Gadget');
    const groups = (await call(api, 'GET', '/apis', { token: api.adminToken })).json();
    expect(groups.groups.map((g: { name: string }) => g.name)).to.include('example.org');
    const g = (await custom.createNamespacedCustomObject({ group: 'example.org', version: 'v1', namespace: 'default', plural: 'gadgets', body: { apiVersion: 'example.org/v1', kind: 'Gadget', metadata: { name: 'g' }, spec: { a: 1 }, status: { ignored: true } } })) as { status?: unknown; metadata: { generation: number } };
    expect(g.status, 'status is dropped on create').to.equal(undefined);
    expect(g.metadata.generation).to.equal(1);
    const w = watchEvents('/apis/example.org/v1/namespaces/default/gadgets', {});
    await eventually('the gadget watch to open', () => w.events.length > 0);
    await call(api, 'DELETE', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/gadgets.example.org', { token: api.adminToken });
    await w.ended;
    expect(w.events.map((e) => e.type)).to.deep.equal(['ADDED', 'DELETED']);
    const gone = await call(api, 'GET', '/apis/example.org/v1/namespaces/default/gadgets', { token: api.adminToken });
    expect(gone.status, 'the resource is no longer served').to.equal(404);
  });

  it('issues service-account tokens through TokenRequest that authenticate as the service account', async () => {
    await core.createNamespacedServiceAccount({ namespace: 'default', body: { metadata: { name: 'robot' } } });
    const tr = await core.createNamespacedServiceAccountToken({ name: 'robot', namespace: 'default', body: { spec: { audiences: [], expirationSeconds: 3600 } } });
    const who = await call(api, 'POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', { token: tr.status!.token, body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' } });
    expect(who.json().status.userInfo.username).to.equal('system:serviceaccount:default:robot');
    expect(who.json().status.userInfo.groups).to.include.members(['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated']);
    await core.deleteNamespacedServiceAccount({ name: 'robot', namespace: 'default' });
    const orphaned = await call(api, 'GET', '/api/v1/namespaces', { token: tr.status!.token });
    expect(orphaned.status, 'a token dies with its ServiceAccount').to.equal(401);
    const bad = await call(api, 'GET', '/api/v1/namespaces', { token: 'not-a-token' });
    expect(bad.status).to.equal(401);
    expect(bad.json()).to.include({ reason: 'Unauthorized', code: 401 });
  });

  it('refuses a service account that grants RBAC permissions it does not hold (escalation), unless it holds them', async () => {
    const token = api.issueServiceAccountToken('default', 'delegator');
    const rbac = '/apis/rbac.authorization.k8s.io/v1/namespaces/default';
    await call(api, 'POST', `${rbac}/roles`, { token: api.adminToken, body: { metadata: { name: 'role-admin' }, rules: [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: ['create'] }, { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }] } });
    await call(api, 'POST', `${rbac}/rolebindings`, { token: api.adminToken, body: { metadata: { name: 'delegator' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'role-admin' }, subjects: [{ kind: 'ServiceAccount', name: 'delegator', namespace: 'default' }] } });
    const escalating = await call(api, 'POST', `${rbac}/roles`, { token, body: { metadata: { name: 'too-much' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['delete'] }] } });
    expect(escalating.status).to.equal(403);
    expect(escalating.json().message).to.equal(
      'roles.rbac.authorization.k8s.io "too-much" is forbidden: user "system:serviceaccount:default:delegator" (groups=["system:serviceaccounts" "system:serviceaccounts:default" "system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n{APIGroups:[""], Resources:["pods"], Verbs:["delete"]}',
    );
    const held = await call(api, 'POST', `${rbac}/roles`, { token, body: { metadata: { name: 'just-enough' }, rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }] } });
    expect(held.status, held.body).to.equal(201);
    const bindingAdmin = await call(api, 'POST', `${rbac}/rolebindings`, { token, body: { metadata: { name: 'sneaky' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'ServiceAccount', name: 'delegator', namespace: 'default' }] } });
    expect(bindingAdmin.status).to.equal(403);
  });

  it('serves one set of Events as core/v1 and as events.k8s.io/v1', async () => {
    const created = await call(api, 'POST', '/apis/events.k8s.io/v1/namespaces/default/events', {
      token: api.adminToken,
      body: { metadata: { name: 'e1' }, eventTime: '2026-01-01T00:00:00.000000Z', reportingController: 'example.com/op', reportingInstance: 'op-0', action: 'Scale', reason: 'Scaled', note: 'scaled to 3', type: 'Normal', regarding: { kind: 'Deployment', name: 'gen', namespace: 'default' } },
    });
    expect(created.status, created.body).to.equal(201);
    expect(created.json()).to.include({ apiVersion: 'events.k8s.io/v1', note: 'scaled to 3', reportingController: 'example.com/op' });
    const core = (await call(api, 'GET', '/api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dgen', { token: api.adminToken })).json();
    expect(core.items.map((e: { message: string; reportingComponent: string }) => `${e.message}/${e.reportingComponent}`)).to.deep.equal(['scaled to 3/example.com/op']);
    const v1 = (await call(api, 'GET', '/apis/events.k8s.io/v1/namespaces/default/events?fieldSelector=regarding.name%3Dgen', { token: api.adminToken })).json();
    expect(v1.items.map((e: { note: string; regarding: { kind: string } }) => `${e.note}/${e.regarding.kind}`)).to.deep.equal(['scaled to 3/Deployment']);
    const patched = await call(api, 'PATCH', '/apis/events.k8s.io/v1/namespaces/default/events/e1', { token: api.adminToken, contentType: 'application/merge-patch+json', body: { note: 'scaled to 4' } });
    expect(patched.json().note).to.equal('scaled to 4');
    expect(api.store.get('', 'events', 'default', 'e1')!.message).to.equal('scaled to 4');
  });

  it('keeps objects, tokens, its CA and the resourceVersion sequence across a restart with a data folder', async () => {
    const dataDir = join(dir, 'persisted');
    const first = await startApiServer({ dataDir });
    const saToken = first.issueServiceAccountToken('default', 'keeper');
    const created = (await call(first, 'POST', '/api/v1/namespaces/default/secrets', { token: first.adminToken, body: { metadata: { name: 's' }, stringData: { password: 'hunter2' } } })).json();
    expect(created.data).to.deep.equal({ password: Buffer.from('hunter2').toString('base64') });
    expect(created.stringData).to.equal(undefined);
    await first.stop();
    const second = await startApiServer({ dataDir, port: first.port });
    try {
      expect(second.adminToken).to.equal(first.adminToken);
      expect(second.caPem).to.equal(first.caPem);
      const got = await call(second, 'GET', '/api/v1/namespaces/default/secrets/s', { token: saToken });
      expect(got.status, 'the service account token still authenticates (and RBAC still refuses it)').to.equal(403);
      const again = await call(second, 'GET', '/api/v1/namespaces/default/secrets/s', { token: second.adminToken });
      expect(again.json().metadata.uid).to.equal(created.metadata.uid);
      const next = (await call(second, 'POST', '/api/v1/namespaces/default/configmaps', { token: second.adminToken, body: { metadata: { name: 'after' } } })).json();
      expect(Number(next.metadata.resourceVersion)).to.be.greaterThan(Number(created.metadata.resourceVersion));
      const stale = await call(second, 'GET', `/api/v1/namespaces/default/secrets?watch=1&timeoutSeconds=5&resourceVersion=${Number(created.metadata.resourceVersion) - 1}`, { token: second.adminToken });
      expect(JSON.parse(stale.body.split('\n')[0]!).object.code, 'a watch from before the restart must relist').to.equal(410);
    } finally {
      await second.stop();
    }
  });

  it('injects faults: the next N requests fail, requests hang, and watch streams close on demand', async () => {
    const fail = api.faults.failNext(2, 500, { method: 'GET', path: '/configmaps/x' });
    expect((await failure(core.readNamespacedConfigMap({ name: 'x', namespace: 'default' }))).code).to.equal(500);
    expect((await failure(core.readNamespacedConfigMap({ name: 'x', namespace: 'default' }))).code).to.equal(500);
    expect((await core.readNamespacedConfigMap({ name: 'x', namespace: 'default' })).metadata!.name).to.equal('x');
    expect(fail.hits).to.equal(2);
    const throttle = api.faults.add({ path: '/configmaps/x', status: 429, count: 1 });
    const limited = await call(api, 'GET', '/api/v1/namespaces/default/configmaps/x', { token: api.adminToken });
    expect(limited.status).to.equal(429);
    expect(limited.headers['retry-after']).to.equal('1');
    throttle.remove();
    const hang = api.faults.add({ path: '/configmaps/x', hang: true, count: 1 });
    const controller = new AbortController();
    const hung = fetchWithSignal(api, '/api/v1/namespaces/default/configmaps/x', controller.signal);
    await eventually('the request to reach the server and hang', () => hang.hits === 1);
    controller.abort();
    expect(await hung).to.equal('aborted');
    const reset = api.faults.add({ path: '/configmaps/x', reset: true, count: 1 });
    const dropped = await call(api, 'GET', '/api/v1/namespaces/default/configmaps/x', { token: api.adminToken }).then(() => 'answered', (err: Error) => err.message);
    expect(dropped).to.match(/socket hang up|ECONNRESET/);
    expect(reset.hits).to.equal(1);
    const w = watchEvents('/api/v1/namespaces/default/configmaps', {});
    await eventually('the watch to open (its first synthetic ADDED event)', () => w.events.length > 0);
    expect(api.faults.closeWatches()).to.be.at.least(1);
    await w.ended;
    expect(api.store.watchers()).to.equal(0);
  });
});

function fetchWithSignal(api: ApiServer, path: string, signal: AbortSignal): Promise<string> {
  return new Promise((resolve) => {
    const req = call(api, 'GET', path, { token: api.adminToken });
    signal.addEventListener('abort', () => resolve('aborted'));
    req.then(() => resolve('answered'), () => resolve('aborted'));
  });
}
