// The operator's metrics, on an injected Registry (several operators can live in one test process).
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export class OperatorMetrics {
  readonly reconciles: Counter<'result'>;
  readonly reconcileDuration: Histogram;
  readonly lastSuccess: Gauge;
  readonly steps: Counter<'action' | 'reason'>;
  readonly ingestersUpdated: Gauge<'namespace' | 'cluster'>;
  readonly ingestersDesired: Gauge<'namespace' | 'cluster'>;
  readonly ringInstances: Gauge<'namespace' | 'cluster' | 'state'>;
  readonly isLeader: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    this.reconciles = new Counter({ name: 'ingester_cluster_operator_reconciles_total', help: 'Reconciles by result (success, failed).', labelNames: ['result'], registers });
    this.reconcileDuration = new Histogram({ name: 'ingester_cluster_operator_reconcile_duration_seconds', help: 'Time one reconcile took.', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers });
    this.lastSuccess = new Gauge({ name: 'ingester_cluster_operator_last_successful_reconcile_timestamp_seconds', help: 'When a reconcile last succeeded.', registers });
    this.steps = new Counter({ name: 'ingester_cluster_operator_rollout_steps_total', help: 'Rollout steps performed, by action and reason.', labelNames: ['action', 'reason'], registers });
    this.ingestersUpdated = new Gauge({ name: 'ingester_cluster_operator_ingesters_updated', help: 'Ingester pods at the update revision (rollout progress).', labelNames: ['namespace', 'cluster'], registers });
    this.ingestersDesired = new Gauge({ name: 'ingester_cluster_operator_ingesters_desired', help: 'Ingesters the spec asks for.', labelNames: ['namespace', 'cluster'], registers });
    this.ringInstances = new Gauge({ name: 'ingester_cluster_operator_ring_instances', help: 'Ring instances by state (UNHEALTHY derived from heartbeats).', labelNames: ['namespace', 'cluster', 'state'], registers });
    this.isLeader = new Gauge({ name: 'ingester_cluster_operator_leader', help: '1 when this replica holds the leader lease.', registers });
  }
}
