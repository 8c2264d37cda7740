// Encodes the PushRequest a distributor sends an ingester when it cannot forward the client's bytes as they
// are (a profile was stamped with a time, or an ingester owns only some of the series). protobufjs's encode
// copies a bytes field through its writer at a fraction of memcpy's speed: a 200 KB raw profile cost about a
// millisecond of CPU, more than the whole rest of the distributor's work on it. Here the small parts (labels,
// annotations) are encoded by protobufjs and the raw profiles are laid next to them with one Buffer.concat.
//
// The wire format (protobuf encoding spec): PushRequest { repeated RawProfileSeries series = 1 };
// RawProfileSeries { repeated LabelPair labels = 1; repeated RawSample samples = 2; repeated ProfileAnnotation
// annotations = 3 }; RawSample { bytes raw_profile = 1; string ID = 2 }. Fields may come in any order, so a
// series is its labels and annotations as protobufjs encodes them, then its samples.
import { push } from '../../gen/index.ts';

const LEN = 2;
const tag = (field: number): number => (field << 3) | LEN;

/** A varint (lengths only: 0 ≤ n < 2^53) appended to `out`. */
function pushVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** One length-delimited field's tag and length, as bytes. */
function header(field: number, length: number): Buffer {
  const out = [tag(field)];
  pushVarint(out, length);
  return Buffer.from(out);
}

/** The encoding of `request`, equal (as decoded) to push.v1.PushRequest.encode(request). */
export function encodePushRequest(request: push.v1.IPushRequest): Buffer {
  const parts: Uint8Array[] = [];
  for (const s of request.series ?? []) {
    const head = push.v1.RawProfileSeries.encode({ labels: s.labels ?? [], annotations: s.annotations ?? [] }).finish();
    const seriesParts: Uint8Array[] = [head];
    let seriesLength = head.length;
    for (const x of s.samples ?? []) {
      const raw = x.rawProfile ?? new Uint8Array(0);
      const id = x.ID ? Buffer.from(x.ID, 'utf8') : undefined;
      const rawHeader = header(1, raw.length);
      const idPart = id ? Buffer.concat([header(2, id.length), id]) : undefined;
      const sampleLength = rawHeader.length + raw.length + (idPart?.length ?? 0);
      const sampleHeader = header(2, sampleLength);
      seriesParts.push(sampleHeader, rawHeader, raw);
      if (idPart) seriesParts.push(idPart);
      seriesLength += sampleHeader.length + sampleLength;
    }
    parts.push(header(1, seriesLength), ...seriesParts);
  }
  return Buffer.concat(parts);
}
