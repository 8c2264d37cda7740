/**
 * `make` called once per key, its answer kept (keys must come from a bounded set). The distributor keeps its metrics'
 * children this way; a child does not spare prom-client's work per call (15.x: a child's inc and observe validate and
 * hash its labels each time, lib/counter.js and lib/histogram.js), only building the label object.
 */
export function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = make(key)));
    return v;
  };
}
