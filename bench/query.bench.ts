// Query engine figures: flame graph build over a large merged tree, selector matching rate, pprof merge
// throughput on the real profiles, and the de-duplication of three replicas' listings.
// Prints JSON lines {"name","value","unit"}; times are CPU ms of this process (wall_ms alongside), rates are
// per CPU second. Run with `node --import tsx bench/query.bench.ts`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { google } from '../ingester/src/gen/index.ts';
import { PROFILES_DIR } from '../ingester/src/pprof/testdata.ts';
import { assignReplicas, type SourceProfiles } from '../ingester/src/query/dedup.ts';
import { aggregateSeries } from '../ingester/src/query/series.ts';
import { toFlameGraph, toTreeBytes } from '../ingester/src/query/flamegraph.ts';
import { encodeProfile, mergeProfiles } from '../ingester/src/query/pprof-merge.ts';
import { treeFromPprof } from '../ingester/src/query/profile-tree.ts';
import { matchesSelector, parseSelector } from '../ingester/src/query/selector.ts';
import { StackTree } from '../ingester/src/query/stack-tree.ts';

function emit(name: string, value: number, unit: string, extra: Record<string, number> = {}): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, ...extra, wall_ms: Number(lastWallMs.toPrecision(4)) }));
}

/**
 * Runs fn repeatedly for at least minMs and returns milliseconds per run: CPU time of this process (user +
 * system), because the benchmark machine is shared and wall time swings with other processes' load. The
 * wall time of the last measurement is kept in lastWallMs.
 */
let lastWallMs = 0;
function timePerRun(fn: () => void, minMs = 500, warmUp = true): number {
  if (warmUp) fn();
  let runs = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  do {
    fn();
    runs++;
  } while (performance.now() - start < minMs);
  const cpu = process.cpuUsage(cpu0);
  lastWallMs = (performance.now() - start) / runs;
  return (cpu.user + cpu.system) / 1000 / runs;
}

// A deterministic pseudo-random stream so that runs are comparable.
let seed = 42;
const rand = (n: number): number => {
  // xorshift32
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};

// 1. Flame graphs over 100,000 stacks of depth 8–24 over 2,000 function names, in two shapes:
//    "callgraph": each function calls one of 4 fixed callees, the first far more often (shared prefixes, as
//    in real merged profiles); "random": every frame random (worst case, about a million nodes).
const names = Array.from({ length: 2000 }, (_, i) => `github.com/acme/service/pkg${i % 37}.Function${i}`);
function callgraphStack(): string[] {
  const depth = 8 + rand(17);
  const stack: string[] = [];
  let f = rand(3);
  for (let d = 0; d < depth; d++) {
    stack.push(names[f]!);
    const r = rand(100);
    const pick = r < 70 ? 0 : r < 90 ? 1 : r < 97 ? 2 : 3;
    f = (f * 7 + pick * 131 + 1) % names.length;
  }
  return stack;
}
function randomStack(): string[] {
  const depth = 8 + rand(17);
  const stack: string[] = [];
  for (let d = 0; d < depth; d++) stack.push(names[d < 4 ? rand(3) + d * 3 : rand(names.length)]!);
  return stack;
}
for (const [shape, gen] of [['callgraph', callgraphStack], ['random', randomStack]] as const) {
  const stacks = Array.from({ length: 100_000 }, gen);
  let tree = new StackTree();
  // Large enough to warm the JIT by itself: one run.
  const insertMs = timePerRun(() => {
    tree = new StackTree();
    for (const s of stacks) tree.addStack(s, 1 + (s.length % 13));
  }, 0, false);
  emit(`query.stack_tree.insert_100k_stacks_${shape}`, insertMs, 'ms', { nodes: tree.size() });
  emit(`query.flamegraph.build_100k_stacks_${shape}_max_nodes_8192`, timePerRun(() => toFlameGraph(tree, 8192), 1000), 'ms');
  emit(`query.flamegraph.build_100k_stacks_${shape}_unlimited`, timePerRun(() => toFlameGraph(tree, 0), 0), 'ms');
  emit(`query.tree_bytes.build_100k_stacks_${shape}_max_nodes_8192`, timePerRun(() => toTreeBytes(tree, 8192), 1000), 'ms');
  const response = tree.toMergeResponse();
  emit(`query.stack_tree.rebuild_from_merge_response_${shape}`, timePerRun(() => StackTree.fromMergeResponses([response]), 0, false), 'ms', { stacks: response.stacks?.length ?? 0 });
}

// 2. Selector matching per second, over series of 8 labels.
const seriesLabels = Array.from({ length: 10_000 }, (_, i) =>
  [
    ['__name__', 'process_cpu'],
    ['__profile_type__', 'process_cpu:cpu:nanoseconds:cpu:nanoseconds'],
    ['env', i % 3 === 0 ? 'prod' : 'staging'],
    ['namespace', `ns-${i % 20}`],
    ['pod', `checkout-${i}`],
    ['region', `eu-${i % 4}`],
    ['service_name', `svc-${i % 50}`],
    ['version', `v${i % 7}`],
  ].map(([name, value]) => ({ name: name!, value: value! })),
);
for (const [label, sel] of [
  ['equality', '{service_name="svc-7", env="prod"}'],
  ['regex', '{service_name=~"svc-(1|2|3).*", pod!~"checkout-9.*"}'],
] as const) {
  const matchers = parseSelector(sel);
  let matched = 0;
  const ms = timePerRun(() => {
    for (const l of seriesLabels) if (matchesSelector(matchers, l)) matched++;
  });
  emit(`query.selector.match_${label}`, (seriesLabels.length / ms) * 1000, 'series/s', { matched: matched > 0 ? 1 : 0 });
}

// 3. pprof merge throughput on the real profiles, per sample-type group (same-type profiles only).
const byType = new Map<string, { profile: google.v1.Profile; bytes: number }[]>();
for (const file of fs.readdirSync(PROFILES_DIR).filter((f) => !f.endsWith('.tsv'))) {
  let raw: Buffer = fs.readFileSync(path.join(PROFILES_DIR, file));
  if (raw[0] === 0x1f && raw[1] === 0x8b) raw = zlib.gunzipSync(raw);
  let profile: google.v1.Profile;
  try {
    profile = google.v1.Profile.decode(raw);
  } catch {
    continue;
  }
  const st = profile.stringTable;
  const key = profile.sampleType.map((t) => `${st[Number(t.type)]}:${st[Number(t.unit)]}`).join(',');
  const list = byType.get(key) ?? [];
  list.push({ profile, bytes: raw.length });
  byType.set(key, list);
}
const corpus = [...byType.values()];
const inputBytes = corpus.flat().reduce((s, p) => s + p.bytes, 0);
// Each group merged with itself 4 times over, as a querier merges replicas' and blocks' partial results.
const mergeMs = timePerRun(() => {
  for (const group of corpus) mergeProfiles([...group, ...group, ...group, ...group].map((p) => p.profile));
}, 2000);
emit('query.pprof_merge.throughput', (4 * inputBytes) / 1e6 / (mergeMs / 1000), 'MB/s', { input_mb: Number(((4 * inputBytes) / 1e6).toFixed(2)) });
const heap = byType.get('alloc_objects:count,alloc_space:bytes,inuse_objects:count,inuse_space:bytes') ?? [];
if (heap.length > 0) {
  const merged = mergeProfiles(heap.map((p) => p.profile));
  emit('query.pprof_merge.go_heap_max_nodes_1024', timePerRun(() => mergeProfiles([merged], 1024)), 'ms', { bytes_before: encodeProfile(merged).length, bytes_after: encodeProfile(mergeProfiles([merged], 1024)).length });
  emit('query.profile_tree.go_heap_tree', timePerRun(() => treeFromPprof(merged, 1)), 'ms');
}

// 4. De-duplication of three replicas listing 100,000 profiles each.
const listing = (source: string): SourceProfiles => ({
  source,
  series: [{ labels: [{ name: 'service_name', value: 'x' }] }],
  profiles: Array.from({ length: 100_000 }, (_, i) => ({ key: { seriesFingerprint: (i % 500).toString(16), timestamp: 1_700_000_000_000 + i, id: `id-${i}` }, value: i, seriesIndex: 0 })),
});
const replicas = ['ingester-0', 'ingester-1', 'ingester-2'].map(listing);
emit('query.dedup.assign_3x100k_profiles', timePerRun(() => assignReplicas(replicas), 1000), 'ms');

// 5. SelectSeries over the de-duplicated 100,000 profiles (one per ms over 100 s), in 10-second steps.
const { refs } = assignReplicas(replicas);
emit(
  'query.series.aggregate_100k_profiles',
  timePerRun(() => aggregateSeries(refs, { start: 1_700_000_000_000, end: 1_700_000_100_000, stepSeconds: 10, groupBy: ['service_name'], aggregation: 'sum' }), 1000),
  'ms',
);
