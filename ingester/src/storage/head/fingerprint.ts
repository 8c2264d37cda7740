// The identity of a series: a hex hash of its sorted labels. Ingesters, blocks and the querier all compute
// it the same way, so replicas of one profile in different places have the same ProfileKey.
import { createHash } from 'node:crypto';
import type { LabelPair } from '../../model/labels.ts';

/** A canonical string for sorted labels (names and values cannot contain \xff in valid UTF-8 text we keep). */
export function labelsKey(labels: readonly LabelPair[]): string {
  let key = '';
  for (const l of labels) key += l.name + '\xfe' + l.value + '\xff';
  return key;
}

export function seriesFingerprint(labels: readonly LabelPair[]): string {
  return createHash('sha256').update(labelsKey(labels)).digest('hex').slice(0, 16);
}
