import { expect } from 'chai';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { createLogger } from '../util/log.ts';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { ManualClock } from '../util/clock.ts';
import { DEFAULT_LIFECYCLER_CONFIG, type LifecyclerConfig } from './config.ts';
import { MemoryRingStore } from './kv/memory.ts';
import { Lifecycler, type LifecyclerDelegate } from './lifecycler.ts';
import { isHealthy, type InstanceState, type RingDesc } from './model.ts';
import { eventually } from '../util/eventually.ts';
import { instance, ring } from './testing.ts';
import { loadTokensFile, saveTokensFile, spreadTokens } from './tokens.ts';

/** A memory store that records every state my instances were written with. */
class RecordingStore extends MemoryRingStore {
  readonly history = new Map<string, InstanceState[]>();
  override async cas(update: (desc: RingDesc) => RingDesc | null): Promise<RingDesc> {
    const result = await super.cas(update);
    for (const inst of Object.values(result.instances)) {
      const h = this.history.get(inst.id) ?? [];
      if (h[h.length - 1] !== inst.state) h.push(inst.state);
      this.history.set(inst.id, h);
    }
    return result;
  }
}

describe('lifecycler', () => {
  let clock: ManualClock;
  let store: RecordingStore;
  let dir: string;
  const started: Lifecycler[] = [];

  beforeEach(async () => {
    clock = new ManualClock(1_000_000);
    store = new RecordingStore();
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecycler-'));
  });
  afterEach(async () => {
    started.length = 0;
    await rm(dir, { recursive: true, force: true });
  });

  const config = (overrides: Partial<LifecyclerConfig> = {}): LifecyclerConfig => ({ ...DEFAULT_LIFECYCLER_CONFIG, instanceId: 'ingester-0', instanceAddr: '10.0.0.1', ...overrides });
  const lifecycler = (overrides: Partial<LifecyclerConfig> = {}, delegate: LifecyclerDelegate = {}, s: MemoryRingStore = store) => {
    const lc = new Lifecycler({ config: config(overrides), store: s, delegate, clock, autoTick: false, registry: new Registry() });
    started.push(lc);
    return lc;
  };
  const entry = async (id = 'ingester-0') => (await store.get()).desc.instances[id];

  it('joins PENDING → JOINING → ACTIVE with 128 unique tokens and tells the delegate', async () => {
    const calls: string[] = [];
    const lc = lifecycler({}, { onRegister: () => void calls.push('register'), onActive: () => void calls.push('active') });
    await lc.start();
    expect(lc.getState()).to.equal('ACTIVE');
    expect(store.history.get('ingester-0')).to.deep.equal(['PENDING', 'JOINING', 'ACTIVE']);
    const me = (await entry())!;
    expect(me.tokens).to.have.length(128);
    expect(new Set(me.tokens).size).to.equal(128);
    expect(me.addr).to.equal('10.0.0.1:9095');
    expect(calls).to.deep.equal(['register', 'active']);
  });

  it('reports ready only after being ACTIVE for the min ready duration', async () => {
    const lc = lifecycler({ minReadyDurationMs: 15_000 });
    expect(lc.checkReady().ready).to.equal(false);
    await lc.start();
    expect(lc.checkReady()).to.deep.include({ ready: false });
    expect(lc.checkReady().reason).to.match(/min ready duration/);
    clock.advance(15_000);
    expect(lc.checkReady()).to.deep.equal({ ready: true, reason: 'ACTIVE' });
  });

  it('stays ready while another instance is unhealthy: readiness depends only on this instance', async () => {
    await store.cas((d) => ((d.instances['dead'] = instance('dead', { heartbeatMs: 0, tokens: [1, 2, 3] })), d));
    const lc = lifecycler({ minReadyDurationMs: 0 });
    await lc.start();
    expect(lc.checkReady().ready).to.equal(true);
  });

  it('heartbeats every period', async () => {
    const lc = lifecycler({ heartbeatPeriodMs: 5000 });
    await lc.start();
    const first = (await entry())!.heartbeatMs;
    clock.advance(4000);
    await lc.tick();
    expect((await entry())!.heartbeatMs).to.equal(first);
    clock.advance(1000);
    await lc.tick();
    expect((await entry())!.heartbeatMs).to.equal(first + 5000);
  });

  it('takes the tokens of an entry the operator pre-registered for its ordinal', async () => {
    const tokens = spreadTokens(2, 128);
    await store.cas((d) => ((d.instances['ingester-2'] = instance('ingester-2', { state: 'PENDING', tokens })), d));
    const lc = lifecycler({ instanceId: 'ingester-2' });
    await lc.start();
    expect(lc.getTokens()).to.deep.equal(tokens);
    expect((await entry('ingester-2'))!.state).to.equal('ACTIVE');
  });

  it('keeps its tokens file across a plain restart, so it rejoins with the same tokens and ownership', async () => {
    const tokensFilePath = path.join(dir, 'tokens.json');
    const first = lifecycler({ tokensFilePath });
    await first.start();
    const tokens = first.getTokens();
    expect(await loadTokensFile(tokensFilePath)).to.deep.equal(tokens);
    await first.stop();
    expect(await entry()).to.equal(undefined);
    expect(await loadTokensFile(tokensFilePath)).to.deep.equal(tokens);
    const second = lifecycler({ tokensFilePath });
    await second.start();
    expect(second.getTokens()).to.deep.equal(tokens);
    expect((await entry())!.tokens).to.deep.equal(tokens);
  });

  it('after prepare-shutdown, a stop unregisters and deletes the tokens file', async () => {
    const tokensFilePath = path.join(dir, 'tokens.json');
    const lc = lifecycler({ tokensFilePath, unregisterOnShutdown: false });
    await lc.start();
    lc.setPrepareShutdown(true);
    expect(lc.getPrepareShutdown()).to.equal(true);
    await lc.stop();
    expect(await entry()).to.equal(undefined);
    expect(await loadTokensFile(tokensFilePath)).to.equal(null);
  });

  it('leaves: LEAVING while the delegate flushes, then removed from the ring', async () => {
    let stateDuringFlush: InstanceState | undefined;
    const events: string[] = [];
    const lc = lifecycler({}, {
      onLeaving: async () => {
        stateDuringFlush = (await entry())!.state;
        events.push('flush');
      },
      onStopped: () => void events.push('stopped'),
    });
    await lc.start();
    await lc.stop();
    expect(stateDuringFlush).to.equal('LEAVING');
    expect(events).to.deep.equal(['flush', 'stopped']);
    expect(await entry()).to.equal(undefined);
    expect(store.history.get('ingester-0')).to.deep.equal(['PENDING', 'JOINING', 'ACTIVE', 'LEAVING']);
  });

  it('flushes again on stop after an earlier leave, for writes that were in flight', async () => {
    let flushes = 0;
    const lc = lifecycler({}, { onLeaving: async () => void flushes++ });
    await lc.start();
    await lc.leave();
    expect(flushes).to.equal(1);
    expect((await entry())!.state).to.equal('LEAVING');
    await lc.stop();
    expect(flushes).to.equal(2);
    expect(await entry()).to.equal(undefined);
  });

  it('stays in the ring as LEAVING when the flush fails, and a later stop retries it', async () => {
    let failures = 1;
    const lc = lifecycler({}, {
      onLeaving: async () => {
        if (failures-- > 0) throw new Error('bucket unavailable');
      },
    });
    await lc.start();
    await lc.leave();
    expect(lc.getLeaveStatus()).to.equal('failed');
    expect((await entry())!.state).to.equal('LEAVING');
    expect(lc.checkReady().ready).to.equal(false);
    await lc.stop();
    expect(lc.getLeaveStatus()).to.equal('flushed');
    expect(await entry()).to.equal(undefined);
  });

  it('still flushes when the ring store fails while it leaves', async () => {
    let flushed = false;
    const lc = lifecycler({}, { onLeaving: async () => void (flushed = true) });
    await lc.start();
    const original = store.cas.bind(store);
    store.cas = async () => {
      throw new Error('API server unreachable');
    };
    await lc.leave();
    expect(flushed).to.equal(true);
    expect(lc.getState()).to.equal('LEAVING');
    store.cas = original;
  });

  it('keeps the entry LEAVING when told not to unregister, and the restart takes it over as ACTIVE', async () => {
    const first = lifecycler({ unregisterOnShutdown: false });
    await first.start();
    const tokens = first.getTokens();
    await first.stop();
    expect((await entry())!.state).to.equal('LEAVING');
    const second = lifecycler({ unregisterOnShutdown: false });
    await second.start();
    expect(second.getState()).to.equal('ACTIVE');
    expect(second.getTokens()).to.deep.equal(tokens);
  });

  it('after a crash while JOINING, goes back to PENDING and joins again with the same tokens', async () => {
    const tokens = spreadTokens(0, 128);
    await store.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { state: 'JOINING', tokens, registeredAtMs: 5 })), d));
    store.history.clear();
    const lc = lifecycler();
    await lc.start();
    expect(store.history.get('ingester-0')).to.deep.equal(['PENDING', 'JOINING', 'ACTIVE']);
    expect(lc.getTokens()).to.deep.equal(tokens);
    expect((await entry())!.registeredAtMs).to.equal(5);
  });

  it('after a crash while LEAVING, resumes as ACTIVE with its tokens, topped up to -num-tokens', async () => {
    const tokens = spreadTokens(0, 128).slice(0, 100);
    await store.cas((d) => ((d.instances['ingester-0'] = instance('ingester-0', { state: 'LEAVING', tokens })), d));
    store.history.clear();
    const lc = lifecycler();
    await lc.start();
    expect(store.history.get('ingester-0')).to.deep.equal(['ACTIVE']);
    expect(lc.getTokens()).to.have.length(128);
    expect(lc.getTokens()).to.include.members(tokens);
  });

  it('resolves a conflict at join by the rule: the smaller ID keeps the token, the larger replaces it', async () => {
    const shared = spreadTokens(0, 128);
    const bTokens = shared.slice(0, 64).concat(spreadTokens(1, 128).slice(64));
    await store.cas((d) => {
      d.instances['ingester-a'] = instance('ingester-a', { state: 'PENDING', tokens: shared });
      d.instances['ingester-b'] = instance('ingester-b', { state: 'PENDING', tokens: bTokens });
      return d;
    });
    const b = lifecycler({ instanceId: 'ingester-b' });
    await b.start(); // b joins first but has the larger ID: it loses the 64 shared tokens
    const a = lifecycler({ instanceId: 'ingester-a' });
    await a.start();
    expect(a.getTokens()).to.deep.equal(shared);
    expect(b.getTokens()).to.have.length(128);
    expect(b.getTokens().filter((t) => shared.includes(t))).to.deep.equal([]);
    expect(b.getTokens()).to.include.members(bTokens.slice(64));
  });

  describe('observe period', () => {
    const conflicting = async (id: string, state: InstanceState, tokens: number[]) =>
      store.cas((d) => ((d.instances[id] = instance(id, { state, tokens, heartbeatMs: clock.now() })), d));

    it('finds a token taken meanwhile by a smaller ID, replaces it and observes again before turning ACTIVE', async () => {
      const lc = lifecycler({ instanceId: 'ingester-1', observePeriodMs: 10_000 });
      await lc.start();
      expect(lc.getState()).to.equal('JOINING');
      const stolen = lc.getTokens().slice(0, 10);
      await conflicting('ingester-0', 'ACTIVE', stolen); // a writer that does not look (a merge, a hand edit)
      clock.advance(10_000);
      await lc.tick();
      expect(lc.getState()).to.equal('JOINING');
      expect(lc.getTokens()).to.have.length(128);
      expect(lc.getTokens().filter((t) => stolen.includes(t))).to.deep.equal([]);
      clock.advance(10_000);
      await lc.tick();
      expect(lc.getState()).to.equal('ACTIVE');
      const desc = (await store.get()).desc;
      expect(desc.instances['ingester-0']!.tokens).to.deep.equal(stolen);
    });

    it('keeps tokens claimed by a LEAVING instance, which loses them even with a smaller ID', async () => {
      const lc = lifecycler({ instanceId: 'ingester-1', observePeriodMs: 10_000 });
      await lc.start();
      const mine = lc.getTokens();
      await conflicting('ingester-0', 'LEAVING', mine.slice(0, 10).concat([5]));
      clock.advance(10_000);
      await lc.tick();
      expect(lc.getState()).to.equal('ACTIVE');
      expect(lc.getTokens()).to.deep.equal(mine);
      expect((await store.get()).desc.instances['ingester-0']!.tokens).to.deep.equal([5]);
    });

    it('keeps its tokens against a larger ID, which loses them', async () => {
      const lc = lifecycler({ instanceId: 'ingester-1', observePeriodMs: 10_000 });
      await lc.start();
      const mine = lc.getTokens();
      await conflicting('ingester-2', 'ACTIVE', mine.slice(0, 3));
      clock.advance(10_000);
      await lc.tick();
      expect(lc.getState()).to.equal('ACTIVE');
      expect(lc.getTokens()).to.deep.equal(mine);
      expect((await store.get()).desc.instances['ingester-2']!.tokens).to.deep.equal([]);
    });
  });

  it('replaces tokens an ACTIVE instance lost to a conflict resolution at its next heartbeat', async () => {
    const lc = lifecycler({ heartbeatPeriodMs: 1000 });
    await lc.start();
    const lostToken = lc.getTokens()[0]!;
    await store.cas((d) => ((d.instances['ingester-0']!.tokens = d.instances['ingester-0']!.tokens.slice(1)), (d.instances['other'] = instance('other', { tokens: [lostToken], heartbeatMs: clock.now() })), d));
    clock.advance(1000);
    await lc.tick();
    expect(lc.getTokens()).to.have.length(128);
    expect(lc.getTokens()).not.to.include(lostToken);
    expect((await entry())!.tokens).to.deep.equal(lc.getTokens());
  });

  it('registers again at its next heartbeat when someone forgot it', async () => {
    const lc = lifecycler({ heartbeatPeriodMs: 1000 });
    await lc.start();
    await store.cas((d) => (delete d.instances['ingester-0'], d));
    clock.advance(1000);
    await lc.tick();
    expect((await entry())!.state).to.equal('ACTIVE');
    expect((await entry())!.tokens).to.deep.equal(lc.getTokens());
  });

  it('auto-forgets an instance unhealthy for more than N heartbeat timeouts, not before', async () => {
    const lc = lifecycler({ heartbeatPeriodMs: 1000, heartbeatTimeoutMs: 60_000, autoForgetUnhealthyPeriods: 10 });
    await store.cas((d) => ((d.instances['dead'] = instance('dead', { heartbeatMs: clock.now(), tokens: [7] })), d));
    await lc.start();
    clock.advance(600_000);
    await lc.tick();
    expect(await entry('dead')).not.to.equal(undefined);
    clock.advance(1000);
    await lc.tick();
    expect(await entry('dead')).to.equal(undefined);
    expect(await entry('ingester-0')).not.to.equal(undefined);
  });

  it('never auto-forgets when the periods are 0', async () => {
    const lc = lifecycler({ heartbeatPeriodMs: 1000, autoForgetUnhealthyPeriods: 0 });
    await store.cas((d) => ((d.instances['dead'] = instance('dead', { heartbeatMs: 0 })), d));
    await lc.start();
    clock.advance(10_000_000);
    await lc.tick();
    expect(await entry('dead')).not.to.equal(undefined);
  });

  it('sets and clears read-only in its ring entry (state and tokens kept), with the time of the change, and rewrites it at the next heartbeat when the ring lost it', async () => {
    const lc = lifecycler({ minReadyDurationMs: 0 });
    await lc.start();
    const tokens = (await entry())!.tokens;
    clock.advance(1000);
    await lc.setReadOnly(true, 'WAL cannot write: ENOSPC');
    expect(await entry()).to.deep.include({ state: 'ACTIVE', readOnly: true, readOnlyUpdatedMs: 1_001_000 });
    expect((await entry())!.tokens).to.deep.equal(tokens);
    expect(lc.getReadOnly()).to.deep.equal({ readOnly: true, reason: 'WAL cannot write: ENOSPC', updatedMs: 1_001_000 });

    // Someone rewrote the entry without the flag: the next heartbeat puts it back.
    await store.cas((d) => (delete d.instances['ingester-0']!.readOnly, d));
    clock.advance(DEFAULT_LIFECYCLER_CONFIG.heartbeatPeriodMs);
    await lc.tick();
    expect((await entry())!.readOnly).to.equal(true);

    clock.advance(1000);
    await lc.setReadOnly(false, 'WAL writes again');
    expect((await entry())!.readOnly).to.equal(undefined);
    expect(lc.getReadOnly()).to.deep.include({ readOnly: false, reason: '' });
  });

  describe('heartbeats while flushing on stop (dskit lifecycler.go stopping(): flushes on a goroutine "so we can continue to heartbeat")', () => {
    // The loop runs on its own timer; the test moves the manual clock past whole heartbeat timeouts while the
    // flush is held open, and waits for the loop to write a heartbeat at each new time.
    const heldFlush = () => {
      let release!: () => void;
      let started!: () => void;
      const flushStarted = new Promise<void>((r) => (started = r));
      const onLeaving = () => {
        started();
        return new Promise<void>((r) => (release = r));
      };
      return { flushStarted, onLeaving, release: () => release() };
    };
    const staysHealthyWhileFlushing = async (lc: Lifecycler) => {
      for (let i = 0; i < 3; i++) {
        clock.advance(DEFAULT_LIFECYCLER_CONFIG.heartbeatTimeoutMs); // a whole timeout each time
        const now = clock.now();
        await eventually('a heartbeat written during the flush', async () => (await entry())?.heartbeatMs === now, { timeoutMs: 20_000 });
        expect((await entry())!.state).to.equal('LEAVING');
        expect(isHealthy((await entry())!, clock.now(), DEFAULT_LIFECYCLER_CONFIG.heartbeatTimeoutMs)).to.equal(true);
      }
      expect(lc.getLeaveStatus()).to.equal('flushing');
    };
    const running = (delegate: LifecyclerDelegate) => {
      const lc = new Lifecycler({ config: config({ heartbeatPeriodMs: 20, minReadyDurationMs: 0 }), store, delegate, clock, registry: new Registry() });
      started.push(lc);
      return lc;
    };

    it('a LEAVING ingester whose flush on SIGTERM outlasts the heartbeat timeout stays healthy', async () => {
      const flush = heldFlush();
      const lc = running({ onLeaving: flush.onLeaving });
      await lc.start();
      const stopping = lc.stop();
      await flush.flushStarted;
      await staysHealthyWhileFlushing(lc);
      flush.release();
      await stopping;
      expect(await entry()).to.equal(undefined);
    });

    it('also during the second flush of a stop that follows an earlier leave', async () => {
      let flushes = 0;
      const flush = heldFlush();
      const lc = running({ onLeaving: () => (++flushes === 1 ? Promise.resolve() : flush.onLeaving()) });
      await lc.start();
      await lc.leave();
      const stopping = lc.stop();
      await flush.flushStarted;
      await staysHealthyWhileFlushing(lc);
      flush.release();
      await stopping;
      expect(flushes).to.equal(2);
    });
  });

  it('joins with new tokens when its tokens file is corrupt, logging it and keeping the bad file aside (dskit logs the load error and joins)', async () => {
    const file = path.join(dir, 'tokens.json');
    await writeFile(file, '{"tokens":[1,2,');
    const stream = new PassThrough();
    let logged = '';
    stream.on('data', (c: Buffer) => (logged += c.toString('utf8')));
    const lc = new Lifecycler({ config: config({ tokensFilePath: file }), store, clock, autoTick: false, registry: new Registry(), logger: createLogger('test', { stream }) });
    started.push(lc);
    await lc.start();
    expect(lc.getState()).to.equal('ACTIVE');
    expect((await entry())!.tokens).to.have.length(128);
    const aside = (await readdir(dir)).filter((f) => f.startsWith('tokens.json.corrupt-'));
    expect(aside, 'the corrupt file kept aside').to.have.length(1);
    expect(await readFile(path.join(dir, aside[0]!), 'utf8')).to.equal('{"tokens":[1,2,');
    // ACTIVE wrote a good tokens file in its place.
    expect(await loadTokensFile(file)).to.deep.equal((await entry())!.tokens);
    await new Promise((r) => setImmediate(r));
    const line = logged.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { message: string; path?: string; err?: { message: string } }).find((l) => /tokens file/.test(l.message));
    expect(line?.message).to.match(/corrupt/);
    expect(line?.err?.message).to.match(/not valid JSON/);
  });

  it('refuses to start zone-aware without a zone, naming the flags', () => {
    expect(() => lifecycler({ zoneAwarenessEnabled: true, zone: '' })).to.throw(/-ingester.ring.instance-availability-zone/);
  });

  it('runs its own loop on a timer with the system clock', async () => {
    const s = new MemoryRingStore(ring());
    const lc = new Lifecycler({ config: config({ heartbeatPeriodMs: 20, minReadyDurationMs: 0 }), store: s, registry: new Registry() });
    await lc.start();
    const first = (await s.get()).desc.instances['ingester-0']!.heartbeatMs;
    const deadline = Date.now() + 5000;
    while ((await s.get()).desc.instances['ingester-0']!.heartbeatMs === first && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect((await s.get()).desc.instances['ingester-0']!.heartbeatMs).to.be.above(first);
    await lc.stop();
  });
});
