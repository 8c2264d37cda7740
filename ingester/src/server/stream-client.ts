// What the clients of the long-lived streams (roles/distributor/push-stream.ts: PushStream; call-stream-client.ts:
// CallStream) do alike: they keep one open stream per ingester, and end their side of it to be done with it.
import type http2 from 'node:http2';

export abstract class LongLivedStreamClient<S extends { stream: http2.ClientHttp2Stream }> {
  /** The stream new calls go on; undefined: the next call opens one. */
  protected current: S | undefined;

  /** Ends the open stream: the ingester answers what it runs, then ends it too. */
  close(): void {
    if (this.current) this.retire(this.current);
  }

  /** Sends nothing more on `s` and ends this side of it (the ingester answers what it took, then ends too). */
  protected retire(s: S): void {
    if (this.current === s) this.current = undefined;
    if (!s.stream.closed && !s.stream.writableEnded) s.stream.end();
  }
}
