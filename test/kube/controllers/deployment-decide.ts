// Deployment rollout decisions, pure: how far to scale the new ReplicaSet up and the old ones down in one
// step of a RollingUpdate, keeping at most replicas+maxSurge pods and at least replicas-maxUnavailable
// available (the Kubernetes deployment controller's rules, in a simplified single pass).
export interface RsCounts {
  name: string;
  /** spec.replicas */
  replicas: number;
  /** status.availableReplicas */
  available: number;
}

/** An int-or-percent (`25%`) against a total; surge rounds up, unavailable rounds down, as Kubernetes does. */
export function resolveIntOrPercent(value: number | string | undefined, total: number, fallback: string, roundUp: boolean): number {
  const v = value ?? fallback;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number.isFinite(Number(v)) ? Number(v) : 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

export function surgeAndUnavailable(replicas: number, maxSurge: number | string | undefined, maxUnavailable: number | string | undefined): { surge: number; unavailable: number } {
  const surge = resolveIntOrPercent(maxSurge, replicas, '25%', true);
  let unavailable = resolveIntOrPercent(maxUnavailable, replicas, '25%', false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}

export interface RollingStep {
  newReplicas: number;
  /** Old ReplicaSets' new spec.replicas, by name (only those that change). */
  oldReplicas: Map<string, number>;
}

/** `olds` must be ordered oldest first: they are scaled down in that order. */
export function rollingUpdateStep(replicas: number, surge: number, unavailable: number, newRs: RsCounts, olds: RsCounts[]): RollingStep {
  const oldReplicas = new Map<string, number>();
  let newReplicas = newRs.replicas;
  const all = (): number => newReplicas + olds.reduce((n, o) => n + (oldReplicas.get(o.name) ?? o.replicas), 0);
  // Scale the new ReplicaSet up within the surge.
  if (newReplicas > replicas) newReplicas = replicas;
  else if (newReplicas < replicas) {
    const room = replicas + surge - all();
    if (room > 0) newReplicas += Math.min(room, replicas - newReplicas);
  }
  // Scale old ReplicaSets down while enough pods stay available.
  const minAvailable = replicas - unavailable;
  const newUnavailable = Math.max(0, newRs.replicas - newRs.available);
  let budget = newRs.replicas + olds.reduce((n, o) => n + o.replicas, 0) - minAvailable - newUnavailable;
  // First the old pods that are not available anyway: removing them costs no availability.
  for (const old of olds) {
    if (budget <= 0) break;
    const unhealthy = Math.max(0, old.replicas - old.available);
    const cut = Math.min(unhealthy, budget);
    if (cut > 0) {
      oldReplicas.set(old.name, old.replicas - cut);
      budget -= cut;
    }
  }
  // Then available ones, as far as the available count allows.
  const available = newRs.available + olds.reduce((n, o) => n + Math.min(o.available, oldReplicas.get(o.name) ?? o.replicas), 0);
  let cutAvailable = Math.min(Math.max(0, available - minAvailable), Math.max(0, budget));
  for (const old of olds) {
    if (cutAvailable <= 0) break;
    const current = oldReplicas.get(old.name) ?? old.replicas;
    const cut = Math.min(current, cutAvailable);
    if (cut > 0) {
      oldReplicas.set(old.name, current - cut);
      cutAvailable -= cut;
    }
  }
  return { newReplicas, oldReplicas };
}
