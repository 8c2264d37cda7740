// The benches' Connect client for measured queries: node:http over one kept-alive connection per target, instead of
// fetch (undici), which cost the bench's own process ~0.4 ms of CPU per query. A query's client (Grafana) runs
// elsewhere in a deployment; here it shares the two cores with the processes measured, so its CPU is load on them.
// It asks for gzip'd answers, as fetch and Go's HTTP client (Grafana's) do by themselves, so the servers compress
// large answers as they would for Grafana (server/connect.ts). Not a bench itself (make bench runs bench/*.bench.ts).
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { RpcError } from '../test/cluster/harness.ts';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** A unary Connect call (application/proto) to `${base}/${method}`: the answer's bytes, or an RpcError. */
export function connectCall(base: string, method: string, body: Uint8Array): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const req = http.request(`${base}/${method}`, { method: 'POST', agent, headers: { 'content-type': 'application/proto', 'content-length': String(body.length), 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const received = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const data = res.headers['content-encoding'] === 'gzip' ? gunzipSync(received) : received;
        if ((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300) resolve(data);
        else reject(new RpcError(res.statusCode ?? 0, data.toString(), method));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
