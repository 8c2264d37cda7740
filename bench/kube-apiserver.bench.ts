// The Kubernetes API test server: startup time, ConfigMap update latency, and how fast a change reaches 50
// watchers. Prints JSON lines {"name","value","unit"}. Clients are raw HTTPS with keep-alive (what client-go
// and client-node do), in this process, so latencies include TLS framing and JSON but no network.
import { Agent, request } from 'node:https';
import { startApiServer, type ApiServer } from '../test/kube/apiserver/server.ts';

const emit = (name: string, value: number, unit: string, extra: Record<string, unknown> = {}): void => console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, ...extra }));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function send(api: ApiServer, agent: Agent, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(new URL(path, api.url), { method, agent, ca: api.caPem, headers: { Authorization: `Bearer ${api.adminToken}`, 'Content-Type': 'application/json', Accept: 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function startup(): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const api = await startApiServer();
    times.push(performance.now() - t0);
    await api.stop();
  }
  emit('kube_apiserver_startup_cold_ms', times[0]!, 'ms', { note: 'first start in the process, includes generating the TLS CA and certificate' });
  emit('kube_apiserver_startup_warm_ms', percentile(times.slice(1), 50), 'ms');
}

async function configMapUpdates(): Promise<void> {
  const api = await startApiServer();
  const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: api.caPem });
  try {
    let cm = (await send(api, agent, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'bench' }, data: { n: '0' } })).json;
    // A few hundred unrelated objects, so the update is not against an empty store.
    for (let i = 0; i < 300; i++) await send(api, agent, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: `filler-${i}`, labels: { i: String(i) } }, data: { n: String(i) } });
    const latencies: number[] = [];
    for (let i = 1; i <= 1000; i++) {
      const t0 = performance.now();
      const r = await send(api, agent, 'PUT', '/api/v1/namespaces/default/configmaps/bench', { ...cm, data: { n: String(i) } });
      latencies.push(performance.now() - t0);
      if (r.status !== 200) throw new Error(`update failed: ${r.status}`);
      cm = r.json;
    }
    emit('kube_apiserver_configmap_update_p50_ms', percentile(latencies, 50), 'ms');
    emit('kube_apiserver_configmap_update_p99_ms', percentile(latencies, 99), 'ms');
    emit('kube_apiserver_configmap_updates_per_s', 1000 / (latencies.reduce((a, b) => a + b, 0) / 1000), 'updates/s', { note: 'sequential, one client' });
  } finally {
    agent.destroy();
    await api.stop();
  }
}

async function watchDelivery(): Promise<void> {
  const api = await startApiServer();
  const agent = new Agent({ keepAlive: true, maxSockets: 64, ca: api.caPem });
  const WATCHERS = 50;
  const UPDATES = 200;
  const delays: number[] = [];
  const closers: (() => void)[] = [];
  try {
    let cm = (await send(api, agent, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'watched' }, data: { t: '0' } })).json;
    const rv = cm.metadata.resourceVersion;
    let received = 0;
    await Promise.all(
      Array.from({ length: WATCHERS }, () =>
        new Promise<void>((resolve, reject) => {
          const req = request(new URL(`/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${rv}&fieldSelector=metadata.name%3Dwatched`, api.url), { agent, ca: api.caPem, headers: { Authorization: `Bearer ${api.adminToken}` } }, (res) => {
            let buffer = '';
            res.on('data', (d: Buffer) => {
              buffer += d.toString();
              let nl: number;
              while ((nl = buffer.indexOf('\n')) >= 0) {
                const line = buffer.slice(0, nl);
                buffer = buffer.slice(nl + 1);
                const event = JSON.parse(line) as { type: string; object: { data: { t: string } } };
                if (event.type === 'MODIFIED') {
                  delays.push(performance.now() - Number(event.object.data.t));
                  received++;
                }
              }
            });
            resolve();
          });
          req.on('error', reject);
          req.end();
          closers.push(() => req.destroy());
        }),
      ),
    );
    while (api.store.watchers() < WATCHERS) await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < UPDATES; i++) {
      cm = (await send(api, agent, 'PUT', '/api/v1/namespaces/default/configmaps/watched', { ...cm, data: { t: String(performance.now()) } })).json;
      await new Promise((r) => setTimeout(r, 2));
    }
    const deadline = Date.now() + 10_000;
    while (received < WATCHERS * UPDATES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    emit('kube_apiserver_watch_delivery_p50_ms', percentile(delays, 50), 'ms', { watchers: WATCHERS, updates: UPDATES });
    emit('kube_apiserver_watch_delivery_p99_ms', percentile(delays, 99), 'ms', { watchers: WATCHERS, updates: UPDATES, delivered: received, expected: WATCHERS * UPDATES });
  } finally {
    for (const c of closers) c();
    agent.destroy();
    await api.stop();
  }
}

await startup();
await configMapUpdates();
await watchDelivery();
