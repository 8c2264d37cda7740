/**
 * Polling for tests: ask `check` again and again until its answer counts as done or the deadline passes.
 * The one implementation behind every test helper that waits for something (unit tests under ingester/ and
 * operator/, and the process-level tests under test/, which may import production-side code but not the reverse).
 */

export interface EventuallyOptions {
  /** How long to keep asking before failing. Default 10 s. */
  timeoutMs?: number;
  /** Pause between two asks. Default 20 ms. */
  intervalMs?: number;
  /** Which answers end the wait. Default: any truthy value (so 0, '' and false keep polling). */
  done?: (value: unknown) => boolean;
  /**
   * Whether a check that throws is asked again (default true: a failure is often the thing being waited out,
   * e.g. a server not listening yet; the last one is named in the timeout error). false: the error ends the wait at once.
   */
  retryErrors?: boolean;
}

export const truthy = (value: unknown): boolean => Boolean(value);
export const defined = (value: unknown): boolean => value !== undefined;
export const definedNotFalse = (value: unknown): boolean => value !== undefined && value !== false;

/**
 * Resolves with the first answer of `check` that counts as done; after the deadline, rejects with an error that
 * names `what` was awaited, how long, and the last error the check threw (also given as `cause`).
 */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | false | null | Promise<T | undefined | false | null>,
  options: EventuallyOptions = {},
): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 20, done = truthy, retryErrors = true } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (done(value)) return value as T;
    } catch (err) {
      if (!retryErrors) throw err;
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError === undefined ? '' : `: ${lastError instanceof Error ? lastError.message : String(lastError)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`, { cause: lastError });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
