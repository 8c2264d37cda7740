// `make run` is safe to leave running (issue 14, items 1 and "local cluster"): its front listens on loopback
// unless opened up, its ingesters never outlive it, and it says "ready" only when it can serve; ports in use
// fail the run loudly.
import { expect } from 'chai';
import net from 'node:net';
import os from 'node:os';
import { eventually, freeRun } from '../cluster/harness.ts';
import { alive, startLocalCluster, type LocalClusterProcess } from './local-cluster.ts';

/** An address of this machine other than loopback, if it has one. */
function nonLoopbackAddress(): string | undefined {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.setTimeout(3000, () => {
      s.destroy();
      resolve(false);
    });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

describe('make run (-target=local-cluster) is safe to leave running', function () {
  this.timeout(240_000);
  let cluster: LocalClusterProcess | undefined;
  afterEach(async () => {
    await cluster?.destroy();
    cluster = undefined;
  });

  it('listens on loopback only by default, is ready only when it serves, and its ingesters exit when the front is SIGKILLed', async () => {
    cluster = await startLocalCluster();
    expect(await connects('127.0.0.1', cluster.frontPort)).to.equal(true);
    const other = nonLoopbackAddress();
    if (other) expect(await connects(other, cluster.frontPort), `the front answered on ${other}`).to.equal(false);
    // "ready" means the front serves: /ready is 200 at once.
    expect((await fetch(`${cluster.front}/ready`)).status).to.equal(200);
    const pids = [...cluster.pids().values()];
    expect(pids).to.have.length(3);
    cluster.child.kill('SIGKILL');
    await cluster.exited;
    await eventually('every ingester child to exit after its front died', async () => (pids.every((p) => !alive(p)) ? true : undefined), 120_000, 250);
  });

  it('fails loudly, never "ready", when an ingester port is already in use (an earlier run still running)', async () => {
    const http = await freeRun(4); // 3 ingesters and the compactor after them
    const squatter = net.createServer();
    await new Promise<void>((r) => squatter.listen(http + 1, '127.0.0.1', r));
    try {
      cluster = await startLocalCluster({ ingesterHttpPort: http, waitReady: false });
      const code = await cluster.exited;
      expect(code).to.not.equal(0);
      expect(cluster.stdout()).not.to.include('ready');
      expect(cluster.logs.join('\n')).to.match(new RegExp(`${http + 1} \\(ingester-1 HTTP: EADDRINUSE\\)`));
    } finally {
      await new Promise((r) => squatter.close(r));
    }
  });
});
