// Replica de-duplication for the two-phase read. Every profile is stored on RF ingesters (and, after a
// flush, possibly also in a block in the bucket). Phase one (SelectProfiles) lists, per source, the
// identities of the matching profiles; here each identity is assigned to exactly one of the sources that
// hold it, and phase two asks each source to merge only what it was assigned. The result does not depend
// on the order of the responses.
//
// Assignment is greedy over identities in order of first appearance, reading the sources in name order
// (so the outcome depends on what each source listed, never on which answered first): among the sources
// holding an identity, the one with the fewest assignments so far wins (ties go to the source named
// first). With three replicas of everything this spreads the merge work evenly over the replicas.
import type { ingester, types } from '../gen/index.ts';
import type { LabelPair } from '../model/labels.ts';

export interface ProfileKeyLike {
  seriesFingerprint?: string | null;
  timestamp?: number | null;
  id?: string | null;
}

/** A string that is equal for two keys exactly when they name the same profile. */
export function profileKey(key: ProfileKeyLike | null | undefined): string {
  return `${key?.seriesFingerprint ?? ''}\u0000${Number(key?.timestamp ?? 0)}\u0000${key?.id ?? ''}`;
}

export interface SourceProfiles {
  /** A stable name for the source (an ingester address, "bucket", …). */
  source: string;
  profiles: readonly ingester.v1.ProfileRef.$Properties[];
  /** Series labels indexed by ProfileRef.seriesIndex. */
  series: readonly types.v1.Labels.$Properties[];
}

export interface DedupedRef {
  key: ingester.v1.ProfileKey.$Properties;
  labels: LabelPair[];
  timestampMs: number;
  value: number;
  /** The source that will merge this profile. */
  source: string;
}

export interface ReplicaAssignment {
  /** Per source: the keys it should merge. Sources with nothing assigned are absent. */
  keep: Map<string, ingester.v1.ProfileKey.$Properties[]>;
  /** One entry per distinct profile. Profiles of one series share one labels array: do not mutate it. */
  refs: DedupedRef[];
  /** The sources that listed a profile (by profileKey), in name order: where to retry if its source fails. */
  holders(key: string): string[];
}

export function assignReplicas(responses: readonly SourceProfiles[]): ReplicaAssignment {
  const sources = [...responses].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const sourceIndex = new Map<string, number>();
  sources.forEach((s, i) => {
    if (sourceIndex.has(s.source)) throw new Error(`source ${JSON.stringify(s.source)} appears twice`);
    sourceIndex.set(s.source, i);
  });

  interface Candidate {
    key: ingester.v1.ProfileKey.$Properties;
    holders: number[];
    /** From the first holder; replicas of one profile share series labels and value. */
    labels: LabelPair[];
    value: number;
  }
  const byKey = new Map<string, Candidate>();
  sources.forEach((s, si) => {
    // Labels are copied once per series, not once per profile: many profiles share a series.
    const seriesLabels: (LabelPair[] | undefined)[] = new Array(s.series.length);
    for (const ref of s.profiles) {
      const k = profileKey(ref.key);
      const existing = byKey.get(k);
      if (existing) {
        if (existing.holders[existing.holders.length - 1] !== si) existing.holders.push(si);
        continue;
      }
      const seriesIndex = ref.seriesIndex ?? 0;
      let labels = seriesLabels[seriesIndex];
      if (labels === undefined) {
        const series = s.series[seriesIndex];
        if (!series) throw new Error(`source ${JSON.stringify(s.source)} refers to series ${seriesIndex} but listed ${s.series.length}`);
        labels = (series.labels ?? []).map((l) => ({ name: l.name ?? '', value: l.value ?? '' }));
        seriesLabels[seriesIndex] = labels;
      }
      byKey.set(k, {
        key: { seriesFingerprint: ref.key?.seriesFingerprint ?? '', timestamp: Number(ref.key?.timestamp ?? 0), id: ref.key?.id ?? '' },
        holders: [si],
        labels,
        value: Number(ref.value ?? 0),
      });
    }
  });

  const load = new Array<number>(sources.length).fill(0);
  const keep = new Map<string, ingester.v1.ProfileKey.$Properties[]>();
  const refs: DedupedRef[] = [];
  for (const c of byKey.values()) {
    let best = c.holders[0]!;
    for (const h of c.holders) if (load[h]! < load[best]!) best = h;
    load[best]!++;
    const name = sources[best]!.source;
    let list = keep.get(name);
    if (!list) {
      list = [];
      keep.set(name, list);
    }
    list.push(c.key);
    refs.push({ key: c.key, labels: c.labels, timestampMs: Number(c.key.timestamp ?? 0), value: c.value, source: name });
  }
  return { keep, refs, holders: (key) => (byKey.get(key)?.holders ?? []).map((i) => sources[i]!.source) };
}
