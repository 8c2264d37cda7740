/**
 * `make` called once per key, its answer kept. For prom-client metric children: observe(labels, v) and
 * startTimer(labels) hash the label object on every call (lib/util.js hashObject), a per-request cost on hot paths;
 * a child looked up once per label value is not. Keys must come from a bounded set.
 */
export function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = make(key)));
    return v;
  };
}
