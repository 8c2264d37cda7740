// A read's deadline and cancellation, checked where the work is: between series and between sources.
//
// A query's CPU is bounded only if its synchronous loops look at the clock: an AbortSignal (the client going
// away, AbortSignal.timeout) cannot fire while a loop holds the event loop, so those loops call
// checkQueryDeadline() with the bounds of the request being served, which compares Date.now() with its
// deadline. The storage loops get them with the time range they read (storage/read/select.ts TimeRange.bounds,
// from requestRange(start, end, ctx)).
//
// Not through AsyncLocalStorage, as before: once a store is entered, Node 20 turns on its promise hooks for the
// whole process, and every promise and async resource of every request (pushes too) pays for them. Over the
// querier bench's SelectSeries fan-out that was about a seventh of the CPU of every process (querier 4.75 -> 4.0 ms,
// each ingester 2.5 -> 2.1 ms per query).
//
// Which error: our own -querier.query-timeout aborts with its ApiError (deadline_exceeded, naming the flag);
// AbortSignal.timeout (a Connect-Timeout-Ms or gRPC deadline) with a TimeoutError (deadline_exceeded); a
// client that closed its connection or cancelled with an AbortError (canceled, HTTP 499). None of them is an
// ingester outage, so none may be reported as 503 (issue 14, item 8).
import type { RequestContext } from '../model/api.ts';
import { ApiError } from '../util/errors.ts';
import { LightAbortController } from '../util/light-abort.ts';

export type QueryBounds = Pick<RequestContext, 'signal' | 'deadline'>;

/** Throws when the request with these bounds (none: no check) was cancelled or is past its deadline; cheap enough per series. */
export function checkQueryDeadline(bounds: QueryBounds | undefined, what = 'query'): void {
  if (bounds) checkBounds(bounds, what);
}

/** Throws when these bounds were cancelled or are past their deadline. */
export function checkBounds(bounds: QueryBounds, what: string): void {
  if (bounds.signal?.aborted) throw abortedError(bounds.signal.reason, what);
  if (bounds.deadline !== undefined && Date.now() > bounds.deadline) {
    throw new ApiError('deadline_exceeded', `${what}: deadline exceeded (the caller's deadline or -querier.query-timeout passed ${Date.now() - bounds.deadline} ms ago)`);
  }
}

/** The error for a signal aborted with `reason`: deadline_exceeded for a timeout, canceled otherwise. */
export function abortedError(reason: unknown, what: string): ApiError {
  if (reason instanceof ApiError) return reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') return new ApiError('deadline_exceeded', `${what}: the caller's deadline passed`, undefined, { cause: reason });
  const detail = reason instanceof Error ? reason.message : reason === undefined ? 'aborted' : String(reason);
  return new ApiError('canceled', `${what}: cancelled by the caller (${detail})`, undefined, { cause: reason });
}

/**
 * Bounds for a query that must end within timeoutMs (0 = no own timeout): the caller's signal and deadline,
 * tightened by the timeout, whose abort reason names the flag. Call release() when the query ends.
 */
export function boundedContext(ctx: RequestContext, timeoutMs: number, flag: string): { ctx: RequestContext; release: () => void } {
  if (timeoutMs <= 0) return { ctx, release: () => {} };
  const deadline = Date.now() + timeoutMs;
  const bounded = new LightAbortController();
  const timer = setTimeout(() => bounded.abort(new ApiError('deadline_exceeded', `query exceeded ${flag} (${timeoutMs} ms)`)), timeoutMs);
  timer.unref();
  // The caller's signal aborts this one with its reason: a listener, removed on release, rather than AbortSignal.any,
  // which costs a query a few % of the querier's CPU (a signal with weak references to its sources, and their cleanup).
  const caller = ctx.signal;
  const follow = (): void => bounded.abort(caller!.reason);
  if (caller?.aborted) follow();
  else caller?.addEventListener('abort', follow, { once: true });
  return {
    // Not { ...ctx, signal, deadline }: an object made by a spread and then given more properties is promoted by every
    // young-generation GC on Node 20's V8 (a loop of { ...o, k }: ~5 MB promoted per scavenge and 10-15 ms pauses; of
    // Object.assign({}, o, { k }): nothing promoted, 0.1 ms).
    ctx: Object.assign({}, ctx, { signal: bounded.signal, deadline: ctx.deadline !== undefined ? Math.min(ctx.deadline, deadline) : deadline }),
    release: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', follow);
    },
  };
}
