// The decoded symbol table cache as Prometheus metrics: whether agents really repeat their tables byte for
// byte (the hit ratio) decides how much the cache saves, and its bytes are heap the ingester holds. Counts
// are of this process's main-thread cache; each decode worker thread keeps its own.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { TableCache, TableCacheStats } from './table-cache.ts';

export function registerTableCacheMetrics(registry: Registry, cache: TableCache): void {
  const registers = [registry];
  let reported: TableCacheStats = { hits: 0, misses: 0, evictions: 0, entries: 0, bytes: 0 };
  // The counters follow the cache's own totals at each scrape (the cache counts; nothing else may).
  const counterOf = (name: string, help: string, field: 'hits' | 'misses' | 'evictions') =>
    new Counter({ name, help, registers, collect() { this.inc(cache.stats[field] - reported[field]); reported = { ...reported, [field]: cache.stats[field] }; } });
  counterOf('ingester_symbol_table_cache_hits_total', 'Pushes whose symbol tables (mappings, locations, functions, strings) were decoded before and reused.', 'hits');
  counterOf('ingester_symbol_table_cache_misses_total', 'Pushes whose symbol tables were decoded afresh (then kept).', 'misses');
  counterOf('ingester_symbol_table_cache_evictions_total', 'Decoded tables dropped, least recently used first, to stay within the cache bound.', 'evictions');
  new Gauge({ name: 'ingester_symbol_table_cache_bytes', help: 'Estimated heap held by decoded symbol tables in the cache.', registers, collect() { this.set(cache.stats.bytes); } });
  new Gauge({ name: 'ingester_symbol_table_cache_entries', help: 'Decoded symbol tables in the cache.', registers, collect() { this.set(cache.stats.entries); } });
}
