// Serves the profiles UI (built from ui/ by Vite into ui/dist) at `/`: index.html for `/`, and the hashed
// files under /assets/. The files are read once at start (the bundle is a few tens of KB), so a request
// never touches the disk. Where no build is found the page says how to build it instead of a blank 404.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import type { Logger } from '../util/log.ts';
import type { HttpServer } from './http.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where the built UI is: beside the sources (ingester/src/server → ui/dist) when run through tsx, or one
 * level further up when run compiled from dist/ingester/src/server.
 */
export const UI_DIR_CANDIDATES = [path.resolve(here, '../../../ui/dist'), path.resolve(here, '../../../../ui/dist')];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/**
 * The page loads only its own files and talks only to this origin; it may not be framed, so a click on it
 * cannot be hijacked from another site.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

export function findUiDir(candidates = UI_DIR_CANDIDATES): string | undefined {
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html')));
}

export function registerUi(http: HttpServer, logger: Logger, dir = findUiDir()): void {
  if (!dir) {
    logger.warn('the profiles UI is not built: / explains how to build it', { looked_in: UI_DIR_CANDIDATES });
    http.route('GET', '/', (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end('The profiles UI is not built. Run `make build` (or `make ui`) in the repository, then restart.\n');
    });
    return;
  }
  const send = (res: ServerResponse, body: Buffer, type: string, cache: string): void => {
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': cache, ...SECURITY_HEADERS });
    res.end(body);
  };
  const index = readFileSync(path.join(dir, 'index.html'));
  // The page's URL carries its state (?type=…&query=…): always revalidate it, never cache it stale.
  http.route('GET', '/', (_req, res) => send(res, index, CONTENT_TYPES['.html']!, 'no-cache'));
  const assets = path.join(dir, 'assets');
  if (existsSync(assets)) {
    for (const file of readdirSync(assets)) {
      const body = readFileSync(path.join(assets, file));
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      // Vite names assets by content hash: a new build has new names, so they can be cached for good.
      http.route('GET', `/assets/${file}`, (_req, res) => send(res, body, type, 'public, max-age=31536000, immutable'));
    }
  }
  logger.info('serving the profiles UI at /', { dir });
}
