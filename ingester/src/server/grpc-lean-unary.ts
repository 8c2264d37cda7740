// Unary gRPC calls served straight from node:http2 streams, before grpc-js sees them: the ingester's query
// methods, which a querier calls several times per query. bench/querier's profile (issue 13) showed grpc-js's
// server at ~40% of an ingester's CPU per SelectSeriesDigests call (its interceptor chain, call and Metadata
// objects, channelz bookkeeping, stream decoder) around a handler of a few hundred µs.
//
// Only the plain case is served here: a POST whose content-type is application/grpc[+proto] and whose message is
// not compressed (no grpc-encoding, or identity). Any other stream (compressed, another content-type, a method
// not listed) goes to grpc-js as before, so its checks and answers stay the reference. The wire format is
// grpc/grpc doc/PROTOCOL-HTTP2.md's:
//
//   → HEADERS :path /<service>/<method>, content-type application/grpc, grpc-timeout, x-scope-orgid; DATA one
//     Length-Prefixed-Message (compressed flag, 4-byte big-endian length, message)
//   ← HEADERS :status 200, content-type application/grpc+proto; DATA the answer; TRAILERS grpc-status 0
//   ← or, on error, Trailers-Only: one HEADERS with :status 200, grpc-status and grpc-message (percent-encoded)
//
// as grpc-js's server answers them (server-interceptors.js: the same headers, "Received message larger than
// max", the grpc-timeout units of DEADLINE_REGEX).
import http2 from 'node:http2';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { abortAtDeadline } from './call-signal.ts';
import { type AbortSignalLike, LightAbortController } from '../util/light-abort.ts';

const { HTTP2_HEADER_PATH, HTTP2_HEADER_CONTENT_TYPE, NGHTTP2_NO_ERROR } = http2.constants;

/** What a served call has: its request bytes (the message, unprefixed) and the caller's headers' meaning. */
export interface LeanCall {
  request: Buffer;
  tenantHeader: string | undefined;
  /** The deadline from grpc-timeout (epoch ms), if any. */
  deadline: number | undefined;
  /**
   * Aborted when the caller goes away (RST_STREAM, or the connection closes) before the answer was sent, or when the
   * deadline passes first (with a TimeoutError DOMException, as server/call-signal.ts and AbortSignal.timeout
   * abort): one controller and one timer per call, cleared when it ends, so that the server need not wrap it in
   * another (grpc.ts run).
   */
  signal: AbortSignalLike;
}

/** A method's answer: its encoded message, or a gRPC status and message. */
export type LeanAnswer = { message: Uint8Array } | { code: number; details: string };

export interface LeanUnaryOptions {
  /** Largest request message accepted (grpc.max_receive_message_length). */
  maxReceiveMessageBytes: number;
  /** Largest answer message sent (grpc.max_send_message_length). */
  maxSendMessageBytes: number;
  tenantHeader: string;
}

export type LeanMethod = (call: LeanCall) => Promise<LeanAnswer>;

/**
 * Serves the stream when it is a plain unary call to one of `methods` and returns true; false leaves it
 * untouched for grpc-js.
 */
export function serveLeanUnary(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders, methods: ReadonlyMap<string, LeanMethod>, o: LeanUnaryOptions): boolean {
  const method = methods.get(headers[HTTP2_HEADER_PATH] as string);
  if (!method) return false;
  const contentType = headers[HTTP2_HEADER_CONTENT_TYPE];
  if (contentType !== 'application/grpc' && contentType !== 'application/grpc+proto') return false;
  const encoding = headers['grpc-encoding'];
  if (encoding !== undefined && encoding !== 'identity') return false;
  if (headers[':method'] !== 'POST') return false;
  // A grpc-timeout this does not read is grpc-js's to judge.
  const timeout = headers['grpc-timeout'];
  if (timeout !== undefined && deadlineOf(timeout) === undefined) return false;

  // An error event always comes with a close, which is what ends the call.
  stream.on('error', () => {});
  const controller = new LightAbortController();
  let answered = false;
  let timer: NodeJS.Timeout | undefined;
  stream.on('close', () => {
    clearTimeout(timer);
    if (!answered) controller.abort();
  });
  const chunks: Buffer[] = [];
  let received = 0;
  let refused = false;
  const fail = (code: number, details: string): void => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    answerTrailersOnly(stream, code, details);
  };
  stream.on('data', (chunk: Buffer) => {
    if (refused) return;
    received += chunk.length;
    if (received > o.maxReceiveMessageBytes + 5) {
      refused = true;
      fail(GrpcStatus.RESOURCE_EXHAUSTED, `Received message larger than max (${received - 5} vs. ${o.maxReceiveMessageBytes})`);
      // Tell the caller to stop sending the rest (RFC 9113 §8.1: RST_STREAM NO_ERROR after a complete answer).
      stream.close(NGHTTP2_NO_ERROR);
      return;
    }
    chunks.push(chunk);
  });
  stream.on('end', () => {
    if (refused || answered) return;
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
    if (body.length < 5) return fail(GrpcStatus.INTERNAL, `request of ${body.length} bytes is shorter than a gRPC message prefix`);
    if (body[0] !== 0) return fail(GrpcStatus.INTERNAL, 'request message is compressed, but grpc-encoding is identity');
    const length = body.readUInt32BE(1);
    if (body.length !== 5 + length) return fail(GrpcStatus.INTERNAL, `request holds ${body.length - 5} bytes after its prefix, which declares ${length} (a unary call sends one message)`);
    const tenant = headers[o.tenantHeader];
    const deadline = deadlineOf(timeout);
    // Cleared when the call is answered or closes, so it fires only while the call is unanswered.
    if (deadline !== undefined) timer = abortAtDeadline(controller, deadline);
    const call: LeanCall = {
      request: body.subarray(5),
      tenantHeader: Array.isArray(tenant) ? tenant[0] : tenant,
      deadline,
      signal: controller.signal,
    };
    void method(call).then(
      (answer) => {
        if ('code' in answer) return fail(answer.code, answer.details);
        if (answer.message.length > o.maxSendMessageBytes) return fail(GrpcStatus.RESOURCE_EXHAUSTED, `Sent message larger than max (${answer.message.length} vs. ${o.maxSendMessageBytes})`);
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        if (stream.destroyed || stream.closed) return;
        const prefix = Buffer.allocUnsafe(5);
        prefix[0] = 0;
        prefix.writeUInt32BE(answer.message.length, 1);
        stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto', 'grpc-accept-encoding': 'identity,deflate,gzip', 'grpc-encoding': 'identity' }, { waitForTrailers: true });
        stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0', 'grpc-message': 'OK' }));
        stream.cork();
        stream.write(prefix);
        stream.end(answer.message);
        stream.uncork();
      },
      (err: unknown) => fail(GrpcStatus.INTERNAL, `internal error: ${(err as Error).message}`),
    );
  });
  return true;
}

const UNIT_MS: Record<string, number> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 0.001, n: 0.000001 };

/** The deadline a grpc-timeout header states, as epoch ms (grpc-js: DEADLINE_REGEX, at most 8 digits and a unit). */
export function deadlineOf(header: string | string[] | undefined): number | undefined {
  if (typeof header !== 'string') return undefined;
  const m = /^(\d{1,8})\s*([HMSmun])$/.exec(header);
  if (!m) return undefined;
  return Date.now() + Number(m[1]) * UNIT_MS[m[2]!]!;
}

/** A Trailers-Only answer (PROTOCOL-HTTP2.md): one HEADERS with :status 200, grpc-status and grpc-message, ending the call. */
export function answerTrailersOnly(stream: http2.ServerHttp2Stream, code: number, details: string): void {
  if (stream.destroyed || stream.closed) return;
  stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto', 'grpc-status': String(code), 'grpc-message': percentEncode(details) }, { endStream: true });
}

/**
 * grpc-message's percent-encoding (PROTOCOL-HTTP2.md: "Status-Message"): printable ASCII except '%' as it is,
 * every other byte of the UTF-8 as %XX.
 */
export function percentEncode(s: string): string {
  if (/^[\x20-\x24\x26-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) out += b >= 0x20 && b <= 0x7e && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}
