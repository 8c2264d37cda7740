// Encodes the PushRequest a distributor sends an ingester when it cannot forward the client's bytes as they
// are (a profile was stamped with a time, or an ingester owns only some of the series). protobufjs's encode
// copies a bytes field through its writer at a fraction of memcpy's speed: a 200 KB raw profile cost about a
// millisecond of CPU, more than the whole rest of the distributor's work on it. Here the small parts (labels,
// annotations) are encoded by protobufjs and the answer is the list of parts, the raw profiles (and the time stamps
// appended to some: profile-time.ts) among them as the client sent them: the push client writes them one after the
// other. Copying them into one buffer (a Buffer.concat here and another for each stamp) was two copies of every
// forwarded profile, and V8 counts the ArrayBuffer bytes allocated since its last mark-compact toward starting the
// next one: under the distributor bench a major GC came about every half second.
//
// The wire format (protobuf encoding spec): PushRequest { repeated RawProfileSeries series = 1 };
// RawProfileSeries { repeated LabelPair labels = 1; repeated RawSample samples = 2; repeated ProfileAnnotation
// annotations = 3 }; RawSample { bytes raw_profile = 1; string ID = 2 }. Fields may come in any order, so a
// series is its labels and annotations as protobufjs encodes them, then its samples.
import { push, types } from '../../gen/index.ts';

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

/** A sample as the distributor forwards it: the client's raw profile, followed by `appended` when it was stamped. */
export interface ForwardedSample {
  ID: string;
  rawProfile: Uint8Array;
  appended?: Uint8Array;
}

export interface ForwardedSeries {
  labels: types.v1.LabelPair.$Properties[];
  annotations: types.v1.ProfileAnnotation.$Properties[];
  samples: ForwardedSample[];
}

/**
 * The encoding of a PushRequest holding `series`, as the parts it is made of, in order (their concatenation decodes
 * as push.v1.PushRequest.encode would); raw profiles are parts of their own, not copies.
 */
export function encodePushRequest(series: readonly ForwardedSeries[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (const s of series) {
    const head = push.v1.RawProfileSeries.encode({ labels: s.labels, annotations: s.annotations }).finish();
    const seriesParts: Uint8Array[] = [head];
    let seriesLength = head.length;
    for (const x of s.samples) {
      const rawLength = x.rawProfile.length + (x.appended?.length ?? 0);
      const id = x.ID ? Buffer.from(x.ID, 'utf8') : undefined;
      const rawHeader = header(1, rawLength);
      const idHeader = id ? header(2, id.length) : undefined;
      const sampleLength = rawHeader.length + rawLength + (id ? idHeader!.length + id.length : 0);
      const sampleHeader = header(2, sampleLength);
      seriesParts.push(sampleHeader, rawHeader, x.rawProfile);
      if (x.appended) seriesParts.push(x.appended);
      if (id) seriesParts.push(idHeader!, id);
      seriesLength += sampleHeader.length + sampleLength;
    }
    parts.push(header(1, seriesLength), ...seriesParts);
  }
  return parts;
}
