// Names, labels and the ingester groups of a cluster: one place that says what is called what, so the
// desired objects, the rollout decisions and the reconciler agree. A group is one StatefulSet: the whole
// cluster when it is not zone-aware, one per zone when it is (a StatefulSet's pods share one template, and
// the zone is in the template).
import type { IngesterCluster } from '../gen/types.ts';
import { parseDuration } from '../../../ingester/src/util/flags.ts';

export const MANAGED_BY = 'ingester-cluster-operator';
export const HTTP_PORT = 4040;
export const GRPC_PORT = 9095;
export const DATA_MOUNT = '/data';
export const GCS_SECRET_MOUNT = '/var/secrets/gcs';
export const DATA_VOLUME = 'data';
/** Scratch space on an emptyDir: the root filesystem is read-only. */
export const TMP_MOUNT = '/tmp';
export const TMP_VOLUME = 'tmp';
export const TMP_SIZE_LIMIT = '128Mi';
/** The uid and gid of the images' user (distroless "nonroot"), which the pods run as. */
export const RUN_AS_ID = 65532;

export type Component = 'ingester' | 'distributor' | 'querier' | 'compactor';

export interface IngesterGroup {
  /** StatefulSet name. */
  name: string;
  /** Zone, or '' when not zone-aware. */
  zone: string;
  /** Index of the zone in spec.zones (0 when not zone-aware). */
  zoneIndex: number;
  replicas: number;
}

export const names = (clusterName: string) => ({
  ingesters: `${clusterName}-ingester`,
  headless: `${clusterName}-ingester-headless`,
  client: `${clusterName}-ingester`,
  distributor: `${clusterName}-distributor`,
  querier: `${clusterName}-querier`,
  compactor: `${clusterName}-compactor`,
  ring: `${clusterName}-ring`,
  pdb: `${clusterName}-ingester`,
  ingesterAccount: `${clusterName}-ingester`,
  readerAccount: `${clusterName}-ring-reader`,
  compactorAccount: `${clusterName}-compactor`,
});

export function labelsFor(clusterName: string, component: Component): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'ingester-cluster',
    'app.kubernetes.io/instance': clusterName,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/managed-by': MANAGED_BY,
  };
}

/** The labels that select a component's pods (a subset of labelsFor that never changes). */
export function selectorFor(clusterName: string, component: Component): Record<string, string> {
  return { 'app.kubernetes.io/instance': clusterName, 'app.kubernetes.io/component': component };
}

export const selectorString = (labels: Record<string, string>): string =>
  Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');

export function isZoneAware(cluster: IngesterCluster): boolean {
  return (cluster.spec.zones ?? []).length > 0;
}

/** The StatefulSets the spec asks for: ingester i (counting across zones) runs in zones[i % zones]. */
export function ingesterGroups(cluster: IngesterCluster): IngesterGroup[] {
  const base = names(cluster.metadata?.name ?? '').ingesters;
  const zones = cluster.spec.zones ?? [];
  if (zones.length === 0) return [{ name: base, zone: '', zoneIndex: 0, replicas: cluster.spec.replicas }];
  return zones.map((zone, zoneIndex) => ({
    name: `${base}-${zone}`,
    zone,
    zoneIndex,
    replicas: Math.floor(cluster.spec.replicas / zones.length) + (zoneIndex < cluster.spec.replicas % zones.length ? 1 : 0),
  }));
}

/** The global ordinal used for token assignment: distinct across zones, dense when not zone-aware. */
export function tokenOrdinal(group: IngesterGroup, ordinal: number, zoneCount: number): number {
  return zoneCount === 0 ? ordinal : ordinal * zoneCount + group.zoneIndex;
}

export const durationMs = (text: string): number => parseDuration(text);

/** Image tag (the part after the last ':' that is not part of a registry port), or 'latest'. */
export function imageTag(image: string): string {
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  const withoutDigest = image.split('@')[0]!;
  return colon >= 0 ? withoutDigest.slice(colon + 1) || 'latest' : 'latest';
}
