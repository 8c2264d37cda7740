// Reconcile failures show on the IngesterCluster (issue 9 item 5, issue 10 item 15): a missing API on an old
// cluster, an API refusal and a failed rollout step each set Degraded=True with reason ReconcileFailed and the
// API server's message, emit a Warning Event, and never keep the rest of the status from being written.
import { expect } from 'chai';
import { isMicroTime } from '../../ingester/src/util/kube-time.ts';
import { pathFor } from '../../operator/src/kube/client.ts';
import { clusterManifest, OperatorHarness } from './harness.ts';
import { eventually } from './helpers.ts';

describe('reconcile failures on the IngesterCluster', function () {
  this.timeout(90_000);

  describe('on a Kubernetes 1.20 API server that does not serve policy/v1', () => {
    const h = new OperatorHarness();
    before(async () => {
      await h.start({ apiServer: { version: { major: '1', minor: '20', gitVersion: 'v1.20.2' } } });
      // kube-apiserver 1.20 answers 404 to everything under /apis/policy/v1/.
      h.api.faults.add({ path: '/apis/policy/v1/', status: 404 });
      await h.apply(clusterManifest('old', 'demo', 'replicas: 3'));
    });
    after(() => h.stop());

    it('reports Degraded/ReconcileFailed naming the PodDisruptionBudget, the server\'s message, the missing API and the unsupported version', async () => {
      const status = await h.condition('old', 'demo', 'Degraded', (c) => c.reason === 'ReconcileFailed');
      const message = status.conditions!.find((c) => c.type === 'Degraded')!.message;
      expect(message).to.contain('PodDisruptionBudget demo-ingester');
      expect(message).to.contain('the server could not find the requested resource');
      expect(message).to.contain('does not serve policy/v1');
      expect(message).to.contain('Kubernetes v1.20.2 is not supported').and.contain('1.25 or newer');
      expect(status.phase).to.equal('Degraded');
    });

    it('still creates everything else and writes the rest of the status', async () => {
      await eventually('the StatefulSet', () => h.client.find(pathFor('StatefulSet', 'old', 'demo-ingester')));
      const status = await h.status('old', 'demo');
      expect(status?.observedGeneration).to.equal(1);
      expect(status?.conditions?.map((c) => c.type)).to.include.members(['Available', 'Progressing', 'Degraded']);
    });

    it('emits a Warning Event with reason ReconcileFailed, once for the same message', async () => {
      const warnings = await eventually('a ReconcileFailed Warning', async () => {
        const found = (await h.events('old', 'demo')).filter((e) => e.type === 'Warning' && e.reason === 'ReconcileFailed');
        return found.length ? found : undefined;
      });
      expect(warnings[0]!.message).to.contain('does not serve policy/v1');
      // Retries with backoff keep failing the same way; they do not repeat the Event.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await h.events('old', 'demo')).filter((e) => e.type === 'Warning' && e.reason === 'ReconcileFailed')).to.have.length(1);
    });

    it('records every Event with its eventTime as a MicroTime (6 fractional digits), which kube-apiserver requires', async () => {
      const events = await eventually('events', async () => ((await h.events('old', 'demo')).length ? h.events('old', 'demo') : undefined));
      for (const event of events) expect(isMicroTime(event.eventTime), `eventTime ${event.eventTime}`).to.equal(true);
    });
  });

  describe('on a current API server', () => {
    const h = new OperatorHarness();
    before(() => h.start());
    after(() => h.stop());

    it('an API refusal of an owned object is reported with the server\'s message, and clears once the server accepts it', async () => {
      const refusal = h.api.faults.add({ method: 'POST', path: '/namespaces/refused/deployments', status: 500 });
      await h.apply(clusterManifest('refused', 'demo', 'replicas: 3'));
      const status = await h.condition('refused', 'demo', 'Degraded', (c) => c.reason === 'ReconcileFailed');
      expect(status.conditions!.find((c) => c.type === 'Degraded')!.message).to.contain('Deployment demo-distributor').and.contain('injected fault');
      expect(status.conditions!.find((c) => c.type === 'Degraded')!.message).to.not.contain('not supported');
      refusal.remove();
      await h.condition('refused', 'demo', 'Degraded', (c) => c.reason !== 'ReconcileFailed');
    });

    it('a rollout step the API refuses still gets the status written (observedGeneration, the step) with the failure', async () => {
      await h.apply(clusterManifest('step', 'demo', 'replicas: 2, replicationFactor: 1'));
      await eventually('the StatefulSet at 2', async () => (await h.client.find<{ spec: { replicas: number } }>(pathFor('StatefulSet', 'step', 'demo-ingester')))?.spec.replicas === 2);
      await h.condition('step', 'demo', 'Progressing', () => true);
      h.api.faults.add({ method: 'PATCH', path: '/namespaces/step/statefulsets/demo-ingester', status: 500 });
      await h.apply(clusterManifest('step', 'demo', 'replicas: 3, replicationFactor: 1'));
      const status = await h.condition('step', 'demo', 'Degraded', (c) => c.reason === 'ReconcileFailed');
      expect(status.observedGeneration).to.equal(2);
      expect(status.rollout).to.deep.include({ action: 'scale-statefulset', reason: 'ScaleUp' });
      expect(status.conditions!.find((c) => c.type === 'Degraded')!.message).to.contain('scale-statefulset demo-ingester').and.contain('injected fault');
    });
  });
});
