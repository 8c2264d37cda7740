// Hostile-input figures (issue 14), printed as JSON lines {"name","value","unit","baseline","ratio"[,"aim","met"]}: each
// figure while an attack runs, against the same figure with no attack, measured in the same run.
// Run: `node --import tsx bench/hostile.bench.ts` (BENCH_SCALE=0.3 for a quick run).
//
// A real local cluster (-target=local-cluster: a front with the distributor and querier, 3 ingesters):
// - the front's event-loop delay p99 (perf_hooks monitorEventLoopDelay, which prom-client's
//   nodejs_eventloop_lag_p99_seconds reads and resets at each scrape of /metrics) over a window in which
//   another tenant keeps sending the worst request the limits accept (a 16,000-sample profile, Pyroscope's
//   -validation.max-profile-stacktrace-samples), against a window of ordinary pushes only;
// - the same for the ingesters (the worst of the three);
// - a victim tenant's push latency p99 and p50, and its flame-graph query p99 and p50, while another tenant
//   floods, against the victim alone; the p99s carry the aim (within 2×) and whether it was met.
// Quiet and attacked phases alternate (ROUNDS), so that a shared machine's drifting load weighs on both.
import { startLocalCluster } from '../test/adversarial/local-cluster.ts';
import { gzip, pprof, pushRequest } from '../test/adversarial/payloads.ts';

const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const VICTIM_PUSHES = Math.max(30, Math.round(150 * SCALE));
const ATTACKERS = 2;
/**
 * Quiet and attacked phases alternate this many times (each with its share of the victim's pushes), so that a
 * shared machine's load, which drifts over minutes, weighs on both alike instead of on whichever ran later.
 */
const ROUNDS = 2;

/** One figure against its baseline; with `aim`, whether the ratio is within it (issue 14: within 2× of normal). */
function emit(name: string, value: number, unit: string, baseline: number, aim?: number): void {
  const ratio = Number((value / baseline).toPrecision(3));
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit, baseline: Number(baseline.toPrecision(4)), ratio, ...(aim === undefined ? {} : { aim: `ratio <= ${aim}`, met: ratio <= aim }) }));
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

/** The worst push the default limits accept: 16,000 samples (the most), 32 frames deep over 4,000 functions. */
function worstAccepted(): Uint8Array {
  const samples = Array.from({ length: 16_000 }, (_, s) => ({ stack: Array.from({ length: 32 }, (_, d) => `fn_${(s * 7 + d * 131) % 4000}`), value: 1 + (s % 97) }));
  return pushRequest([{ labels: { __name__: 'process_cpu', service_name: 'noisy' }, profiles: [gzip(pprof({ samples }))] }]);
}

async function main(): Promise<void> {
  // BENCH_CLUSTER_ARGS: more flags for the cluster (e.g. -distributor.ingester-push-stream=false to compare).
  const cluster = await startLocalCluster({ extraArgs: (process.env['BENCH_CLUSTER_ARGS'] ?? '').split(' ').filter(Boolean) });
  try {
    const front = cluster.front;
    const send = async (body: Uint8Array, tenant: string): Promise<number> => {
      const t0 = performance.now();
      const res = await fetch(`${front}/push.v1.PusherService/Push`, { method: 'POST', body, headers: { 'content-type': 'application/proto', 'x-scope-orgid': tenant } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`push as ${tenant}: HTTP ${res.status} ${text.slice(0, 300)}`);
      return performance.now() - t0;
    };
    /** The attacker's pushes: refusals (429, 503) are counted by status and reason, not fatal. */
    const refusedBy = new Map<string, number>();
    const attack = (body: Uint8Array): Promise<unknown> =>
      send(body, 'noisy').catch((err: Error) => {
        const m = /HTTP (\d+) (.*)/s.exec(err.message);
        const reason = !m ? err.message.slice(0, 40) : `${m[1]} ${/limit (-?[\w.-]+)/.exec(m[2]!)?.[1] ?? m[2]!.slice(0, 40)}`;
        refusedBy.set(reason, (refusedBy.get(reason) ?? 0) + 1);
      });
    const victimBody = (i: number) => pushRequest([{ labels: { __name__: 'process_cpu', service_name: `victim-${i % 5}` }, profiles: [pprof({ samples: [{ stack: ['main', 'serve', `handler${i % 7}`], value: 10 }] })] }]);
    /** Scrapes /metrics (which resets the event-loop histogram) and returns the lag p99 since the last scrape, ms. */
    const loopP99Of = async (base: string): Promise<number> => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return Number(/^nodejs_eventloop_lag_p99_seconds (\S+)/m.exec(text)?.[1] ?? NaN) * 1000;
    };
    const loopP99 = (): Promise<number> => loopP99Of(front);
    /** The same for the ingesters (each appends every push it receives): the worst of them. */
    const ingesters = cluster.ingesterHttpPorts.map((port) => `http://127.0.0.1:${port}`);
    const ingesterLoopP99 = async (): Promise<number> => Math.max(...(await Promise.all(ingesters.map(loopP99Of))));
    const victimQuery = async (): Promise<number> => {
      const t0 = performance.now();
      const body = JSON.stringify({ profile_typeID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', label_selector: '{}', start: Date.now() - 3_600_000, end: Date.now() + 60_000 });
      const res = await fetch(`${front}/querier.v1.QuerierService/SelectMergeStacktraces`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-scope-orgid': 'victim' } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`victim query: HTTP ${res.status}`);
      return performance.now() - t0;
    };
    /**
     * The victim's pushes one after another, and its flame-graph queries one after another alongside them until
     * the pushes are done: push and query latencies, ms. Queries run in their own loop (not one after every fifth
     * push) so that a phase has a hundred or more of them: a p99 over 30 is their maximum, one unlucky scheduling
     * slice on a shared machine.
     */
    const victimRun = async (count: number): Promise<{ pushes: number[]; queries: number[] }> => {
      const pushes: number[] = [];
      const queries: number[] = [];
      let pushing = true;
      const querying = (async () => {
        while (pushing) queries.push(await victimQuery());
      })();
      try {
        for (let i = 0; i < count; i++) pushes.push(await send(victimBody(i), 'victim'));
      } finally {
        pushing = false;
        await querying;
      }
      return { pushes, queries };
    };

    // Warm up both request shapes (JIT, connections, series creation).
    const worst = worstAccepted();
    for (let i = 0; i < 20; i++) await send(victimBody(i), 'victim');
    for (let i = 0; i < 3; i++) await attack(worst);

    // Rounds of: no attack (the victim alone), then an attack (ATTACKERS connections send the worst accepted push
    // back to back while the victim pushes and queries). Event-loop delay: the worst window of each kind.
    const quiet = { pushes: [] as number[], queries: [] as number[], loop: 0, ingesterLoop: 0 };
    const noisy = { pushes: [] as number[], queries: [] as number[], loop: 0, ingesterLoop: 0 };
    let attackPushes = 0;
    const phase = async (into: typeof quiet): Promise<void> => {
      await Promise.all([loopP99(), ingesterLoopP99()]);
      const run = await victimRun(Math.ceil(VICTIM_PUSHES / ROUNDS));
      const [loop, ingesterLoop] = await Promise.all([loopP99(), ingesterLoopP99()]);
      into.pushes.push(...run.pushes);
      into.queries.push(...run.queries);
      into.loop = Math.max(into.loop, loop);
      into.ingesterLoop = Math.max(into.ingesterLoop, ingesterLoop);
    };
    for (let round = 0; round < ROUNDS; round++) {
      await phase(quiet);
      let attacking = true;
      const attackers = Array.from({ length: ATTACKERS }, async () => {
        while (attacking) {
          await attack(worst);
          attackPushes++;
        }
      });
      try {
        await phase(noisy);
      } finally {
        attacking = false;
        await Promise.all(attackers);
      }
    }

    emit('front event-loop delay p99 while the worst accepted push (16,000 samples) is decoded, back to back', noisy.loop, 'ms', quiet.loop);
    emit('ingester event-loop delay p99 (the worst of 3) while the worst accepted push is appended, back to back', noisy.ingesterLoop, 'ms', quiet.ingesterLoop);
    const refused = [...refusedBy].map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
    emit(`victim tenant push p99 while another tenant floods (${ATTACKERS} connections, ${attackPushes} worst-case pushes; refused: ${refused})`, percentile(noisy.pushes, 0.99), 'ms', percentile(quiet.pushes, 0.99), 2);
    emit('victim tenant push p50 while another tenant floods', percentile(noisy.pushes, 0.5), 'ms', percentile(quiet.pushes, 0.5));
    emit(`victim tenant flame-graph query p99 while another tenant floods (${noisy.queries.length} queries; ${quiet.queries.length} alone)`, percentile(noisy.queries, 0.99), 'ms', percentile(quiet.queries, 0.99), 2);
    emit('victim tenant flame-graph query p50 while another tenant floods', percentile(noisy.queries, 0.5), 'ms', percentile(quiet.queries, 0.5));
    console.log(JSON.stringify({ name: 'worst accepted push size', value: worst.length, unit: 'bytes' }));
  } finally {
    await cluster.destroy();
  }
}

await main();
