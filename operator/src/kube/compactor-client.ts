// The operator's side of GET /compactor/status (ingester/src/roles/compactor/status.ts) on a compactor pod's IP.
import type { CompactorStatus } from '../../../ingester/src/roles/compactor/status.ts';

export type { CompactorStatus };

export interface CompactorClient {
  /** The compactor's status, or undefined when it does not answer (not started, stopped, unreachable). */
  status(ip: string): Promise<CompactorStatus | undefined>;
}

export class HttpCompactorClient implements CompactorClient {
  constructor(private readonly port: number, private readonly timeoutMs = 2000) {}

  async status(ip: string): Promise<CompactorStatus | undefined> {
    try {
      const host = ip.includes(':') ? `[${ip}]` : ip;
      const res = await fetch(`http://${host}:${this.port}/compactor/status`, { signal: AbortSignal.timeout(this.timeoutMs), headers: { Accept: 'application/json' } });
      if (!res.ok) return undefined;
      return parseCompactorStatus(await res.json());
    } catch {
      return undefined;
    }
  }
}

/** Reads the JSON defensively: a compactor of another version may lack a field; times that do not parse are left out. */
export function parseCompactorStatus(body: unknown): CompactorStatus | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const time = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);
  const startedAt = time(b.startedAt);
  if (!startedAt) return undefined;
  const passes = (b.passes ?? {}) as Record<string, unknown>;
  const tenants = Array.isArray(b.tenants) ? b.tenants : [];
  return {
    startedAt,
    lastSuccessfulPassAt: time(b.lastSuccessfulPassAt),
    passes: { success: Number(passes.success ?? 0), failure: Number(passes.failure ?? 0) },
    lagSeconds: Number(b.lagSeconds ?? 0),
    tenants: tenants.flatMap((t: Record<string, unknown>) => {
      const oldest = time(t?.oldestUncompactedBlockTime);
      return typeof t?.tenant === 'string' && oldest ? [{ tenant: t.tenant, oldestUncompactedBlockTime: oldest, lagSeconds: Number(t.lagSeconds ?? 0) }] : [];
    }),
  };
}
