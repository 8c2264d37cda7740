// Bounded concurrency for reads of many blocks or ranges: fn runs over the items at most `limit` at a time,
// each worker taking the next item when it is done (items start in order).
export async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      await fn(items[k]!, k);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A bound on the bytes a read-ahead holds: items' sizes known before they are read (e.g. from meta.json). */
export interface ReadAheadBudget<T> {
  bytes: number;
  bytesOf: (item: T) => number;
}

/**
 * fn over the items with at most `limit` calls in flight (and, with a budget, at most its bytes: one item is
 * always let in, however large), the results yielded in the items' order: a consumer working through many
 * blocks holds a few of them at a time, not all (the next ones are read while it works on the current one). A
 * failure is thrown when its turn comes.
 */
export async function* mapLimitedInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>, budget?: ReadAheadBudget<T>): AsyncGenerator<R> {
  const inFlight: { result: Promise<R>; bytes: number }[] = [];
  let bytesInFlight = 0;
  let next = 0;
  const fits = (): boolean => {
    if (next >= items.length || inFlight.length >= limit) return false;
    return !budget || inFlight.length === 0 || bytesInFlight + budget.bytesOf(items[next]!) <= budget.bytes;
  };
  const start = (): void => {
    const k = next++;
    const bytes = budget ? budget.bytesOf(items[k]!) : 0;
    const result = fn(items[k]!, k);
    result.catch(() => undefined); // observed when its turn comes; not unhandled if the consumer stops first
    inFlight.push({ result, bytes });
    bytesInFlight += bytes;
  };
  while (fits()) start();
  while (inFlight.length > 0) {
    const head = inFlight.shift()!;
    bytesInFlight -= head.bytes;
    const result = await head.result;
    while (fits()) start();
    yield result;
  }
}
