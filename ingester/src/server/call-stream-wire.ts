// The messages of ingester.v1.IngesterService/CallStream (proto/ingester/v1/ingester.proto) as they travel: gRPC
// Length-Prefixed-Messages, many one after the other on one HTTP/2 stream each way (push-stream-wire.ts splits
// them). Requests are small (selectors), so the generated code encodes and decodes them; an answer is cut into
// parts of at most ANSWER_PART_BYTES, each its own response message.
import { ingester } from '../gen/index.ts';
import { lengthPrefixed } from './push-stream-wire.ts';

/** The largest part of an answer in one response: a larger answer holds back the calls behind it for less. */
export const ANSWER_PART_BYTES = 64 * 1024;

/** A CallStreamRequest as read: the request's bytes are a view of the received message. */
export interface StreamedCall {
  id: number;
  method: string;
  tenant: string;
  timeoutMs: number;
  request: Uint8Array;
  cancel: boolean;
}

/** One CallStreamResponse as read: the part's bytes are a view of the received message. */
export interface StreamedAnswerPart {
  id: number;
  code: number;
  message: string;
  response: Uint8Array;
  more: boolean;
  unprocessed: boolean;
}

/** protobufjs gives an absent uint64 as a Long of 0, even with --force-number (ids start at 1). */
const idOf = (id: unknown): number => (typeof id === 'number' ? id : 0);

/** A call's request message (or, with `cancel`, the message that gives it up), with its gRPC prefix. */
export function callRequestMessage(call: Partial<StreamedCall> & { id: number }): Buffer {
  return lengthPrefixed(ingester.v1.CallStreamRequest.encode(call).finish());
}

/** Reads a CallStreamRequest (without its prefix); throws what the generated decoder throws for other bytes. */
export function readCall(message: Uint8Array): StreamedCall {
  const c = ingester.v1.CallStreamRequest.decode(message);
  return { id: idOf(c.id), method: c.method, tenant: c.tenant, timeoutMs: c.timeoutMs, request: c.request, cancel: c.cancel };
}

/**
 * The response messages answering call `id`, prefixed: the encoded answer in parts of at most ANSWER_PART_BYTES (at
 * least one part, empty for an empty answer), the last one with code 0; or one message with the error's code.
 */
export function answerMessages(id: number, answer: { message: Uint8Array } | { code: number; details: string }): Buffer[] {
  if ('code' in answer) return [lengthPrefixed(ingester.v1.CallStreamResponse.encode({ id, code: answer.code, message: answer.details }).finish())];
  const bytes = answer.message;
  const out: Buffer[] = [];
  let at = 0;
  do {
    const part = bytes.subarray(at, at + ANSWER_PART_BYTES);
    at += part.length;
    out.push(lengthPrefixed(ingester.v1.CallStreamResponse.encode({ id, response: part, more: at < bytes.length }).finish()));
  } while (at < bytes.length);
  return out;
}

/** A call that was not run (its server is shutting down), prefixed. */
export function unprocessedMessage(id: number, code: number, details: string): Buffer {
  return lengthPrefixed(ingester.v1.CallStreamResponse.encode({ id, code, message: details, unprocessed: true }).finish());
}

export function readAnswerPart(message: Uint8Array): StreamedAnswerPart {
  const a = ingester.v1.CallStreamResponse.decode(message);
  return { id: idOf(a.id), code: a.code, message: a.message, response: a.response, more: a.more, unprocessed: a.unprocessed };
}
