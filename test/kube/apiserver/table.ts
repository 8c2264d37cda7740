// meta.k8s.io/v1 Table output for `kubectl get`: the default columns of kube-apiserver's printers for the
// built-in kinds we serve, CRD additionalPrinterColumns (a JSONPath subset), and Name/Created At otherwise.
import type { KubeObject, PrinterColumn, ResourceType } from './types.ts';

export interface TableColumn { name: string; type: string; format: string; description: string; priority: number }

type Obj = Record<string, unknown>;
const o = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

export function wantsTable(accept: string | undefined): boolean {
  return !!accept && accept.split(',').some((p) => p.replace(/\s+/g, '').includes('as=Table') && p.includes('g=meta.k8s.io'));
}

/** Go's duration.HumanDuration, as kubectl prints ages. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24) % 365;
    return days === 0 ? `${Math.floor(hours / 24 / 365)}y` : `${Math.floor(hours / 24 / 365)}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

const age = (obj: KubeObject, now: number): string => (obj.metadata.creationTimestamp ? humanDuration(now - Date.parse(obj.metadata.creationTimestamp)) : '<unknown>');

interface Printer { columns: [string, string, number?][]; cells(obj: KubeObject, now: number): unknown[] }

const NAME: [string, string] = ['Name', 'string'];
const AGE: [string, string] = ['Age', 'string'];

function podReadyAndStatus(pod: KubeObject): { ready: string; status: string; restarts: number } {
  const spec = o(pod.spec);
  const status = o(pod.status);
  const containers = arr(spec.containers);
  const statuses = arr(status.containerStatuses);
  const ready = statuses.filter((c) => c.ready === true).length;
  const restarts = statuses.reduce((n, c) => n + (typeof c.restartCount === 'number' ? c.restartCount : 0), 0);
  let reason = (status.reason as string) || (status.phase as string) || 'Unknown';
  for (const c of statuses) {
    const st = o(c.state);
    if (o(st.waiting).reason) reason = o(st.waiting).reason as string;
    else if (o(st.terminated).reason) reason = o(st.terminated).reason as string;
  }
  if (pod.metadata.deletionTimestamp) reason = 'Terminating';
  return { ready: `${ready}/${containers.length}`, status: reason, restarts };
}

const PRINTERS: Record<string, Printer> = {
  '/Pod': {
    columns: [NAME, ['Ready', 'string'], ['Status', 'string'], ['Restarts', 'string'], AGE, ['IP', 'string', 1], ['Node', 'string', 1], ['Nominated Node', 'string', 1], ['Readiness Gates', 'string', 1]],
    cells: (p, now) => {
      const r = podReadyAndStatus(p);
      const st = o(p.status);
      return [p.metadata.name, r.ready, r.status, String(r.restarts), age(p, now), st.podIP ?? '<none>', o(p.spec).nodeName ?? '<none>', st.nominatedNodeName ?? '<none>', '<none>'];
    },
  },
  '/Namespace': { columns: [NAME, ['Status', 'string'], AGE], cells: (x, now) => [x.metadata.name, o(x.status).phase ?? '', age(x, now)] },
  '/ConfigMap': { columns: [NAME, ['Data', 'integer'], AGE], cells: (x, now) => [x.metadata.name, Object.keys(o(x.data)).length + Object.keys(o(x.binaryData)).length, age(x, now)] },
  '/Secret': { columns: [NAME, ['Type', 'string'], ['Data', 'integer'], AGE], cells: (x, now) => [x.metadata.name, x.type ?? 'Opaque', Object.keys(o(x.data)).length, age(x, now)] },
  '/ServiceAccount': { columns: [NAME, ['Secrets', 'integer'], AGE], cells: (x, now) => [x.metadata.name, arr(x.secrets).length, age(x, now)] },
  '/Service': {
    columns: [NAME, ['Type', 'string'], ['Cluster-IP', 'string'], ['External-IP', 'string'], ['Port(s)', 'string'], AGE, ['Selector', 'string', 1]],
    cells: (x, now) => {
      const s = o(x.spec);
      const ports = arr(s.ports).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',') || '<none>';
      const sel = Object.entries(o(s.selector)).map(([k, v]) => `${k}=${v}`).join(',') || '<none>';
      return [x.metadata.name, s.type ?? 'ClusterIP', s.clusterIP ?? '<none>', '<none>', ports, age(x, now), sel];
    },
  },
  '/Endpoints': {
    columns: [NAME, ['Endpoints', 'string'], AGE],
    cells: (x, now) => {
      const eps = arr(x.subsets).flatMap((s) => arr(s.addresses).flatMap((a) => (arr(s.ports).length ? arr(s.ports).map((p) => `${a.ip}:${p.port}`) : [String(a.ip)])));
      return [x.metadata.name, eps.length ? eps.slice(0, 3).join(',') + (eps.length > 3 ? ` + ${eps.length - 3} more...` : '') : '<none>', age(x, now)];
    },
  },
  '/PersistentVolumeClaim': {
    columns: [NAME, ['Status', 'string'], ['Volume', 'string'], ['Capacity', 'string'], ['Access Modes', 'string'], ['StorageClass', 'string'], AGE],
    cells: (x, now) => [x.metadata.name, o(x.status).phase ?? 'Pending', o(x.spec).volumeName ?? '', o(o(x.status).capacity).storage ?? '', arr(o(x.spec).accessModes).join(','), o(x.spec).storageClassName ?? '<unset>', age(x, now)],
  },
  '/Event': {
    columns: [['Last Seen', 'string'], ['Type', 'string'], ['Reason', 'string'], ['Object', 'string'], ['Message', 'string']],
    cells: (x, now) => {
      const io = o(x.involvedObject);
      const ts = (x.lastTimestamp ?? x.eventTime ?? x.metadata.creationTimestamp) as string | undefined;
      return [ts ? humanDuration(now - Date.parse(ts)) : '<unknown>', x.type ?? '', x.reason ?? '', `${String(io.kind ?? '').toLowerCase()}/${io.name ?? ''}`, x.message ?? ''];
    },
  },
  '/Node': { columns: [NAME, ['Status', 'string'], ['Roles', 'string'], AGE, ['Version', 'string']], cells: (x, now) => [x.metadata.name, (arr(o(x.status).conditions).find((c) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady') + (o(x.spec).unschedulable ? ',SchedulingDisabled' : ''), '<none>', age(x, now), o(o(x.status).nodeInfo).kubeletVersion ?? ''] },
  'apps/StatefulSet': {
    columns: [NAME, ['Ready', 'string'], AGE, ['Containers', 'string', 1], ['Images', 'string', 1]],
    cells: (x, now) => {
      const c = arr(o(o(o(x.spec).template).spec).containers);
      return [x.metadata.name, `${o(x.status).readyReplicas ?? 0}/${o(x.spec).replicas ?? 0}`, age(x, now), c.map((k) => k.name).join(','), c.map((k) => k.image).join(',')];
    },
  },
  'apps/Deployment': {
    columns: [NAME, ['Ready', 'string'], ['Up-to-date', 'integer'], ['Available', 'integer'], AGE, ['Containers', 'string', 1], ['Images', 'string', 1], ['Selector', 'string', 1]],
    cells: (x, now) => {
      const st = o(x.status);
      const c = arr(o(o(o(x.spec).template).spec).containers);
      return [x.metadata.name, `${st.readyReplicas ?? 0}/${o(x.spec).replicas ?? 0}`, st.updatedReplicas ?? 0, st.availableReplicas ?? 0, age(x, now), c.map((k) => k.name).join(','), c.map((k) => k.image).join(','), Object.entries(o(o(o(x.spec).selector).matchLabels)).map(([k, v]) => `${k}=${v}`).join(',')];
    },
  },
  'apps/ReplicaSet': {
    columns: [NAME, ['Desired', 'integer'], ['Current', 'integer'], ['Ready', 'integer'], AGE],
    cells: (x, now) => [x.metadata.name, o(x.spec).replicas ?? 0, o(x.status).replicas ?? 0, o(x.status).readyReplicas ?? 0, age(x, now)],
  },
  'apps/ControllerRevision': { columns: [NAME, ['Controller', 'string'], ['Revision', 'integer'], AGE], cells: (x, now) => { const c = (x.metadata.ownerReferences ?? []).find((r) => r.controller); return [x.metadata.name, c ? `${c.kind.toLowerCase()}.apps/${c.name}` : '<none>', x.revision ?? 0, age(x, now)]; } },
  '/PersistentVolume': {
    columns: [NAME, ['Capacity', 'string'], ['Access Modes', 'string'], ['Reclaim Policy', 'string'], ['Status', 'string'], ['Claim', 'string'], ['StorageClass', 'string'], ['VolumeAttributesClass', 'string'], ['Reason', 'string'], AGE],
    cells: (x, now) => {
      const spec = o(x.spec);
      const claim = o(spec.claimRef);
      return [x.metadata.name, o(spec.capacity).storage ?? '', arr(spec.accessModes).join(','), spec.persistentVolumeReclaimPolicy ?? 'Retain', o(x.status).phase ?? 'Pending', claim.name ? `${claim.namespace}/${claim.name}` : '', spec.storageClassName ?? '', '<unset>', o(x.status).reason ?? '', age(x, now)];
    },
  },
  'storage.k8s.io/StorageClass': {
    columns: [NAME, ['Provisioner', 'string'], ['ReclaimPolicy', 'string'], ['VolumeBindingMode', 'string'], ['AllowVolumeExpansion', 'string'], AGE],
    cells: (x, now) => [x.metadata.name, x.provisioner ?? '', x.reclaimPolicy ?? 'Delete', x.volumeBindingMode ?? 'Immediate', String(x.allowVolumeExpansion ?? false), age(x, now)],
  },
  'apps/DaemonSet': {
    columns: [NAME, ['Desired', 'integer'], ['Current', 'integer'], ['Ready', 'integer'], ['Up-to-date', 'integer'], ['Available', 'integer'], ['Node Selector', 'string'], AGE],
    cells: (x, now) => {
      const st = o(x.status);
      const sel = Object.entries(o(o(o(o(x.spec).template).spec).nodeSelector)).map(([k, v]) => `${k}=${v}`).join(',') || '<none>';
      return [x.metadata.name, st.desiredNumberScheduled ?? 0, st.currentNumberScheduled ?? 0, st.numberReady ?? 0, st.updatedNumberScheduled ?? 0, st.numberAvailable ?? 0, sel, age(x, now)];
    },
  },
  'batch/Job': {
    columns: [NAME, ['Status', 'string'], ['Completions', 'string'], ['Duration', 'string'], AGE],
    cells: (x, now) => {
      const st = o(x.status);
      const conds = arr(st.conditions).filter((c) => c.status === 'True').map((c) => c.type);
      const status = conds.includes('Complete') ? 'Complete' : conds.includes('Failed') ? 'Failed' : o(x.spec).suspend ? 'Suspended' : 'Running';
      const start = st.startTime ? Date.parse(String(st.startTime)) : undefined;
      const end = st.completionTime ? Date.parse(String(st.completionTime)) : now;
      return [x.metadata.name, status, `${st.succeeded ?? 0}/${o(x.spec).completions ?? 1}`, start ? humanDuration(end - start) : '', age(x, now)];
    },
  },
  'policy/PodDisruptionBudget': {
    columns: [NAME, ['Min Available', 'string'], ['Max Unavailable', 'string'], ['Allowed Disruptions', 'integer'], AGE],
    cells: (x, now) => [x.metadata.name, String(o(x.spec).minAvailable ?? 'N/A'), String(o(x.spec).maxUnavailable ?? 'N/A'), o(x.status).disruptionsAllowed ?? 0, age(x, now)],
  },
  'coordination.k8s.io/Lease': { columns: [NAME, ['Holder', 'string'], AGE], cells: (x, now) => [x.metadata.name, o(x.spec).holderIdentity ?? '', age(x, now)] },
  'rbac.authorization.k8s.io/Role': { columns: [NAME, ['Created At', 'date']], cells: (x) => [x.metadata.name, x.metadata.creationTimestamp] },
  'rbac.authorization.k8s.io/ClusterRole': { columns: [NAME, ['Created At', 'date']], cells: (x) => [x.metadata.name, x.metadata.creationTimestamp] },
  'rbac.authorization.k8s.io/RoleBinding': { columns: [NAME, ['Role', 'string'], AGE], cells: (x, now) => [x.metadata.name, `${o(x.roleRef).kind}/${o(x.roleRef).name}`, age(x, now)] },
  'rbac.authorization.k8s.io/ClusterRoleBinding': { columns: [NAME, ['Role', 'string'], AGE], cells: (x, now) => [x.metadata.name, `${o(x.roleRef).kind}/${o(x.roleRef).name}`, age(x, now)] },
};

/** A small JSONPath subset for printer columns: `.a.b`, `.a[0].b`, `.a[*].b`, `.a[?(@.type=="Ready")].status`. */
export function jsonPathValues(obj: unknown, path: string): unknown[] {
  const p = path.trim().replace(/^\{|\}$/g, '').replace(/^\$/, '');
  const tokens = p.match(/\.[^.[\]]+|\[[^\]]*\]/g) ?? [];
  let cur: unknown[] = [obj];
  for (const tok of tokens) {
    const next: unknown[] = [];
    for (const v of cur) {
      if (tok.startsWith('.')) {
        const k = tok.slice(1);
        if (v && typeof v === 'object' && !Array.isArray(v) && k in (v as Obj)) next.push((v as Obj)[k]);
      } else {
        const inner = tok.slice(1, -1);
        if (!Array.isArray(v)) continue;
        if (inner === '*') next.push(...v);
        else if (/^-?\d+$/.test(inner)) {
          const i = Number(inner);
          const x = v[i < 0 ? v.length + i : i];
          if (x !== undefined) next.push(x);
        } else {
          const m = /^\?\(@\.([\w.]+)\s*==\s*["']?([^"']*)["']?\)$/.exec(inner);
          if (m) next.push(...v.filter((x) => String(jsonPathValues(x, `.${m[1]}`)[0]) === m[2]));
        }
      }
    }
    cur = next;
  }
  return cur;
}

function crdCell(col: PrinterColumn, obj: KubeObject, now: number): unknown {
  const values = jsonPathValues(obj, col.jsonPath);
  if (values.length === 0 || values[0] === undefined || values[0] === null) return null;
  const v = values[0];
  if (col.type === 'date' && typeof v === 'string') return humanDuration(now - Date.parse(v));
  if (typeof v === 'object') return JSON.stringify(v);
  if (col.type === 'string') return values.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(',');
  return v;
}

export function tableFor(t: ResourceType, version: string, objects: KubeObject[], listMeta: Obj, includeObject: string | null, now = Date.now()): object {
  let columns: TableColumn[];
  let cells: (x: KubeObject) => unknown[];
  const printer = PRINTERS[`${t.group}/${t.kind}`];
  if (t.crd) {
    const cols = t.crd.printerColumns.get(version) ?? [];
    const defs: PrinterColumn[] = cols.length ? cols : [{ name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' }];
    columns = [{ name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0 }, ...defs.map((c) => ({ name: c.name, type: c.type, format: c.format ?? '', description: c.description ?? '', priority: c.priority ?? 0 }))];
    cells = (x) => [x.metadata.name, ...defs.map((c) => crdCell(c, x, now))];
  } else if (printer) {
    columns = printer.columns.map(([name, type, priority]) => ({ name, type, format: name === 'Name' ? 'name' : '', description: '', priority: priority ?? 0 }));
    cells = (x) => printer.cells(x, now);
  } else {
    columns = [
      { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0 },
      { name: 'Created At', type: 'date', format: '', description: 'CreationTimestamp is a timestamp representing the server time when this object was created.', priority: 0 },
    ];
    cells = (x) => [x.metadata.name, x.metadata.creationTimestamp];
  }
  const rows = objects.map((x) => {
    const row: Obj = { cells: cells(x) };
    if (includeObject !== 'None') {
      row.object =
        includeObject === 'Object'
          ? x
          : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: x.metadata };
    }
    return row;
  });
  return { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: listMeta, columnDefinitions: columns, rows };
}
