// The abort signal of one served call or query, without Node 20's AbortSignal.
//
// Node 20 makes each AbortSignal by swapping the prototype of a new EventTarget and then adding its fields
// (lib/internal/abort_controller.js createAbortSignal), and V8 then gives every signal a hidden class of its own:
// two fresh signals never share a map (`%HaveSameMap` is false), so each one brings new maps and descriptors that
// the young-generation GC must promote. Node 22 builds them with a constructor instead (nodejs/node#52408). Measured
// on Node 20.20 (2 cores): an HTTP server creating one AbortSignal per request had each scavenge promote ~276 KB
// and pause 1.2-2.6 ms, against nothing promoted and 0.2 ms without it. Our servers made one to three per call, and
// with two other patterns (server/http.ts HttpRequestContext, query/deadline.ts boundedContext) they had the querier
// pause ~3.5 ms per scavenge and its ingesters 2-3 ms, which made the fan-out's slowest queries. A subclass of
// EventTarget with its fields declared keeps one hidden class for all its instances.
//
// Our servers create these per call (HTTP requests, Connect and gRPC calls, the querier's query timeout); the
// code they reach reads `aborted` and `reason` and listens for 'abort', which is all AbortSignalLike offers, so
// TypeScript refuses to hand one to an API that needs a real AbortSignal (fetch brand-checks it). A real
// AbortSignal (AbortSignal.timeout for a shutdown's flush) is an AbortSignalLike too.

/** What our code uses of an AbortSignal. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

class LightAbortSignal extends EventTarget implements AbortSignalLike {
  aborted = false;
  reason: unknown = undefined;

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }
}

/** As AbortController: abort() once, with a reason (an AbortError DOMException by default, as the DOM's). */
export class LightAbortController {
  private readonly light = new LightAbortSignal();

  get signal(): AbortSignalLike {
    return this.light;
  }

  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    const s = this.light;
    if (s.aborted) return;
    s.aborted = true;
    s.reason = reason;
    s.dispatchEvent(new Event('abort'));
  }
}
