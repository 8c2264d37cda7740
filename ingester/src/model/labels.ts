// Series labels. A series' labels are kept sorted by name, so equal sets compare and hash equally.

export interface LabelPair {
  name: string;
  value: string;
}

/** Well-known label names (as Pyroscope names them). */
export const LabelNames = {
  serviceName: 'service_name',
  metricName: '__name__',
  profileType: '__profile_type__',
  sampleType: '__type__',
  sampleUnit: '__unit__',
  periodType: '__period_type__',
  periodUnit: '__period_unit__',
  delta: '__delta__',
} as const;

export function sortLabels(labels: LabelPair[]): LabelPair[] {
  return labels.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function labelValue(labels: readonly LabelPair[], name: string): string | undefined {
  for (const l of labels) if (l.name === name) return l.value;
  return undefined;
}
