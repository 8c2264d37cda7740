// A flame graph drawn on a canvas: one row per level, widths proportional to totals. Click a frame to zoom to
// it (click the root, or "Reset", to zoom out), type in the search box to highlight matching frames, hover for
// a tooltip with self, total and percent. A canvas keeps 8,192 frames smooth where as many DOM boxes would not.
import { diffShare, searchNodes, type Flame, type FlameNode } from './flame-model.ts';
import { formatValue } from './format.ts';

const ROW = 18;
const FONT = '12px ui-monospace, SFMono-Regular, Menlo, monospace';

export interface FlameViewOptions {
  unit: string;
  /** For a diff: both sides' root totals, to colour frames by change of share. */
  diffTotals?: { left: number; right: number };
}

/** The view is reachable from its element, so a browser test can find a frame's position or time a draw. */
export interface FlameElement extends HTMLElement {
  flameView?: FlameView;
}

export class FlameView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly tooltip: HTMLElement;
  private flame: Flame = { nodes: [], levels: [], total: 0 };
  private options: FlameViewOptions = { unit: '' };
  /** The zoomed frame: its span fills the width; frames outside it are hidden. */
  private focus = 0;
  private matches = new Set<number>();
  /** Frame boxes of the last draw, for hit testing: [x, y, width, node]. */
  private boxes: Array<[number, number, number, number]> = [];

  constructor(private readonly onChange: () => void = () => {}) {
    this.element = document.createElement('div');
    this.element.className = 'flame';
    (this.element as FlameElement).flameView = this;
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('data-testid', 'flame-canvas');
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'flame-tooltip';
    this.tooltip.hidden = true;
    this.element.append(this.canvas, this.tooltip);
    this.canvas.addEventListener('click', (e) => this.onClick(e));
    this.canvas.addEventListener('mousemove', (e) => this.onMove(e));
    this.canvas.addEventListener('mouseleave', () => (this.tooltip.hidden = true));
    new ResizeObserver(() => this.draw()).observe(this.element);
  }

  setData(flame: Flame, options: FlameViewOptions): void {
    this.flame = flame;
    this.options = options;
    this.focus = 0;
    this.matches = new Set();
    this.element.dataset.total = String(flame.total);
    this.element.dataset.nodes = String(flame.nodes.length);
    this.draw();
  }

  search(term: string): void {
    this.matches = searchNodes(this.flame, term);
    this.element.dataset.matches = String(this.matches.size);
    this.draw();
  }

  resetZoom(): void {
    this.zoomTo(0);
  }

  /** The zoomed frame's name, for tests and the breadcrumb. */
  get focusName(): string {
    return this.flame.nodes[this.focus]?.name ?? '';
  }

  /** Canvas coordinates of the widest visible frame named `name`, for tests that click a frame. */
  frameCenter(name: string): { x: number; y: number } | undefined {
    let best: [number, number, number, number] | undefined;
    for (const box of this.boxes) {
      if (this.flame.nodes[box[3]]!.name === name && (!best || box[2] > best[2])) best = box;
    }
    return best ? { x: best[0] + best[2] / 2, y: best[1] + ROW / 2 } : undefined;
  }

  private zoomTo(index: number): void {
    this.focus = index;
    this.element.dataset.focus = this.focusName;
    this.draw();
    this.onChange();
  }

  private isInFocus(node: FlameNode, focusNode: FlameNode): boolean {
    if (node.level <= focusNode.level) {
      // Ancestors of the focus stay visible (full width); other frames at or above its level are hidden.
      let p = this.focus;
      while (p >= 0) {
        if (this.flame.nodes[p] === node) return true;
        p = this.flame.nodes[p]!.parent;
      }
      return false;
    }
    return node.x >= focusNode.x && node.x + node.total <= focusNode.x + focusNode.total + 1e-9;
  }

  /** Draws and returns how long it took (ms), also kept in data-draw-ms. */
  draw(): number {
    const started = performance.now();
    this.paint();
    const ms = performance.now() - started;
    this.element.dataset.drawMs = ms.toFixed(2);
    return ms;
  }

  private paint(): void {
    const width = Math.max(200, this.element.clientWidth || 800);
    const depth = this.flame.levels.length;
    const height = Math.max(ROW, depth * ROW);
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.floor(width * ratio);
    this.canvas.height = Math.floor(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = FONT;
    ctx.textBaseline = 'middle';
    this.boxes = [];
    const focusNode = this.flame.nodes[this.focus];
    if (!focusNode || focusNode.total <= 0) return;
    const scale = width / focusNode.total;
    const searching = this.matches.size > 0;
    this.flame.levels.forEach((indexes, level) => {
      const y = level * ROW;
      for (const index of indexes) {
        const node = this.flame.nodes[index]!;
        if (!this.isInFocus(node, focusNode)) continue;
        const ancestor = node.level < focusNode.level || index === this.focus;
        const x = ancestor ? 0 : (node.x - focusNode.x) * scale;
        const w = ancestor ? width : node.total * scale;
        if (w < 0.5) continue;
        this.boxes.push([x, y, w, index]);
        ctx.fillStyle = this.colour(node, index, searching);
        ctx.fillRect(x, y, Math.max(w - 1, 0.5), ROW - 1);
        if (w > 30) {
          ctx.fillStyle = searching && !this.matches.has(index) ? '#666' : '#111';
          ctx.save();
          ctx.beginPath();
          ctx.rect(x, y, w - 4, ROW);
          ctx.clip();
          ctx.fillText(node.name, x + 3, y + ROW / 2);
          ctx.restore();
        }
      }
    });
  }

  private colour(node: FlameNode, index: number, searching: boolean): string {
    if (searching && !this.matches.has(index)) return '#e4e4e4';
    if (this.options.diffTotals) {
      const change = diffShare(node, this.options.diffTotals.left, this.options.diffTotals.right);
      const strength = Math.min(1, Math.abs(change) / 20);
      const light = Math.round(92 - strength * 40);
      if (Math.abs(change) < 0.05) return 'hsl(0, 0%, 86%)';
      return change > 0 ? `hsl(0, 80%, ${light}%)` : `hsl(120, 55%, ${light}%)`;
    }
    if (index === 0) return '#bbb';
    // A stable warm colour per name, as flame graphs are usually drawn.
    let h = 0;
    for (let i = 0; i < node.name.length; i++) h = (h * 31 + node.name.charCodeAt(i)) | 0;
    const hue = 10 + (Math.abs(h) % 45);
    return `hsl(${hue}, 85%, ${62 + (Math.abs(h >> 8) % 15)}%)`;
  }

  private hit(e: MouseEvent): number | undefined {
    const rect = this.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    for (const [bx, by, bw, index] of this.boxes) {
      if (x >= bx && x < bx + bw && y >= by && y < by + ROW) return index;
    }
    return undefined;
  }

  private onClick(e: MouseEvent): void {
    const index = this.hit(e);
    if (index === undefined) return;
    this.zoomTo(index === this.focus ? Math.max(this.flame.nodes[index]!.parent, 0) : index);
  }

  private onMove(e: MouseEvent): void {
    const index = this.hit(e);
    if (index === undefined) {
      this.tooltip.hidden = true;
      return;
    }
    const node = this.flame.nodes[index]!;
    const root = this.flame.total || 1;
    const unit = this.options.unit;
    const lines: string[] = [node.name];
    if (node.diff && this.options.diffTotals) {
      const { left, right } = this.options.diffTotals;
      lines.push(
        `baseline: total ${formatValue(node.diff.leftTotal, unit)} (${pct(node.diff.leftTotal, left)}), self ${formatValue(node.diff.leftSelf, unit)}`,
        `comparison: total ${formatValue(node.diff.rightTotal, unit)} (${pct(node.diff.rightTotal, right)}), self ${formatValue(node.diff.rightSelf, unit)}`,
        `change of share: ${diffShare(node, left, right).toFixed(2)} points`,
      );
    } else {
      lines.push(`total: ${formatValue(node.total, unit)} (${pct(node.total, root)})`, `self: ${formatValue(node.self, unit)} (${pct(node.self, root)})`);
    }
    this.tooltip.textContent = '';
    for (const line of lines) {
      const div = document.createElement('div');
      div.textContent = line;
      this.tooltip.append(div);
    }
    this.tooltip.hidden = false;
    const rect = this.element.getBoundingClientRect();
    this.tooltip.style.left = `${Math.min(e.clientX - rect.left + 12, rect.width - 260)}px`;
    this.tooltip.style.top = `${e.clientY - rect.top + 14}px`;
  }
}

function pct(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(2)}%` : '–';
}
