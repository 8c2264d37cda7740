// A cheap upper bound on the encoded size of a flame graph answer (querier.v1.SelectMergeStacktracesResponse), so
// that -querier.max-response-bytes is checked without encoding the answer a second time (the server encodes it to
// send it): only an answer whose bound passes the limit is encoded to be measured exactly. (A SelectSeries answer is
// encoded once, by the querier, and measured exactly: series-answer-wire.ts encodeAggregatedSeries.)
//
// Protobuf's wire format (protobuf.dev/programming-guides/encoding): a field's tag is 1 byte for field
// numbers below 16, a length or varint at most 10 bytes (5 for a length below 2^32); a string is at most 3
// UTF-8 bytes per UTF-16 unit (surrogate pairs: 4 bytes for 2 units).
import type { querier } from '../gen/index.ts';

const LENGTH = 1 + 5;
const VARINT = 1 + 10;

export function flameAnswerBytesAtMost(answer: querier.v1.SelectMergeStacktracesResponse.$Properties): number {
  let n = 0;
  if (answer.tree) n += LENGTH + answer.tree.length;
  const f = answer.flamegraph;
  if (f) {
    n += LENGTH + 4 * VARINT;
    for (const name of f.names ?? []) n += LENGTH + 3 * name.length;
    // Each level: its own length-delimited message holding the packed values.
    for (const level of f.levels ?? []) n += 2 * LENGTH + 10 * (level.values?.length ?? 0);
  }
  return n;
}
