// What hostile (or buggy) clients send, built byte by byte: pprof profiles with any stacks, labels and int64
// values (a tiny protobuf writer with BigInt varints, so 2^63-1 is written exactly), PushRequests, gzip
// bombs and protobuf length bombs. Nothing here knows the server's code.
import { promisify } from 'node:util';
import zlib from 'node:zlib';

class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];

  varint(v: bigint | number): this {
    let x = BigInt.asUintN(64, BigInt(v));
    const out: number[] = [];
    while (x >= 0x80n) {
      out.push(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    out.push(Number(x));
    this.chunks.push(Uint8Array.from(out));
    return this;
  }

  tag(field: number, wire: number): this {
    return this.varint((field << 3) | wire);
  }

  uint(field: number, v: bigint | number): this {
    return this.tag(field, 0).varint(v);
  }

  bytes(field: number, b: Uint8Array): this {
    this.tag(field, 2).varint(b.length);
    this.chunks.push(b);
    return this;
  }

  string(field: number, s: string): this {
    return this.bytes(field, Buffer.from(s, 'utf8'));
  }

  message(field: number, m: ProtoWriter): this {
    return this.bytes(field, m.finish());
  }

  packed(field: number, values: readonly (bigint | number)[]): this {
    const inner = new ProtoWriter();
    for (const v of values) inner.varint(v);
    return this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

export interface PprofSpec {
  /** Stacks, root frame first, each with its value (a bigint for values past 2^53). */
  samples: Array<{ stack: string[]; value: bigint | number; labels?: Array<[string, string]> }>;
  /** Unix ms of the profile (default now). */
  timeMs?: number;
  /** time_nanos as written, when given (instead of timeMs). */
  timeNanos?: bigint;
}

/** A CPU pprof (sample type cpu/nanoseconds), uncompressed. */
export function pprof(spec: PprofSpec): Uint8Array {
  const strings = new Map<string, number>([['', 0]]);
  const sid = (s: string): number => {
    let id = strings.get(s);
    if (id === undefined) strings.set(s, (id = strings.size));
    return id;
  };
  const functions = new Map<string, number>();
  const fid = (name: string): number => {
    let id = functions.get(name);
    if (id === undefined) functions.set(name, (id = functions.size + 1));
    return id;
  };
  const w = new ProtoWriter();
  w.message(1, new ProtoWriter().uint(1, sid('cpu')).uint(2, sid('nanoseconds')));
  for (const s of spec.samples) {
    const m = new ProtoWriter().packed(1, s.stack.map(fid).reverse()).packed(2, [s.value]);
    for (const [k, v] of s.labels ?? []) m.message(3, new ProtoWriter().uint(1, sid(k)).uint(2, sid(v)));
    w.message(2, m);
  }
  for (const [, id] of functions) w.message(4, new ProtoWriter().uint(1, id).message(4, new ProtoWriter().uint(1, id)));
  for (const [name, id] of functions) w.message(5, new ProtoWriter().uint(1, id).uint(2, sid(name)));
  for (const s of strings.keys()) w.string(6, s);
  w.uint(9, spec.timeNanos ?? BigInt(spec.timeMs ?? Date.now()) * 1_000_000n);
  w.message(11, new ProtoWriter().uint(1, sid('cpu')).uint(2, sid('nanoseconds')));
  w.uint(12, 10_000_000);
  return w.finish();
}

export type Labels = Record<string, string>;

/** A push.v1.PushRequest with one series per entry. */
export function pushRequest(series: Array<{ labels: Labels; profiles: Uint8Array[] }>): Uint8Array {
  const w = new ProtoWriter();
  for (const s of series) {
    const sw = new ProtoWriter();
    for (const [name, value] of Object.entries(s.labels)) sw.message(1, new ProtoWriter().string(1, name).string(2, value));
    s.profiles.forEach((p, i) => sw.message(2, new ProtoWriter().bytes(1, p).string(2, `p${i}-${Math.random().toString(36).slice(2)}`)));
    w.message(1, sw);
  }
  return w.finish();
}

/** `n` empty `series` entries (field 1, length 0: two bytes each): issue 14's PushRequest bomb. */
export function emptySeries(n: number): Buffer {
  const b = Buffer.alloc(2 * n);
  for (let i = 0; i < b.length; i += 2) b[i] = 0x0a;
  return b;
}

/** A PushRequest whose first series claims to be 2 GiB long but is 10 bytes: a protobuf length bomb. */
export function lengthBomb(): Uint8Array {
  return Buffer.concat([Buffer.from([0x0a]), Buffer.from(new ProtoWriter().varint(2 ** 31).finish()), Buffer.alloc(10)]);
}

/**
 * `mib` MiB of zeros, gzip'd (about 1000:1), compressed off the event loop: blocking it for seconds would let
 * the server close idle keep-alive connections unseen, and the next fetch would fail on a dead socket.
 */
export function gzipBomb(mib: number): Promise<Buffer> {
  return promisify(zlib.gzip)(Buffer.alloc(mib * 1024 * 1024), { level: 9 });
}

export const gzip = (b: Uint8Array): Buffer => zlib.gzipSync(b);
