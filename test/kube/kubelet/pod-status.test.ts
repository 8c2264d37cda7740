import { expect } from 'chai';
import type { V1Pod } from '@kubernetes/client-node';
import { buildPodStatus, podPhase, type ContainerFacts } from './pod-status.ts';

const running = (name: string, ready: boolean): ContainerFacts => ({ name, image: 'x', state: { kind: 'running', startedAt: 1_000 }, restartCount: 0, ready, started: true });
const exited = (name: string, exitCode: number, restartCount = 0): ContainerFacts => ({ name, image: 'x', state: { kind: 'terminated', exitCode, reason: exitCode ? 'Error' : 'Completed', startedAt: 1_000, finishedAt: 2_000 }, restartCount, ready: false, started: false });
const waiting = (name: string, reason: string, restartCount = 0): ContainerFacts => ({ name, image: 'x', state: { kind: 'waiting', reason }, restartCount, ready: false, started: false });

describe('pod status', () => {
  const phases: [string, string, ContainerFacts[], boolean, string][] = [
    ['a pod whose containers are still being created is Pending', 'Always', [waiting('a', 'ContainerCreating')], false, 'Pending'],
    ['a pod that cannot get its config is Pending', 'Always', [waiting('a', 'CreateContainerConfigError')], true, 'Pending'],
    ['a pod with a running container is Running', 'Always', [running('a', false), waiting('b', 'ContainerCreating')], false, 'Running'],
    ['a crash-looping pod stays Running', 'Always', [waiting('a', 'CrashLoopBackOff', 3)], false, 'Running'],
    ['a Never pod whose containers all exited 0 Succeeded', 'Never', [exited('a', 0), exited('b', 0)], false, 'Succeeded'],
    ['a Never pod with a failed container Failed', 'Never', [exited('a', 0), exited('b', 2)], false, 'Failed'],
    ['an OnFailure pod whose containers exited 0 Succeeded', 'OnFailure', [exited('a', 0)], false, 'Succeeded'],
  ];
  for (const [sentence, policy, containers, configError, phase] of phases) it(sentence, () => expect(podPhase(policy, containers, configError)).to.equal(phase));

  it('is Ready only when every container is ready, naming the others, and keeps transition times while nothing changes', () => {
    const pod: V1Pod = { metadata: { name: 'p' }, spec: { containers: [] } };
    const first = buildPodStatus(pod, { podIP: '127.0.1.9', hostIP: '127.0.0.1', startTime: 0, containers: [running('a', true), running('b', false)] }, 10_000);
    const ready = first.conditions!.find((c) => c.type === 'Ready')!;
    expect(ready).to.include({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [b]' });
    const later = buildPodStatus({ ...pod, status: first }, { podIP: '127.0.1.9', hostIP: '127.0.0.1', startTime: 0, containers: [running('a', true), running('b', false)] }, 50_000);
    expect(later.conditions!.find((c) => c.type === 'Ready')!.lastTransitionTime).to.equal(ready.lastTransitionTime);
    const now = buildPodStatus({ ...pod, status: later }, { podIP: '127.0.1.9', hostIP: '127.0.0.1', startTime: 0, containers: [running('a', true), running('b', true)] }, 90_000);
    expect(now.conditions!.find((c) => c.type === 'Ready')).to.include({ status: 'True', lastTransitionTime: '1970-01-01T00:01:30Z' });
    expect(now).to.include({ phase: 'Running', podIP: '127.0.1.9' });
    expect(now.containerStatuses!.map((c) => [c.name, c.ready, c.started])).to.deep.equal([['a', true, true], ['b', true, true]]);
  });

  it('is Pending and not Initialized while an init container has not succeeded, and Failed when it fails for a Never pod', () => {
    const facts = { hostIP: '127.0.0.1', startTime: 0, containers: [waiting('main', 'PodInitializing')] };
    const pending = buildPodStatus({ metadata: { name: 'p' } }, { ...facts, initContainers: [exited('init', 0), running('init2', false)] }, 1_000);
    expect(pending.phase).to.equal('Pending');
    expect(pending.conditions!.find((c) => c.type === 'Initialized')).to.include({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init2]' });
    expect(pending.initContainerStatuses!.map((c) => c.name)).to.deep.equal(['init', 'init2']);
    const failed = buildPodStatus({ metadata: { name: 'p' }, spec: { restartPolicy: 'Never', containers: [] } }, { ...facts, initContainers: [exited('init', 1)] }, 1_000);
    expect(failed.phase).to.equal('Failed');
  });

  it('reports the last termination of a restarted container', () => {
    const facts: ContainerFacts = { ...waiting('a', 'CrashLoopBackOff', 2), lastTerminated: { kind: 'terminated', exitCode: 1, signal: 'SIGKILL', reason: 'Error', startedAt: 1_000, finishedAt: 2_000 } };
    const status = buildPodStatus({ metadata: { name: 'p' } }, { hostIP: '127.0.0.1', startTime: 0, containers: [facts] }, 3_000);
    expect(status.containerStatuses![0]!.lastState!.terminated).to.include({ exitCode: 1, signal: 9, reason: 'Error' });
    expect(status.containerStatuses![0]!.state!.waiting).to.include({ reason: 'CrashLoopBackOff' });
    expect(status.containerStatuses![0]!.restartCount).to.equal(2);
  });
});
