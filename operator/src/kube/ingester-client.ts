// The operator's side of the ingester HTTP protocol: /ingester/status, /ingester/leave and
// /ingester/prepare-shutdown (GET, POST, DELETE) on the pod IP.
import type { IngesterStatus, RingState } from '../controller/observed.ts';

export interface IngesterClient {
  status(ip: string): Promise<IngesterStatus | undefined>;
  leave(ip: string): Promise<void>;
  prepareShutdown(ip: string): Promise<void>;
  /** GET /ingester/prepare-shutdown: true when "set"; undefined when it does not answer. */
  preparedForShutdown(ip: string): Promise<boolean | undefined>;
  /** DELETE /ingester/prepare-shutdown: its next stop keeps its ring entry and tokens file. */
  cancelPrepareShutdown(ip: string): Promise<void>;
}

const STATES: RingState[] = ['PENDING', 'JOINING', 'ACTIVE', 'LEAVING'];

export class HttpIngesterClient implements IngesterClient {
  constructor(private readonly port: number, private readonly timeoutMs = 2000) {}

  private url(ip: string, path: string): string {
    return `http://${ip.includes(':') ? `[${ip}]` : ip}:${this.port}${path}`;
  }

  /** The ingester's status, or undefined when it does not answer (not started, stopped, unreachable). */
  async status(ip: string): Promise<IngesterStatus | undefined> {
    try {
      const res = await fetch(this.url(ip, '/ingester/status'), { signal: AbortSignal.timeout(this.timeoutMs), headers: { Accept: 'application/json' } });
      if (!res.ok) return undefined;
      const body = (await res.json()) as Record<string, unknown>;
      const state = STATES.includes(body.state as RingState) ? (body.state as RingState) : 'PENDING';
      return {
        state,
        headBytes: Number(body.headBytes ?? 0),
        blocksPendingUpload: Number(body.blocksPendingUpload ?? 0),
        flushed: body.flushed === true,
        lastUploadError: typeof body.lastUploadError === 'string' ? body.lastUploadError : null,
        uploadFailing: body.uploadFailing === true,
      };
    } catch {
      return undefined;
    }
  }

  async leave(ip: string): Promise<void> {
    await this.post(ip, '/ingester/leave');
  }

  async prepareShutdown(ip: string): Promise<void> {
    await this.post(ip, '/ingester/prepare-shutdown');
  }

  async preparedForShutdown(ip: string): Promise<boolean | undefined> {
    try {
      const res = await fetch(this.url(ip, '/ingester/prepare-shutdown'), { signal: AbortSignal.timeout(this.timeoutMs) });
      const body = (await res.text()).trim();
      return res.ok ? body === 'set' : undefined;
    } catch {
      return undefined;
    }
  }

  async cancelPrepareShutdown(ip: string): Promise<void> {
    await this.post(ip, '/ingester/prepare-shutdown', 'DELETE');
  }

  private async post(ip: string, path: string, method = 'POST'): Promise<void> {
    const res = await fetch(this.url(ip, path), { method, signal: AbortSignal.timeout(this.timeoutMs * 5) });
    if (!res.ok) throw new Error(`${method} ${path} on ${ip}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    await res.arrayBuffer();
  }
}
