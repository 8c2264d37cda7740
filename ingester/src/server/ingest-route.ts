// POST /ingest: the Pyroscope SDK endpoint. Reads the body (bounded), converts it with parseIngestRequest
// and hands the PushRequest to a PushApi (the distributor, or an ingester pushed directly).
// Response: 200 with an empty body; errors as plain text with their status (400/401/413/415/429).
import type { Clock } from '../util/clock.ts';
import type { PushApi } from '../model/api.ts';
import type { Limits } from '../ingest/limits.ts';
import { parseIngestRequest } from '../ingest/sdk-ingest.ts';
import { readBody, type HttpServer } from './http.ts';
import { resolveTenant, TENANT_HEADER } from './tenant.ts';

export interface IngestRouteOptions {
  pusher: PushApi;
  limits: () => Limits;
  multiTenancy: () => boolean;
  clock: Clock;
}

/** Multipart framing and text formats need some room beyond the profile size limits. */
const BODY_SLACK_BYTES = 64 * 1024;

export function registerIngestRoute(http: HttpServer, options: IngestRouteOptions): void {
  http.route('POST', '/ingest', async (req, res, ctx) => {
    const limits = options.limits();
    const tenant = resolveTenant(req.headers[TENANT_HEADER], options.multiTenancy());
    const maxProfile = Math.max(limits.maxCompressedProfileSizeBytes, limits.maxProfileSizeBytes);
    const body = await readBody(req, maxProfile > 0 ? maxProfile + BODY_SLACK_BYTES : http.defaultMaxBodyBytes);
    const request = parseIngestRequest(ctx.url.searchParams, String(req.headers['content-type'] ?? ''), body, options.clock.now(), limits);
    await options.pusher.push({ tenant, signal: ctx.signal }, request);
    res.writeHead(200);
    res.end();
  });
}
