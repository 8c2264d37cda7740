// A read's deadline and cancellation, checked where the work is: between series and between sources.
//
// A query's CPU is bounded only if its synchronous loops look at the clock: an AbortSignal (the client going
// away, AbortSignal.timeout) cannot fire while a loop holds the event loop, so those loops call
// checkQueryDeadline(), which compares Date.now() with the deadline of the request being served. The
// request's bounds are found through AsyncLocalStorage (set by runWithBounds at the RPC edge,
// server/services.ts), so the storage loops need no extra parameter.
//
// Which error: our own -querier.query-timeout aborts with its ApiError (deadline_exceeded, naming the flag);
// AbortSignal.timeout (a Connect-Timeout-Ms or gRPC deadline) with a TimeoutError (deadline_exceeded); a
// client that closed its connection or cancelled with an AbortError (canceled, HTTP 499). None of them is an
// ingester outage, so none may be reported as 503 (issue 14, item 8).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext } from '../model/api.ts';
import { ApiError } from '../util/errors.ts';

export type QueryBounds = Pick<RequestContext, 'signal' | 'deadline'>;

const current = new AsyncLocalStorage<QueryBounds>();

/** Runs fn with ctx's signal and deadline as the bounds checkQueryDeadline() sees. */
export function runWithBounds<T>(ctx: QueryBounds, fn: () => T): T {
  if (!ctx.signal && ctx.deadline === undefined) return fn();
  return current.run({ signal: ctx.signal, deadline: ctx.deadline }, fn);
}

/** Throws when the request being served was cancelled or is past its deadline; cheap enough per series. */
export function checkQueryDeadline(what = 'query'): void {
  const bounds = current.getStore();
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
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new ApiError('deadline_exceeded', `query exceeded ${flag} (${timeoutMs} ms)`)), timeoutMs);
  timer.unref();
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout.signal]) : timeout.signal;
  return {
    ctx: { ...ctx, signal, deadline: ctx.deadline !== undefined ? Math.min(ctx.deadline, deadline) : deadline },
    release: () => clearTimeout(timer),
  };
}
