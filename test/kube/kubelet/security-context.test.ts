import { expect } from 'chai';
import type { V1Container, V1Pod } from '@kubernetes/client-node';
import { ContainerConfigError } from './env.ts';
import { effectiveSecurityContext, imageUser, securityFlags, verifyRunAsNonRoot } from './security-context.ts';

const pod = (securityContext: NonNullable<V1Pod['spec']>['securityContext'] = {}): V1Pod => ({
  metadata: { name: 'p', namespace: 'ns', uid: 'u-1' },
  spec: { securityContext, containers: [] },
});
const container = (securityContext: V1Container['securityContext'] = {}): V1Container => ({ name: 'c', securityContext });

describe('securityContext on the test node', () => {
  it("merges pod and container settings, the container's winning", () => {
    const sc = effectiveSecurityContext(pod({ runAsUser: 1, runAsGroup: 2, runAsNonRoot: false, fsGroup: 3, seccompProfile: { type: 'Unconfined' } }), container({ runAsUser: 5, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }));
    expect(sc).to.include({ runAsUser: 5, runAsGroup: 2, runAsNonRoot: true, fsGroup: 3 });
    expect(sc.seccompProfile).to.deep.equal({ type: 'RuntimeDefault' });
  });

  it('turns the restricted profile into podman flags: read-only root without tmpfs, user, groups, no capabilities, no_new_privs, default seccomp', () => {
    const sc = effectiveSecurityContext(
      pod({ runAsUser: 10001, runAsGroup: 10002, fsGroup: 10003, supplementalGroups: [7], seccompProfile: { type: 'RuntimeDefault' } }),
      container({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }),
    );
    expect(securityFlags(sc, '65532:65532')).to.deep.equal([
      '--user', '10001:10002', '--group-add', '10003', '--group-add', '7', '--read-only', '--read-only-tmpfs=false',
      '--cap-drop', 'ALL', '--cap-add', 'NET_BIND_SERVICE', '--security-opt', 'no-new-privileges',
    ]);
  });

  it("leaves the image's user alone when the pod names none, runs unconfined without a seccompProfile, and keeps no_new_privs off unless asked", () => {
    expect(securityFlags(effectiveSecurityContext(pod(), container()), '65532:65532')).to.deep.equal(['--security-opt', 'seccomp=unconfined']);
    expect(securityFlags(effectiveSecurityContext(pod({ runAsGroup: 9 }), container()), '65532:65532')).to.deep.equal(['--user', '65532:9', '--security-opt', 'seccomp=unconfined']);
  });

  it('refuses a Localhost seccomp profile, which this node does not have', () => {
    expect(() => securityFlags(effectiveSecurityContext(pod({ seccompProfile: { type: 'Localhost', localhostProfile: 'x.json' } }), container()), '')).to.throw(ContainerConfigError, /Localhost/);
  });

  it("reads an image's USER as the kubelet does: empty is root, numbers are uids, names cannot be verified", () => {
    expect(imageUser('')).to.deep.equal({ uid: 0, username: '' });
    expect(imageUser('65532:65532')).to.deep.equal({ uid: 65532, username: '' });
    expect(imageUser('nonroot')).to.deep.equal({ username: 'nonroot' });
  });

  const refusals: [string, V1Pod, V1Container, string, RegExp | undefined][] = [
    ['an image running as root', pod({ runAsNonRoot: true }), container(), '', /^container has runAsNonRoot and image will run as root \(pod: "p_ns\(u-1\)", container: c\)$/],
    ['an explicit runAsUser 0', pod({ runAsNonRoot: true, runAsUser: 0 }), container(), '65532', /^container's runAsUser breaks non-root policy \(pod: "p_ns\(u-1\)", container: c\)$/],
    ['a named image user', pod(), container({ runAsNonRoot: true }), 'nonroot', /^container has runAsNonRoot and image has non-numeric user \(nonroot\), cannot verify user is non-root/],
    ['a non-root image user', pod({ runAsNonRoot: true }), container(), '65532:65532', undefined],
    ['a non-root runAsUser over a root image', pod({ runAsNonRoot: true, runAsUser: 10001 }), container(), '', undefined],
    ['runAsNonRoot unset with a root image', pod(), container(), '', undefined],
  ];
  for (const [what, p, c, user, refusal] of refusals) {
    it(`runAsNonRoot with ${what}: ${refusal ? 'refused with the kubelet message' : 'allowed'}`, () => {
      const check = () => verifyRunAsNonRoot(p, c, effectiveSecurityContext(p, c), user);
      if (refusal) expect(check).to.throw(ContainerConfigError, refusal);
      else expect(check).to.not.throw();
    });
  }
});
