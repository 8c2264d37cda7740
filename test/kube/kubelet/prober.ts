// Runs one probe (httpGet, tcpSocket or exec) against a container, as the kubelet's prober does: HTTP
// 200–399 is success, a TCP connect is success, exit status 0 is success; a timeout is a failure.
import http from 'node:http';
import net from 'node:net';
import { spawn } from 'node:child_process';
import type { V1Container, V1Probe } from '@kubernetes/client-node';

export interface ProbeTarget {
  podIP: string;
  container: V1Container;
  env: Record<string, string>;
  cwd: string;
  /** Runs an exec probe's command in the container (containers); absent: a local process. */
  exec?: (command: string[], timeoutMs: number) => Promise<boolean>;
}

/** Resolves a probe port given by number or by the container's port name. */
export function resolvePort(port: number | string, container: V1Container): number {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  const named = container.ports?.find((p) => p.name === port);
  if (!named) throw new Error(`probe port "${port}" is not a named port of container ${container.name}`);
  return named.containerPort;
}

export async function runProbe(probe: V1Probe, target: ProbeTarget, timeoutMs: number): Promise<boolean> {
  try {
    if (probe.httpGet) {
      const get = probe.httpGet;
      const port = resolvePort(get.port as number | string, target.container);
      const headers: Record<string, string> = { 'User-Agent': 'kube-probe/1.32' };
      for (const h of get.httpHeaders ?? []) headers[h.name] = h.value;
      return await httpProbe(get.host || target.podIP, port, get.path ?? '/', headers, timeoutMs);
    }
    if (probe.tcpSocket) {
      return await tcpProbe(probe.tcpSocket.host || target.podIP, resolvePort(probe.tcpSocket.port as number | string, target.container), timeoutMs);
    }
    if (probe.exec?.command?.length) return await (target.exec ? target.exec(probe.exec.command, timeoutMs) : execProbe(probe.exec.command, target, timeoutMs));
    return true;
  } catch {
    return false;
  }
}

function httpProbe(host: string, port: number, path: string, headers: Record<string, string>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host, port, path, headers, agent: false }, (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      resolve(status >= 200 && status < 400);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('probe timeout')));
    req.on('error', () => resolve(false));
  });
}

function tcpProbe(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

function execProbe(command: string[], target: ProbeTarget, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { env: target.env, cwd: target.cwd, stdio: 'ignore', timeout: timeoutMs, killSignal: 'SIGKILL' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
