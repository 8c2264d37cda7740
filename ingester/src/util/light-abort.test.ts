import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LightAbortController } from './light-abort.ts';

describe('LightAbortController', () => {
  it('aborts once, with an AbortError DOMException by default, telling each listener once', () => {
    const c = new LightAbortController();
    const heard: unknown[] = [];
    c.signal.addEventListener('abort', () => heard.push(c.signal.reason));
    c.signal.addEventListener('abort', () => heard.push('once'), { once: true });
    expect(c.signal.aborted).to.equal(false);
    expect(() => c.signal.throwIfAborted()).not.to.throw();
    c.abort();
    c.abort(new Error('a second abort changes nothing'));
    expect(c.signal.aborted).to.equal(true);
    expect(c.signal.reason).to.be.instanceOf(DOMException);
    expect((c.signal.reason as DOMException).name).to.equal('AbortError');
    expect(heard).to.deep.equal([c.signal.reason, 'once']);
    expect(() => c.signal.throwIfAborted()).to.throw(DOMException);
  });

  it('keeps the reason it is given, and a removed listener hears nothing', () => {
    const c = new LightAbortController();
    let heard = 0;
    const listener = () => heard++;
    c.signal.addEventListener('abort', listener);
    c.signal.removeEventListener('abort', listener);
    const reason = new DOMException('deadline', 'TimeoutError');
    c.abort(reason);
    expect(c.signal.reason).to.equal(reason);
    expect(heard).to.equal(0);
  });

  it('gives all its signals one hidden class (Node 20 gives each AbortSignal its own)', () => {
    // V8's %HaveSameMap, in a child with natives syntax allowed; the module as the tests load it (tsx).
    const module = fileURLToPath(new URL('./light-abort.ts', import.meta.url));
    const script = `import { LightAbortController } from ${JSON.stringify(module)};
      const a = new LightAbortController(), b = new LightAbortController();
      b.signal.addEventListener('abort', () => {}); a.abort();
      const c = new LightAbortController();
      console.log(JSON.stringify([%HaveSameMap(a.signal, c.signal), %HaveSameMap(b.signal, c.signal)]));`;
    const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).to.equal('');
    expect(JSON.parse(child.stdout)).to.deep.equal([true, true]);
  });
});
