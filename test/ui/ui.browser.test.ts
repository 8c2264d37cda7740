// The profiles UI in a real browser against a real -target=all process loaded with real profiles: pick a
// type and a service and the flame graph's root equals the pushed total; click a frame to zoom; search;
// compare and diff two services; no console errors. Screenshots go to test-artifacts/ui/.
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { measureUi, pushWide } from './measure.ts';
import type { Dataset, FlameHost, PageGlobals } from './page-types.ts';
import { artifactsDir, CPU_TYPE, launchBrowser, pushFile, startUiCluster, uiUrl, type PushedProfile, type UiCluster } from './harness.ts';

describe('the profiles UI in a browser', function () {
  this.timeout(180_000);
  let cluster: UiCluster;
  let browser: { browser: BrowserContext; close(): Promise<void> };
  let small: PushedProfile;
  let labelled: PushedProfile;
  let range: { from: string; until: string };
  const shots = path.join(artifactsDir(), 'ui');

  before(async function () {
    this.timeout(240_000);
    mkdirSync(shots, { recursive: true });
    cluster = await startUiCluster();
    small = await pushFile(cluster.proc.http, 'go-cpu.pb.gz', { service_name: 'ui-small' });
    labelled = await pushFile(cluster.proc.http, 'go.cpu.labels.pprof', { service_name: 'ui-labelled' });
    // Pushed just now, so the page's default range (the last hour) holds them.
    range = { from: 'now-1h', until: 'now' };
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await cluster?.stop();
  });

  /** Opens the page, collecting console errors and uncaught exceptions. */
  async function open(params: Record<string, string>): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(uiUrl(cluster.proc.http, params));
    try {
      await page.waitForSelector('body[data-state="ready"]', { state: 'attached' });
    } catch (err) {
      const state = await page.evaluate(() => {
        const doc = (globalThis as unknown as PageGlobals).document;
        return [doc.body.dataset.state, doc.querySelector('[data-testid="error"]')?.textContent];
      });
      throw new Error(`the page did not become ready (state ${state[0]}, error box ${JSON.stringify(state[1])}, console errors ${JSON.stringify(errors)})`, { cause: err });
    }
    return { page, errors };
  }

  const flameData = (page: Page, panel: string, key: string): Promise<string | undefined> =>
    page.$eval(`[data-testid="flame-${panel}"]`, (e, k) => (e as unknown as Dataset).dataset[k], key);

  it('picking a type and a service shows a flame graph whose root is the pushed total, with its top table and series', async () => {
    const { page, errors } = await open({ type: CPU_TYPE, ...range });
    expect(await page.$$eval('#profile-type option', (os) => os.map((o) => (o as unknown as { value: string }).value))).to.include(CPU_TYPE);
    expect(Number(await flameData(page, 'main', 'total')), 'all services').to.equal(small.total + labelled.total);

    await page.selectOption('[data-pane="left"] select.service', 'ui-small');
    await page.waitForFunction((t) => (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="flame-main"]')?.dataset.total === String(t), small.total);
    expect(await page.inputValue('[data-pane="left"] input.query')).to.equal('{service_name="ui-small"}');
    expect(new URL(page.url()).searchParams.get('query')).to.equal('{service_name="ui-small"}');
    const topNames = await page.$$eval('[data-testid="top-table"] tbody tr', (trs) => trs.map((tr) => (tr as unknown as Dataset).dataset.name));
    expect(topNames.length).to.be.greaterThan(3);
    expect(await page.$eval('[data-testid="timeseries"]', (e) => (e as unknown as Dataset).dataset.series)).to.equal('1');
    expect(await page.getAttribute('header a', 'href'), 'the header links to the ring page').to.equal('/ring');
    await page.screenshot({ path: path.join(shots, 'single.png'), fullPage: true });
    expect(errors).to.deep.equal([]);
    await page.close();
  });

  it('clicking a frame zooms to it, the root zooms out, and search highlights matching frames', async () => {
    const { page, errors } = await open({ type: CPU_TYPE, query: '{service_name="ui-labelled"}', ...range });
    const leaf = await page.$eval('[data-testid="top-table"] tbody tr', (tr) => (tr as unknown as Dataset).dataset.name!);
    const at = await page.$eval('[data-testid="flame-main"]', (e, name) => (e as unknown as FlameHost).flameView?.frameCenter(name), leaf);
    expect(at, `frame ${leaf} is drawn`).to.not.equal(undefined);
    await page.click('[data-testid="flame-main"] canvas', { position: at! });
    expect(await flameData(page, 'main', 'focus')).to.equal(leaf);
    expect(await page.textContent('[data-panel="main"] .focus')).to.contain(leaf);
    await page.screenshot({ path: path.join(shots, 'zoomed.png'), fullPage: true });
    await page.click('[data-panel="main"] .reset-zoom');
    expect(await flameData(page, 'main', 'focus')).to.equal('total');

    await page.fill('[data-panel="main"] input.search', leaf.slice(0, Math.max(3, Math.floor(leaf.length / 2))));
    expect(Number(await flameData(page, 'main', 'matches'))).to.be.greaterThan(0);
    await page.fill('[data-panel="main"] input.search', 'no-such-function-anywhere');
    expect(await flameData(page, 'main', 'matches')).to.equal('0');
    await page.screenshot({ path: path.join(shots, 'search.png'), fullPage: true });

    // The tooltip names the frame with its self, total and percent.
    await page.fill('[data-panel="main"] input.search', '');
    const rootAt = await page.$eval('[data-testid="flame-main"]', (e) => (e as unknown as FlameHost).flameView?.frameCenter('total'));
    await page.hover('[data-testid="flame-main"] canvas', { position: rootAt! });
    const tip = await page.textContent('[data-testid="flame-main"] .flame-tooltip');
    expect(tip).to.match(/^total/).and.to.contain('total:').and.to.contain('self:').and.to.contain('100.00%');
    expect(errors).to.deep.equal([]);
    await page.close();
  });

  it('the comparison view shows both sides, and the diff view merges them into one flame graph', async () => {
    const { page, errors } = await open({ type: CPU_TYPE, view: 'comparison', query: '{service_name="ui-small"}', rightquery: '{service_name="ui-labelled"}', ...range, rightfrom: range.from, rightuntil: range.until });
    expect(Number(await flameData(page, 'left', 'total'))).to.equal(small.total);
    expect(Number(await flameData(page, 'right', 'total'))).to.equal(labelled.total);
    await page.screenshot({ path: path.join(shots, 'comparison.png'), fullPage: true });

    await page.click('nav.tabs button[data-view="diff"]');
    await page.waitForFunction(() => Number((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="flame-diff"]')?.dataset.nodes) > 1);
    expect(new URL(page.url()).searchParams.get('view')).to.equal('diff');
    expect(await page.isVisible('[data-testid="flame-diff"]')).to.equal(true);
    const rootAt = await page.$eval('[data-testid="flame-diff"]', (e) => (e as unknown as FlameHost).flameView?.frameCenter('total'));
    await page.hover('[data-testid="flame-diff"] canvas', { position: rootAt! });
    const tip = await page.textContent('[data-testid="flame-diff"] .flame-tooltip');
    expect(tip).to.contain('baseline: total').and.to.contain('comparison: total');
    await page.screenshot({ path: path.join(shots, 'diff.png'), fullPage: true });
    expect(errors).to.deep.equal([]);
    await page.close();
  });

  it('the tenant field sends X-Scope-OrgID: another tenant sees none of these profiles', async () => {
    const page = await browser.browser.newPage();
    await page.goto(uiUrl(cluster.proc.http, { type: CPU_TYPE, tenant: 'someone-else', ...range }));
    await page.waitForSelector('body[data-state="empty"], body[data-state="error"]');
    expect(await page.textContent('[data-testid="error"]')).to.contain('No profiles');
    expect(await page.inputValue('#tenant')).to.equal('someone-else');
    await page.close();
  });

  it('shows a flame graph of 8,192 frames, and prints how fast the page is interactive and draws them (make bench lines)', async () => {
    await pushWide(cluster.proc.http, 'wide-8192', 8192);
    await pushWide(cluster.proc.http, 'wide-512', 512);
    const { page, errors } = await open({ type: CPU_TYPE, query: '{service_name="wide-8192"}', ...range });
    const nodes = Number(await flameData(page, 'main', 'nodes'));
    expect(nodes, 'frames drawn from an 8,192-node answer').to.be.at.least(8000);
    await page.screenshot({ path: path.join(shots, 'wide-8192.png') });
    expect(errors).to.deep.equal([]);
    await page.close();
    // Figures, not assertions (tests never assert timings): the same lines make bench prints.
    for (const l of await measureUi(browser.browser, cluster.proc.http, 3)) console.log(JSON.stringify(l));
  });

  it('the page and its hashed assets are served with a strict content policy, the assets cached for good, and the ring page links to it', async () => {
    const res = await fetch(`${cluster.proc.http}/`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-security-policy')).to.contain("frame-ancestors 'none'");
    const html = await res.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).to.be.a('string');
    const js = await fetch(`${cluster.proc.http}${asset}`);
    expect(js.headers.get('content-type')).to.contain('javascript');
    expect(js.headers.get('cache-control')).to.contain('immutable');
    // The front's ring page links here, and the page links back to /ring.
    expect(await (await fetch(`${cluster.proc.http}/ring`)).text()).to.contain('<a href="/">profiles UI</a>');
  });
});
