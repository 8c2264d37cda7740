// Container logs as `kubectl logs` shows them. The kubelet writes each run of a container to
// `<pod folder>/logs/<container>/<restartCount>.log` (stdout and stderr together); `previous` reads the run
// before the current one. The API server's `pods/log` route can delegate here (Kubelet.readPodLog).
import fs from 'node:fs';
import path from 'node:path';
import { KubeApiError } from '../controllers/client.ts';

export interface PodLogOptions {
  previous?: boolean;
  tailLines?: number;
  limitBytes?: number;
  /** Only lines written in the last N seconds: not tracked per line here, so the whole run is returned. */
  sinceSeconds?: number;
}

export function readLog(dir: string, restartCount: number, options: PodLogOptions, pod: string, container: string): string {
  const run = options.previous ? restartCount - 1 : restartCount;
  if (run < 0) {
    throw new KubeApiError(400, { reason: 'BadRequest', message: `previous terminated container "${container}" in pod "${pod}" not found`, code: 400 }, 'GET', `pods/${pod}/log`);
  }
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, `${run}.log`), 'utf8');
  } catch {
    if (options.previous) {
      throw new KubeApiError(400, { reason: 'BadRequest', message: `previous terminated container "${container}" in pod "${pod}" not found`, code: 400 }, 'GET', `pods/${pod}/log`);
    }
    text = '';
  }
  if (options.tailLines !== undefined && options.tailLines >= 0) {
    const lines = text.split('\n');
    const trailing = lines[lines.length - 1] === '' ? lines.pop() : undefined;
    text = lines.slice(Math.max(0, lines.length - options.tailLines)).join('\n') + (trailing !== undefined && options.tailLines > 0 ? '\n' : '');
  }
  if (options.limitBytes !== undefined && options.limitBytes >= 0) text = Buffer.from(text).subarray(0, options.limitBytes).toString('utf8');
  return text;
}
