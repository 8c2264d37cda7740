import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { createLogger } from './log.ts';

/** A logger writing to memory; lines() parses what it wrote so far. */
function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const logger = createLogger('test', { stream, fields: { instance: 'ingester-0' } });
  const lines = async () => {
    await new Promise((r) => setImmediate(r));
    return text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  };
  return { logger, lines };
}

interface LoggedError {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  cause?: LoggedError | unknown;
  errors?: LoggedError[];
}

describe('JSON logs', () => {
  it('keep an error logged under err with its name, message, stack, code and whole cause chain', async () => {
    const { logger, lines } = await capture();
    const api = Object.assign(new Error('HTTP-Code: 400 Message: Lease.coordination.k8s.io "ring-ingester-0" is invalid'), { code: 400 });
    const err = new Error('creating heartbeat Lease ring-ingester-0', { cause: api });
    logger.warn('heartbeat to the ring failed', { err });
    const [line] = await lines();
    expect(line).to.include({ message: 'heartbeat to the ring failed', level: 'warn', component: 'test', instance: 'ingester-0' });
    const logged = line!.err as LoggedError;
    expect(logged).to.include({ name: 'Error', message: 'creating heartbeat Lease ring-ingester-0' });
    expect(logged.stack).to.match(/^Error: creating heartbeat Lease ring-ingester-0\n\s+at /);
    const cause = logged.cause as LoggedError;
    expect(cause).to.include({ name: 'Error', code: 400, message: 'HTTP-Code: 400 Message: Lease.coordination.k8s.io "ring-ingester-0" is invalid' });
    expect(cause.stack).to.be.a('string');
  });

  it('keep errors under any key, nested in objects, and the errors of an AggregateError', async () => {
    const { logger, lines } = await capture();
    const agg = new AggregateError([new TypeError('first'), new RangeError('second', { cause: 'a plain string cause' })], 'both replicas failed');
    logger.error('push failed', { error: agg, detail: { cause: new Error('deep') } });
    const [line] = await lines();
    const error = line!.error as LoggedError;
    expect(error).to.include({ name: 'AggregateError', message: 'both replicas failed' });
    expect(error.errors!.map((e) => [e.name, e.message])).to.deep.equal([
      ['TypeError', 'first'],
      ['RangeError', 'second'],
    ]);
    expect(error.errors![1]!.cause).to.equal('a plain string cause');
    expect((line!.detail as { cause: LoggedError }).cause).to.include({ name: 'Error', message: 'deep' });
  });

  it('keep an error passed as the message, and survive a cause cycle', async () => {
    const { logger, lines } = await capture();
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as Error & { cause?: unknown }).cause = b;
    logger.error(b);
    logger.info('with a cycle', { err: a });
    const [first, second] = await lines();
    expect(first!.message).to.equal('b');
    expect(first!.stack).to.match(/^Error: b/);
    const chain = second!.err as LoggedError;
    expect(chain.message).to.equal('a');
    expect((chain.cause as LoggedError).message).to.equal('b');
    expect((chain.cause as LoggedError).cause).to.equal('[circular]');
  });
});
