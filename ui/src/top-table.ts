// The top functions by self or total, from the flame graph shown: click a header to sort, a row to search
// for that function in the flame graph.
import { topTable, type Flame, type TopRow } from './flame-model.ts';
import { formatValue } from './format.ts';

export function renderTopTable(container: HTMLElement, flame: Flame, unit: string, onPick: (name: string) => void, limit = 100): void {
  if (flame.nodes[0]?.diff) return renderDiffTable(container, flame, unit, onPick, limit);
  let sortBy: 'self' | 'total' = 'self';
  const rows = topTable(flame);
  const root = flame.total || 1;
  const draw = (): void => {
    container.textContent = '';
    const table = document.createElement('table');
    table.className = 'top';
    table.setAttribute('data-testid', 'top-table');
    const head = table.createTHead().insertRow();
    const cell = (text: string, key?: 'self' | 'total'): void => {
      const th = document.createElement('th');
      th.textContent = key === sortBy ? `${text} ▼` : text;
      if (key) {
        th.className = 'sortable';
        th.addEventListener('click', () => {
          sortBy = key;
          draw();
        });
      }
      head.append(th);
    };
    cell('function');
    cell('self', 'self');
    cell('total', 'total');
    const body = table.createTBody();
    const sorted = [...rows].sort((a: TopRow, b: TopRow) => b[sortBy] - a[sortBy] || (a.name < b.name ? -1 : 1)).slice(0, limit);
    for (const row of sorted) {
      const tr = body.insertRow();
      tr.dataset.name = row.name;
      tr.insertCell().textContent = row.name;
      tr.insertCell().textContent = `${formatValue(row.self, unit)} (${((row.self / root) * 100).toFixed(2)}%)`;
      tr.insertCell().textContent = `${formatValue(row.total, unit)} (${((row.total / root) * 100).toFixed(2)}%)`;
      tr.addEventListener('click', () => onPick(row.name));
    }
    container.append(table);
  };
  draw();
}

/**
 * The diff's table: each side's self and total per function, and the change of its total's share in
 * percentage points, largest changes first.
 */
function renderDiffTable(container: HTMLElement, flame: Flame, unit: string, onPick: (name: string) => void, limit: number): void {
  const rootDiff = flame.nodes[0]!.diff!;
  const lt = rootDiff.leftTotal || 1;
  const rt = rootDiff.rightTotal || 1;
  const change = (r: TopRow): number => ((r.diff!.rightTotal / rt) - (r.diff!.leftTotal / lt)) * 100;
  const rows = topTable(flame).sort((a, b) => Math.abs(change(b)) - Math.abs(change(a)) || (a.name < b.name ? -1 : 1)).slice(0, limit);
  container.textContent = '';
  const table = document.createElement('table');
  table.className = 'top diff';
  table.setAttribute('data-testid', 'top-table');
  const head = table.createTHead().insertRow();
  for (const h of ['function', 'baseline self', 'comparison self', 'baseline total', 'comparison total', 'change ▼']) {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const d = row.diff!;
    const tr = body.insertRow();
    tr.dataset.name = row.name;
    tr.insertCell().textContent = row.name;
    tr.insertCell().textContent = formatValue(d.leftSelf, unit);
    tr.insertCell().textContent = formatValue(d.rightSelf, unit);
    tr.insertCell().textContent = `${formatValue(d.leftTotal, unit)} (${((d.leftTotal / lt) * 100).toFixed(2)}%)`;
    tr.insertCell().textContent = `${formatValue(d.rightTotal, unit)} (${((d.rightTotal / rt) * 100).toFixed(2)}%)`;
    const c = change(row);
    const cell = tr.insertCell();
    cell.textContent = `${c > 0 ? '+' : ''}${c.toFixed(2)} pts`;
    cell.className = c > 0.05 ? 'worse' : c < -0.05 ? 'better' : '';
    tr.addEventListener('click', () => onPick(row.name));
  }
  container.append(table);
}
