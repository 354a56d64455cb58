/**
 * One row of the unrolled view: a gate's (or state's) value for every unit (rows) at every step
 * (columns), drawn on a canvas, with a transparent ARIA grid on top whose cells carry their value
 * as text ("forget gate, step 3, unit 5: 0.931"), take clicks and follow the keyboard. The words
 * come from the caller; this module only draws and wires events.
 */
import type { ColorScale } from './colorScales';
import { createNonFiniteLegend, drawNonFiniteCell, hasNonFinite, NON_FINITE_RGB } from './nonFinite';
import { PALETTE } from './palette';
import { frameDrivenViz, sizeCanvas, type Viz } from './viz';

export interface GateCell {
  step: number;
  unit: number;
}

export interface GateHeatmapData {
  /** [steps · units]: index step · units + unit. */
  values: Float32Array;
  steps: number;
  units: number;
  scale: ColorScale;
  cellWidth: number;
  cellHeight: number;
  /** The step every row highlights (the column being explained). */
  selectedStep: number | null;
  /** The cell whose equations are shown, when it is in this row. */
  selected: GateCell | null;
  /** A cell's screen-reader text; `value` is passed as it is, NaN and ±∞ included, for the caller to word. */
  cellLabel(step: number, unit: number, value: number): string;
  gridLabel: string;
  /** Legend words for a NaN or infinite value, shown under the row only while one is drawn. */
  nonFiniteLabel?: string;
}

export interface GateHeatmapOptions {
  /** Unique per row on the page, for the cells' ids (aria-activedescendant). */
  idPrefix: string;
  onSelect(cell: GateCell): void;
}

const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
};

export function createGateHeatmap(root: HTMLElement, options: GateHeatmapOptions): Viz<GateHeatmapData> {
  const box = root.appendChild(document.createElement('div'));
  box.className = 'gate-heatmap';
  const canvas = box.appendChild(document.createElement('canvas'));
  canvas.setAttribute('aria-hidden', 'true');
  const grid = box.appendChild(document.createElement('div'));
  grid.className = 'gate-grid';
  grid.setAttribute('role', 'grid');
  grid.tabIndex = 0;
  const tile = document.createElement('canvas');
  const legend = createNonFiniteLegend(root);
  let cells: HTMLElement[] = [];
  let labels: string[] = [];
  let shape = { steps: 0, units: 0, cellWidth: 0, cellHeight: 0 };
  let latest: GateHeatmapData | null = null;

  const cellId = (step: number, unit: number) => `${options.idPrefix}-${unit}-${step}`;

  /** Rebuilds the grid only when its size changes; values change far more often. */
  const buildGrid = (data: GateHeatmapData) => {
    grid.replaceChildren();
    cells = [];
    labels = [];
    for (let unit = 0; unit < data.units; unit++) {
      const row = grid.appendChild(document.createElement('div'));
      row.setAttribute('role', 'row');
      row.className = 'gate-row';
      row.style.height = `${data.cellHeight}px`;
      for (let step = 0; step < data.steps; step++) {
        const cell = row.appendChild(document.createElement('div'));
        cell.setAttribute('role', 'gridcell');
        cell.id = cellId(step, unit);
        cell.className = 'gate-cell';
        cell.style.width = `${data.cellWidth}px`;
        cell.dataset.step = String(step);
        cell.dataset.unit = String(unit);
        cells.push(cell);
        labels.push('');
      }
    }
    shape = { steps: data.steps, units: data.units, cellWidth: data.cellWidth, cellHeight: data.cellHeight };
  };

  const draw = (data: GateHeatmapData) => {
    if (data.steps !== shape.steps || data.units !== shape.units || data.cellWidth !== shape.cellWidth || data.cellHeight !== shape.cellHeight) buildGrid(data);
    const width = data.steps * data.cellWidth;
    const height = data.units * data.cellHeight;
    box.style.width = `${width}px`;
    box.style.height = `${height}px`;
    const ctx = sizeCanvas(canvas, width, height);
    if (!ctx) return;
    // One pixel per value, scaled up without smoothing. Columns are steps, rows are units.
    tile.width = data.steps;
    tile.height = data.units;
    const tileCtx = tile.getContext('2d');
    const image = tileCtx?.createImageData(data.steps, data.units);
    const marked: GateCell[] = [];
    if (tileCtx && image) {
      for (let step = 0; step < data.steps; step++) {
        for (let unit = 0; unit < data.units; unit++) {
          const value = data.values[step * data.units + unit]!;
          if (!Number.isFinite(value)) marked.push({ step, unit });
          const [r, g, b] = Number.isFinite(value) ? data.scale.rgb(value) : NON_FINITE_RGB;
          const at = (unit * data.steps + step) * 4;
          image.data[at] = r;
          image.data[at + 1] = g;
          image.data[at + 2] = b;
          image.data[at + 3] = 255;
        }
      }
      tileCtx.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(tile, 0, 0, width, height);
    }
    for (const { step, unit } of marked) drawNonFiniteCell(ctx, step * data.cellWidth, unit * data.cellHeight, data.cellWidth, data.cellHeight);
    legend.show(data.nonFiniteLabel, hasNonFinite(data.values.subarray(0, data.steps * data.units)));
    if (data.selectedStep !== null) {
      ctx.strokeStyle = PALETTE.ink;
      ctx.lineWidth = 1;
      ctx.strokeRect(data.selectedStep * data.cellWidth + 0.5, 0.5, data.cellWidth - 1, height - 1);
    }
    if (data.selected) {
      ctx.strokeStyle = PALETTE.vermillion;
      ctx.lineWidth = 2;
      ctx.strokeRect(data.selected.step * data.cellWidth + 1, data.selected.unit * data.cellHeight + 1, data.cellWidth - 2, Math.max(data.cellHeight - 2, 1));
    }
    grid.setAttribute('aria-label', data.gridLabel);
    for (let i = 0; i < cells.length; i++) {
      const step = i % data.steps;
      const unit = Math.floor(i / data.steps);
      const label = data.cellLabel(step, unit, data.values[step * data.units + unit]!);
      if (label !== labels[i]) {
        cells[i]!.setAttribute('aria-label', label);
        labels[i] = label;
      }
    }
    const active = data.selected ?? (data.selectedStep !== null ? { step: data.selectedStep, unit: 0 } : null);
    if (active) grid.setAttribute('aria-activedescendant', cellId(active.step, active.unit));
    else grid.removeAttribute('aria-activedescendant');
  };

  const onClick = (event: MouseEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('.gate-cell');
    if (cell) options.onSelect({ step: Number(cell.dataset.step), unit: Number(cell.dataset.unit) });
  };
  const onKey = (event: KeyboardEvent) => {
    if (!latest) return;
    const current = latest.selected ?? { step: latest.selectedStep ?? 0, unit: 0 };
    let next: GateCell | null = null;
    const move = KEY_MOVES[event.key];
    if (move) next = { step: current.step + move[0], unit: current.unit + move[1] };
    else if (event.key === 'Home') next = { step: 0, unit: current.unit };
    else if (event.key === 'End') next = { step: latest.steps - 1, unit: current.unit };
    if (!next) return;
    event.preventDefault();
    options.onSelect({
      step: Math.max(0, Math.min(latest.steps - 1, next.step)),
      unit: Math.max(0, Math.min(latest.units - 1, next.unit)),
    });
  };
  grid.addEventListener('click', onClick);
  grid.addEventListener('keydown', onKey);

  const viz = frameDrivenViz<GateHeatmapData>(root, draw, () => {
    grid.removeEventListener('click', onClick);
    grid.removeEventListener('keydown', onKey);
    box.remove();
    legend.remove();
  });
  return {
    update(data) {
      latest = data;
      viz.update(data);
    },
    destroy: viz.destroy,
  };
}
