import { expect } from 'chai';
import { WorkQueue } from './work-queue.ts';
import { eventually } from '../../../ingester/src/util/eventually.ts';

function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<boolean> {
  return eventually(what, check, { timeoutMs, intervalMs: 5, retryErrors: false });
}

describe('the reconcile work queue', () => {
  it('coalesces a key added several times while it waits into one run', async () => {
    const runs: string[] = [];
    const queue = new WorkQueue(async (key) => void runs.push(key), { workers: 1 });
    queue.add('ns/a');
    queue.add('ns/a');
    queue.add('ns/a');
    queue.add('ns/b');
    queue.start();
    await until(() => runs.length === 2, 'two runs');
    await queue.stop();
    expect(runs).to.deep.equal(['ns/a', 'ns/b']);
  });

  it('never runs one key on two workers at once, and runs it again when it was added meanwhile', async () => {
    let concurrent = 0;
    let maxConcurrent = 0;
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queue = new WorkQueue(async () => {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      runs++;
      if (runs === 1) await gate;
      concurrent--;
    }, { workers: 4 });
    queue.start();
    queue.add('ns/a');
    await until(() => runs === 1, 'first run');
    queue.add('ns/a');
    queue.add('ns/a');
    release();
    await until(() => runs === 2, 'the second run');
    await queue.stop();
    expect(maxConcurrent).to.equal(1);
    expect(runs).to.equal(2);
  });

  it('retries a failing key with growing backoff and resets it after a success', async () => {
    let attempts = 0;
    const queue = new WorkQueue(async () => {
      attempts++;
      if (attempts < 3) throw new Error('boom');
    }, { workers: 1, baseBackoffMs: 5 });
    expect([1, 2, 3, 4].map((n) => queue.backoffMs(n))).to.deep.equal([5, 10, 20, 40]);
    queue.start();
    queue.add('ns/a');
    await until(() => attempts === 3, 'three attempts');
    await queue.stop();
  });

  it('caps the backoff', () => {
    const queue = new WorkQueue(async () => undefined, { baseBackoffMs: 1000, maxBackoffMs: 5000 });
    expect(queue.backoffMs(10)).to.equal(5000);
  });

  it('runs a key again after the delay the handler asked for', async () => {
    let runs = 0;
    const queue = new WorkQueue(async () => {
      runs++;
      return runs === 1 ? { requeueAfterMs: 10 } : undefined;
    }, { workers: 1 });
    queue.start();
    queue.add('ns/a');
    await until(() => runs === 2, 'the requeued run');
    await queue.stop();
  });

  it('reports each outcome with its error', async () => {
    const outcomes: boolean[] = [];
    const queue = new WorkQueue(async (key) => {
      if (key === 'ns/bad') throw new Error('bad');
    }, { workers: 1, baseBackoffMs: 60_000, onResult: (_key, o) => outcomes.push(o.error === undefined) });
    queue.start();
    queue.add('ns/good');
    queue.add('ns/bad');
    await until(() => outcomes.length === 2, 'two outcomes');
    await queue.stop();
    expect(outcomes).to.deep.equal([true, false]);
  });
});

describe('the reconcile work queue under concurrent adds', () => {
  it('a key added again right as a worker picks it up still never runs twice at once', async () => {
    let concurrent = 0;
    let maxConcurrent = 0;
    let runs = 0;
    const queue = new WorkQueue(async () => {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((resolve) => setTimeout(resolve, 5));
      concurrent--;
      runs++;
    }, { workers: 4 });
    queue.start();
    for (let i = 0; i < 50; i++) {
      queue.add('ns/a');
      await Promise.resolve();
      queue.add('ns/a');
    }
    await until(() => runs > 0 && concurrent === 0 && queue.length === 0, 'the queue to drain');
    await queue.stop();
    expect(maxConcurrent).to.equal(1);
  });
});
