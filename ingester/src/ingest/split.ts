// Pyroscope's handling of sample labels: a pprof whose samples carry (string) labels is split into one
// series per distinct label set. The series labels of a part are the pushed labels plus the sample's labels
// (a pushed label wins over a sample label of the same name). `profile_id` is renamed `span_id`, and
// span_id stays on the samples instead of splitting series (it is per-request, not per-series). The
// samples of each part keep only their span_id label. Parts whose resulting labels are equal are merged.
import type { LabelPair } from '../model/labels.ts';
import { sortLabels } from '../model/labels.ts';
import type { DecodedProfile } from '../model/profile.ts';
import { withSampleColumns } from '../pprof/decoder.ts';
import { invalidArgument, type ApiError } from '../util/errors.ts';
import { quote } from './validate.ts';

export const SPAN_ID_LABEL = 'span_id';
export const PROFILE_ID_LABEL = 'profile_id';

export interface ProfilePart {
  /** Pushed labels plus the part's sample labels, sorted by name. */
  labels: LabelPair[];
  profile: DecodedProfile;
}

/**
 * Renames sample labels profile_id → span_id in place. When the string table has no "span_id", the profile
 * gets a copy with it appended (the table may be shared with other profiles: pprof/table-cache.ts).
 */
export function renameProfileIdLabel(profile: DecodedProfile): void {
  const from = profile.strings.indexOf(PROFILE_ID_LABEL);
  if (from < 0 || !profile.labelKeys.includes(from)) return;
  let to = profile.strings.indexOf(SPAN_ID_LABEL);
  if (to < 0) {
    profile.strings = [...profile.strings, SPAN_ID_LABEL];
    profile.tableKey = undefined; // the tables are no longer those of the key (assigned, not deleted: a delete turns the object into a slow dictionary)
    to = profile.strings.length - 1;
  }
  const keys = profile.labelKeys;
  for (let j = 0; j < keys.length; j++) if (keys[j] === from) keys[j] = to;
}

/**
 * Splits `profile` by sample labels (call renameProfileIdLabel first); one part when no sample has labels.
 * O(L + n log n) for L sample labels: each label is looked at once (a Set per sample, not a scan of the
 * labels added so far), and with `maxLabelNames` (> 0) a sample whose labels would take its series past
 * that many label names is refused as soon as its labels are read, before any part is built.
 */
export function splitBySampleLabels(profile: DecodedProfile, seriesLabels: readonly LabelPair[], maxLabelNames = 0): ProfilePart[] {
  const { strings, labelKeys, labelValues, labelOffsets, sampleCount } = profile;
  // No sample labels at all (most profiles): one part, the profile itself; nothing to copy or drop.
  if (labelKeys.length === 0) return [{ labels: sortLabels([...seriesLabels]), profile }];
  const spanIdIndexes = new Set<number>();
  strings.forEach((s, i) => {
    if (s === SPAN_ID_LABEL) spanIdIndexes.add(i);
  });
  const isSpan = (key: number): boolean => spanIdIndexes.has(key);

  let anyGroupingLabel = false;
  for (let j = 0; j < labelKeys.length && !anyGroupingLabel; j++) if (!isSpan(labelKeys[j]!)) anyGroupingLabel = true;
  const spanOnly = !anyGroupingLabel;
  if (spanOnly) {
    return [{ labels: sortLabels([...seriesLabels]), profile: keepOnlySpanLabels(profile, allSamples(sampleCount), isSpan) }];
  }

  const pushedNames = new Set(seriesLabels.map((l) => l.name));
  const room = maxLabelNames > 0 ? maxLabelNames - seriesLabels.length : Infinity;
  // Group samples by their resulting series labels (string key of the sorted added pairs).
  const groups = new Map<string, { added: LabelPair[]; samples: number[] }>();
  const names = new Set<string>();
  let previous: { samples: number[] } | undefined;
  for (let i = 0; i < sampleCount; i++) {
    // The same label pairs (same string indexes, same order) as the previous sample, as runs of samples of one
    // thread or request have: the same group, without building its key again.
    if (previous && sameLabelRun(labelOffsets, labelKeys, labelValues, i - 1, i)) {
      previous.samples.push(i);
      continue;
    }
    const added: LabelPair[] = [];
    names.clear();
    for (let j = labelOffsets[i]!; j < labelOffsets[i + 1]!; j++) {
      const key = labelKeys[j]!;
      if (isSpan(key)) continue;
      const name = strings[key]!;
      if (pushedNames.has(name) || names.has(name)) continue;
      names.add(name);
      added.push({ name, value: strings[labelValues[j]!]! });
      if (added.length > room) throw tooManyLabelNames(seriesLabels, added, i, maxLabelNames);
    }
    sortLabels(added);
    const groupKey = added.map((l) => `${l.name}\u0000${l.value}`).join('\u0001');
    let g = groups.get(groupKey);
    if (!g) groups.set(groupKey, (g = { added, samples: [] }));
    g.samples.push(i);
    previous = g;
  }
  const parts: ProfilePart[] = [];
  for (const g of groups.values()) {
    parts.push({ labels: sortLabels([...seriesLabels, ...g.added]), profile: keepOnlySpanLabels(profile, g.samples, isSpan) });
  }
  return parts;
}

function tooManyLabelNames(seriesLabels: readonly LabelPair[], added: readonly LabelPair[], sample: number, max: number): ApiError {
  const shown = [...seriesLabels, ...added].slice(0, 8).map((l) => `${l.name}=${quote(l.value, 40)}`);
  return invalidArgument(
    `series has more than ${max} label names once sample ${sample}'s labels are added: limit max-label-names-per-series (${max}) exceeded; series {${shown.join(', ')}, …}`,
  );
}

/** Whether samples a and b carry the same label pairs, by string index, in the same order. */
function sameLabelRun(offsets: Uint32Array, keys: Uint32Array, values: Uint32Array, a: number, b: number): boolean {
  const aStart = offsets[a]!;
  const bStart = offsets[b]!;
  const length = offsets[a + 1]! - aStart;
  if (offsets[b + 1]! - bStart !== length) return false;
  for (let j = 0; j < length; j++) if (keys[aStart + j] !== keys[bStart + j] || values[aStart + j] !== values[bStart + j]) return false;
  return true;
}

function allSamples(n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** A profile with the given samples (in order), sharing the symbol tables, whose samples keep only span labels. */
export function keepOnlySpanLabels(p: DecodedProfile, samples: readonly number[], isSpan: (key: number) => boolean): DecodedProfile {
  const types = p.sampleTypes.length;
  const n = samples.length;
  // Every sample (in order: groups list their samples in order), as when all samples carry the same labels:
  // the columns are shared, only the labels are rebuilt (a copy of the stacks was the cost of such profiles).
  if (n === p.sampleCount) return withSampleColumns(p, { sampleCount: n, locationOffsets: p.locationOffsets, locationIds: p.locationIds, values: p.values, ...spanLabelsOnly(p, isSpan) });
  let locTotal = 0;
  let labelTotal = 0;
  for (const i of samples) {
    locTotal += p.locationOffsets[i + 1]! - p.locationOffsets[i]!;
    for (let j = p.labelOffsets[i]!; j < p.labelOffsets[i + 1]!; j++) if (isSpan(p.labelKeys[j]!)) labelTotal++;
  }
  const locationOffsets = new Uint32Array(n + 1);
  const locationIds = p.locationIds instanceof Uint32Array ? new Uint32Array(locTotal) : new Float64Array(locTotal);
  const values = new Float64Array(n * types);
  const labelOffsets = new Uint32Array(n + 1);
  const labelKeys = new Uint32Array(labelTotal);
  const labelValues = new Uint32Array(labelTotal);
  let loc = 0;
  let lab = 0;
  // Element by element: a subarray per sample was most of the cost (an object each).
  const ids = p.locationIds;
  const vals = p.values;
  for (let k = 0; k < n; k++) {
    const i = samples[k]!;
    for (let j = p.locationOffsets[i]!, b = p.locationOffsets[i + 1]!; j < b; j++) locationIds[loc++] = ids[j]!;
    locationOffsets[k + 1] = loc;
    for (let t = 0; t < types; t++) values[k * types + t] = vals[i * types + t]!;
    for (let j = p.labelOffsets[i]!; j < p.labelOffsets[i + 1]!; j++) {
      if (!isSpan(p.labelKeys[j]!)) continue;
      labelKeys[lab] = p.labelKeys[j]!;
      labelValues[lab++] = p.labelValues[j]!;
    }
    labelOffsets[k + 1] = lab;
  }
  return withSampleColumns(p, { sampleCount: n, locationOffsets, locationIds, values, labelOffsets, labelKeys, labelValues });
}

/** The profile's label columns keeping only span labels. */
function spanLabelsOnly(p: DecodedProfile, isSpan: (key: number) => boolean): Pick<DecodedProfile, 'labelOffsets' | 'labelKeys' | 'labelValues'> {
  const { labelOffsets: offsets, labelKeys: keys, labelValues: values, sampleCount } = p;
  let kept = 0;
  for (let j = 0; j < keys.length; j++) if (isSpan(keys[j]!)) kept++;
  const labelOffsets = new Uint32Array(sampleCount + 1);
  const labelKeys = new Uint32Array(kept);
  const labelValues = new Uint32Array(kept);
  let at = 0;
  for (let i = 0; i < sampleCount; i++) {
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      if (!isSpan(keys[j]!)) continue;
      labelKeys[at] = keys[j]!;
      labelValues[at++] = values[j]!;
    }
    labelOffsets[i + 1] = at;
  }
  return { labelOffsets, labelKeys, labelValues };
}
