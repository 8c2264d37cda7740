// The messages of ingester.v1.IngesterService/PushStream (proto/ingester/v1/ingester.proto) as they travel: gRPC
// Length-Prefixed-Messages (compressed flag 0, 4-byte big-endian length, the message; grpc/grpc
// doc/PROTOCOL-HTTP2.md), many one after the other on one HTTP/2 stream each way.
//
// A request is written by hand so that the encoded PushRequest it carries (field 4), which the distributor holds as
// the parts it is made of (roles/distributor/encode-push.ts), is written after a few bytes of head and never copied
// into one buffer; the ingester reads field 4 as a view of what it received, for the push's own bounded decoder
// (ingest/push-decoder.ts). Both are checked against the generated PushStreamRequest in push-stream-wire.test.ts.
import { ingester } from '../gen/index.ts';
import { createReader, readDelimitedEnd, readTag, readVarint, skipField, WireError } from '../pprof/varint.ts';

const WIRE_VARINT = 0;
const WIRE_LEN = 2;

/** A PushStreamRequest as the ingester reads it: the push's bytes are a view of the received message. */
export interface StreamedPush {
  id: number;
  tenant: string;
  timeoutMs: number;
  request: Buffer;
}

export interface StreamAnswer {
  id: number;
  code: number;
  message: string;
  unprocessed: boolean;
}

function varint(out: number[], v: number): void {
  // Ids and lengths stay below 2^53: split the high part off with division, not 32-bit shifts.
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/**
 * The head of a request message: its gRPC prefix and fields 1-3, then field 4's tag and length; the encoded
 * PushRequest (`requestBytes` long) follows it on the stream.
 */
export function streamRequestHead(id: number, tenant: string, timeoutMs: number, requestBytes: number): Buffer {
  const fields: number[] = [];
  if (id !== 0) {
    fields.push((1 << 3) | WIRE_VARINT);
    varint(fields, id);
  }
  const tenantBytes = Buffer.from(tenant, 'utf8');
  if (tenantBytes.length > 0) {
    fields.push((2 << 3) | WIRE_LEN);
    varint(fields, tenantBytes.length);
  }
  const afterTenant: number[] = [];
  if (timeoutMs > 0) {
    afterTenant.push((3 << 3) | WIRE_VARINT);
    varint(afterTenant, Math.min(0xffffffff, Math.ceil(timeoutMs)));
  }
  afterTenant.push((4 << 3) | WIRE_LEN);
  varint(afterTenant, requestBytes);
  const messageLength = fields.length + tenantBytes.length + afterTenant.length + requestBytes;
  const head = Buffer.allocUnsafe(5 + messageLength - requestBytes);
  head[0] = 0;
  head.writeUInt32BE(messageLength, 1);
  let at = 5;
  for (const b of fields) head[at++] = b;
  at += tenantBytes.copy(head, at);
  for (const b of afterTenant) head[at++] = b;
  return head;
}

/** Reads a PushStreamRequest message (without its prefix); throws WireError for bytes that are not one. */
export function readStreamedPush(message: Buffer): StreamedPush {
  const r = createReader(message);
  const end = message.length;
  const push: StreamedPush = { id: 0, tenant: '', timeoutMs: 0, request: message.subarray(0, 0) };
  while (r.pos < end) {
    const tag = readTag(r, end);
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && wire === WIRE_VARINT) push.id = readVarint(r, end, true);
    else if (field === 3 && wire === WIRE_VARINT) push.timeoutMs = readVarint(r, end, true);
    else if ((field === 2 || field === 4) && wire === WIRE_LEN) {
      const stop = readDelimitedEnd(r, end);
      if (field === 2) push.tenant = message.toString('utf8', r.pos, stop);
      else push.request = message.subarray(r.pos, stop);
      r.pos = stop;
    } else if (field >= 1 && field <= 4) throw new WireError(`field ${field} of PushStreamRequest has wire type ${wire}`);
    else skipField(r, wire, end);
  }
  return push;
}

/** An encoded message as one Length-Prefixed-Message (not compressed). */
export function lengthPrefixed(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(5 + body.length);
  out[0] = 0;
  out.writeUInt32BE(body.length, 1);
  out.set(body, 5);
  return out;
}

/** A response message with its gRPC prefix. */
export function streamAnswerMessage(answer: StreamAnswer): Buffer {
  return lengthPrefixed(ingester.v1.PushStreamResponse.encode(answer).finish());
}

export function readStreamAnswer(message: Buffer): StreamAnswer {
  const a = ingester.v1.PushStreamResponse.decode(message);
  // protobufjs gives an absent uint64 as a Long of 0, even with --force-number (ids start at 1).
  return { id: typeof a.id === 'number' ? a.id : 0, code: a.code, message: a.message, unprocessed: a.unprocessed };
}

/**
 * Splits what arrives on a stream into its Length-Prefixed-Messages, whatever the chunks' boundaries. A message
 * declared longer than `maxMessageBytes`, or a compressed one (nothing here negotiates compression), is an error
 * for the whole stream.
 */
export class MessageSplitter {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxMessageBytes: number) {}

  /** The messages `chunk` completes (each a view, valid as long as the caller keeps it). */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const out: Buffer[] = [];
    for (;;) {
      if (this.buffered < 5) break;
      const head = this.peek(5);
      if (head[0] !== 0) throw new WireError('a message is compressed, but no compression was negotiated');
      const length = head.readUInt32BE(1);
      if (length > this.maxMessageBytes) throw new WireError(`Received message larger than max (${length} vs. ${this.maxMessageBytes})`);
      if (this.buffered < 5 + length) break;
      out.push(this.take(5 + length).subarray(5));
    }
    return out;
  }

  /** Bytes received that no whole message holds yet. */
  get pending(): number {
    return this.buffered;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0]!.length < n) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }

  private take(n: number): Buffer {
    const first = this.peek(n);
    this.buffered -= n;
    if (first.length === n) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    return first.subarray(0, n);
  }
}
