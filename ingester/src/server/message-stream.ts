// The server's side of a long-lived gRPC stream that carries many calls as messages (grpc-push-stream.ts: the
// distributor's pushes; grpc-call-stream.ts: the querier's reads): what both do alike. The stream is answered like
// any gRPC call: HEADERS :status 200 at once, the answers as DATA, and TRAILERS grpc-status when it ends.
//
// Bounds: a stream has at most `maxInFlight` calls running; past that it is not read until one ends, so HTTP/2's
// flow control holds the client back instead of this process buffering its calls. A message larger than the
// largest request (grpc.max_receive_message_length) or one the reader refuses ends the stream with
// RESOURCE_EXHAUSTED or INTERNAL, failing its calls not yet answered, as a unary call would fail alone.
//
// Shutdown (drain): from then on the owner answers a call that arrives "unprocessed" without running it (the
// client sends it again, as gRPC's transparent retry sends a call refused unprocessed), and each stream ends with
// grpc-status 0 once the calls it runs are answered. A stream opened while draining is refused with UNAVAILABLE.
import http2 from 'node:http2';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { Gauge, type Registry } from 'prom-client';
import { WireError } from '../pprof/varint.ts';
import { answerTrailersOnly, percentEncode } from './grpc-lean-unary.ts';
import { MessageSplitter } from './push-stream-wire.ts';
import type { AbortSignalLike } from '../util/light-abort.ts';

const { HTTP2_HEADER_CONTENT_TYPE } = http2.constants;

/** One open stream, as the owner's message handler sees it. */
export interface StreamSession {
  /** The server is shutting down: a call that arrives now is answered unprocessed, not run. */
  readonly ending: boolean;
  /** Aborted when the client goes away while calls run (a unary call's handler is aborted so). */
  readonly gone: AbortSignalLike;
  /** Writes answer bytes while the stream is open (false: it is not); `done` runs once they are taken. */
  write(bytes: Buffer, done?: () => void): boolean;
  /** A call starts running: the stream is not read while `maxInFlight` run. */
  begin(): void;
  /** A call ended (answered, or given up). */
  end(): void;
}

export interface MessageStreamOptions {
  /** The stream's method name, in the messages that end a stream. */
  name: string;
  /** Largest request message (grpc.max_receive_message_length). */
  maxReceiveMessageBytes: number;
  /** Calls one stream runs at once. */
  maxInFlight: number;
  /** The gauge of the streams open: its name and help. */
  openGauge: { name: string; help: string };
  registry?: Registry;
}

interface OpenStream {
  /** Ends the stream with grpc-status 0 once its calls in flight are answered. */
  drain(): void;
  /** Resolves when the stream has closed. */
  closed: Promise<void>;
}

/** A stream's server: what a subclass adds is how it takes one request message. */
export abstract class MessageStreamServer {
  private readonly open = new Set<OpenStream>();
  private draining = false;
  /** Streams served, for the tests. */
  served = 0;

  constructor(private readonly streamOptions: MessageStreamOptions) {
    const open = this.open;
    new Gauge({
      ...streamOptions.openGauge,
      registers: streamOptions.registry ? [streamOptions.registry] : [],
      collect() {
        this.set(open.size);
      },
    });
  }

  /** Takes one request message (without its prefix); throws WireError for bytes that are not one. */
  protected abstract onMessage(message: Buffer, session: StreamSession): void;

  /** Serves `stream` (a call to the stream's method, already routed by its path). */
  serve(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    this.served++;
    // An error event always comes with a close, which is what ends the stream.
    stream.on('error', () => {});
    const contentType = headers[HTTP2_HEADER_CONTENT_TYPE];
    if (contentType !== 'application/grpc' && contentType !== 'application/grpc+proto') return answerTrailersOnly(stream, GrpcStatus.INVALID_ARGUMENT, `content-type ${String(contentType)} is not application/grpc`);
    const encoding = headers['grpc-encoding'];
    if (encoding !== undefined && encoding !== 'identity') return answerTrailersOnly(stream, GrpcStatus.UNIMPLEMENTED, `grpc-encoding ${String(encoding)} is not served on ${this.streamOptions.name}`);
    if (this.draining) return answerTrailersOnly(stream, GrpcStatus.UNAVAILABLE, 'the ingester is shutting down');
    this.open.add(this.run(stream));
  }

  /** Stops taking calls (see the top of this file); resolves when every stream has closed, or after `graceMs`. */
  async drain(graceMs: number): Promise<void> {
    this.draining = true;
    const streams = [...this.open];
    for (const s of streams) s.drain();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(streams.map((s) => s.closed)), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }

  private run(stream: http2.ServerHttp2Stream): OpenStream {
    const o = this.streamOptions;
    const gone = new AbortController();
    const splitter = new MessageSplitter(o.maxReceiveMessageBytes);
    let inFlight = 0;
    let ending = false;
    let clientEnded = false;
    let paused = false;
    let finished = false;
    const finish = (code: number, details: string): void => {
      if (finished) return;
      finished = true;
      if (stream.destroyed || stream.closed) return;
      stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': String(code), 'grpc-message': percentEncode(details) }));
      stream.end();
    };
    const endWhenIdle = (): void => {
      if (inFlight === 0 && (ending || clientEnded)) finish(GrpcStatus.OK, 'OK');
    };
    const session: StreamSession = {
      get ending() {
        return ending;
      },
      gone: gone.signal,
      write: (bytes, done) => {
        if (finished || stream.destroyed || stream.closed) return false;
        stream.write(bytes, done);
        return true;
      },
      begin: () => {
        inFlight++;
        if (inFlight >= o.maxInFlight && !paused) {
          paused = true;
          stream.pause();
        }
      },
      end: () => {
        inFlight--;
        if (paused && inFlight < o.maxInFlight) {
          paused = false;
          stream.resume();
        }
        endWhenIdle();
      },
    };

    stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto', 'grpc-encoding': 'identity' }, { waitForTrailers: true });
    stream.on('data', (chunk: Buffer) => {
      if (finished) return;
      try {
        for (const m of splitter.push(chunk)) this.onMessage(m, session);
      } catch (err) {
        if (!(err instanceof WireError)) throw err;
        const tooLarge = err.message.startsWith('Received message larger than max');
        finish(tooLarge ? GrpcStatus.RESOURCE_EXHAUSTED : GrpcStatus.INTERNAL, `${o.name}: ${err.message}`);
      }
    });
    stream.on('end', () => {
      clientEnded = true;
      if (splitter.pending > 0 && !finished) return finish(GrpcStatus.INTERNAL, `${o.name}: the stream ended inside a message (${splitter.pending} bytes of it)`);
      endWhenIdle();
    });
    const closed = new Promise<void>((resolve) =>
      stream.once('close', () => {
        // The client went away: what still runs for it is aborted, as a unary call's handler is.
        if (inFlight > 0) gone.abort();
        this.open.delete(open);
        resolve();
      }),
    );
    const open: OpenStream = {
      drain: () => {
        ending = true;
        endWhenIdle();
      },
      closed,
    };
    return open;
  }
}
