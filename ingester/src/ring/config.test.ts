import { expect } from 'chai';
import { FlagError, FlagSet } from '../util/flags.ts';
import { defineLifecyclerFlags, defineRingStoreFlags } from './config.ts';

describe('ring flags', () => {
  const build = () => {
    const fs = new FlagSet('ingester', 'test');
    return { fs, lifecycler: defineLifecyclerFlags(fs), store: defineRingStoreFlags(fs) };
  };

  it("has dskit's defaults and Pyroscope's names", () => {
    const f = build();
    f.fs.parse([]);
    const c = f.lifecycler();
    expect(c).to.deep.include({ numTokens: 128, heartbeatPeriodMs: 5000, heartbeatTimeoutMs: 60_000, minReadyDurationMs: 15_000, observePeriodMs: 0, replicationFactor: 3, autoForgetUnhealthyPeriods: 10, finalSleepMs: 0, zoneAwarenessEnabled: false });
    expect(c.instanceId).to.not.equal('');
    expect(f.store()).to.deep.include({ kind: 'file', configMapName: 'ingester-ring' });
  });

  it('reads every flag, the tokens-file alias included', () => {
    const f = build();
    f.fs.parse([
      '-ingester.ring.instance-id=ingester-7',
      '-ingester.ring.instance-addr=10.1.2.3',
      '-ingester.ring.instance-port=9096',
      '-ingester.ring.instance-availability-zone=zone-b',
      '-ingester.ring.num-tokens=64',
      '-ingester.ring.heartbeat-period=1s',
      '-ingester.ring.heartbeat-timeout=10s',
      '-ingester.ring.observe-period=2s',
      '-ingester.tokens-file-path=/data/tokens.json',
      '-ingester.ring.zone-awareness-enabled',
      '-ingester.ring.auto-forget-unhealthy-periods=0',
      '-ingester.ring.store=configmap',
      '-ring.store.configmap-name=my-ring',
      '-ring.store.namespace=profiles',
    ]);
    expect(f.lifecycler()).to.deep.include({ instanceId: 'ingester-7', instanceAddr: '10.1.2.3', instancePort: 9096, zone: 'zone-b', numTokens: 64, heartbeatPeriodMs: 1000, heartbeatTimeoutMs: 10_000, observePeriodMs: 2000, tokensFilePath: '/data/tokens.json', zoneAwarenessEnabled: true, autoForgetUnhealthyPeriods: 0 });
    expect(f.store()).to.deep.include({ kind: 'configmap', configMapName: 'my-ring', namespace: 'profiles' });
  });

  it('names the flag in its error', () => {
    expect(() => build().fs.parse(['-ingester.ring.store=consul'])).to.throw(FlagError, /-ingester.ring.store.*consul/);
    expect(() => build().fs.parse(['-ingester.ring.num-tokens=0'])).to.throw(FlagError, /-ingester.ring.num-tokens/);
  });
});
