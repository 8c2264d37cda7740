// Helpers for this server's tests: the real kubectl against a kubeconfig, plain HTTPS requests, polling.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:https';
import { eventually as pollUntil } from '../../../ingester/src/util/eventually.ts';

export interface KubectlResult { code: number; stdout: string; stderr: string }

/** Runs /usr/bin/kubectl with its own discovery cache folder; never throws on a non-zero exit. */
export function kubectl(kubeconfig: string, cacheDir: string, args: string[], input?: string): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const child = execFile('kubectl', ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, ...args], { timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Starts kubectl in the background (wait, watch); the caller awaits `done`. */
export function kubectlBackground(kubeconfig: string, cacheDir: string, args: string[]): { child: ChildProcess; done: Promise<KubectlResult>; output: () => string } {
  const child = spawn('kubectl', ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<KubectlResult>((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })));
  return { child, done, output: () => stdout };
}

export interface HttpResult { status: number; headers: Record<string, string | string[] | undefined>; body: string; json: () => any }

/** One HTTPS request to the server (trusting its CA), for what clients do not expose (raw Status bodies). */
export function call(server: { url: string; caPem: string }, method: string, path: string, opts: { token?: string; body?: unknown; contentType?: string; accept?: string } = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.url);
    const payload = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    const headers: Record<string, string> = { Accept: opts.accept ?? 'application/json' };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    if (payload !== undefined) headers['Content-Type'] = opts.contentType ?? 'application/json';
    const req = request(url, { method, headers, ca: server.caPem, agent: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) }));
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Polls until `check` returns a truthy value; the error names what was awaited. */
export function eventually<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  return pollUntil(what, check, { timeoutMs, intervalMs });
}

/** The Status body of a failed @kubernetes/client-node call (its ApiException carries code and body). */
export async function failure(p: Promise<unknown>): Promise<{ code: number; body: Record<string, any> }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: number; body?: unknown };
    return { code: e.code ?? 0, body: typeof e.body === 'string' ? JSON.parse(e.body) : (e.body as Record<string, any>) };
  }
  throw new Error('expected the request to fail');
}
