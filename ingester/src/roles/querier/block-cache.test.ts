import { expect } from 'chai';
import { Registry } from 'prom-client';
import { ByteLruCache } from './block-cache.ts';

describe('ByteLruCache', () => {
  const make = (capacityBytes: number) => {
    const removed: string[] = [];
    const registry = new Registry();
    const cache = new ByteLruCache<string>({ capacityBytes, registry, onRemove: (key) => removed.push(key) });
    const metric = async (name: string) => (await registry.getSingleMetric(`querier_bucket_block_cache_${name}`)!.get()).values.find((v) => !v.labels.kind || v.labels.kind === 'block')!.value;
    return { cache, removed, metric };
  };

  it('evicts the least recently used entries once the bytes exceed the capacity', () => {
    const { cache, removed } = make(100);
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    expect(cache.get('a')).to.equal('A'); // a is now the most recently used
    cache.set('c', 'C', 40);
    expect(removed).to.deep.equal(['b']);
    expect([cache.peek('a'), cache.peek('b'), cache.peek('c')]).to.deep.equal(['A', undefined, 'C']);
    expect(cache.bytes).to.equal(80);
  });

  it('evicts others when an entry grows, and never keeps an entry larger than the whole cache', () => {
    const { cache, removed } = make(100);
    cache.set('a', 'A', 30);
    cache.set('b', 'B', 30);
    cache.set('b', 'B', 90); // b decoded more: a goes
    expect(removed).to.deep.equal(['a']);
    cache.set('c', 'C', 150);
    expect(removed).to.deep.equal(['a', 'b', 'c']);
    expect(cache.size).to.equal(0);
    expect(cache.bytes).to.equal(0);
  });

  it('reports bytes, items, capacity, hits, misses and evictions', async () => {
    const { cache, metric } = make(100);
    cache.set('a', 'A', 60);
    cache.get('a');
    cache.get('x');
    cache.set('b', 'B', 60);
    expect([await metric('bytes'), await metric('items'), await metric('capacity_bytes')]).to.deep.equal([60, 1, 100]);
    expect([await metric('hits_total'), await metric('misses_total'), await metric('evictions_total')]).to.deep.equal([1, 1, 1]);
  });
});
