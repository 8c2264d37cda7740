// Connect unary calls (application/proto over HTTP POST) as clients send them, for the process-level tests.
import { push } from '../../ingester/src/gen/index.ts';

export class RpcError extends Error {
  constructor(readonly status: number, readonly body: string, method: string) {
    super(`${method}: HTTP ${status} ${body.slice(0, 500)}`);
  }
}

/** POSTs `body` to `${base}/${method}` (e.g. push.v1.PusherService/Push); a non-2xx answer throws RpcError. */
export async function connect(base: string, method: string, body: Uint8Array, tenant?: string): Promise<Buffer> {
  const headers: Record<string, string> = { 'content-type': 'application/proto' };
  if (tenant) headers['x-scope-orgid'] = tenant;
  const res = await fetch(`${base}/${method}`, { method: 'POST', headers, body });
  const data = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new RpcError(res.status, data.toString(), method);
  return data;
}

/** Pushes one raw pprof profile as one series with `labels`. */
export async function pushProfile(base: string, raw: Uint8Array, labels: Record<string, string>, id: string, tenant?: string): Promise<void> {
  const request = push.v1.PushRequest.encode({
    series: [{ labels: Object.entries(labels).map(([name, value]) => ({ name, value })), samples: [{ rawProfile: raw, ID: id }] }],
  }).finish();
  await connect(base, 'push.v1.PusherService/Push', request, tenant);
}
