import { expect } from 'chai';
import type { V1Pod } from '@kubernetes/client-node';
import { RestartBackoff } from './backoff.ts';
import { ContainerConfigError, expandVars, podField, resolveEnv } from './env.ts';
import { IpPool } from './ip-pool.ts';
import { PathTranslator } from './paths.ts';
import { ProbeState, probeSettings } from './probe.ts';

const pod: V1Pod = {
  metadata: { name: 'web-0', namespace: 'ns', uid: 'u1', labels: { app: 'web' } },
  spec: { nodeName: 'node-a', containers: [{ name: 'c' }] },
  status: { podIP: '127.0.1.2' },
};

describe('kubelet pieces', () => {
  describe('path translation', () => {
    const t = new PathTranslator([
      { mountPath: '/data', hostPath: '/root/pvc/ns/data-web-0' },
      { mountPath: '/data/cache', hostPath: '/root/pods/x/cache' },
      { mountPath: '/etc/config/', hostPath: '/root/pods/x/cfg' },
    ]);
    const cases: [string, string, string][] = [
      ['rewrites a flag value', '-ingester.data-dir=/data', '-ingester.data-dir=/root/pvc/ns/data-web-0'],
      ['rewrites a path below the mount', '/data/wal/0001', '/root/pvc/ns/data-web-0/wal/0001'],
      ['rewrites the longest mount first', '--cache=/data/cache/x', '--cache=/root/pods/x/cache/x'],
      ['rewrites a mount path given with a trailing slash', '/etc/config/app.yaml', '/root/pods/x/cfg/app.yaml'],
      ['rewrites a word list', 'a /data b', 'a /root/pvc/ns/data-web-0 b'],
      ['leaves alone a longer name that merely starts like a mount', '/database', '/database'],
      ['leaves alone a mount path inside another path', '/srv/data/x', '/srv/data/x'],
    ];
    for (const [what, input, output] of cases) it(what, () => expect(t.translate(input)).to.equal(output));
  });

  describe('environment', () => {
    const sources = {
      configMap: async (_ns: string, name: string) => (name === 'cm' ? { data: { A: 'from-cm', B: 'b' } } : undefined),
      secret: async (_ns: string, name: string) => (name === 's' ? { data: { P: Buffer.from('secret!').toString('base64') } } : undefined),
    };
    it('resolves values, fieldRefs, keys and envFrom in order, with $(VAR) expansion', async () => {
      const env = await resolveEnv(
        pod,
        {
          name: 'c',
          envFrom: [{ configMapRef: { name: 'cm' }, prefix: 'CM_' }],
          env: [
            { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
            { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
            { name: 'PASS', valueFrom: { secretKeyRef: { name: 's', key: 'P' } } },
            { name: 'B', valueFrom: { configMapKeyRef: { name: 'cm', key: 'B' } } },
            { name: 'ADDR', value: '$(IP):8080' },
            { name: 'MISSING', valueFrom: { configMapKeyRef: { name: 'nope', key: 'x', optional: true } } },
          ],
        },
        sources,
      );
      expect(env).to.deep.equal({ CM_A: 'from-cm', CM_B: 'b', POD: 'web-0', IP: '127.0.1.2', APP: 'web', PASS: 'secret!', B: 'b', ADDR: '127.0.1.2:8080' });
    });
    it('fails with CreateContainerConfigError when a required secret is missing', async () => {
      let error: unknown;
      await resolveEnv(pod, { name: 'c', env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'absent', key: 'k' } } }] }, sources).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(ContainerConfigError);
      expect((error as Error).message).to.equal('secret "absent" not found');
    });
    it('expands $(VAR), keeps unknown references and unescapes $$', () => {
      expect(expandVars('$(A)-$(B)-$$(A)', { A: '1' })).to.equal('1-$(B)-$(A)');
    });
    it('reads spec.nodeName and metadata.namespace fields', () => {
      expect([podField(pod, 'spec.nodeName'), podField(pod, 'metadata.namespace')]).to.deep.equal(['node-a', 'ns']);
    });
  });

  describe('pod IPs', () => {
    it('hands out distinct addresses in 127.0.0.0/8 and does not reuse a freed one at once', () => {
      const pool = new IpPool(0, 1, 1);
      const a = pool.allocate();
      const b = pool.allocate();
      expect(a).to.match(/^127\.0\.1\.\d+$/);
      expect(b).to.not.equal(a);
      pool.release(a);
      expect(pool.allocate()).to.not.equal(a);
    });
    it('says so when every address is taken', () => {
      const pool = new IpPool(0, 1, 1);
      for (let i = 0; i < pool.size; i++) pool.allocate();
      expect(() => pool.allocate()).to.throw(/no free pod IP/);
    });
  });

  describe('probes', () => {
    it('a readiness probe passes after successThreshold successes and fails after failureThreshold failures', () => {
      const s = new ProbeState(probeSettings({ periodSeconds: 1, successThreshold: 2, failureThreshold: 2, initialDelaySeconds: 3 }), 1000, false);
      expect(s.nextProbeAt()).to.equal(4000);
      expect(s.record(true, 4000)).to.equal(false);
      expect(s.nextProbeAt()).to.equal(5000);
      expect(s.record(true, 5000)).to.equal(true);
      expect(s.passing).to.equal(true);
      s.record(false, 6000);
      expect(s.passing).to.equal(true);
      s.record(false, 7000);
      expect(s.passing).to.equal(false);
    });
    it('uses the Kubernetes defaults: period 10 s, 3 failures, 1 success', () => {
      expect(probeSettings({})).to.deep.equal({ initialDelayMs: 0, periodMs: 10_000, timeoutMs: 1000, successThreshold: 1, failureThreshold: 3 });
    });
  });

  describe('restart backoff', () => {
    it('restarts at once the first time, then doubles up to the maximum, and resets after a long run', () => {
      const b = new RestartBackoff({ baseMs: 100, maxMs: 350, resetAfterMs: 10_000 });
      expect([b.onExit(5), b.onExit(5), b.onExit(5), b.onExit(5), b.onExit(5)]).to.deep.equal([0, 100, 200, 350, 350]);
      expect(b.onExit(20_000)).to.equal(0);
    });
  });
});
