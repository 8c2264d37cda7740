import { expect } from 'chai';
import { FlagError, FlagSet, HelpRequested, parseBytes, parseDuration } from './flags.ts';

describe('flags', () => {
  const build = () => {
    const fs = new FlagSet('prog', 'does things', 'PROG_');
    return {
      fs,
      period: fs.define('ingester.ring.heartbeat-period', 'duration', 5000, 'how often to heartbeat'),
      tokens: fs.define('ingester.ring.num-tokens', 'int', 128, 'tokens per instance', { validate: (v) => (v < 1 ? 'must be at least 1' : undefined) }),
      path: fs.define('ingester.ring.tokens-file-path', 'string', '', 'tokens file', { aliases: ['ingester.tokens-file-path'] }),
      tls: fs.define('server.tls-enabled', 'bool', false, 'serve TLS'),
    };
  };

  it('uses defaults when nothing is given', () => {
    const f = build();
    f.fs.parse([]);
    expect(f.period()).to.equal(5000);
    expect(f.tokens()).to.equal(128);
  });

  it('reads -a=b, -a b, --a, booleans, aliases and the environment, flags winning over the environment', () => {
    const f = build();
    const rest = f.fs.parse(['-ingester.ring.heartbeat-period=1m30s', '--ingester.tokens-file-path', '/x', '-server.tls-enabled', 'extra'], {
      PROG_INGESTER_RING_NUM_TOKENS: '64',
      PROG_INGESTER_RING_HEARTBEAT_PERIOD: '1s',
    });
    expect(f.period()).to.equal(90_000);
    expect(f.path()).to.equal('/x');
    expect(f.tls()).to.equal(true);
    expect(f.tokens()).to.equal(64);
    expect(rest).to.deep.equal(['extra']);
  });

  it('derives one frozen object from several flags, made again only after a flag is set', () => {
    const f = build();
    let reads = 0;
    const derived = f.fs.derived(() => ({ period: f.period(), tokens: f.tokens(), read: ++reads }));
    f.fs.parse([]);
    const first = derived();
    expect(derived()).to.equal(first);
    expect(Object.isFrozen(first)).to.equal(true);
    expect(reads).to.equal(1);
    f.fs.parse(['-ingester.ring.num-tokens=64']);
    expect(derived()).to.deep.equal({ period: 5000, tokens: 64, read: 2 });
    f.fs.override('ingester.ring.heartbeat-period', 1000);
    expect(derived()).to.deep.equal({ period: 1000, tokens: 64, read: 3 });
    expect(derived().read).to.equal(3);
  });

  it('names the flag in errors', () => {
    expect(() => build().fs.parse(['-ingester.ring.num-tokens=0'])).to.throw(FlagError, /-ingester.ring.num-tokens: must be at least 1/);
    expect(() => build().fs.parse(['-nope'])).to.throw(FlagError, /unknown flag -nope/);
    expect(() => build().fs.parse(['-ingester.ring.heartbeat-period=soon'])).to.throw(FlagError, /heartbeat-period.*invalid duration/);
  });

  it('prints help with defaults', () => {
    try {
      build().fs.parse(['-help']);
      expect.fail('no help');
    } catch (err) {
      expect(err).to.be.instanceOf(HelpRequested);
      expect((err as HelpRequested).text).to.contain('-ingester.ring.heartbeat-period duration').and.contain('(default 5s)');
    }
  });

  it('parses sizes and durations', () => {
    expect(parseBytes('4MiB')).to.equal(4 * 1024 * 1024);
    expect(parseDuration('250ms')).to.equal(250);
    expect(() => parseBytes('4 parsecs')).to.throw(FlagError);
  });
});
