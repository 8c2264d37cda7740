import { expect } from 'chai';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { google } from '../gen/index.ts';
import { decodeProfile } from '../pprof/decoder.ts';
import { PROFILES_DIR } from '../pprof/testdata.ts';
import { ApiError } from '../util/errors.ts';
import { compactProfile, decodedToPprof, encodeProfile, mergeProfiles, ProfileMerger } from './pprof-merge.ts';
import { addDecodedProfile, treeFromPprof } from './profile-tree.ts';
import { StackTree } from './stack-tree.ts';

type Profile = google.v1.Profile.$Properties;

function raw(file: string): Uint8Array {
  const b = fs.readFileSync(path.join(PROFILES_DIR, file));
  return b[0] === 0x1f && b[1] === 0x8b ? zlib.gunzipSync(b) : b;
}
const load = (file: string): Profile => google.v1.Profile.decode(raw(file));

function totals(p: Profile): number[] {
  const out = (p.sampleType ?? []).map(() => 0);
  for (const s of p.sample ?? []) (s.value ?? []).forEach((v, i) => (out[i]! += Number(v)));
  return out;
}

function stacks(t: StackTree): Record<string, number> {
  const out: Record<string, number> = {};
  t.forEachStack((s, v) => (out[s.join(';')] = v));
  return out;
}

/** A tiny profile: stacks of function names (root first) with one value each. */
function tiny(samples: [string, number][], labels: [string, string][] = []): Profile {
  const strings = ['', 'cpu', 'nanoseconds'];
  const sid = (s: string): number => {
    const i = strings.indexOf(s);
    return i >= 0 ? i : strings.push(s) - 1;
  };
  const fns = new Map<string, number>();
  const fid = (name: string): number => {
    if (!fns.has(name)) fns.set(name, fns.size + 1);
    return fns.get(name)!;
  };
  const sample = samples.map(([stack, v]) => ({
    locationId: stack.split(';').reverse().map(fid),
    value: [v],
    label: labels.map(([k, val]) => ({ key: sid(k), str: sid(val) })),
  }));
  return {
    sampleType: [{ type: 1, unit: 2 }],
    sample,
    function: [...fns].map(([name, id]) => ({ id, name: sid(name) })),
    location: [...fns].map(([, id]) => ({ id, line: [{ functionId: id, line: 1 }] })),
    stringTable: strings,
    timeNanos: 100,
    durationNanos: 10,
    period: 1,
  };
}

describe('mergeProfiles', () => {
  it('merging a real profile with itself doubles every total and keeps the tables the same size', () => {
    const p = load('go-heap.pb.gz');
    const m = mergeProfiles([p, load('go-heap.pb.gz')]);
    expect(totals(m)).to.deep.equal(totals(p).map((t) => 2 * t));
    expect(m.function?.length).to.be.at.most(p.function?.length ?? 0);
    expect(m.location?.length).to.be.at.most(p.location?.length ?? 0);
    expect(m.sample?.length).to.be.at.most(p.sample?.length ?? 0);
  });

  it('the merged profile is valid pprof: pprof-format decodes it to the same totals', () => {
    const m = mergeProfiles([load('java-cpu.pprof'), load('java-cpu.pprof')]);
    const back = PprofProfile.decode(encodeProfile(m));
    const sum = back.sample.reduce((s, x) => s + Number(x.value[0]), 0);
    expect(sum).to.equal(totals(m)[0]);
    expect(back.stringTable.strings[0]).to.equal('');
  });

  it('the flame graph of a merge equals the sum of the flame graphs', () => {
    const a = load('cpu_go_truncated_1.pb.gz');
    const b = load('go-cpu.pb.gz');
    const merged = treeFromPprof(mergeProfiles([a, b]), 1);
    const summed = treeFromPprof(a, 1);
    treeFromPprof(b, 1, summed);
    expect(stacks(merged)).to.deep.equal(stacks(summed));
  });

  it('samples with identical stacks and labels are summed; different labels stay apart', () => {
    const m = mergeProfiles([tiny([['a;b', 1]], [['span', 'x']]), tiny([['a;b', 2]], [['span', 'x']]), tiny([['a;b', 4]], [['span', 'y']])]);
    expect((m.sample ?? []).map((s) => s.value)).to.have.deep.members([[3], [4]]);
    expect(m.timeNanos).to.equal(100);
    expect(m.durationNanos).to.equal(30);
  });

  it('refuses to merge profiles whose sample types differ', () => {
    expect(() => mergeProfiles([load('go-cpu.pb.gz'), load('java-cpu.pprof')]))
      .to.throw(ApiError, /different sample types: \[samples:count,cpu:nanoseconds\] and \[cpu:nanoseconds\]/)
      .with.property('code', 'invalid_argument');
  });

  it('rejects a sample that refers to a location the profile does not have', () => {
    const p = tiny([['a', 1]]);
    p.sample![0]!.locationId = [99];
    expect(() => mergeProfiles([p])).to.throw(ApiError, /unknown location 99/);
  });

  it('max_nodes folds light call paths into "other" and keeps the total', () => {
    const p = load('go-heap.pb.gz');
    const m = mergeProfiles([p], 50);
    expect(totals(m)).to.deep.equal(totals(p));
    const t = treeFromPprof(m, 1);
    expect(t.size()).to.be.below(treeFromPprof(p, 1).size());
    expect(Object.keys(stacks(t)).some((s) => s.endsWith('other'))).to.equal(true);
    // the tables shrink with the samples: only what a kept sample uses remains
    const used = new Set((m.sample ?? []).flatMap((x) => x.locationId ?? []).map(Number));
    expect(m.location?.length).to.equal(used.size);
    expect(m.location?.length).to.be.below(p.location?.length ?? 0);
    expect(m.stringTable?.length).to.be.below(p.stringTable?.length ?? 0);
  });

  it('compacting keeps every stack and value but drops unused table rows', () => {
    const p = tiny([['a;b', 1], ['a;c', 2]]);
    p.function!.push({ id: 99, name: p.stringTable!.push('unused') - 1 });
    const c = compactProfile(p);
    expect(stacks(treeFromPprof(c))).to.deep.equal(stacks(treeFromPprof(p)));
    expect(c.function).to.have.length(3);
    expect(c.stringTable).not.to.include('unused');
  });

  it('merging is associative on totals and on stacks', () => {
    const sample = fc.tuple(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 4 }).map((s) => s.join(';')), fc.integer({ min: 1, max: 100 }));
    const prof = fc.array(sample, { minLength: 1, maxLength: 6 }).map((s) => tiny(s));
    fc.assert(
      fc.property(prof, prof, prof, (a, b, c) => {
        const left = mergeProfiles([mergeProfiles([a, b]), c]);
        const right = mergeProfiles([a, mergeProfiles([b, c])]);
        expect(totals(left)).to.deep.equal(totals(right));
        expect(stacks(treeFromPprof(left))).to.deep.equal(stacks(treeFromPprof(right)));
      }),
      { numRuns: 60 },
    );
  });

  it('a profile whose functions have no IDs (a .NET agent) refers to them by position, and names resolve', () => {
    const p = load('dotnet-pprof-3.pb.gz');
    const m = mergeProfiles([p, p]);
    expect(totals(m)).to.deep.equal(totals(p).map((t) => 2 * t));
    const t = treeFromPprof(m, 0);
    expect(t.total).to.equal(totals(p)[0]! * 2);
    const names = new Set<string>();
    t.forEachStack((s) => s.forEach((x) => names.add(x)));
    expect(names.has('')).to.equal(false);
  });

  it('counts the profiles it merged', () => {
    const m = new ProfileMerger();
    m.add(tiny([['a', 1]]));
    m.add(tiny([['a', 1]]));
    expect(m.count).to.equal(2);
  });
});

describe('decodedToPprof', () => {
  for (const file of ['go-heap.pb.gz', 'dotnet.labels.pprof', 'dotnet-pprof-3.pb.gz', 'python-cpu.pprof', 'no_addr_no_line.pb.gz']) {
    it(`keeps the chosen sample type of ${file} with the same totals and stacks`, () => {
      const bytes = raw(file);
      const decoded = decodeProfile(bytes);
      const ref = PprofProfile.decode(bytes);
      // the first and the last sample type: enough to catch an offset error, cheap enough for 6-type profiles
      for (const st of new Set([0, decoded.sampleTypes.length - 1])) {
        const p = decodedToPprof(decoded, st);
        expect(p.sampleType).to.have.length(1);
        const want = ref.sample.reduce((s, x) => s + Number(x.value[st] ?? 0), 0);
        expect(totals(p)[0] ?? 0, `sample type ${st}`).to.equal(want);
        const direct = new StackTree();
        addDecodedProfile(direct, decoded, st);
        expect(stacks(treeFromPprof(p))).to.deep.equal(stacks(direct));
      }
    });
  }

  it('a sample filter keeps only the chosen samples', () => {
    const decoded = decodeProfile(raw('go-heap.pb.gz'));
    const p = decodedToPprof(decoded, 1, (i) => i % 2 === 0);
    let want = 0;
    for (let i = 0; i < decoded.sampleCount; i += 2) want += decoded.values[i * decoded.sampleTypes.length + 1]!;
    expect(totals(p)[0]).to.equal(want);
  });

  it('a sample type that does not exist is an error', () => {
    expect(() => decodedToPprof(decodeProfile(raw('go-cpu.pb.gz')), 5)).to.throw(RangeError, /sample type 5 does not exist/);
  });
});
