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

/**
 * fn over the items with at most `limit` calls in flight, the results yielded in the items' order: a consumer
 * working through many blocks holds about `limit` of them at a time, not all (the next ones are read while it
 * works on the current one). A failure is thrown when its turn comes.
 */
export async function* mapLimitedInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  let next = 0;
  const start = (): void => {
    const k = next++;
    const result = fn(items[k]!, k);
    result.catch(() => undefined); // observed when its turn comes; not unhandled if the consumer stops first
    inFlight.push(result);
  };
  while (next < items.length && inFlight.length < limit) start();
  while (inFlight.length > 0) {
    const result = await inFlight.shift()!;
    if (next < items.length) start();
    yield result;
  }
}
