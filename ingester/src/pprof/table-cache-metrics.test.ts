import { expect } from 'chai';
import { Registry } from 'prom-client';
import { decodeProfile } from './decoder.ts';
import { inflateProfile } from './inflate.ts';
import { TableCache } from './table-cache.ts';
import { registerTableCacheMetrics } from './table-cache-metrics.ts';
import { loadTestProfiles } from './testdata.ts';

// Well-formed profiles of distinct programs (the corpus also holds deliberately broken ones), decompressed.
const NAMES = ['go-cpu.pb.gz', 'java-cpu.pprof', 'python-cpu.pprof', 'ruby-cpu.pprof', 'rust-cpu.pprof', 'nodejs-cpu.pprof'];
const profiles = NAMES.map((name) => inflateProfile(loadTestProfiles().find((p) => p.name === name)!.raw, 64 << 20));

describe('symbol table cache metrics', () => {
  const value = async (registry: Registry, name: string): Promise<number> => (await registry.getSingleMetric(name)!.get()).values[0]?.value ?? NaN;

  it('count the decodes that reused tables and those that did not, once each however often they are scraped', async () => {
    const registry = new Registry();
    const cache = new TableCache(64 << 20);
    registerTableCacheMetrics(registry, cache);
    const [a, b] = profiles;
    for (const bytes of [a!, a!, a!, b!]) decodeProfile(bytes, { tableCache: cache, tableScope: 'tenant' });
    for (let scrape = 0; scrape < 3; scrape++) {
      expect(await value(registry, 'ingester_symbol_table_cache_hits_total'), 'hits').to.equal(2);
      expect(await value(registry, 'ingester_symbol_table_cache_misses_total'), 'misses').to.equal(2);
    }
    expect(await value(registry, 'ingester_symbol_table_cache_entries')).to.equal(2);
    expect(await value(registry, 'ingester_symbol_table_cache_bytes')).to.equal(cache.stats.bytes).and.be.greaterThan(0);
    decodeProfile(a!, { tableCache: cache, tableScope: 'tenant' });
    expect(await value(registry, 'ingester_symbol_table_cache_hits_total'), 'a later hit').to.equal(3);
  });

  it('count evictions as the cache keeps within its bound', async () => {
    const registry = new Registry();
    const one = new TableCache(64 << 20);
    decodeProfile(profiles[0]!, { tableCache: one, tableScope: 't' });
    // Room for four entries of that size: the same tables for six tenants (six keys) push two out.
    const cache = new TableCache(one.stats.bytes * 4);
    registerTableCacheMetrics(registry, cache);
    for (let tenant = 0; tenant < 6; tenant++) decodeProfile(profiles[0]!, { tableCache: cache, tableScope: `tenant-${tenant}` });
    expect(await value(registry, 'ingester_symbol_table_cache_evictions_total')).to.equal(2);
    expect(await value(registry, 'ingester_symbol_table_cache_bytes')).to.be.at.most(cache.maxBytes);
  });
});
