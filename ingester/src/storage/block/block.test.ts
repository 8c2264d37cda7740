import { expect } from 'chai';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestProfiles } from '../../pprof/testdata.ts';
import { parseSelector } from '../../query/selector.ts';
import { Head } from '../head/head.ts';
import { MemoryBucket } from '../objstore/memory.ts';
import { mergeStacktraces } from '../read/merge.ts';
import { SpanFilter } from '../read/span-filter.ts';
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { labelValues, profilesToMerge, selectProfiles } from '../read/select.ts';
import { normalizedFromPprof, profileTypeIds } from '../testutil.ts';
import { META_FILE } from './meta.ts';
import { openBlock, type BlockReader } from './reader.ts';
import { blockPrefix, BucketBlockSource, LocalBlockSource } from './source.ts';
import { writeBlock } from './writer.ts';

const all = { start: 0, end: Number.MAX_SAFE_INTEGER };
const T0 = 1_700_000_000_000;

for (const version of [1, 2] as const) describe(`blocks (format version ${version})`, () => {
  let dir: string;
  const corpus = loadTestProfiles();
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'block-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // Built once: every test only reads it.
  let built: ReturnType<typeof buildHeadNow> | undefined;
  const buildHead = () => (built ??= buildHeadNow());
  const buildHeadNow = () => {
    const head = new Head(T0);
    corpus.forEach((f, i) => {
      head.append('t', normalizedFromPprof(f.raw, { id: `a-${i}`, timestampMs: T0 + i * 1000, service: f.name }));
      head.append('t', normalizedFromPprof(f.raw, { id: `b-${i}`, timestampMs: T0 + 500 + i * 1000, service: f.name }));
    });
    return head.tenant('t')!;
  };

  const stacksOf = (r: ReturnType<typeof mergeStacktraces>) => (r.stacks ?? []).map((s) => `${(s.nameIds ?? []).map((n) => r.names![n]).join(';')} ${s.value}`).sort();
  /** A merge read as the querier reads it (only the parts the profiles need), its stacks summed over the parts. */
  const partsStacks = async (block: BlockReader, profiles: number[], spans?: SpanFilter) => {
    const sums = new Map<string, number>();
    for (const part of await block.samplesFor(profiles)) {
      const r = mergeStacktraces(part.index, part.samples, part.profiles, spans);
      for (const s of r.stacks ?? []) {
        const path = (s.nameIds ?? []).map((n) => r.names![n]).join(';');
        sums.set(path, (sums.get(path) ?? 0) + Number(s.value));
      }
    }
    return [...sums].map(([path, v]) => `${path} ${v}`).sort();
  };

  /** The head's merges, each profile type of each service, equal the block's by range (samplesFor). */
  const samePartReads = async (head: IndexData & SampleData, block: BlockReader) => {
    const index = await block.index();
    for (const f of corpus) {
      for (const typeId of profileTypeIds(f.raw)) {
        const m = parseSelector(`{service_name="${f.name}"}`);
        const req = { selector: { profileTypeID: typeId }, keepAll: true };
        const spans = new SpanFilter(spanIdsOf(head).slice(0, 3));
        expect(await partsStacks(block, profilesToMerge(index, req, m, all)), `${f.name} ${typeId}`).to.deep.equal(stacksOf(mergeStacktraces(head, head, profilesToMerge(head, req, m, all))));
        expect(await partsStacks(block, profilesToMerge(index, req, m, all), spans)).to.deep.equal(stacksOf(mergeStacktraces(head, head, profilesToMerge(head, req, m, all), spans)));
      }
    }
  };

  const sameReads = (a: { index: IndexData; samples: SampleData }, b: { index: IndexData; samples: SampleData }) => {
    for (const f of corpus) {
      for (const typeId of profileTypeIds(f.raw)) {
        const m = parseSelector(`{service_name="${f.name}"}`);
        const pa = selectProfiles(a.index, typeId, m, all);
        const pb = selectProfiles(b.index, typeId, m, all);
        const key = (r: typeof pa) => (r.profiles ?? []).map((p) => `${p.key!.seriesFingerprint}/${p.key!.timestamp}/${p.key!.id}=${p.value}`).sort();
        expect(key(pb), `${f.name} ${typeId}`).to.deep.equal(key(pa));
        const req = { selector: { profileTypeID: typeId }, keepAll: true };
        const sa = mergeStacktraces(a.index, a.samples, profilesToMerge(a.index, req, m, all));
        const sb = mergeStacktraces(b.index, b.samples, profilesToMerge(b.index, req, m, all));
        const stacks = (r: typeof sa) => (r.stacks ?? []).map((s) => `${(s.nameIds ?? []).map((n) => r.names![n]).join(';')} ${s.value}`).sort();
        expect(stacks(sb)).to.deep.equal(stacks(sa));
        // The same span-filtered merge (SelectMergeSpanProfile) from the head and from the block.
        const spans = new SpanFilter(spanIdsOf(a.samples).slice(0, 3));
        expect(stacks(mergeStacktraces(b.index, b.samples, profilesToMerge(b.index, req, m, all), spans))).to.deep.equal(stacks(mergeStacktraces(a.index, a.samples, profilesToMerge(a.index, req, m, all), spans)));
      }
    }
  };

  /** Distinct span IDs (16 hex digits) found in the sample columns. */
  const spanIdsOf = (samples: SampleData): string[] => {
    const ids = new Set<string>();
    const hi = samples.sampleSpanHi ?? [];
    const lo = samples.sampleSpanLo ?? [];
    for (let i = 0; i < hi.length; i++) if (hi[i] || lo[i]) ids.add(hi[i]!.toString(16).padStart(8, '0') + lo[i]!.toString(16).padStart(8, '0'));
    return [...ids];
  };

  it('reads back from a local folder exactly what the head served', async () => {
    const head = buildHead();
    const meta = await writeBlock(head, head, { blocksDir: dir, tenant: 't', nowMs: T0, version });
    expect(meta.stats.profiles).to.equal(head.profileCount);
    expect(meta.minTime).to.equal(T0);
    expect(meta.version).to.equal(version);
    // go.cpu.labels.pprof's samples carry span IDs: version 1 keeps them in spans.bin, version 2 in the chunks.
    expect(spanIdsOf(head).length, 'span IDs in the corpus').to.be.greaterThan(0);
    expect(await readdir(join(dir, meta.ulid))).to.have.members(['index.bin', 'symbols.bin', 'samples.bin', ...(version === 1 ? ['spans.bin'] : []), 'meta.json']);
    const block = await openBlock(new LocalBlockSource(join(dir, meta.ulid)));
    sameReads({ index: head, samples: head }, { index: await block.index(), samples: await block.samples() });
    await samePartReads(head, block);
    const services = new Set<string>();
    labelValues(await block.index(), 'service_name', [], all, services);
    expect(services.size).to.equal(corpus.length);
  });

  it('reads the same block from a bucket', async () => {
    const head = buildHead();
    const meta = await writeBlock(head, head, { blocksDir: dir, tenant: 't', nowMs: T0, version });
    const bucket = new MemoryBucket();
    for (const name of await readdir(join(dir, meta.ulid))) await bucket.upload(blockPrefix('t', meta.ulid) + name, await readFile(join(dir, meta.ulid, name)));
    const block = await openBlock(new BucketBlockSource(bucket, blockPrefix('t', meta.ulid)));
    sameReads({ index: head, samples: head }, { index: await block.index(), samples: await block.samples() });
    await samePartReads(head, await openBlock(new BucketBlockSource(bucket, blockPrefix('t', meta.ulid))));
  });

  it('refuses a file that does not match meta.json', async () => {
    const head = buildHead();
    const meta = await writeBlock(head, head, { blocksDir: dir, tenant: 't', nowMs: T0, version });
    const path = join(dir, meta.ulid, 'index.bin');
    const data = await readFile(path);
    data[data.length - 1] = data[data.length - 1]! ^ 0xff;
    await writeFile(path, data);
    const block = await openBlock(new LocalBlockSource(join(dir, meta.ulid)));
    let error: Error | undefined;
    await block.index().catch((e: Error) => (error = e));
    expect(error?.message).to.match(/index.bin does not match meta.json/);
  });

  if (version === 2) it('refuses a chunk read by range whose bytes do not match its CRC-32 in index.bin', async () => {
    const head = buildHead();
    const meta = await writeBlock(head, head, { blocksDir: dir, tenant: 't', nowMs: T0, version });
    const path = join(dir, meta.ulid, 'samples.bin');
    const data = await readFile(path);
    data[data.length - 1] = data[data.length - 1]! ^ 0xff;
    await writeFile(path, data);
    const block = await openBlock(new LocalBlockSource(join(dir, meta.ulid)));
    const index = await block.index();
    const last = index.profileCount - 1;
    let error: Error | undefined;
    await block.samplesFor([last]).catch((e: Error) => (error = e));
    expect(error?.message).to.match(/samples\.bin chunk \d+ does not match its CRC-32 in index\.bin/);
    // A chunk untouched by the damage still reads.
    expect(await block.samplesFor([0])).to.have.length(1);
  });

  it('compresses a head of repeated profiles far below the gzip\'d pprofs', async () => {
    const head = new Head(T0);
    let gzipBytes = 0;
    const raw = corpus.find((f) => f.name === 'go-heap.pprof')!.raw;
    const normalized = normalizedFromPprof(raw, { id: 'p', timestampMs: T0, service: 'svc' });
    for (let i = 0; i < 20; i++) {
      head.append('t', normalized.map((p) => ({ ...p, id: `p-${i}`, timestampMs: T0 + i * 15_000 })));
      gzipBytes += raw.length;
    }
    const meta = await writeBlock(head.tenant('t')!, head.tenant('t')!, { blocksDir: dir, tenant: 't', nowMs: T0, version });
    const blockBytes = meta.files.reduce((a, f) => a + f.size, 0) + (await readFile(join(dir, meta.ulid, META_FILE))).length;
    expect(blockBytes / gzipBytes).to.be.lessThan(0.5);
  });
});
