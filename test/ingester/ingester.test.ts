// The ingester as a real process: what is pushed over Connect reads back with the pprof's own totals and
// function names, from the head and from blocks; tenants never see each other's data.
import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles } from '../../ingester/src/pprof/testdata.ts';
import { openBlock } from '../../ingester/src/storage/block/reader.ts';
import { BucketBlockSource } from '../../ingester/src/storage/block/source.ts';
import { FilesystemBucket } from '../../ingester/src/storage/objstore/filesystem.ts';
import { pprofFunctionNames, pprofTotals, profileTypeIds } from '../../ingester/src/storage/testutil.ts';
import { client, httpJson, pushProfile, startIngester, stopProcess, sumSeries, type IngesterProcess } from './harness.ts';

describe('ingester process: reads match what was pushed', function () {
  this.timeout(120_000);
  const corpus = loadTestProfiles();
  let dir: string;
  let ing: IngesterProcess | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingester-proc-'));
    ing = await startIngester(join(dir, 'data'), join(dir, 'bucket'));
  });
  after(async () => {
    await stopProcess(ing);
    await rm(dir, { recursive: true, force: true });
  });

  const checkEveryProfile = async (where: string, withMergedPprof: boolean) => {
    for (const f of corpus) {
      const totals = pprofTotals(f.raw);
      const selector = `{service_name="${f.name}"}`;
      for (const [t, typeId] of profileTypeIds(f.raw).entries()) {
        const what = `${where}: ${f.name} ${typeId}`;
        const series = await client.selectSeries(ing!.http, typeId, selector);
        expect(sumSeries(series), `${what} SelectSeries`).to.equal(totals[t]);
        const { flamegraph } = await client.flameGraph(ing!.http, typeId, selector);
        expect(Number(flamegraph!.total), `${what} flame graph total`).to.equal(totals[t]);
        const names = new Set(flamegraph!.names);
        const expected = pprofFunctionNames(f.raw, t);
        for (const n of expected) expect(names.has(n), `${what}: function ${n} missing from the flame graph`).to.equal(true);
        // Every other name is the root or an unsymbolized frame (shown by address).
        for (const n of names) if (!expected.has(n)) expect(n === 'total' || /^0x[0-9a-f]+$/.test(n), `${what}: unexpected name ${n}`).to.equal(true);
        if (!withMergedPprof) continue;
        const merged = await client.mergeProfile(ing!.http, typeId, selector);
        expect(merged.sample.reduce((a, s) => a + Number(s.value?.[0] ?? 0), 0), `${what} merged pprof`).to.equal(totals[t]);
      }
    }
  };

  it('serves every test profile with the totals and function names of the pprof, from the head and then from blocks', async () => {
    for (const [i, f] of corpus.entries()) await pushProfile(ing!.http, f.raw, { service_name: f.name, __name__: 'process_cpu' }, `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    await checkEveryProfile('head', true);
    const { blocks } = await httpJson<{ blocks: string[] }>(ing!.http, '/flush', 'POST');
    expect(blocks).to.have.length.at.least(1);
    const status = await httpJson<{ flushed: boolean; headBytes: number }>(ing!.http, '/ingester/status');
    expect(status.flushed).to.equal(true);
    await checkEveryProfile('local block', false);
    // The head is cut into one block per hour of profile time (-ingester.max-block-duration, 1h: the recorded
    // profiles are from many hours), each inside its hour; together they hold every profile (series × sample type).
    const HOUR = 3_600_000;
    const metas = await Promise.all(blocks.map(async (u) => (await openBlock(new BucketBlockSource(new FilesystemBucket(join(dir, 'bucket')), `anonymous/blocks/${u}/`))).meta));
    for (const m of metas) expect(Math.floor(m.minTime / HOUR), `block ${m.ulid} inside one hour`).to.equal(Math.floor(m.maxTime / HOUR));
    expect(new Set(metas.map((m) => Math.floor(m.minTime / HOUR))).size, 'one block per hour').to.equal(blocks.length);
    const expectedProfiles = (await client.selectProfiles(ing!.http, profileTypeIds(corpus[0]!.raw)[0]!, '{}')).profiles.length;
    expect(expectedProfiles).to.be.greaterThan(0);
    expect(metas.reduce((a, m) => a + m.stats.profiles, 0)).to.be.at.least(corpus.length);
  });

  it('never shows one tenant the data of another, in any read', async () => {
    const a = corpus.find((f) => f.name === 'go-cpu.pb.gz')!;
    const b = corpus.find((f) => f.name === 'heap-js.pprof')!;
    await pushProfile(ing!.http, a.raw, { service_name: 'svc-a', team: 'a' }, 'a-1', 'tenant-a');
    await pushProfile(ing!.http, b.raw, { service_name: 'svc-b', team: 'b' }, 'b-1', 'tenant-b');
    const typesA = (await client.profileTypes(ing!.http, 'tenant-a')).profileTypes.map((p) => p.ID ?? '');
    const typesB = (await client.profileTypes(ing!.http, 'tenant-b')).profileTypes.map((p) => p.ID ?? '');
    expect(typesA).to.have.length(2);
    expect(typesB).to.have.length(2);
    for (const id of typesB) expect(typesA).to.not.include(id);
    expect((await client.labelValues(ing!.http, 'service_name', 'tenant-a')).names).to.deep.equal(['svc-a']);
    expect((await client.labelValues(ing!.http, 'team', 'tenant-b')).names).to.deep.equal(['b']);
    expect((await client.labelNames(ing!.http, 'tenant-a')).names).to.include('team');
    const seriesA = (await client.series(ing!.http, 'tenant-a')).labelsSet.flatMap((l) => (l.labels ?? []).filter((p) => p.name === 'service_name').map((p) => p.value));
    expect([...new Set(seriesA)]).to.deep.equal(['svc-a']);
    for (const typeId of typesB) {
      expect((await client.selectProfiles(ing!.http, typeId, '{}', 'tenant-a')).profiles).to.have.length(0);
      expect(Number((await client.flameGraph(ing!.http, typeId, '{}', 'tenant-a')).flamegraph!.total)).to.equal(0);
      expect(sumSeries(await client.selectSeries(ing!.http, typeId, '{}', 'tenant-a'))).to.equal(0);
      expect((await client.mergeProfile(ing!.http, typeId, '{}', 'tenant-a')).sample).to.have.length(0);
    }
    // Nor does the anonymous tenant see either.
    expect((await client.labelValues(ing!.http, 'team')).names).to.deep.equal([]);
    // After a flush, blocks are per tenant too.
    await httpJson(ing!.http, '/flush', 'POST');
    expect((await client.labelValues(ing!.http, 'service_name', 'tenant-b')).names).to.deep.equal(['svc-b']);
    const fgB = await client.flameGraph(ing!.http, typesB[0]!, '{}', 'tenant-b');
    expect(Number(fgB.flamegraph!.total)).to.equal(pprofTotals(b.raw)[0]);
  });
});
