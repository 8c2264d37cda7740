// The server through the real kubectl (v1.32): what kubectl prints is what it would print against a cluster.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer, type ApiServer } from './server.ts';
import { call, eventually, kubectl, kubectlBackground, type KubectlResult } from './testing.ts';

const CRD = `
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, listKind: WidgetList, plural: widgets, singular: widget, shortNames: [wd]}
  versions:
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    additionalPrinterColumns:
    - {name: Replicas, type: integer, jsonPath: .spec.replicas}
    - {name: Phase, type: string, jsonPath: .status.phase}
    - {name: Ready, type: string, jsonPath: '.status.conditions[?(@.type=="Ready")].status'}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            x-kubernetes-validations:
            - {rule: "self.replicas >= self.minReplicas", message: "replicas must be at least minReplicas"}
            properties:
              replicas: {type: integer, minimum: 3, default: 3}
              minReplicas: {type: integer, default: 1}
              size: {type: string, enum: [small, large]}
          status:
            type: object
            properties:
              phase: {type: string}
              conditions:
                type: array
                items:
                  type: object
                  properties:
                    type: {type: string}
                    status: {type: string}
`;

describe('the test API server through the real kubectl', function () {
  this.timeout(60_000);
  let api: ApiServer;
  let dir: string;
  let admin: string;
  let run: (args: string[], input?: string) => Promise<KubectlResult>;
  let ok: (args: string[], input?: string) => Promise<string>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apiserver-kubectl-'));
    api = await startApiServer();
    admin = join(dir, 'admin.kubeconfig');
    api.writeKubeconfig(admin);
    run = (args, input) => kubectl(admin, join(dir, 'cache'), args, input);
    ok = async (args, input) => {
      const r = await run(args, input);
      expect(r.code, `kubectl ${args.join(' ')}: ${r.stderr}`).to.equal(0);
      return r.stdout;
    };
  });

  after(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the namespaces kube-apiserver starts with', async () => {
    const out = await ok(['get', 'ns']);
    expect(out).to.match(/^NAME\s+STATUS\s+AGE/);
    for (const ns of ['default', 'kube-system', 'kube-public']) expect(out).to.match(new RegExp(`\\n${ns}\\s+Active`));
  });

  it('applies a CRD and a custom resource, and kubectl get shows its printer columns', async () => {
    await ok(['apply', '-f', '-'], CRD);
    await eventually('the Widget kind to be served', async () => (await run(['get', 'widgets'])).code === 0);
    const out = await ok(['apply', '-f', '-'], 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w1}\nspec: {size: small, replicas: 4}\n');
    expect(out.trim()).to.equal('widget.example.com/w1 created');
    await call(api, 'PATCH', '/apis/example.com/v1/namespaces/default/widgets/w1/status', {
      token: api.adminToken,
      contentType: 'application/merge-patch+json',
      body: { status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } },
    });
    const table = await ok(['get', 'wd']);
    const [header, row] = table.trim().split('\n');
    expect(header).to.match(/^NAME\s+REPLICAS\s+PHASE\s+READY$/);
    expect(row).to.match(/^w1\s+4\s+Running\s+True$/);
    const got = JSON.parse(await ok(['get', 'widget', 'w1', '-o', 'json']));
    expect(got.spec.minReplicas, 'schema default').to.equal(1);
    expect(got.metadata.generation).to.equal(1);
  });

  it('refuses an invalid custom resource with 422 naming the field, as kubectl prints it', async () => {
    const r = await run(['apply', '-f', '-'], 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: bad}\nspec: {size: huge, replicas: 1}\n');
    expect(r.code).to.not.equal(0);
    expect(r.stderr).to.contain('The Widget "bad" is invalid:');
    expect(r.stderr).to.contain('spec.replicas: Invalid value: 1: spec.replicas in body should be greater than or equal to 3');
    expect(r.stderr).to.contain('spec.size: Unsupported value: "huge": supported values: "small", "large"');
    const cel = await run(['apply', '-f', '-'], 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: bad2}\nspec: {size: small, replicas: 3, minReplicas: 5}\n');
    expect(cel.stderr).to.contain('The Widget "bad2" is invalid: spec: Invalid value: "object": replicas must be at least minReplicas');
    const unknown = await run(['apply', '-f', '-'], 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: bad3}\nspec: {size: small, colour: red}\n');
    expect(unknown.stderr).to.contain('Error from server (BadRequest): error when creating "STDIN": Widget in version "v1" cannot be handled as a Widget: strict decoding error: unknown field "spec.colour"');
    const pruned = await ok(['apply', '--validate=false', '-f', '-'], 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: pruned}\nspec: {size: small, colour: red}\n');
    expect(pruned.trim()).to.equal('widget.example.com/pruned created');
    expect(JSON.parse(await ok(['get', 'widget', 'pruned', '-o', 'json'])).spec).to.deep.equal({ size: 'small', replicas: 3, minReplicas: 1 });
  });

  it('says "unchanged" when the same file is applied twice, and "configured" after an edit', async () => {
    const manifest = (v: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, labels: {app: demo}}\ndata: {mode: "${v}"}\n`;
    expect((await ok(['apply', '-f', '-'], manifest('a'))).trim()).to.equal('configmap/settings created');
    expect((await ok(['apply', '-f', '-'], manifest('a'))).trim()).to.equal('configmap/settings unchanged');
    expect((await ok(['apply', '-f', '-'], manifest('b'))).trim()).to.equal('configmap/settings configured');
    const got = JSON.parse(await ok(['get', 'cm', 'settings', '-o', 'json']));
    expect(got.data.mode).to.equal('b');
    expect(got.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).to.contain('"mode":"b"');
  });

  it('patches with merge, JSON and strategic merge patches (containers merged by name)', async () => {
    const deploy = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - {name: app, image: "app:1", env: [{name: A, value: "1"}]}
      - {name: sidecar, image: "side:1"}
`;
    await ok(['apply', '-f', '-'], deploy);
    await ok(['patch', 'deployment', 'web', '--type=strategic', '-p', '{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"app:2","env":[{"name":"B","value":"2"}]}]}}}}']);
    await ok(['patch', 'deployment', 'web', '--type=merge', '-p', '{"metadata":{"labels":{"tier":"front"}}}']);
    await ok(['patch', 'deployment', 'web', '--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":2}]']);
    const got = JSON.parse(await ok(['get', 'deploy', 'web', '-o', 'json']));
    const containers = got.spec.template.spec.containers;
    expect(containers.map((c: { name: string; image: string }) => `${c.name}=${c.image}`)).to.deep.equal(['app=app:2', 'sidecar=side:1']);
    expect(containers[0].env).to.deep.equal([{ name: 'A', value: '1' }, { name: 'B', value: '2' }]);
    expect(got.metadata.labels).to.deep.equal({ app: 'web', tier: 'front' });
    expect(got.spec.replicas).to.equal(2);
    expect(got.metadata.generation, 'two spec changes after creation').to.equal(3);
    const edited = deploy.replace('app:1', 'app:3');
    const applied = await ok(['apply', '-f', '-'], edited);
    expect(applied.trim()).to.equal('deployment.apps/web configured');
  });

  it('applies server-side, refusing a conflicting field manager unless forced', async () => {
    const cm = (v: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ssa}\ndata: {key: "${v}", other: "x"}\n`;
    expect((await ok(['apply', '--server-side', '-f', '-'], cm('1'))).trim()).to.equal('configmap/ssa serverside-applied');
    expect((await ok(['apply', '--server-side', '-f', '-'], cm('1'))).trim()).to.equal('configmap/ssa serverside-applied');
    const conflict = await run(['apply', '--server-side', '--field-manager=other', '-f', '-'], cm('2'));
    expect(conflict.code).to.not.equal(0);
    expect(conflict.stderr).to.contain('conflict with "kubectl"');
    expect(conflict.stderr).to.contain('.data.key');
    await ok(['apply', '--server-side', '--field-manager=other', '--force-conflicts', '-f', '-'], cm('2'));
    const got = JSON.parse(await ok(['get', 'cm', 'ssa', '-o', 'json', '--show-managed-fields']));
    expect(got.data.key).to.equal('2');
    const managers = got.metadata.managedFields.map((m: { manager: string; operation: string }) => `${m.manager}/${m.operation}`);
    expect(managers).to.include.members(['kubectl/Apply', 'other/Apply']);
  });

  it('selects by labels with =, !=, in, notin and exists, and pages through long lists', async () => {
    for (let i = 0; i < 7; i++) await call(api, 'POST', '/api/v1/namespaces/default/configmaps', { token: api.adminToken, body: { metadata: { name: `page-${i}`, labels: { batch: 'p', parity: i % 2 ? 'odd' : 'even', ...(i === 0 ? { first: 'yes' } : {}) } } } });
    const names = async (selector: string, extra: string[] = []): Promise<string[]> => (await ok(['get', 'cm', '-l', selector, '-o', 'name', ...extra])).trim().split('\n').filter(Boolean).map((s) => s.replace('configmap/', ''));
    expect(await names('batch=p,parity=odd')).to.deep.equal(['page-1', 'page-3', 'page-5']);
    expect(await names('batch=p,parity!=odd')).to.deep.equal(['page-0', 'page-2', 'page-4', 'page-6']);
    expect(await names('parity in (odd),batch')).to.have.length(3);
    expect(await names('batch=p,parity notin (even),!first')).to.deep.equal(['page-1', 'page-3', 'page-5']);
    expect(await names('first')).to.deep.equal(['page-0']);
    expect(await names('batch=p', ['--chunk-size=2'])).to.deep.equal(['page-0', 'page-1', 'page-2', 'page-3', 'page-4', 'page-5', 'page-6']);
  });

  it('kubectl wait --for=condition=Ready returns once the condition is set', async () => {
    await ok(['apply', '-f', '-'], 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: waiter}\nspec: {size: large}\n');
    const waiting = kubectlBackground(admin, join(dir, 'cache'), ['wait', '--for=condition=Ready', 'widget/waiter', '--timeout=30s']);
    await eventually('kubectl wait to watch', () => api.store.watchers() > 0);
    await call(api, 'PATCH', '/apis/example.com/v1/namespaces/default/widgets/waiter/status', {
      token: api.adminToken,
      contentType: 'application/merge-patch+json',
      body: { status: { conditions: [{ type: 'Ready', status: 'True' }] } },
    });
    const r = await waiting.done;
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.equal('widget.example.com/waiter condition met');
  });

  it('kubectl get -w prints a table row for each change as it happens', async () => {
    await ok(['create', 'namespace', 'watched']);
    const watching = kubectlBackground(admin, join(dir, 'cache'), ['get', 'cm', '-n', 'watched', '-w', '--output-watch-events']);
    await eventually('kubectl to watch', () => api.store.watchers() > 0);
    await ok(['create', 'configmap', 'seen', '-n', 'watched', '--from-literal=a=b']);
    await ok(['delete', 'configmap', 'seen', '-n', 'watched']);
    await eventually('the DELETED row', () => /DELETED\s+seen/.test(watching.output()), 10_000);
    watching.child.kill();
    const out = (await watching.done).stdout;
    expect(out).to.match(/EVENT\s+NAME\s+DATA\s+AGE/);
    expect(out).to.match(/ADDED\s+seen\s+1\s+/);
  });

  it('refuses a service account without RBAC with kube-apiserver\'s message, then allows it after a RoleBinding', async () => {
    const saConfig = join(dir, 'sa.kubeconfig');
    const asAdminCan = async (args: string[]): Promise<string> => (await run(['auth', 'can-i', ...args])).stdout.trim();
    await ok(['create', 'namespace', 'team']);
    await ok(['create', 'serviceaccount', 'reader', '-n', 'team']);
    expect((await asAdminCan(['list', 'pods', '-n', 'team', '--as=system:serviceaccount:team:reader']))).to.equal('no');
    api.writeKubeconfig(saConfig, { token: api.issueServiceAccountToken('team', 'reader'), namespace: 'team' });
    const asSa = (args: string[]): Promise<KubectlResult> => kubectl(saConfig, join(dir, 'sa-cache'), args);
    const denied = await asSa(['get', 'pods']);
    expect(denied.code).to.not.equal(0);
    expect(denied.stderr).to.contain('Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:team:reader" cannot list resource "pods" in API group "" in the namespace "team"');
    await ok(['apply', '-f', '-'], `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader, namespace: team}
rules: [{apiGroups: [""], resources: [pods], verbs: [get, list, watch]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader-reads, namespace: team}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
subjects: [{kind: ServiceAccount, name: reader, namespace: team}]
`);
    expect((await run(['auth', 'can-i', 'list', 'pods', '-n', 'team', '--as=system:serviceaccount:team:reader'])).stdout.trim()).to.equal('yes');
    expect((await asSa(['auth', 'can-i', 'delete', 'pods'])).stdout.trim()).to.equal('no');
    expect((await asSa(['auth', 'can-i', '--list'])).stdout).to.match(/\npods\s+\[\]\s+\[\]\s+\[get list watch\]/);
    const allowed = await asSa(['get', 'pods']);
    expect(allowed.code, allowed.stderr).to.equal(0);
    expect(allowed.stderr).to.contain('No resources found in team namespace.');
    const stillDenied = await asSa(['delete', 'pod', 'x']);
    expect(stillDenied.stderr).to.contain('pods "x" is forbidden: User "system:serviceaccount:team:reader" cannot delete resource "pods" in API group "" in the namespace "team"');
  });

  it('kubectl logs, describe, scale and rollout status work on built-in objects', async () => {
    await ok(['apply', '-f', '-'], 'apiVersion: v1\nkind: Pod\nmetadata: {name: talker}\nspec: {nodeName: node-1, containers: [{name: c, image: "i:1"}]}\n');
    api.setPodLogReader((namespace, pod, container, opts) => `${namespace}/${pod}/${container ?? '-'} tail=${opts.tailLines ?? 'all'}\n`);
    expect(await ok(['logs', 'talker', '--tail=5'])).to.equal('default/talker/c tail=5\n');
    api.setPodLogReader(undefined);
    await call(api, 'PATCH', '/api/v1/namespaces/default/pods/talker/status', { token: api.adminToken, contentType: 'application/merge-patch+json', body: { status: { phase: 'Running', podIP: '127.0.0.9', containerStatuses: [{ name: 'c', ready: true, restartCount: 2, image: 'i:1', imageID: '', state: { running: {} } }] } } });
    const [header, row] = (await ok(['get', 'pod', 'talker', '-o', 'wide'])).trim().split('\n');
    expect(header).to.match(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    expect(row).to.match(/^talker\s+1\/1\s+Running\s+2\s+\d+s\s+127\.0\.0\.9\s+node-1\s+<none>\s+<none>$/);
    await call(api, 'POST', '/api/v1/namespaces/default/events', {
      token: api.adminToken,
      body: { metadata: { name: 'talker.1' }, involvedObject: { kind: 'Pod', name: 'talker', namespace: 'default', uid: api.store.get('', 'pods', 'default', 'talker')!.metadata.uid }, reason: 'Pulled', message: 'image pulled', type: 'Normal', count: 1, firstTimestamp: new Date().toISOString(), lastTimestamp: new Date().toISOString(), source: { component: 'kubelet' } },
    });
    const described = await ok(['describe', 'pod', 'talker']);
    expect(described).to.match(/Name:\s+talker/);
    expect(described).to.match(/Normal\s+Pulled\s+.*image pulled/);
    expect((await ok(['scale', 'deployment', 'web', '--replicas=4'])).trim()).to.equal('deployment.apps/web scaled');
    const d = JSON.parse(await ok(['get', 'deploy', 'web', '-o', 'json']));
    expect(d.spec.replicas).to.equal(4);
    await call(api, 'PATCH', '/apis/apps/v1/namespaces/default/deployments/web/status', {
      token: api.adminToken,
      contentType: 'application/merge-patch+json',
      body: { status: { observedGeneration: d.metadata.generation, replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4, conditions: [{ type: 'Available', status: 'True' }, { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }] } },
    });
    expect((await ok(['rollout', 'status', 'deployment/web', '--timeout=10s'])).trim()).to.equal('deployment "web" successfully rolled out');
    expect(await ok(['get', 'deploy', 'web'])).to.match(/\nweb\s+4\/4\s+4\s+4\s+\d+s/);
  });

  it('kubectl create (typed clients sending protobuf) makes the same objects as the JSON API would', async () => {
    await ok(['create', 'namespace', 'typed']);
    await ok(['create', 'deployment', 'd1', '-n', 'typed', '--image=nginx:1', '--replicas=2', '--port=8080']);
    await ok(['create', 'service', 'clusterip', 's1', '-n', 'typed', '--tcp=80:8080']);
    await ok(['create', 'pdb', 'p1', '-n', 'typed', '--selector=app=d1', '--min-available=50%']);
    await ok(['create', 'secret', 'generic', 's1', '-n', 'typed', '--from-literal=k=v']);
    const d = api.store.get('apps', 'deployments', 'typed', 'd1')!;
    expect(d.spec).to.deep.include({ replicas: 2, selector: { matchLabels: { app: 'd1' } } });
    expect((d.spec as any).template.spec.containers).to.deep.equal([{ name: 'nginx', image: 'nginx:1', ports: [{ containerPort: 8080 }], resources: {} }]);
    expect((d.spec as any).strategy).to.deep.equal({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    expect(api.store.get('', 'services', 'typed', 's1')!.spec).to.deep.include({ ports: [{ name: '80-8080', protocol: 'TCP', port: 80, targetPort: 8080 }], selector: { app: 's1' }, type: 'ClusterIP' });
    expect(api.store.get('policy', 'poddisruptionbudgets', 'typed', 'p1')!.spec).to.deep.equal({ minAvailable: '50%', selector: { matchLabels: { app: 'd1' } } });
    expect(api.store.get('', 'secrets', 'typed', 's1')!.data).to.deep.equal({ k: Buffer.from('v').toString('base64') });
  });

  it('kubectl delete removes a custom resource and returns once it is gone', async () => {
    const out = await ok(['delete', 'widget', 'w1']);
    expect(out.trim()).to.equal('widget.example.com "w1" deleted');
    const r = await run(['get', 'widget', 'w1']);
    expect(r.stderr).to.contain('Error from server (NotFound): widgets.example.com "w1" not found');
  });
});
