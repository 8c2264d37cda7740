import { expect } from 'chai';
import { defined, definedNotFalse, eventually } from './eventually.ts';

describe('eventually', () => {
  it('resolves with the first truthy answer, asking again while the answer is falsy', async () => {
    let asks = 0;
    const value = await eventually('the third ask', () => (++asks >= 3 ? 'ready' : 0), { intervalMs: 1 });
    expect(value).to.equal('ready');
    expect(asks).to.equal(3);
  });

  it('accepts 0 and false as answers when told that any defined value is done', async () => {
    expect(await eventually('a number', () => 0, { done: defined })).to.equal(0);
    expect(await eventually('a boolean', () => false, { done: defined })).to.equal(false);
  });

  it('keeps polling on false but accepts 0 with definedNotFalse', async () => {
    let asks = 0;
    const value = await eventually('not false', () => (++asks < 2 ? false : 0), { intervalMs: 1, done: definedNotFalse });
    expect(value).to.equal(0);
    expect(asks).to.equal(2);
  });

  it('retries a check that throws and names the last error in the timeout error', async () => {
    const failure = new Error('connection refused');
    const err = await eventually('the server', () => { throw failure; }, { timeoutMs: 30, intervalMs: 5 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).to.equal('timed out after 30 ms waiting for the server: connection refused');
    expect(err?.cause).to.equal(failure);
  });

  it('rethrows at once when told not to retry errors', async () => {
    let asks = 0;
    const err = await eventually('nothing', () => { asks++; throw new Error('boom'); }, { timeoutMs: 5_000, retryErrors: false }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).to.equal('boom');
    expect(asks).to.equal(1);
  });

  it('names what was awaited when the deadline passes without an error', async () => {
    const err = await eventually('a pod to be ready', () => undefined, { timeoutMs: 20, intervalMs: 5 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).to.equal('timed out after 20 ms waiting for a pod to be ready');
  });
});
