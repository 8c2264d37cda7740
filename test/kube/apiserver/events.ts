// events.k8s.io/v1 Events are the core/v1 Events seen through a field conversion, stored once (as in
// kube-apiserver): regarding ↔ involvedObject, note ↔ message, reportingController ↔ reportingComponent,
// deprecatedSource/FirstTimestamp/LastTimestamp/Count ↔ source/firstTimestamp/lastTimestamp/count.
import type { KubeObject, StorageView } from './types.ts';

/** [events.k8s.io field, core field] */
const FIELDS: [string, string][] = [
  ['regarding', 'involvedObject'],
  ['note', 'message'],
  ['reportingController', 'reportingComponent'],
  ['reportingInstance', 'reportingInstance'],
  ['deprecatedSource', 'source'],
  ['deprecatedFirstTimestamp', 'firstTimestamp'],
  ['deprecatedLastTimestamp', 'lastTimestamp'],
  ['deprecatedCount', 'count'],
  ['eventTime', 'eventTime'],
  ['series', 'series'],
  ['action', 'action'],
  ['reason', 'reason'],
  ['related', 'related'],
  ['type', 'type'],
];

function rename(o: KubeObject, apiVersion: string, from: 0 | 1): KubeObject {
  const out: KubeObject = { apiVersion, kind: 'Event', metadata: o.metadata };
  for (const pair of FIELDS) {
    const v = o[pair[from]];
    if (v !== undefined && v !== null) out[pair[1 - from]!] = v;
  }
  return out;
}

export const eventsV1View: StorageView = {
  key: '/events',
  toStorage: (o) => rename(o, 'v1', 0),
  fromStorage: (o) => rename(o, 'events.k8s.io/v1', 1),
  storageFieldSelector: (selector) => {
    if (!selector) return selector;
    return selector
      .split(',')
      .map((part) => {
        for (const [ev, core] of FIELDS) if (part.startsWith(`${ev}.`) || part.startsWith(`${ev}=`) || part.startsWith(`${ev}!`)) return core + part.slice(ev.length);
        return part;
      })
      .join(',');
  },
};
