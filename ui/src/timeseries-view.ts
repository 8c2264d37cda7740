// SelectSeries as a line chart (SVG): one line per group, a legend, time on x and the summed value on y.
import type { SeriesJson } from './api.ts';
import { formatValue } from './format.ts';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#3d71d9', '#e0752d', '#35a35a', '#c44a4a', '#8e5ad1', '#1f9ba6', '#b0892a', '#d1569b'];
const HEIGHT = 160;
const PAD = { left: 64, right: 12, top: 10, bottom: 22 };

export function renderTimeseries(container: HTMLElement, series: SeriesJson[], unit: string, range: { start: number; end: number }): void {
  container.textContent = '';
  const width = Math.max(300, container.clientWidth || 800);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(HEIGHT));
  svg.setAttribute('data-testid', 'timeseries');
  svg.dataset.series = String(series.length);
  let max = 0;
  for (const s of series) for (const p of s.points ?? []) max = Math.max(max, p.value ?? 0);
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const xOf = (t: number): number => PAD.left + ((t - range.start) / Math.max(1, range.end - range.start)) * plotW;
  const yOf = (v: number): number => PAD.top + plotH - (max > 0 ? (v / max) * plotH : 0);
  const axis = document.createElementNS(SVG, 'path');
  axis.setAttribute('d', `M${PAD.left},${PAD.top} V${PAD.top + plotH} H${PAD.left + plotW}`);
  axis.setAttribute('class', 'axis');
  svg.append(axis);
  for (const frac of [0, 0.5, 1]) {
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(PAD.left - 4));
    label.setAttribute('y', String(yOf(max * frac) + 4));
    label.setAttribute('text-anchor', 'end');
    label.textContent = formatValue(max * frac, unit);
    svg.append(label);
  }
  for (const frac of [0, 0.5, 1]) {
    const t = range.start + (range.end - range.start) * frac;
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(xOf(t)));
    label.setAttribute('y', String(HEIGHT - 6));
    label.setAttribute('text-anchor', frac === 0 ? 'start' : frac === 1 ? 'end' : 'middle');
    label.textContent = new Date(t).toLocaleString();
    svg.append(label);
  }
  const legend = document.createElement('div');
  legend.className = 'legend';
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points = (s.points ?? []).map((p) => [xOf(Number(p.timestamp ?? 0)), yOf(p.value ?? 0)] as const);
    if (points.length === 1) {
      const dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('cx', String(points[0]![0]));
      dot.setAttribute('cy', String(points[0]![1]));
      dot.setAttribute('r', '3');
      dot.setAttribute('fill', colour);
      svg.append(dot);
    } else if (points.length > 1) {
      const line = document.createElementNS(SVG, 'polyline');
      line.setAttribute('points', points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '));
      line.setAttribute('fill', 'none');
      line.setAttribute('stroke', colour);
      line.setAttribute('stroke-width', '1.5');
      svg.append(line);
    }
    const item = document.createElement('span');
    item.className = 'legend-item';
    const swatch = document.createElement('i');
    swatch.style.background = colour;
    item.append(swatch, (s.labels ?? []).map((l) => `${l.name}=${l.value}`).join(', ') || 'all');
    legend.append(item);
  });
  if (series.length === 0) {
    const empty = document.createElementNS(SVG, 'text');
    empty.setAttribute('x', String(PAD.left + plotW / 2));
    empty.setAttribute('y', String(PAD.top + plotH / 2));
    empty.setAttribute('text-anchor', 'middle');
    empty.textContent = 'no data in this range';
    svg.append(empty);
  }
  container.append(svg, legend);
}
