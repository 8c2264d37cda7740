import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../util/clock.ts';
import { createPrepareShutdownHandler, createRingHandler } from './http.ts';
import { MemoryRingStore } from './kv/memory.ts';
import { instance, ring } from './testing.ts';

describe('ring page handler', () => {
  const clock = new ManualClock(10_000_000);
  let server: http.Server;
  let base: string;
  let store: MemoryRingStore;

  beforeEach(async () => {
    store = new MemoryRingStore(
      ring(
        instance('ingester-0', { tokens: [1 << 30], heartbeatMs: clock.now(), zone: 'z<1>' }),
        instance('ingester-<script>', { tokens: [1 << 31], heartbeatMs: clock.now() - 120_000, state: 'LEAVING' }),
      ),
    );
    server = http.createServer(createRingHandler({ store, heartbeatTimeoutMs: 60_000, clock }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ring`;
  });
  afterEach(async () => new Promise<void>((r) => server.close(() => r())));

  it('serves JSON with state, UNHEALTHY, heartbeat age, token count and ownership', async () => {
    const res = await fetch(`${base}?format=json`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { instances: Array<Record<string, unknown>> };
    expect(body.instances.map((i) => [i.id, i.state, i.displayState, i.heartbeatAgeMs, i.numTokens, i.ownershipPercent])).to.deep.equal([
      ['ingester-0', 'ACTIVE', 'ACTIVE', 0, 1, 75],
      ['ingester-<script>', 'LEAVING', 'UNHEALTHY', 120_000, 1, 25],
    ]);
    const viaAccept = await fetch(`${base}?tokens=true`, { headers: { accept: 'application/json' } });
    expect(((await viaAccept.json()) as { instances: Array<{ tokens: number[] }> }).instances[0]!.tokens).to.deep.equal([1 << 30]);
  });

  it('escapes everything it prints in HTML and offers Forget only for unhealthy instances', async () => {
    const html = await (await fetch(base)).text();
    expect(html).not.to.contain('<script>');
    expect(html).to.contain('ingester-&lt;script&gt;');
    expect(html).to.contain('z&lt;1&gt;');
    expect(html.match(/name="forget"/g)).to.have.length(1);
    expect(html).to.contain('value="ingester-&lt;script&gt;"');
  });

  it('forgets an instance on POST and answers 303 to the form, JSON to JSON clients', async () => {
    const res = await fetch(base, { method: 'POST', body: new URLSearchParams({ forget: 'ingester-<script>' }), redirect: 'manual' });
    expect(res.status).to.equal(303);
    expect(res.headers.get('location')).to.equal('/ring');
    expect(Object.keys((await store.get()).desc.instances)).to.deep.equal(['ingester-0']);
    const json = await fetch(`${base}?format=json`, { method: 'POST', body: new URLSearchParams({ forget: 'ingester-0', force: 'true' }) });
    expect(await json.json()).to.deep.equal({ forgotten: 'ingester-0' });
  });

  it('rejects a forget without an ID (400), of an unknown ID (404), other methods (405) and huge forms (413)', async () => {
    expect((await fetch(base, { method: 'POST', body: new URLSearchParams({}) })).status).to.equal(400);
    const missing = await fetch(base, { method: 'POST', body: new URLSearchParams({ forget: 'nope' }) });
    expect(missing.status).to.equal(404);
    expect(await missing.text()).to.contain('instance nope is not in the ring');
    expect((await fetch(base, { method: 'DELETE' })).status).to.equal(405);
    expect((await fetch(base, { method: 'POST', body: 'forget=' + 'x'.repeat(70_000) })).status).to.equal(413);
  });

  it('refuses to forget a healthy instance (409, naming force=true) and forgets it with force=true', async () => {
    const refused = await fetch(base, { method: 'POST', body: new URLSearchParams({ forget: 'ingester-0' }) });
    expect(refused.status).to.equal(409);
    expect(await refused.text()).to.match(/ingester-0 is ACTIVE and heartbeating.*force=true/);
    expect(Object.keys((await store.get()).desc.instances)).to.include('ingester-0');
    const forced = await fetch(`${base}?format=json`, { method: 'POST', body: new URLSearchParams({ forget: 'ingester-0', force: 'true' }) });
    expect(await forced.json()).to.deep.equal({ forgotten: 'ingester-0' });
  });

  it('refuses a forget posted from another site (Origin or Sec-Fetch-Site) with 403, and keeps the instance', async () => {
    const crossSite: Record<string, string>[] = [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
    for (const headers of crossSite) {
      const res = await fetch(base, { method: 'POST', headers, body: new URLSearchParams({ forget: 'ingester-<script>' }), redirect: 'manual' });
      expect(res.status, JSON.stringify(headers)).to.equal(403);
      expect(await res.text()).to.match(/cross-site/);
    }
    expect(Object.keys((await store.get()).desc.instances)).to.include('ingester-<script>');
    const sameOrigin = await fetch(base, { method: 'POST', headers: { origin: new URL(base).origin, 'sec-fetch-site': 'same-origin' }, body: new URLSearchParams({ forget: 'ingester-<script>' }), redirect: 'manual' });
    expect(sameOrigin.status).to.equal(303);
  });

  it('looks names up without prototype keys: forget=__proto__ or constructor is 404', async () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const res = await fetch(base, { method: 'POST', body: new URLSearchParams({ forget: id, force: 'true' }) });
      expect(res.status, id).to.equal(404);
    }
    expect(Object.keys((await store.get()).desc.instances)).to.have.length(2);
  });

  it('with forget turned off, refuses every forget (403) and offers no button', async () => {
    const off = http.createServer(createRingHandler({ store, heartbeatTimeoutMs: 60_000, clock, forgetEnabled: false }));
    await new Promise<void>((r) => off.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(off.address() as AddressInfo).port}/ring`;
    try {
      const res = await fetch(url, { method: 'POST', body: new URLSearchParams({ forget: 'ingester-<script>', force: 'true' }) });
      expect(res.status).to.equal(403);
      expect(await res.text()).to.match(/-ingester\.ring\.forget-enabled/);
      expect(await (await fetch(url)).text()).not.to.contain('name="forget"');
      expect(Object.keys((await store.get()).desc.instances)).to.have.length(2);
    } finally {
      await new Promise<void>((r) => off.close(() => r()));
    }
  });

  it('serves /ingester/prepare-shutdown: GET set/unset, POST sets, DELETE unsets', async () => {
    let flag = false;
    const ps = http.createServer(createPrepareShutdownHandler({ setPrepareShutdown: (v) => (flag = v), getPrepareShutdown: () => flag }));
    await new Promise<void>((r) => ps.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(ps.address() as AddressInfo).port}/ingester/prepare-shutdown`;
    try {
      expect(await (await fetch(url)).text()).to.equal('unset\n');
      expect((await fetch(url, { method: 'POST' })).status).to.equal(204);
      expect(flag).to.equal(true);
      expect(await (await fetch(url)).text()).to.equal('set\n');
      expect((await fetch(url, { method: 'DELETE' })).status).to.equal(204);
      expect(flag).to.equal(false);
      expect((await fetch(url, { method: 'PUT' })).status).to.equal(405);
    } finally {
      await new Promise<void>((r) => ps.close(() => r()));
    }
  });
});
