// By order, not time: whether other work runs between the slices of a large profile's append, and whether a
// query can see part of that profile.
import { expect } from 'chai';
import { loadTestProfiles } from '../../pprof/testdata.ts';
import { parseSelector } from '../../query/selector.ts';
import { selectProfiles } from '../read/select.ts';
import { normalizedFromPprof } from '../testutil.ts';
import type { NormalizedProfile } from '../../model/profile.ts';
import { Head } from './head.ts';
import { prepareAppend } from './staged-append.ts';

const T0 = 1_700_000_000_000;
const all = { start: 0, end: Number.MAX_SAFE_INTEGER };

describe('staged append of a large profile', () => {
  const corpus = loadTestProfiles();
  // The test profile with the most samples, cut into slices of 16: dozens of slices.
  const largest = [...corpus].sort((a, b) => sampleCount(b.raw) - sampleCount(a.raw))[0]!;
  const SLICE = 16;
  const profilesOf = (id: string, ts: number): NormalizedProfile[] => normalizedFromPprof(largest.raw, { id, timestampMs: ts, service: 'noisy' });

  it('answers another tenant\'s queries between its slices, and no query sees the profile before it is appended whole', async () => {
    const head = new Head(T0);
    head.append('noisy', profilesOf('first', T0)); // the tenant's head exists, as after its first push
    head.append('victim', normalizedFromPprof(corpus[0]!.raw, { id: 'v', timestampMs: T0, service: 'victim' }));
    const big = profilesOf('big', T0 + 1);
    expect(big[0]!.profile.sampleCount).to.be.greaterThan(SLICE * 4);
    const noisy = head.tenant('noisy')!;
    const victim = head.tenant('victim')!;
    const noisyProfiles = noisy.profileCount;
    const noisySamples = noisy.sampleCount;

    let prepared = false;
    const prepare = prepareAppend(head, 'noisy', big, SLICE).then(() => (prepared = true));
    // A query of the victim each turn of the event loop, as requests arriving while the append runs.
    let answeredWhilePreparing = 0;
    let sawPartOfIt = false;
    await new Promise<void>((resolve) => {
      const turn = (): void => {
        if (prepared) return resolve();
        const answer = selectProfiles(victim, victimTypeId(victim), parseSelector('{service_name="victim"}'), all);
        if ((answer.profiles ?? []).length > 0) answeredWhilePreparing++;
        if (noisy.profileCount !== noisyProfiles || noisy.sampleCount !== noisySamples) sawPartOfIt = true;
        setImmediate(turn);
      };
      setImmediate(turn);
    });
    await prepare;
    expect(answeredWhilePreparing, 'victim queries answered between the slices').to.be.greaterThan(1);
    expect(sawPartOfIt, 'a query saw samples or profiles of the noisy push before its append').to.equal(false);

    head.append('noisy', big);
    expect(noisy.profileCount).to.be.greaterThan(noisyProfiles);
    expect(noisy.sampleCount).to.be.greaterThan(noisySamples);
  });

  it('slices a tenant\'s first push into a new head too, and the part of the head it makes holds nothing until the append', async () => {
    const head = new Head(T0);
    const big = profilesOf('big', T0);
    let prepared = false;
    const prepare = prepareAppend(head, 'noisy', big, SLICE).then(() => (prepared = true));
    let turns = 0;
    let sawSome = false;
    await new Promise<void>((resolve) => {
      const turn = (): void => {
        if (prepared) return resolve();
        turns++;
        if ((head.tenant('noisy')?.profileCount ?? 0) > 0 || !head.isEmpty) sawSome = true;
        setImmediate(turn);
      };
      setImmediate(turn);
    });
    await prepare;
    expect(turns, 'turns of the event loop while it was prepared').to.be.greaterThan(1);
    expect(sawSome).to.equal(false);
    const added = head.append('noisy', big);
    expect(added).to.be.greaterThan(0);
    expect(head.tenant('noisy')!.profileCount).to.equal(added);
  });

  it('stores the same symbols, stacks and samples as an append done in one step', async () => {
    const pushes = [0, 1, 2].map((i) => profilesOf(`p${i}`, T0 + i));
    const oneStep = new Head(T0);
    const staged = new Head(T0);
    for (const ps of pushes) {
      oneStep.append('t', ps);
      // Copies (as from a decode worker): the staged head cannot reuse a remap keyed by the same objects.
      const copy = structuredClone(ps);
      await prepareAppend(staged, 't', copy, SLICE);
      staged.append('t', copy);
    }
    const a = oneStep.tenant('t')!;
    const b = staged.tenant('t')!;
    expect(b.strings).to.deep.equal(a.strings);
    expect(b.functions).to.deep.equal(a.functions);
    expect(b.locations).to.deep.equal(a.locations);
    expect(b.stackCount).to.equal(a.stackCount);
    expect(b.stackParent.subarray(0, b.stackCount)).to.deep.equal(a.stackParent.subarray(0, a.stackCount));
    expect(b.stackLocation.subarray(0, b.stackCount)).to.deep.equal(a.stackLocation.subarray(0, a.stackCount));
    expect(b.sampleCount).to.equal(a.sampleCount);
    expect(b.sampleStack.subarray(0, b.sampleCount)).to.deep.equal(a.sampleStack.subarray(0, a.sampleCount));
    expect(b.sampleValue.subarray(0, b.sampleCount)).to.deep.equal(a.sampleValue.subarray(0, a.sampleCount));
    expect(b.profileTotal).to.deep.equal(a.profileTotal);
  });
});

function sampleCount(raw: Uint8Array): number {
  return normalizedFromPprof(raw, { id: 'count', timestampMs: T0, service: 's' })[0]?.profile.sampleCount ?? 0;
}

/** The victim's first profile type, as its series carry it. */
function victimTypeId(head: { series: readonly { labels: readonly { name: string; value: string }[] }[] }): string {
  return head.series[0]!.labels.find((l) => l.name === '__profile_type__')!.value;
}
