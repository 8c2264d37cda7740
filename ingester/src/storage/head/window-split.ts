// Cuts a tenant's head into one block per window of -ingester.max-block-duration, windows aligned to the
// Unix epoch by profile timestamp, so that no ingester block crosses an edge of the compactor's windows
// (1h, 12h, 24h: storage/compact/plan.ts) when the duration divides the smallest of them. This is what the
// reference ingesters do: Pyroscope v1 keeps one head per fixed range of profile time
// (pkg/phlaredb/phlaredb.go headForIngest, endRangeForTimestamp(t, max-block-duration)), and Mimir's
// ingester TSDB writes blocks aligned to -blocks-storage.tsdb.block-ranges-period (Prometheus
// tsdb/db.go compactHead over [mint, rangeForTimestamp(mint, chunkRange))).
//
// Most cuts happen at a window edge (store.ts tick), so the head holds one window and is written as it is.
// Profiles of another window (late ones, or a head cut by size or flush across an edge) are written as
// their window's own small block, re-interned through the compactor's merge so that each block carries only
// the symbols its profiles use; the compactor's vertical merge joins them with their window's other blocks.
import { mergeBlocks } from '../compact/merge.ts';
import type { IndexData, SampleData, StoredSeries } from '../read/profile-data.ts';

export interface WindowPart {
  /** The window's start (Unix ms). */
  windowStart: number;
  index: IndexData;
  samples: SampleData;
}

const windowOf = (t: number, windowMs: number): number => Math.floor(t / windowMs) * windowMs;

/** The head's profiles grouped by window, oldest first; the head itself when they all fall in one window. */
export async function splitByWindow(index: IndexData, samples: SampleData, windowMs: number): Promise<WindowPart[]> {
  const byWindow = new Map<number, number[]>();
  for (let p = 0; p < index.profileCount; p++) {
    const w = windowOf(index.profileTime[p]!, windowMs);
    let list = byWindow.get(w);
    if (!list) byWindow.set(w, (list = []));
    list.push(p);
  }
  if (byWindow.size <= 1) return [...byWindow.keys()].map((windowStart) => ({ windowStart, index, samples }));
  const parts: WindowPart[] = [];
  for (const [windowStart, profiles] of [...byWindow].sort((a, b) => a[0] - b[0])) {
    const sub = subIndex(index, profiles);
    const merged = await mergeBlocks([{ index: async () => sub, samples: async () => samples }]);
    parts.push({ windowStart, index: merged.index, samples: merged.samples });
  }
  return parts;
}

/** An index holding only the given profiles (their samples still point into the head's sample columns). */
function subIndex(index: IndexData, profiles: readonly number[]): IndexData {
  const series: StoredSeries[] = [];
  const seriesOf = new Map<number, number>();
  const out = { profileSeries: [] as number[], profileTime: [] as number[], profileId: [] as string[], profileSampleStart: [] as number[], profileSampleEnd: [] as number[], profileTotal: [] as number[] };
  for (const p of profiles) {
    const source = index.profileSeries[p]!;
    let si = seriesOf.get(source);
    if (si === undefined) {
      const s = index.series[source]!;
      seriesOf.set(source, (si = series.length));
      series.push({ labels: s.labels, fingerprint: s.fingerprint, minTimeMs: Infinity, maxTimeMs: -Infinity, profiles: [] });
    }
    const s = series[si]!;
    const t = index.profileTime[p]!;
    s.profiles.push(out.profileTime.length);
    s.minTimeMs = Math.min(s.minTimeMs, t);
    s.maxTimeMs = Math.max(s.maxTimeMs, t);
    out.profileSeries.push(si);
    out.profileTime.push(t);
    out.profileId.push(index.profileId[p]!);
    out.profileSampleStart.push(index.profileSampleStart[p]!);
    out.profileSampleEnd.push(index.profileSampleEnd[p]!);
    out.profileTotal.push(index.profileTotal[p]!);
  }
  return { series, ...out, profileCount: profiles.length };
}
