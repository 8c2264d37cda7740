import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig, type V1ConfigMap } from '@kubernetes/client-node';
import { silentLogger } from '../../../ingester/src/util/log.ts';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import { KubeClient, resourcePath } from './client.ts';
import { Informer } from './informer.ts';
import { eventually } from '../kubelet/testing.ts';

describe('the list+watch informer', function () {
  this.timeout(30_000);
  let api: ApiServer;
  let client: KubeClient;
  let kubeConfig: KubeConfig;
  let dir: string;

  before(async () => {
    api = await startApiServer({ watchHistorySize: 5 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'informer-test-'));
    api.writeKubeconfig(path.join(dir, 'kubeconfig'));
    kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(path.join(dir, 'kubeconfig'));
    client = new KubeClient(kubeConfig);
  });
  after(async () => {
    await api?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cm = (name: string, value = '1'): V1ConfigMap => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data: { value } });

  it('delivers adds, updates and deletes, and after its stream is cut and history is gone, relists to match the server', async () => {
    await client.create(resourcePath('v1', 'configmaps', 'default'), cm('early'));
    const informer = new Informer<V1ConfigMap>(client, kubeConfig, '/api/v1/namespaces/default/configmaps', silentLogger());
    const events: string[] = [];
    informer.on((event, obj) => events.push(`${event} ${obj.metadata?.name}`));
    await informer.start();
    try {
      expect(events).to.include('add early');
      await client.create(resourcePath('v1', 'configmaps', 'default'), cm('second'));
      await client.patch(resourcePath('v1', 'configmaps', 'default', 'second'), { data: { value: '2' } });
      await eventually(async () => (informer.get('default', 'second')?.data?.value === '2' ? true : undefined), 'the update to arrive', 10_000, 20);
      expect(events).to.include.members(['add second', 'update second']);

      // Hold new watches back, cut the current one, and write more than the server's history keeps.
      const delay = api.faults.add({ watch: true, delayMs: 1500 });
      api.faults.closeWatches();
      await client.delete(resourcePath('v1', 'configmaps', 'default', 'early'));
      for (let i = 0; i < 8; i++) await client.create(resourcePath('v1', 'configmaps', 'default'), cm(`bulk-${i}`));
      await eventually(async () => (delay.hits > 0 ? true : undefined), 'the informer to try to watch again', 10_000, 20);
      delay.remove();
      await eventually(async () => (informer.list().length === 9 && !informer.get('default', 'early') ? true : undefined), 'the cache to match the server after a relist', 15_000, 50);
      expect(events).to.include('delete early');
      expect(informer.list().map((o) => o.metadata?.name).sort()).to.deep.equal(['bulk-0', 'bulk-1', 'bulk-2', 'bulk-3', 'bulk-4', 'bulk-5', 'bulk-6', 'bulk-7', 'second']);
    } finally {
      await informer.stop();
    }
  });
});
