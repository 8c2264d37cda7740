// The server is as strict as kube-apiserver 1.32 about what clients send for built-in kinds: each case sends
// what the real server refuses (through @kubernetes/client-node or the real kubectl 1.32) and expects the same
// status and message. Messages: ../../../../shared/docs/real-kubernetes.md and the sources cited in
// wire-formats.ts, builtin-schema.ts and pod-security.ts.
import { CoordinationV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer, type ApiServer } from './server.ts';
import { call, eventually, failure, kubectl, type HttpResult } from './testing.ts';

const QUANTITY = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const pod = (name: string, container: Record<string, unknown> = {}, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'c', image: 'busybox', ...container }], ...spec },
});

/** A container and pod that pass Pod Security "restricted". */
const RESTRICTED_CONTAINER = { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } };

describe('the test API server refuses what kube-apiserver refuses', function () {
  this.timeout(60_000);
  let api: ApiServer;
  let dir: string;
  let kubeconfig: string;
  let core: CoreV1Api;
  let coordination: CoordinationV1Api;
  const admin = (method: string, path: string, body?: unknown, contentType?: string): Promise<HttpResult> => call(api, method, path, { token: api.adminToken, body, contentType });
  const kubectlRun = (args: string[], input?: string) => kubectl(kubeconfig, join(dir, 'cache'), args, input);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apiserver-strict-'));
    api = await startApiServer();
    kubeconfig = join(dir, 'kubeconfig');
    api.writeKubeconfig(kubeconfig);
    const kc = new KubeConfig();
    kc.loadFromFile(kubeconfig);
    core = kc.makeApiClient(CoreV1Api);
    coordination = kc.makeApiClient(CoordinationV1Api);
  });

  after(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('MicroTime and Time', () => {
    it('refuses a Lease whose renewTime client-node sent from a Date (3 fractional digits) with 400 and Go\'s time.Parse message', async () => {
      const renewTime = new Date('2026-12-05T16:24:04.334Z');
      const f = await failure(coordination.createNamespacedLease({ namespace: 'default', body: { metadata: { name: 'ing-1' }, spec: { holderIdentity: 'ing-1', renewTime } } }));
      expect(f.code).to.equal(400);
      expect(f.body.reason).to.equal('BadRequest');
      expect(f.body.message).to.equal('Lease in version "v1" cannot be handled as a Lease: parsing time "2026-12-05T16:24:04.334Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse ".334Z" as ".000000"');
    });

    it('accepts a Lease whose times carry exactly 6 fractional digits', async () => {
      const res = await admin('POST', '/apis/coordination.k8s.io/v1/namespaces/default/leases', { metadata: { name: 'ing-2' }, spec: { acquireTime: '2026-12-05T16:24:04.334000Z', renewTime: '2026-12-05T16:24:04.334512+00:00' } });
      expect(res.status, res.body).to.equal(201);
    });

    it('refuses a Lease renewTime with whole seconds, 9 digits or a day out of range', async () => {
      const cases: [string, string][] = [
        ['2026-12-05T16:24:04Z', 'cannot parse "Z" as ".000000"'],
        ['2026-12-05T16:24:04.334512789Z', 'cannot parse "789Z" as "Z07:00"'],
        ['2026-02-30T16:24:04.334512Z', 'parsing time "2026-02-30T16:24:04.334512Z": day out of range'],
      ];
      for (const [renewTime, detail] of cases) {
        const res = await admin('POST', '/apis/coordination.k8s.io/v1/namespaces/default/leases', { metadata: { name: 'bad' }, spec: { renewTime } });
        expect(res.status, renewTime).to.equal(400);
        expect(res.json().message).to.contain(detail);
      }
    });

    it('refuses an events.k8s.io Event whose eventTime has 3 digits, and a core Event whose eventTime does', async () => {
      const ev = await admin('POST', '/apis/events.k8s.io/v1/namespaces/default/events', { metadata: { name: 'e1' }, eventTime: '2026-12-05T16:24:04.334Z', reportingController: 'x', reportingInstance: 'y', action: 'A', reason: 'R', regarding: { kind: 'Pod', name: 'p', namespace: 'default' }, type: 'Normal' });
      expect(ev.status).to.equal(400);
      expect(ev.json().message).to.equal('Event in version "v1" cannot be handled as a Event: parsing time "2026-12-05T16:24:04.334Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse ".334Z" as ".000000"');
      const core1 = await admin('POST', '/api/v1/namespaces/default/events', { metadata: { name: 'e2' }, eventTime: '2026-12-05T16:24:04.334Z', involvedObject: { kind: 'Pod', name: 'p' } });
      expect(core1.status).to.equal(400);
    });

    it('refuses a Time that is not RFC 3339, and a Time sent as a number, with Go\'s messages', async () => {
      const notRfc = await admin('POST', '/api/v1/namespaces/default/pods', { ...pod('t1'), status: { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2026-12-05 16:24:04' }] } });
      expect(notRfc.status).to.equal(400);
      expect(notRfc.json().message).to.equal('Pod in version "v1" cannot be handled as a Pod: parsing time "2026-12-05 16:24:04" as "2006-01-02T15:04:05Z07:00": cannot parse " 16:24:04" as "T"');
      const number = await admin('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 't2', creationTimestamp: 5 } });
      expect(number.status).to.equal(400);
      expect(number.json().message).to.equal('ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string');
    });
  });

  describe('Quantity', () => {
    it('refuses a Pod with cpu: "abc" through kubectl create with 400 and the quantity message', async () => {
      const r = await kubectlRun(['create', '-f', '-'], JSON.stringify(pod('q1', { resources: { limits: { cpu: 'abc' } } })));
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain(`Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: ${QUANTITY}`);
    });

    it('refuses a claim requesting storage "10 Gi", an emptyDir sizeLimit "1mm" and a request of true', async () => {
      const pvc = await admin('POST', '/api/v1/namespaces/default/persistentvolumeclaims', { metadata: { name: 'q2' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10 Gi' } } } });
      expect(pvc.status).to.equal(400);
      expect(pvc.json().message).to.equal(`PersistentVolumeClaim in version "v1" cannot be handled as a PersistentVolumeClaim: ${QUANTITY}`);
      const sizeLimit = await admin('POST', '/api/v1/namespaces/default/pods', pod('q3', {}, { volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '1mm' } }] }));
      expect(sizeLimit.status).to.equal(400);
      expect(sizeLimit.json().message).to.equal('Pod in version "v1" cannot be handled as a Pod: unable to parse quantity\'s suffix');
      const bool = await admin('POST', '/api/v1/namespaces/default/pods', pod('q4', { resources: { requests: { memory: true } } }));
      expect(bool.status).to.equal(400);
      expect(bool.json().message).to.contain(QUANTITY);
    });

    it('accepts quantities as numbers and in every suffix form (1, 0.5, 100m, 1Gi, 1e3, 2E)', async () => {
      const res = await admin('POST', '/api/v1/namespaces/default/pods', pod('q5', { resources: { requests: { cpu: 1, memory: '1Gi', 'ephemeral-storage': '1e3' }, limits: { cpu: '100m', memory: '2E' } } }));
      expect(res.status, res.body).to.equal(201);
    });
  });

  describe('IntOrString and Go types', () => {
    it('refuses a probe port sent as a boolean and a PDB maxUnavailable of 1.5, naming the Go struct field', async () => {
      const probe = await admin('POST', '/api/v1/namespaces/default/pods', pod('i1', { livenessProbe: { httpGet: { port: true } } }));
      expect(probe.status).to.equal(400);
      expect(probe.json().message).to.equal('Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32');
      const pdb = await admin('POST', '/apis/policy/v1/namespaces/default/poddisruptionbudgets', { metadata: { name: 'i2' }, spec: { maxUnavailable: 1.5, selector: { matchLabels: { a: 'b' } } } });
      expect(pdb.status).to.equal(400);
      expect(pdb.json().message).to.equal('PodDisruptionBudget in version "v1" cannot be handled as a PodDisruptionBudget: json: cannot unmarshal number 1.5 into Go struct field PodDisruptionBudgetSpec.spec.maxUnavailable of type int32');
    });

    it('accepts IntOrString as a number or a string (targetPort, maxSurge "25%")', async () => {
      const svc = await admin('POST', '/api/v1/namespaces/default/services', { metadata: { name: 'i3' }, spec: { ports: [{ port: 80, targetPort: 'http' }, { name: 'b', port: 81, targetPort: 8081 }] } });
      expect(svc.status, svc.body).to.equal(201);
    });

    it('refuses replicas sent as a string with encoding/json\'s message', async () => {
      const res = await admin('POST', '/apis/apps/v1/namespaces/default/statefulsets', { metadata: { name: 'i4' }, spec: { replicas: '3', selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'x' }] } } } });
      expect(res.status).to.equal(400);
      expect(res.json().message).to.equal('StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal string into Go struct field StatefulSetSpec.spec.replicas of type int32');
    });
  });

  describe('unknown fields per fieldValidation', () => {
    it('kubectl create (fieldValidation=Strict) gets 400 naming every unknown field', async () => {
      const body = pod('u1', { bogus: 1 }, { foo: 'x' });
      const r = await kubectlRun(['create', '-f', '-'], JSON.stringify(body));
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].bogus", unknown field "spec.foo"');
    });

    it('client-node (no fieldValidation: Warn) succeeds with a 299 Warning header, and the field is dropped', async () => {
      const res = await admin('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'u2' }, data: { a: '1' }, spec: { foo: 1 } });
      expect(res.status).to.equal(201);
      expect(res.headers.warning).to.equal('299 - "unknown field \\"spec\\""');
      expect(res.json()).to.not.have.property('spec');
      const viaClient = await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'u3' }, data: { a: '1' }, foo: 'x' } as never });
      expect(viaClient).to.not.have.property('foo');
    });

    it('fieldValidation=Ignore drops the field without a warning', async () => {
      const res = await admin('POST', '/api/v1/namespaces/default/configmaps?fieldValidation=Ignore', { metadata: { name: 'u4' }, foo: 1 });
      expect(res.status).to.equal(201);
      expect(res.headers.warning).to.equal(undefined);
    });

    it('a merge patch with an unknown field under Strict gets 422 quoting the patched object', async () => {
      const res = await admin('PATCH', '/api/v1/namespaces/default/configmaps/u4?fieldValidation=Strict', { spec: { foo: 1 } }, 'application/merge-patch+json');
      expect(res.status).to.equal(422);
      expect(res.json().message).to.match(/^ "" is invalid: patch: Invalid value: ".*": strict decoding error: unknown field "spec"$/);
    });

    it('kubectl patch (strategic, Strict) with a malformed quantity gets 422 quoting the patch as Go prints a map', async () => {
      await admin('POST', '/api/v1/namespaces/default/pods', pod('u5'));
      const r = await kubectlRun(['patch', 'pod', 'u5', '-p', '{"spec":{"containers":[{"name":"c","resources":{"limits":{"cpu":"abc"}}}]}}']);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain(`The request is invalid: patch: Invalid value: "map[spec:map[containers:[map[name:c resources:map[limits:map[cpu:abc]]]]]]": ${QUANTITY}`);
    });
  });

  describe('object metadata and envelope', () => {
    it('refuses a label value that is not a valid label with 422 and apimachinery\'s message', async () => {
      const res = await admin('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'l1', labels: { version: 'ingester:1' } } });
      expect(res.status).to.equal(422);
      expect(res.json().message).to.equal(`ConfigMap "l1" is invalid: metadata.labels: Invalid value: "ingester:1": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`);
    });

    it('refuses a label key with two slashes and a 64-character value', async () => {
      const res = await admin('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'l2', labels: { 'a/b/c': 'x', ok: 'y'.repeat(64) } } });
      expect(res.status).to.equal(422);
      expect(res.json().message).to.contain("metadata.labels: Invalid value: \"a/b/c\": a qualified name must consist of").and.contain('metadata.labels: Invalid value: "' + 'y'.repeat(64) + '": must be no more than 63 characters');
    });

    it('refuses a StatefulSet whose template names a container with an underscore and a port with 16 characters', async () => {
      const res = await admin('POST', '/apis/apps/v1/namespaces/default/statefulsets', { metadata: { name: 'n1' }, spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'my_app', image: 'x', ports: [{ name: 'http-metrics-port', containerPort: 80 }] }] } } } });
      expect(res.status).to.equal(422);
      expect(res.json().message).to.equal(`StatefulSet.apps "n1" is invalid: [spec.template.spec.containers[0].name: Invalid value: "my_app": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?'), spec.template.spec.containers[0].ports[0].name: Invalid value: "http-metrics-port": must be no more than 15 characters]`);
    });

    it('refuses a Service named like a subdomain (Services take DNS-1035 labels)', async () => {
      const res = await admin('POST', '/api/v1/namespaces/default/services', { metadata: { name: '1st.svc' }, spec: { ports: [{ port: 80 }] } });
      expect(res.status).to.equal(422);
      expect(res.json().message).to.equal(`Service "1st.svc" is invalid: metadata.name: Invalid value: "1st.svc": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`);
    });

    it('refuses a core object whose apiVersion names another group with 400 (it used to be stored)', async () => {
      // kube-apiserver's text here depends on whether the kind exists in that group (a scheme error or the
      // version mismatch of handlers/create.go); the status is 400 either way.
      const res = await admin('POST', '/api/v1/namespaces/default/configmaps', { apiVersion: 'apps/v1', kind: 'ConfigMap', metadata: { name: 'l3' } });
      expect(res.status).to.equal(400);
      expect(res.json().message).to.contain('(apps/v1)');
    });
  });

  describe('Pod Security admission', () => {
    before(async () => {
      for (const [name, labels] of [['secure', { 'pod-security.kubernetes.io/enforce': 'restricted' }], ['warned', { 'pod-security.kubernetes.io/warn': 'restricted' }]] as const)
        expect((await admin('POST', '/api/v1/namespaces', { metadata: { name, labels } })).status).to.equal(201);
    });

    it('refuses a plain pod in a namespace enforcing restricted with 403 and every violation, in kube\'s order', async () => {
      const r = await kubectlRun(['create', '-n', 'secure', '-f', '-'], JSON.stringify(pod('p1')));
      expect(r.code).to.equal(1);
      expect(r.stderr).to.contain('Error from server (Forbidden): error when creating "STDIN": pods "p1" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "c" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "c" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "c" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")');
    });

    it('names hostPath volumes, runAsUser=0 and an added capability', async () => {
      const res = await admin('POST', '/api/v1/namespaces/secure/pods', pod('p2', { securityContext: { ...RESTRICTED_CONTAINER.securityContext, runAsUser: 0, capabilities: { drop: ['ALL'], add: ['NET_ADMIN'] } } }, { volumes: [{ name: 'host', hostPath: { path: '/' } }] }));
      expect(res.status).to.equal(403);
      expect(res.json().message).to.equal('pods "p2" is forbidden: violates PodSecurity "restricted:latest": unrestricted capabilities (container "c" must not include "NET_ADMIN" in securityContext.capabilities.add), restricted volume types (volume "host" uses restricted volume type "hostPath"), runAsUser=0 (container "c" must not set runAsUser=0)');
    });

    it('admits a pod that sets what restricted asks, the seccomp profile at pod level', async () => {
      const { seccompProfile: _s, ...container } = RESTRICTED_CONTAINER.securityContext;
      const res = await admin('POST', '/api/v1/namespaces/secure/pods', pod('p3', { securityContext: container }, { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }));
      expect(res.status, res.body).to.equal(201);
    });

    it('never refuses a workload whose template violates enforce (only its pods are), and warns under a warn label', async () => {
      const deployment = (ns: string) => ({ metadata: { name: 'd', namespace: ns }, spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'x', securityContext: { ...RESTRICTED_CONTAINER.securityContext, allowPrivilegeEscalation: true } }] } } } });
      const enforced = await admin('POST', '/apis/apps/v1/namespaces/secure/deployments', deployment('secure'));
      expect(enforced.status).to.equal(201);
      expect(enforced.headers.warning).to.equal(undefined);
      const warned = await admin('POST', '/apis/apps/v1/namespaces/warned/deployments', deployment('warned'));
      expect(warned.status).to.equal(201);
      expect(warned.headers.warning).to.equal('299 - "would violate PodSecurity \\"restricted:latest\\": allowPrivilegeEscalation != false (container \\"c\\" must set securityContext.allowPrivilegeEscalation=false)"');
    });
  });

  // apiextensions-apiserver pkg/apiserver/schema/listtype/validation.go (ValidateListSetsAndMaps), run by the
  // custom resource strategy's Validate after the OpenAPI checks: each repeated item or map key is reported
  // once, at the index of its second appearance, as field.Duplicate of the item (set) or of the key fields
  // (map), which field.Error prints with %#v: map[string]interface {}{"tenant":"a"}.
  describe('x-kubernetes-list-type set and map', () => {
    before(async () => {
      const listSchema = {
        type: 'object',
        properties: {
          spec: {
            type: 'object',
            properties: {
              zones: { type: 'array', 'x-kubernetes-list-type': 'set', items: { type: 'string' } },
              tenants: {
                type: 'array',
                'x-kubernetes-list-type': 'map',
                'x-kubernetes-list-map-keys': ['tenant'],
                items: { type: 'object', required: ['tenant'], properties: { tenant: { type: 'string' }, period: { type: 'string' } } },
              },
              routes: {
                type: 'array',
                'x-kubernetes-list-type': 'map',
                'x-kubernetes-list-map-keys': ['port', 'protocol'],
                items: { type: 'object', required: ['port', 'protocol'], properties: { port: { type: 'integer' }, protocol: { type: 'string' }, name: { type: 'string' } } },
              },
            },
          },
        },
      };
      const created = await admin('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', {
        metadata: { name: 'lists.example.org' },
        spec: { group: 'example.org', scope: 'Namespaced', names: { plural: 'lists', kind: 'List' }, versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: listSchema } }] },
      });
      expect(created.status, created.body).to.equal(201);
      await eventually('the lists CRD to be served', async () => (await admin('GET', '/apis/example.org/v1/namespaces/default/lists')).status === 200);
    });
    const createList = (name: string, spec: Record<string, unknown>) => admin('POST', '/apis/example.org/v1/namespaces/default/lists', { apiVersion: 'example.org/v1', kind: 'List', metadata: { name }, spec });

    it('refuses a duplicate key in a list-type map like the real apiserver: 422 Invalid, the second appearance\'s index, the key fields', async () => {
      const res = await createList('tenants', { tenants: [{ tenant: 'a', period: '1h' }, { tenant: 'b' }, { tenant: 'a', period: '2h' }, { tenant: 'a' }] });
      expect(res.status, res.body).to.equal(422);
      const body = res.json();
      expect(body.reason).to.equal('Invalid');
      expect(body.message).to.equal('List.example.org "tenants" is invalid: spec.tenants[2]: Duplicate value: map[string]interface {}{"tenant":"a"}');
      expect(body.details.causes).to.deep.equal([{ reason: 'FieldValueDuplicate', message: 'Duplicate value: map[string]interface {}{"tenant":"a"}', field: 'spec.tenants[2]' }]);
    });

    it('compares every key field of a list-type map with several keys, and prints them sorted', async () => {
      const res = await createList('routes', { routes: [{ protocol: 'TCP', port: 80, name: 'a' }, { port: 80, protocol: 'UDP' }, { port: 80, protocol: 'TCP', name: 'b' }] });
      expect(res.status, res.body).to.equal(422);
      expect(res.json().message).to.equal('List.example.org "routes" is invalid: spec.routes[2]: Duplicate value: map[string]interface {}{"port":80, "protocol":"TCP"}');
    });

    it('refuses a repeated item of a list-type set once, at its second appearance', async () => {
      const res = await createList('zones', { zones: ['a', 'b', 'a', 'a', 'b'] });
      expect(res.status, res.body).to.equal(422);
      expect(res.json().message).to.equal('List.example.org "zones" is invalid: [spec.zones[2]: Duplicate value: "a", spec.zones[4]: Duplicate value: "b"]');
    });

    it('accepts list-type maps and sets without repeats', async () => {
      const res = await createList('fine', { zones: ['a', 'b'], tenants: [{ tenant: 'a' }, { tenant: 'b' }], routes: [{ port: 80, protocol: 'TCP' }, { port: 80, protocol: 'UDP' }] });
      expect(res.status, res.body).to.equal(201);
    });
  });
});
