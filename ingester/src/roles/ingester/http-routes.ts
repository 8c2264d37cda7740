// The ingester's operational HTTP endpoints:
//   GET  /ingester/status  JSON the operator reads during rollouts (see IngesterStatus)
//   POST /flush, /ingester/flush  cut the head and upload every block; 200 once they are in the bucket
//   POST /ingester/leave   stop taking writes, then cut and upload everything in the background; reads go
//                          on. Answers 202 at once: the caller polls /ingester/status until "flushed".
import type { HttpServer } from '../../server/http.ts';
import type { IngesterRole } from './ingester.ts';
import type { AbortSignalLike } from '../../util/light-abort.ts';

export function registerIngesterRoutes(http: HttpServer, role: IngesterRole): void {
  http.route('GET', '/ingester/status', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(role.status()));
  });
  const flush = async (_req: unknown, res: import('node:http').ServerResponse, ctx: { signal: AbortSignalLike }) => {
    const { blocks } = await role.flush({ tenant: '', signal: ctx.signal }, {} as never);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ blocks }));
  };
  for (const path of ['/flush', '/ingester/flush']) {
    http.route('POST', path, flush);
    http.route('GET', path, flush);
  }
  http.route('POST', '/ingester/leave', (_req, res) => {
    role.leaveInBackground();
    res.writeHead(202, { 'content-type': 'application/json' });
    res.end(JSON.stringify(role.status()));
  });
}
