// Builders for ring fixtures in tests (here and in the operator's tests): an instance with overrides, a ring.
import type { InstanceDesc, RingDesc } from './model.ts';

export function instance(id: string, overrides: Partial<InstanceDesc> = {}): InstanceDesc {
  return { id, addr: `${id}:9095`, zone: '', state: 'ACTIVE', tokens: [], heartbeatMs: 1_000_000, registeredAtMs: 900_000, ...overrides };
}

export function ring(...instances: InstanceDesc[]): RingDesc {
  return { instances: Object.fromEntries(instances.map((i) => [i.id, i])) };
}
