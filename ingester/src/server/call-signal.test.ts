import { expect } from 'chai';
import { callSignal } from './call-signal.ts';
import { toApiError } from './status.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a call signal (the caller going away or its deadline, for the length of one call)', () => {
  it('aborts with a TimeoutError once the deadline passes while the call runs, read as deadline_exceeded', async () => {
    const call = callSignal(undefined, Date.now() + 20);
    await sleep(60);
    expect(call.signal.aborted).to.equal(true);
    expect((call.signal.reason as Error).name).to.equal('TimeoutError');
    expect(toApiError(call.signal.reason).code).to.equal('deadline_exceeded');
    call.release();
  });

  it('follows the caller cancelling, with its reason', () => {
    const caller = new AbortController();
    const call = callSignal(caller.signal, undefined);
    caller.abort(new Error('client went away'));
    expect(call.signal.aborted).to.equal(true);
    expect((call.signal.reason as Error).message).to.equal('client went away');
  });

  it('never fires for a call that has ended: its deadline timer is gone with it (no abort, no listener left on the caller)', async () => {
    const caller = new AbortController();
    const call = callSignal(caller.signal, Date.now() + 20);
    call.release();
    await sleep(60);
    caller.abort();
    expect(call.signal.aborted).to.equal(false);
  });

  it("is the caller's own signal when there is no deadline: no listener added to it, nothing to release", () => {
    const caller = new AbortController();
    expect(callSignal(caller.signal, undefined).signal).to.equal(caller.signal);
  });

  it('is aborted at once when the deadline has already passed or the caller already left', () => {
    expect(callSignal(undefined, Date.now() - 1).signal.aborted).to.equal(true);
    expect(callSignal(AbortSignal.abort(), undefined).signal.aborted).to.equal(true);
  });
});
