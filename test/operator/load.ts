// Load for the rollout tests: pushes one real pprof (re-stamped to now) per request through the distributor,
// each with a unique `seq` label, and remembers what was acknowledged; then asks the querier how much of
// each seq it sees. Exactly-once means every acknowledged seq reports the profile's total exactly once
// (replicas de-duplicated, nothing lost, nothing doubled).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { push } from '../../ingester/src/gen/index.ts';
import { PROFILES_DIR } from '../../ingester/src/pprof/testdata.ts';

const PROFILE_FILE = `${PROFILES_DIR}/go-cpu.pb.gz`;
export const SERVICE = 'operator-e2e';

/** The test profile with its time set to now, gzipped, and its per-sample-type totals. */
export function stampedProfile(nowMs: number): { bytes: Uint8Array; totals: Map<string, number> } {
  const profile = Profile.decode(gunzipSync(readFileSync(PROFILE_FILE)));
  profile.timeNanos = BigInt(nowMs) * 1_000_000n;
  const totals = new Map<string, number>();
  profile.sampleType.forEach((st, i) => {
    const name = String(profile.stringTable.strings[Number(st.type)]);
    totals.set(name, profile.sample.reduce((sum, s) => sum + Number(s.value[i] ?? 0), 0));
  });
  return { bytes: gzipSync(profile.encode()), totals };
}

export interface LoadResult {
  acknowledged: number[];
  /** Requests answered with an error, or never answered after retries. */
  failed: { seq: number; error: string }[];
  /** Connection failures retried (reported, not failures). */
  connectionRetries: number;
}

/** Pushes until stopped; `target()` gives the distributor's address (it may move). */
export function startLoad(target: () => string | undefined, intervalMs = 50): { stop(): Promise<LoadResult>; acknowledged(): number } {
  const result: LoadResult = { acknowledged: [], failed: [], connectionRetries: 0 };
  let stopped = false;
  let seq = 0;
  const loop = (async () => {
    while (!stopped) {
      const addr = target();
      if (addr) {
        const current = seq++;
        const body = push.v1.PushRequest.encode({
          series: [{
            labels: [{ name: '__name__', value: 'process_cpu' }, { name: 'service_name', value: SERVICE }, { name: 'seq', value: String(current) }],
            samples: [{ rawProfile: stampedProfile(Date.now()).bytes, ID: randomUUID() }],
          }],
        }).finish();
        // A connection that fails (a distributor pod going away: the test cluster has no Service proxy) is
        // retried with the same body on the current distributor, as a client behind a Service would; the
        // profile ID makes a retry idempotent, and the exactly-once check would see a double count.
        for (let attempt = 1; ; attempt++) {
          try {
            const res = await fetch(`http://${attempt === 1 ? addr : (target() ?? addr)}/push.v1.PusherService/Push`, { method: 'POST', headers: { 'Content-Type': 'application/proto' }, body, signal: AbortSignal.timeout(10_000) });
            if (res.ok) result.acknowledged.push(current);
            else result.failed.push({ seq: current, error: `${res.status} ${(await res.text()).slice(0, 600)}` });
            break;
          } catch (err) {
            if (attempt >= 5) {
              result.failed.push({ seq: current, error: (err as Error).message });
              break;
            }
            result.connectionRetries++;
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    acknowledged: () => result.acknowledged.length,
    async stop() {
      stopped = true;
      await loop;
      return result;
    },
  };
}

interface SeriesJson {
  series?: { labels?: { name: string; value: string }[]; points?: { value: number; timestamp: string | number }[] }[];
}

/** Sum of the `cpu` sample type per seq label, as the querier reports it. */
export async function totalsPerSeq(querier: string, fromMs: number, toMs: number): Promise<Map<string, number>> {
  const types = await connectJson<{ profileTypes?: { ID: string; sampleType: string }[] }>(querier, '/querier.v1.QuerierService/ProfileTypes', { start: fromMs, end: toMs });
  const cpu = (types.profileTypes ?? []).find((t) => t.ID.startsWith('process_cpu:cpu:'));
  if (!cpu) throw new Error(`no process_cpu:cpu profile type in ${JSON.stringify(types)}`);
  const response = await connectJson<SeriesJson>(querier, '/querier.v1.QuerierService/SelectSeries', {
    profileTypeID: cpu.ID,
    labelSelector: `{service_name="${SERVICE}"}`,
    start: fromMs,
    end: toMs,
    groupBy: ['seq'],
    // Points per 15 s, summed below. (A step longer than the whole range currently yields no series at all.)
    step: 15,
  });
  const totals = new Map<string, number>();
  for (const series of response.series ?? []) {
    const seq = series.labels?.find((l) => l.name === 'seq')?.value ?? '';
    totals.set(seq, (totals.get(seq) ?? 0) + (series.points ?? []).reduce((sum, p) => sum + Number(p.value), 0));
  }
  return totals;
}

async function connectJson<T>(addr: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`http://${addr}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
