import { expect } from 'chai';
import { builtinTypes } from './builtins.ts';
import { humanDuration, jsonPathValues, tableFor } from './table.ts';
import type { ResourceType } from './types.ts';

const typeOf = (group: string, plural: string): ResourceType => builtinTypes().find((t) => t.group === group && t.plural === plural)!;

describe('Table output for kubectl get', () => {
  const ages: [number, string][] = [[5_000, '5s'], [119_000, '119s'], [150_000, '2m30s'], [600_000, '10m'], [3 * 3_600_000 + 60_000, '3h1m'], [30 * 3_600_000, '30h'], [3 * 86_400_000 + 3_600_000, '3d1h'], [400 * 86_400_000, '400d']];
  for (const [ms, text] of ages) it(`prints an age of ${ms} ms as ${text}, as kubectl does`, () => expect(humanDuration(ms)).to.equal(text));

  it('evaluates the JSONPath subset of printer columns, filters included', () => {
    const obj = { status: { conditions: [{ type: 'Ready', status: 'False' }, { type: 'Synced', status: 'True' }] }, spec: { list: [1, 2, 3] } };
    expect(jsonPathValues(obj, '.status.conditions[?(@.type=="Synced")].status')).to.deep.equal(['True']);
    expect(jsonPathValues(obj, '.spec.list[*]')).to.deep.equal([1, 2, 3]);
    expect(jsonPathValues(obj, '.spec.list[-1]')).to.deep.equal([3]);
    expect(jsonPathValues(obj, '.spec.missing')).to.deep.equal([]);
  });

  it('gives pods kube\'s columns, with IP and Node only in -o wide (priority 1)', () => {
    const now = Date.parse('2026-01-01T00:01:00Z');
    const pod = {
      metadata: { name: 'p', creationTimestamp: '2026-01-01T00:00:00Z' },
      spec: { nodeName: 'n1', containers: [{ name: 'a' }, { name: 'b' }] },
      status: { phase: 'Running', podIP: '10.0.0.1', containerStatuses: [{ ready: true, restartCount: 1, state: { running: {} } }, { ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } }] },
    };
    const table = tableFor(typeOf('', 'pods'), 'v1', [pod], {}, null, now) as { columnDefinitions: { name: string; priority: number }[]; rows: { cells: unknown[]; object: { kind: string } }[] };
    expect(table.columnDefinitions.filter((c) => c.priority === 0).map((c) => c.name)).to.deep.equal(['Name', 'Ready', 'Status', 'Restarts', 'Age']);
    expect(table.columnDefinitions.filter((c) => c.priority === 1).map((c) => c.name).slice(0, 2)).to.deep.equal(['IP', 'Node']);
    expect(table.rows[0]!.cells.slice(0, 7)).to.deep.equal(['p', '1/2', 'CrashLoopBackOff', '3', '60s', '10.0.0.1', 'n1']);
    expect(table.rows[0]!.object.kind).to.equal('PartialObjectMetadata');
  });
});
