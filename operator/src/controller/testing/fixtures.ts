// Builders with overrides for the decision tables.
import type { IngesterCluster, IngesterClusterSpec } from '../../gen/types.ts';
import { withDefaults } from '../defaults.ts';

type DeepPartial<T> = { [K in keyof T]?: NonNullable<T[K]> extends unknown[] ? T[K] : NonNullable<T[K]> extends object ? DeepPartial<NonNullable<T[K]>> : T[K] };
export type { DeepPartial };

export function aCluster(spec: DeepPartial<IngesterClusterSpec> = {}, name = 'demo'): IngesterCluster {
  return withDefaults({
    apiVersion: 'ingester-cluster.dev/v1alpha1',
    kind: 'IngesterCluster',
    metadata: { name, namespace: 'profiles', uid: 'uid-1', generation: 1 },
    spec: { image: 'ingester-cluster/ingester:1.0.0', ...spec } as IngesterClusterSpec,
  });
}
