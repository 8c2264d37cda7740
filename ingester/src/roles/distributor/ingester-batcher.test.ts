import { expect } from 'chai';
import { Registry } from 'prom-client';
import { push } from '../../gen/index.ts';
import { instance } from '../../ring/testing.ts';
import { ApiError, invalidArgument } from '../../util/errors.ts';
import { IngesterBatcher, type BatchConfig } from './ingester-batcher.ts';

interface Sent {
  ingester: string;
  tenant: string;
  services: string[];
  answer: (err?: Error) => void;
}

const encoded = (service: string): Uint8Array[] => [
  push.v1.PushRequest.encode({ series: [{ labels: [{ name: 'service_name', value: service }], samples: [{ rawProfile: Buffer.from([1]) }] }] }).finish(),
];

/** A batcher over a transport that records each call (the services of the series it carries) and answers when told. */
function setup(config: BatchConfig = { maxPushes: 16, maxBytes: 4 * 1024 * 1024 }) {
  const sent: Sent[] = [];
  const registry = new Registry();
  const batcher = new IngesterBatcher({
    send: (inst, tenant, parts) =>
      new Promise<void>((resolve, reject) => {
        const request = push.v1.PushRequest.decode(Buffer.concat(parts));
        sent.push({ ingester: inst.id, tenant, services: request.series.map((s) => s.labels?.[0]?.value ?? ''), answer: (err) => (err ? reject(err) : resolve()) });
      }),
    config: () => config,
    registry,
  });
  return { batcher, sent, registry };
}

const a = instance('ing-a', { addr: '10.0.0.1:9095' });
const b = instance('ing-b', { addr: '10.0.0.2:9095' });

/** Lets the promise chains run. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** What a promise settled with so far: 'pending', 'ok' or the error. */
function watch(p: Promise<void>): () => string | Error {
  let state: string | Error = 'pending';
  p.then(() => (state = 'ok'), (err: Error) => (state = err));
  return () => state;
}

describe('batching the distributor\'s calls per ingester and tenant', () => {
  it('sends a push at once when no call to that ingester is in flight', async () => {
    const { batcher, sent } = setup();
    const p = watch(batcher.push(a, 't', encoded('one')));
    await tick();
    expect(sent.map((s) => s.services)).to.deep.equal([['one']]);
    sent[0]!.answer();
    await tick();
    expect(p()).to.equal('ok');
  });

  it('two pushes to the same ingester while a call to it is in flight travel as one call, and each is acknowledged when that call is', async () => {
    const { batcher, sent, registry } = setup();
    const first = watch(batcher.push(a, 't', encoded('first')));
    const second = watch(batcher.push(a, 't', encoded('second')));
    const third = watch(batcher.push(a, 't', encoded('third')));
    await tick();
    expect(sent.map((s) => s.services)).to.deep.equal([['first']]);
    sent[0]!.answer();
    await tick();
    expect(first()).to.equal('ok');
    expect(sent.map((s) => s.services)).to.deep.equal([['first'], ['second', 'third']]);
    expect([second(), third()]).to.deep.equal(['pending', 'pending']);
    sent[1]!.answer();
    await tick();
    expect([second(), third()]).to.deep.equal(['ok', 'ok']);
    const metrics = await registry.getSingleMetricAsString('distributor_ingester_batch_pushes');
    expect(metrics).to.match(/distributor_ingester_batch_pushes_sum 3\b/).and.match(/distributor_ingester_batch_pushes_count 2\b/);
  });

  it('never puts two tenants or two ingesters in one call', async () => {
    const { batcher, sent } = setup();
    void batcher.push(a, 't1', encoded('busy-a'));
    void batcher.push(b, 't1', encoded('busy-b'));
    void batcher.push(a, 't2', encoded('other-tenant'));
    void batcher.push(a, 't1', encoded('waits-a'));
    void batcher.push(b, 't1', encoded('waits-b'));
    await tick();
    expect(sent.map((s) => [s.ingester, s.tenant, s.services.join()])).to.deep.equal([['ing-a', 't1', 'busy-a'], ['ing-b', 't1', 'busy-b'], ['ing-a', 't2', 'other-tenant']]);
    for (const s of sent.slice()) s.answer();
    await tick();
    expect(sent.slice(3).map((s) => [s.ingester, s.tenant, s.services.join()])).to.deep.equal([['ing-a', 't1', 'waits-a'], ['ing-b', 't1', 'waits-b']]);
  });

  it('a full batch goes without waiting for the call in flight', async () => {
    const { batcher, sent } = setup({ maxPushes: 2, maxBytes: 4 * 1024 * 1024 });
    for (const s of ['busy', 'x', 'y', 'z']) void batcher.push(a, 't', encoded(s));
    await tick();
    expect(sent.map((s) => s.services)).to.deep.equal([['busy'], ['x', 'y']]);
  });

  it('a push that would take a batch past its bytes starts a new one', async () => {
    const size = encoded('x')[0]!.length;
    const { batcher, sent } = setup({ maxPushes: 16, maxBytes: 2 * size });
    for (const s of ['a', 'b', 'c', 'd']) void batcher.push(a, 't', encoded(s));
    await tick();
    expect(sent.map((s) => s.services)).to.deep.equal([['a'], ['b', 'c']]);
  });

  it('a refused member of a batch does not fail the others: after a 4xx-class refusal each member is sent alone', async () => {
    const { batcher, sent, registry } = setup();
    void batcher.push(a, 't', encoded('busy'));
    const good = watch(batcher.push(a, 't', encoded('good')));
    const bad = watch(batcher.push(a, 't', encoded('bad')));
    await tick();
    sent[0]!.answer();
    await tick();
    sent[1]!.answer(invalidArgument('series 1: malformed pprof'));
    await tick();
    expect(sent.slice(2).map((s) => s.services)).to.deep.equal([['good'], ['bad']]);
    sent[2]!.answer();
    sent[3]!.answer(invalidArgument('series 0: malformed pprof'));
    await tick();
    expect(good()).to.equal('ok');
    expect((bad() as ApiError).code).to.equal('invalid_argument');
    expect(await registry.getSingleMetricAsString('distributor_ingester_batch_resent_total')).to.match(/distributor_ingester_batch_resent_total 2\b/);
  });

  it('an ingester that is unavailable fails every member of the batch with its error (each push\'s quorum decides)', async () => {
    const { batcher, sent } = setup();
    void batcher.push(a, 't', encoded('busy'));
    const one = watch(batcher.push(a, 't', encoded('one')));
    const two = watch(batcher.push(a, 't', encoded('two')));
    await tick();
    sent[0]!.answer();
    await tick();
    sent[1]!.answer(new ApiError('unavailable', 'ingester ing-a is leaving'));
    await tick();
    expect(sent).to.have.length(2);
    expect([(one() as ApiError).code, (two() as ApiError).code]).to.deep.equal(['unavailable', 'unavailable']);
  });

  it('with -distributor.ingester-batch.max-pushes=1 every push is its own call', async () => {
    const { batcher, sent } = setup({ maxPushes: 1, maxBytes: 4 * 1024 * 1024 });
    for (const s of ['a', 'b', 'c']) void batcher.push(a, 't', encoded(s));
    await tick();
    expect(sent.map((s) => s.services)).to.deep.equal([['a'], ['b'], ['c']]);
  });
});
