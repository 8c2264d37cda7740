// The /ring page: an HTML table (and JSON) of the ring with a Forget button, for the ingester and
// distributor HTTP servers to mount. No framework: plain HTML, everything user-supplied escaped.
//
//   GET  /ring                 HTML; JSON with `Accept: application/json` or `?format=json` (`&tokens=true` lists tokens)
//   POST /ring  forget=<id>    removes the instance (form: 303 back to the page; JSON: {"forgotten":id})
//
// Forget is guarded (issue 14, item 6), since anyone who reaches the port could otherwise remove healthy
// ingesters and fail writes:
// - only an UNHEALTHY instance is forgotten (the only one the page offers a button for); a heartbeating one
//   needs `force=true` (409 otherwise);
// - a post from another site is refused (403): browsers send Sec-Fetch-Site and Origin on form posts, and a
//   page elsewhere cannot forge them; clients that send neither (curl, scripts) are not browsers and are let in;
// - `-ingester.ring.forget-enabled=false` turns it off (403);
// - IDs are looked up as own keys only: `forget=__proto__` is 404, never a lookup of Object.prototype.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../util/clock.ts';
import { systemClock } from '../util/clock.ts';
import type { Logger } from '../util/log.ts';
import { silentLogger } from '../util/log.ts';
import type { RingStore } from './kv/store.ts';
import { displayState, ownership, type DisplayState, type RingDesc } from './model.ts';

export interface RingPageOptions {
  store: RingStore;
  heartbeatTimeoutMs: number;
  /** Shown in the page title ("ingester ring"). */
  ringName?: string;
  clock?: Clock;
  logger?: Logger;
  /** -ingester.ring.forget-enabled: whether POST /ring may forget instances at all (default true). */
  forgetEnabled?: boolean;
  /** Where this process serves the profiles UI, linked from the page (only where a querier runs). */
  uiHref?: string;
}

export interface RingPageInstance {
  id: string;
  addr: string;
  httpAddr: string;
  zone: string;
  /** Stored state. */
  state: string;
  /** Stored state, or UNHEALTHY. */
  displayState: DisplayState;
  heartbeatMs: number;
  heartbeatAgeMs: number;
  registeredAtMs: number;
  numTokens: number;
  /** Percent of the token space owned. */
  ownershipPercent: number;
  readOnly: boolean;
  tokens?: number[];
}

const MAX_FORM_BYTES = 64 * 1024;

export function ringPageModel(desc: RingDesc, nowMs: number, heartbeatTimeoutMs: number, withTokens = false): RingPageInstance[] {
  const owned = ownership(desc);
  return Object.values(desc.instances)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((inst) => {
      const row: RingPageInstance = {
        id: inst.id,
        addr: inst.addr,
        httpAddr: inst.httpAddr ?? '',
        zone: inst.zone,
        state: inst.state,
        displayState: displayState(inst, nowMs, heartbeatTimeoutMs),
        heartbeatMs: inst.heartbeatMs,
        heartbeatAgeMs: Math.max(0, nowMs - inst.heartbeatMs),
        registeredAtMs: inst.registeredAtMs,
        numTokens: inst.tokens.length,
        ownershipPercent: Math.round((owned.get(inst.id) ?? 0) * 100_000) / 1000,
        readOnly: !!inst.readOnly,
      };
      if (withTokens) row.tokens = inst.tokens.slice();
      return row;
    });
}

export function createRingHandler(opts: RingPageOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? silentLogger();
  const title = `${opts.ringName ?? 'ingester'} ring`;
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const wantsJson = url.searchParams.get('format') === 'json' || (req.headers.accept ?? '').includes('application/json');
    try {
      if (req.method === 'POST') {
        if (opts.forgetEnabled === false) {
          req.resume();
          return send(res, 403, wantsJson, { error: 'forgetting instances from the ring page is turned off (-ingester.ring.forget-enabled=false)' });
        }
        const crossSite = crossSiteReason(req);
        if (crossSite) {
          req.resume();
          logger.warn('cross-site forget refused on the ring page', { reason: crossSite });
          return send(res, 403, wantsJson, { error: `forget refused: a cross-site post (${crossSite}); post from the ring page itself` });
        }
        const form = new URLSearchParams(await readBody(req));
        const id = form.get('forget');
        if (!id) return send(res, 400, wantsJson, { error: 'missing form field "forget" (the instance ID to forget)' });
        const force = form.get('force') === 'true';
        let outcome: 'forgotten' | 'missing' | { healthy: string; ageMs: number } = 'missing';
        const now = clock.now();
        await opts.store.cas((desc) => {
          const inst = Object.hasOwn(desc.instances, id) ? desc.instances[id] : undefined;
          if (!inst) {
            outcome = 'missing';
            return null;
          }
          const state = displayState(inst, now, opts.heartbeatTimeoutMs);
          if (state !== 'UNHEALTHY' && !force) {
            outcome = { healthy: state, ageMs: Math.max(0, now - inst.heartbeatMs) };
            return null;
          }
          outcome = 'forgotten';
          delete desc.instances[id];
          return desc;
        });
        const result = outcome as 'forgotten' | 'missing' | { healthy: string; ageMs: number };
        if (result === 'missing') return send(res, 404, wantsJson, { error: `instance ${id} is not in the ring` });
        if (result !== 'forgotten') {
          return send(res, 409, wantsJson, {
            error: `instance ${id} is ${result.healthy} and heartbeating (last heartbeat ${age(result.ageMs)}): forgetting it would drop a live replica; send force=true to forget it anyway`,
          });
        }
        logger.warn('instance forgotten from the ring page', { forgotten: id, force });
        if (wantsJson) return send(res, 200, true, { forgotten: id });
        res.writeHead(303, { location: url.pathname, 'content-type': 'text/plain; charset=utf-8' });
        res.end(`forgot ${id}\n`);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD, POST', 'content-type': 'text/plain; charset=utf-8' });
        res.end('method not allowed\n');
        return;
      }
      const now = clock.now();
      const { desc } = await opts.store.get();
      const rows = ringPageModel(desc, now, opts.heartbeatTimeoutMs, url.searchParams.get('tokens') === 'true');
      if (wantsJson) return send(res, 200, true, { nowMs: now, heartbeatTimeoutMs: opts.heartbeatTimeoutMs, instances: rows });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : renderPage(title, rows, now, url.pathname, opts.forgetEnabled !== false, opts.uiHref));
    } catch (err) {
      if (err instanceof BodyTooLarge) return send(res, 413, wantsJson, { error: err.message });
      logger.error('ring page failed', { err });
      send(res, 500, wantsJson, { error: `reading the ring failed: ${(err as Error).message}` });
    }
  };
}

function send(res: ServerResponse, status: number, json: boolean, body: Record<string, unknown>): void {
  if (json) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  } else {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`${String(body.error ?? JSON.stringify(body))}\n`);
  }
}

class BodyTooLarge extends Error {}

/**
 * Why a post comes from another site, or undefined. Browsers send Sec-Fetch-Site (Fetch Metadata) on every
 * request and Origin on every POST; "same-origin" and "none" (typed by the user) are the page's own. An
 * Origin is compared with the Host the request was sent to.
 */
function crossSiteReason(req: IncomingMessage): string | undefined {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site: ${String(site)}`;
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return `Origin: ${origin}`;
  }
  return host === req.headers.host ? undefined : `Origin: ${origin} is not ${req.headers.host ?? 'this host'}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new BodyTooLarge(`form larger than ${MAX_FORM_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function age(ms: number): string {
  if (ms < 1000) return `${ms}ms ago`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)}s ago`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)}m ago`;
  return `${(ms / 3_600_000).toFixed(1)}h ago`;
}

function renderPage(title: string, rows: RingPageInstance[], nowMs: number, action: string, forgetEnabled: boolean, uiHref?: string): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.displayState, (counts.get(r.displayState) ?? 0) + 1);
  const summary = [...counts].map(([s, n]) => `${n} ${s}`).join(', ') || 'no instances';
  const body = rows
    .map((r) => {
      const forget =
        forgetEnabled && r.displayState === 'UNHEALTHY'
          ? `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="forget" value="${escapeHtml(r.id)}"><button type="submit">Forget</button></form>`
          : '';
      return `<tr data-instance="${escapeHtml(r.id)}" class="state-${r.displayState.toLowerCase()}">
<td>${escapeHtml(r.id)}</td><td class="state">${r.displayState}${r.readOnly ? ' (read-only)' : ''}</td><td>${escapeHtml(r.zone)}</td>
<td>${escapeHtml(r.addr)}</td><td>${escapeHtml(r.httpAddr)}</td><td title="${new Date(r.heartbeatMs).toISOString()}">${age(r.heartbeatAgeMs)}</td>
<td>${new Date(r.registeredAtMs).toISOString()}</td><td class="num">${r.numTokens}</td><td class="num">${r.ownershipPercent.toFixed(2)}%</td><td>${forget}</td></tr>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}th,td{padding:.3em .7em;border-bottom:1px solid #ddd;text-align:left}
td.num{text-align:right}.state-unhealthy td.state{color:#b00;font-weight:bold}.state-leaving td.state{color:#a60}.state-active td.state{color:#070}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>${rows.length} instances: ${escapeHtml(summary)}. Rendered at ${new Date(nowMs).toISOString()}. <a href="?format=json">JSON</a>${uiHref ? ` · <a href="${escapeHtml(uiHref)}">profiles UI</a>` : ''}</p>
<table><thead><tr><th>Instance</th><th>State</th><th>Zone</th><th>Address</th><th>HTTP address</th><th>Last heartbeat</th><th>Registered</th><th>Tokens</th><th>Ownership</th><th></th></tr></thead>
<tbody>
${body}
</tbody></table></body></html>
`;
}

/** What /ingester/prepare-shutdown needs from a lifecycler. */
export interface PrepareShutdownTarget {
  setPrepareShutdown(value: boolean): void;
  getPrepareShutdown(): boolean;
}

/**
 * Pyroscope's `/ingester/prepare-shutdown`: GET answers "set" or "unset"; POST sets it (the next stop
 * leaves the ring for good and deletes the tokens file); DELETE unsets it. 204 after a change.
 */
export function createPrepareShutdownHandler(target: PrepareShutdownTarget): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(target.getPrepareShutdown() ? 'set\n' : 'unset\n');
    } else if (req.method === 'POST' || req.method === 'DELETE') {
      target.setPrepareShutdown(req.method === 'POST');
      res.writeHead(204).end();
    } else {
      res.writeHead(405, { allow: 'GET, POST, DELETE', 'content-type': 'text/plain; charset=utf-8' });
      res.end('method not allowed\n');
    }
    req.resume();
  };
}
