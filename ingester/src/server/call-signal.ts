// One signal per served call (gRPC or Connect): aborted when the caller goes away or when the caller's deadline
// passes, and released when the call ends.
//
// AbortSignal.any([caller, AbortSignal.timeout(ms)]) did the same, but its timer outlives the call: every push
// carries the distributor's deadline (grpc-timeout), so each call left a timer that fired seconds after its
// answer and built a TimeoutError DOMException for a signal nobody read (~0.35 s of an ingester's main thread in
// a 4 s window of the noisy-neighbour bench, issue 14). Here the timer is cleared when the call ends.
//
// The deadline's reason is a DOMException named TimeoutError, as AbortSignal.timeout's is (WHATWG DOM, "timeout"),
// so toApiError and query/deadline.ts read it as deadline_exceeded.
import { type AbortSignalLike, LightAbortController } from '../util/light-abort.ts';

export interface CallSignal {
  readonly signal: AbortSignalLike;
  /** Ends the call: the deadline timer is cleared and the caller's signal no longer followed. */
  release(): void;
}

const NOTHING_TO_RELEASE = (): void => {};

export function callSignal(caller: AbortSignalLike | undefined, deadlineMs: number | undefined): CallSignal {
  // Without a deadline the call's signal is the caller's own: a listener on it cost ~8 µs per push (EventTarget's
  // addEventListener and removeEventListener). A caller's abort after the answer then still reaches it, which every
  // server already ignores (grpc.ts and grpc-lean-unary.ts abort only while unanswered, http.ts only while the
  // response is unfinished).
  if (deadlineMs === undefined && caller) return { signal: caller, release: NOTHING_TO_RELEASE };
  const controller = new LightAbortController();
  const onCallerAbort = (): void => controller.abort(caller!.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = deadlineMs !== undefined && !controller.signal.aborted ? abortAtDeadline(controller, deadlineMs) : undefined;
  return {
    signal: controller.signal,
    release() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * Aborts `controller` with a TimeoutError DOMException when `deadlineMs` (epoch ms) passes (now, if it has); the
 * timer to clear when the call ends first. For a server that owns its call's controller (grpc-lean-unary.ts), so
 * that a call has one controller and one timer, not a second signal following the first.
 */
export function abortAtDeadline(controller: { abort(reason: unknown): void }, deadlineMs: number): NodeJS.Timeout | undefined {
  const fire = (): void => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  const remaining = deadlineMs - Date.now();
  if (remaining > 0) return setTimeout(fire, remaining);
  fire();
  return undefined;
}
