import { expect } from 'chai';
import { WorkQueue } from './work-queue.ts';

describe('the controllers work queue', () => {
  it('coalesces a key added several times while it waits into one run', async () => {
    const runs: string[] = [];
    const q = new WorkQueue(async (key) => void runs.push(key));
    q.add('a');
    q.add('a');
    q.add('b');
    await q.idle();
    expect(runs.sort()).to.deep.equal(['a', 'b']);
  });

  it('never runs one key twice at once, and runs it again when it was added meanwhile', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const q = new WorkQueue(async () => {
      active++;
      most = Math.max(most, active);
      runs++;
      if (runs === 1) await gate;
      active--;
    });
    q.add('k');
    await new Promise((r) => setImmediate(r));
    q.add('k');
    q.add('k');
    release();
    await new Promise((r) => setTimeout(r, 20));
    await q.idle();
    expect(most).to.equal(1);
    expect(runs).to.equal(2);
  });

  it('retries a failing key with backoff until it succeeds', async () => {
    let attempts = 0;
    const errors: unknown[] = [];
    const q = new WorkQueue(
      async () => {
        attempts++;
        if (attempts < 3) throw new Error(`attempt ${attempts}`);
      },
      { baseDelayMs: 1, onError: (_k, e) => errors.push(e) },
    );
    q.add('k');
    const deadline = Date.now() + 5000;
    while (attempts < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(attempts).to.equal(3);
    expect(errors.map(String)).to.deep.equal(['Error: attempt 1', 'Error: attempt 2']);
    q.stop();
  });
});
