// Replica de-duplication for the two-phase read. Every profile is stored on RF ingesters (and, after a
// flush, possibly also in a block in the bucket). Phase one (SelectProfiles) lists, per source, the
// identities of the matching profiles; here each identity is assigned to exactly one of the sources that
// hold it, and phase two asks each source to merge only what it was assigned. The result does not depend
// on the order of the responses.
//
// Assignment keeps a service together. Merging costs a source about as much per distinct stack it resolves
// as per sample it adds, and the profiles of one service (its series differ by pod, region, …: same code)
// share most of their stacks: splitting a service over three replicas makes each resolve the same stacks
// (three times the work of one), while giving whole services to different replicas splits the stacks too.
// So, service by service (the service_name label, else the series; in order of first appearance, reading
// the sources in name order): the source holding the most of the service's remaining profiles takes all of
// those it holds (on a tie, the one with the fewest profiles assigned so far, then the one named first). A `fallback` source (the bucket: the querier reads its blocks itself, perhaps over the network,
// while ingesters hold theirs in memory and merge in parallel) is picked only for what no other source
// holds. Profiles the pick lacks (a replica that missed some pushes, or flushed data an ingester no longer
// keeps) go to the next pick, until none is left: each identity goes to exactly one source that listed it.
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
  /** Merges only profiles no other source holds (the bucket: ingesters have them in memory). */
  fallback?: boolean;
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

/** The unit kept on one source: the service, or the series itself when it names none. */
/** The label a series' group is read from (groupOf): all a flame graph's plan needs of a series' labels. */
export const GROUP_LABEL = 'service_name';

export function groupOf(labels: readonly LabelPair[], fingerprint: string): string {
  for (const l of labels) if (l.name === GROUP_LABEL && l.value !== '') return `s\u0000${l.value}`;
  return `f\u0000${fingerprint}`;
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
  /** Candidates by service (or series when it has no service_name), in order of first appearance. */
  const byGroup = new Map<string, Candidate[]>();
  sources.forEach((s, si) => {
    // Labels are copied once per series, not once per profile: many profiles share a series.
    const seriesLabels: (LabelPair[] | undefined)[] = new Array(s.series.length);
    const seriesGroup: string[] = new Array(s.series.length);
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
        seriesGroup[seriesIndex] = groupOf(labels, ref.key?.seriesFingerprint ?? '');
      }
      const c: Candidate = {
        key: { seriesFingerprint: ref.key?.seriesFingerprint ?? '', timestamp: Number(ref.key?.timestamp ?? 0), id: ref.key?.id ?? '' },
        holders: [si],
        labels,
        value: Number(ref.value ?? 0),
      };
      byKey.set(k, c);
      const group = seriesGroup[seriesIndex]!;
      let list = byGroup.get(group);
      if (!list) byGroup.set(group, (list = []));
      list.push(c);
    }
  });

  const load = new Array<number>(sources.length).fill(0);
  const keep = new Map<string, ingester.v1.ProfileKey.$Properties[]>();
  const refs: DedupedRef[] = [];
  const give = (c: Candidate, holder: number): void => {
    const name = sources[holder]!.source;
    let list = keep.get(name);
    if (!list) keep.set(name, (list = []));
    list.push(c.key);
    refs.push({ key: c.key, labels: c.labels, timestampMs: Number(c.key.timestamp ?? 0), value: c.value, source: name });
  };
  const held = new Array<number>(sources.length);
  for (let remaining of byGroup.values()) {
    while (remaining.length > 0) {
      held.fill(0);
      for (const c of remaining) for (const h of c.holders) held[h]!++;
      let best = -1;
      for (let h = 0; h < sources.length; h++) {
        if (held[h] === 0) continue;
        if (best < 0 || better(h, best)) best = h;
      }
      const rest: Candidate[] = [];
      for (const c of remaining) {
        if (c.holders.includes(best)) give(c, best);
        else rest.push(c);
      }
      load[best]! += held[best]!;
      remaining = rest;
    }
  }
  /** Whether source a should take a service's remaining profiles rather than source b (a after b in name order). */
  function better(a: number, b: number): boolean {
    const fa = sources[a]!.fallback === true;
    const fb = sources[b]!.fallback === true;
    if (fa !== fb) return fb;
    if (held[a] !== held[b]) return held[a]! > held[b]!;
    return load[a]! < load[b]!;
  }
  return { keep, refs, holders: (key) => (byKey.get(key)?.holders ?? []).map((i) => sources[i]!.source) };
}
