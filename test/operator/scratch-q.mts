import { startLoad, totalsPerSeq } from './load.ts';
const addr = '127.0.0.1:24040';
for (let i = 0; i < 100; i++) { try { const r = await fetch('http://' + addr + '/ready'); if (r.ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }
const t0 = Date.now();
const load = startLoad(() => addr, 50);
await new Promise((r) => setTimeout(r, 3000));
const res = await load.stop();
console.log('acked', res.acknowledged.length, 'failed', res.failed.slice(0, 2));
await new Promise((r) => setTimeout(r, 1000));
const types = await fetch('http://' + addr + '/querier.v1.QuerierService/ProfileTypes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ start: t0 - 60000, end: Date.now() + 60000 }) }).then((r) => r.text());
console.log('types', types.slice(0, 400));
const body = { profileTypeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', labelSelector: '{service_name="operator-e2e"}', start: t0 - 60000, end: Date.now() + 60000, groupBy: ['seq'], step: 200 };
const ss = await fetch('http://' + addr + '/querier.v1.QuerierService/SelectSeries', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.text());
console.log('series', ss.slice(0, 600));
try { const t = await totalsPerSeq(addr, t0 - 60000, Date.now() + 60000); console.log('totals', t.size, [...t].slice(0, 3)); } catch (e) { console.log('ERR', (e as Error).message); }
