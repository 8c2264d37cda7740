// The /ring page in a real browser: headless Chromium shows every instance with its state, and its Forget
// button removes an unhealthy instance from the ring.
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { createRingHandler } from '../../ingester/src/ring/http.ts';
import { MemoryRingStore } from '../../ingester/src/ring/kv/memory.ts';
import { instance, ring } from '../../ingester/src/ring/testing.ts';
import { spreadTokens } from '../../ingester/src/ring/tokens.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('the /ring page in a browser', function () {
  this.timeout(60_000);
  let server: http.Server;
  let browser: BrowserContext;
  let userDataDir: string;
  let store: MemoryRingStore;
  let url: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-test-deps.sh (apt-get install -y chromium)`);
    const now = Date.now();
    store = new MemoryRingStore(
      ring(
        instance('ingester-0', { tokens: spreadTokens(0, 128), heartbeatMs: now, zone: 'zone-a' }),
        instance('ingester-1', { tokens: spreadTokens(1, 128), heartbeatMs: now, state: 'LEAVING', zone: 'zone-b' }),
        instance('ingester-2', { tokens: spreadTokens(2, 128), heartbeatMs: now - 10 * 60_000, zone: 'zone-c' }),
        instance('ingester-3', { tokens: [], heartbeatMs: now, state: 'PENDING', zone: 'zone-a' }),
      ),
    );
    server = http.createServer((req, res) => {
      if (req.url?.startsWith('/ring')) void createRingHandler({ store, heartbeatTimeoutMs: 60_000 })(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ring`;
    userDataDir = await mkdtemp(path.join(os.tmpdir(), 'chromium-ring-'));
    // A fresh --user-data-dir; playwright passes it itself when given to launchPersistentContext.
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('shows every instance with its state, and Forget removes the unhealthy one', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const rows = () =>
      page.$$eval('tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-instance'), tr.querySelector('td.state')?.textContent, tr.querySelectorAll('button').length]));
    expect(await rows()).to.deep.equal([
      ['ingester-0', 'ACTIVE', 0],
      ['ingester-1', 'LEAVING', 0],
      ['ingester-2', 'UNHEALTHY', 1],
      ['ingester-3', 'PENDING', 0],
    ]);
    expect(await page.title()).to.equal('ingester ring');
    await Promise.all([page.waitForURL(url), page.click('tr[data-instance="ingester-2"] button')]);
    await page.waitForSelector('tr[data-instance="ingester-2"]', { state: 'detached' });
    expect((await rows()).map((r) => r[0])).to.deep.equal(['ingester-0', 'ingester-1', 'ingester-3']);
    expect(Object.keys((await store.get()).desc.instances).sort()).to.deep.equal(['ingester-0', 'ingester-1', 'ingester-3']);
    await page.close();
  });
});
