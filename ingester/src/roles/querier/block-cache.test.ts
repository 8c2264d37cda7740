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

  it('does not let a pass (one query) evict what it used itself: a scan larger than the cache keeps its first entries and passes the rest through, so the next pass hits them', async () => {
    const { cache, removed, metric } = make(100);
    cache.set('old', 'O', 40); // used by an earlier pass: evicted first
    for (let pass = 0; pass < 2; pass++) {
      cache.beginPass();
      for (const key of ['a', 'b', 'c', 'd']) if (cache.get(key) === undefined) cache.set(key, key.toUpperCase(), 40);
    }
    expect(removed).to.deep.equal(['old', 'c', 'd', 'c', 'd']);
    expect([cache.peek('a'), cache.peek('b'), cache.peek('c'), cache.peek('d')]).to.deep.equal(['A', 'B', undefined, undefined]);
    expect(await metric('hits_total'), 'the second pass found a and b').to.equal(2);
    expect(cache.bytes).to.equal(80);
    // A new pass that uses other keys evicts the least recently used, as before.
    cache.beginPass();
    cache.set('e', 'E', 40);
    expect(removed.at(-1)).to.equal('a');
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
