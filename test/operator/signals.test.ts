// The operator process on signals: a repeated SIGTERM (a process-group kill plus the kubelet's, or an
// impatient Ctrl-C) must not cut its shutdown short: it still stops reconciling, releases its leader Lease
// so the next replica takes over at once, and exits 0.
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { startApiServer, type ApiServer } from '../kube/apiserver/server.ts';
import { KubeClient, pathFor } from '../../operator/src/kube/client.ts';
import { ROOT } from '../support/program.ts';
import { crdFile, eventually, kubectl } from './helpers.ts';

describe('the operator process on signals', function () {
  this.timeout(120_000);
  let api: ApiServer;
  let dir: string;
  let client: KubeClient;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'operator-signals-'));
    api = await startApiServer();
    api.writeKubeconfig(path.join(dir, 'kubeconfig'));
    // The operator's controller exits 1 without its CRD: install it, so only the signals decide the exit code.
    expect((await kubectl(path.join(dir, 'kubeconfig'), ['apply', '-f', crdFile])).code).to.equal(0);
    await eventually('the CRD to be served', async () => (await kubectl(path.join(dir, 'kubeconfig'), ['get', 'ic'])).code === 0);
    const kc = new KubeConfig();
    kc.loadFromFile(path.join(dir, 'kubeconfig'));
    client = new KubeClient(kc);
  });

  after(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a second SIGTERM during shutdown is ignored: the lease is released and the process exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'operator/src/main.ts', `-kubeconfig=${path.join(dir, 'kubeconfig')}`, '-metrics.port=0', '-namespace=default',
      '-leader-election.namespace=default', '-leader-election.identity=op-signals', '-leader-election.retry-period=200ms'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    const logs: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const leasePath = pathFor('Lease', 'default', 'ingester-cluster-operator');
    const holder = async (): Promise<string | null | undefined> => (await client.find<{ spec?: { holderIdentity?: string | null } }>(leasePath))?.spec?.holderIdentity;
    await eventually('the operator holds its lease', async () => (await holder()) === 'op-signals', 60_000);

    // The lease release (a PUT of the Lease) is held 3 s, so the second signal lands while the shutdown is
    // still under way, as when a slow API server makes it last.
    api.faults.add({ method: 'PUT', path: '/leases/', delayMs: 3000 });
    child.kill('SIGTERM');
    await eventually('the operator logs that it is shutting down', () => logs.some((l) => l.includes('"shutting down"')), 30_000);
    child.kill('SIGTERM');
    expect(await exited, `exit (logs: ${logs.slice(-5).join('\n')})`).to.deep.equal({ code: 0, signal: null });
    expect(await holder()).to.not.equal('op-signals');
  });
});
