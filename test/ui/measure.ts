// The UI's speed figures, shared by its browser test and bench/ui.bench.ts, printed as `make bench` lines:
// - ui_interactive_ms: from navigation to the first flame graph and chart drawn (the page is usable), against
//   the same API calls made straight from Node (what the page cannot be faster than);
// - ui_flamegraph_draw_ms: drawing a flame graph of 8,192 frames (a redraw after a zoom or a search), against
//   one of 512 frames, in the same page. A 60 Hz frame is 16.7 ms.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Function as PprofFunction, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';
import type { BrowserContext } from 'playwright-core';
import { pushProfile } from '../cluster/harness.ts';
import { CPU_TYPE, uiUrl } from './harness.ts';
import type { FlameHost, PageGlobals } from './page-types.ts';

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

/**
 * A Go CPU profile with `leaves` distinct stacks: a fan-out tree (`fanout` children per frame) deep enough to
 * hold them, so a flame graph of it has about as many frames as the tree has nodes.
 */
export function wideProfile(leaves: number, fanout = 8, timeMs = Date.now()): Buffer {
  const strings = new StringTable();
  const fns: PprofFunction[] = [];
  const locs: Location[] = [];
  const location = (name: string): number => {
    const id = locs.length + 1;
    fns.push(new PprofFunction({ id, name: strings.dedup(name), systemName: strings.dedup(name), filename: strings.dedup('synthetic.go') }));
    locs.push(new Location({ id, line: [new Line({ functionId: id, line: 1 })] }));
    return id;
  };
  const samples: Sample[] = [];
  const depth = Math.max(1, Math.ceil(Math.log(leaves) / Math.log(fanout)));
  const ids = new Map<string, number>();
  for (let leaf = 0; leaf < leaves; leaf++) {
    const stack: number[] = [];
    let path = '';
    let rest = leaf;
    for (let d = 0; d < depth; d++) {
      path += `/${rest % fanout}`;
      rest = Math.floor(rest / fanout);
      let id = ids.get(path);
      if (id === undefined) {
        id = location(`pkg${d}.fn${path.replaceAll('/', '_')}`);
        ids.set(path, id);
      }
      stack.unshift(id); // pprof stacks are leaf first
    }
    samples.push(new Sample({ locationId: stack, value: [1, 10_000_000 * (1 + (leaf % 7))] }));
  }
  const profile = new Profile({
    sampleType: [new ValueType({ type: strings.dedup('samples'), unit: strings.dedup('count') }), new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') })],
    periodType: new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') }),
    period: 10_000_000,
    timeNanos: BigInt(timeMs) * 1_000_000n,
    sample: samples,
    location: locs,
    function: fns,
    stringTable: strings,
  });
  return gzipSync(profile.encode());
}

/** Pushes a profile wide enough for `nodes` flame-graph frames as service `service`. */
export async function pushWide(base: string, service: string, nodes: number): Promise<void> {
  // A tree of fan-out 8 with L leaves has about L × 8/7 nodes.
  await pushProfile(base, wideProfile(Math.ceil((nodes * 7) / 8)), { service_name: service }, randomUUID());
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function line(name: string, value: number, baseline: number, unit = 'ms'): BenchLine {
  const round = (x: number): number => Number(x.toPrecision(4));
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(baseline > 0 ? value / baseline : 0) };
}

async function apiCalls(base: string, query: string): Promise<number> {
  const started = performance.now();
  const now = Date.now();
  const range = { start: now - 3_600_000, end: now };
  const call = (method: string, body: unknown): Promise<Response> =>
    fetch(`${base}/querier.v1.QuerierService/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => {
      await r.arrayBuffer();
      return r;
    });
  await call('ProfileTypes', range);
  await call('LabelNames', { matchers: [], ...range });
  await Promise.all([
    call('SelectSeries', { profile_typeID: CPU_TYPE, label_selector: query, ...range, step: 36, group_by: [] }),
    call('SelectMergeStacktraces', { profile_typeID: CPU_TYPE, label_selector: query, ...range, max_nodes: 8192 }),
  ]);
  return performance.now() - started;
}

/**
 * Measures the page against a front holding services `wide-8192` and `wide-512` (pushWide). Each figure is
 * the median of `runs`.
 */
export async function measureUi(browser: BrowserContext, base: string, runs = 5): Promise<BenchLine[]> {
  const query = '{service_name="wide-8192"}';
  const interactive: number[] = [];
  const direct: number[] = [];
  const draw: Record<string, number[]> = { 'wide-8192': [], 'wide-512': [] };
  for (let i = 0; i < runs; i++) {
    direct.push(await apiCalls(base, query));
    const page = await browser.newPage();
    await page.goto(uiUrl(base, { type: CPU_TYPE, query }));
    await page.waitForSelector('body[data-state="ready"]', { state: 'attached' });
    interactive.push(await page.evaluate(() => (globalThis as unknown as PageGlobals).performance.getEntriesByName('ic-rendered')[0]?.startTime ?? NaN));
    for (const service of Object.keys(draw)) {
      if (service !== 'wide-8192') {
        await page.selectOption('[data-pane="left"] select.service', service);
        await page.waitForFunction((s) => {
          const g = globalThis as unknown as PageGlobals;
          return new URL(g.location.href).searchParams.get('query')?.includes(s) && g.document.body.dataset.state === 'ready';
        }, service);
      }
      // Redraws as a zoom or a search does, timed inside the page (median of 9).
      draw[service]!.push(await page.$eval('[data-testid="flame-main"]', (e) => {
        const view = (e as unknown as FlameHost).flameView!;
        const times = Array.from({ length: 9 }, () => view.draw()).sort((a, b) => a - b);
        return times[4]!;
      }));
    }
    await page.close();
  }
  return [
    line('ui_interactive_ms', median(interactive), median(direct)),
    line('ui_flamegraph_draw_8192_nodes_ms', median(draw['wide-8192']!), median(draw['wide-512']!)),
  ];
}
