// By order, not time: whether other work runs between the slices of a large profile's append, and whether a
// query can see part of that profile.
import { expect } from 'chai';
import { loadTestProfiles } from '../../pprof/testdata.ts';
import { parseSelector } from '../../query/selector.ts';
import { selectProfiles } from '../read/select.ts';
import { normalizedFromPprof } from '../testutil.ts';
import type { NormalizedProfile } from '../../model/profile.ts';
import { Head } from './head.ts';
import { expectSameContents } from './same-contents.ts';
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

    // A query of the victim each turn of the event loop, as requests arriving while the append runs.
    let answeredWhilePreparing = 0;
    let sawPartOfIt = false;
    await eachTurnUntil(prepareAppend(head, 'noisy', big, SLICE), () => {
      const answer = selectProfiles(victim, victimTypeId(victim), parseSelector('{service_name="victim"}'), all);
      if ((answer.profiles ?? []).length > 0) answeredWhilePreparing++;
      if (noisy.profileCount !== noisyProfiles || noisy.sampleCount !== noisySamples) sawPartOfIt = true;
    });
    expect(answeredWhilePreparing, 'victim queries answered between the slices').to.be.greaterThan(1);
    expect(sawPartOfIt, 'a query saw samples or profiles of the noisy push before its append').to.equal(false);

    head.append('noisy', big);
    expect(noisy.profileCount).to.be.greaterThan(noisyProfiles);
    expect(noisy.sampleCount).to.be.greaterThan(noisySamples);
  });

  it('slices a tenant\'s first push into a new head too, and the part of the head it makes holds nothing until the append', async () => {
    const head = new Head(T0);
    const big = profilesOf('big', T0);
    let turns = 0;
    let sawSome = false;
    await eachTurnUntil(prepareAppend(head, 'noisy', big, SLICE), () => {
      turns++;
      if ((head.tenant('noisy')?.profileCount ?? 0) > 0 || !head.isEmpty) sawSome = true;
    });
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
    expectSameContents(staged.tenant('t')!, oneStep.tenant('t')!);
  });
});

/** Runs `each` once per turn of the event loop (setImmediate) until `done` settles, and waits for it. */
async function eachTurnUntil(done: Promise<void>, each: () => void): Promise<void> {
  let settled = false;
  const finished = done.finally(() => (settled = true));
  await new Promise<void>((resolve) => {
    const turn = (): void => {
      if (settled) return resolve();
      each();
      setImmediate(turn);
    };
    setImmediate(turn);
  });
  await finished;
}

function sampleCount(raw: Uint8Array): number {
  return normalizedFromPprof(raw, { id: 'count', timestampMs: T0, service: 's' })[0]?.profile.sampleCount ?? 0;
}

/** The victim's first profile type, as its series carry it. */
function victimTypeId(head: { series: readonly { labels: readonly { name: string; value: string }[] }[] }): string {
  return head.series[0]!.labels.find((l) => l.name === '__profile_type__')!.value;
}
