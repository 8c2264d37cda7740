// The profiles UI served by the querier at `/`: pick a profile type, a label selector and a time range; see
// the SelectSeries chart, the merged flame graph and its top table; compare two ranges or selectors side by
// side or as a diff flame graph. Its whole state lives in the URL, so a view can be shared as a link.
import { QuerierClient, type ProfileType, type TimeRange } from './api.ts';
import { decodeFlameGraph, diffFlames, type Flame } from './flame-model.ts';
import { FlameView } from './flame-view.ts';
import { PRESETS, resolveRange, stepFor, toLocalInput, type RangeSpec } from './time-range.ts';
import { renderTimeseries } from './timeseries-view.ts';
import { renderTopTable } from './top-table.ts';
import { withMatcher } from './selector.ts';
import './style.css';

type View = 'single' | 'comparison' | 'diff';

interface Side {
  query: string;
  range: RangeSpec;
}

interface State {
  tenant: string;
  type: string;
  view: View;
  groupBy: string;
  maxNodes: number;
  left: Side;
  right: Side;
}

const MAX_NODES = 8192;

function readState(): State {
  const q = new URLSearchParams(location.search);
  const side = (prefix: string, fallback?: Side): Side => ({
    query: q.get(`${prefix}query`) ?? fallback?.query ?? '{}',
    range: { from: q.get(`${prefix}from`) ?? fallback?.range.from ?? 'now-1h', until: q.get(`${prefix}until`) ?? fallback?.range.until ?? 'now' },
  });
  const left = side('');
  const view = q.get('view');
  return {
    tenant: q.get('tenant') ?? localStorage.getItem('ic.tenant') ?? '',
    type: q.get('type') ?? '',
    view: view === 'comparison' || view === 'diff' ? view : 'single',
    groupBy: q.get('groupBy') ?? '',
    maxNodes: Number(q.get('maxNodes')) > 0 ? Number(q.get('maxNodes')) : MAX_NODES,
    left,
    right: side('right', left),
  };
}

function writeState(s: State): void {
  const q = new URLSearchParams();
  if (s.tenant) q.set('tenant', s.tenant);
  if (s.type) q.set('type', s.type);
  if (s.view !== 'single') q.set('view', s.view);
  if (s.groupBy) q.set('groupBy', s.groupBy);
  if (s.maxNodes !== MAX_NODES) q.set('maxNodes', String(s.maxNodes));
  q.set('query', s.left.query);
  q.set('from', s.left.range.from);
  q.set('until', s.left.range.until);
  if (s.view !== 'single') {
    q.set('rightquery', s.right.query);
    q.set('rightfrom', s.right.range.from);
    q.set('rightuntil', s.right.range.until);
  }
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

const state = readState();
const client = new QuerierClient('', state.tenant);
let profileTypes: ProfileType[] = [];

const app = document.getElementById('app')!;
const errorBox = el('div', { class: 'error', role: 'alert', 'data-testid': 'error' });
errorBox.hidden = true;

function showError(err: unknown): void {
  errorBox.textContent = err instanceof Error ? err.message : String(err);
  errorBox.hidden = false;
}

// ---- header: tenant, profile type, view -------------------------------------------------------------
const tenantInput = el('input', { id: 'tenant', placeholder: 'anonymous', size: '12', 'aria-label': 'tenant (X-Scope-OrgID)' });
tenantInput.value = state.tenant;
const typeSelect = el('select', { id: 'profile-type', 'aria-label': 'profile type' });
const viewTabs = el('nav', { class: 'tabs' });
for (const [view, label] of [['single', 'Single'], ['comparison', 'Comparison'], ['diff', 'Diff']] as const) {
  const b = el('button', { 'data-view': view, type: 'button' }, label);
  b.addEventListener('click', () => {
    state.view = view;
    void refresh();
  });
  viewTabs.append(b);
}
app.append(
  el('header', {}, el('h1', {}, 'ingester-cluster profiles'), el('label', {}, 'profile type ', typeSelect), viewTabs, el('label', {}, 'tenant ', tenantInput), el('a', { href: '/ring' }, 'ring')),
  errorBox,
);

// ---- one query pane (selector + range) -----------------------------------------------------------------
interface Pane {
  side: Side;
  root: HTMLElement;
  queryInput: HTMLInputElement;
  serviceSelect: HTMLSelectElement;
  sync(): void;
}

function rangeControls(side: Side, onChange: () => void): HTMLElement {
  const preset = el('select', { 'aria-label': 'time range', class: 'range-preset' });
  for (const p of PRESETS) preset.append(el('option', { value: p.from }, p.label));
  preset.append(el('option', { value: 'custom' }, 'Custom…'));
  const fromInput = el('input', { type: 'datetime-local', class: 'range-from', 'aria-label': 'from' });
  const untilInput = el('input', { type: 'datetime-local', class: 'range-until', 'aria-label': 'until' });
  const custom = el('span', { class: 'custom-range' }, fromInput, ' – ', untilInput);
  const sync = (): void => {
    const isPreset = side.range.until === 'now' && PRESETS.some((p) => p.from === side.range.from);
    preset.value = isPreset ? side.range.from : 'custom';
    custom.hidden = isPreset;
    const r = resolveRange(side.range);
    fromInput.value = toLocalInput(r.start);
    untilInput.value = toLocalInput(r.end);
  };
  preset.addEventListener('change', () => {
    if (preset.value === 'custom') {
      const r = resolveRange(side.range);
      side.range = { from: String(r.start), until: String(r.end) };
    } else side.range = { from: preset.value, until: 'now' };
    sync();
    onChange();
  });
  const onCustom = (): void => {
    const from = new Date(fromInput.value).getTime();
    const until = new Date(untilInput.value).getTime();
    if (Number.isFinite(from) && Number.isFinite(until) && from < until) {
      side.range = { from: String(from), until: String(until) };
      onChange();
    }
  };
  fromInput.addEventListener('change', onCustom);
  untilInput.addEventListener('change', onCustom);
  sync();
  return el('span', { class: 'range' }, preset, custom);
}

function makePane(side: Side, name: string): Pane {
  const queryInput = el('input', { class: 'query', size: '48', 'aria-label': `${name} label selector`, spellcheck: 'false' });
  queryInput.value = side.query;
  const serviceSelect = el('select', { class: 'service', 'aria-label': `${name} service` });
  const labelInput = el('input', { class: 'label-name', list: `${name}-label-names`, placeholder: 'label', size: '12', 'aria-label': `${name} label name` });
  const valueInput = el('input', { class: 'label-value', list: `${name}-label-values`, placeholder: 'value', size: '14', 'aria-label': `${name} label value` });
  const namesList = el('datalist', { id: `${name}-label-names` });
  const valuesList = el('datalist', { id: `${name}-label-values` });
  const add = el('button', { type: 'button', class: 'add-matcher' }, 'Add');
  const run = el('button', { type: 'button', class: 'run' }, 'Query');
  const root = el('div', { class: 'pane-controls', 'data-pane': name },
    el('label', {}, 'service ', serviceSelect),
    el('span', { class: 'matcher' }, labelInput, namesList, '=', valueInput, valuesList, add),
    queryInput, rangeControls(side, () => void refresh()), run);
  const range = (): TimeRange => resolveRange(side.range);
  labelInput.addEventListener('focus', async () => {
    try {
      namesList.replaceChildren(...(await client.labelNames([], range())).filter((n) => !n.startsWith('__')).map((n) => el('option', { value: n })));
    } catch (err) {
      showError(err);
    }
  });
  const loadValues = async (): Promise<void> => {
    if (!labelInput.value) return;
    try {
      valuesList.replaceChildren(...(await client.labelValues(labelInput.value, typeMatchers(), range())).map((v) => el('option', { value: v })));
    } catch (err) {
      showError(err);
    }
  };
  labelInput.addEventListener('change', () => void loadValues());
  valueInput.addEventListener('focus', () => void loadValues());
  add.addEventListener('click', () => {
    if (!labelInput.value) return;
    side.query = withMatcher(queryInput.value, labelInput.value, '=', valueInput.value);
    queryInput.value = side.query;
    void refresh();
  });
  serviceSelect.addEventListener('change', () => {
    side.query = serviceSelect.value ? withMatcher(queryInput.value, 'service_name', '=', serviceSelect.value) : '{}';
    queryInput.value = side.query;
    void refresh();
  });
  const submit = (): void => {
    side.query = queryInput.value.trim() || '{}';
    void refresh();
  };
  run.addEventListener('click', submit);
  queryInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') submit();
  });
  const sync = async (): Promise<void> => {
    try {
      const services = await client.labelValues('service_name', typeMatchers(), range());
      const current = /service_name="([^"]*)"/.exec(side.query)?.[1] ?? '';
      serviceSelect.replaceChildren(el('option', { value: '' }, 'all services'), ...services.map((s) => el('option', { value: s }, s)));
      serviceSelect.value = services.includes(current) ? current : '';
    } catch (err) {
      showError(err);
    }
  };
  return { side, root, queryInput, serviceSelect, sync: () => void sync() };
}

function typeMatchers(): string[] {
  return state.type ? [`{__profile_type__="${state.type}"}`] : [];
}

function unitOf(typeId: string): string {
  return profileTypes.find((t) => t.ID === typeId)?.sampleUnit ?? typeId.split(':')[2] ?? '';
}

// ---- flame graph panel: search, reset, flame graph, top table ---------------------------------------
interface FlamePanel {
  root: HTMLElement;
  view: FlameView;
  show(flame: Flame, diffTotals?: { left: number; right: number }): void;
}

function makeFlamePanel(name: string, withTable: boolean): FlamePanel {
  const search = el('input', { type: 'search', class: 'search', placeholder: 'search frames', 'aria-label': `${name} search` });
  const reset = el('button', { type: 'button', class: 'reset-zoom' }, 'Reset zoom');
  const focus = el('span', { class: 'focus' });
  const view = new FlameView(() => (focus.textContent = view.focusName && view.focusName !== 'total' ? `zoomed to ${view.focusName}` : ''));
  view.element.dataset.testid = `flame-${name}`;
  const table = el('div', { class: 'top-container' });
  search.addEventListener('input', () => view.search(search.value));
  reset.addEventListener('click', () => view.resetZoom());
  const root = el('section', { class: 'flame-panel', 'data-panel': name }, el('div', { class: 'flame-tools' }, search, reset, focus), el('div', { class: withTable ? 'flame-and-table' : 'flame-only' }, ...(withTable ? [table] : []), view.element));
  return {
    root,
    view,
    show(flame, diffTotals) {
      search.value = '';
      view.setData(flame, { unit: unitOf(state.type), diffTotals });
      if (withTable) renderTopTable(table, flame, unitOf(state.type), (fn) => {
        search.value = fn;
        view.search(fn);
      });
    },
  };
}

// ---- layout ------------------------------------------------------------------------------------------
const leftPane = makePane(state.left, 'left');
const rightPane = makePane(state.right, 'right');
const groupBySelect = el('select', { id: 'group-by', 'aria-label': 'group by' });
const chart = el('div', { class: 'chart' });
const mainFlame = makeFlamePanel('main', true);
const leftFlame = makeFlamePanel('left', false);
const rightFlame = makeFlamePanel('right', false);
const diffFlame = makeFlamePanel('diff', true);
const single = el('main', { 'data-view': 'single' }, leftPane.root, el('div', { class: 'chart-tools' }, el('label', {}, 'group by ', groupBySelect)), chart, mainFlame.root);
const comparison = el('main', { 'data-view': 'comparison' }, el('div', { class: 'side-by-side' },
  el('div', {}, el('h2', {}, 'Baseline'), el('div', { 'data-slot': 'left-pane' }), leftFlame.root),
  el('div', {}, el('h2', {}, 'Comparison'), rightPane.root, rightFlame.root)));
const diff = el('main', { 'data-view': 'diff' }, el('div', { class: 'side-by-side' },
  el('div', {}, el('h2', {}, 'Baseline'), el('div', { 'data-slot': 'left-pane' })),
  el('div', {}, el('h2', {}, 'Comparison'), el('div', { 'data-slot': 'right-pane' }))),
  el('p', { class: 'hint' }, 'Red: the comparison spends a larger share there; green: a smaller one.'), diffFlame.root);
app.append(single, comparison, diff);

typeSelect.addEventListener('change', () => {
  state.type = typeSelect.value;
  void refresh();
});
groupBySelect.addEventListener('change', () => {
  state.groupBy = groupBySelect.value;
  void refresh();
});
tenantInput.addEventListener('change', () => {
  state.tenant = tenantInput.value.trim();
  client.tenant = state.tenant;
  localStorage.setItem('ic.tenant', state.tenant);
  void start();
});

/** Moves the shared query panes into the view shown (one DOM node can live in one place). */
function placePanes(): void {
  single.prepend(leftPane.root);
  const shown = state.view === 'comparison' ? comparison : state.view === 'diff' ? diff : undefined;
  if (shown) {
    shown.querySelector('[data-slot="left-pane"]')!.append(leftPane.root);
    const rightSlot = shown.querySelector('[data-slot="right-pane"]');
    if (rightSlot) rightSlot.append(rightPane.root);
    else shown.querySelector('.side-by-side > div:nth-child(2) h2')!.after(rightPane.root);
  }
  for (const m of [single, comparison, diff]) m.hidden = m.dataset.view !== state.view;
  for (const b of viewTabs.querySelectorAll('button')) b.classList.toggle('active', b.dataset.view === state.view);
}

let inFlight: AbortController | undefined;

async function refresh(): Promise<void> {
  writeState(state);
  placePanes();
  errorBox.hidden = true;
  if (!state.type) return;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  document.body.dataset.state = 'loading';
  leftPane.sync();
  if (state.view !== 'single') rightPane.sync();
  try {
    const leftRange = resolveRange(state.left.range);
    const fetchFlame = async (side: Side): Promise<Flame> =>
      decodeFlameGraph(await client.selectMergeStacktraces(state.type, side.query, resolveRange(side.range), state.maxNodes, controller.signal));
    if (state.view === 'single') {
      const [series, flame] = await Promise.all([
        client.selectSeries(state.type, state.left.query, leftRange, stepFor(leftRange), state.groupBy ? [state.groupBy] : [], controller.signal),
        fetchFlame(state.left),
      ]);
      if (controller.signal.aborted) return;
      renderTimeseries(chart, series, unitOf(state.type), leftRange);
      mainFlame.show(flame);
    } else {
      const [left, right] = await Promise.all([fetchFlame(state.left), fetchFlame(state.right)]);
      if (controller.signal.aborted) return;
      if (state.view === 'comparison') {
        leftFlame.show(left);
        rightFlame.show(right);
      } else diffFlame.show(diffFlames(left, right), { left: left.total, right: right.total });
    }
    document.body.dataset.state = 'ready';
    performance.mark('ic-rendered');
  } catch (err) {
    if (controller.signal.aborted) return;
    document.body.dataset.state = 'error';
    showError(err);
  }
}

async function start(): Promise<void> {
  errorBox.hidden = true;
  const range = resolveRange(state.left.range);
  // A type named in the URL is drawn at once, while the pickers fill in: the first flame graph waits for
  // its own query only, not for the list of types and labels.
  const early = state.type ? refresh() : undefined;
  try {
    const [types, names] = await Promise.all([client.profileTypes(range), client.labelNames(typeMatchers(), range)]);
    profileTypes = types;
    typeSelect.replaceChildren(...profileTypes.map((t) => el('option', { value: t.ID }, t.ID)));
    const known = profileTypes.some((t) => t.ID === state.type);
    if (!known) state.type = profileTypes[0]?.ID ?? '';
    typeSelect.value = state.type;
    groupBySelect.replaceChildren(el('option', { value: '' }, 'none'), ...names.filter((n) => !n.startsWith('__')).map((n) => el('option', { value: n }, n)));
    groupBySelect.value = names.includes(state.groupBy) ? state.groupBy : '';
    if (!state.type) {
      await early;
      showError(new Error('No profiles in this time range for this tenant yet: push some (see the README), or widen the range.'));
      document.body.dataset.state = 'empty';
      return;
    }
    // Draw (again) when the URL named no type or one this tenant does not have, or to label the units.
    if (!early || !known) await refresh();
    else await early;
  } catch (err) {
    showError(err);
    document.body.dataset.state = 'error';
  }
}

void start();
