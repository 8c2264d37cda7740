// Metrics that several ring components of one process may declare on the same injected registry (two
// stores, a store and the operator's copy…): the first declaration creates the metric, later ones reuse it.
import { Counter, Gauge, type CounterConfiguration, type GaugeConfiguration, type Registry } from 'prom-client';

export function sharedCounter<T extends string>(registry: Registry, config: Omit<CounterConfiguration<T>, 'registers'>): Counter<T> {
  const existing = registry.getSingleMetric(config.name);
  if (existing) return existing as Counter<T>;
  return new Counter<T>({ ...config, registers: [registry] });
}

export function sharedGauge<T extends string>(registry: Registry, config: Omit<GaugeConfiguration<T>, 'registers'>): Gauge<T> {
  const existing = registry.getSingleMetric(config.name);
  if (existing) return existing as Gauge<T>;
  return new Gauge<T>({ ...config, registers: [registry] });
}
