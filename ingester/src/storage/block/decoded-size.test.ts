// The querier's block cache is bounded in bytes by these estimates (roles/querier/bucket-reader.ts): they must
// not undercount what the decoded structures really hold, or the cache's setting does not bound the heap.
// Measured with V8's own accounting: many decoded copies held at once, the heap (and typed arrays' stores)
// compared after full GCs.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { PROFILES_DIR } from '../../pprof/testdata.ts';
import { Head } from '../head/head.ts';
import { normalizedFromPprof } from '../testutil.ts';
import { encodeBlockV2, decodeIndexV2, decodePartitionSymbols } from './format-v2.ts';
import { indexBytes, symbolsBytes } from './decoded-size.ts';
import { SYMBOLS_FILE, INDEX_FILE } from './format.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap held by what `make` returns, per copy: `copies` made and held, the heap compared after full GCs. */
function heldPerCopy(make: () => unknown, copies: number): number {
  gc();
  gc();
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers; // typed arrays' stores are outside the heap
  const before = used();
  const held: unknown[] = [];
  for (let i = 0; i < copies; i++) held.push(make());
  gc();
  gc();
  const after = used();
  expect(held).to.have.length(copies);
  return (after - before) / copies;
}

describe('decoded block sizes, as the querier\'s cache counts them', function () {
  this.timeout(60_000);
  // A block of many series and services from real profiles (each service its own symbol partition).
  const head = new Head(0);
  const names = ['go-cpu.pb.gz', 'pyspy-1.pb.gz', 'java-cpu.pprof', 'nodejs-cpu.pprof', 'ruby-cpu.pprof'];
  for (const [k, name] of names.entries()) {
    const raw = readFileSync(path.join(PROFILES_DIR, name));
    for (let i = 0; i < 40; i++) {
      head.append('t', normalizedFromPprof(raw, { id: `${k}-${i}`, timestampMs: 1_700_000_000_000 + i * 10_000, service: `svc-${k}`, extra: [{ name: 'pod', value: `pod-${i % 8}` }] }));
    }
  }
  const tenant = head.tenant('t')!;
  const files = encodeBlockV2(tenant, tenant).files;
  const indexFile = files.get(INDEX_FILE)!;
  const symbolsFile = files.get(SYMBOLS_FILE)!;
  const index = decodeIndexV2(indexFile);

  it('a decoded index takes no more heap than its estimate', () => {
    const actual = heldPerCopy(() => decodeIndexV2(indexFile), 50);
    const estimate = indexBytes(index);
    expect(estimate, `estimate ${estimate} B, held ${Math.round(actual)} B`).to.be.at.least(actual);
  });

  it('a partition\'s decoded symbols take no more heap than their estimate', () => {
    const part = index.partitions.reduce((a, b) => (b.length > a.length ? b : a));
    const section = symbolsFile.subarray(part.offset, part.offset + part.length);
    const tables = decodePartitionSymbols(section, 'test');
    const actual = heldPerCopy(() => decodePartitionSymbols(section, 'test'), 20);
    const estimate = symbolsBytes(tables);
    expect(estimate, `estimate ${estimate} B, held ${Math.round(actual)} B`).to.be.at.least(actual);
  });
});
