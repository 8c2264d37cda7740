// Helpers for tests on the test cluster: kubectl (async: the API server may share this process, so never
// block the event loop), polling with a deadline, readiness checks, and manifests for the HTTP fixture.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { V1Pod } from '@kubernetes/client-node';
import type { ImageTable } from '../images.ts';
import { defined, eventually as pollUntil } from '../../../ingester/src/util/eventually.ts';

export const FIXTURE_IMAGE = 'test/http';
export const FIXTURE_PROGRAM = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/http-server.mjs');

/** An image table with `test/http` → the fixture HTTP program. */
export function fixtureImages(): ImageTable {
  return { images: { [FIXTURE_IMAGE]: { command: [process.execPath, FIXTURE_PROGRAM], entrypoints: ['/http-server'] } } };
}

export interface KubectlTarget {
  kubeconfigPath: string;
}

/** Runs the real kubectl; resolves with stdout, rejects with stderr in the message. */
export function kubectl(cluster: KubectlTarget, args: string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('/usr/bin/kubectl', ['--kubeconfig', cluster.kubeconfigPath, ...args], { encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`kubectl ${args.join(' ')}: ${stderr || err.message}`));
      else resolve(stdout);
    });
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}

/** Polls `probe` until it answers something other than undefined; fails with `what` after the deadline. */
export function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000, intervalMs = 100): Promise<T> {
  return pollUntil(what, probe, { timeoutMs, intervalMs, done: defined });
}

export function podReady(pod: V1Pod): boolean {
  return !pod.metadata?.deletionTimestamp && (pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false);
}

export interface FixtureSetOptions {
  replicas?: number;
  updateStrategy?: 'RollingUpdate' | 'OnDelete';
  podManagementPolicy?: 'OrderedReady' | 'Parallel';
  tag?: string;
}

/** A StatefulSet of the HTTP fixture with a readiness probe and a PVC mounted at /data (JSON manifest). */
export function statefulSetManifest(name: string, options: FixtureSetOptions = {}): string {
  return JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: options.replicas ?? 3,
      serviceName: name,
      podManagementPolicy: options.podManagementPolicy ?? 'OrderedReady',
      updateStrategy: { type: options.updateStrategy ?? 'RollingUpdate' },
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          terminationGracePeriodSeconds: 5,
          containers: [
            {
              name: 'web',
              image: `${FIXTURE_IMAGE}:${options.tag ?? 'v1'}`,
              args: ['--listen=$(POD_IP):8080', '--data-dir=/data'],
              ports: [{ name: 'http', containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 1, timeoutSeconds: 5 },
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
            },
          ],
        },
      },
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    },
  });
}
