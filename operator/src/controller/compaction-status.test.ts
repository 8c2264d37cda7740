import { expect } from 'chai';
import type { CompactorStatus } from '../../../ingester/src/roles/compactor/status.ts';
import { parseCompactorStatus } from '../kube/compactor-client.ts';
import { compactionStatus, formatLag, type ObservedCompactor } from './compaction-status.ts';
import type { Step } from './rollout.ts';
import { computeStatus } from './status.ts';
import { aCluster, MIN, NOW, observe, pods3 } from './testing/fixtures.ts';
import { warningsFor } from './warnings.ts';

const HOUR = 60 * MIN;
const iso = (ms: number) => new Date(ms).toISOString();
const done: Step = { action: 'done', target: '', reason: 'UpToDate', message: 'all up to date' };

/** A compactor's report: started 5h ago, last pass `lastPassAgoMs` ago, and the tenants' oldest unmerged blocks (ms ago). */
function report(lastPassAgoMs: number | null, lagging: Record<string, number> = {}): CompactorStatus {
  const tenants = Object.entries(lagging).map(([tenant, ago]) => ({ tenant, oldestUncompactedBlockTime: iso(NOW - ago), lagSeconds: ago / 1000 }));
  return {
    startedAt: iso(NOW - 5 * HOUR), lastSuccessfulPassAt: lastPassAgoMs === null ? null : iso(NOW - lastPassAgoMs),
    passes: { success: 3, failure: 0 }, lagSeconds: Math.max(0, ...tenants.map((t) => t.lagSeconds)), tenants,
  };
}
const seen = (...reports: CompactorStatus[]): ObservedCompactor => ({ pods: reports.length, ready: reports.length, reports });

describe('compaction lag in the IngesterCluster status', () => {
  const cluster = aCluster();

  it('a compactor that keeps up: lag 0s, CompactionBehind=False (WithinMaxLag), its last pass shown', () => {
    const { status, condition } = compactionStatus(cluster, seen(report(5 * MIN)), NOW);
    expect(status).to.deep.equal({ replicas: 1, readyReplicas: 1, lag: '0s', lastSuccessfulPassTime: iso(NOW - 5 * MIN) });
    expect(condition).to.deep.include({ type: 'CompactionBehind', status: 'False', reason: 'WithinMaxLag' });
  });

  it('an unmerged block older than spec.compactor.maxLag (3h by default) turns CompactionBehind True, naming the tenant and the age', () => {
    const { status, condition } = compactionStatus(cluster, seen(report(5 * MIN, { 'team-a': 3 * HOUR + 7 * MIN, 'team-b': HOUR })), NOW);
    expect(status).to.deep.include({ lag: '3h7m', laggingTenant: 'team-a', oldestUncompactedBlockTime: iso(NOW - 3 * HOUR - 7 * MIN) });
    expect(condition).to.deep.include({ status: 'True', reason: 'LagAboveMax' });
    expect(condition.message).to.contain('team-a').and.contain('3h7m').and.contain('spec.compactor.maxLag (3h)');
  });

  it('a lag within maxLag is shown but is not behind; maxLag is the spec\'s', () => {
    expect(compactionStatus(cluster, seen(report(5 * MIN, { 'team-a': 2 * HOUR })), NOW).condition).to.deep.include({ status: 'False', reason: 'WithinMaxLag' });
    expect(compactionStatus(aCluster({ compactor: { maxLag: '1h' } }), seen(report(5 * MIN, { 'team-a': 2 * HOUR })), NOW).condition).to.deep.include({ status: 'True', reason: 'LagAboveMax' });
  });

  it('no successful pass for longer than maxLag is behind too, even with no lag reported (a compactor failing every pass)', () => {
    expect(compactionStatus(cluster, seen(report(4 * HOUR)), NOW).condition).to.deep.include({ status: 'True', reason: 'NoSuccessfulPass' });
    const never = compactionStatus(cluster, seen(report(null)), NOW).condition;
    expect(never).to.deep.include({ status: 'True', reason: 'NoSuccessfulPass' });
    expect(never.message).to.contain('none since the compactors started');
  });

  it('several compactors: the oldest block any reports, the latest pass any finished', () => {
    const { status, condition } = compactionStatus(aCluster({ compactor: { replicas: 2 } }), seen(report(4 * HOUR, { 'team-a': 20 * MIN }), report(2 * MIN, { 'team-b': 50 * MIN })), NOW);
    expect(status).to.deep.include({ replicas: 2, readyReplicas: 2, lag: '50m', laggingTenant: 'team-b', lastSuccessfulPassTime: iso(NOW - 2 * MIN) });
    expect(condition.status).to.equal('False');
  });

  it('no compactor answering is Unknown (CompactorUnavailable), saying whether any pod is Ready', () => {
    const none = compactionStatus(cluster, { pods: 1, ready: 0, reports: [] }, NOW);
    expect(none.condition).to.deep.include({ status: 'Unknown', reason: 'CompactorUnavailable', message: 'no compactor pod is Ready (1 of 1 exist)' });
    expect(none.status).to.deep.equal({ replicas: 1, readyReplicas: 0 });
    expect(compactionStatus(cluster, { pods: 1, ready: 1, reports: [] }, NOW).condition.message).to.contain('answered');
  });

  it('a disabled compactor is not behind: CompactorDisabled', () => {
    expect(compactionStatus(aCluster({ compactor: { enabled: false } }), undefined, NOW).condition).to.deep.include({ status: 'False', reason: 'CompactorDisabled' });
  });

  it('the lag is kept to the minute, so a compactor that keeps up never changes the status and one behind changes it once a minute', () => {
    expect([0, 59_999, 60_000, 42 * MIN + 59_000, 3 * HOUR, 3 * HOUR + 5 * MIN].map(formatLag)).to.deep.equal(['0s', '0s', '1m', '42m', '3h', '3h5m']);
    const at = (now: number) => compactionStatus(cluster, seen(report(5 * MIN, { 'team-a': 2 * HOUR })), now).status;
    expect(at(NOW + 20_000), 'the same minute').to.deep.equal(at(NOW));
  });

  it('the IngesterCluster status carries it, after Degraded, and a Warning is recorded once when compaction falls behind', () => {
    const c = aCluster();
    const behind = { ...observe(pods3()), compactor: seen(report(5 * MIN, { 'team-a': 4 * HOUR })) };
    const first = computeStatus(c, behind, done);
    expect(first.compactor?.lag).to.equal('4h');
    expect(first.conditions!.map((x) => x.type)).to.deep.equal(['Available', 'Progressing', 'Degraded', 'CompactionBehind']);
    expect(first.phase, 'the data path is fine: still Running').to.equal('Running');
    expect(warningsFor(c.status, first, done).map((w) => w.reason)).to.deep.equal(['CompactionBehind']);
    c.status = first;
    expect(warningsFor(c.status, computeStatus(c, behind, done), done)).to.deep.equal([]);
  });

  it('the operator reads a compactor\'s JSON defensively: missing fields default, unparsable times are dropped', () => {
    expect(parseCompactorStatus({ startedAt: iso(NOW), tenants: [{ tenant: 'a', oldestUncompactedBlockTime: 'soon' }, { tenant: 'b', oldestUncompactedBlockTime: iso(NOW - HOUR), lagSeconds: 3600 }] })).to.deep.equal({
      startedAt: iso(NOW), lastSuccessfulPassAt: null, passes: { success: 0, failure: 0 }, lagSeconds: 0,
      tenants: [{ tenant: 'b', oldestUncompactedBlockTime: iso(NOW - HOUR), lagSeconds: 3600 }],
    });
    expect(parseCompactorStatus({ lagSeconds: 5 }), 'not a compactor status').to.equal(undefined);
  });
});
