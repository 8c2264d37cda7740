// The ring end to end on Kubernetes objects: three real ingester processes and a front
// (-target=distributor,querier) on the ConfigMap store of the test API server. Each ingester's heartbeat
// Lease is created and then renewed through the API (its times in the MicroTime format kube-apiserver
// accepts, six fractional digits), and every instance stays ACTIVE and healthy, at the front and at each
// ingester, for more than twice the heartbeat timeout; a push then reaches a quorum.
//
// Short periods via the flags: heartbeat every 500 ms, timeout 10 s (so readers refresh every 3.3 s).
import * as k8s from '@kubernetes/client-node';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INSTANCE_LABEL, RING_DATA_KEY, RING_LABEL } from '../../ingester/src/ring/kv/configmap.ts';
import { parseRing } from '../../ingester/src/ring/model.ts';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { isMicroTime } from '../../ingester/src/util/kube-time.ts';
import { kill, pushProfile, startProcess, type Proc } from '../cluster/harness.ts';
import { startKube, type KubeFixture } from './helpers.ts';
import { eventually } from '../../ingester/src/util/eventually.ts';

const RING = 'ring-e2e';
const TIMEOUT_MS = 10_000;
const IDS = ['ingester-0', 'ingester-1', 'ingester-2'];

interface RingPage {
  nowMs: number;
  instances: Array<{ id: string; state: string; displayState: string; heartbeatAgeMs: number }>;
}

describe('ring end to end: heartbeat Leases through the API server keep every instance healthy', function () {
  this.timeout(300_000);
  let kube: KubeFixture;
  let dir: string;
  const procs: Proc[] = [];
  let front: Proc;

  before(async () => {
    kube = await startKube();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ring-e2e-'));
  });
  after(async () => {
    await Promise.all(procs.map((p) => kill(p, 'SIGKILL')));
    await kube?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const common = () => [
    '-server.http-listen-port=0', '-server.grpc-listen-port=0', '-server.http-listen-address=127.0.0.1', '-server.grpc-listen-address=127.0.0.1',
    '-ingester.ring.store=configmap', `-ring.store.kubeconfig=${kube.kubeconfigPath}`, `-ring.store.configmap-name=${RING}`, '-ring.store.namespace=default',
    '-ingester.ring.heartbeat-period=500ms', `-ingester.ring.heartbeat-timeout=${TIMEOUT_MS}ms`, '-ingester.ring.min-ready-duration=0s',
    `-storage.filesystem.dir=${path.join(dir, 'bucket')}`,
    '-validation.reject-older-than=0', '-validation.creation-grace-period=0', '-querier.max-query-length=0',
  ];
  const ingesterArgs = (id: string) => {
    const data = path.join(dir, id);
    return ['-target=ingester', `-ingester.instance-id=${id}`, `-ingester.ring.instance-id=${id}`, '-ingester.ring.instance-addr=127.0.0.1', `-ingester.data-dir=${data}`, `-ingester.ring.tokens-file-path=${path.join(data, 'tokens.json')}`, ...common()];
  };
  const leaseSpec = (id: string) => (kube.api.store.get('coordination.k8s.io', 'leases', 'default', `${RING}-${id}`) as { spec?: { renewTime?: unknown; holderIdentity?: string } } | undefined)?.spec;
  const ringPage = async (p: Proc): Promise<RingPage> => (await (await fetch(`${p.http}/ring?format=json`)).json()) as RingPage;

  it('starts three ingesters and a front on the ConfigMap store; each ingester is ACTIVE with its own Lease', async () => {
    procs.push(...(await Promise.all(IDS.map((id) => startProcess(id, ingesterArgs(id), 120_000)))));
    front = await startProcess('front', ['-target=distributor,querier', ...common()], 120_000);
    procs.push(front);
    const core = kube.kubeConfig().makeApiClient(k8s.CoreV1Api);
    await eventually(
      'all three ACTIVE in the ring ConfigMap',
      async () => {
        const cm = await core.readNamespacedConfigMap({ name: RING, namespace: 'default' }).catch(() => undefined);
        const desc = parseRing(cm?.data?.[RING_DATA_KEY] ?? '');
        return IDS.every((id) => desc.instances[id]?.state === 'ACTIVE');
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const leases = await kube.kubeConfig().makeApiClient(k8s.CoordinationV1Api).listNamespacedLease({ namespace: 'default', labelSelector: `${RING_LABEL}=${RING}` });
    expect(leases.items.map((l) => l.metadata?.labels?.[INSTANCE_LABEL]).sort()).to.deep.equal(IDS);
  });

  it('renews every Lease through the API, its renewTime always a MicroTime with six fractional digits', async () => {
    const first = new Map(IDS.map((id) => [id, leaseSpec(id)?.renewTime]));
    for (const id of IDS) expect(first.get(id), `${id} renewTime as stored`).to.satisfy(isMicroTime);
    await eventually('every Lease renewed', () => IDS.every((id) => leaseSpec(id)?.renewTime !== first.get(id)), { timeoutMs: 30_000, intervalMs: 100 });
    for (const id of IDS) {
      expect(leaseSpec(id)?.renewTime, `${id} renewTime after renewals`).to.satisfy(isMicroTime);
      expect(leaseSpec(id)?.holderIdentity).to.equal(id);
    }
    // Nothing the ring sent about Leases was refused as invalid (kube-apiserver: 400 on a bad MicroTime).
    const requests = (await kube.api.metrics.getSingleMetric('apiserver_request_total')!.get()).values.filter((v) => v.labels.resource === 'leases');
    expect(requests.filter((v) => v.labels.code === '400' || v.labels.code === '422'), 'Lease requests refused').to.deep.equal([]);
    expect(requests.filter((v) => String(v.labels.code).startsWith('2')).reduce((sum, v) => sum + v.value, 0)).to.be.above(IDS.length * 2);
  });

  it('keeps every instance ACTIVE and healthy at the front and at each ingester for more than twice the heartbeat timeout', async () => {
    const until = Date.now() + 2 * TIMEOUT_MS + 2_000;
    let polls = 0;
    let oldest = 0;
    while (Date.now() < until) {
      for (const p of [front, ...procs.slice(0, 3)]) {
        const page = await ringPage(p);
        const seen = Object.fromEntries(page.instances.map((i) => [i.id, i.displayState]));
        expect(seen, `the ring at ${p.name} after ${polls} polls`).to.deep.equal(Object.fromEntries(IDS.map((id) => [id, 'ACTIVE'])));
        for (const i of page.instances) oldest = Math.max(oldest, i.heartbeatAgeMs);
      }
      polls++;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(oldest, 'the oldest heartbeat any reader held').to.be.below(TIMEOUT_MS);
    console.log(`      ${polls} polls of 4 ring pages over ${(2 * TIMEOUT_MS + 2_000) / 1000} s; oldest heartbeat held by a reader: ${oldest} ms (timeout ${TIMEOUT_MS} ms)`);
  });

  it('takes a push at the front: the write reaches a quorum of the three', async () => {
    const raw = loadTestProfiles().find((f) => f.name === 'go-cpu.pb.gz')!.raw;
    await pushProfile(front.http, raw, { service_name: 'ring-e2e', __name__: 'process_cpu' }, 'ring-e2e-1');
  });
});
