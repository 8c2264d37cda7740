// Rendering the chart the way `helm install` would, for the chart tests.
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { helm } from './helm.ts';

export const chartDir = path.resolve(import.meta.dirname, '../../charts/ingester-cluster');

/** The scenario values files in charts/ingester-cluster/ci (plus "default": no values file). */
export const scenarios = ['default', 'filesystem', 'gcs', 'zone-aware', 'cluster-wide'] as const;
export type Scenario = (typeof scenarios)[number];

export function valuesArgs(scenario: Scenario): string[] {
  return scenario === 'default' ? [] : ['-f', path.join(chartDir, 'ci', `${scenario}-values.yaml`)];
}

/** Renders the chart (CRDs included) for a release "ic" in namespace "profiling". Throws helm's message. */
export function renderChart(scenario: Scenario, extraArgs: string[] = [], namespace = 'profiling'): string {
  const key = JSON.stringify([scenario, extraArgs, namespace]);
  const cached = renders.get(key);
  if (cached !== undefined) return cached;
  const result = helm(['template', 'ic', chartDir, '--namespace', namespace, '--include-crds', ...valuesArgs(scenario), ...extraArgs]);
  if (result.code !== 0) throw new Error(result.stderr.trim() || `helm template exited ${result.code}`);
  renders.set(key, result.stdout);
  return result.stdout;
}

/** Renders are pure functions of their arguments: each is made once per test run. */
const renders = new Map<string, string>();

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  [key: string]: unknown;
}

export function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((doc) => doc.toJSON() as K8sObject | null)
    .filter((obj): obj is K8sObject => obj !== null && typeof obj === 'object');
}
