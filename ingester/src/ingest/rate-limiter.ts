// Per-tenant ingestion rate limiting: a token bucket per tenant, refilled at `rate` bytes per second up to
// `burst` bytes. A request is admitted whole or refused whole (HTTP 429 / RESOURCE_EXHAUSTED), so a
// refused request changes nothing; a request larger than the burst can never be admitted (as Pyroscope).
// Single-threaded JS: the buckets need no lock. Applied by the distributor (and an ingester pushed directly).
import { Counter, type Registry } from 'prom-client';
import { rateLimited } from '../util/errors.ts';
import type { Clock } from '../util/clock.ts';

export interface RateLimit {
  bytesPerSecond: number;
  burstBytes: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class IngestionRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refused: Counter<'tenant'>;

  constructor(
    private readonly limitFor: (tenant: string) => RateLimit,
    private readonly clock: Clock,
    registry: Registry,
  ) {
    this.refused = new Counter({
      name: 'ingest_rate_limited_bytes_total',
      help: 'Bytes refused by the per-tenant ingestion rate limiter.',
      labelNames: ['tenant'],
      registers: [registry],
    });
  }

  /** Takes `bytes` tokens from the tenant's bucket if it has them; returns whether it did. */
  allow(tenant: string, bytes: number): boolean {
    const { bytesPerSecond, burstBytes } = this.limitFor(tenant);
    if (bytesPerSecond <= 0) return true;
    const now = this.clock.now();
    let b = this.buckets.get(tenant);
    if (!b) this.buckets.set(tenant, (b = { tokens: burstBytes, updatedMs: now }));
    b.tokens = Math.min(burstBytes, b.tokens + (Math.max(0, now - b.updatedMs) / 1000) * bytesPerSecond);
    b.updatedMs = now;
    if (bytes > b.tokens) return false;
    b.tokens -= bytes;
    return true;
  }

  /** Like allow, but throws ApiError resource_exhausted (HTTP 429) naming the limit when refused. */
  check(tenant: string, bytes: number): void {
    if (this.allow(tenant, bytes)) return;
    this.refused.inc({ tenant }, bytes);
    const { bytesPerSecond, burstBytes } = this.limitFor(tenant);
    throw rateLimited(
      `push rate limit exceeded for tenant ${tenant}: limit ingestion-rate-limit (${fmt(bytesPerSecond)}/s, burst ${fmt(burstBytes)}) exceeded while adding ${fmt(bytes)}`,
    );
  }
}

function fmt(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/** Bytes a push request counts against the rate limit: its raw profiles as sent plus its label text. */
export function pushRequestBytes(request: { series?: Array<{ labels?: Array<{ name?: string | null; value?: string | null }> | null; samples?: Array<{ rawProfile?: Uint8Array | null }> | null }> | null }): number {
  let n = 0;
  for (const s of request.series ?? []) {
    for (const l of s.labels ?? []) n += (l.name?.length ?? 0) + (l.value?.length ?? 0);
    for (const x of s.samples ?? []) n += x.rawProfile?.length ?? 0;
  }
  return n;
}
